// Issue 7, bugs 1 and 2: a response that arrives late must not overwrite
// what the reader (or the host page) chose since. The test server holds
// the response back (`?delay=MS`, `server.delay(path, MS)`), so the race is
// provoked every time rather than by chance.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';

import { setup, open, cspViolations, hostPage } from './helpers.mjs';

const DELAY = 1500;
/** After a late response: time for the widget to parse and render it if it (wrongly) would. */
const SETTLE = 1500;

let server;
let browser;

before(async () => {
  ({ server, browser } = await setup());
  hostPage('race-src.html', `<div data-rectify-board id="w" data-src="/fixtures/seven.json?delay=${DELAY}"></div>`);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('a 繁體 table that arrives after the reader went back to 简体 is not applied', async () => {
  const { page, context, problems } = await open(browser, server.url);
  const title = page.locator('.rb-title');
  assert.match(await title.textContent(), /中共中山市财政局党组/);
  server.delay('/i18n/s2t.txt', DELAY);
  try {
    const late = page.waitForResponse((r) => new URL(r.url()).pathname === '/i18n/s2t.txt', { timeout: 30_000 });
    await page.locator('.rb-lang', { hasText: '繁體' }).click();
    await page.locator('.rb-lang', { hasText: '简体' }).click();
    const response = await late;
    assert.equal(response.status(), 200);
  } finally {
    server.delay('/i18n/s2t.txt', 0);
  }
  await page.waitForTimeout(SETTLE);
  // Still 简体: the interface, the reader's choice and the report's own text.
  assert.equal(await page.locator('.rb').getAttribute('lang'), 'zh-Hans');
  assert.equal(await page.locator('.rb-lang[aria-pressed="true"]').textContent(), '简体');
  const shown = await title.textContent();
  assert.match(shown, /中共中山市财政局党组/, `繁體 text in the 简体 interface: ${shown}`);
  assert.doesNotMatch(shown, /財政局|黨組|進展/);
  assert.match(await page.locator('[data-figure=total] .rb-figure-label').textContent(), /问题总数/);
  assert.equal(await page.locator('.rb-note').count(), 0);
  // Choosing 繁體 again still works.
  await page.locator('.rb-lang', { hasText: '繁體' }).click();
  await page.locator('.rb-title', { hasText: '中共中山市財政局黨組' }).waitFor();
  assert.deepEqual(await cspViolations(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a slow report for an old data-src does not replace the report of the new one', async () => {
  const { page, context, problems } = await open(browser, server.url + 'fixtures/race-src.html', { wait: false });
  const late = page.waitForResponse((r) => new URL(r.url()).pathname === '/fixtures/seven.json', { timeout: 30_000 });
  // The widget is waiting for report A (held back); the host page switches to report B.
  await page.locator('#w .rb-loading, #w .rb-board').first().waitFor();
  await page.evaluate(() => document.getElementById('w').setAttribute('data-src', '/reports/zhongshan-finance-2025-09.json'));
  const title = page.locator('#w .rb-title');
  await page.locator('#w .rb-title', { hasText: '中共中山市财政局党组' }).waitFor();
  assert.equal((await late).status(), 200);
  await page.waitForTimeout(SETTLE);
  const shown = await title.textContent();
  assert.match(shown, /中共中山市财政局党组/, `the older report replaced the newer one: ${shown}`);
  assert.equal((await page.locator('#w [data-figure=total] .rb-figure-value').textContent()).trim(), '31');
  assert.deepEqual(await cspViolations(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});
