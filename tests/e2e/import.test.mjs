// The import page (dist/import/): paste a notice or choose a ledger, see the
// converter's warnings and a preview of the real widget, download the JSON.
// The browser's conversion must equal the CLI's, byte for byte.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { setup, open, cspViolations, axe, shot } from './helpers.mjs';
import { ROOT, rectify } from './fixtures.mjs';

const SAMPLES = join(ROOT, 'data/samples');
let server;
let browser;

before(async () => ({ server, browser } = await setup()));
after(async () => {
  await browser?.close();
  await server?.close();
});

async function openImport() {
  const opened = await open(browser, server.url + 'import/', { wait: false });
  await opened.page.locator('#imp-text').waitFor({ timeout: 30_000 });
  return opened;
}

test('a pasted notice is converted in the browser, with warnings, preview and download', async () => {
  const file = join(SAMPLES, 'notices/cut-off.txt');
  const text = readFileSync(file, 'utf8');
  const expected = JSON.parse(rectify('convert', file));
  const { page, context, problems } = await openImport();
  await page.locator('#imp-text').fill(text);
  await page.getByRole('button', { name: '转换粘贴的文本' }).click();
  await page.locator('.imp-summary').waitFor();
  const problemsCount = expected.nodes ? countProblems(expected.nodes) : 0;
  assert.match(await page.locator('.imp-summary').textContent(), new RegExp(`共${problemsCount}个问题`));
  // The cut-off text warns, with a location.
  assert.match(await page.locator('.imp-warnings').textContent(), /:\d+:\d+/);
  assert.match(await page.locator('.imp-warnings').textContent(), /中断|不完整/);
  // The preview is the real widget (in its shadow root) showing the same count.
  await page.locator('.imp-preview [data-figure=total] .rb-figure-value').waitFor({ timeout: 30_000 });
  assert.equal(Number(await page.locator('.imp-preview [data-figure=total] .rb-figure-value').textContent()), problemsCount);
  await shot(page, 'import-notice-1280.png');
  assert.deepEqual(await cspViolations(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a notice copied from a portal\'s 繁體 version is read in simplified characters, and the page says so', async () => {
  const file = join(SAMPLES, 'notices/s32-copied-from-traditional-version.txt');
  const expected = JSON.parse(rectify('convert', file));
  const { page, context, problems } = await openImport();
  await page.locator('#imp-text').fill(readFileSync(file, 'utf8'));
  await page.getByRole('button', { name: '转换粘贴的文本' }).click();
  await page.locator('.imp-summary').waitFor();
  assert.equal(countProblems(expected.nodes), 4);
  assert.match(await page.locator('.imp-summary').textContent(), /共4个问题/);
  assert.match(await page.locator('.imp-warnings').textContent(), /:1:1 原文为繁體字/);
  // The preview shows the notice's words in the characters it was written in.
  await page.locator('.imp-preview [data-figure=total] .rb-figure-value').waitFor({ timeout: 30_000 });
  assert.equal(Number(await page.locator('.imp-preview [data-figure=total] .rb-figure-value').textContent()), 4);
  await shot(page, 'import-hant-paste-1280.png');
  assert.deepEqual(await cspViolations(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('an XLSX ledger converts in the browser exactly as the CLI converts it', async () => {
  const file = join(SAMPLES, 'ledgers/county-ledger.xlsx');
  const expected = rectify('convert', file);
  const { page, context, problems } = await openImport();
  await page.locator('input[type=file]').setInputFiles(file);
  const link = page.locator('a.imp-download');
  await link.waitFor({ timeout: 30_000 });
  // Named after the notice's issuer (here the unit that filled the ledger
  // in, `填报单位：县行政审批局（盖章）`) and its date.
  assert.equal(await link.getAttribute('download'), '县行政审批局-2025-06-30.json');
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const got = readFileSync(await download.path(), 'utf8');
  assert.deepEqual(JSON.parse(got), JSON.parse(expected));
  await page.locator('.imp-preview [data-figure=total] .rb-figure-value').waitFor({ timeout: 30_000 });
  assert.equal(
    Number(await page.locator('.imp-preview [data-figure=total] .rb-figure-value').textContent()),
    countProblems(JSON.parse(expected).nodes),
  );
  assert.deepEqual(await cspViolations(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a CSV ledger is detected and converted; the page passes axe', async () => {
  const file = join(SAMPLES, 'ledgers/county-ledger.csv');
  const expected = JSON.parse(rectify('convert', file));
  const { page, context } = await openImport();
  await page.locator('input[type=file]').setInputFiles(file);
  await page.locator('.imp-summary').waitFor({ timeout: 30_000 });
  assert.match(await page.locator('.imp-summary').textContent(), /CSV 台账/);
  assert.match(await page.locator('.imp-summary').textContent(), new RegExp(`共${countProblems(expected.nodes)}个问题`));
  await page.locator('.imp-preview .rb-board').waitFor({ timeout: 30_000 });
  assert.deepEqual(await axe(page), []);
  await context.close();
});

function countProblems(nodes) {
  let n = 0;
  for (const node of nodes) {
    if (node.kind === 'problem') n += 1;
    n += countProblems(node.children || []);
  }
  return n;
}
