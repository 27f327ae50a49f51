// Issue 13: the board pre-rendered by `rectify render` into a portal page.
// Scripts off, the page shows the board from its declarative shadow root
// (title, counts, rate, both charts, the area table) and passes axe; scripts
// on, the widget takes it over in one step (never twice, never blank, no
// layout shift) and is interactive; a newer live report wins with a quiet
// note; a browser without declarative shadow DOM (simulated: the template's
// shadowrootmode attribute renamed, so the parser keeps it inert, exactly
// as such a browser does) shows the light-DOM copy, which is taken over too.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { setup, open, axe, shot, hostPage, cspViolations, FIXTURES } from './helpers.mjs';
import { BUNDLED, rectify, stats } from './fixtures.mjs';


let server;
let browser;
/** The bar chart's width on the test's portal page, measured once from the
 *  live widget (what an editor passes to `rectify render --width`). */
let barsWidth;
const S = stats(BUNDLED);
const P = S.problems;
const TITLE = '中共中山市财政局党组关于十五届市委第六轮巡察整改进展情况的通报';
const NEWER_NOTE = '已换为最新数据（与页面中预先生成的版本不同）。';
const rate = (c) => `${(Math.round((c.done / (c.done + c.in_progress + c.not_started + c.long_term + c.unknown)) * 10000) / 100)}%`;

/** A portal page with the fragment between two paragraphs. */
function page(name, fragment) {
  hostPage(name, `<p>通报全文见下。</p>${fragment}<p id="after">以上为整改进展。</p>`);
  return `${server.url}fixtures/${name}`;
}

/** The same page as a browser with scripts off parses it, for axe, which
 *  cannot run where the page's scripts are off (its timers never fire):
 *  no boot.js, and each `<noscript>` element's content as markup. */
function pageAsParsedWithoutScripts(name, fragment) {
  const url = page(name, fragment.replace(/<noscript>(.*?)<\/noscript>/gs, '$1'));
  const file = join(FIXTURES, name);
  writeFileSync(file, readFileSync(file, 'utf8').replace('<script type="module" src="/boot.js"></script>', ''));
  return url;
}

/** axe on what a reader with scripts off gets (see above). */
async function axeWithoutScripts(name, fragment) {
  const { page: p, context } = await open(browser, pageAsParsedWithoutScripts(name, fragment), { wait: false });
  await p.locator('.rb-title >> visible=true').first().waitFor();
  assert.equal(await p.locator('[data-rectify-board="mounted"]').count(), 0, 'the widget did not run');
  const found = await axe(p);
  await context.close();
  return found;
}

function render(src, width = barsWidth) {
  return rectify('render', BUNDLED, '--src', src, '--base', '/', '--width', String(width));
}

