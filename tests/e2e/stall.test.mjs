// Issue 11, item 4: a data fetch that makes no progress (no headers, or a
// body that stops) ends in the error panel with a keyboard-operable retry
// button in the reader's language, after the stall timeout (data-timeout, in
// seconds; 30 by default); a slow download that keeps going is not cut off
// and shows how much has arrived.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';

import { setup, open, hostPage, axe, focused } from './helpers.mjs';

let server;
let browser;

before(async () => {
  ({ server, browser } = await setup());
  hostPage('stall-body.html', '<div data-rectify-board data-timeout="1" data-src="/fixtures/seven.json"></div>');
  hostPage('stall-head.html', '<div data-rectify-board data-timeout="1" data-lang="zh-Hant" data-src="/fixtures/bad-status.json"></div>');
  hostPage('stall-en.html', '<div data-rectify-board data-timeout="0.5" data-lang="en" data-src="/fixtures/stated.json"></div>');
  hostPage('trickle.html', '<div data-rectify-board data-timeout="2" data-src="/fixtures/ten-thousand.json?trickle=700"></div>');
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function stalledPanel(page) {
  const panel = page.locator('.rb-error');
  await panel.waitFor({ timeout: 15_000 });
  return panel;
}

test('a body that stops ends in the error panel; the retry button (keyboard) loads it', async () => {
  server.stall('/fixtures/seven.json', 200);
  try {
    const started = Date.now();
    const { page, context, problems } = await open(browser, `${server.url}fixtures/stall-body.html`, { wait: false });
    const panel = await stalledPanel(page);
    assert.ok(Date.now() - started < 10_000);
    await panel.locator('summary').click();
    assert.match(await panel.innerText(), /1 秒内未收到数据，已停止等待/);
    const retry = panel.locator('button.rb-retry');
    assert.equal((await retry.textContent()).trim(), '重新加载');
    assert.deepEqual(problems, []);
    assert.deepEqual(await axe(page), []);
    server.stall('/fixtures/seven.json', null);
    await retry.focus();
    assert.equal((await focused(page)).cls, 'rb-retry');
    await page.keyboard.press('Enter');
    await page.locator('.rb-board').waitFor();
    assert.match(await page.locator('.rb-title').textContent(), /7个问题/);
    await context.close();
  } finally {
    server.stall('/fixtures/seven.json', null);
  }
});

test('no answer at all ends the same way, in 繁體', async () => {
  server.delay('/fixtures/bad-status.json', 20_000);
  try {
    const { page, context } = await open(browser, `${server.url}fixtures/stall-head.html`, { wait: false });
    const panel = await stalledPanel(page);
    await panel.locator('summary').click();
    assert.match(await panel.innerText(), /1 秒內未收到資料/);
    assert.equal((await panel.locator('.rb-retry').textContent()).trim(), '重新載入');
    await context.close();
  } finally {
    server.delay('/fixtures/bad-status.json', 0);
  }
});

test('in English', async () => {
  server.stall('/fixtures/stated.json', 0);
  try {
    const { page, context } = await open(browser, `${server.url}fixtures/stall-en.html`, { wait: false });
    const panel = await stalledPanel(page);
    await panel.locator('summary').click();
    assert.match(await panel.innerText(), /Nothing arrived for 1 s; stopped waiting/);
    assert.equal((await panel.locator('.rb-retry').textContent()).trim(), 'Try again');
    await context.close();
  } finally {
    server.stall('/fixtures/stated.json', null);
  }
});

test('a slow download that keeps going is not cut off, and shows its progress', async () => {
  const { page, context, problems } = await open(browser, `${server.url}fixtures/trickle.html`, { wait: false });
  const progress = page.locator('.rb-loading-progress');
  await progress.waitFor({ timeout: 15_000 });
  assert.match(await progress.textContent(), /^已接收 \d+(\.\d)? [KM]B \/ 5\.2 MB（\d{1,2}%）$/);
  await page.locator('.rb-board').waitFor({ timeout: 30_000 });
  assert.equal(await page.locator('.rb-error').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});
