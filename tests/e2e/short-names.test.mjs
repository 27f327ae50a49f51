// The build's name shortener (scripts/short-names.mjs): the wasm's imports
// and hashed exports and the glue's keys for them are renamed together, so
// the module still instantiates with the glue and behaves the same. No
// browser needed: a hand-made module with two imports and two exports.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { shortenNames } from '../../scripts/short-names.mjs';

const bytes = (...parts) => Buffer.concat(parts.map((p) => (typeof p === 'number' ? Buffer.from([p]) : Buffer.from(p))));
const name = (s) => bytes(Buffer.byteLength(s), Buffer.from(s));
const section = (id, body) => bytes(id, body.length, body);

const ADD = '__wbg_add_0123456789abcdef';
const TWICE = '__wbg_twice_fedcba9876543210';
const INVOKE = 'wasm_bindgen_0123456789abcdef___invoke';
const MALLOC = '__wbindgen_malloc';

/** (x) => twice(add(x)), exported as `run` and as a hashed closure name. */
function module() {
  const imports = bytes(2, name('./x_bg.js'), name(ADD), 0, 0, name('./x_bg.js'), name(TWICE), 0, 0);
  const exports = bytes(3, name('run'), 0, 2, name(INVOKE), 0, 2, name(MALLOC), 0, 2);
  const body = bytes(0, 0x20, 0, 0x10, 0, 0x10, 1, 0x0b);
  return bytes(
    [0, 0x61, 0x73, 0x6d, 1, 0, 0, 0],
    section(1, bytes(1, 0x60, 1, 0x7f, 1, 0x7f)),
    section(2, imports),
    section(3, bytes(1, 0)),
    section(7, exports),
    section(10, bytes(1, body.length, body)),
  );
}

const glue = (extra = '') => `export function imports(){const e={__proto__:null,${ADD}:function(x){return x+1},${TWICE}:function(x){return 2*x}};return{__proto__:null,"./x_bg.js":e}}
export function call(k,x){return k.${INVOKE}(x)+1000*k.run(x)+1e6*k.${MALLOC}(x)}${extra}`;

async function run(js, wasm, x) {
  const mod = await import(`data:text/javascript,${encodeURIComponent(js)}`);
  const { instance } = await WebAssembly.instantiate(wasm, mod.imports());
  return mod.call(instance.exports, x);
}

test('imports, their module and hashed exports get short names in both files', async () => {
  const wasm = module();
  const out = shortenNames(glue(), wasm);
  assert.equal(out.renamed, 4);
  assert.ok(out.wasm.length < wasm.length);
  for (const long of [ADD, TWICE, INVOKE, MALLOC, './x_bg.js']) {
    assert.ok(!out.js.includes(long), long);
    assert.ok(!out.wasm.includes(Buffer.from(long)), long);
  }
  const compiled = await WebAssembly.compile(out.wasm);
  assert.deepEqual(WebAssembly.Module.imports(compiled).map((i) => `${i.module}.${i.name}`), ['w.a', 'w.b']);
  assert.deepEqual(WebAssembly.Module.exports(compiled).map((e) => e.name), ['run', '_a', '_b']);
  // The same answers as before: (3 + 1) * 2 from the three exports.
  assert.equal(await run(glue(), wasm, 3), 8008008);
  assert.equal(await run(out.js, out.wasm, 3), 8008008);
});

test('an import the glue holds more than once, or an export it reads other than as a property, is left as it was', () => {
  const out = shortenNames(glue(`;export const again="${ADD}";export const m=${MALLOC}`), module());
  assert.ok(out.js.includes(ADD));
  assert.ok(out.wasm.includes(Buffer.from(ADD)));
  assert.ok(!out.js.includes(TWICE));
  assert.ok(out.js.includes(`k.${MALLOC}(x)`));
  assert.ok(out.wasm.includes(Buffer.from(MALLOC)));
});

test('run twice, it changes nothing more (no new name is one the files already use)', async () => {
  const once = shortenNames(glue(), module());
  const twice = shortenNames(once.js, once.wasm);
  assert.equal(await run(twice.js, twice.wasm, 3), 8008008);
  assert.equal(twice.js, once.js);
  assert.deepEqual(twice.wasm, once.wasm);
});

test('anything but a wasm binary is refused', () => {
  assert.throws(() => shortenNames(glue(), Buffer.from('not wasm at all')), /not a wasm binary/);
});
