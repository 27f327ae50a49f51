// Issue 12: a data-src that is a collection. The embed hands it to the
// overview bundle (dist/overview/), which shows the round overview from the
// collection's totals, a department's board and history, the changes
// between two reports, deep links, and refuses entries that point away
// from the collection's site. The collection is the committed sample
// data/collections/county-round/ (copied into dist/collections/).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdirSync, writeFileSync, cpSync } from 'node:fs';
import { join } from 'node:path';

import { setup, open, axe, shot, hostPage, focused, FIXTURES } from './helpers.mjs';
import { ROOT, rectify } from './fixtures.mjs';

const COLLECTION = '/collections/county-round/collection.json';
const DATA = JSON.parse(readFileSync(join(ROOT, 'data/collections/county-round/collection.json'), 'utf8'));

let server;
let browser;

before(async () => {
  ({ server, browser } = await setup());
  const host = (attrs) => `<div data-rectify-board data-src="${COLLECTION}"${attrs}></div>`;
  hostPage('collection.html', host(''));
  hostPage('collection-elderly.html', host(' data-mode="elderly"'));
  hostPage('collection-hant.html', host(' data-lang="zh-Hant"'));
  hostPage('collection-en.html', host(' data-lang="en"'));
  // Hostile entries: another origin, a javascript: URL, a data: URL, and a
  // redirect that leaves the site; one honest department beside them.
  const dir = join(FIXTURES, 'hostile-collection');
  mkdirSync(dir, { recursive: true });
  cpSync(join(ROOT, 'data/collections/county-round/water'), join(dir, 'water'), { recursive: true });
  const hostile = {
    format: 'rectify-board-collection/1',
    title: '恶意报告集',
    departments: [
      { id: 'water', name: '水务局' },
      { id: 'other', name: '外站' },
      { id: 'script', name: '脚本' },
      { id: 'data', name: '数据地址' },
      { id: 'redirect', name: '重定向' },
    ],
    entries: [
      { department: 'water', report: 'water/2025-12-31.json', as_of: '2025-12-31', totals: { problems: 7, done: 6, in_progress: 1, long_term: 0, not_started: 0 } },
      { department: 'other', report: 'http://localhost:1/other.json', as_of: '2025-12-31', totals: { problems: 1, done: 1, in_progress: 0, long_term: 0, not_started: 0 } },
      { department: 'script', report: 'javascript:alert(1)', as_of: '2025-12-31' },
      { department: 'data', report: 'data:application/json,{}', as_of: '2025-12-31' },
      { department: 'redirect', report: 'water/2025-12-31.json?redirect=http%3A%2F%2Flocalhost%3A1%2Fevil.json', as_of: '2025-12-31' },
    ],
  };
  writeFileSync(join(dir, 'collection.json'), JSON.stringify(hostile));
  hostPage('hostile.html', '<div data-rectify-board data-src="/fixtures/hostile-collection/collection.json"></div>');
  // 300 departments × 4 reports, for the bounded cache.
  rectify('sample', '--collection', '--departments', '300', '--reports', '4', '-o', join(FIXTURES, 'big-collection'));
  hostPage('big.html', '<div data-rectify-board data-src="/fixtures/big-collection/collection.json"></div>');
  // Two collection widgets on one page, and one whose links are off.
  rectify('sample', '--collection', '--departments', '3', '--reports', '2', '-o', join(FIXTURES, 'small-collection'));
  hostPage('two-collections.html', `<div data-rectify-board data-src="${COLLECTION}" id="c1"></div>
<div data-rectify-board data-src="/fixtures/small-collection/collection.json" id="c2"></div>`);
  hostPage('collection-links-off.html', host(' data-links="off"'));
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a host page and waits for the overview (or a department). */
async function openRound(path, opts = {}) {
  const o = await open(browser, server.url + path, { ...opts, wait: false });
  await o.page.locator('.rb-round-overview, .rb-department').first().waitFor({ timeout: 30_000 });
  return o;
}

/** The latest totals of a department in the committed collection. */
function latest(id) {
  const entries = DATA.entries.filter((e) => e.department === id).sort((a, b) => a.as_of.localeCompare(b.as_of));
  return entries.at(-1);
}

const hash = (page) => page.evaluate(() => location.hash);

const rowTexts = (page) =>
  page.locator('.rb-round-table tbody tr').evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent.trim())));

