// The widget's benchmark, beside an ECharts 6 page that draws the same things
// from the same data (headline counts, a donut with the SVG renderer and aria,
// stacked bars per area, the list of areas), in one headless Chromium.
//
//   (cd bench && npm ci)          once: ECharts 6 + playwright-core into bench/node_modules
//   scripts/build.sh              the widget into dist/
//   node bench/run.mjs            everything below (~10 min on a loaded 2-core machine)
//   node bench/run.mjs size timeline        only some parts: size timeline ratios interactions memory
//   RUNS=15 CPU=1,4,6 node bench/run.mjs ratios
//   PROBLEMS=100000 node bench/run.mjs interactions
//   node bench/run.mjs overview             the collection overview at 300 × 4
//   node bench/run.mjs prerender            first chart with and without the `rectify render` fragment
//
// Prints, and writes to bench/results/latest.txt:
// - ratios: widget/ECharts time to first chart (navigation start → the first
//   animation frame in which two SVG charts have marks) for the bundled report,
//   1,000 and 10,000 problems, at each CPU slowdown (CDP
//   Emulation.setCPUThrottlingRate); medians of RUNS alternating runs;
// - timeline: when each resource of one load starts and ends (resource timing);
// - interactions at 10,000 problems (PROBLEMS=100000 for 100,000): legend
//   toggle, drill into an area, back, the search box's first focus, a
//   keystroke in search; the work (DOM work + the rendering of the frame that
//   shows it), the DOM work, and the end of the first frame after the first
//   and after the last change;
// - memory at 10,000 and 100,000 problems: peak JS heap (CDP
//   Runtime.getHeapUsage sampled every ~10 ms during the load, so between tasks)
//   and the wasm memory (every WebAssembly.Memory on the page, found with CDP
//   Runtime.queryObjects: nothing is exposed by the product), then again once
//   the search box has been focused (which makes the search index);
// - overview: a collection of 300 departments × 4 reports (`rectify sample
//   --collection`): from the collection's arrival (its resource timing
//   responseEnd) to the first frame with the table's first rows and the
//   distribution chart, and to the first with all 300 rows (boot.js starts
//   the overview bundle on the collection's first bytes; the embed hands the
//   collection to it); medians of RUNS loads; no report is fetched;
// - prerender: time to first chart of the bundled report on a page with the
//   plain host element and on the same page with the fragment `rectify render`
//   writes (the charts are in its declarative shadow root), and when the live
//   widget took the fragment over; medians of RUNS alternating runs per CPU;
// - size: gzip bytes of the embed bundle's wasm/JS/CSS, the wasm by section and
//   by function (twiggy: `cargo install twiggy --locked`).
// Generated reports come from `cargo run -q -p rectify-cli -- sample --problems N`
// and are kept in bench/results/data/.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync, copyFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

import { serve } from './lib/serve.mjs';
import { median, openTimed } from './lib/first-chart.mjs';
import { peerData } from './lib/peer.mjs';
import { sizeReport } from './lib/size.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = dirname(HERE);
const DIST = process.env.DIST || join(ROOT, 'dist');
const WORK = join(HERE, 'results/data');
const RUNS = Number(process.env.RUNS || 7);
const CPU = (process.env.CPU || '1,4').split(',').map(Number);
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const ALL = ['size', 'timeline', 'ratios', 'interactions', 'memory', 'overview', 'prerender'];
const parts = process.argv.slice(2).length ? process.argv.slice(2) : ALL;
for (const p of parts) if (!ALL.includes(p)) throw new Error(`unknown part ${p}: one of ${ALL.join(' ')}`);

if (!existsSync(join(DIST, 'boot.js'))) {
  console.error('no dist/boot.js: run scripts/build.sh first');
  process.exit(1);
}
mkdirSync(WORK, { recursive: true });
const out = [];
const say = (s = '') => {
  console.log(s);
  out.push(s);
};
const ms = (v) => `${v.toFixed(0)} ms`;
const mb = (b) => `${(b / 1048576).toFixed(1)} MB`;

