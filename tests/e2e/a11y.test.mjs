// Issue 4, point 1 and 2: accessibility (axe per mode, keyboard, focus,
// tables, patterns, reflow, zoom, target sizes) and elderly mode.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { setup, open, axe, focused, shot, hostPage, FIXTURES } from './helpers.mjs';

let server;
let browser;

before(async () => {
  ({ server, browser } = await setup());
  hostPage('elderly.html', '<div data-rectify-board data-mode="elderly" data-src="/reports/zhongshan-finance-2025-09.json"></div>');
  hostPage('hant.html', '<div data-rectify-board data-lang="zh-Hant" data-src="/reports/zhongshan-finance-2025-09.json"></div>');
  hostPage('en-bundled.html', '<div data-rectify-board data-lang="en" data-src="/reports/zhongshan-finance-2025-09.json"></div>');
  hostPage('zoom200.html', '<div data-rectify-board data-src="/reports/zhongshan-finance-2025-09.json"></div>', {
    head: '<link rel="stylesheet" href="/fixtures/zoom200.css">',
  });
  // 200% text size set by the portal (as its large-text tools do).
  writeFileSync(join(FIXTURES, 'zoom200.css'), 'html { font-size: 200%; } body { margin: 0; }');
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const MODES = [
  ['default-1280', '', {}],
  ['phone-360', '', { width: 360, height: 800 }],
  ['elderly', 'fixtures/elderly.html', {}],
  ['dark', '', { context: { colorScheme: 'dark' } }],
  ['high-contrast', '', { context: { forcedColors: 'active' } }],
  ['hant', 'fixtures/hant.html', {}],
  ['english', 'fixtures/en-bundled.html', {}],
];

for (const [name, path, opts] of MODES) {
  test(`axe-core: no WCAG 2.2 A/AA violations — ${name} (overview, tables open, drill-down)`, async () => {
    const { page, context, problems } = await open(browser, server.url + path, opts);
    if (name === 'hant') await page.locator('.rb-title', { hasText: '進展情況' }).waitFor();
    await page.locator('.rb-bars .rb-mark').first().waitFor();
    // (axe itself applies inline styles while it checks: errors are taken before it runs.)
    assert.deepEqual(problems, []);
    assert.deepEqual(await axe(page), [], `axe on ${name} overview`);
    await shot(page, `mode-${name}.png`);
    // Tables open (elderly mode opens them itself).
    for (const chart of ['.rb-donut', '.rb-bars']) {
      const toggle = page.locator(`${chart} .rb-table-toggle`);
      if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
    }
    await page.locator('.rb-bars .rb-table').waitFor();
    assert.deepEqual(await axe(page), [], `axe on ${name} with tables`);
    await page.locator('.rb-area-button').first().click();
    await page.locator('.rb-problem-button').first().click();
    assert.deepEqual(await axe(page), [], `axe on ${name} drill-down`);
    await shot(page, `mode-${name}-drilldown.png`);
    // A legend filter on: the note that says what is filtered, with its button.
    await page.locator('.rb-legend-item').first().click();
    await page.locator('.rb-filter-note').waitFor();
    assert.deepEqual(await axe(page), [], `axe on ${name} with a filter`);
    // Search results open.
    await page.locator('.rb-search-input').fill('代理');
    await page.locator('.rb-hit').first().waitFor();
    assert.deepEqual(await axe(page), [], `axe on ${name} with search results`);
    await page.locator('.rb-search-input').fill('');
    // A deep link followed: its area and problem open, focus on the problem.
    await page.evaluate(() => { location.hash = '#s2-a2-c6-p13'; });
    await page.locator('.rb-problem[data-open] .rb-copy-link').waitFor();
    assert.equal(await page.locator('.rb-problem[data-open] .rb-problem-label').textContent(), '(13)');
    assert.deepEqual(await axe(page), [], `axe on ${name} with a deep link open`);
    await shot(page, `mode-${name}-deeplink.png`, { fullPage: false });
    await context.close();
  });
}

test('each chart has a name, a <title> and a <desc> sentence; chart text is hidden from screen readers', async () => {
  const { page, context } = await open(browser, server.url);
  for (const chart of ['.rb-donut', '.rb-bars']) {
    const svg = page.locator(`${chart} svg.rb-svg`);
    assert.ok(await svg.getAttribute('aria-labelledby'));
    assert.ok((await page.locator(`${chart} svg > title`).textContent()).length > 2);
  }
  assert.match(await page.locator('.rb-donut svg > desc').textContent(), /共31个问题，已完成\d+个/);
  assert.match(await page.locator('.rb-bars svg > desc').textContent(), /聚焦/);
  const texts = await page.locator('.rb-svg text').all();
  assert.ok(texts.length > 5);
  for (const t of texts) assert.equal(await t.getAttribute('aria-hidden'), 'true');
  // Non-done marks carry a hatching pattern as a second cue besides colour.
  assert.ok(await page.locator('.rb-donut [data-status=in_progress] .rb-hatch').count() >= 1);
  assert.ok(await page.locator('.rb-bars [data-status=in_progress] .rb-hatch').count() >= 1);
  assert.equal(await page.locator('[data-status=done] .rb-hatch').count(), 0);
  assert.equal(await page.locator('.rb-donut pattern').count(), 4);
  await context.close();
});

test('keyboard: Tab reaches each chart once, arrows move between marks, Enter drills down, Escape goes back', async () => {
  const { page, context } = await open(browser, server.url);
  // Roving tabindex: exactly one mark per chart is in the tab order.
  assert.equal(await page.locator('.rb-donut .rb-mark[tabindex="0"]').count(), 1);
  assert.equal(await page.locator('.rb-bars .rb-mark[tabindex="0"]').count(), 1);
  // Tab from the start of the page until a donut arc has focus.
  const seen = [];
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    seen.push(f.cls);
    if (/rb-mark/.test(f.cls)) break;
  }
  let f = await focused(page);
  assert.match(f.cls, /rb-mark/, `Tab order: ${seen.join(' | ')}`);
  assert.match(f.label, /已完成/);
  const live = page.locator('.rb .rb-announce');
  assert.match(await live.textContent(), /已完成/);
  // → moves to the next arc, and the live region announces it.
  await page.keyboard.press('ArrowRight');
  f = await focused(page);
  assert.match(f.label, /正在整改/);
  await page.waitForFunction(() => true);
  assert.match(await live.textContent(), /正在整改/);
  assert.equal(await page.locator('.rb-donut .rb-mark[tabindex="0"]').count(), 1);
  // ← wraps back; End goes to the last.
  await page.keyboard.press('ArrowLeft');
  assert.match((await focused(page)).label, /已完成/);
  // Tab leaves the donut for the bars: its tools first, then one bar mark.
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('Tab');
    if (/rb-mark/.test((await focused(page)).cls)) break;
  }
  f = await focused(page);
  assert.match(f.label, /^\(一\)/, JSON.stringify(f));
  await page.keyboard.press('ArrowDown');
  f = await focused(page);
  assert.match(f.label, /^\(二\)/);
  assert.match(await live.textContent(), /\(二\)/);
  await page.keyboard.press('ArrowRight');
  assert.notEqual((await focused(page)).label, f.label);
  // Enter drills into that area; Escape comes back up.
  await page.keyboard.press('Enter');
  await page.locator('.rb-area-title').waitFor();
  assert.match(await page.locator('.rb-area-title').textContent(), /\(二\)/);
  await page.keyboard.press('Escape');
  await page.locator('.rb-area-list').waitFor();
  // Focus is visible: the focused mark gets a stroke of at least 2px.
  await page.locator('.rb-donut .rb-mark').first().focus();
  await page.keyboard.press('ArrowRight');
  const stroke = await page.evaluate(() => {
    let a = document.activeElement;
    while (a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
    const s = getComputedStyle(a);
    return { width: parseFloat(s.strokeWidth), color: s.stroke };
  });
  assert.ok(stroke.width >= 2, JSON.stringify(stroke));
  // Buttons: a 3px outline.
  await page.locator('.rb-lang').first().focus();
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => {
    let a = document.activeElement;
    while (a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
    return parseFloat(getComputedStyle(a).outlineWidth);
  });
  assert.ok(outline >= 2);
  await context.close();
});

test('the data tables are shown on request and follow the legend filter', async () => {
  const { page, context } = await open(browser, server.url);
  const toggle = page.locator('.rb-donut .rb-table-toggle');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.equal(await page.locator('.rb-donut .rb-table').isVisible(), false);
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  const rows = page.locator('.rb-donut .rb-table tbody tr');
  assert.ok(await rows.count() >= 2);
  assert.match(await rows.first().textContent(), /已完成/);
  await page.locator('.rb-bars .rb-table-toggle').click();
  const head = page.locator('.rb-bars .rb-table thead');
  assert.match(await head.textContent(), /已完成/);
  assert.equal(await page.locator('.rb-bars .rb-table tbody tr').count(), 4);
  // Hide 已完成 in the legend: the tables drop it too.
  await page.locator('.rb-legend-item[data-status=done]').click();
  assert.doesNotMatch(await page.locator('.rb-donut .rb-table tbody').textContent(), /已完成/);
  assert.doesNotMatch(await head.textContent(), /已完成/);
  await context.close();
});

test('reflow at 320 px and 200% text: no horizontal scrolling, chart text grows with the text size', async () => {
  for (const [path, width] of [['', 320], ['fixtures/zoom200.html', 1280], ['fixtures/zoom200.html', 640]]) {
    const { page, context } = await open(browser, server.url + path, { width, height: 900 });
    await page.locator('.rb-bars .rb-mark').first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${path || 'default'} at ${width}px is ${overflow}px too wide`);
    // Nothing inside the widget is clipped sideways.
    const clipped = await page.locator('.rb-board').evaluate((b) => b.scrollWidth - b.clientWidth);
    assert.ok(clipped <= 1, `widget content ${clipped}px wider than the widget`);
    if (path) {
      const fs = await page.locator('.rb-bar-caption').first().evaluate((t) => t.getBoundingClientRect().height);
      assert.ok(fs >= 24, `bar caption is ${fs}px tall at 200% text`);
      await page.screenshot({ path: `tests/e2e/artifacts/zoom200-${width}.png`, fullPage: true });
    } else {
      await page.screenshot({ path: 'tests/e2e/artifacts/reflow-320.png', fullPage: true });
    }
    await context.close();
  }
});

async function targetSizes(page) {
  return page.locator('.rb button, .rb summary').evaluateAll((els) =>
    els.filter((e) => e.getClientRects().length).map((e) => {
      const r = e.getBoundingClientRect();
      return { w: Math.round(r.width), h: Math.round(r.height), t: e.textContent.trim().slice(0, 20) };
    }));
}

test('targets are at least 24x24 px (44x44 in elderly mode)', async () => {
  const { page, context } = await open(browser, server.url);
  for (const s of await targetSizes(page)) assert.ok(s.w >= 24 && s.h >= 24, JSON.stringify(s));
  await page.locator('.rb-mode').click();
  await page.locator('[data-elderly]').waitFor();
  await page.locator('.rb-area-button').first().click();
  await page.locator('.rb-problem-button').first().click();
  const sizes = await targetSizes(page);
  assert.ok(sizes.length > 10);
  for (const s of sizes) assert.ok(s.w >= 44 && s.h >= 44, JSON.stringify(s));
  await context.close();
});

test('elderly mode: set by the host or the switch; 18px text, 30px title, 1.3 line height, no pop-ups, tables open', async () => {
  const { page, context, problems } = await open(browser, server.url + 'fixtures/elderly.html');
  await page.locator('[data-elderly]').waitFor();
  assert.equal(await page.locator('.rb-mode').getAttribute('aria-pressed'), 'true');
  const m = await page.locator('[data-elderly]').evaluate((el) => {
    const s = getComputedStyle(el);
    const title = getComputedStyle(el.querySelector('.rb-title'));
    const sizes = [...el.querySelectorAll('p, span, dt, dd, button, th, td, li, caption, figcaption')]
      .filter((e) => e.getClientRects().length && e.textContent.trim() && !e.closest('.rb-sr-only'))
      .map((e) => parseFloat(getComputedStyle(e).fontSize));
    return { base: parseFloat(s.fontSize), lh: parseFloat(s.lineHeight) / parseFloat(s.fontSize), title: parseFloat(title.fontSize), min: Math.min(...sizes) };
  });
  assert.ok(m.base >= 18, JSON.stringify(m));
  assert.ok(m.title >= 30, JSON.stringify(m));
  assert.ok(m.lh >= 1.3, JSON.stringify(m));
  assert.ok(m.min >= 18, `smallest text ${m.min}px`);
  // Chart text in real pixels is at least 18px too.
  const caption = await page.locator('.rb-bar-caption').first().evaluate((t) => t.getBoundingClientRect().height);
  assert.ok(caption >= 18, `bar caption ${caption}px`);
  // Tables are open; hovering a mark shows no pop-up (the value is in the table and labels).
  assert.ok(await page.locator('.rb-donut .rb-table').isVisible());
  assert.ok(await page.locator('.rb-bars .rb-table').isVisible());
  await page.locator('.rb-bars .rb-mark').first().hover();
  await page.waitForTimeout(100);
  assert.equal(await page.locator('.rb-tip').count(), 0);
  await shot(page, 'elderly-1280.png');
  // The switch turns it off again.
  await page.locator('.rb-mode').click();
  assert.equal(await page.locator('[data-elderly]').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
  const phone = await open(browser, server.url + 'fixtures/elderly.html', { width: 360, height: 800 });
  await phone.page.locator('[data-elderly]').waitFor();
  const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0);
  assert.deepEqual(await axe(phone.page), []);
  await shot(phone.page, 'elderly-360.png');
  await phone.context.close();
});
