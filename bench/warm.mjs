// What a page load spends on running code for the first time: each run
// loads the widget twice in one tab, and the second load runs code the
// first made hot (the renderer reuses the wasm module V8 compiled and tiered
// up, and the JS it optimised). Time to first chart, from the report's
// arrival to it, and the main thread's own CPU time in that span (as
// `ab.mjs TASKS=1`), medians of each load; and of that CPU time, the
// main thread's compiling of wasm functions on their first call
// (`wasm.CompileLazy`: V8 compiles each function with its baseline compiler,
// Liftoff, when it is first called), and the optimising compiles of hot
// functions on other threads in the same span (`wasm.TopTierCompilation`:
// a function runs in its Liftoff code until its optimised code is ready).
//   node bench/warm.mjs [k10|bundled|k1] [runs=7]     DIST=… for another build
// (data sets as bench/run.mjs makes them in bench/results/data/.)
import { chromium } from 'playwright-core';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './lib/serve.mjs';
import { loadTimed, mainThreadCpu, median, openTimed } from './lib/first-chart.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const DIST = process.env.DIST || join(dirname(HERE), 'dist');
const name = process.argv[2] || 'k10';
const runs = Number(process.argv[3] || 7);
const server = await serve({ dist: DIST, work: join(HERE, 'results/data') });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium' });
const url = `${server.base}/bench/${name}.html`;
const start = (cdp, events) => {
  cdp.removeAllListeners('Tracing.dataCollected');
  cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
  return cdp.send('Tracing.start', { traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'blink.user_timing', 'v8.wasm'] }, transferMode: 'ReportEvents' });
};
async function end(cdp, events, { painted, dataEnd }) {
  const done = new Promise((res) => cdp.once('Tracing.tracingComplete', res));
  await cdp.send('Tracing.end');
  await done;
  const nav = events.find((e) => e.name === 'navigationStart');
  // CPU time of the events named `name` in the span, on the main thread or off it.
  const sum = (name, main) => events
    .filter((e) => e.name === name && e.ph === 'X' && (e.tid === nav?.tid && e.pid === nav?.pid) === main)
    .filter((e) => (e.ts - nav.ts) / 1000 >= dataEnd && (e.ts - nav.ts) / 1000 <= painted)
    .reduce((ms, e) => ms + (e.tdur ?? e.dur) / 1000, 0);
  return [painted, painted - dataEnd, mainThreadCpu(events, dataEnd, painted), sum('wasm.CompileLazy', true), sum('wasm.TopTierCompilation', false)];
}
const loads = [[], []];
for (let i = 0; i < runs; i++) {
  const events = [[], []];
  const first = await openTimed(browser, url, { before: (cdp) => start(cdp, events[0]) });
  loads[0].push(await end(first.cdp, events[0], first));
  await start(first.cdp, events[1]);
  loads[1].push(await end(first.cdp, events[1], await loadTimed(first.page, `${url}?again`)));
  await first.context.close();
}
const col = (k, j) => `${median(loads[k].map((l) => l[j])).toFixed(0)} ms`;
for (const [k, label] of [[0, 'first load '], [1, 'second load']]) {
  console.log(`${name} ${label}: first chart ${col(k, 0)}, data → chart ${col(k, 1)}, main-thread CPU in it ${col(k, 2)} (${loads[k].map((l) => l[2].toFixed(0)).join(' ')}), of which lazy wasm compiles ${col(k, 3)}; optimising compiles off the main thread ${col(k, 4)}`);
}
await browser.close();
await server.close();
