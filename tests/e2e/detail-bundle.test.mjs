// Issue 10, the second bundle: the drill-down (an area's problems, a
// problem's detail) and search are dist/detail/, which the embed loads only
// on the first drill-down, search or deep link. Checked from the page's
// resource timing, under the strict CSP, at the root and from a sub-path;
// a failed load says so calmly with a retry that works.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';

import { serve } from './server.mjs';
import { DIST } from './fixtures.mjs';
import { setup, open, cspViolations, focused } from './helpers.mjs';

let server;
let browser;

before(async () => {
  ({ server, browser } = await setup());
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** The paths of the detail bundle's files the page has requested. */
async function detailRequests(page) {
  return page.evaluate(() => performance.getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((p) => /\/detail\/rectify-detail/.test(p)));
}

test('a plain load does not request the detail bundle; the first drill-down does, and the listing works', async () => {
  const { page, context, problems } = await open(browser, server.url);
  await page.locator('.rb-bars .rb-mark').first().waitFor();
  await page.waitForTimeout(300); // anything requested late would show now
  assert.deepEqual(await detailRequests(page), []);
  await page.locator('.rb-area-button').nth(1).click();
  await page.locator('.rb-problem-button').first().waitFor();
  assert.deepEqual((await detailRequests(page)).sort(), ['/detail/rectify-detail.js', '/detail/rectify-detail_bg.wasm']);
  // The loading line is gone; the listing's own controls work through the hand-over.
  assert.equal(await page.locator('.rb-detail-loading').count(), 0);
  await page.locator('.rb-problem-button').first().click();
  await page.locator('.rb-problem[data-open] .rb-detail').waitFor();
  // Pushed once the frame showing it is painted.
  await page.waitForFunction(() => /^#s\d/.test(location.hash));
  assert.match(await page.evaluate(() => location.hash), /^#s\d/);
  await page.keyboard.press('Escape'); // the problem closes
  await page.locator('.rb-problem[data-open]').waitFor({ state: 'detached' });
  await page.locator('.rb-back').click(); // back to the overview, through the embed's reducer
  await page.locator('.rb-area-list').waitFor();
  assert.equal(await page.locator('.rb-detail-slot').count(), 0);
  // Again: no second load.
  await page.locator('.rb-area-button').first().click();
  await page.locator('.rb-problem-button').first().waitFor();
  assert.equal((await detailRequests(page)).length, 2);
  assert.deepEqual(await cspViolations(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test("the bundle's own stylesheet (detail.css) is not requested by a plain load, and styles the listing from its first frame", async () => {
  const { page, context, problems } = await open(browser, server.url);
  await page.locator('.rb-bars .rb-mark').first().waitFor();
  await page.waitForTimeout(300);
  const css = () => page.evaluate(() => performance.getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname).filter((p) => p.endsWith('/detail/detail.css')));
  assert.deepEqual(await css(), []);
  // Its rules are not in board.css: unstyled, a problem's label would not be bold.
  await page.locator('.rb-area-button').nth(1).click();
  const first = page.locator('.rb-problem-button').first();
  await first.waitFor();
  const seen = await first.evaluate((button) => ({
    linked: !!button.getRootNode().querySelector('link[rel="stylesheet"][href$="detail/detail.css"]'),
    justify: getComputedStyle(button).justifyContent,
    label: getComputedStyle(button.querySelector('.rb-problem-label')).fontWeight,
  }));
  assert.deepEqual(seen, { linked: true, justify: 'flex-start', label: '700' });
  assert.ok((await css()).length >= 1);
  assert.deepEqual(await cspViolations(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('search loads the bundle on its first focus, keeps what was typed, and opens a result', async () => {
  const { page, context, problems } = await open(browser, server.url);
  await page.locator('.rb-bars .rb-mark').first().waitFor();
  assert.deepEqual(await detailRequests(page), []);
  await page.locator('.rb-search-input').focus();
  await page.keyboard.type('代理');
  await page.locator('.rb-hit').first().waitFor();
  assert.equal((await detailRequests(page)).length, 2);
  assert.equal(await page.locator('.rb-search-input').count(), 1, 'the stand-in has gone');
  assert.equal(await page.locator('.rb-search-input').inputValue(), '代理');
  assert.equal((await focused(page)).cls, 'rb-search-input', 'the focus stays in the box');
  await page.keyboard.press('Enter');
  await page.locator('.rb-problem[data-open] .rb-detail').waitFor();
  assert.deepEqual(await cspViolations(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a deep link loads the bundle at once, opens its problem and focuses it', async () => {
  const { page, context, problems } = await open(browser, `${server.url}#s2-a2-c6-p13`);
  await page.locator('.rb-problem[data-open] .rb-detail').waitFor();
  assert.equal(await page.locator('.rb-problem[data-open] .rb-problem-label').textContent(), '(13)');
  assert.equal((await focused(page)).cls, 'rb-problem-button');
  assert.equal((await detailRequests(page)).length, 2);
  assert.deepEqual(problems, []);
  await context.close();
});

test('from a sub-path under the strict CSP: the bundle comes from the sub-path and follows a language change', async () => {
  const sub = await serve({ root: DIST, prefix: '/portal/sub/' });
  try {
    const { page, context, problems } = await open(browser, sub.url);
    const requests = [];
    page.on('request', (q) => requests.push(new URL(q.url()).pathname));
    await page.locator('.rb-area-button').nth(1).click();
    await page.locator('.rb-problem-button').first().click();
    await page.locator('.rb-problem[data-open] .rb-detail').waitFor();
    assert.deepEqual((await detailRequests(page)).sort(), ['/portal/sub/detail/rectify-detail.js', '/portal/sub/detail/rectify-detail_bg.wasm']);
    await page.locator('.rb-lang', { hasText: 'English' }).click();
    await page.locator('.rb-back', { hasText: 'Back' }).waitFor();
    await page.locator('.rb-lang', { hasText: '繁體' }).click();
    await page.locator('.rb-detail-heading', { hasText: '整改措施' }).waitFor();
    await page.locator('.rb-back', { hasText: '返回' }).waitFor();
    // The interface's 繁體 words and the 繁體 table arrive separately (both
    // fetched on the switch): the report's text once the table is there.
    await page.locator('.rb-problem[data-open] .rb-detail', { hasText: '壓實主體責任' }).waitFor();
    const detail = await page.locator('.rb-problem[data-open] .rb-detail').textContent();
    await page.waitForFunction(() => true);
    assert.doesNotMatch(detail, /这|进|问题/, 'the report text in 繁體 too');
    assert.ok(requests.every((p) => p.startsWith('/portal/sub/')), requests.join(' '));
    assert.equal(requests.filter((p) => p.includes('s2t')).length, 1, 'the 繁體 table fetched once, by the embed');
    assert.deepEqual(await cspViolations(page), []);
    assert.deepEqual(problems, []);
    await context.close();
  } finally {
    await sub.close();
  }
});

test('when the bundle cannot be loaded: a calm error in the reader\'s language where the listing goes, and a retry that works', async () => {
  const { page, context } = await open(browser, server.url);
  await page.route('**/detail/**', (route) => route.abort());
  await page.locator('.rb-lang', { hasText: 'English' }).click();
  await page.locator('.rb-area-button').nth(1).click();
  const error = page.locator('.rb-detail-error[role="alert"]');
  await error.waitFor();
  assert.match(await error.textContent(), /The list of problems cannot be opened at the moment/);
  assert.equal(await page.locator('.rb-problem-button').count(), 0);
  await page.unroute('**/detail/**');
  await error.locator('.rb-retry', { hasText: 'Try again' }).click();
  await page.locator('.rb-problem-button').first().waitFor();
  assert.equal(await page.locator('.rb-detail-error').count(), 0);
  await context.close();
});