// ---- data sets: name → a report, a host page for the widget, the ECharts input
/** Runs the `rectify` CLI (built natively: the widget's build settings in
 *  .tools/env.sh are for wasm, not for the CLI); returns its standard output. */
function cli(args) {
  const env = { ...process.env };
  for (const k of ['CARGO_TARGET_DIR', 'RUSTFLAGS', 'RUSTC_BOOTSTRAP', 'CARGO_UNSTABLE_BUILD_STD', 'CARGO_UNSTABLE_BUILD_STD_FEATURES']) delete env[k];
  return execFileSync('cargo', ['run', '-q', '-p', 'rectify-cli', '--', ...args], { cwd: ROOT, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024 });
}
function sample(n) {
  const file = join(WORK, `sample-${n}.json`);
  if (!existsSync(file)) cli(['sample', '--problems', String(n), '-o', file]);
  return file;
}
const host = (src) => `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>portal</title></head>
<body><main><h1>portal</h1><div data-rectify-board data-src="${src}"></div></main>
<script type="module" src="/boot.js"></script></body></html>`;
const sets = {};
function dataset(name, file) {
  if (sets[name]) return sets[name];
  const json = join(WORK, `${name}.json`);
  if (!existsSync(json) || statSync(json).mtimeMs < statSync(file).mtimeMs) {
    copyFileSync(file, json);
    writeFileSync(join(WORK, `${name}-peer.json`), JSON.stringify(peerData(JSON.parse(readFileSync(file, 'utf8')))));
  }
  writeFileSync(join(WORK, `${name}.html`), host(`/bench/${name}.json`));
  return (sets[name] = { name, bytes: statSync(json).size, widget: `/bench/${name}.html`, peer: `/bench/echarts.html?src=/bench/${name}-peer.json` });
}
copyFileSync(join(HERE, 'echarts-peer.html'), join(WORK, 'echarts.html'));
const bundledFile = join(DIST, 'reports/zhongshan-finance-2025-09.json');

// ---- the browser
let server;
let browser;
function openPage(path, options) {
  return openTimed(browser, server.base + path, options);
}
async function firstChart(path, cpu) {
  const { context, painted } = await openPage(path, { cpu });
  await context.close();
  return painted;
}

// ---- parts
async function ratios() {
  const list = [['bundled report (31 problems)', dataset('bundled', bundledFile)],
    ['1,000 problems', dataset('k1', sample(1000))], ['10,000 problems', dataset('k10', sample(10000))]];
  say(`time to first chart, medians of ${RUNS} alternating runs (widget, ECharts, widget, …):`);
  say(`  ${'data'.padEnd(30)} ${'CPU'.padEnd(4)} ${'widget'.padStart(8)} ${'ECharts'.padStart(8)}  ratio`);
  for (const cpu of CPU) {
    for (const [label, s] of list) {
      const ours = [];
      const peer = [];
      for (let i = 0; i < RUNS; i++) {
        ours.push(await firstChart(s.widget, cpu));
        peer.push(await firstChart(s.peer, cpu));
      }
      say(`  ${label.padEnd(30)} ${('×' + cpu).padEnd(4)} ${ms(median(ours)).padStart(8)} ${ms(median(peer)).padStart(8)}  ${(median(ours) / median(peer)).toFixed(2)}   (widget ${ours.map((v) => v.toFixed(0)).join(' ')}; ECharts ${peer.map((v) => v.toFixed(0)).join(' ')})`);
    }
  }
}

async function timeline() {
  for (const [label, s] of [['bundled report', dataset('bundled', bundledFile)], ['10,000 problems', dataset('k10', sample(10000))]]) {
    const { context, page, painted } = await openPage(s.widget);
    const entries = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      return [{ name: location.pathname, initiatorType: 'navigation', startTime: 0, responseEnd: nav.responseEnd },
        ...performance.getEntriesByType('resource').map((e) => ({ name: new URL(e.name).pathname, initiatorType: e.initiatorType, startTime: e.startTime, responseEnd: e.responseEnd }))];
    });
    await context.close();
    say(`resource timeline of one load, ${label} (ms from navigation start):`);
    for (const e of entries) {
      say(`  ${e.name.padEnd(44)} ${e.initiatorType.padEnd(11)} ${e.startTime.toFixed(0).padStart(6)} → ${e.responseEnd.toFixed(0).padStart(6)}`);
    }
    say(`  first frame with both charts ${painted.toFixed(0).padStart(44)}`);
  }
}

