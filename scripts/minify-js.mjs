// Minifies the embed's JavaScript in place with Terser (a real JS parser):
// the wasm-bindgen glue (dist/rectify-board.js, ~45 KB of readable code and
// JSDoc) and the loader (dist/boot.js). ES modules, so exports, imports and
// `import.meta.url` stay as they are; names inside are mangled.
//
// Trunk's pages preload the glue with a subresource-integrity hash
// (`<link rel="modulepreload" href="./rectify-board.js" integrity="sha384-…">`):
// the hash in every page beside a minified file is updated, or the browser
// would refuse the preload and the page's module.
//
// The build fails when a file does not parse, or when the result is empty
// or larger than the input.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { minify } from 'terser';

// `unsafe_arrows`: anonymous function expressions that read neither `this`
// nor `arguments` become arrow functions (Terser leaves the others). Sound
// for these files: the glue's function expressions are the wasm's import
// shims and callbacks, called but never constructed with `new` nor read
// for their `prototype` (the glue −64 B gzip).
const OPTIONS = { module: true, ecma: 2020, compress: { passes: 2, unsafe_arrows: true }, mangle: true, format: { comments: false } };

/** Minifies module source `js` (named `filename` in messages); throws on any problem. */
export async function minifyJs(js, filename = 'input.js') {
  const { code } = await minify({ [filename]: js }, OPTIONS);
  if (!code || !code.trim()) throw new Error(`minify-js: ${filename}: the output is empty`);
  if (Buffer.byteLength(code) > Buffer.byteLength(js)) throw new Error(`minify-js: ${filename}: the output is larger than the input`);
  return code;
}

/** Replaces the integrity hash of `name` in the HTML pages of `dir`. */
export function updateIntegrity(dir, name, bytes) {
  const sri = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
  const escaped = name.replace(/[.]/g, '\\.');
  const link = new RegExp(`(<link[^>]*href="(?:\\./)?${escaped}"[^>]*integrity=")sha384-[^"]*"`, 'g');
  for (const page of readdirSync(dir).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(join(dir, page), 'utf8');
    const updated = html.replace(link, `$1${sri}"`);
    if (updated !== html) {
      writeFileSync(join(dir, page), updated);
      console.log(`minify-js: ${page}: integrity of ${name} updated`);
    }
  }
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
for (const file of isMain ? process.argv.slice(2) : []) {
  const js = readFileSync(file, 'utf8');
  const out = await minifyJs(js, file);
  writeFileSync(file, out);
  console.log(`minify-js: ${file}: ${Buffer.byteLength(js)} B -> ${Buffer.byteLength(out)} B`);
  updateIntegrity(dirname(file), basename(file), Buffer.from(out));
}
