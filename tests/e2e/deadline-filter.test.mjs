// Issue 9: the deadline-state filter (已逾期 / 即将到期 / …), judged on the
// report's as-of date and labelled with it, combines with the legend, the
// drill-down and search, and reaches the charts, the area list, the
// listing, the data tables, the CSV export and print; the filter note says
// what is filtered.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { setup, open, axe, shot, hostPage, FIXTURES } from './helpers.mjs';
import { ROOT, rectify } from './fixtures.mjs';

let server;
let browser;

before(async () => {
  ({ server, browser } = await setup());
  // The sample ledger as of 2026-01-15: two problems past their deadline,
  // four done on time, the others with phrases (长期坚持, 立行立改).
  const ledger = JSON.parse(rectify('convert', join(ROOT, 'data/samples/ledgers/county-ledger.csv')));
  ledger.meta.as_of = '2026-01-15';
  delete ledger.meta.as_of_text;
  writeFileSync(join(FIXTURES, 'dlf-ledger.json'), JSON.stringify(ledger));
  hostPage('dlf.html', '<div data-rectify-board data-src="/fixtures/dlf-ledger.json"></div>');
  hostPage('dlf-en.html', '<div data-rectify-board data-lang="en" data-src="/fixtures/dlf-ledger.json"></div>');
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const text = async (locator) => (await locator.textContent()).replace(/\s+/g, ' ').trim();
const texts = async (locator) => (await locator.allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());

async function csvRows(page) {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.locator('.rb-export-csv').click()]);
  return readFileSync(await dl.path()).subarray(3).toString('utf8').trimEnd().split('\r\n');
}

for (const width of [1280, 360]) {
  test(`已逾期 narrows the charts, lists, tables, CSV and print, and says so with the as-of date (${width} px)`, async () => {
    const { page, context, problems } = await open(browser, `${server.url}fixtures/dlf.html`, { width });
    const filter = page.locator('.rb-dlf');
    assert.equal(await filter.getAttribute('aria-label'), '按整改时限筛选（截至2026-01-15）');
    assert.deepEqual(await texts(filter.locator('.rb-dlf-choice')), ['全部', '!已逾期（2）', '✓按期完成（4）']);
    assert.equal(await filter.locator('[aria-pressed="true"]').textContent(), '全部');
    assert.equal(await page.locator('.rb-area-button').count(), 3);
    assert.equal((await csvRows(page)).length, 1 + 8);

    await filter.locator('.rb-dlf-choice', { hasText: '已逾期' }).click();
    assert.equal(await filter.locator('[aria-pressed="true"]').count(), 1);
    assert.match(await filter.locator('[aria-pressed="true"]').textContent(), /已逾期/);
    assert.equal(await text(page.locator('.rb-filter-note')), '已筛选：已逾期（截至2026-01-15） · 共2项 · 清除筛选');
    // The headline still counts the whole report.
    assert.equal(await text(page.locator('[data-figure=overdue] .rb-figure-value')), '2');
    // Area list and bars: only the areas with an overdue problem, one each.
    assert.deepEqual(await texts(page.locator('.rb-area-button .rb-area-name')), ['县委巡察', '审计发现']);
    assert.deepEqual(await texts(page.locator('.rb-area-button .rb-count')), ['1个', '1个']);
    assert.equal(await page.locator('.rb-bars .rb-bar-row').count(), 2);
    // The donut's data table: 2 in progress, nothing done.
    await page.locator('.rb-donut .rb-table-toggle').click();
    const donutTable = await text(page.locator('.rb-donut .rb-table'));
    assert.match(donutTable, /正在整改 ?2/);
    assert.doesNotMatch(donutTable, /已完成/);
    // CSV: the two overdue problems.
    let rows = await csvRows(page);
    assert.equal(rows.length, 1 + 2, rows.join('\n'));
    assert.match(rows[1], /干部轮岗交流制度执行不到位/);
    assert.match(rows[2], /固定资产账实不符/);
    // Search looks only at what the filter shows.
    await page.locator('.rb-search-input').fill('三会一课');
    assert.equal(await text(page.locator('.rb-search-status')), '找到0个问题');
    await page.locator('.rb-search-input').fill('固定资产');
    await page.locator('.rb-hit').first().waitFor();
    assert.equal(await page.locator('.rb-hit').count(), 1);
    // (axe applies inline styles while it checks: errors are taken before it runs.)
    assert.deepEqual(problems, []);
    assert.deepEqual(await axe(page), [], 'axe with the filter and search results');
    await page.locator('.rb-search-input').fill('');
    // Drilled in: the area's overdue problem only, and the CSV follows.
    await page.locator('.rb-area-button', { hasText: '审计发现' }).click();
    await page.locator('.rb-problem-title').first().waitFor(); // the drill-down's bundle loads now
    assert.deepEqual(await texts(page.locator('.rb-problem-title')), ['固定资产账实不符。']);
    assert.equal(await text(page.locator('.rb-filter-note')), '已筛选：已逾期（截至2026-01-15） · 共1项 · 清除筛选');
    rows = await csvRows(page);
    assert.equal(rows.length, 1 + 1);
    await page.locator('.rb-problem-button').click();
    await shot(page, `deadline-filter-${width}.png`);
    // Print: the note, the opened problem's text, no filter buttons.
    await page.emulateMedia({ media: 'print' });
    assert.ok(await page.locator('.rb-filter-note').isVisible());
    assert.equal(await filter.isVisible(), false);
    assert.ok(await page.locator('.rb-problem[data-open] .rb-detail').isVisible());
    const printRows = page.locator('.rb-print-only tbody tr');
    assert.equal(await printRows.count(), 1);
    await shot(page, `deadline-filter-print-${width}.png`);
    await page.emulateMedia({ media: 'screen' });
    // Clearing shows everything again.
    await page.locator('.rb-clear button').click();
    assert.equal(await page.locator('.rb-filter-note').count(), 0);
    assert.equal(await filter.locator('[aria-pressed="true"]').textContent(), '全部');
    assert.deepEqual(await axe(page), []);
    await context.close();
  });
}

test('the deadline filter combines with the legend, in English too; no filter without dated deadlines', async () => {
  const { page, context, problems } = await open(browser, `${server.url}fixtures/dlf-en.html`);
  const filter = page.locator('.rb-dlf');
  assert.equal(await filter.getAttribute('aria-label'), 'Deadline status (as of 2026-01-15)');
  await filter.locator('.rb-dlf-choice', { hasText: 'Done on time' }).click();
  assert.equal(await text(page.locator('.rb-filter-note')), 'Filtered: Done on time (as of 2026-01-15) · 4 in all · Clear filter');
  await page.locator('.rb-legend-item[data-status=done]').click();
  // A legend entry turned off is struck through; a deadline choice not
  // chosen (aria-pressed false as well) is not.
  const decoration = (l) => l.evaluate((el) => getComputedStyle(el).textDecorationLine);
  assert.equal(await decoration(page.locator('.rb-legend-item[data-status=done]')), 'line-through');
  assert.equal(await decoration(filter.locator('.rb-dlf-choice[aria-pressed="false"]').first()), 'none');
  assert.match(await text(page.locator('.rb-filter-note')), /^Filtered: Done on time \(as of 2026-01-15\) · 0 in all/);
  assert.equal(await page.locator('.rb-bars .rb-bar-total').first().textContent(), '0');
  assert.deepEqual(problems, []);
  await context.close();
  // The bundled notice states no deadlines: no filter is offered.
  const bundled = await open(browser, server.url);
  assert.equal(await bundled.page.locator('.rb-dlf').count(), 0);
  await bundled.context.close();
});
