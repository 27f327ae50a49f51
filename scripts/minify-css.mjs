// Minifies stylesheets in place with Lightning CSS (a real CSS parser, so
// strings and url()s that contain `;` or `}` survive). The widget's CSS is
// copied as-is by Trunk (it is linked inside each widget's shadow root, not
// by the page), so the build trims it here.
//
// The build fails when a file does not parse, when Lightning CSS warns, or
// when the result is empty, does not parse again, or is larger than the input.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { transform } from 'lightningcss';

/** Minifies `css` (named `filename` in messages); throws on any problem. */
export function minifyCss(css, filename = 'input.css') {
  const result = transform({ filename, code: Buffer.from(css), minify: true });
  if (result.warnings.length) {
    const lines = result.warnings.map((w) => `${filename}:${w.loc.line}:${w.loc.column}: ${w.message}`);
    throw new Error(`minify-css: warnings\n${lines.join('\n')}`);
  }
  const out = result.code.toString();
  check(css, out, filename);
  return out;
}

function check(input, out, filename) {
  const inBytes = Buffer.byteLength(input);
  const outBytes = Buffer.byteLength(out);
  if (inBytes > 0 && out.trim() === '') throw new Error(`minify-css: ${filename}: the output is empty`);
  if (outBytes > inBytes) throw new Error(`minify-css: ${filename}: the output (${outBytes} B) is larger than the input (${inBytes} B)`);
  // The output must itself be valid CSS.
  try {
    transform({ filename, code: Buffer.from(out), minify: false });
  } catch (e) {
    throw new Error(`minify-css: ${filename}: the output does not parse: ${e.message}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const file of process.argv.slice(2)) {
    const css = readFileSync(file, 'utf8');
    const out = minifyCss(css, file);
    writeFileSync(file, out + '\n');
    console.error(`minify-css: ${file}: ${Buffer.byteLength(css)} B -> ${Buffer.byteLength(out) + 1} B`);
  }
}
