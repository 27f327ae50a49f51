// Issue 9, elderly mode and phones: every chart text is at least 18 px as
// rendered (font size times the SVG's scale) at 1280 and 360 px, and table
// cells never break a number (no one digit per line at 360 px); bar
// captions wrap to two lines instead of being cut.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';

import { setup, open, axe, shot, hostPage } from './helpers.mjs';

let server;
let browser;

before(async () => {
  ({ server, browser } = await setup());
  hostPage('elderly-phone.html', '<div data-rectify-board data-mode="elderly" data-src="/reports/zhongshan-finance-2025-09.json"></div>');
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Every visible SVG text of the widget: its text and rendered size in px. */
function chartTextSizes(page) {
  return page.evaluate(() => {
    const root = document.querySelector('[data-rectify-board]').shadowRoot;
    return [...root.querySelectorAll('svg.rb-svg text')]
      .filter((t) => t.getBBox().width > 0)
      .map((t) => {
        const svg = t.ownerSVGElement;
        const scale = svg.getScreenCTM().a;
        return { text: t.textContent, px: parseFloat(getComputedStyle(t).fontSize) * scale };
      });
  });
}

/** Table cells whose number is broken over lines. */
function brokenNumbers(page) {
  return page.evaluate(() => {
    const root = document.querySelector('[data-rectify-board]').shadowRoot;
    return [...root.querySelectorAll('.rb-table td, .rb-table th')]
      .filter((c) => /^\s*[\d.,%]+\s*$/.test(c.textContent) && c.offsetParent)
      .filter((c) => {
        const r = document.createRange();
        r.selectNodeContents(c);
        return r.getClientRects().length > 1;
      })
      .map((c) => c.textContent);
  });
}

for (const width of [1280, 360]) {
  test(`elderly mode at ${width} px: chart text ≥ 18 px, numbers in tables whole, no sideways scroll`, async () => {
    const { page, context, problems } = await open(browser, `${server.url}fixtures/elderly-phone.html`, { width, height: 900 });
    await page.locator('.rb-bars .rb-mark').first().waitFor();
    await page.waitForTimeout(400); // the layout is measured again once the stylesheet applies
    const sizes = await chartTextSizes(page);
    assert.ok(sizes.length >= 8, `${sizes.length} chart texts`);
    const small = sizes.filter((s) => s.px < 18 - 0.01).map((s) => `${s.text}: ${s.px.toFixed(1)}px`);
    assert.deepEqual(small, []);
    // Area names wrap to two lines rather than being cut with "…".
    const captions = await page.locator('.rb-bar-caption').allTextContents();
    assert.ok(captions.every((c) => !c.endsWith('…')), captions.join(' | '));
    assert.ok(captions.join('').includes('(二)聚焦党中央决策部署在基层贯彻落实情况'));
    await page.locator('.rb-bars .rb-table').waitFor();
    assert.deepEqual(await brokenNumbers(page), []);
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(scroll <= width, `page ${scroll}px wide at ${width}px`);
    await shot(page, `elderly-${width}.png`);
    assert.deepEqual(problems, []);
    assert.deepEqual(await axe(page), []);
    await context.close();
  });
}
