// The embed's load of a report timed in Node's V8, without a page: a
// steadier measure of the reader's own cost than bench/ab.mjs on a shared
// machine (no network, rendering, or other tasks between).
//   bash bench/wasm-load/build.sh /tmp/a.wasm      (one build per checkout)
//   node bench/wasm-load/run.mjs /tmp/a.wasm /tmp/b.wasm [k10|bundled|k1] [N=9]
// For each build, alternating: the first call in a fresh process (what a
// page load runs: V8 compiles each function on its first call and tiers the
// hot ones up as it goes; medians of N processes), then each stage warm
// (utf8 = the UTF-8 check, read = reading and validating the outline,
// load = that + bidi isolation + Summary::of; the minimum and median of 21
// calls in one instance). Data sets as bench/run.mjs makes them.
// The first call is also timed in the main thread's own CPU time (Linux's
// schedstat: what the call costs, which other processes on a loaded
// machine delay but do not lengthen; V8's background compiles are not in
// it). FLAGS="--liftoff-only" (or any V8 flags) runs the children with them:
// `--no-liftoff --no-wasm-lazy-compilation` compiles everything optimised
// before the call, the bound of what tiering costs; Chromium's V8 tiers up
// later than Node 20's (`--wasm-tiering-budget=13000000` against 1800000).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
if (args[0] === '--child') {
  const [, wasm, json, mode] = args;
  const bytes = readFileSync(json);
  const e = new WebAssembly.Instance(new WebAssembly.Module(readFileSync(wasm)), {}).exports;
  const at = e.buffer(bytes.length);
  new Uint8Array(e.memory.buffer, at, bytes.length).set(bytes);
  const time = (f) => { const s = performance.now(); if (e[f]() === 0xffffffff) throw new Error('not a valid report'); return performance.now() - s; };
  const stat = `/proc/self/task/${process.pid}/schedstat`;
  const cpu = () => { try { return Number(readFileSync(stat, 'utf8').split(' ')[0]) / 1e6; } catch { return NaN; } };
  if (mode === 'first') { const c = cpu(); const first = time('load'); console.log(JSON.stringify({ first, cpu: cpu() - c })); }
  else console.log(JSON.stringify(Object.fromEntries(['utf8', 'read', 'load'].map((f) => [f, Array.from({ length: 21 }, () => time(f))]))));
  process.exit(0);
}
const builds = args.filter((a) => a.endsWith('.wasm'));
const name = args.find((a) => !a.endsWith('.wasm')) || 'k10';
const N = Number(process.env.N || 9);
const json = join(HERE, '../results/data', `${name}.json`);
const flags = (process.env.FLAGS || '').split(' ').filter(Boolean);
const child = (wasm, mode) => JSON.parse(execFileSync(process.execPath, [...flags, fileURLToPath(import.meta.url), '--child', wasm, json, mode]));
const median = (v) => { const s = [...v].sort((a, b) => a - b); return s[s.length >> 1]; };
const first = builds.map(() => []);
const firstCpu = builds.map(() => []);
const warm = builds.map(() => ({ utf8: [], read: [], load: [] }));
for (let i = 0; i < N; i++) {
  builds.forEach((w, k) => {
    const t = child(w, 'first');
    first[k].push(t.first);
    firstCpu[k].push(t.cpu);
  });
  if (i < 3) builds.forEach((w, k) => { const t = child(w, 'warm'); for (const f in t) warm[k][f].push(...t[f]); });
}
builds.forEach((w, k) => {
  const stages = Object.entries(warm[k]).map(([f, t]) => `${f} ${Math.min(...t).toFixed(1)}/${median(t).toFixed(1)}`).join(', ');
  console.log(`${w}: first call ${median(first[k]).toFixed(1)} ms (${first[k].map((v) => v.toFixed(0)).join(' ')}), main-thread CPU ${median(firstCpu[k]).toFixed(1)} ms; warm min/median ms: ${stages}`);
});
