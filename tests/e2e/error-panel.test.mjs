// Issue 11, item 12: a broken or missing file on a public page gives citizens
// a calm message; the located technical details stay behind a toggle for the
// web editor, and an address that a link may have chosen is shown short, as
// code, after a fixed sentence.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';

import { setup, open, hostPage, axe, shot } from './helpers.mjs';

let server;
let browser;
const HOSTILE = `/NOTICE-${'CALL-400-123-4567-NOW-'.repeat(6)}refund.json?from=official`;

before(async () => {
  ({ server, browser } = await setup());
  hostPage('calm-missing.html', `<div data-rectify-board data-src="${HOSTILE}"></div>`);
  hostPage('calm-en.html', '<div data-rectify-board data-lang="en" data-src="/fixtures/truncated.json"></div>');
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('the public sees a calm message; details open on request; the address is short code', async () => {
  const { page, context, problems } = await open(browser, `${server.url}fixtures/calm-missing.html`);
  const panel = page.locator('.rb-error');
  await panel.waitFor();
  assert.equal(await panel.locator('.rb-error-title').textContent(), '整改数据暂时无法显示');
  assert.ok(await panel.locator('.rb-error-calm').isVisible());
  const src = panel.locator('code.rb-error-src');
  assert.equal(await src.isVisible(), false, 'technical details start closed');
  await panel.locator('summary').click();
  assert.ok(await src.isVisible());
  const shown = await src.textContent();
  assert.ok(shown.length <= 48, shown);
  assert.ok(!shown.includes('official') && shown.includes('…'), shown);
  assert.match(await panel.locator('.rb-error-file').textContent(), /^无法读取的数据文件：/);
  assert.match(await panel.textContent(), /HTTP 404/);
  // Before axe, which applies inline styles while it checks.
  assert.deepEqual(problems, []);
  assert.deepEqual(await axe(page), []);
  await shot(page, 'error-calm-1280.png');
  await context.close();
});

test('in English the panel has no Chinese interface text and the details are located', async () => {
  const { page, context } = await open(browser, `${server.url}fixtures/calm-en.html`);
  const panel = page.locator('.rb-error');
  await panel.locator('summary').click();
  const text = await panel.innerText();
  assert.match(text, /cannot be shown at the moment/);
  assert.match(text, /line \d+, column \d+/);
  assert.doesNotMatch(text.replace(await panel.locator('.rb-error-message').innerText(), ''), /[：，（）]/);
  await context.close();
});
