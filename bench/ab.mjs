// Two builds of the widget timed against each other: time to first chart
// (navigation start → the first frame with both charts' marks), alternating
// loads, medians; and from the report's arrival (the JSON's responseEnd) to
// the first chart, which the network's and the wasm's timing do not move.
//   node bench/ab.mjs <dist A> <dist B> [bundled|k1|k10 …]     RUNS=9 CPU=1,4
import { chromium } from 'playwright-core';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './lib/serve.mjs';
import { median, openTimed } from './lib/first-chart.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const [a, b, ...names] = process.argv.slice(2);
const RUNS = Number(process.env.RUNS || 9);
const CPU = (process.env.CPU || '1,4').split(',').map(Number);
const work = join(HERE, 'results/data');
const servers = [await serve({ dist: a, work }), await serve({ dist: b, work })];
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium' });
async function load(server, name, cpu) {
  const { context, painted, dataEnd } = await openTimed(browser, `${server.base}/bench/${name}.html`, { cpu });
  await context.close();
  return [painted, painted - dataEnd];
}
const line = (label, t) => `${label}  A ${median(t[0]).toFixed(0)} ms  B ${median(t[1]).toFixed(0)} ms  B/A ${(median(t[1]) / median(t[0])).toFixed(2)}   (A ${t[0].map((v) => v.toFixed(0)).join(' ')}; B ${t[1].map((v) => v.toFixed(0)).join(' ')})`;
for (const cpu of CPU) for (const name of names.length ? names : ['bundled', 'k10']) {
  const t = [[], []];
  const d = [[], []];
  for (let i = 0; i < RUNS; i++) for (const k of [0, 1]) [t[k][i], d[k][i]] = await load(servers[k], name, cpu);
  console.log(line(`${name.padEnd(8)} ×${cpu}`, t));
  // From the report's arrival (its resource timing responseEnd) to the first chart.
  console.log(line(`  data → chart`, d));
}
await browser.close();
for (const s of servers) await s.close();
