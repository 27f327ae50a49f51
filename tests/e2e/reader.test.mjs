// Issue 9: what readers and supervisors look for — owners, deadlines judged
// on the report's as-of date (never today), and the overdue count.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { setup, open, axe, shot, hostPage, FIXTURES } from './helpers.mjs';
import { ROOT, rectify } from './fixtures.mjs';

let server;
let browser;

before(async () => {
  ({ server, browser } = await setup());
  // The sample ledger, converted by the CLI (as of 2025-06-30), and the same
  // report as of 2026-01-15, when two deadlines have passed.
  const ledger = JSON.parse(rectify('convert', join(ROOT, 'data/samples/ledgers/county-ledger.csv')));
  writeFileSync(join(FIXTURES, 'ledger.json'), JSON.stringify(ledger));
  ledger.meta.as_of = '2026-01-15';
  delete ledger.meta.as_of_text;
  writeFileSync(join(FIXTURES, 'ledger-later.json'), JSON.stringify(ledger));
  hostPage('ledger.html', '<div data-rectify-board data-src="/fixtures/ledger.json"></div>');
  hostPage('ledger-later.html', '<div data-rectify-board data-src="/fixtures/ledger-later.json"></div>');
  hostPage('ledger-en.html', '<div data-rectify-board data-lang="en" data-src="/fixtures/ledger-later.json"></div>');
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const text = async (locator) => (await locator.textContent()).replace(/\s+/g, ' ').trim();

async function openProblem(page, area, title) {
  const button = page.locator('.rb-area-button', { hasText: area });
  if (await button.count()) await button.click();
  const item = page.locator('.rb-problem', { hasText: title });
  await item.locator('.rb-problem-button').click();
  await item.locator('.rb-detail').waitFor();
  return item;
}

for (const width of [1280, 360]) {
  test(`the sample ledger: deadlines judged on its as-of date, owners and columns shown (${width} px)`, async () => {
    const { page, context, problems } = await open(browser, `${server.url}fixtures/ledger.html`, { width });
    // As of 2025-06-30 nothing is overdue (two deadlines have passed since,
    // but the report is never judged against today).
    assert.equal(await page.locator('[data-figure=overdue]').count(), 0);
    const item = await openProblem(page, '审计发现', '固定资产账实不符');
    assert.equal(await text(item.locator('.rb-problem-button .rb-dl')), '○未到期 · 截至2025-06-30');
    const fields = await item.locator('.rb-detail > .rb-duty .rb-duty-field').allTextContents();
    assert.deepEqual(fields, [
      '责任单位/责任人：办公室、钱某、孙某',
      '整改时限：2025年9月30日',
      '备注：清查已完成80%',
    ]);
    // A phrase is not a date: 立行立改 is shown, not judged.
    const phrase = await openProblem(page, '审计发现', '政府采购内控制度不健全');
    assert.equal(await phrase.locator('.rb-problem-button .rb-dl').count(), 0);
    assert.match(await text(phrase.locator('.rb-detail > .rb-duty')), /整改时限：立行立改.*完成时间：2025年4月2日/);
    await shot(page, `reader-deadlines-${width}.png`);
    // (axe applies inline styles while it checks: errors are taken before it runs.)
    assert.deepEqual(problems, []);
    assert.deepEqual(await axe(page), []);
    await context.close();
  });
}

test('the headline counts overdue problems against the as-of date, in words and with a pattern', async () => {
  const { page, context, problems } = await open(browser, `${server.url}fixtures/ledger-later.html`);
  const fig = page.locator('[data-figure=overdue]');
  assert.equal(await text(fig.locator('.rb-figure-label')), '已逾期（截至2026-01-15）');
  assert.equal(await text(fig.locator('.rb-figure-value')), '2');
  const item = await openProblem(page, '县委巡察', '干部轮岗交流制度执行不到位');
  const badge = item.locator('.rb-problem-button .rb-dl');
  assert.equal(await text(badge), '!已逾期 · 截至2026-01-15');
  // Not by colour only: a glyph, the words and a striped background.
  assert.match(await badge.evaluate((e) => getComputedStyle(e).backgroundImage), /repeating-linear-gradient/);
  await shot(page, 'reader-overdue-1280.png');
  assert.deepEqual(problems, []);
  assert.deepEqual(await axe(page), []);
  await context.close();
});

test('deadline words are in the reader’s language', async () => {
  const { page, context, problems } = await open(browser, `${server.url}fixtures/ledger-en.html`);
  assert.equal(await text(page.locator('[data-figure=overdue] .rb-figure-label')), 'Overdue (as of 2026-01-15)');
  const item = await openProblem(page, '审计发现', '固定资产账实不符');
  assert.equal(await text(item.locator('.rb-problem-button .rb-dl')), '!Overdue · as of 2026-01-15');
  const fields = await item.locator('.rb-detail > .rb-duty .rb-duty-field').allTextContents();
  assert.deepEqual(fields.slice(0, 2), ['Responsible: 办公室, 钱某, 孙某', 'Deadline: 30 September 2025']);
  assert.deepEqual(problems, []);
  await context.close();
});

const hitLabels = (page) => page.locator('.rb-hit .rb-hit-title .rb-problem-label').allTextContents();

for (const width of [1280, 360]) {
  test(`search: / focuses the box; 代理记账 lists (13), (14), (19) with their measures; ↓ and Enter open one (${width} px)`, async () => {
    const { page, context, problems } = await open(browser, server.url, { width });
    await page.locator('.rb-title').click();
    await page.keyboard.press('/');
    // (The box is the detail bundle's once it has loaded: its stand-in passes the focus on.)
    await page.waitForFunction(() => document.querySelector('[data-rectify-board]').shadowRoot.activeElement?.classList.contains('rb-search-input'));
    // The bundle's box, the stand-in gone.
    await page.waitForFunction(() => {
      const root = document.querySelector('[data-rectify-board]').shadowRoot;
      return root.querySelector('.rb-search-status') && root.querySelectorAll('.rb-search-input').length === 1;
    });
    assert.equal(await text(page.locator('.rb-search-label')), '搜索问题、措施、责任单位');
    await page.keyboard.type('代理记账');
    await page.locator('.rb-hit').first().waitFor();
    assert.deepEqual(await hitLabels(page), ['(13)', '(14)', '(19)']);
    assert.equal(await page.locator('.rb-hit-group').count(), 1);
    assert.match(await text(page.locator('.rb-hit-area')), /^\(二\)聚焦/);
    const marks = await page.locator('.rb-hit mark').allTextContents();
    assert.ok(marks.length >= 6);
    for (const m of marks) assert.equal(m, '代理记账');
    const p13 = await page.locator('.rb-hit').first().locator('.rb-hit-field-label').allTextContents();
    assert.deepEqual(p13.slice(0, 4), ['整改措施 一是：', '整改措施 二是：', '整改措施 三是：', '整改措施 四是：']);
    assert.equal(await text(page.locator('.rb-search [aria-live="polite"]')), '找到3个问题');
    await shot(page, `reader-search-${width}.png`);
    assert.deepEqual(problems, []);
    assert.deepEqual(await axe(page), [], 'axe with search results open');
    await page.locator('.rb-search-input').focus();
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.locator('.rb-hit[aria-selected="true"] .rb-problem-label').textContent(), '(14)');
    await page.keyboard.press('Enter');
    const open14 = page.locator('.rb-problem[data-open]');
    await open14.waitFor();
    assert.equal(await open14.locator('.rb-problem-label').textContent(), '(14)');
    assert.match(await text(page.locator('.rb-area-title')), /聚焦/);
    assert.equal(await page.locator('.rb-hit').count(), 0);
    await context.close();
  });
}

test('search works on the displayed text in 繁體 and English, and / is left alone while typing elsewhere', async () => {
  hostPage('hant-search.html', '<div data-rectify-board data-lang="zh-Hant" data-src="/reports/zhongshan-finance-2025-09.json"></div>');
  hostPage('en-search.html', '<label>站内搜索 <input id="other"></label><div data-rectify-board data-lang="en" data-src="/reports/zhongshan-finance-2025-09.json"></div>');
  const hant = await open(browser, `${server.url}fixtures/hant-search.html`);
  await hant.page.locator('.rb-title', { hasText: '進展情況' }).waitFor();
  await hant.page.locator('.rb-search-input').fill('代理記賬');
  await hant.page.locator('.rb-hit').first().waitFor();
  assert.deepEqual(await hitLabels(hant.page), ['(13)', '(14)', '(19)']);
  assert.equal(await text(hant.page.locator('.rb-search [aria-live="polite"]')), '找到3個問題');
  assert.deepEqual(hant.problems, []);
  await hant.context.close();
  const en = await open(browser, `${server.url}fixtures/en-search.html`);
  await en.page.locator('#other').click();
  await en.page.keyboard.type('a/b');
  assert.equal(await en.page.locator('#other').inputValue(), 'a/b');
  await en.page.locator('.rb-search-input').fill('代理记账');
  await en.page.locator('.rb-hit').first().waitFor();
  assert.equal(await text(en.page.locator('.rb-search [aria-live="polite"]')), '3 problems found');
  assert.equal(await text(en.page.locator('.rb-search-label')), 'Search problems, measures, owners');
  // Bounded: a query that matches everything lists 20 and counts the rest.
  await en.page.locator('.rb-search-input').fill('问题');
  await en.page.locator('.rb-search .rb-more').waitFor();
  assert.equal(await en.page.locator('.rb-hit').count(), 20);
  assert.match(await text(en.page.locator('.rb-search .rb-more')), /^and \d+ more not listed/);
  assert.deepEqual(en.problems, []);
  await en.context.close();
});
