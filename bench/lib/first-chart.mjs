// Opening a page and timing its first chart: navigation start → the first
// animation frame in which two SVG charts have marks (in the widget's
// shadow root or the page). Shared by run.mjs, ab.mjs and profile.mjs.

function probe() {
  const tick = () => {
    const h = document.querySelector('[data-rectify-board]');
    const root = h ? h.shadowRoot : document;
    const svgs = root ? [...root.querySelectorAll('svg')].filter((s) => s.querySelector('path, rect')) : [];
    if (svgs.length >= 2) {
      window.__painted = performance.now();
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** Opens `url` at 1280×900 (CPU slowed `cpu`×), runs `before(cdp)` before
 * navigating, and returns the page with its first chart's time. */
export async function openTimed(browser, url, { cpu = 1, before } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  await page.addInitScript(probe);
  if (before) await before(cdp);
  return { context, page, cdp, ...(await loadTimed(page, url)) };
}

/** Navigates `page` (opened by `openTimed`) to `url` and returns its first
 * chart's time and when the report's JSON had arrived (resource timing),
 * for the time from the data's arrival to the first chart. */
export async function loadTimed(page, url) {
  await page.goto(url);
  await page.waitForFunction(() => window.__painted, null, { timeout: 300_000, polling: 50 });
  const painted = await page.evaluate(() => window.__painted);
  const dataEnd = await page.evaluate(() => performance.getEntriesByType('resource').find((e) => /\.json(\?|$)/.test(e.name))?.responseEnd ?? NaN);
  return { painted, dataEnd };
}

/** The median of numbers. */
export function median(v) {
  const s = [...v].sort((x, y) => x - y);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** The renderer main thread's CPU time (ms) in top-level events (tasks,
 * microtask checkpoints run after them) that start between `from` and `to`
 * (ms from navigation start). */
export function mainThreadCpu(events, from, to) {
  const nav = events.find((e) => e.name === 'navigationStart');
  if (!nav) return NaN;
  const own = events
    .filter((e) => e.ph === 'X' && e.pid === nav.pid && e.tid === nav.tid && e.tdur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  let us = 0;
  let end = -Infinity;
  for (const e of own) {
    if (e.ts < end) continue; // nested in the last top-level event
    end = e.ts + e.dur;
    const at = (e.ts - nav.ts) / 1000;
    if (at >= from && at <= to) us += e.tdur;
  }
  return us / 1000;
}