async function interactions() {
  // PROBLEMS=100000 for the same at 100,000 problems.
  const n = Number(process.env.PROBLEMS || 10000);
  const s = dataset(n === 10000 ? 'k10' : `k${n / 1000}`, sample(n));
  const res = { legendOff: [], legendOn: [], drill: [], back: [], drillAgain: [], searchFocus: [], searchFirst: [], searchNarrow: [] };
  for (let i = 0; i < RUNS; i++) {
    const { context, page } = await openPage(s.widget);
    await page.locator('[data-rectify-board] .rb-board').waitFor();
    const r = await page.evaluate(async () => {
      const root = document.querySelector('[data-rectify-board]').shadowRoot;
      // Each frame: when its rAF callback ran, and when the task after it ran
      // (after the frame's style, layout and paint).
      const frames = [];
      const frame = () => new Promise((ok) => requestAnimationFrame(() => {
        const start = performance.now();
        setTimeout(() => {
          frames.push({ start, end: performance.now() });
          ok();
        }, 0);
      }));
      let last = 0;
      let first = 0;
      let changes = [];
      new MutationObserver(() => {
        last = performance.now();
        first = first || last;
        changes.push(last);
      }).observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
      // From the click to (a) the last DOM change, (b) the end of the first
      // frame that began after that change (the frame that shows it), (c) the
      // end of the first frame that began after the first change (what the
      // reader sees first, where the rest follows in later frames), and (d)
      // the work: the DOM work plus the rendering (style, layout, paint) of
      // the frame that shows it, without the wait for that frame; (e) the
      // first frame's work: the DOM work done before that frame began plus
      // its rendering; (f) the longest interval between two animation
      // frames from the click until the change is complete (16.7 ms: no
      // frame dropped; a long task in between shows here).
      const measure = async (el, done, act = () => el.click()) => {
        await frame();
        frames.length = 0;
        last = 0;
        first = 0;
        changes = [];
        const t0 = performance.now();
        act();
        while (!done()) await frame();
        for (;;) {
          const before = last;
          await frame();
          if (last === before) break;
        }
        const shown = frames.find((f) => f.start >= last);
        const seen = frames.find((f) => f.start >= (first || t0));
        const before = changes.filter((c) => c < seen.start).at(-1) ?? t0;
        let longest = 0;
        for (let i = 0, at = t0; i < frames.length && frames[i].start <= shown.start; at = frames[i++].start) longest = Math.max(longest, frames[i].start - at);
        return { dom: Math.max(last - t0, 0), frame: shown.end - t0, first: seen.end - t0, work: Math.max(last - t0, 0) + (shown.end - shown.start), work1: before - t0 + (seen.end - seen.start), longest };
      };
      const q = (sel) => root.querySelector(sel);
      const legend = q('.rb-legend-item[data-status=done]') || q('.rb-legend-item');
      const legendOff = await measure(legend, () => legend.getAttribute('aria-pressed') === 'false');
      const legendOn = await measure(legend, () => legend.getAttribute('aria-pressed') === 'true');
      // The first drill-down loads the detail bundle (dist/detail/) and reads
      // the report there; the second finds both ready.
      const drill = await measure(q('.rb-area-button'), () => !!q('.rb-problems li'));
      const back = await measure(q('.rb-back'), () => !!q('.rb-area-button'));
      const drillAgain = await measure(q('.rb-area-button'), () => !!q('.rb-problems li'));
      await measure(q('.rb-back'), () => !!q('.rb-area-button'));
      // A keystroke in search: the box is focused first (which makes the
      // index, measured too), then one character typed (every problem matches "第"), then
      // one more that narrows the results ("第99").
      // The embed's stand-in is replaced by the detail bundle's box on focus.
      const standIn = q('.rb-search-input');
      const searchFocus = await measure(standIn, () => !!q('.rb-search-status'), () => standIn.focus());
      const box = q('.rb-search-input');
      const count = () => q('.rb-hits-count')?.textContent || '';
      const type = (value) => () => {
        box.value = value;
        box.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: value.slice(-1) }));
      };
      const searchFirst = await measure(box, () => count() !== '', type('第'));
      const before = count();
      box.value = '第9';
      box.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      while (count() === before) await frame();
      const mid = count();
      const searchNarrow = await measure(box, () => count() !== mid, type('第99'));
      return { legendOff, legendOn, drill, back, drillAgain, searchFocus, searchFirst, searchNarrow };
    });
    for (const k in res) res[k].push(r[k]);
    await context.close();
  }
  say(`interactions at ${n.toLocaleString('en')} problems, medians of ${RUNS} page loads; headless frames are ~16.7 ms apart, so a frame figure includes up to one frame of waiting:`);
  say(`    work = DOM work + the rendering (style, layout, paint) of the frame that shows it; DOM = click → last DOM change;`);
  say(`    first = click → end of the first frame after the first change; frame = click → end of the first frame after the last change;`);
  say(`    work₁ = the DOM work before the first frame showing a change + that frame's rendering; longest = the longest interval between two frames until done (16.7: none dropped)`);
  say(`  ${''.padEnd(32)} ${'work'.padStart(8)} ${'DOM'.padStart(8)} ${'first'.padStart(8)} ${'frame'.padStart(8)} ${'work₁'.padStart(8)} ${'longest'.padStart(8)}`);
  const row = (label, v) => {
    const m = (k) => ms(median(v.map((x) => x[k]))).padStart(8);
    say(`  ${label.padEnd(32)} ${m('work')} ${m('dom')} ${m('first')} ${m('frame')} ${m('work1')} ${m('longest')}   (work ${v.map((x) => x.work.toFixed(0)).join(' ')})`);
  };
  row('legend toggle (hide done)', res.legendOff);
  row('legend toggle (show again)', res.legendOn);
  row('drill into an area (first: bundle)', res.drill);
  row('back to all areas', res.back);
  row('drill into an area again', res.drillAgain);
  row('search box first focus (index)', res.searchFocus);
  row('search keystroke (第)', res.searchFirst);
  row('search keystroke (第9 → 第99)', res.searchNarrow);
}

