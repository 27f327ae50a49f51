// Issue 4, point 5: print stylesheet (A4) and exports: each chart as SVG and
// PNG, the current filtered table as CSV with a UTF-8 BOM. All client-side.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

import { setup, open, cspViolations, ARTIFACTS } from './helpers.mjs';
import { BUNDLED, stats } from './fixtures.mjs';

let server;
let browser;

before(async () => {
  ({ server, browser } = await setup());
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function download(page, selector) {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.locator(selector).click()]);
  return { name: dl.suggestedFilename(), bytes: readFileSync(await dl.path()) };
}

test('the problem list downloads as CSV with a UTF-8 BOM, and follows the legend filter', async () => {
  const { page, context, problems } = await open(browser, server.url);
  let { name, bytes } = await download(page, '.rb-export-csv');
  assert.equal(name, 'rectify-problems.csv');
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  let rows = bytes.subarray(3).toString('utf8').trimEnd().split('\r\n');
  assert.equal(rows[0], '序号,领域,问题,状态,措施数');
  assert.equal(rows.length, 1 + 31 + 6); // header, problems, long-term items
  // A field with a comma is quoted.
  assert.equal(rows[1], '(1),聚焦巡察整改和成果运用情况,"健全议事决策机制,确保集中决策科学有效运行",已完成,4');
  writeFileSync(join(ARTIFACTS, 'problems.csv'), bytes);
  // Hide 已完成: the CSV has only the others.
  await page.locator('.rb-legend-item[data-status=done]').click();
  ({ bytes } = await download(page, '.rb-export-csv'));
  rows = bytes.subarray(3).toString('utf8').trimEnd().split('\r\n');
  const counts = stats(BUNDLED).problems;
  assert.equal(rows.length, 1 + counts.total - counts.done + 6);
  assert.ok(rows.slice(1).every((r) => /,(正在整改|长期整改),\d+$/.test(r)), rows.join('\n'));
  // Drilled into an area: that area's problems.
  await page.locator('.rb-legend-item[data-status=done]').click();
  await page.locator('.rb-area-button').first().click();
  ({ bytes } = await download(page, '.rb-export-csv'));
  rows = bytes.subarray(3).toString('utf8').trimEnd().split('\r\n');
  assert.equal(rows.length, 1 + 4);
  assert.deepEqual(await cspViolations(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('each chart downloads as a standalone SVG and as a PNG', async () => {
  const { page, context, problems } = await open(browser, server.url);
  for (const chart of ['donut', 'bars']) {
    const svg = await download(page, `.rb-${chart} .rb-export-svg`);
    assert.equal(svg.name, `rectify-${chart}.svg`);
    const text = svg.bytes.toString('utf8');
    assert.match(text, /^<\?xml/);
    assert.match(text, /<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    assert.match(text, /<title[^>]*>[^<]+<\/title>/);
    assert.match(text, /fill="rgb\(27, 122, 61\)"/); // done: the computed colour, no stylesheet needed
    assert.match(text, /<pattern /);
    assert.doesNotMatch(text, /class=|tabindex=/);
    writeFileSync(join(ARTIFACTS, `export-${chart}.svg`), svg.bytes);
    const png = await download(page, `.rb-${chart} .rb-export-png`);
    assert.equal(png.name, `rectify-${chart}.png`);
    assert.deepEqual([...png.bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const width = png.bytes.readUInt32BE(16);
    const height = png.bytes.readUInt32BE(20);
    assert.ok(width > 300 && height > 100, `${width}x${height}`);
    writeFileSync(join(ARTIFACTS, `export-${chart}.png`), png.bytes);
  }
  // The code for exports is loaded only when asked for, under the strict CSP.
  assert.deepEqual(await cspViolations(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('print (A4): title, as-of date, charts and full tables; no controls', async () => {
  const { page, context, problems } = await open(browser, server.url);
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['.rb-settings', '.rb-chart-tools', '.rb-exports', '.rb-legend', '.rb-areas']) {
    assert.equal(await page.locator(hidden).first().isVisible(), false, `${hidden} is printed`);
  }
  for (const shown of ['.rb-title', '.rb-facts', '.rb-donut svg', '.rb-bars svg', '.rb-donut .rb-table', '.rb-bars .rb-table', '.rb-print-only .rb-table']) {
    assert.ok(await page.locator(shown).first().isVisible(), `${shown} is not printed`);
  }
  assert.equal(await page.locator('.rb-print-only .rb-table tbody tr').count(), 31 + 6);
  await page.screenshot({ path: join(ARTIFACTS, 'print.png'), fullPage: true });
  await page.pdf({ path: join(ARTIFACTS, 'print.pdf'), format: 'A4', printBackground: true });
  if (existsSync('/usr/bin/pdftoppm')) {
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', join(ARTIFACTS, 'print.pdf'), join(ARTIFACTS, 'print-page')]);
  }
  assert.deepEqual(problems, []);
  await context.close();
});
