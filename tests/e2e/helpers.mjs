// Shared setup for the browser tests of issue 4 (accessibility, languages,
// embedding, export): a server for dist/ with the strict CSP, Chromium, a
// page opener that records CSP violations and errors, and axe-core.
import { mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

import { serve } from './server.mjs';
import { launch } from './browser.mjs';
import { ARTIFACTS, DIST, FIXTURES, makeFixtures } from './fixtures.mjs';

export { ARTIFACTS, FIXTURES };
const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

/** Writes a host page into the fixtures (served at /fixtures/NAME). */
export function hostPage(name, body, { head = '', lang = 'zh-Hans' } = {}) {
  mkdirSync(FIXTURES, { recursive: true });
  writeFileSync(join(FIXTURES, name), `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>嵌入测试页 ${name}</title>
${head}
<script type="module" src="/boot.js"></script>
</head><body><main><h1>测试门户页面</h1>${body}</main></body></html>`);
}

export async function setup() {
  mkdirSync(ARTIFACTS, { recursive: true });
  makeFixtures();
  const server = await serve({ root: DIST, fixtures: FIXTURES, delays: true });
  const browser = await launch();
  return { server, browser };
}

/**
 * Opens `url` in a new context. Records page errors, console errors and
 * securitypolicyviolation events (in `problems`). Waits for the widget
 * unless `wait` is false.
 */
export async function open(browser, url, { width = 1280, height = 900, wait = true, context: opts = {} } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, acceptDownloads: true, ...opts });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/status of 404/.test(m.text())) problems.push(`console: ${m.text()}`);
    if (/Content Security Policy|Refused to/.test(m.text())) problems.push(`csp: ${m.text()}`);
  });
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
    }, true);
  });
  await page.goto(url);
  if (wait) await page.locator('.rb-board, .rb-error').first().waitFor({ timeout: 30_000 });
  return { page, context, problems };
}

/** CSP violations seen by the page (securitypolicyviolation events). */
export async function cspViolations(page) {
  return page.evaluate(() => window.__csp || []);
}

/** Runs axe-core (WCAG 2.x A/AA + 2.2 AA) and returns one line per violation. */
export async function axe(page) {
  // Evaluated through the DevTools protocol: not blocked by the page's CSP.
  await page.evaluate(AXE);
  const result = await page.evaluate((tags) => window.axe.run(document, { runOnly: tags }), AXE_TAGS);
  return result.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help} (${v.nodes[0].target})`);
}

/** The deepest focused element (through shadow roots): its tag, class and label. */
/** The number of rows in the listing once `n` are drawn (the first
 * screenful comes in the frame that opens it, the rest after that frame),
 * or as many as there are after 10 s. */
export async function listedRows(page, n) {
  await page.waitForFunction((n) => [...document.querySelectorAll('[data-rectify-board]')]
    .some((host) => host.shadowRoot?.querySelectorAll('.rb-problems > li').length === n), n, { timeout: 10000 })
    .catch(() => {});
  return page.locator('.rb-problems > li').count();
}

export async function focused(page) {
  return page.evaluate(() => {
    let a = document.activeElement;
    while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
    return a ? { tag: a.tagName.toLowerCase(), cls: a.getAttribute('class') || '', label: a.getAttribute('aria-label') || a.textContent.trim() } : null;
  });
}

export async function shot(page, name, opts = {}) {
  await page.screenshot({ path: join(ARTIFACTS, name), fullPage: true, ...opts });
}
