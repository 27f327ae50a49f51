// Issue 9: an optional `meta.source.url` links to the original notice from
// the contact panel; an address that is not plain http(s) is refused when
// loading, with the error located at $.meta.source.url.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { setup, open, axe, hostPage, FIXTURES } from './helpers.mjs';
import { BUNDLED } from './fixtures.mjs';

let server;
let browser;

before(async () => {
  ({ server, browser } = await setup());
  const withUrl = (url) => {
    const r = JSON.parse(readFileSync(BUNDLED, 'utf8'));
    r.meta.source.url = url;
    return JSON.stringify(r);
  };
  writeFileSync(join(FIXTURES, 'source-url.json'), withUrl('https://www.example.gov.cn/zwgk/2025/0912.html'));
  writeFileSync(join(FIXTURES, 'source-js.json'), withUrl('javascript:alert(document.domain)'));
  writeFileSync(join(FIXTURES, 'source-bidi.json'), withUrl('https://example.org/\u202egpj.exe'));
  hostPage('source-url.html', '<div data-rectify-board data-src="/fixtures/source-url.json"></div>');
  hostPage('source-js.html', '<div data-rectify-board data-src="/fixtures/source-js.json"></div>');
  hostPage('source-bidi.html', '<div data-rectify-board data-lang="en" data-src="/fixtures/source-bidi.json"></div>');
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('the contact panel links to the original notice', async () => {
  const { page, context, problems } = await open(browser, `${server.url}fixtures/source-url.html`);
  const row = page.locator('.rb-contact-row', { hasText: '通报原文' });
  const link = row.locator('a.rb-contact-link');
  assert.equal(await link.textContent(), '查看通报原文');
  assert.equal(await link.getAttribute('href'), 'https://www.example.gov.cn/zwgk/2025/0912.html');
  // In print too.
  await page.emulateMedia({ media: 'print' });
  assert.ok(await link.isVisible());
  await page.emulateMedia({ media: 'screen' });
  assert.deepEqual(problems, []);
  assert.deepEqual(await axe(page), []);
  await context.close();
});

for (const [page_, lang] of [['source-js.html', 'zh'], ['source-bidi.html', 'en']]) {
  test(`a hostile link to the original is refused with a located error (${page_})`, async () => {
    const { page, context } = await open(browser, `${server.url}fixtures/${page_}`);
    const panel = page.locator('.rb-error');
    await panel.waitFor();
    assert.equal(await page.locator('.rb-board').count(), 0);
    await panel.locator('summary').click();
    const text = await panel.innerText();
    assert.match(text, /\$\.meta\.source\.url/);
    assert.match(text, lang === 'en' ? /http:\/\/ or https:\/\// : /http:\/\/ 或 https:\/\//);
    assert.equal(await page.locator('a[href^="javascript:"]').count(), 0);
    await context.close();
  });
}
