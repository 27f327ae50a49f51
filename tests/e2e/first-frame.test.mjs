// Issue 10, "paint something useful early": the first frame of a load holds
// the headline, the legend and the two charts; what is below them (the area
// list, 主要数据, the timeline, texts, contact, the CSV button, the print
// table) comes in a later frame, below the charts, so nothing drawn first
// moves. Under the strict CSP, with the bundled report.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';

import { setup, open, cspViolations } from './helpers.mjs';

let server;
let browser;

before(async () => {
  ({ server, browser } = await setup());
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Records, in the first animation frame in which both charts have marks,
 *  what the widget holds and where the charts are. */
function recordFirstChartFrame() {
  const BELOW = ['.rb-areas', '.rb-keyfigs', '.rb-timeline', '.rb-exports', '.rb-print-only'];
  const tick = () => {
    const root = document.querySelector('[data-rectify-board]')?.shadowRoot;
    const svgs = root ? [...root.querySelectorAll('svg')].filter((s) => s.querySelector('path, rect')) : [];
    if (svgs.length < 2) {
      requestAnimationFrame(tick);
      return;
    }
    window.__first = {
      elements: root.querySelectorAll('*').length,
      headline: !!root.querySelector('.rb-head'),
      legend: !!root.querySelector('.rb-legend'),
      below: BELOW.filter((s) => root.querySelector(s)),
      chartsTop: root.querySelector('.rb-charts').getBoundingClientRect().top,
      chartsHeight: root.querySelector('.rb-charts').getBoundingClientRect().height,
    };
  };
  requestAnimationFrame(tick);
}

test('the first frame with both charts holds the headline, legend and charts; the rest follows below them', async () => {
  const { page, context, problems } = await open(browser, 'about:blank', { wait: false });
  await page.addInitScript(recordFirstChartFrame);
  await page.goto(server.url);
  await page.waitForFunction(() => window.__first, null, { timeout: 30_000 });
  const first = await page.evaluate(() => window.__first);
  assert.ok(first.headline && first.legend, JSON.stringify(first));
  assert.deepEqual(first.below, [], `nothing below the charts in the first frame: ${JSON.stringify(first)}`);
  // Then the rest, in a later frame.
  for (const sel of ['.rb-areas .rb-area-button', '.rb-keyfigs', '.rb-timeline', '.rb-exports']) {
    await page.locator(`[data-rectify-board] ${sel}`).first().waitFor({ state: 'attached', timeout: 10_000 });
  }
  await page.locator('[data-rectify-board] .rb-print-only').waitFor({ state: 'attached' });
  const later = await page.evaluate(() => {
    const root = document.querySelector('[data-rectify-board]').shadowRoot;
    const charts = root.querySelector('.rb-charts').getBoundingClientRect();
    const areas = root.querySelector('.rb-areas').getBoundingClientRect();
    return { elements: root.querySelectorAll('*').length, chartsTop: charts.top, chartsBottom: charts.bottom, areasTop: areas.top };
  });
  assert.ok(later.elements > 3 * first.elements, `most of the board came after the first frame: ${first.elements} then ${later.elements}`);
  assert.equal(later.chartsTop, first.chartsTop, 'the charts did not move');
  assert.ok(later.areasTop >= later.chartsBottom, 'the rest is below the charts');
  assert.deepEqual(await cspViolations(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});
