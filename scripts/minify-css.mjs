// Minifies a stylesheet in place (comments and spaces): the widget's CSS is
// copied as-is by Trunk (it is linked inside each widget's shadow root, not
// by the page), so the build trims it here.
import { readFileSync, writeFileSync } from 'node:fs';

for (const file of process.argv.slice(2)) {
  const css = readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
  writeFileSync(file, css + '\n');
}
