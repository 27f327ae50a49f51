// Issue 4, point 3: 简体 (default), 繁體 (interface and the report's own text,
// converted with OpenCC's phrases, table fetched only when chosen), English;
// numbers and dates per locale.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';

import { setup, open, shot, hostPage } from './helpers.mjs';
import { BUNDLED, stats } from './fixtures.mjs';

let server;
let browser;

before(async () => {
  ({ server, browser } = await setup());
  hostPage('hant-direct.html', '<div data-rectify-board data-lang="zh-Hant"></div>');
  hostPage('en-direct.html', '<div data-rectify-board data-lang="en"></div>');
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('简体 by default: the 繁體 table is not fetched; choosing 繁體 fetches it and converts the report text', async () => {
  const { page, context, problems } = await open(browser, server.url, { wait: false });
  const fetched = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.locator('.rb-board').waitFor();
  assert.match(await page.locator('.rb-title').textContent(), /进展情况/);
  assert.equal(fetched.filter((p) => p.includes('s2t')).length, 0);
  await page.locator('.rb-lang', { hasText: '繁體' }).click();
  await page.locator('.rb-title', { hasText: '進展情況' }).waitFor();
  assert.deepEqual(fetched.filter((p) => p.includes('s2t')), ['/i18n/s2t.txt']);
  const title = await page.locator('.rb-title').textContent();
  assert.match(title, /中共中山市財政局黨組關於十五屆市委第六輪巡察整改進展情況的通報/);
  assert.equal(await page.locator('.rb').getAttribute('lang'), 'zh-Hant');
  // Interface strings are 繁體 too; counts and rates unchanged.
  assert.match(await page.locator('[data-figure=total] .rb-figure-label').textContent(), /問題總數/);
  assert.match(await page.locator('.rb-donut svg > desc').textContent(), /共31個問題/);
  // A drilled-in problem's text is converted at phrase level.
  await page.locator('.rb-area-button').nth(1).click();
  await page.locator('.rb-problem-button').first().click();
  const detail = await page.locator('.rb-detail').textContent();
  assert.doesNotMatch(detail, /这|进|问题/);
  // Back to 简体 without another fetch.
  await page.locator('.rb-lang', { hasText: '简体' }).click();
  await page.locator('.rb-title', { hasText: '进展情况' }).waitFor();
  await page.locator('.rb-lang', { hasText: '繁體' }).click();
  await page.locator('.rb-title', { hasText: '進展情況' }).waitFor();
  assert.equal(fetched.filter((p) => p.includes('s2t')).length, 1);
  assert.deepEqual(problems, []);
  await context.close();
});

test('English words are fetched with the language: 简体 meanwhile (never blank); a failed load says so in English, with a retry that works', async () => {
  const { page, context, problems } = await open(browser, server.url);
  const fetched = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.locator('.rb-board').waitFor();
  // The embed has only 简体 compiled in; nothing else is fetched for it.
  const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
  assert.equal(loaded.filter((p) => p.startsWith('/i18n/')).length, 0, loaded.join(' '));
  const label = page.locator('[data-figure=total] .rb-figure-label');
  assert.equal(await label.textContent(), '问题总数');
  // The table cannot be loaded: the board stays in 简体, and the note says
  // why in English (a resident message), with a retry.
  await page.route('**/i18n/en.txt', (route) => route.abort());
  await page.locator('.rb-lang', { hasText: 'English' }).click();
  const note = page.locator('.rb-note[role="status"]');
  await note.filter({ hasText: 'The English interface could not be loaded' }).waitFor();
  assert.equal(await label.textContent(), '问题总数');
  assert.equal(await page.locator('.rb').getAttribute('lang'), 'zh-Hans');
  assert.equal(await page.locator('.rb-lang[aria-pressed="true"]').textContent(), 'English');
  // Retried (slowly): 简体 and a loading note until the words arrive.
  await page.unroute('**/i18n/en.txt');
  server.delay('/i18n/en.txt', 700);
  try {
    await note.locator('button', { hasText: 'Try again' }).click();
    await note.filter({ hasText: 'Loading the English interface' }).waitFor();
    assert.equal(await label.textContent(), '问题总数');
    await label.filter({ hasText: /^Problems$/ }).waitFor();
  } finally {
    server.delay('/i18n/en.txt', 0);
  }
  assert.equal(await note.count(), 0);
  assert.equal(await page.locator('.rb').getAttribute('lang'), 'en');
  assert.match(await page.locator('.rb-donut svg > desc').textContent(), /^31 problems: done/);
  assert.equal(fetched.filter((p) => p === '/i18n/en.txt').length, 2);
  // Only the request this test refused.
  assert.deepEqual(problems.filter((p) => !p.includes('net::ERR_FAILED')), []);
  await context.close();
});

test('a page that starts in English waits for its words: the loading line in English, never the board in 简体', async () => {
  server.delay('/i18n/en.txt', 900);
  try {
    const { page, context, problems } = await open(browser, 'about:blank', { wait: false });
    // Every distinct state of the widget, each frame from the first on.
    await page.addInitScript(() => {
      window.__states = new Set();
      const look = () => {
        const root = document.querySelector('[data-rectify-board]')?.shadowRoot;
        const q = (s) => root && root.querySelector(s);
        window.__states.add(JSON.stringify({
          label: q('[data-figure=total] .rb-figure-label')?.textContent ?? null,
          loading: q('.rb-loading')?.textContent ?? null,
          lang: q('.rb')?.getAttribute('lang') ?? null,
        }));
        requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    await page.goto(server.url + 'fixtures/en-direct.html');
    await page.locator('[data-figure=total] .rb-figure-label', { hasText: /^Problems$/ }).waitFor();
    const states = (await page.evaluate(() => [...window.__states])).map((x) => JSON.parse(x));
    const said = JSON.stringify(states);
    assert.ok(states.every((x) => x.label === null || x.label === 'Problems'), said);
    assert.ok(states.some((x) => x.loading?.startsWith('Loading rectification data') && x.lang === 'en'), said);
    assert.ok(states.every((x) => !(x.loading || '').includes('正在加载')), said);
    assert.deepEqual(problems, []);
    await context.close();
  } finally {
    server.delay('/i18n/en.txt', 0);
  }
});

test('data-lang="zh-Hant" set by the host page shows 繁體 from the start', async () => {
  const { page, context, problems } = await open(browser, server.url + 'fixtures/hant-direct.html');
  await page.locator('.rb-title', { hasText: '進展情況' }).waitFor();
  assert.equal(await page.locator('.rb-lang[aria-pressed="true"]').textContent(), '繁體');
  await shot(page, 'hant-1280.png');
  assert.deepEqual(problems, []);
  await context.close();
});

test('English interface; dates and numbers follow the locale', async () => {
  const { page, context, problems } = await open(browser, server.url + 'fixtures/en-direct.html');
  // Its words are requested with the report (boot.js), before the wasm has
  // started: English from the first frames on, or 简体 for a moment.
  await page.locator('[data-figure=total] .rb-figure-label', { hasText: /^Problems$/ }).waitFor();
  const words = await page.evaluate(() => performance.getEntriesByType('resource')
    .filter((e) => /\/i18n\/en\.txt$|_bg\.wasm$/.test(e.name)).map((e) => [new URL(e.name).pathname, e.startTime]));
  assert.equal(words.filter(([p]) => p === '/i18n/en.txt').length, 1, JSON.stringify(words));
  const started = Object.fromEntries(words);
  assert.ok(started['/i18n/en.txt'] <= started['/rectify-board_bg.wasm'] + 50, JSON.stringify(words));
  const facts = await page.locator('.rb-facts').textContent();
  assert.match(facts, /As of: end of June 2025|As of: .*2025/);
  assert.match(facts, /Published: 12 September 2025/);
  assert.match(await page.locator('[data-figure=total] .rb-figure-label').textContent(), /^Problems$/);
  // The counts of the bundled report as the CLI computes them.
  const p = stats(BUNDLED).problems;
  const rate = `${Number((p.completion_rate * 100).toFixed(2))}%`;
  assert.equal(await page.locator('[data-figure=rate] .rb-figure-value').textContent(), rate);
  assert.ok(
    (await page.locator('.rb-donut svg > desc').textContent())
      .startsWith(`${p.total} problems: done ${p.done}, in progress ${p.in_progress}; ${rate} complete.`),
  );
  assert.match(await page.locator('.rb-legend').textContent(), /Done.*In progress/);
  assert.match(await page.locator('.rb-table-toggle').first().textContent(), /Show data table/);
  await shot(page, 'english-1280.png');
  // Interface text has English punctuation (the report's own words are exempt,
  // and the bundled report's area names have none).
  const fullWidth = /[\u3000-\u303F\uFF00-\uFFEF]/;
  const ui = await page.locator('.rb-fact-label, .rb-figure-label, .rb-legend, .rb-chart-title, .rb-table caption, .rb-table th[scope="col"], svg desc').allTextContents();
  const labels = await page.locator('.rb-mark').evaluateAll((marks) => marks.map((m) => m.getAttribute('aria-label')));
  await page.locator('.rb-bars .rb-mark').nth(1).hover();
  await page.locator('.rb-bars .rb-tip').waitFor();
  const tip = [await page.locator('.rb-bars .rb-tip').textContent(), await page.locator('.rb .rb-announce').textContent()];
  const g = stats(BUNDLED).groups[1];
  assert.ok(labels.join('\n').includes(`: Done ${g.done}, ${Number(((g.done / g.total) * 100).toFixed(2))}%`), labels.join('\n'));
  for (const text of [...ui, ...labels, ...tip]) assert.doesNotMatch(text, fullWidth, text);
  // 简体 dates for comparison.
  const zh = await open(browser, server.url);
  assert.match(await zh.page.locator('.rb-facts').textContent(), /2025年6月底.*2025年9月12日/);
  await zh.context.close();
  assert.deepEqual(problems, []);
  await context.close();
});
