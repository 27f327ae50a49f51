// Rerunnable benchmark of the built widget (dist/) in headless Chromium.
// Reports medians over RUNS runs (default 7) because these machines are
// noisy: bundle bytes, time to first chart for the bundled report and for
// generated reports of 1,000 and 10,000 problems, and interaction latency
// (legend toggle, drill into an area) at 10,000 problems.
//
//   node bench/widget.mjs            (after scripts/build.sh)
//   RUNS=15 node bench/widget.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';

import { serve } from '../tests/e2e/server.mjs';
import { launch } from '../tests/e2e/browser.mjs';
import { DIST, FIXTURES, ROOT, makeFixtures, rectify } from '../tests/e2e/fixtures.mjs';

const RUNS = Number(process.env.RUNS || 7);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

makeFixtures();
rectify('sample', '--problems', '1000', '--areas', '8', '-o', join(FIXTURES, 'thousand.json'));
writeFileSync(
  join(FIXTURES, 'thousand.html'),
  `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><title>b</title><link rel="icon" href="data:,"><link rel="stylesheet" href="/board.css"><script type="module" src="/boot.js"></script></head><body><div data-rectify-board data-src="/fixtures/thousand.json"></div></body></html>`,
);

const size = execFileSync('node', [join(ROOT, 'scripts/bundle-size.mjs'), DIST], { encoding: 'utf8' });
const server = await serve({ root: DIST, fixtures: FIXTURES });
const browser = await launch();

async function timeToChart(path) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const t0 = Date.now();
  await page.goto(server.url + path);
  await page.locator('.rb-donut .rb-arc').first().waitFor({ timeout: 60_000 });
  const wall = Date.now() - t0;
  // Navigation start to chart, from the page's own clock.
  const inPage = await page.evaluate(() => performance.now());
  await page.close();
  return { wall, inPage };
}

async function interactions() {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(server.url + 'fixtures/ten-thousand.html');
  await page.locator('.rb-donut .rb-arc').first().waitFor({ timeout: 60_000 });
  // Time from the click to the next painted frame after the DOM changed.
  // The widget renders in its host's shadow root.
  const legend = await page.evaluate(async () => {
    const root = document.querySelector('[data-rectify-board]').shadowRoot || document;
    const b = root.querySelector('.rb-legend-item.rb-s-done');
    const t0 = performance.now();
    b.click();
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    while (b.getAttribute('aria-pressed') !== 'false') await new Promise((r) => setTimeout(r, 1));
    const t1 = performance.now();
    b.click();
    return t1 - t0;
  });
  const drill = await page.evaluate(async () => {
    const root = document.querySelector('[data-rectify-board]').shadowRoot || document;
    const b = root.querySelector('.rb-area-button');
    const t0 = performance.now();
    b.click();
    while (!root.querySelector('.rb-problems li')) await new Promise((r) => setTimeout(r, 1));
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return performance.now() - t0;
  });
  await page.close();
  return { legend, drill };
}

const results = { bundled: [], thousand: [], tenThousand: [], legend: [], drill: [] };
for (let i = 0; i < RUNS; i++) {
  results.bundled.push((await timeToChart('')).inPage);
  results.thousand.push((await timeToChart('fixtures/thousand.html')).inPage);
  results.tenThousand.push((await timeToChart('fixtures/ten-thousand.html')).inPage);
  const it = await interactions();
  results.legend.push(it.legend);
  results.drill.push(it.drill);
}
await browser.close();
await server.close();

const fmt = (xs) => `${median(xs).toFixed(0).padStart(6)} ms  (min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)})`;
const report = `${size}
medians over ${RUNS} runs (headless Chromium, 1280x900):
  time to first chart, bundled report (31 problems) ${fmt(results.bundled)}
  time to first chart, 1,000 problems               ${fmt(results.thousand)}
  time to first chart, 10,000 problems              ${fmt(results.tenThousand)}
  legend toggle at 10,000 problems                  ${fmt(results.legend)}
  drill into an area at 10,000 problems             ${fmt(results.drill)}
  ratio 10,000 / 31 problems (time to chart)        ${(median(results.tenThousand) / median(results.bundled)).toFixed(2)}x
`;
console.log(report);
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(join(ROOT, 'bench/results/latest.txt'), report);
