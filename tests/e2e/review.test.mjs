// Issue 8, the review step in the import page: numbering levels, statuses
// set with a reason, the stated-totals choice, consistency checks, the
// download (named after the issuer and date) and its review choices, which
// `rectify convert --review` turns into the same bytes; re-opening the JSON;
// the draft across a reload, undo; issue 11: inputs above the limit are
// refused unread, and warnings are capped with a full download.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';

import { setup, open, cspViolations, axe, shot, hostPage, FIXTURES } from './helpers.mjs';
import { ROOT, BUNDLED, rectify, stats } from './fixtures.mjs';

const NOTICE = join(ROOT, 'data/source/zhongshan-finance-2025-09.txt');
const SUBTOTALS = join(ROOT, 'data/samples/notices/audit-subtotals.txt');
let server;
let browser;

before(async () => ({ server, browser } = await setup()));
after(async () => {
  await browser?.close();
  await server?.close();
});

async function openImport(query = '') {
  const opened = await open(browser, `${server.url}import/${query}`, { wait: false });
  await opened.page.locator('#imp-text').waitFor({ timeout: 30_000 });
  return opened;
}

function problemsOf(report) {
  const out = [];
  const walk = (nodes) => nodes.forEach((n) => {
    if (n.kind === 'problem') out.push(n);
    walk(n.children || []);
  });
  walk(report.nodes);
  return out;
}

const byLabel = (report, label) => problemsOf(report).find((p) => p.label.trim() === label);
const rateText = (p) => `${Number((p.completion_rate * 100).toFixed(2))}%`;

async function download(page, selector) {
  const [d] = await Promise.all([page.waitForEvent('download'), page.locator(selector).click()]);
  return { path: await d.path(), name: d.suggestedFilename() };
}

/** Sets a problem's status with a reason, as an editor would with the keyboard. */
async function setStatus(page, id, status, reason) {
  const row = page.locator(`[id="imp-row-${id}"]`);
  await row.locator('select.imp-status').selectOption(status);
  await row.locator('input.imp-reason').fill(reason);
  await row.locator('input.imp-reason').press('Enter');
  await page.locator(`[id="imp-row-${id}"] .imp-basis-editor`).waitFor();
}

