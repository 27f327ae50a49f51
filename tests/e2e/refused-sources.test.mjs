// Issue 11, item 3: a page address that names a data file the widget may not
// show (another site, data:, javascript:, not an address) gives the error
// panel, and never the bundled 中山市财政局 report in its place; nothing is
// requested for it. The snippet generator checks the address too.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';

import { setup, open, hostPage, axe, cspViolations } from './helpers.mjs';

let server;
let browser;

before(async () => {
  ({ server, browser } = await setup());
  hostPage('refused-src.html', '<div data-rectify-board data-allow-src-param data-src="/fixtures/seven.json"></div>');
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens `page` with `?src=given`; returns the panel's text, the requests and the page. */
async function refused(page, given, lang) {
  const q = new URLSearchParams({ src: given, ...(lang ? { lang } : {}) });
  const r = await open(browser, `${server.url}${page}?${q}`, { wait: false });
  const requests = [];
  r.page.on('request', (req) => requests.push(req.url()));
  const panel = r.page.locator('.rb-error');
  await panel.waitFor({ timeout: 30_000 });
  await panel.locator('summary').click();
  return { ...r, panel, text: await panel.innerText(), requests };
}

const OTHER = () => `http://localhost:${server.port}/fixtures/seven.json`; // another origin than 127.0.0.1

test('embed.html with another site\'s ?src= shows the error panel, not the bundled report', async () => {
  const { page, context, panel, text, problems } = await refused('embed.html', OTHER());
  assert.equal(await page.locator('.rb-board').count(), 0, 'no board at all');
  assert.match(text, /整改数据暂时无法显示/);
  assert.match(text, new RegExp(`（http://localhost:${server.port}）不在本网站`));
  assert.equal(await panel.locator('.rb-retry').count(), 0, 'trying again cannot help');
  assert.doesNotMatch(await page.content(), /中山市财政局/);
  assert.deepEqual(problems, []);
  assert.deepEqual(await cspViolations(page), []);
  assert.deepEqual(await axe(page), []);
  await context.close();
});

test('data: and javascript: sources are refused by their scheme; no report is requested', async () => {
  const cases = [
    ['data:application/json,{"format":"rectify-board/1"}', 'data:'],
    ['javascript:alert(1)', 'javascript:'],
    ['blob:http://127.0.0.1/x', 'blob:'],
  ];
  for (const [given, scheme] of cases) {
    // Before the page loads, so boot.js's early requests are seen too.
    const q = new URLSearchParams({ src: given });
    const context = await browser.newContext();
    const page = await context.newPage();
    const requests = [];
    page.on('request', (req) => requests.push(new URL(req.url()).pathname));
    await page.goto(`${server.url}embed.html?${q}`);
    const panel = page.locator('.rb-error');
    await panel.waitFor({ timeout: 30_000 });
    await panel.locator('summary').click();
    assert.match(await panel.innerText(), new RegExp(`（${scheme}）不在本网站`), given);
    assert.equal(await page.locator('.rb-board').count(), 0, given);
    assert.ok(!requests.some((p) => p.endsWith('.json')), `${given}: ${requests.join(' ')}`);
    await context.close();
  }
});

test('a host page that allows ?src= refuses another site\'s file instead of falling back to data-src', async () => {
  const { page, context, text } = await refused('fixtures/refused-src.html', OTHER(), 'en');
  assert.equal(await page.locator('.rb-board').count(), 0);
  assert.match(text, /not on this site; it is not shown/);
  await context.close();
});

test('the snippet generator refuses data:, javascript: and, for an iframe, another site\'s file', async () => {
  const { page, context, problems } = await open(browser, server.url + 'snippet.html', { wait: false });
  const code = () => page.locator('#code').inputValue();
  const note = page.locator('#src-note');
  await page.waitForFunction(() => document.querySelector('#code').value.length > 0);
  assert.equal((await note.textContent()).trim(), '');
  for (const bad of ['data:application/json,{}', 'javascript:alert(1)', ' JavaScript:alert(1)']) {
    await page.locator('#src').fill(bad);
    assert.equal(await code(), '', bad);
    assert.match(await note.textContent(), /不是网站上的文件/, bad);
    assert.ok(await page.locator('#copy').isDisabled());
  }
  const other = 'https://other.example/reports/a.json';
  await page.locator('#src').fill(other);
  assert.match(await code(), /data-src="https:\/\/other\.example\/reports\/a\.json"/);
  assert.match(await note.textContent(), /其他网站（https:\/\/other\.example）.*跨域/);
  await page.locator('input[value="iframe"]').check();
  assert.equal(await code(), '');
  assert.match(await note.textContent(), /iframe 嵌入只能显示本网站/);
  await page.locator('#src').fill('reports/zhongshan-finance-2025-09.json');
  assert.match(await code(), /<iframe /);
  assert.equal((await note.textContent()).trim(), '');
  assert.ok(await page.locator('#copy').isEnabled());
  assert.deepEqual(await cspViolations(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});
