// Issue 9, 联系我们 / 公示期: phone as a tel: link, email as a mailto: link,
// address and postcode, the 公示期 and whether it is open on the day viewed
// (the browser's day); on screen and in print.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';

import { setup, open, axe, shot, hostPage } from './helpers.mjs';

let server;
let browser;

before(async () => {
  ({ server, browser } = await setup());
  hostPage('blank.html', '');
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const text = async (locator) => (await locator.textContent()).replace(/\s+/g, ' ').trim();

/** The bundled report viewed on `day` (the browser's clock set to it). */
async function openOn(day, opts) {
  const opened = await open(browser, `${server.url}fixtures/blank.html`, { ...opts, wait: false });
  await opened.page.clock.setFixedTime(new Date(`${day}T10:00:00`));
  await opened.page.goto(server.url);
  await opened.page.locator('.rb-board').waitFor();
  return opened;
}

for (const width of [1280, 360]) {
  test(`the contact panel: tel: and mailto: links, address, 公示期 open on the day viewed (${width} px)`, async () => {
    const { page, context, problems } = await openOn('2025-09-20', { width });
    const panel = page.locator('.rb-contact');
    assert.equal(await text(panel.locator('.rb-contact-title')), '联系我们 · 公示期');
    const tel = panel.locator('a[href^="tel:"]');
    assert.equal(await text(tel), '0760-88266496');
    assert.match(await tel.getAttribute('href'), /^tel:[+\d-]+$/);
    const mail = panel.locator('a[href^="mailto:"]');
    assert.equal(await mail.getAttribute('href'), 'mailto:czrs406@163.com');
    assert.equal(await text(mail), 'czrs406@163.com');
    const rows = await panel.locator('.rb-contact-row').allTextContents();
    for (const expected of [
      '通信地址：中山市兴中道63号406室',
      '邮政编码：528403',
      '公示期：2025年9月12日至2025年9月26日，公示中，还剩7天',
    ]) {
      assert.ok(rows.includes(expected), `${expected} in ${rows.join(' | ')}`);
    }
    await panel.scrollIntoViewIfNeeded();
    await shot(page, `contact-${width}.png`);
    assert.deepEqual(problems, []);
    assert.deepEqual(await axe(page), [], 'axe with the contact panel');
    await page.emulateMedia({ media: 'print' });
    assert.ok(await panel.isVisible(), 'the contact panel is printed');
    assert.ok(await tel.isVisible());
    await context.close();
  });
}

test('after the 公示期 the panel says it has closed', async () => {
  const { page, context, problems } = await openOn('2025-10-08');
  const rows = await page.locator('.rb-contact-row').allTextContents();
  assert.ok(rows.includes('公示期：2025年9月12日至2025年9月26日，已结束'), rows.join(' | '));
  assert.deepEqual(problems, []);
  await context.close();
});
