// Two builds of the widget timed against each other: time to first chart
// (navigation start → the first frame with both charts' marks), alternating
// loads, medians; and from the report's arrival (the JSON's responseEnd) to
// the first chart, which the network's and the wasm's timing do not move.
//   node bench/ab.mjs <dist A> <dist B> [bundled|k1|k10 …]     RUNS=9 CPU=1,4
// TASKS=1 also traces each load (Chromium's `toplevel` category) and sums
// the main thread's own CPU time (each task's thread duration) from the
// report's arrival to the first chart: what the widget's work costs, which
// other processes on a loaded machine delay but do not lengthen.
import { chromium } from 'playwright-core';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './lib/serve.mjs';
import { mainThreadCpu, median, openTimed } from './lib/first-chart.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const [a, b, ...names] = process.argv.slice(2);
const RUNS = Number(process.env.RUNS || 9);
const CPU = (process.env.CPU || '1,4').split(',').map(Number);
const work = join(HERE, 'results/data');
const servers = [await serve({ dist: a, work }), await serve({ dist: b, work })];
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium' });
const TASKS = Boolean(process.env.TASKS);
async function load(server, name, cpu) {
  let cdp;
  const events = [];
  const { context, painted, dataEnd } = await openTimed(browser, `${server.base}/bench/${name}.html`, {
    cpu,
    before: async (c) => {
      if (!TASKS) return;
      cdp = c;
      cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
      await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'blink.user_timing'] }, transferMode: 'ReportEvents' });
    },
  });
  let cpuTime = NaN;
  if (TASKS) {
    const done = new Promise((res) => cdp.once('Tracing.tracingComplete', res));
    await cdp.send('Tracing.end');
    await done;
    cpuTime = mainThreadCpu(events, dataEnd, painted);
  }
  await context.close();
  return [painted, painted - dataEnd, cpuTime];
}
const line = (label, t) => `${label}  A ${median(t[0]).toFixed(0)} ms  B ${median(t[1]).toFixed(0)} ms  B/A ${(median(t[1]) / median(t[0])).toFixed(2)}   (A ${t[0].map((v) => v.toFixed(0)).join(' ')}; B ${t[1].map((v) => v.toFixed(0)).join(' ')})`;
for (const cpu of CPU) for (const name of names.length ? names : ['bundled', 'k10']) {
  const t = [[], []];
  const d = [[], []];
  const c = [[], []];
  for (let i = 0; i < RUNS; i++) for (const k of [0, 1]) [t[k][i], d[k][i], c[k][i]] = await load(servers[k], name, cpu);
  console.log(line(`${name.padEnd(8)} ×${cpu}`, t));
  // From the report's arrival (its resource timing responseEnd) to the first chart.
  console.log(line(`  data → chart`, d));
  if (TASKS) console.log(line(`  main-thread CPU in it`, c));
}
await browser.close();
for (const s of servers) await s.close();