test('a collection opens the overview from its totals, without fetching any report', async () => {
  const requests = [];
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url + 'fixtures/collection.html');
  await page.locator('.rb-round-table').waitFor({ timeout: 30_000 });
  assert.deepEqual(errors, []);
  // The embed bundle loaded first, then the overview bundle for this host.
  assert.ok(requests.includes('/rectify-board_bg.wasm'));
  assert.ok(requests.includes('/overview/rectify-overview_bg.wasm'));
  assert.equal(requests.filter((p) => p === COLLECTION).length, 1, 'the collection is fetched once');
  // boot.js asked for the overview bundle on the collection's first bytes
  // (a preload), not the overview loader after the embed's hand-off; once.
  const wasm = await page.evaluate(() => performance.getEntriesByType('resource')
    .filter((e) => e.name.endsWith('/overview/rectify-overview_bg.wasm')).map((e) => e.initiatorType));
  assert.deepEqual(wasm, ['link']);
  assert.deepEqual(requests.filter((p) => /\/(water|health|education)\//.test(p)), [], 'no report fetched');
  assert.equal(await page.locator('.rb-round-title').textContent(), DATA.title);
  const rows = await rowTexts(page);
  assert.equal(rows.length, DATA.departments.length);
  for (const row of rows) {
    const dept = DATA.departments.find((d) => d.name === row[0]);
    assert.ok(dept, row[0]);
    const t = latest(dept.id).totals;
    assert.deepEqual(row.slice(1, 4), [t.problems, t.done, t.in_progress].map(String), row[0]);
    assert.equal(row[5], String(t.overdue), `${row[0]} overdue`);
    assert.equal(row[6], latest(dept.id).as_of);
  }
  assert.match(await page.locator('.rb-round-note').textContent(), /显示 3 个部门，共 3 个/);
  // The embed's own root is hidden; one settings bar is shown.
  assert.equal(await page.locator('.rb-settings:visible').count(), 1);
  await shot(page, 'collection-overview-1280.png');
  await context.close();
});

test('the table sorts by any column, filters by name, and shows small multiples', async () => {
  const { page, problems } = await openRound('fixtures/collection.html');
  const names = async () => (await rowTexts(page)).map((r) => r[0]);
  const byRate = [...DATA.departments]
    .map((d) => ({ name: d.name, rate: latest(d.id).totals.done / latest(d.id).totals.problems }))
    .sort((a, b) => b.rate - a.rate)
    .map((d) => d.name);
  await page.locator('.rb-sort', { hasText: '完成率' }).click();
  assert.deepEqual(await names(), byRate);
  assert.equal(await page.locator('th[aria-sort="descending"]').textContent(), '完成率▼');
  await page.locator('.rb-sort', { hasText: '完成率' }).click();
  assert.deepEqual(await names(), [...byRate].reverse());
  assert.equal(await page.locator('th[aria-sort="ascending"]').count(), 1);
  await page.locator('.rb-round-search').fill('水务');
  assert.deepEqual(await names(), ['中共青禾县水务局党组']);
  await page.locator('.rb-round-search').fill('');
  await page.locator('.rb-round-layout .rb-tool', { hasText: '小图' }).click();
  assert.equal(await page.locator('.rb-multiple').count(), 3);
  assert.match(await page.locator('.rb-multiple').first().textContent(), /完成率/);
  assert.deepEqual(problems, []);
});

test('the distribution of completion rates: keyboard, data table, summary', async () => {
  const { page } = await openRound('fixtures/collection.html');
  const chart = page.locator('.rb-distribution');
  assert.equal(await chart.locator('.rb-round-mark').count(), 6);
  // 66.67%, 85.71%, 100%: one in 60–80%, one in 80–100%, one at 100%.
  assert.match(await chart.locator('.rb-chart-summary').textContent(), /3 个部门中，1 个已全部完成，0 个完成率低于一半；完成率中位数为 85\.71%/);
  await chart.locator('.rb-round-mark').first().focus();
  await page.keyboard.press('End');
  assert.match((await focused(page)).label, /完成率 100%：1 个部门/);
  await page.keyboard.press('ArrowLeft');
  assert.match((await focused(page)).label, /完成率 80–100%：1 个部门/);
  await chart.locator('.rb-table-toggle').click();
  const cells = await chart.locator('.rb-table tbody tr').evaluateAll((rows) => rows.map((r) => r.textContent));
  assert.deepEqual(cells, ['0–20%0', '20–40%0', '40–60%0', '60–80%1', '80–100%1', '100%1']);
});

test('drilling into a department: burn-up chart with its table, the board of its latest report, back', async () => {
  const { page, problems } = await openRound('fixtures/collection.html');
  await page.locator('.rb-dept-link', { hasText: '水务局' }).click();
  await page.locator('.rb-department .rb-board').waitFor();
  assert.equal(new URL(page.url()).hash, '#water');
  assert.equal(await page.locator('.rb-dept-title').textContent(), '中共青禾县水务局党组');
  assert.equal((await focused(page)).cls, 'rb-dept-title', 'the heading takes the focus');
  const chart = page.locator('.rb-burnup');
  const water = DATA.entries.filter((e) => e.department === 'water');
  assert.equal(await chart.locator('.rb-round-mark').count(), water.length);
  assert.match(await chart.locator('.rb-chart-summary').textContent(), /3 期报告（2025-03-31 至 2025-12-31）/);
  await chart.locator('.rb-table-toggle').click();
  const rows = await chart.locator('.rb-table tbody tr').evaluateAll((rs) => rs.map((r) => [...r.children].map((c) => c.textContent)));
  assert.deepEqual(rows.map((r) => r[0]), water.map((e) => e.as_of).sort());
  for (const row of rows) {
    const t = water.find((e) => e.as_of === row[0]).totals;
    assert.equal(row[1], String(t.done), row[0]);
    assert.equal(row[2], String(t.in_progress), row[0]);
  }
  // The board of the latest report (its own headline and charts).
  assert.match(await page.locator('.rb-latest > h3').textContent(), /2025-12-31/);
  assert.equal(await page.locator('.rb-latest .rb-bars, .rb-latest .rb-donut').count() > 0, true);
  await shot(page, 'collection-department-1280.png');
  await page.goBack();
  await page.locator('.rb-round-table').waitFor();
  await page.goForward();
  await page.locator('.rb-department .rb-board').waitFor();
  await page.locator('.rb-back-link').click();
  await page.locator('.rb-round-table').waitFor();
  assert.deepEqual(problems, []);
});

test('changes between two chosen dates: status changes, new and split problems', async () => {
  const { page, problems } = await openRound('fixtures/collection.html');
  await page.locator('.rb-dept-link', { hasText: '水务局' }).click();
  const panel = page.locator('.rb-changes');
  await panel.locator('.rb-changes-summary').waitFor();
  // Default: the last two reports.
  assert.match(await panel.locator('.rb-changes-summary').textContent(), /^2025-06-30 → 2025-12-31：/);
  await panel.locator('.rb-date-select').first().selectOption({ label: '2025-03-31' });
  await panel.locator('.rb-changes-summary', { hasText: '2025-03-31 → 2025-12-31' }).waitFor();
  const expected = JSON.parse(rectify('diff', join(ROOT, 'data/collections/county-round/water/2025-03-31.json'),
    join(ROOT, 'data/collections/county-round/water/2025-12-31.json'), '--json'));
  const leads = await panel.locator('.rb-changes-section').first().locator('.rb-change-lead').allTextContents();
  assert.equal(leads.length, expected.status_changes.length);
  assert.ok(leads.includes('四、 正在整改 → 已完成，2025-03-31 → 2025-12-31'), leads.join('\n'));
  const text = await panel.textContent();
  assert.match(text, /新增问题七、 水资源费征收管理存在漏洞的问题/);
  assert.match(text, /拆分的问题二、 ⇒ 二、 \+ 三、/);
  // The same date twice is not a comparison.
  await panel.locator('.rb-date-select').first().selectOption({ label: '2025-12-31' });
  assert.match(await panel.textContent(), /请选择两个不同的日期/);
  assert.deepEqual(problems, []);
});

test('deep links: #<department> and #<department>/<node>; an unknown department says so', async () => {
  const { page, problems } = await openRound('fixtures/collection.html#health');
  await page.locator('.rb-department .rb-board').waitFor();
  assert.equal(await page.locator('.rb-dept-title').textContent(), '云山县卫生健康局党组');
  await page.goto(server.url + 'fixtures/collection.html#water/p7');
  await page.locator('.rb-department .rb-problem[data-open]').waitFor({ timeout: 30_000 });
  assert.match(await page.locator('.rb-problem[data-open]').textContent(), /水资源费征收管理存在漏洞/);
  await page.goto(server.url + 'fixtures/collection.html#nowhere');
  await page.locator('.rb-department [role="alert"]').waitFor({ timeout: 30_000 });
  assert.match(await page.locator('.rb-department [role="alert"]').textContent(), /链接中的部门“nowhere”不在本报告集中/);
  assert.deepEqual(problems, []);
});

test('entries that point away from the collection\'s site are refused, never fetched', async () => {
  const requests = [];
  const { page, context } = await openRound('fixtures/hostile.html');
  context.on('request', (r) => requests.push(r.url()));
  for (const id of ['other', 'script', 'data']) {
    await page.evaluate((h) => { location.hash = h; }, id);
    await page.locator('.rb-department', { has: page.locator('.rb-dept-title') }).waitFor();
    await page.locator('.rb-latest, .rb-department [role="alert"]').first().waitFor();
    assert.match(await page.locator('.rb-department').textContent(), /报告地址不在报告集所在网站，已拒绝显示/, id);
  }
  await page.evaluate(() => { location.hash = 'redirect'; });
  await page.locator('.rb-department .rb-error').waitFor({ timeout: 30_000 });
  assert.equal(await page.locator('.rb-department .rb-board').count(), 0, 'a redirect away shows no board');
  // Never requested (the redirect's target is requested by the browser
  // following it, and refused).
  assert.deepEqual(requests.filter((u) => /other\.json|^javascript:|^data:/.test(u)), []);
  // The honest department still opens.
  await page.evaluate(() => { location.hash = 'water'; });
  await page.locator('.rb-department .rb-board').waitFor();
});

test('opening 20 departments one after another keeps at most 8 reports', async () => {
  const { page, problems } = await openRound('fixtures/big.html');
  // The first screenful is drawn first, the rest in the frames after it.
  await page.locator('.rb-round-table tbody tr').nth(299).waitFor();
  assert.equal(await page.locator('.rb-round-table tbody tr').count(), 300);
  for (let d = 1; d <= 20; d++) {
    const id = `d${String(d).padStart(3, '0')}`;
    await page.evaluate((h) => { location.hash = h; }, id);
    await page.locator('.rb-dept-title', { hasText: `测试部门${d}` }).waitFor();
    await page.locator('.rb-department .rb-board').waitFor();
    await page.locator('.rb-changes-summary').waitFor();
  }
  // Rendered after the department's reports arrived: back once more to read it.
  await page.evaluate(() => { location.hash = ''; });
  await page.locator('.rb-round-table').waitFor();
  await page.evaluate(() => { location.hash = 'd020'; });
  const cached = Number(await page.locator('.rb-department').getAttribute('data-cached-reports'));
  assert.ok(cached >= 2 && cached <= 8, `cached reports: ${cached}`);
  assert.deepEqual(problems, []);
});

test('the views follow the host page\'s data-lang, data-mode and data-src', async () => {
  const { page, problems } = await openRound('fixtures/collection.html');
  const host = page.locator('[data-rectify-board]');
  const set = (name, value) => host.evaluate((h, [n, v]) => h.setAttribute(n, v), [name, value]);
  await set('data-lang', 'en');
  await page.locator('.rb-sort', { hasText: 'Completion' }).waitFor();
  assert.equal(await page.locator('.rb-round').getAttribute('lang'), 'en');
  await set('data-mode', 'elderly');
  await page.locator('.rb-round[data-elderly]').waitFor();
  await set('data-lang', 'zh-Hans');
  await page.locator('.rb-sort', { hasText: '完成率' }).waitFor();
  // Another collection: its overview replaces this one.
  await set('data-src', '/fixtures/small-collection/collection.json');
  await page.locator('.rb-round-title', { hasText: '生成的测试报告集' }).waitFor({ timeout: 30_000 });
  assert.equal(await page.locator('.rb-round-table tbody tr').count(), 3);
  assert.equal(await page.locator('.rb-round').count(), 1, 'one set of views');
  assert.equal(await page.locator('.rb-round[data-elderly]').count(), 1, 'still in 长者模式');
  // A single report: the embed's board, the views gone.
  await set('data-src', '/reports/zhongshan-finance-2025-09.json');
  await page.locator('.rb-board').waitFor({ timeout: 30_000 });
  assert.equal(await page.locator('.rb-round').count(), 0);
  assert.equal(await page.locator('.rb-board:visible').count(), 1);
  // And back to a collection.
  await set('data-src', COLLECTION);
  await page.locator('.rb-round-title', { hasText: DATA.title }).waitFor({ timeout: 30_000 });
  assert.equal(await page.locator('.rb-board:visible').count(), 0);
  assert.equal(await page.locator('.rb-round').count(), 1);
  assert.deepEqual(problems, []);
});

test('a problem opened in a department\'s board is in the address (#<department>/<node>): shareable, back and forward', async () => {
  const { page, context, problems } = await openRound('fixtures/collection.html#water', {
    context: { permissions: ['clipboard-read', 'clipboard-write'] },
  });
  await page.locator('.rb-latest .rb-board').waitFor();
  await page.evaluate(() => { window.__sameDocument = true; });
  const board = page.locator('.rb-latest');
  await board.locator('.rb-area-button').first().click();
  await board.locator('.rb-problem', { hasText: '三、' }).locator('.rb-problem-button').click();
  await board.locator('.rb-problem[data-open]').waitFor();
  assert.equal(await hash(page), '#water/p3');
  // 复制链接 copies the department's link to the problem.
  await board.locator('.rb-problem[data-open] .rb-copy-link').click();
  await board.locator('.rb-copy-status', { hasText: '链接已复制' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${server.url}fixtures/collection.html#water/p3`);
  await board.locator('.rb-problem', { hasText: '五、' }).locator('.rb-problem-button').click();
  assert.equal(await hash(page), '#water/p5');
  // Back: the first problem again, then none; forward: the second.
  await page.goBack();
  await board.locator('.rb-problem[data-open]', { hasText: '三、' }).waitFor();
  assert.equal(await hash(page), '#water/p3');
  await page.goBack();
  await page.waitForFunction(() => location.hash === '#water');
  await page.goForward();
  await page.goForward();
  await board.locator('.rb-problem[data-open]', { hasText: '五、' }).waitFor();
  assert.equal(await page.evaluate(() => window.__sameDocument), true, 'no reload');
  // The address restores the problem on load.
  await page.reload();
  await page.locator('.rb-latest .rb-problem[data-open]', { hasText: '五、' }).waitFor({ timeout: 30_000 });
  assert.equal(await hash(page), '#water/p5');
  assert.deepEqual(problems, []);
  await context.close();
});

test('two collection widgets on one page: each shows its own, a link opens the department in the one that has it', async () => {
  const { page, problems } = await openRound('fixtures/two-collections.html');
  const [c1, c2] = [page.locator('#c1'), page.locator('#c2')];
  await c1.locator('.rb-round-table').waitFor();
  await c2.locator('.rb-round-table').waitFor();
  assert.equal(await c1.locator('.rb-round-title').textContent(), DATA.title);
  assert.equal(await c2.locator('.rb-round-table tbody tr').count(), 3);
  await c2.locator('.rb-dept-link').first().click();
  await c2.locator('.rb-department .rb-board').waitFor();
  assert.equal(await hash(page), '#d001');
  assert.equal(await c1.locator('.rb-round-table').count(), 1, 'the other widget stays on its overview');
  assert.equal(await c1.locator('[role="alert"]').count(), 0);
  await page.evaluate(() => { location.hash = 'water'; });
  await c1.locator('.rb-department .rb-board').waitFor();
  await c2.locator('.rb-round-table').waitFor();
  // A department of neither: both say so.
  await page.evaluate(() => { location.hash = 'nowhere'; });
  await c1.locator('.rb-department [role="alert"]').waitFor();
  await c2.locator('.rb-department [role="alert"]').waitFor();
  assert.deepEqual(problems, []);
});

test('data-links="off": departments and problems open without touching the fragment', async () => {
  const { page, problems } = await openRound('fixtures/collection-links-off.html#health');
  await page.locator('.rb-round-table').waitFor();
  assert.equal(await page.locator('.rb-department').count(), 0, 'the fragment is not followed');
  const entries = await page.evaluate(() => history.length);
  await page.locator('.rb-dept-link', { hasText: '水务局' }).click();
  const board = page.locator('.rb-latest');
  await board.locator('.rb-board').waitFor();
  await board.locator('.rb-area-button').first().click();
  await board.locator('.rb-problem', { hasText: '三、' }).locator('.rb-problem-button').click();
  await board.locator('.rb-problem[data-open]').waitFor();
  assert.equal(await board.locator('.rb-copy-link').count(), 0, 'no link to copy');
  await page.locator('.rb-back-link').click();
  await page.locator('.rb-round-table').waitFor();
  assert.equal(await hash(page), '#health');
  assert.equal(await page.evaluate(() => history.length), entries, 'no history entry');
  assert.deepEqual(problems, []);
});

const MODES = [
  ['default-1280', 'fixtures/collection.html', {}],
  ['phone-360', 'fixtures/collection.html', { width: 360, height: 800 }],
  ['elderly', 'fixtures/collection-elderly.html', {}],
  ['dark', 'fixtures/collection.html', { context: { colorScheme: 'dark' } }],
  ['high-contrast', 'fixtures/collection.html', { context: { forcedColors: 'active' } }],
  ['hant', 'fixtures/collection-hant.html', {}],
  ['english', 'fixtures/collection-en.html', {}],
];

for (const [name, path, opts] of MODES) {
  test(`axe-core on the collection views — ${name}`, async () => {
    const { page, problems: seen } = await openRound(path, opts);
    // axe applies inline styles while it checks: errors are taken before it runs.
    const problems = [];
    const take = () => problems.push(...seen.splice(0));
    if (name === 'hant') await page.locator('.rb-round-title', { hasText: '縣' }).waitFor();
    const toggle = page.locator('.rb-distribution .rb-table-toggle');
    if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
    take();
    assert.deepEqual(await axe(page), [], `axe on ${name} overview`);
    await shot(page, `collection-${name}.png`);
    seen.splice(0);
    await page.locator('.rb-round-layout .rb-tool').nth(1).click();
    take();
    assert.deepEqual(await axe(page), [], `axe on ${name} small multiples`);
    seen.splice(0);
    await page.locator('.rb-dept-link').nth(1).click();
    await page.locator('.rb-department .rb-board').waitFor();
    await page.locator('.rb-changes-summary').waitFor();
    const bt = page.locator('.rb-burnup .rb-table-toggle');
    if ((await bt.getAttribute('aria-expanded')) === 'false') await bt.click();
    take();
    assert.deepEqual(await axe(page), [], `axe on ${name} department`);
    await shot(page, `collection-${name}-department.png`);
    assert.deepEqual(problems, []);
  });
}
