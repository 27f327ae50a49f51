// Issue 4, point 4 and 6: embedding. Script embed (several widgets, styles
// isolated both ways by shadow DOM, theming by custom properties), data-src
// policy, data-height, iframe embed with its height message, the snippet
// generator, a sub-path deployment, and no CSP violation on any page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { serve } from './server.mjs';
import { DIST } from './fixtures.mjs';
import { setup, open, cspViolations, shot, hostPage, FIXTURES } from './helpers.mjs';

let server;
let browser;

before(async () => {
  ({ server, browser } = await setup());
  // A portal page whose own CSS is hostile to anything it could reach.
  writeFileSync(join(FIXTURES, 'hostile.css'), `
body { font: 12px/1 serif; color: #c00; background: #ffe; }
button { background: red !important; height: 10px; font-size: 8px !important; border: 0; }
p, h2, table, td, th, li { color: red !important; margin: 40px; }
svg, .rb-mark { display: none !important; }
.rb, .rb-title, .rb-board { display: none !important; color: red; }
[data-rectify-board].themed { --rb-brand: #005bac; --rb-font: serif; }
`);
  hostPage('multi.html', `
<p class="rb-title" id="outside">门户自己的段落（class 与组件同名）</p>
<div data-rectify-board data-src="/fixtures/seven.json" data-lang="en" id="w1"></div>
<div data-rectify-board data-mode="elderly" class="themed" id="w2"></div>`, {
    head: '<link rel="stylesheet" href="/fixtures/hostile.css">',
  });
  hostPage('policy-off.html', '<div data-rectify-board></div>');
  hostPage('policy-on.html', '<div data-rectify-board data-allow-src-param></div>');
  hostPage('height.html', '<div data-rectify-board data-height="400"></div>');
  writeFileSync(join(FIXTURES, 'collect.js'),
    "window.__messages = []; addEventListener('message', (e) => window.__messages.push({ data: e.data, origin: e.origin }));\n");
  writeFileSync(join(FIXTURES, 'iframe-parent.html'), `<!doctype html>
<html lang="zh-Hans"><head><meta charset="utf-8"><title>iframe 嵌入测试</title>
<script type="module" src="/fixtures/collect.js"></script>
<script type="module" src="/extras/embed-parent.js"></script>
</head><body><main><h1>门户页面</h1>
<iframe data-rectify-board-frame title="整改看板" src="/embed.html?src=/fixtures/seven.json&amp;id=board-a" width="100%" height="150"></iframe>
</main></body></html>`);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('several widgets on one page; the portal CSS cannot break them and theirs does not leak', async () => {
  const { page, context, problems } = await open(browser, server.url + 'fixtures/multi.html');
  await page.locator('#w2 [data-elderly] .rb-board').waitFor();
  await page.locator('#w1 .rb-board').waitFor();
  assert.equal(await page.locator('.rb-board').count(), 2);
  // Each widget has its own data, language and mode.
  assert.equal((await page.locator('#w1 [data-figure=total] .rb-figure-value').textContent()).trim(), '7');
  assert.match(await page.locator('#w1 [data-figure=total] .rb-figure-label').textContent(), /Problems/);
  assert.equal((await page.locator('#w2 [data-figure=total] .rb-figure-value').textContent()).trim(), '31');
  // The portal's rules do not reach inside: charts and buttons look as designed.
  assert.ok(await page.locator('#w1 .rb-donut svg').isVisible());
  const w1 = await page.locator('#w1 .rb-title').evaluate((e) => ({ color: getComputedStyle(e).color, font: getComputedStyle(e).fontFamily }));
  assert.equal(w1.color, 'rgb(179, 38, 30)');
  const btn = await page.locator('#w1 .rb-lang').first().evaluate((e) => ({ bg: getComputedStyle(e).backgroundColor, h: e.getBoundingClientRect().height }));
  assert.notEqual(btn.bg, 'rgb(255, 0, 0)');
  assert.ok(btn.h >= 24);
  // Theming through custom properties on the host element.
  const w2 = await page.locator('#w2 .rb-title').evaluate((e) => ({ color: getComputedStyle(e).color, font: getComputedStyle(e).fontFamily }));
  assert.equal(w2.color, 'rgb(0, 91, 172)');
  assert.equal(w2.font, 'serif');
  // The widget's rules do not leak out: the portal's own .rb-title keeps the portal's style.
  const outside = await page.locator('#outside').evaluate((e) => ({ color: getComputedStyle(e).color, size: getComputedStyle(e).fontSize }));
  assert.equal(outside.color, 'rgb(255, 0, 0)');
  assert.equal(outside.size, '12px');
  // Keyboard and ids work per widget (ids are unique per shadow root).
  await page.locator('#w1 .rb-bars .rb-mark[tabindex="0"]').focus();
  await page.keyboard.press('Enter');
  await page.locator('#w1 .rb-area-title').waitFor();
  assert.equal(await page.locator('#w2 .rb-area-title').count(), 0);
  await shot(page, 'multi-hostile.png');
  assert.deepEqual(await cspViolations(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the data source is set by the host page; ?src= only where allowed, and only same-origin', async () => {
  const seven = '/fixtures/seven.json';
  const total = async (page) => (await page.locator('[data-figure=total] .rb-figure-value').textContent()).trim();
  let r = await open(browser, `${server.url}fixtures/policy-off.html?src=${seven}`);
  assert.equal(await total(r.page), '31', 'query string must be ignored by default');
  await r.context.close();
  r = await open(browser, `${server.url}fixtures/policy-on.html?src=${seven}`);
  assert.equal(await total(r.page), '7', 'allowed by data-allow-src-param');
  await r.context.close();
  const other = `http://localhost:${server.port}${seven}`; // another origin than 127.0.0.1
  r = await open(browser, `${server.url}fixtures/policy-on.html?src=${encodeURIComponent(other)}`);
  // Refused with the error panel, never replaced by the bundled report.
  assert.equal(await r.page.locator('.rb-error').count(), 1, 'cross-origin src must be refused');
  assert.equal(await r.page.locator('.rb-board').count(), 0);
  await r.context.close();
});

test('data-height gives the widget a fixed height, scrolling inside (keyboard-scrollable)', async () => {
  const { page, context } = await open(browser, server.url + 'fixtures/height.html');
  const box = await page.locator('.rb').evaluate((e) => ({ h: e.getBoundingClientRect().height, sh: e.scrollHeight, tab: e.getAttribute('tabindex') }));
  assert.ok(box.h <= 401 && box.h >= 399, JSON.stringify(box));
  assert.ok(box.sh > box.h);
  assert.equal(box.tab, '0');
  await context.close();
});

test('iframe embed: the page reports its height by postMessage; the parent snippet checks the source', async () => {
  const { page, context, problems } = await open(browser, server.url + 'fixtures/iframe-parent.html', { wait: false });
  const frame = page.locator('iframe[data-rectify-board-frame]');
  await page.waitForFunction(() => Number(document.querySelector('iframe').dataset.reportedHeight) > 400, null, { timeout: 30_000 });
  // The board draws in two frames (headline and charts, then the rest), so
  // a second, taller height follows the first: wait until the frame has
  // taken the latest one.
  await page.waitForFunction(() => {
    const hs = window.__messages.filter((m) => m.data && m.data.type === 'rectify-board:height');
    const f = document.querySelector('iframe');
    return hs.length > 0 && f.clientHeight === Math.max(100, Math.round(hs.at(-1).data.height));
  }, null, { timeout: 30_000 });
  const msgs = await page.evaluate(() => window.__messages.filter((m) => m.data && m.data.type === 'rectify-board:height'));
  assert.ok(msgs.length >= 1);
  const last = msgs.at(-1);
  assert.equal(last.origin, server.origin);
  assert.equal(last.data.id, 'board-a');
  assert.equal(typeof last.data.height, 'number');
  const h = await frame.evaluate((f) => f.clientHeight); // the content box, without the frame's border
  assert.equal(h, Math.max(100, Math.round(last.data.height)));
  // The inner page shows the same-origin report it was given (7 problems).
  const inner = page.frameLocator('iframe[data-rectify-board-frame]');
  assert.equal((await inner.locator('[data-figure=total] .rb-figure-value').textContent()).trim(), '7');
  // A message that does not come from the iframe is ignored.
  await page.evaluate(() => window.postMessage({ type: 'rectify-board:height', height: 123, id: 'board-a' }, '*'));
  await page.waitForTimeout(200);
  assert.equal(await frame.evaluate((f) => f.clientHeight), h);
  await shot(page, 'iframe-embed.png');
  assert.deepEqual(await cspViolations(page), []);
  const innerCsp = await page.frames()[1].evaluate(() => window.__csp || []);
  assert.deepEqual(innerCsp, []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the snippet generator makes script and iframe snippets (no inline script)', async () => {
  const { page, context, problems } = await open(browser, server.url + 'snippet.html', { wait: false });
  await page.locator('#code').waitFor();
  await page.waitForFunction(() => document.querySelector('#code').value.length > 0);
  let code = await page.locator('#code').inputValue();
  assert.match(code, /<div data-rectify-board data-src="http:\/\/127\.0\.0\.1:\d+\/reports\/zhongshan-finance-2025-09\.json" data-lang="zh-Hans"><\/div>/);
  assert.match(code, /<script type="module" src="http:\/\/127\.0\.0\.1:\d+\/boot\.js"><\/script>/);
  await page.locator('#lang').selectOption('zh-Hant');
  await page.locator('#mode').selectOption('elderly');
  await page.locator('input[value="iframe"]').check();
  code = await page.locator('#code').inputValue();
  assert.match(code, /<iframe data-rectify-board-frame title="整改看板" src="[^"]+\/embed\.html\?src=[^"]+&amp;lang=zh-Hant&amp;id=rectify-board-1&amp;mode=elderly"/);
  assert.match(code, /extras\/embed-parent\.js/);
  await shot(page, 'snippet.png');
  assert.deepEqual(await cspViolations(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('deployable under a sub-path (/portal/sub/): bundle, data, 繁體 table and exports load', async () => {
  const sub = await serve({ root: DIST, prefix: '/portal/sub/' });
  try {
    const { page, context, problems } = await open(browser, sub.url, { wait: false });
    const requests = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.locator('.rb-board').waitFor();
    assert.equal((await page.locator('[data-figure=total] .rb-figure-value').textContent()).trim(), '31');
    await page.locator('.rb-lang', { hasText: '繁體' }).click();
    await page.locator('.rb-title', { hasText: '進展情況' }).waitFor();
    const [dl] = await Promise.all([page.waitForEvent('download'), page.locator('.rb-export-csv').click()]);
    assert.equal(dl.suggestedFilename(), 'rectify-problems.csv');
    assert.ok(requests.every((p) => p.startsWith('/portal/sub/')), requests.join(' '));
    assert.ok(requests.includes('/portal/sub/i18n/s2t.txt'));
    assert.ok(requests.includes('/portal/sub/extras/export.js'));
    assert.deepEqual(await cspViolations(page), []);
    assert.deepEqual(problems, []);
    await context.close();
  } finally {
    await sub.close();
  }
});

test('no Content-Security-Policy violation on any page (served with the strict header)', async () => {
  const pages = ['', 'fixtures/seven.html', 'fixtures/multi.html', 'fixtures/english.html', 'fixtures/bad-status.html',
    'embed.html?src=/fixtures/seven.json', 'fixtures/policy-on.html?src=/fixtures/seven.json', 'fixtures/height.html'];
  for (const p of pages) {
    const { page, context, problems } = await open(browser, server.url + p);
    const res = await page.request.get(server.url + p);
    assert.match(res.headers()['content-security-policy'], /default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'/);
    // Interact a little: language, elderly mode, tables, drill-down.
    if (await page.locator('.rb-board').count()) {
      await page.locator('.rb-lang').nth(1).first().click();
      await page.locator('.rb-mode').first().click();
      await page.locator('.rb-area-button').first().click();
      await page.waitForTimeout(300);
    }
    assert.deepEqual(await cspViolations(page), [], `CSP violations on /${p}`);
    assert.deepEqual(problems, [], `errors on /${p}`);
    await context.close();
  }
});
