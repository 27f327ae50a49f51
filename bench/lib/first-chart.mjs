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
  await page.goto(url);
  await page.waitForFunction(() => window.__painted, null, { timeout: 300_000, polling: 50 });
  const painted = await page.evaluate(() => window.__painted);
  // When the report's JSON had arrived (resource timing), for the time from
  // the data's arrival to the first chart.
  const dataEnd = await page.evaluate(() => performance.getEntriesByType('resource').find((e) => /\.json(\?|$)/.test(e.name))?.responseEnd ?? NaN);
  return { context, page, cdp, painted, dataEnd };
}

/** The median of numbers. */
export function median(v) {
  const s = [...v].sort((x, y) => x - y);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}
