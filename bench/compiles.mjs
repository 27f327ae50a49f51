// Where a load's lazy wasm compiles sit on its timeline. V8 compiles each
// wasm function with its baseline compiler (Liftoff) on its first call
// (`wasm.CompileLazy` in a Chromium trace, on the main thread). Per load:
// when the wasm's response ended, when it was instantiated, when the
// report's response ended (its resource timing), the first chart; the main
// thread's CPU time from the report's arrival to the first chart (as
// `ab.mjs TASKS=1`); and the lazy compiles (count / main-thread ms) before
// the report's arrival, between it and the first chart, and after it.
//   node bench/compiles.mjs [k10|bundled|k1] [runs=5]     CPU=4, DIST=…
// NAMES=<a wasm with its name section> (the same build with wasm-opt's -g,
// which keeps the functions' order: see the README) also lists the
// functions compiled between the report's arrival and the first chart,
// longest first.
// (data sets as bench/run.mjs makes them in bench/results/data/.)
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './lib/serve.mjs';
import { mainThreadCpu, median, openTimed } from './lib/first-chart.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const DIST = process.env.DIST || join(dirname(HERE), 'dist');
const name = process.argv[2] || 'k10';
const runs = Number(process.argv[3] || 5);
const cpu = Number(process.env.CPU || 1);
const names = process.env.NAMES ? functionNames(readFileSync(process.env.NAMES)) : null;
const server = await serve({ dist: DIST, work: join(HERE, 'results/data') });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium' });
const rows = [];
const compiled = new Map();
for (let i = 0; i < runs; i++) {
  const events = [];
  const load = await openTimed(browser, `${server.base}/bench/${name}.html`, {
    cpu,
    before: async (cdp) => {
      cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
      await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'blink.user_timing', 'v8.wasm'] }, transferMode: 'ReportEvents' });
    },
  });
  const done = new Promise((res) => load.cdp.once('Tracing.tracingComplete', res));
  await load.cdp.send('Tracing.end');
  await done;
  const wasmEnd = await load.page.evaluate(() => performance.getEntriesByType('resource').find((e) => /\.wasm$/.test(e.name))?.responseEnd ?? NaN);
  await load.context.close();
  const nav = events.find((e) => e.name === 'navigationStart');
  const at = (e) => (e.ts - nav.ts) / 1000;
  const instantiated = events.find((e) => e.name === 'wasm.SyncInstantiate');
  const lazy = events.filter((e) => e.name === 'wasm.CompileLazy' && e.tid === nav.tid);
  const span = (from, to) => {
    const s = lazy.filter((e) => at(e) >= from && at(e) < to);
    return [s.length, s.reduce((ms, e) => ms + (e.tdur ?? e.dur) / 1000, 0)];
  };
  const { painted, dataEnd } = load;
  for (const e of lazy.filter((e) => at(e) >= dataEnd && at(e) < painted)) {
    const f = e.args?.func_index;
    compiled.set(f, (compiled.get(f) ?? 0) + (e.tdur ?? e.dur) / 1000 / runs);
  }
  const row = {
    wasm: wasmEnd, instantiated: instantiated ? at(instantiated) : NaN, data: dataEnd, chart: painted,
    cpu: mainThreadCpu(events, dataEnd, painted),
    before: span(0, dataEnd), between: span(dataEnd, painted), after: span(painted, Infinity),
  };
  rows.push(row);
  console.log(line(row));
}
const med = (f) => median(rows.map(f));
console.log(`median: ${line({
  wasm: med((r) => r.wasm), instantiated: med((r) => r.instantiated), data: med((r) => r.data), chart: med((r) => r.chart), cpu: med((r) => r.cpu),
  before: [0, 1].map((k) => med((r) => r.before[k])), between: [0, 1].map((k) => med((r) => r.between[k])), after: [0, 1].map((k) => med((r) => r.after[k])),
})}`);
if (names) {
  console.log('compiled between the report\'s arrival and the first chart (ms per load, mean):');
  for (const [f, ms] of [...compiled].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP || 30))) {
    console.log(`  ${ms.toFixed(2).padStart(6)}  ${(names.get(f) ?? `#${f}`).replace(/\[[0-9a-f]{16}\]/g, '').slice(0, 150)}`);
  }
}
await browser.close();
await server.close();

function line(r) {
  const c = ([n, ms]) => `${n.toFixed(0)} / ${ms.toFixed(1)} ms`;
  return `wasm in ${r.wasm.toFixed(0)}, instantiated ${r.instantiated.toFixed(0)}, data in ${r.data.toFixed(0)}, chart ${r.chart.toFixed(0)} ms; CPU data → chart ${r.cpu.toFixed(0)} ms; lazy compiles before the data ${c(r.before)}, data → chart ${c(r.between)}, after ${c(r.after)}`;
}

// The function names of a wasm module's name section, by function index
// (imports first, as V8 numbers them).
function functionNames(b) {
  const leb = (p) => {
    let v = 0;
    let s = 0;
    let x;
    do {
      x = b[p++];
      v += (x & 0x7f) * 2 ** s;
      s += 7;
    } while (x & 0x80);
    return [v, p];
  };
  const out = new Map();
  let p = 8;
  while (p < b.length) {
    const id = b[p++];
    const [len, start] = leb(p);
    p = start + len;
    if (id !== 0) continue;
    const [nl, q] = leb(start);
    if (b.toString('utf8', q, q + nl) !== 'name') continue;
    let c = q + nl;
    while (c < p) {
      const sub = b[c++];
      const [sl, d0] = leb(c);
      c = d0 + sl;
      if (sub !== 1) continue;
      let [n, d] = leb(d0);
      while (n--) {
        const [idx, d1] = leb(d);
        const [l, d2] = leb(d1);
        out.set(idx, b.toString('utf8', d2, d2 + l));
        d = d2 + l;
      }
    }
  }
  return out;
}
