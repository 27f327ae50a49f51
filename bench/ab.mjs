// Two builds of the widget timed against each other: time to first chart
// (navigation start → the first frame with both charts' marks), alternating
// loads, medians.
//   node bench/ab.mjs <dist A> <dist B> [bundled|k1|k10 …]     RUNS=9 CPU=1,4
import { chromium } from 'playwright-core';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './lib/serve.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const [a, b, ...names] = process.argv.slice(2);
const RUNS = Number(process.env.RUNS || 9);
const CPU = (process.env.CPU || '1,4').split(',').map(Number);
const work = join(HERE, 'results/data');
const servers = [await serve({ dist: a, work }), await serve({ dist: b, work })];
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium' });
const median = (v) => { const s = [...v].sort((x, y) => x - y); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
async function load(server, name, cpu) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  await page.addInitScript(() => {
    const tick = () => {
      const h = document.querySelector('[data-rectify-board]');
      const root = h ? h.shadowRoot : document;
      const svgs = root ? [...root.querySelectorAll('svg')].filter((s) => s.querySelector('path, rect')) : [];
      if (svgs.length >= 2) { window.__painted = performance.now(); return; }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.goto(`${server.base}/bench/${name}.html`);
  await page.waitForFunction(() => window.__painted, null, { timeout: 300_000, polling: 50 });
  const t = await page.evaluate(() => window.__painted);
  await context.close();
  return t;
}
for (const cpu of CPU) for (const name of names.length ? names : ['bundled', 'k10']) {
  const t = [[], []];
  for (let i = 0; i < RUNS; i++) for (const k of [0, 1]) t[k].push(await load(servers[k], name, cpu));
  console.log(`${name.padEnd(8)} ×${cpu}  A ${median(t[0]).toFixed(0)} ms  B ${median(t[1]).toFixed(0)} ms  B/A ${(median(t[1]) / median(t[0])).toFixed(2)}   (A ${t[0].map((v) => v.toFixed(0)).join(' ')}; B ${t[1].map((v) => v.toFixed(0)).join(' ')})`);
}
await browser.close();
for (const s of servers) await s.close();