before(async () => {
  ({ server, browser } = await setup());
  // A later version of the report: one in-progress problem done.
  const newer = JSON.parse(readFileSync(BUNDLED, 'utf8'));
  const walk = (nodes) => nodes.some((n) => (n.kind === 'problem' && n.status === 'in_progress' ? ((n.status = 'done'), true) : walk(n.children || [])));
  assert.ok(walk(newer.nodes));
  writeFileSync(join(FIXTURES, 'newer.json'), JSON.stringify(newer, null, 2));
  const { page: p, context } = await open(browser, page('prerender-plain.html', '<div data-rectify-board data-src="/reports/zhongshan-finance-2025-09.json"></div>'));
  await p.waitForFunction(() => document.querySelector('[data-rectify-board]').shadowRoot.querySelector('.rb-bars .rb-canvas')?.clientWidth > 0);
  await p.waitForTimeout(400); // the widget measures once more after its stylesheet
  barsWidth = await p.evaluate(() => document.querySelector('[data-rectify-board]').shadowRoot.querySelector('.rb-bars .rb-canvas').clientWidth);
  await context.close();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const text = async (locator) => (await locator.textContent()).replace(/\s+/g, ' ').trim();
const figure = (page, label) => text(page.locator('.rb-figure', { hasText: label }).locator('.rb-figure-value').first());

/** Scripts off: what must be read straight from the fragment. */
async function assertReadsWithoutScripts(page, { shadow }) {
  const scope = shadow ? page.locator('[data-rectify-board] .rb-root') : page.locator('.rb-light-copy');
  assert.equal(await text(scope.locator('.rb-title')), TITLE);
  assert.equal(await figure(scope, '问题总数'), String(P.total));
  assert.equal(await figure(scope, '已完成'), String(P.done));
  assert.equal(await figure(scope, '正在整改'), String(P.in_progress));
  assert.equal(await figure(scope, '完成率'), rate(P));
  assert.equal(P.total, 31);
  if (shadow) {
    // Both charts drawn, the area table shown, the area list; the copy hidden.
    const charts = scope.locator('svg.rb-svg');
    assert.equal(await charts.count(), 2);
    for (const i of [0, 1]) {
      assert.ok(await charts.nth(i).isVisible());
      assert.ok((await charts.nth(i).locator('path.rb-mark, rect.rb-mark').count()) >= 2);
    }
    const areaTable = scope.locator('.rb-bars table.rb-table');
    assert.ok(await areaTable.isVisible());
    assert.equal(await areaTable.locator('tbody tr').count(), S.groups.length);
    assert.equal(await scope.locator('.rb-area-list li').count(), S.groups.length + S.long_term_groups.length);
    assert.equal(await page.locator('.rb-light-copy').isVisible(), false, 'the light copy is never shown beside the shadow root');
    assert.equal(await scope.locator('.rb-board').count(), 1);
  } else {
    assert.equal(await scope.locator('table').count(), 2);
    assert.ok(await scope.locator('table').nth(1).isVisible());
    assert.equal(await scope.locator('table').nth(1).locator('tbody tr').count(), S.groups.length);
  }
}

test('scripts off: the pre-rendered board reads (title, counts, rate, both charts, area table) and passes axe', async () => {
  const fragment = render('/reports/zhongshan-finance-2025-09.json');
  const url = page('prerender-off.html', fragment);
  const { page: p, context } = await open(browser, url, { wait: false, context: { javaScriptEnabled: false } });
  await p.locator('[data-rectify-board] .rb-board').waitFor();
  await assertReadsWithoutScripts(p, { shadow: true });
  assert.ok(await p.locator('.rb-noscript').isVisible(), 'the <noscript> note says what scripts add');
  assert.equal(await p.locator('[data-rectify-board="mounted"]').count(), 0, 'nothing ran');
  await shot(p, 'prerender-off.png');
  await context.close();
  assert.deepEqual(await axeWithoutScripts('prerender-off-axe.html', fragment), []);
});

/** Records, from the first frame on, how many boards are visible (and their
 *  titles), the layout shifts, and when the live board took over. */
const probe = () => {
  window.__frames = [];
  window.__shift = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  const visible = (el) => el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && el.getBoundingClientRect().height > 0;
  const tick = () => {
    const host = document.querySelector('[data-rectify-board]');
    if (host) {
      const roots = [host.shadowRoot, host].filter(Boolean);
      const titles = roots.flatMap((r) => [...r.querySelectorAll('.rb-title')]).filter(visible);
      window.__frames.push({ titles: titles.length, at: performance.now(), roots: host.shadowRoot?.querySelectorAll('.rb-root').length, light: host.childNodes.length, css: [...(host.shadowRoot?.querySelectorAll('.rb-root') || [])].map((r) => r.style.cssText).join('|') });
    }
    if (window.__frames.length < 2000) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
};

/** Opens `url` with scripts on and waits until the pre-rendered copy is gone. */
async function takeOver(url, opts = {}) {
  const context = await browser.newContext({ viewport: { width: opts.width || 1280, height: 900 } });
  const p = await context.newPage();
  const problems = [];
  p.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  p.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  await p.addInitScript(probe);
  await p.goto(url);
  await p.waitForFunction(() => {
    const h = document.querySelector('[data-rectify-board="mounted"]');
    const roots = h?.shadowRoot?.querySelectorAll('.rb-root') ?? [];
    return h?.childNodes.length === 0 && roots.length === 1 && !roots[0].style.cssText && roots[0].querySelector('.rb-board');
  }, null, { timeout: 30_000 });
  // A few frames after the swap, for the probe.
  await p.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(ok, 400)))));
  return { page: p, context, problems };
}

async function assertInteractive(p) {
  const shadow = p.locator('[data-rectify-board] .rb-root');
  assert.equal(await shadow.count(), 1);
  assert.equal(await shadow.locator('.rb-board').count(), 1, 'one board');
  assert.equal(await p.locator('.rb-title').count(), 1, 'the title once');
  // The live board opens as the copy was: data tables shown.
  assert.ok(await shadow.locator('.rb-bars table.rb-table').isVisible());
  // Keyboard: arrow keys move between the donut's arcs.
  await shadow.locator('.rb-donut .rb-mark[tabindex="0"]').focus();
  const before = await shadow.locator('.rb-donut .rb-mark[tabindex="0"]').getAttribute('aria-label');
  await p.keyboard.press('ArrowRight');
  const after = await p.evaluate(() => document.querySelector('[data-rectify-board]').shadowRoot.activeElement?.getAttribute('aria-label'));
  assert.ok(after && after !== before, `focus moved from ${before} to ${after}`);
  // The legend filter.
  await shadow.locator('.rb-legend-item[data-status=done]').click();
  assert.match(await text(shadow.locator('.rb-filter-note')), new RegExp(`共${P.in_progress}项`));
  await shadow.locator('.rb-clear button').click();
  assert.equal(await shadow.locator('.rb-filter-note').count(), 0);
  // Drill-down into an area, and back with Escape.
  await shadow.locator('.rb-area-button').first().click();
  await shadow.locator('.rb-area-summary').waitFor();
  await shadow.locator('.rb-back').focus();
  await p.keyboard.press('Escape');
  await shadow.locator('.rb-areas').waitFor();
}