test('review the bundled notice: (14) and (13) set done with reasons; the CLI makes the same bytes; reopened in the page and the widget', async () => {
  const plain = JSON.parse(rectify('convert', NOTICE));
  const p14 = byLabel(plain, '(14)').id;
  const p13 = byLabel(plain, '(13)').id;
  const { page, context, problems } = await openImport();
  await page.locator('input[type=file]').setInputFiles(NOTICE);
  await page.locator('.imp-table').waitFor({ timeout: 30_000 });
  // The levels as printed, one selector each.
  assert.match(await page.locator('.imp-levels-chain').textContent(), /^二、 → \(一\) → 1\. → \(1\) → 一是$/);
  assert.equal(await page.locator('.imp-level-kind').count(), 5);
  // Every problem is in the table, each with its basis.
  const before = stats(BUNDLED).problems;
  assert.equal(await page.locator('.imp-table tbody tr').count(), before.total);
  // A changed status without a reason is not applied: the reason is asked for.
  const row13 = page.locator(`[id="imp-row-${p13}"]`);
  await row13.locator('select.imp-status').selectOption('done');
  await row13.locator('.imp-field-error').waitFor();
  assert.equal(await row13.locator('input.imp-reason').getAttribute('aria-invalid'), 'true');
  assert.equal(await row13.locator('.imp-basis-editor').count(), 0);
  await setStatus(page, p14, 'done', '协会已成立并运行，部门书面确认完成');
  await setStatus(page, p13, 'done', '部门书面确认');
  // The bundled notice states no totals: "none" is the choice.
  assert.ok(await page.locator('#imp-totals-none').isChecked());
  assert.equal(await page.locator('.imp-download').getAttribute('download'), '中共中山市财政局党组-2025-09-12.json');
  await shot(page, 'review-bundled-1280.png');
  // (axe applies inline styles while it checks: CSP is checked before it runs.)
  assert.deepEqual(await cspViolations(page), []);
  assert.deepEqual(problems, []);
  assert.deepEqual(await axe(page), []);
  problems.length = 0;

  const json = await download(page, '.imp-download');
  assert.equal(json.name, '中共中山市财政局党组-2025-09-12.json');
  const choices = await download(page, '.imp-download-choices');
  assert.equal(choices.name, '中共中山市财政局党组-2025-09-12.review.json');
  // The CLI with the same input and choices writes the same bytes.
  const cli = rectify('convert', NOTICE, '--review', choices.path, '-q');
  assert.equal(readFileSync(json.path, 'utf8'), cli);
  const reviewed = JSON.parse(cli);
  const ev = byLabel(reviewed, '(14)').status_evidence;
  assert.deepEqual(ev, { basis: 'editor', rule: '协会已成立并运行，部门书面确认完成' });

  // Reopened in the import page: the edits are there, named as before.
  const reopened = join(FIXTURES, 'reviewed.json');
  copyFileSync(json.path, reopened);
  await page.locator('input[type=file]').setInputFiles(reopened);
  await page.locator('.imp-notice', { hasText: '已打开看板数据文件' }).waitFor();
  assert.equal(await page.locator(`[id="imp-row-${p14}"] .imp-basis-editor`).textContent(), '编辑设定');
  assert.equal(await page.locator(`[id="imp-row-${p14}"] input.imp-reason`).inputValue(), '协会已成立并运行，部门书面确认完成');
  assert.deepEqual(problems, []);
  await context.close();

  // In the widget: the new rate, and the editor's basis with the reason.
  const after = stats(reopened).problems;
  assert.equal(after.done, before.done + 1, '(13) was in progress, (14) done already');
  hostPage('reviewed.html', '<div data-rectify-board data-src="/fixtures/reviewed.json"></div>');
  const w = await open(browser, `${server.url}fixtures/reviewed.html`);
  assert.equal(await w.page.locator('[data-figure=rate] .rb-figure-value').textContent(), rateText(after));
  assert.notEqual(rateText(after), rateText(before));
  // Open (14) as a reader would: its focus area, then the problem.
  const area = reviewed.nodes.flatMap((n) => n.children || []).find((a) => JSON.stringify(a).includes(`"${p14}"`));
  await w.page.locator('.rb-area-button', { hasText: area.title.slice(0, 12) }).click();
  const item = w.page.locator('.rb-problem', { hasText: byLabel(reviewed, '(14)').title.slice(0, 12) });
  await item.locator('.rb-problem-button').click();
  const detail = item.locator('.rb-detail .rb-evidence').first();
  await detail.waitFor({ timeout: 30_000 });
  assert.match(await detail.textContent(), /编辑设定.*协会已成立并运行，部门书面确认完成/);
  // The headline says where the rate comes from, with the problems per basis.
  const provenance = await w.page.locator('.rb-provenance').textContent();
  assert.match(provenance, /^完成率按通报措施表述推算，未经部门确认（.*编辑设定 2个）$/);
  assert.deepEqual(await axe(w.page), []);
  await w.context.close();
});

