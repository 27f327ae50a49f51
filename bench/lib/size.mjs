// The embed bundle's size: gzip bytes of the wasm, JS and CSS at the top of
// dist/ (what scripts/bundle-size.mjs budgets), the wasm by section, and by
// function with twiggy (`top` and `dominators`).
//
// The shipped wasm has no name section (Trunk runs wasm-opt with
// --strip-debug), so twiggy would only see "code[1234]". For names, this
// rebuilds the same pipeline from cargo's output with names kept
// (wasm-bindgen, then wasm-opt -g with index.html's flags minus --strip-debug):
// same code, same sizes, plus a name section that twiggy reads and the
// figures leave out. Without wasm-bindgen/wasm-opt on PATH (source
// .tools/env.sh) it falls back to cargo's un-optimised wasm and says so.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (b) => gzipSync(b, { level: 9 }).length;
const SECTION = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export', 'start', 'element', 'code', 'data', 'datacount'];

/** The sections of a wasm binary: [{ name, bytes, gzip }]. */
export function wasmSections(buf) {
  const out = [];
  let i = 8;
  const leb = () => {
    let r = 0;
    let s = 0;
    for (;;) {
      const b = buf[i++];
      r += (b & 0x7f) * 2 ** s;
      s += 7;
      if (!(b & 0x80)) return r;
    }
  };
  while (i < buf.length) {
    const id = buf[i++];
    const size = leb();
    const start = i;
    let name = SECTION[id] || `id${id}`;
    if (id === 0) {
      const n = leb();
      name = `custom "${buf.subarray(i, i + n).toString('utf8')}"`;
    }
    const body = buf.subarray(start, start + size);
    out.push({ name, bytes: size, gzip: gz(body) });
    i = start + size;
  }
  return out;
}

function which(cmd) {
  for (const dir of [...(process.env.PATH || '').split(':'), join(homedir(), '.cargo/bin')]) {
    if (dir && existsSync(join(dir, cmd))) return join(dir, cmd);
  }
  return null;
}

