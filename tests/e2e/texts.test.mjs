// Issue 9, everything the notice says: 主要数据 (the figures the converter
// found, the most telling first, each linked to its measure, all behind a
// toggle), and the parts of the notice that are not problems (the preamble,
// 主体责任落实情况, 下一步工作打算, the closing), readable and collapsed by
// default so that the page stays short.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';

import { setup, open, axe, focused, hostPage } from './helpers.mjs';
import { join } from 'node:path';
import { ARTIFACTS } from './fixtures.mjs';

let server;
let browser;

before(async () => {
  ({ server, browser } = await setup());
  hostPage('texts-elderly.html', '<div data-rectify-board data-mode="elderly" data-src="/reports/zhongshan-finance-2025-09.json"></div>');
  hostPage('texts-en.html', '<div data-rectify-board data-lang="en" data-src="/reports/zhongshan-finance-2025-09.json"></div>');
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const text = async (locator) => (await locator.textContent()).replace(/\s+/g, ' ').trim();

for (const width of [1280, 360]) {
  test(`sections 一 and 四, the preamble and the closing are readable and start collapsed (${width} px)`, async () => {
    const { page, context, problems } = await open(browser, server.url, { width });
    const texts = page.locator('.rb-texts');
    assert.equal(await text(texts.locator('h3')), '通报其他内容');
    const headings = (await texts.locator('summary').allTextContents()).map((t) => t.trim());
    assert.deepEqual(headings, ['通报开头', '一、党组履行巡察整改主体责任情况', '四、下一步工作打算', '结束语']);
    const part1 = texts.locator('details').nth(1);
    assert.equal(await part1.locator('.rb-text').first().isVisible(), false, 'collapsed by default');
    await part1.locator('summary').click();
    assert.match(await text(part1.locator('.rb-text').first()), /^市财政局党组坚持把巡察整改工作/);
    assert.deepEqual(
      (await part1.locator('.rb-text-item').allTextContents()).map((t) => t.trim()).slice(0, 2),
      ['(一)高度重视,全面部署整改任务。', '(二)高位推动,拧紧整改责任链条。'],
    );
    const part4 = texts.locator('details').nth(2);
    await part4.locator('summary').click();
    assert.equal(await part4.locator('.rb-text-item').count(), 3);
    await texts.screenshot({ path: join(ARTIFACTS, `texts-${width}.png`) });
    assert.deepEqual(problems, []);
    assert.deepEqual(await axe(page), []);
    await context.close();
  });
}

for (const width of [1280, 360]) {
  test(`主要数据: the most telling figures by problem, with period, change and a link to the measure (${width} px)`, async () => {
    const { page, context, problems } = await open(browser, server.url, { width });
    const panel = page.locator('.rb-keyfigs');
    assert.equal(await text(panel.locator('h3')), '主要数据');
    const top = panel.locator(':scope > .rb-keyfig-group .rb-keyfig');
    assert.equal(await top.count(), 6);
    const revenue = top.filter({ hasText: '176.1亿元' });
    assert.equal(await text(revenue), '176.1亿元（+3.36%） 全市一般公共预算收入 · 2025年1-6月 · 出处：(5)二是');
    assert.match(await text(panel.locator(':scope > .rb-keyfig-group h4').first()), /^\(5\)/);
    // Short by default: the rest behind 全部.
    const all = panel.locator('.rb-keyfigs-all');
    assert.match(await text(all.locator('summary')), /^全部主要数据（\d+项）$/);
    assert.equal(await all.locator('.rb-keyfig').first().isVisible(), false);
    await panel.screenshot({ path: join(ARTIFACTS, `keyfigs-${width}.png`) });
    await all.locator('summary').click();
    assert.ok((await all.locator('.rb-keyfig').count()) > 60);
    // A label from the sentence, not a bare verb.
    assert.match(await text(all.locator('.rb-keyfig', { hasText: /^3名/ }).locator('.rb-fig-label')), /^对代理记账机构违规从业人员/);
    assert.match(await text(all.locator('.rb-keyfig', { hasText: /^2\.9亿元/ }).locator('.rb-fig-label')), /^安排促进国内消费/);
    assert.deepEqual(problems, []);
    assert.deepEqual(await axe(page), []);
    // The source link opens the problem and focuses it.
    await revenue.locator('.rb-fig-source').click();
    await page.locator('.rb-problem[data-open]').waitFor();
    assert.equal(await text(page.locator('.rb-problem[data-open] .rb-problem-label')), '(5)');
    // Pushed once the frame showing it is painted.
    await page.waitForFunction(() => /^#s2-a2-c2-p5-m\d$/.test(location.hash));
    assert.match(await page.evaluate(() => location.hash), /^#s2-a2-c2-p5-m\d$/);
    assert.equal((await focused(page)).cls, 'rb-problem-button');
    await context.close();
  });
}

for (const width of [1280, 360]) {
  test(`the timeline: each stated date in words, in order, with a marker on one scale (${width} px)`, async () => {
    const { page, context, problems } = await open(browser, server.url, { width });
    const tl = page.locator('.rb-timeline');
    assert.equal(await tl.getAttribute('aria-label'), '时间线');
    const rows = await tl.locator('.rb-tl-row').evaluateAll((rs) => rs.map((r) =>
      [r.querySelector('.rb-tl-label').textContent, r.querySelector('.rb-tl-when').textContent]));
    assert.deepEqual(rows, [
      ['巡察', '2024年9月23日至2024年12月20日'],
      ['反馈巡察意见', '2025年1月10日'],
      ['数据截至', '2025年6月30日'],
      ['发布日期', '2025年9月12日'],
      ['公示期', '2025年9月12日至2025年9月26日'],
    ]);
    // Markers in date order, left to right; drawn only (the words say it).
    const xs = await tl.locator('.rb-tl-mark').evaluateAll((ms) => ms.map((m) => m.getBoundingClientRect().left));
    for (let i = 1; i < xs.length; i++) assert.ok(xs[i] >= xs[i - 1], xs.join());
    // One scale: every strip starts at the same place.
    const starts = await tl.locator('.rb-tl-strip').evaluateAll((ss) => ss.map((s) => Math.round(s.getBoundingClientRect().left)));
    assert.equal(new Set(starts).size, 1, starts.join());
    assert.equal(await tl.locator('svg[aria-hidden="true"]').count(), 5);
    const label = await tl.locator('.rb-tl-label').first().boundingBox();
    assert.ok(label.width > 10);
    await tl.screenshot({ path: join(ARTIFACTS, `timeline-${width}.png`) });
    assert.deepEqual(problems, []);
    assert.deepEqual(await axe(page), []);
    await context.close();
  });
}

test('on a phone in elderly mode the data tables scroll inside a labelled region and never break a number', async () => {
  const { page, context, problems } = await open(browser, `${server.url}fixtures/texts-elderly.html`, { width: 360, height: 800 });
  const wraps = page.locator('.rb-table-wrap');
  assert.equal(await wraps.count(), 2);
  for (const w of await wraps.all()) {
    assert.equal(await w.getAttribute('role'), 'region');
    assert.equal(await w.getAttribute('tabindex'), '0');
    assert.match(await w.getAttribute('aria-label'), /^数据表：/);
  }
  // Every numeric cell is on one line.
  const broken = await page.locator('.rb-table td').evaluateAll((tds) => tds
    .filter((td) => /^[\d.,%]+$/.test(td.textContent.trim()))
    .filter((td) => {
      const r = document.createRange();
      r.selectNodeContents(td);
      return r.getClientRects().length > 1;
    })
    .map((td) => td.textContent));
  assert.deepEqual(broken, []);
  // The wide table scrolls sideways within its region, not the page.
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 360));
  assert.deepEqual(problems, []);
  assert.deepEqual(await axe(page), []);
  await context.close();
});

test('the sections are headed in the interface language', async () => {
  const { page, context } = await open(browser, `${server.url}fixtures/texts-en.html`);
  assert.equal(await text(page.locator('.rb-texts h3')), 'The rest of the notice');
  assert.equal((await page.locator('.rb-texts summary').first().textContent()).trim(), 'Introduction');
  await context.close();
});