/** The probe's frames from the first in which the parser had reached the
 *  board (earlier ones show the page above it being parsed), and the shift. */
async function frames(p) {
  const { frames: all, shift } = await p.evaluate(() => ({ frames: window.__frames, shift: window.__shift }));
  return { frames: all.slice(all.findIndex((x) => x.titles > 0)), shift };
}

test('scripts on: the widget takes the pre-rendered board over in one step, interactive, no layout shift, axe clean', async () => {
  const url = page('prerender-on.html', render('/reports/zhongshan-finance-2025-09.json'));
  const { page: p, context, problems } = await takeOver(url);
  const { frames: f, shift } = await frames(p);
  assert.ok(f.length > 0);
  assert.deepEqual([...new Set(f.map((x) => x.titles))], [1], `every frame shows the board exactly once (never blank, never twice): ${JSON.stringify(f.filter((x) => x.titles !== 1).slice(0, 5))}`);
  assert.ok(shift <= 0.02, `layout shift ${shift}`);
  console.log(`# layout shift while taking over: ${shift.toFixed(4)}`);
  assert.equal(await p.locator('.rb-live-newer').count(), 0, 'the same report: no note');
  assert.equal(await p.locator('.rb-noscript').count(), 0);
  await assertInteractive(p);
  await shot(p, 'prerender-on.png');
  assert.deepEqual(await cspViolations(p), []);
  assert.deepEqual(problems, []);
  assert.deepEqual(await axe(p), []);
  await context.close();
});

test('a newer live report wins over the pre-rendered copy, and the board says so quietly', async () => {
  const url = page('prerender-newer.html', render('/fixtures/newer.json'));
  const { page: p, context, problems } = await takeOver(url);
  const note = p.locator('.rb-live-newer');
  assert.equal(await text(note), NEWER_NOTE);
  assert.equal(await note.getAttribute('role'), 'status');
  const shadow = p.locator('[data-rectify-board] .rb-root');
  assert.equal(await figure(shadow, '已完成'), String(P.done + 1));
  assert.equal(await figure(shadow, '正在整改'), String(P.in_progress - 1));
  assert.equal(await p.locator('.rb-title').count(), 1);
  assert.deepEqual(problems, []);
  assert.deepEqual(await axe(p), []);
  await context.close();
});

test('without declarative shadow DOM: the light-DOM copy reads with scripts off, and is taken over with scripts on', async () => {
  const fragment = render('/reports/zhongshan-finance-2025-09.json').replace('<template shadowrootmode="open">', '<template data-simulated-no-dsd="open">');
  const url = page('prerender-no-dsd.html', fragment);
  {
    const { page: p, context } = await open(browser, url, { wait: false, context: { javaScriptEnabled: false } });
    await p.locator('.rb-light-copy').waitFor();
    assert.equal(await p.evaluate(() => document.querySelector('[data-rectify-board]').shadowRoot), null);
    await assertReadsWithoutScripts(p, { shadow: false });
    await shot(p, 'prerender-no-dsd-off.png');
    await context.close();
    assert.deepEqual(await axeWithoutScripts('prerender-no-dsd-axe.html', fragment), []);
  }
  const { page: p, context, problems } = await takeOver(url);
  const { frames: f } = await frames(p);
  assert.deepEqual([...new Set(f.map((x) => x.titles))], [1], 'the copy, then the board, never both');
  await assertInteractive(p);
  assert.deepEqual(problems, []);
  assert.deepEqual(await axe(p), []);
  await context.close();
});

test('the snippet generator offers pre-rendering: the exact command and what to do with it', async () => {
  const { page: p, context, problems } = await open(browser, server.url + 'snippet.html', { wait: false });
  await p.locator('input[value="prerender"]').check();
  const code = await p.locator('#code').inputValue();
  assert.match(code, /^rectify render 'zhongshan-finance-2025-09\.json' --src 'http:\/\/127\.0\.0\.1:\d+\/reports\/zhongshan-finance-2025-09\.json' --base 'http:\/\/127\.0\.0\.1:\d+\/' --lang zh-Hans -o board\.html\n<script type="module" src="http:\/\/127\.0\.0\.1:\d+\/boot\.js"><\/script>$/);
  assert.match(await text(p.locator('#kind-note')), /board\.html/);
  await p.locator('#src').fill("reports/it's.json");
  assert.match(await p.locator('#code').inputValue(), /^rectify render 'it'\\''s\.json' /);
  assert.deepEqual(problems, []);
  await context.close();
});
