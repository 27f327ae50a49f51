// Issue 9: deep links. `#<node id>` opens that area and problem and moves
// focus to it; drilling pushes fragments (no reload) and back/forward move
// between drill states; 复制链接 copies the link; a fragment that names no
// node is ignored; with two widgets the fragment applies to the one whose
// report has that id; data-links="off" leaves the fragment to the portal.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { setup, open, axe, focused, shot, hostPage, FIXTURES } from './helpers.mjs';
import { ROOT, rectify } from './fixtures.mjs';

let server;
let browser;

before(async () => {
  ({ server, browser } = await setup());
  const ledger = JSON.parse(rectify('convert', join(ROOT, 'data/samples/ledgers/county-ledger.csv')));
  writeFileSync(join(FIXTURES, 'links-ledger.json'), JSON.stringify(ledger));
  hostPage('two-widgets.html', `<p id="top">门户锚点</p>
<div data-rectify-board data-src="/reports/zhongshan-finance-2025-09.json" id="w1"></div>
<div data-rectify-board data-src="/fixtures/links-ledger.json" id="w2"></div>`);
  hostPage('links-off.html', '<div data-rectify-board data-links="off"></div>');
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const text = async (locator) => (await locator.textContent()).replace(/\s+/g, ' ').trim();
const hash = (page) => page.evaluate(() => location.hash);
// A drill-down's history entry is pushed once the frame showing it is
// painted (src/hooks/use_deep_link.rs), so the fragment is awaited.
const hashBecomes = async (page, want) => {
  await page.waitForFunction((w) => location.hash === w, want, { timeout: 5000 }).catch(() => {});
  assert.equal(await hash(page), want);
};
// Two painted frames: a history entry that was to be pushed has been.
const painted = (page) => page.evaluate(async () => {
  for (let i = 0; i < 2; i++) await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
});

for (const width of [1280, 360]) {
  test(`opening #s2-a2-c6-p13 directly opens area (二) and problem (13) and focuses it (${width} px)`, async () => {
    const { page, context, problems } = await open(browser, `${server.url}#s2-a2-c6-p13`, { width });
    const item = page.locator('.rb-problem[data-open]');
    await item.locator('.rb-detail').waitFor();
    assert.match(await text(page.locator('.rb-area-title')), /^\(二\)聚焦党中央决策部署/);
    assert.equal(await text(item.locator('.rb-problem-label')), '(13)');
    assert.match(await text(item.locator('.rb-problem-title')), /代理记账/);
    assert.equal(await page.locator('.rb-problem[data-open]').count(), 1);
    const f = await focused(page);
    assert.equal(f.cls, 'rb-problem-button');
    assert.match(f.label, /^\(13\)/);
    // The problem is on screen.
    const box = await item.locator('.rb-problem-button').boundingBox();
    assert.ok(box.y >= 0 && box.y < (await page.viewportSize()).height, `y=${box.y}`);
    await painted(page);
    assert.equal(await hash(page), '#s2-a2-c6-p13', 'following a link pushes nothing');
    await shot(page, `links-problem-${width}.png`, { fullPage: false });
    assert.deepEqual(problems, []);
    assert.deepEqual(await axe(page), [], 'axe with a deep link open');
    await context.close();
  });
}

test('the drill-down is drawn before its history entry is pushed (a pushState takes Chromium 1–8 ms)', async () => {
  const { page, context, problems } = await open(browser, server.url);
  await page.locator('.rb-area-button').first().waitFor();
  const { list, drawn, pushed } = await page.evaluate(async () => {
    const root = document.querySelector('[data-rectify-board]').shadowRoot;
    root.querySelector('.rb-area-button').click();
    // The first frame after the click: the drill-down in place of the area list.
    const [list, drawn] = await new Promise((ok) => requestAnimationFrame(() => ok([root.querySelectorAll('.rb-area-button').length, location.hash])));
    while (!location.hash) await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
    return { list, drawn, pushed: location.hash };
  });
  assert.equal(list, 0, 'the area list is gone in the first frame');
  assert.equal(drawn, '', 'the fragment in that frame');
  assert.match(pushed, /^#s2-a\d+$/, 'then pushed');
  assert.deepEqual(problems, []);
  await context.close();
});

test('drilling pushes fragments without a reload; back and forward move between the states', async () => {
  const { page, context, problems } = await open(browser, server.url);
  await page.evaluate(() => { window.__sameDocument = true; });
  await page.locator('.rb-area-button', { hasText: '聚焦党中央决策部署' }).click();
  await hashBecomes(page, '#s2-a2');
  await page.locator('.rb-problem', { hasText: '(13)' }).locator('.rb-problem-button').click();
  await hashBecomes(page, '#s2-a2-c6-p13');
  await page.locator('.rb-back').click();
  await hashBecomes(page, '#s2-a2');
  await page.locator('.rb-back').click();
  await hashBecomes(page, '');
  assert.equal(await page.locator('.rb-area').count(), 0);
  // Back: the area, then its open problem, again; forward: the overview.
  await page.goBack();
  await page.locator('.rb-area-title').waitFor();
  await hashBecomes(page, '#s2-a2');
  assert.equal(await page.locator('.rb-problem[data-open]').count(), 0);
  await page.goBack();
  await page.locator('.rb-problem[data-open]').waitFor();
  assert.equal(await text(page.locator('.rb-problem[data-open] .rb-problem-label')), '(13)');
  await page.goBack();
  await page.goBack();
  await page.locator('.rb-areas').waitFor();
  assert.equal(await page.locator('.rb-area').count(), 0);
  await page.goForward();
  await page.locator('.rb-area-title').waitFor();
  assert.match(await text(page.locator('.rb-area-title')), /聚焦党中央决策部署/);
  // A link on the page (or a typed fragment) is followed too.
  await page.evaluate(() => { location.hash = '#s2-a1'; });
  await page.locator('.rb-area-title', { hasText: '聚焦巡察整改' }).waitFor();
  assert.equal(await page.evaluate(() => window.__sameDocument), true, 'no reload');
  assert.deepEqual(problems, []);
  await context.close();
});

test('复制链接 copies the link of an area and of a problem, and says so', async () => {
  const { page, context, problems } = await open(browser, `${server.url}#s2-a2`, {
    context: { permissions: ['clipboard-read', 'clipboard-write'] },
  });
  const area = page.locator('.rb-area > .rb-copy');
  await area.locator('.rb-copy-link').click();
  await area.locator('.rb-copy-status', { hasText: '链接已复制' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${server.url}#s2-a2`);
  await page.locator('.rb-problem', { hasText: '(14)' }).locator('.rb-problem-button').click();
  const problem = page.locator('.rb-problem[data-open] .rb-copy');
  assert.equal(await text(problem.locator('.rb-copy-link')), '复制链接');
  await problem.locator('.rb-copy-link').click();
  await problem.locator('.rb-copy-status', { hasText: '链接已复制' }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /#s2-a2-c\d+-p14$/);
  // The copied link opens the problem in a new page.
  const other = await open(browser, copied);
  await other.page.locator('.rb-problem[data-open]').waitFor();
  assert.equal(await text(other.page.locator('.rb-problem[data-open] .rb-problem-label')), '(14)');
  await other.context.close();
  assert.deepEqual(problems, []);
  await context.close();
});

test('without the clipboard the link is shown to copy by hand', async () => {
  const { page, context, problems } = await open(browser, `${server.url}#s2-a2`);
  await page.evaluate(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
  });
  await page.locator('.rb-area > .rb-copy .rb-copy-link').click();
  const status = page.locator('.rb-area > .rb-copy .rb-copy-status');
  await status.locator('.rb-copy-url').waitFor();
  assert.equal(await text(status), `无法自动复制，请手动复制：${server.url}#s2-a2`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a fragment that names no node, or a hostile one, is ignored quietly', async () => {
  for (const fragment of ['#top', '#s2-a2-c6-p999', '#%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', '#%E0%A4%A', `#${'s2-a2'.repeat(2000)}`, '#s2-a2%00']) {
    const { page, context, problems } = await open(browser, `${server.url}${fragment}`);
    await page.locator('.rb-areas').waitFor();
    assert.equal(await page.locator('.rb-area').count(), 0, fragment);
    assert.equal(await page.locator('img').count(), 0);
    assert.deepEqual(problems, [], fragment);
    await context.close();
  }
});

test('with two widgets the fragment applies to the widget whose report has that id', async () => {
  const { page, context, problems } = await open(browser, `${server.url}fixtures/two-widgets.html#a2-p6`);
  const w1 = page.locator('#w1');
  const w2 = page.locator('#w2');
  await w2.locator('.rb-problem[data-open]').waitFor();
  assert.match(await text(w2.locator('.rb-problem[data-open] .rb-problem-title')), /固定资产账实不符/);
  assert.equal(await w1.locator('.rb-area').count(), 0);
  // A link into the first widget leaves the second where it is.
  await page.evaluate(() => { location.hash = '#s2-a2-c6-p13'; });
  await w1.locator('.rb-problem[data-open]').waitFor();
  assert.equal(await w2.locator('.rb-problem[data-open]').count(), 1);
  // The portal's own anchor changes neither.
  await page.evaluate(() => { location.hash = '#top'; });
  await page.waitForTimeout(200);
  assert.equal(await w1.locator('.rb-problem[data-open]').count(), 1);
  assert.equal(await w2.locator('.rb-problem[data-open]').count(), 1);
  assert.deepEqual(problems, []);
  await context.close();
});

test('data-links="off": the fragment is never read or written, and no link is offered', async () => {
  // The portal's router owns the fragment: even one naming a node of the report.
  const { page, context, problems } = await open(browser, `${server.url}fixtures/links-off.html#s2-a2-c6-p13`);
  await page.locator('.rb-areas').waitFor();
  assert.equal(await page.locator('.rb-area').count(), 0, 'the fragment is not followed');
  const entries = await page.evaluate(() => history.length);
  await page.locator('.rb-area-button', { hasText: '聚焦党中央决策部署' }).click();
  await page.locator('.rb-problem', { hasText: '(13)' }).locator('.rb-problem-button').click();
  await page.locator('.rb-problem[data-open]').waitFor();
  await painted(page);
  assert.equal(await hash(page), '#s2-a2-c6-p13', 'drilling leaves the fragment as it was');
  assert.equal(await page.evaluate(() => history.length), entries, 'no history entry');
  assert.equal(await page.locator('.rb-copy-link').count(), 0, 'no link to copy');
  await page.locator('.rb-back').click();
  await page.locator('.rb-back').click();
  // 主要数据 links open their problem by a click, not by the fragment.
  await page.locator('.rb-fig-source').first().click();
  await page.locator('.rb-problem[data-open]').waitFor();
  await painted(page);
  assert.equal(await hash(page), '#s2-a2-c6-p13');
  // A fragment the portal sets later is not followed either.
  await page.locator('.rb-back').click();
  await page.locator('.rb-back').click();
  await page.evaluate(() => { location.hash = '#s2-a1'; });
  await page.waitForTimeout(200);
  assert.equal(await page.locator('.rb-area').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});
