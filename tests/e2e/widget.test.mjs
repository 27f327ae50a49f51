// Browser tests of the built release widget (dist/) in headless Chromium.
// They check what a person sees and can do. Run via scripts/test.sh.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

import { serve } from './server.mjs';
import { launch } from './browser.mjs';
import { open as openPage, listedRows } from './helpers.mjs';
import { ARTIFACTS, BUNDLED, DIST, FIXTURES, makeFixtures, stats } from './fixtures.mjs';

const require = createRequire(import.meta.url);
let server;
let browser;

before(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  makeFixtures();
  server = await serve({ root: DIST, fixtures: FIXTURES });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a page (the shared helper: records page errors, console errors and CSP violations). */
const open = (path, opts) => openPage(browser, server.url + path, opts);

async function figure(page, cls) {
  const t = await page.locator(`.rb-figure[data-figure=${cls}] .rb-figure-value`).textContent();
  return Number(t.trim());
}

test('the bundled real report shows 31 problems and the counts the core computes', async () => {
  const expected = stats(BUNDLED);
  assert.equal(expected.problems.total, 31);
  const { page, context, problems } = await open('');
  assert.match(await page.locator('.rb-title').textContent(), /中山市财政局党组/);
  assert.equal(await figure(page, 'total'), 31);
  assert.equal(await figure(page, 'done'), expected.problems.done);
  assert.equal(await figure(page, 'in_progress'), expected.problems.in_progress);
  assert.equal(await figure(page, 'long_term_items'), expected.long_term_items);
  // One donut arc per status present, one bar row per focus area.
  const present = ['done', 'in_progress', 'long_term', 'not_started'].filter((k) => expected.problems[k] > 0);
  assert.equal(await page.locator('.rb-donut .rb-arc').count(), present.length);
  assert.equal(await page.locator('.rb-bars .rb-bar-row').count(), expected.groups.length);
  assert.equal(expected.groups.length, 4);
  // The chart has a text alternative that states the counts.
  assert.match(await page.locator('.rb-donut desc').textContent(), /共31个问题/);
  await page.screenshot({ path: join(ARTIFACTS, 'bundled-1280.png'), fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});

test('the bundled report at phone width (360 px) does not scroll sideways', async () => {
  const { page, context, problems } = await open('', { width: 360, height: 800 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the viewport`);
  await page.screenshot({ path: join(ARTIFACTS, 'bundled-360.png'), fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});

test('a different report given by data-src shows its own counts', async () => {
  const expected = stats(join(FIXTURES, 'seven.json'));
  const { page, context, problems } = await open('fixtures/seven.html');
  assert.equal(await figure(page, 'total'), 7);
  assert.equal(await figure(page, 'done'), expected.problems.done);
  assert.equal(await figure(page, 'in_progress'), expected.problems.in_progress);
  assert.equal(await figure(page, 'not_started'), expected.problems.not_started);
  assert.equal(await page.locator('.rb-bars .rb-bar-row').count(), 2);
  assert.deepEqual(problems, []);
  await context.close();
});

test('drilling into a focus area lists its problems, a problem shows its measures, Escape goes back', async () => {
  const expected = stats(BUNDLED);
  const { page, context, problems } = await open('');
  const first = expected.groups[0];
  await page.locator('.rb-area-button').first().click();
  await page.locator('.rb-area-title').waitFor();
  assert.match(await page.locator('.rb-area-title').textContent(), new RegExp(first.title));
  assert.equal(await listedRows(page, first.total), first.total);
  const button = page.locator('.rb-problem-button').first();
  assert.match(await button.textContent(), /\(1\)健全议事决策机制/);
  await button.click();
  assert.equal(await button.getAttribute('aria-expanded'), 'true');
  assert.equal(await page.locator('.rb-measure').count(), 4);
  assert.match(await page.locator('.rb-measure').first().textContent(), /一是研究分析未上党组会议题/);
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('.rb-measure').count(), 0);
  await page.keyboard.press('Escape');
  await page.locator('.rb-area-list').waitFor();
  assert.equal(await page.locator('.rb-area-button').count(), expected.groups.length + 1); // + 需长期整改事项
  assert.deepEqual(problems, []);
  await context.close();
});

test('long-term items (需长期整改事项) open like an area, with their measures', async () => {
  const { page, context, problems } = await open('');
  await page.locator('.rb-area-button', { hasText: '需长期整改' }).click();
  await page.locator('.rb-area-title').waitFor();
  assert.equal(await listedRows(page, 6), 6);
  assert.equal(await page.locator('.rb-problems .rb-badge[data-status=long_term]').count(), 6);
  await page.locator('.rb-problem-button').first().click();
  assert.equal(await page.locator('.rb-measure').count(), 2);
  assert.deepEqual(problems, []);
  await context.close();
});

test('chart marks are reachable by keyboard and show a tooltip on focus', async () => {
  const { page, context } = await open('');
  const arc = page.locator('.rb-donut .rb-mark').first();
  await arc.focus();
  await page.locator('.rb-donut .rb-tip').waitFor();
  assert.match(await page.locator('.rb-donut .rb-tip').textContent(), /已完成/);
  assert.match(await page.locator('.rb .rb-announce').textContent(), /已完成/);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  // Hover a bar segment: its tooltip names the area.
  await page.locator('.rb-bars .rb-mark').first().hover();
  await page.locator('.rb-bars .rb-tip').waitFor();
  assert.match(await page.locator('.rb-bars .rb-tip').textContent(), /聚焦/);
  // Enter on a bar segment drills into that area.
  await page.locator('.rb-bars .rb-mark').first().focus();
  await page.keyboard.press('Enter');
  await page.locator('.rb-area-title').waitFor();
  await context.close();
});

test('Enter on a donut arc lists every problem with that status; Escape comes back', async () => {
  const expected = stats(BUNDLED);
  const { page, context } = await open('');
  const arc = page.locator('.rb-donut .rb-arc[data-status=in_progress] .rb-mark');
  await arc.focus();
  await page.keyboard.press('Enter');
  await page.locator('.rb-area-title').waitFor();
  assert.match(await page.locator('.rb-area-title').textContent(), /正在整改/);
  assert.equal(await listedRows(page, expected.problems.in_progress), expected.problems.in_progress);
  assert.equal(await page.locator('.rb-problems .rb-badge[data-status=in_progress]').count(), expected.problems.in_progress);
  await page.keyboard.press('Escape');
  await page.locator('.rb-area-list').waitFor();
  // A click on the ring (where the arc's count is written) drills the same way.
  const at = await page.locator('.rb-donut .rb-arc[data-status=done] .rb-arc-label').boundingBox();
  await page.mouse.click(at.x + at.width / 2, at.y + at.height / 2);
  await page.locator('.rb-area-title').waitFor();
  assert.equal(await listedRows(page, expected.problems.done), expected.problems.done);
  await context.close();
});

test('clicking a legend entry filters the charts and the problem list', async () => {
  const expected = stats(BUNDLED);
  const { page, context } = await open('');
  const done = page.locator('.rb-legend-item[data-status=done]');
  assert.equal(await done.getAttribute('aria-pressed'), 'true');
  const before = await page.locator('.rb-bars .rb-seg[data-status=done]').count();
  assert.ok(before > 0);
  await done.click();
  assert.equal(await done.getAttribute('aria-pressed'), 'false');
  assert.equal(await page.locator('.rb-bars .rb-seg[data-status=done]').count(), 0);
  await page.locator('.rb-area-button').nth(1).click();
  await page.locator('.rb-problems > li').first().waitFor(); // the drill-down's bundle loads now
  const g = expected.groups[1];
  assert.equal(await listedRows(page, g.total - g.done), g.total - g.done);
  await context.close();
});

test('a broken JSON file shows a located error, not a blank widget', async () => {
  const { page, context } = await open('fixtures/truncated.html');
  const panel = page.locator('.rb-error');
  assert.equal(await panel.getAttribute('role'), 'alert');
  assert.match(await panel.textContent(), /truncated\.json/);
  assert.match(await panel.textContent(), /第 \d+ 行/);
  assert.match(await panel.textContent(), /不完整/);
  await context.close();
});

test('a schema violation names the JSON path and the allowed values', async () => {
  const { page, context } = await open('fixtures/bad-status.html');
  const text = await page.locator('.rb-error').textContent();
  assert.match(text, /\$\.nodes\[0\]\.children\[1\]\.children\[0\]\.status/);
  assert.match(text, /finished/);
  assert.match(text, /in_progress/);
  await page.screenshot({ path: join(ARTIFACTS, 'error-1280.png') });
  await context.close();
});

test('a missing data file says so, with the HTTP status', async () => {
  const { page, context } = await open('fixtures/missing.html');
  const text = await page.locator('.rb-error').textContent();
  assert.match(text, /no-such-report\.json/);
  assert.match(text, /HTTP 404/);
  await context.close();
});

test('totals stated in the report are shown beside the counts; a difference is worded neutrally', async () => {
  let { page, context } = await open('fixtures/stated.html');
  const box = page.locator('.rb-stated');
  assert.match(await box.textContent(), /已完成整改3个/);
  assert.equal(await page.locator('.rb-stated [data-mismatch]').count(), 0);
  assert.match(await box.textContent(), /一致/);
  await context.close();
  ({ page, context } = await open('fixtures/stated-mismatch.html'));
  // No alarm on a public page: a note, in neutral words.
  assert.equal(await page.locator('.rb-stated').getAttribute('role'), 'note');
  const row = page.locator('.rb-stated [data-mismatch]');
  assert.equal(await row.count(), 1);
  assert.match(await row.textContent(), /已完成：通报口径 4 · 看板列示 3 — 口径不同/);
  await context.close();
  // The bundled notice states no totals: nothing is shown.
  ({ page, context } = await open(''));
  assert.equal(await page.locator('.rb-stated').count(), 0);
  await context.close();
});

test('the interface follows data-lang', async () => {
  const { page, context } = await open('fixtures/english.html');
  assert.match(await page.locator('[data-figure=total] .rb-figure-label').textContent(), /Problems/);
  await context.close();
});

test('10,000 problems render, and drilling in pages the list instead of freezing', async () => {
  const { page, context, problems } = await open('fixtures/ten-thousand.html');
  assert.equal(await figure(page, 'total'), 10000);
  assert.equal(await figure(page, 'done'), 5000);
  // The first drill-down loads the detail bundle; once it is there, the
  // first screenful is drawn in the frame that opens the listing, the rest
  // of the page of 100 a chunk of at most 20 rows a frame after it (no
  // frame has the whole page to make).
  await page.locator('.rb-area-button').first().click();
  await page.locator('.rb-problems > li').first().waitFor();
  await page.locator('.rb-back').click();
  await page.locator('.rb-area-button').first().waitFor();
  const perFrame = await page.evaluate(() => new Promise((ok) => {
    const root = document.querySelector('[data-rectify-board]').shadowRoot;
    const counts = [];
    const count = () => root.querySelectorAll('.rb-problems > li').length;
    const next = () => requestAnimationFrame(() => {
      counts.push(count());
      if (counts.at(-1) === 100 || counts.length > 60) ok(counts);
      else next();
    });
    root.querySelector('.rb-area-button').click();
    next();
  }));
  const steps = perFrame.filter((n, i) => n !== (perFrame[i - 1] ?? 0));
  assert.equal(steps.at(-1), 100, `rows per frame: ${perFrame}`);
  assert.ok(steps[0] > 0 && steps[0] <= 20, `${steps[0]} rows in the first frame (${perFrame})`);
  steps.forEach((n, i) => assert.ok(n - (steps[i - 1] ?? 0) <= 20, `at most 20 rows more a frame: ${steps}`));
  await page.locator('.rb-more-button').click();
  assert.equal(await listedRows(page, 200), 200);
  // The page still answers promptly (a loose guard; timings are in the benchmark).
  const t0 = Date.now();
  await page.evaluate(() => 1);
  assert.ok(Date.now() - t0 < 5000);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a link to a problem past the first page opens that page with the problem open and focused', async () => {
  const report = JSON.parse(readFileSync(join(FIXTURES, 'ten-thousand.json'), 'utf8'));
  const area = report.nodes[0].children[0];
  const problem = area.children[150];
  const { page, context, problems } = await open(`fixtures/ten-thousand.html#${problem.id}`);
  const open151 = page.locator('.rb-problem[data-open]');
  await open151.waitFor();
  assert.equal((await open151.locator('.rb-problem-label').textContent()).trim(), problem.label);
  assert.equal(await listedRows(page, 200), 200, 'the second page of 100');
  await page.waitForFunction(() => document.querySelector('[data-rectify-board]').shadowRoot.activeElement?.classList.contains('rb-problem-button'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('axe-core finds no WCAG 2.x A/AA violations (overview, drill-down, error)', async () => {
  const axeSource = require.resolve('axe-core/axe.min.js');
  for (const [path, action] of [
    ['', null],
    ['', async (page) => {
      await page.locator('.rb-area-button').first().click();
      await page.locator('.rb-problem-button').first().click();
    }],
    ['fixtures/bad-status.html', null],
  ]) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(server.url + path);
    await page.locator('.rb-board, .rb-error').first().waitFor();
    if (action) await action(page);
    await page.addScriptTag({ path: axeSource });
    const result = await page.evaluate(() =>
      window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] }),
    );
    const summary = result.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help} (${v.nodes[0].target})`);
    assert.deepEqual(summary, [], `axe on /${path}`);
    await context.close();
  }
});

test('the widget follows the host page changing data-lang, data-mode and data-src later', async () => {
  const { page, context, problems } = await open('');
  const host = page.locator('[data-rectify-board]').first();
  // A portal's 繁体版 button sets the attribute on the host element.
  await host.evaluate((el) => el.setAttribute('data-lang', 'zh-Hant'));
  await page.locator('.rb-title', { hasText: '進展情況' }).waitFor({ timeout: 30_000 });
  // Its 长者助手 button switches the elderly mode on.
  await host.evaluate((el) => el.setAttribute('data-mode', 'elderly'));
  await page.locator('.rb[data-elderly]').waitFor();
  // And the page may point the widget at another report.
  await host.evaluate((el) => el.setAttribute('data-src', '/fixtures/seven.json'));
  await page.locator('[data-figure=total] .rb-figure-value', { hasText: /^7$/ }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});
