// Issue 10, "no waterfall": boot.js requests each widget's report (and the
// stylesheet) as soon as it runs, in parallel with the wasm, and the widget
// uses that response instead of fetching again. Checked from the page's own
// resource timing, under the strict CSP, at the root and from a sub-path,
// on a throttled network (as a reader's would be) so the order is clear.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';

import { serve } from './server.mjs';
import { DIST } from './fixtures.mjs';
import { setup, open, cspViolations, hostPage } from './helpers.mjs';

let server;
let browser;

before(async () => {
  ({ server, browser } = await setup());
  hostPage('prefetch-two.html', `
<div data-rectify-board data-src="/fixtures/seven.json" id="w1"></div>
<div data-rectify-board data-src="/fixtures/seven.json" data-lang="en" id="w2"></div>`);
  hostPage('prefetch-policy-off.html', '<div data-rectify-board data-src="/fixtures/seven.json"></div>');
  hostPage('prefetch-policy-on.html', '<div data-rectify-board data-src="/fixtures/seven.json" data-allow-src-param></div>');
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens `url` on a slow network (≈ 4 Mbit/s, 40 ms), records every request. */
async function openSlow(url) {
  const r = await open(browser, 'about:blank', { wait: false });
  const cdp = await r.context.newCDPSession(r.page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: 40, downloadThroughput: 500 * 1024, uploadThroughput: 500 * 1024,
  });
  const requests = [];
  r.page.on('request', (q) => requests.push(q.url()));
  await r.page.goto(url);
  await r.page.locator('.rb-board, .rb-error').first().waitFor({ timeout: 60_000 });
  const entries = await r.page.evaluate(() => performance.getEntriesByType('resource')
    .map((e) => ({ path: new URL(e.name).pathname, search: new URL(e.name).search, startTime: e.startTime, responseEnd: e.responseEnd })));
  return { ...r, requests, entries };
}

/** The report's request starts before the wasm has finished loading, once each. */
function assertParallel({ entries, requests }, json, prefix) {
  const wasm = entries.filter((e) => e.path === `${prefix}rectify-board_bg.wasm`);
  const data = entries.filter((e) => e.path === json);
  assert.equal(wasm.length, 1, `one wasm entry: ${JSON.stringify(entries)}`);
  assert.equal(data.length, 1, `one data entry (not fetched twice): ${JSON.stringify(entries)}`);
  assert.ok(data[0].startTime < wasm[0].responseEnd,
    `data starts at ${data[0].startTime.toFixed(0)} ms, wasm ends at ${wasm[0].responseEnd.toFixed(0)} ms`);
  const css = entries.filter((e) => e.path === `${prefix}board.css`);
  assert.ok(css.length >= 1 && css[0].startTime < wasm[0].responseEnd, `board.css before the wasm ends: ${JSON.stringify(css)}`);
  assert.equal(requests.filter((u) => new URL(u).pathname === json).length, 1, requests.join(' '));
}

test('the data request starts before the wasm finishes loading (strict CSP, bundled report)', async () => {
  const r = await openSlow(server.url);
  assertParallel(r, '/reports/zhongshan-finance-2025-09.json', '/');
  assert.equal((await r.page.locator('[data-figure=total] .rb-figure-value').textContent()).trim(), '31');
  assert.deepEqual(await cspViolations(r.page), []);
  assert.deepEqual(r.problems, []);
  await r.context.close();
});

test('the same from a sub-path (/portal/sub/), for the page and the iframe embed with ?src=', async () => {
  const sub = await serve({ root: DIST, prefix: '/portal/sub/' });
  try {
    for (const path of ['', 'embed.html?src=/portal/sub/reports/zhongshan-finance-2025-09.json']) {
      const r = await openSlow(sub.url + path);
      assertParallel(r, '/portal/sub/reports/zhongshan-finance-2025-09.json', '/portal/sub/');
      assert.ok(r.requests.every((u) => new URL(u).pathname.startsWith('/portal/sub/')), r.requests.join(' '));
      assert.equal((await r.page.locator('[data-figure=total] .rb-figure-value').textContent()).trim(), '31');
      assert.deepEqual(await cspViolations(r.page), []);
      assert.deepEqual(r.problems, []);
      await r.context.close();
    }
  } finally {
    await sub.close();
  }
});

test('two widgets on one report: one request, both drawn', async () => {
  const r = await openSlow(`${server.url}fixtures/prefetch-two.html`);
  await r.page.locator('#w2 .rb-board').waitFor();
  assert.equal(await r.page.locator('.rb-board').count(), 2);
  assert.equal(r.requests.filter((u) => u.endsWith('/fixtures/seven.json')).length, 1, r.requests.join(' '));
  assert.deepEqual(r.problems, []);
  await r.context.close();
});

test('?src= is prefetched only as the widget would use it (data-allow-src-param, same origin)', async () => {
  const other = `${server.url}fixtures/stated.json`;
  // Without data-allow-src-param, ?src= is never requested.
  let r = await openSlow(`${server.url}fixtures/prefetch-policy-off.html?src=${encodeURIComponent(other)}`);
  assert.ok(!r.requests.some((u) => u.endsWith('/fixtures/stated.json')), r.requests.join(' '));
  assert.equal(r.requests.filter((u) => u.endsWith('/fixtures/seven.json')).length, 1, r.requests.join(' '));
  await r.context.close();
  // With it, a same-origin ?src= replaces data-src, fetched once.
  r = await openSlow(`${server.url}fixtures/prefetch-policy-on.html?src=${encodeURIComponent(other)}`);
  assert.equal(r.requests.filter((u) => u.endsWith('/fixtures/stated.json')).length, 1, r.requests.join(' '));
  assert.ok(!r.requests.some((u) => u.endsWith('/fixtures/seven.json')), r.requests.join(' '));
  await r.context.close();
  // Another origin's ?src= is neither requested nor shown, nor replaced by
  // data-src (issue 11, item 3): the error panel says why.
  const foreign = 'http://localhost:1/evil.json';
  r = await openSlow(`${server.url}fixtures/prefetch-policy-on.html?src=${encodeURIComponent(foreign)}`);
  assert.ok(!r.requests.some((u) => new URL(u).pathname === '/evil.json'), r.requests.join(' '));
  assert.ok(!r.requests.some((u) => new URL(u).pathname.endsWith('.json')), r.requests.join(' '));
  assert.equal(await r.page.locator('.rb-error').count(), 1);
  await r.context.close();
});

test('a later data-src change fetches the new report', async () => {
  const r = await openSlow(`${server.url}fixtures/prefetch-policy-off.html`);
  await r.page.locator('.rb-board').waitFor();
  await r.page.evaluate(() => document.querySelector('[data-rectify-board]').setAttribute('data-src', '/fixtures/stated.json'));
  await r.page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/fixtures/stated.json')));
  await r.page.evaluate(() => document.querySelector('[data-rectify-board]').setAttribute('data-src', '/fixtures/seven.json'));
  await r.page.waitForFunction(() => performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/fixtures/seven.json')).length === 2);
  await r.page.locator('.rb-board').waitFor();
  assert.deepEqual(r.problems, []);
  await r.context.close();
});
