// One interaction of a loaded widget, for profiling or tracing it alone
// (bench/profile.mjs, bench/trace.mjs with ACT=drill or ACT=back).

/**
 * Clicks an area (`what` = 'drill') or the way back ('back') and waits until
 * it is shown and two frames have passed with no change in the widget.
 * Returns, in ms from navigation start, the click (`t0`), and from the click
 * the last DOM change (`dom`) and the end of the wait (`all`).
 */
export function step(page, what) {
  return page.evaluate(async (what) => {
    const root = document.querySelector('[data-rectify-board]').shadowRoot;
    const q = (sel) => root.querySelector(sel);
    const frame = () => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
    let last = 0;
    new MutationObserver(() => { last = performance.now(); }).observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    const [el, done] = what === 'drill'
      ? [q('.rb-area-button'), () => !!q('.rb-problems li')]
      : [q('.rb-back'), () => !!q('.rb-area-button')];
    await frame();
    performance.mark('rb-act'); // where a trace's interaction starts
    const t0 = performance.now();
    el.click();
    while (!done()) await frame();
    for (let quiet = 0; quiet < 2;) {
      const before = last;
      await frame();
      quiet = last === before ? quiet + 1 : 0;
    }
    return { t0, dom: last - t0, all: performance.now() - t0 };
  }, what);
}

/**
 * Opens an area and goes back once (the detail bundle loads and reads the
 * report), then, for `act` = 'back', opens it again: what is left is `act` alone.
 */
export async function prepare(page, act) {
  await page.locator('[data-rectify-board] .rb-area-button').first().waitFor();
  await step(page, 'drill');
  await step(page, 'back');
  if (act === 'back') await step(page, 'drill');
}