async function memory() {
  say('memory (peak JS heap sampled between tasks with CDP Runtime.getHeapUsage; wasm memory = every WebAssembly.Memory\'s buffer, which never shrinks, so it is its peak):');
  for (const [label, n, runs] of [['10,000 problems', 10000, 3], ['100,000 problems', 100000, 1]]) {
    const s = dataset(n === 10000 ? 'k10' : 'k100', sample(n));
    const rows = [];
    for (let i = 0; i < runs; i++) {
      let peak = 0;
      let stop = false;
      let sampler;
      const { context, page, cdp, painted } = await openPage(s.widget, {
        before: async (c) => {
          sampler = (async () => {
            while (!stop) {
              try {
                const h = await c.send('Runtime.getHeapUsage');
                peak = Math.max(peak, h.usedSize);
              } catch { /* navigating */ }
              await new Promise((r) => setTimeout(r, 10));
            }
          })();
        },
      });
      await page.waitForTimeout(500);
      stop = true;
      await sampler;
      await cdp.send('HeapProfiler.enable');
      const h = await cdp.send('Runtime.getHeapUsage');
      peak = Math.max(peak, h.usedSize);
      const proto = await cdp.send('Runtime.evaluate', { expression: 'WebAssembly.Memory.prototype' });
      const objs = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.result.objectId });
      const sizes = await cdp.send('Runtime.callFunctionOn', {
        objectId: objs.objects.objectId, returnByValue: true,
        functionDeclaration: 'function () { return this.map((m) => m.buffer.byteLength); }',
      });
      const wasm = sizes.result.value.reduce((a, b) => a + b, 0);
      // The search index is made when the search box is first focused.
      await page.locator('[data-rectify-board] .rb-search-input').focus();
      // The index lives in the detail bundle (loaded by that focus), which
      // has its own memory: the memories are queried again, until their
      // total stays the same for a second (the bundle loaded, the report
      // read, the index made).
      const total = async () => {
        const all = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.result.objectId });
        return (await cdp.send('Runtime.callFunctionOn', {
          objectId: all.objects.objectId, returnByValue: true,
          functionDeclaration: 'function () { return this.map((m) => m.buffer.byteLength).reduce((a, b) => a + b, 0); }',
        })).result.value;
      };
      let indexed = await total();
      for (let still = 0, waited = 0; still < 4 && waited < 30000; waited += 250) {
        await page.waitForTimeout(250);
        const now = await total();
        still = now === indexed && now > wasm ? still + 1 : 0;
        indexed = now;
      }
      rows.push({ peak, after: h.usedSize, wasm, indexed, painted, count: sizes.result.value.length });
      await context.close();
    }
    const m = (k) => median(rows.map((r) => r[k]));
    say(`  ${label.padEnd(18)} JSON ${mb(s.bytes).padStart(8)}: first chart ${ms(m('painted'))}, peak JS heap ${mb(m('peak'))} (${mb(m('after'))} after), wasm memory ${mb(m('wasm'))} = ${(m('wasm') / s.bytes).toFixed(1)}× the JSON (${rows[0].count} memory, ${runs} run${runs > 1 ? 's' : ''}); with the detail bundle and its search index ${mb(m('indexed'))} in all`);
  }
}

