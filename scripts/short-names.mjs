// Shortens the names the wasm and its wasm-bindgen glue share, in both files
// at once: the wasm's imports (`__wbg_querySelectorAll_6c1bd81d448fb480`,
// ~160 of them, each with a hash that does not compress, in the wasm's import
// section and again as a key of the glue's import object), their module
// (`./rectify-board_bg.js`, repeated for each import), the hashed exports
// of closures (`wasm_bindgen_545ba19185022368___convert__closures…`) and
// wasm-bindgen's own exports that the glue reads as properties
// (`k.__wbindgen_malloc`, 25 times). Each
// becomes a name of one to three characters. Imports and exports are found by
// index inside the wasm, so only the two name tables change.
//
//   node scripts/short-names.mjs dist/rectify-board.js dist/rectify-board_bg.wasm
//
// A name is renamed only where the glue holds it as a whole word (and, for
// an import, exactly once): anything else is left as it was. The pages beside
// the files get the new integrity hashes (Trunk's preloads).
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { updateIntegrity } from './minify-js.mjs';

function readLeb(buf, i) {
  let r = 0;
  let s = 0;
  for (;;) {
    const b = buf[i++];
    r += (b & 0x7f) * 2 ** s;
    s += 7;
    if (!(b & 0x80)) return [r, i];
  }
}

function leb(n) {
  const out = [];
  do {
    let b = n % 128;
    n = Math.floor(n / 128);
    if (n) b |= 0x80;
    out.push(b);
  } while (n);
  return Buffer.from(out);
}

function readName(buf, i) {
  const [n, j] = readLeb(buf, i);
  return [buf.subarray(j, j + n).toString('utf8'), j + n];
}

const name = (s) => {
  const b = Buffer.from(s, 'utf8');
  return Buffer.concat([leb(b.length), b]);
};

/** The end of an import's description starting at `i` (kind `kind`). */
function skipImportDesc(buf, kind, i) {
  const limits = (j) => {
    const flags = buf[j++];
    [, j] = readLeb(buf, j);
    if (flags & 1) [, j] = readLeb(buf, j);
    return j;
  };
  switch (kind) {
    case 0: return readLeb(buf, i)[1]; // function: type index
    case 1: return limits(i + 1); // table: element type, limits
    case 2: return limits(i); // memory: limits
    case 3: return i + 2; // global: value type, mutability
    case 4: return readLeb(buf, i + 1)[1]; // tag: attribute, type index
    default: throw new Error(`short-names: unknown import kind ${kind}`);
  }
}

/** The sections of a wasm binary: [{ id, start, end }] (body offsets). */
function sections(buf) {
  if (buf.readUInt32LE(0) !== 0x6d736100) throw new Error('short-names: not a wasm binary');
  const out = [];
  let i = 8;
  while (i < buf.length) {
    const id = buf[i++];
    const [size, start] = readLeb(buf, i);
    out.push({ id, start, end: start + size });
    i = start + size;
  }
  return out;
}

function parseImports(buf, s) {
  let [count, i] = readLeb(buf, s.start);
  const items = [];
  while (count--) {
    let module;
    let field;
    [module, i] = readName(buf, i);
    [field, i] = readName(buf, i);
    const kind = buf[i];
    const descStart = i;
    i = skipImportDesc(buf, kind, i + 1);
    items.push({ module, field, desc: buf.subarray(descStart, i) });
  }
  return items;
}

function parseExports(buf, s) {
  let [count, i] = readLeb(buf, s.start);
  const items = [];
  while (count--) {
    let field;
    [field, i] = readName(buf, i);
    const descStart = i;
    i = readLeb(buf, i + 1)[1];
    items.push({ field, desc: buf.subarray(descStart, i) });
  }
  return items;
}