/** A wasm with a name section for twiggy, and what it is. */
function namedWasm(root, work, wasmOptFlags) {
  const targetDir = process.env.CARGO_TARGET_DIR || join(root, 'target/web');
  const raw = join(targetDir, 'wasm32-unknown-unknown/release/rectify-board.wasm');
  if (!existsSync(raw)) return null;
  const bindgen = which('wasm-bindgen');
  const opt = which('wasm-opt') || (existsSync(join(root, 'node_modules/.bin/wasm-opt')) && join(root, 'node_modules/.bin/wasm-opt'));
  if (!bindgen || !opt) return { file: raw, what: `${raw} (cargo's output before wasm-bindgen and wasm-opt: names kept, sizes larger than shipped)` };
  const dir = join(work, 'named');
  mkdirSync(dir, { recursive: true });
  const out = join(dir, 'rectify-board_named.wasm');
  if (!existsSync(out) || statSync(out).mtimeMs < statSync(raw).mtimeMs) {
    execFileSync(bindgen, ['--target', 'web', '--no-typescript', '--out-dir', dir, '--out-name', 'rectify-board', raw]);
    const flags = wasmOptFlags.filter((f) => f !== '--strip-debug');
    execFileSync(opt, [join(dir, 'rectify-board_bg.wasm'), '-g', '-Oz', ...flags, '-o', out], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  return { file: out, what: `the shipped pipeline with names kept (wasm-bindgen, wasm-opt -g -Oz ${wasmOptFlags.filter((f) => f !== '--strip-debug').join(' ')})` };
}

export function sizeReport({ root, dist, work, top = 30, dominators = 30 }) {
  const lines = [];
  const files = readdirSync(dist).filter((f) => /\.(wasm|js|css)$/.test(f)).sort();
  let raw = 0;
  let g = 0;
  const kinds = {};
  lines.push('embed bundle (top of dist/, without data):');
  for (const f of files) {
    const b = readFileSync(join(dist, f));
    const z = gz(b);
    raw += b.length;
    g += z;
    const kind = f.split('.').pop();
    kinds[kind] = (kinds[kind] || 0) + z;
    lines.push(`  ${f.padEnd(28)} ${String(b.length).padStart(9)} B ${String(z).padStart(9)} B gzip`);
  }
  lines.push(`  ${'total'.padEnd(28)} ${String(raw).padStart(9)} B ${String(g).padStart(9)} B gzip   (wasm ${kinds.wasm || 0}, JS ${kinds.js || 0}, CSS ${kinds.css || 0} B gzip)`);
  const wasmFile = files.find((f) => f.endsWith('.wasm'));
  if (!wasmFile) return lines.join('\n');
  const shipped = statSync(join(dist, wasmFile)).size;
  const sections = wasmSections(readFileSync(join(dist, wasmFile)));
  lines.push(`${wasmFile} by section (each section gzipped alone):`);
  for (const s of sections) lines.push(`  ${s.name.padEnd(28)} ${String(s.bytes).padStart(9)} B ${String(s.gzip).padStart(9)} B gzip`);

  const twiggy = which('twiggy');
  if (!twiggy) {
    lines.push('twiggy not found: `cargo install twiggy --locked` (into ~/.cargo/bin), then rerun for the wasm by function.');
    return lines.join('\n');
  }
  const html = readFileSync(join(root, 'index.html'), 'utf8');
  const params = (html.match(/data-wasm-opt-params="([^"]*)"/) || [, ''])[1].split(/\s+/).filter(Boolean);
  const named = namedWasm(root, work, params);
  if (!named) {
    lines.push('no cargo output at target/web/wasm32-unknown-unknown/release/rectify-board.wasm: run scripts/build.sh first.');
    return lines.join('\n');
  }
  lines.push(`twiggy on ${named.what}; the name section twiggy needs is left out of the figures, and % are of the shipped wasm (${shipped} B):`);
  const run = (...args) => execFileSync(twiggy, [...args, named.file], { encoding: 'utf8', maxBuffer: 256 << 20 });
  const short = (name) => name.replace(/\[[0-9a-f]{6,16}\]/g, '');
  const cut = (s, n = 150) => (s.length > n ? s.slice(0, n - 1) + '…' : s);
  const rows = JSON.parse(run('top', '-n', '1000000', '-f', 'json')).filter((r) => !/^"(function|local|module|global|type|data|elem|table|memory|label|field|tag)[a-z ]*names?" subsection$|custom section 'name'|^"name"/.test(r.name));
  const pct = (b) => `${((100 * b) / shipped).toFixed(2).padStart(6)}%`;
  lines.push(`twiggy top (${top} largest items):`);
  for (const r of rows.slice(0, top)) lines.push(`  ${String(r.shallow_size).padStart(7)} B ${pct(r.shallow_size)}  ${cut(short(r.name))}`);
  // By origin: where each function's code comes from (monomorphised serde
  // code counts as serde, a component's inlined body as the widget's own).
  const ORIGINS = [
    ['data segments (strings, tables)', /^data segment/],
    ['serde + serde_json (JSON → Report, monomorphised)', /serde_json|serde_core|serde\b|::de::|Deserialize/],
    ['formatting (core::fmt, Display, to_string)', /core::fmt|alloc::fmt|as core::fmt::|::fmt::|to_string|format/],
    ['widget components (src/components)', /rectify_board::components/],
    ['widget app, hooks, mount, i18n (src/)', /rectify_board::/],
    ['rectify_core::chart', /rectify_core::chart/],
    ['rectify_core::locale', /rectify_core::locale/],
    ['rectify_core::stats', /rectify_core::stats/],
    ['rectify_core::load', /rectify_core::load/],
    ['rectify_core (other)', /rectify_core::/],
    ['yew (virtual DOM, scheduler, hooks)', /\byew::|implicit_clone/],
    ['wasm-bindgen, js-sys, web-sys, gloo', /wasm_bindgen|js_sys|web_sys|gloo|__wbg|__wbindgen/],
    ['compiler_builtins, libm', /compiler_builtins|libm/],
    ['allocator (dlmalloc), alloc', /dlmalloc|alloc::/],
    ['core, std (other)', /\bcore::|\bstd::|^<?&?(mut )?(str|\[|u8|usize|f64|i32|u32|char)/],
  ];
  const sums = new Map();
  for (const r of rows) {
    const n = short(r.name);
    const o = (ORIGINS.find(([, re]) => re.test(n)) || ['other (sections, unnamed)'])[0];
    sums.set(o, (sums.get(o) || 0) + r.shallow_size);
  }
  lines.push('wasm by origin (first matching rule of bench/lib/size.mjs):');
  for (const [o, b] of [...sums].sort((a, b) => b[1] - a[1])) lines.push(`  ${String(b).padStart(7)} B ${pct(b)}  ${o}`);
  lines.push(`twiggy dominators -d 4 -r ${dominators} (retained bytes: what removing an item would remove; % of the file with names):`);
  const dom = run('dominators', '-d', '4', '-r', String(dominators)).trimEnd().split('\n').slice(2);
  for (const l of dom) lines.push('  ' + cut(short(l), 170));
  return lines.join('\n');
}
