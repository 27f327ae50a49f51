// Issue 9, filters that agree: the legend filter applies to the area list,
// a listing by status has no completion rate, whatever is filtered says so
// (with a way to clear it), and print after drilling in notes the filter
// and prints the opened problem's full text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';

import { setup, open, axe, shot } from './helpers.mjs';
import { BUNDLED, stats } from './fixtures.mjs';

let server;
let browser;

before(async () => {
  ({ server, browser } = await setup());
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** In-progress problems of the bundled report, as the CLI counts them. */
const IN_PROGRESS = stats(BUNDLED).problems.in_progress;
const text = async (locator) => (await locator.textContent()).replace(/\s+/g, ' ').trim();

for (const width of [1280, 360]) {
  test(`the legend filter reaches the area list and is said; print notes it and the opened problem (${width} px)`, async () => {
    const { page, context, problems } = await open(browser, server.url, { width });
    assert.equal(await page.locator('.rb-filter-note').count(), 0);
    const area2 = page.locator('.rb-area-button', { hasText: '(二)' });
    assert.match(await text(area2.locator('.rb-count')), /^16个$/);
    await page.locator('.rb-legend-item[data-status=done]').click();
    assert.equal(await text(page.locator('.rb-filter-note')), `已筛选：正在整改 · 共${IN_PROGRESS}项 · 清除筛选`);
    const g = stats(BUNDLED).groups[1];
    assert.equal(await text(area2.locator('.rb-count')), `${g.in_progress}个`);
    assert.equal(await area2.locator('.rb-badge[data-status=done]').count(), 0);
    await area2.click();
    assert.equal(await text(page.locator('.rb-filter-note')), `已筛选：正在整改 · 共${g.in_progress}项 · 清除筛选`);
    const first = page.locator('.rb-problem').first();
    await first.locator('.rb-problem-button').click();
    const body = await text(first.locator('.rb-detail .rb-text').first());
    await shot(page, `filters-${width}.png`);
    assert.deepEqual(problems, []);
    assert.deepEqual(await axe(page), []);
    await page.emulateMedia({ media: 'print' });
    assert.ok(await page.locator('.rb-filter-note').isVisible(), 'the filter note is printed');
    assert.equal(await page.locator('.rb-clear').isVisible(), false);
    assert.ok(await first.locator('.rb-detail').isVisible(), 'the opened problem is printed');
    assert.ok(body.length > 20);
    assert.ok(await first.locator('.rb-detail .rb-text', { hasText: body.slice(0, 10) }).first().isVisible());
    assert.equal(await page.locator('.rb-problem:not([data-open])').first().isVisible(), false);
    await shot(page, `filters-print-${width}.png`);
    await page.emulateMedia({ media: 'screen' });
    await page.locator('.rb-clear button').click();
    assert.equal(await page.locator('.rb-filter-note').count(), 0);
    await context.close();
  });
}

test('after choosing the in-progress arc the listing says what it lists, not 完成率0%', async () => {
  const { page, context, problems } = await open(browser, server.url);
  // (The arc's middle is under the rate text: chosen with the keyboard.)
  await page.locator('.rb-donut [data-status=in_progress] .rb-mark').focus();
  await page.keyboard.press('Enter');
  await page.locator('.rb-area-summary').waitFor();
  assert.equal(await text(page.locator('.rb-area-summary')), `共${IN_PROGRESS}项`);
  assert.doesNotMatch(await text(page.locator('.rb-area')), /完成率/);
  assert.equal(await text(page.locator('.rb-filter-note')), `已筛选：正在整改 · 共${IN_PROGRESS}项 · 清除筛选`);
  await page.locator('.rb-clear button').click();
  await page.locator('.rb-areas').waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});