/** Short JS identifiers not in `taken`: a…z, A…Z, then two characters… */
function* shortNames(prefix, taken) {
  const first = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const rest = first + '0123456789';
  for (let n = 0; ; n++) {
    let s = first[n % first.length];
    for (let m = Math.floor(n / first.length); m > 0; m = Math.floor((m - 1) / rest.length)) {
      s += rest[(m - 1) % rest.length];
    }
    if (!taken.has(prefix + s)) yield prefix + s;
  }
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const word = (s) => new RegExp(`(?<![\\w$])${escape(s)}(?![\\w$])`, 'g');
const count = (js, s) => (js.match(word(s)) || []).length;

/**
 * The glue `js` and wasm `wasm` with their shared names shortened:
 * { js, wasm, renamed } (renamed: how many names changed).
 */
export function shortenNames(js, wasm) {
  const secs = sections(wasm);
  const imp = secs.find((s) => s.id === 2);
  const exp = secs.find((s) => s.id === 7);
  let renamed = 0;
  const replace = (from, to) => {
    js = js.replace(word(from), to);
    renamed++;
  };
  let imports = imp ? parseImports(wasm, imp) : [];
  let exports = exp ? parseExports(wasm, exp) : [];
  // The glue's own module: the one its import object names as a quoted key.
  const modules = [...new Set(imports.map((x) => x.module))];
  const glueModule = modules.find((m) => js.split(`"${m}":`).length === 2);
  if (glueModule) {
    const names = shortNames('', new Set(imports.map((x) => x.field)));
    imports = imports.map((x) => {
      if (x.module !== glueModule || count(js, x.field) !== 1) return x;
      const to = names.next().value;
      replace(x.field, to);
      return { ...x, field: to };
    });
    js = js.replace(`"${glueModule}":`, 'w:');
    imports = imports.map((x) => (x.module === glueModule ? { ...x, module: 'w' } : x));
  }
  const names = shortNames('_', new Set(exports.map((x) => x.field)));
  // Hashed closure exports, and wasm-bindgen's own (`__wbindgen_malloc`…)
  // where the glue only ever reads them as a property (`k.__wbindgen_malloc`).
  const propertyOnly = (f) => /^__(wbindgen|externref)_/.test(f)
    && count(js, f) === (js.match(new RegExp(`\\.${escape(f)}(?![\\w$])`, 'g')) || []).length;
  exports = exports.map((x) => {
    if (!(/_[0-9a-f]{16}/.test(x.field) || propertyOnly(x.field)) || count(js, x.field) === 0) return x;
    const to = names.next().value;
    replace(x.field, to);
    return { ...x, field: to };
  });
  const body = (s) => {
    if (s.id === 2) {
      return Buffer.concat([leb(imports.length), ...imports.flatMap((x) => [name(x.module), name(x.field), x.desc])]);
    }
    if (s.id === 7) return Buffer.concat([leb(exports.length), ...exports.flatMap((x) => [name(x.field), x.desc])]);
    return wasm.subarray(s.start, s.end);
  };
  const parts = [wasm.subarray(0, 8)];
  for (const s of secs) {
    const b = body(s);
    parts.push(Buffer.from([s.id]), leb(b.length), b);
  }
  return { js, wasm: Buffer.concat(parts), renamed };
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const [jsFile, wasmFile] = process.argv.slice(2);
  if (!jsFile || !wasmFile) throw new Error('usage: short-names.mjs GLUE.js MODULE.wasm');
  const js = readFileSync(jsFile, 'utf8');
  const wasm = readFileSync(wasmFile);
  const out = shortenNames(js, wasm);
  await WebAssembly.compile(out.wasm); // still a valid module, or the build fails
  writeFileSync(jsFile, out.js);
  writeFileSync(wasmFile, out.wasm);
  console.log(`short-names: ${out.renamed} names; ${basename(jsFile)} ${Buffer.byteLength(js)} -> ${Buffer.byteLength(out.js)} B, ${basename(wasmFile)} ${wasm.length} -> ${out.wasm.length} B`);
  updateIntegrity(dirname(jsFile), basename(jsFile), Buffer.from(out.js));
  updateIntegrity(dirname(wasmFile), basename(wasmFile), out.wasm);
}