test('a stated-totals candidate is chosen; checks count and jump; the CLI agrees', async () => {
  const plain = JSON.parse(rectify('convert', SUBTOTALS));
  const others = plain.stated_totals.candidates.filter((c) => c.source_line !== plain.stated_totals.source_line);
  assert.ok(others.length > 0);
  const line = others[0].source_line;
  const { page, context, problems } = await openImport();
  await page.locator('input[type=file]').setInputFiles(SUBTOTALS);
  await page.locator('.imp-table').waitFor({ timeout: 30_000 });
  assert.ok(await page.locator(`#imp-totals-${plain.stated_totals.source_line}`).isChecked());
  await page.locator(`#imp-totals-${line}`).check();
  await page.locator(`#imp-totals-${line}:checked`).waitFor();
  // The chosen subtotal differs from the counts: the checks say so, with a link.
  const count = page.locator('.imp-checks-count');
  assert.match(await count.textContent(), /发现 \d+ 处需要核对/);
  const jump = page.locator('.imp-checks a.imp-jump').first();
  await jump.focus();
  await page.keyboard.press('Enter');
  // The fragment is set when the link is followed, not by the key press's return.
  await page.waitForURL(/#imp-(row-|totals)/, { timeout: 10_000 });
  const choices = await download(page, '.imp-download-choices');
  assert.deepEqual(JSON.parse(readFileSync(choices.path, 'utf8')).stated_totals, { line });
  const json = await download(page, '.imp-download');
  const cli = rectify('convert', SUBTOTALS, '--review', choices.path, '-q');
  assert.equal(readFileSync(json.path, 'utf8'), cli);
  assert.equal(JSON.parse(cli).stated_totals.source_line, line);
  // "None" removes the stated totals; undo brings the choice back.
  await page.locator('#imp-totals-none').check();
  await page.locator('#imp-totals-none:checked').waitFor();
  await page.locator('.imp-undo').click();
  await page.locator(`#imp-totals-${line}:checked`).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('a level chosen as the problems re-derives the table; the draft survives a reload until cleared', async () => {
  const { page, context, problems } = await openImport();
  await page.locator('input[type=file]').setInputFiles(NOTICE);
  await page.locator('.imp-table').waitFor({ timeout: 30_000 });
  const total = stats(BUNDLED).problems.total;
  const arabic = page.locator('.imp-level-kind[data-numbering="arabic"]');
  assert.equal(await arabic.inputValue(), 'category');
  const rows = (n) => page.waitForFunction((n) => document.querySelectorAll('.imp-table tbody tr').length === n, n);
  // The 13 categories (1. … 13.) become the problems.
  await arabic.selectOption('problem');
  await rows(13);
  assert.equal(await page.locator('.imp-level-kind[data-numbering="paren_arabic"]').inputValue(), 'measure');
  await page.locator('.imp-undo').click();
  await rows(total);
  await arabic.selectOption('problem');
  await rows(13);
  await page.reload();
  await page.locator('.imp-notice', { hasText: '已恢复' }).waitFor({ timeout: 30_000 });
  await rows(13);
  assert.equal(await arabic.inputValue(), 'problem');
  await page.locator('.imp-clear').click();
  await page.locator('.imp-table').waitFor({ state: 'detached' });
  await page.reload();
  await page.locator('#imp-text').waitFor({ timeout: 30_000 });
  assert.equal(await page.locator('.imp-table').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('"only inferred" filters and "accept all inferred" confirms them as the editor', async () => {
  const { page, context } = await openImport();
  await page.locator('input[type=file]').setInputFiles(NOTICE);
  await page.locator('.imp-table').waitFor({ timeout: 30_000 });
  const all = await page.locator('.imp-table tbody tr').count();
  await page.locator('#imp-only-inferred').check();
  const inferred = await page.locator('.imp-table tbody tr').count();
  assert.ok(inferred > 0 && inferred < all, `${inferred} of ${all}`);
  assert.equal(await page.locator('.imp-table tbody .imp-basis-inferred').count(), inferred);
  await page.locator('.imp-accept').click();
  await page.waitForFunction(() => document.querySelectorAll('.imp-table tbody tr').length === 0);
  await page.locator('#imp-only-inferred').uncheck();
  assert.equal(await page.locator('.imp-table tbody .imp-basis-editor').count(), inferred);
  // No status is inferred now: the preview's headline says so.
  const provenance = page.locator('.imp-preview .rb-provenance');
  await provenance.waitFor({ timeout: 30_000 });
  assert.match(await provenance.textContent(), /^完成率依据通报原文表述或编辑核定（/);
  await context.close();
});

test('a JSON that is not a report is refused with a located error, not made into a board titled "{"', async () => {
  const broken = join(FIXTURES, 'broken-report.json');
  const report = JSON.parse(readFileSync(BUNDLED, 'utf8'));
  report.nodes[1].children[0].status = 'finished';
  writeFileSync(broken, JSON.stringify(report, null, 2));
  const { page, context } = await openImport();
  await page.locator('input[type=file]').setInputFiles(broken);
  const error = page.locator('.imp-error');
  await error.waitFor({ timeout: 30_000 });
  assert.match(await error.textContent(), /不是有效的看板数据/);
  assert.match(await error.locator('.imp-located').textContent(), /\$\.nodes\[1\]\.children\[0\]\.status/);
  assert.equal(await page.locator('.imp-download').count(), 0);
  await context.close();
});

test('issue 11: a file above the limit is refused before it is read, in the page language', async () => {
  const big = join(FIXTURES, 'too-big.txt');
  writeFileSync(big, Buffer.alloc(11 * 1024 * 1024, 'a'));
  for (const [query, words] of [['', /超过导入页的上限 10 MB.*rectify convert/], ['?lang=en', /above the import page's limit of 10 MB.*rectify convert/]]) {
    const { page, context, problems } = await openImport(query);
    await page.locator('input[type=file]').setInputFiles(big);
    const alert = page.locator('.imp-too-large');
    await alert.waitFor({ timeout: 30_000 });
    assert.match(await alert.textContent(), words);
    assert.equal(await page.locator('.imp-summary').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('issue 11: warnings are capped on the page, with the full list as a download', async () => {
  // 400 numbering jumps: one warning each.
  const lines = ['关于整改情况的通报', '一、反馈问题整改情况'];
  for (let i = 1; i <= 400; i++) lines.push(`(${i * 2})问题${i}。已完成整改。`);
  const many = join(FIXTURES, 'many-warnings.txt');
  writeFileSync(many, lines.join('\n') + '\n');
  const { page, context } = await openImport();
  await page.locator('input[type=file]').setInputFiles(many);
  await page.locator('.imp-warnings').waitFor({ timeout: 30_000 });
  assert.equal(await page.locator('.imp-warnings li').count(), 200);
  const total = Number((await page.locator('.imp-warnings h3').textContent()).match(/\d+/)[0]);
  assert.ok(total > 200, `${total} warnings`);
  assert.match(await page.locator('.imp-more-warnings').textContent(), new RegExp(`另有 ${total - 200} 条`));
  const all = await download(page, '.imp-download-warnings');
  assert.equal(readFileSync(all.path, 'utf8').trim().split('\n').length, total);
  await context.close();
});

test('an XLSX workbook with several worksheets: the page has a worksheet selector instead of a flag', async () => {
  const file = join(ROOT, 'data/samples/ledgers/county-ledger.xlsx');
  const { page, context, problems } = await openImport();
  await page.locator('input[type=file]').setInputFiles(file);
  const sheet = page.locator('#imp-sheet');
  await sheet.waitFor({ timeout: 30_000 });
  assert.deepEqual(await sheet.locator('option:not([disabled])').allTextContents(), ['整改台账', '填表说明']);
  // The notes sheet is no ledger: a located error, and the selector stays to go back.
  await sheet.selectOption('填表说明');
  await page.locator('.imp-error').waitFor();
  assert.match(await page.locator('.imp-error').textContent(), /无法转换/);
  await page.locator('#imp-sheet').selectOption('整改台账');
  const link = page.locator('a.imp-download');
  await link.waitFor({ timeout: 30_000 });
  const got = await download(page, 'a.imp-download');
  assert.equal(readFileSync(got.path, 'utf8'), rectify('convert', file, '--sheet', '整改台账', '-q'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('a report of hundreds of problems: the table renders a page at a time', async () => {
  const file = join(FIXTURES, 'sample-450.json');
  rectify('sample', '--problems', '450', '-o', file);
  const { page, context, problems } = await openImport();
  await page.locator('input[type=file]').setInputFiles(file);
  await page.locator('.imp-table').waitFor({ timeout: 30_000 });
  const rows = () => page.locator('.imp-table tbody tr').count();
  const pinned = await page.locator('.imp-checks a.imp-jump').count();
  assert.ok((await rows()) >= 200 && (await rows()) <= 200 + pinned);
  await page.locator('.imp-more-rows').click();
  await page.waitForFunction(() => document.querySelectorAll('.imp-table tbody tr').length >= 400);
  assert.match(await page.locator('.imp-more-rows').textContent(), /再显示 50 个/);
  await page.locator('.imp-more-rows').click();
  await page.waitForFunction(() => document.querySelectorAll('.imp-table tbody tr').length === 450);
  assert.equal(await page.locator('.imp-more-rows').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});