// The collection overview at 300 departments × 4 reports. First paint: the
// first frame with the table's first rows and the distribution chart (the
// overview draws the first screenful of rows at once, the rest in later
// frames); complete: the first frame with all 300 rows.
const overviewProbe = () => {
  const tick = () => {
    const h = document.querySelector('[data-rectify-board]');
    const root = h && h.shadowRoot;
    const rows = root ? root.querySelectorAll('.rb-round-table tbody tr').length : 0;
    if (rows > 0 && !window.__firstPaint && root.querySelector('.rb-distribution rect')) window.__firstPaint = performance.now();
    if (rows >= 300 && window.__firstPaint) {
      window.__painted = performance.now();
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
};
async function overview() {
  const dir = join(WORK, 'c300x4');
  if (!existsSync(join(dir, 'collection.json'))) {
    const env = { ...process.env };
    for (const k of ['CARGO_TARGET_DIR', 'RUSTFLAGS', 'RUSTC_BOOTSTRAP', 'CARGO_UNSTABLE_BUILD_STD', 'CARGO_UNSTABLE_BUILD_STD_FEATURES']) delete env[k];
    execFileSync('cargo', ['run', '-q', '-p', 'rectify-cli', '--', 'sample', '--collection', '--departments', '300', '--reports', '4', '-o', dir], { cwd: ROOT, env, stdio: ['ignore', 'inherit', 'inherit'] });
  }
  writeFileSync(join(WORK, 'c300x4.html'), host('/bench/c300x4/collection.json'));
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(overviewProbe);
    await page.goto(server.base + '/bench/c300x4.html');
    await page.waitForFunction(() => window.__painted, null, { timeout: 300_000, polling: 50 });
    runs.push(await page.evaluate(() => {
      const res = performance.getEntriesByType('resource');
      const end = (re) => (res.find((e) => re.test(e.name)) || {}).responseEnd;
      const handOff = performance.getEntriesByName('rectify-board:hand-off')[0];
      return {
        arrived: end(/collection\.json/), handedOff: handOff && handOff.startTime, bundle: end(/rectify-overview_bg\.wasm/), firstPaint: window.__firstPaint, painted: window.__painted,
        reports: res.filter((e) => /\/d\d{3}\//.test(e.name)).length,
      };
    }));
    await context.close();
  }
  const m = (f) => median(runs.map(f));
  say(`collection overview, 300 departments × 4 reports (${statSync(join(dir, 'collection.json')).size} B of collection JSON), medians of ${RUNS} loads:`);
  say(`  collection arrived → overview's first paint (first rows + distribution): ${ms(m((r) => r.firstPaint - r.arrived))}   (${runs.map((r) => (r.firstPaint - r.arrived).toFixed(0)).join(' ')})`);
  say(`  collection arrived → all 300 rows: ${ms(m((r) => r.painted - r.arrived))}   (${runs.map((r) => (r.painted - r.arrived).toFixed(0)).join(' ')})`);
  say(`    the overview bundle's wasm arrived ${ms(m((r) => r.bundle - r.arrived))} after the collection (negative: before it; boot.js starts it on the collection's first bytes); the embed handed the collection over ${ms(m((r) => r.handedOff - r.arrived))} after its arrival`);
  say(`  navigation start → overview painted: ${ms(m((r) => r.painted))}; reports fetched: ${Math.max(...runs.map((r) => r.reports))}`);
}

async function prerender() {
  const plain = dataset('bundled', bundledFile);
  const fragment = cli(['render', bundledFile, '--src', '/bench/bundled.json', '--base', '/']);
  writeFileSync(join(WORK, 'bundled-prerendered.html'), host('/bench/bundled.json').replace(/<div data-rectify-board[^>]*><\/div>/, () => fragment.trim()));
  const taken = () => {
    const h = document.querySelector('[data-rectify-board="mounted"]');
    return h && h.childNodes.length === 0 && h.shadowRoot.querySelectorAll('.rb-root').length === 1 && !h.shadowRoot.querySelector('.rb-root').style.cssText && performance.now();
  };
  say(`prerender: time to first chart of the bundled report (${Buffer.byteLength(fragment)} B fragment), medians of ${RUNS} alternating runs:`);
  say(`  ${'CPU'.padEnd(4)} ${'plain host'.padStart(11)} ${'fragment'.padStart(9)}  ratio  taken over, first contentful paint (fragment page)`);
  for (const cpu of CPU) {
    const without = [];
    const withFragment = [];
    const takenOver = [];
    const fcp = [];
    for (let i = 0; i < RUNS; i++) {
      without.push(await firstChart(plain.widget, cpu));
      const { context, page, painted } = await openPage('/bench/bundled-prerendered.html', { cpu });
      withFragment.push(painted);
      // The page's first contentful paint: where the charts come with it,
      // the fragment cannot be any sooner.
      fcp.push(await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN));
      takenOver.push(await (await page.waitForFunction(taken, null, { timeout: 300_000, polling: 'raf' })).jsonValue());
      await context.close();
    }
    say(`  ${('×' + cpu).padEnd(4)} ${ms(median(without)).padStart(11)} ${ms(median(withFragment)).padStart(9)}  ${(median(without) / median(withFragment)).toFixed(1)}×   ${ms(median(takenOver))}, FCP ${ms(median(fcp))}   (plain ${without.map((v) => v.toFixed(0)).join(' ')}; fragment ${withFragment.map((v) => v.toFixed(0)).join(' ')})`);
  }
}

// ---- run
say(`bench/run.mjs ${new Date().toISOString()}  ${parts.join(' ')}  (RUNS=${RUNS}, CPU=${CPU.join(',')}; headless Chromium ${CHROMIUM}, 1280×900)`);
if (parts.includes('size')) say(sizeReport({ root: ROOT, dist: DIST, work: WORK }));
if (parts.some((p) => p !== 'size')) {
  server = await serve({ dist: DIST, work: WORK });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    for (const [name, f] of [['timeline', timeline], ['ratios', ratios], ['interactions', interactions], ['memory', memory], ['overview', overview], ['prerender', prerender]]) {
      if (parts.includes(name)) await f();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}
mkdirSync(join(HERE, 'results'), { recursive: true });
writeFileSync(join(HERE, 'results/latest.txt'), out.join('\n') + '\n');
