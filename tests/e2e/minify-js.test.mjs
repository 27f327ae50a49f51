// The build's JS minifier (scripts/minify-js.mjs, Terser): a module keeps
// its exports and import.meta.url, and the integrity hash with which a
// Trunk page preloads the file follows the new bytes. No browser needed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { minifyJs, updateIntegrity } from '../../scripts/minify-js.mjs';

test('a module keeps its exports and import.meta.url, and loses its comments', async () => {
  const js = `/** Says where the wasm is. */
function wasmUrl(name) {
    // resolved against this module, for sub-paths
    return new URL(name, import.meta.url);
}
export function mount_all(defaultSrc) { return wasmUrl(defaultSrc).href.length; }
export default async function init() { return wasmUrl('rectify-board_bg.wasm'); }
`;
  const out = await minifyJs(js, 'glue.js');
  assert.ok(out.length < js.length, out);
  assert.match(out, /export\s*\{[^}]*mount_all[^}]*\}|export function mount_all/);
  assert.match(out, /export default|as default/);
  assert.ok(out.includes('import.meta.url'), out);
  assert.doesNotMatch(out, /resolved against|Says where/);
  const mod = await import(`data:text/javascript,${encodeURIComponent(out)}`);
  assert.equal(typeof mod.mount_all, 'function');
  assert.equal(typeof mod.default, 'function');
});

test('a function expression becomes an arrow only when it reads neither this nor arguments', async () => {
  const js = `export const shims = {
  not: function (x) { return !x; },
  self: function () { return this; },
  count: function () { return arguments.length; },
};
`;
  const out = await minifyJs(js, 'shims.js');
  assert.match(out, /not:\(?\w*\)?=>/, out);
  const { shims } = await import(`data:text/javascript,${encodeURIComponent(out)}`);
  assert.equal(shims.not(0), true);
  const holder = { f: shims.self };
  assert.equal(holder.f(), holder);
  assert.equal(shims.count(1, 2, 3), 3);
});

test('the preload integrity of the minified file is updated, others are left alone', () => {
  const dir = mkdtempSync(join(tmpdir(), 'minify-js-'));
  const page = `<link rel="modulepreload" href="./rectify-board.js" crossorigin="anonymous" integrity="sha384-OLD">`
    + `<link rel="preload" href="./rectify-board_bg.wasm" crossorigin="anonymous" integrity="sha384-WASM" as="fetch">`;
  writeFileSync(join(dir, 'index.html'), page);
  const bytes = Buffer.from('export const a=1;');
  updateIntegrity(dir, 'rectify-board.js', bytes);
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const sri = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
  assert.ok(html.includes(`href="./rectify-board.js" crossorigin="anonymous" integrity="${sri}"`), html);
  assert.ok(html.includes('integrity="sha384-WASM"'), html);
});

test('a file that does not parse fails the build', async () => {
  await assert.rejects(minifyJs('export function (', 'broken.js'));
});
