// Test data for the browser tests, made fresh on every run: generated
// reports (via the `rectify` CLI), broken files, and host pages that embed
// the widget the way a portal would.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = join(ROOT, 'dist');
export const ARTIFACTS = join(ROOT, 'tests/e2e/artifacts');
export const FIXTURES = join(ARTIFACTS, 'fixtures');
export const BUNDLED = join(ROOT, 'data/reports/zhongshan-finance-2025-09.json');
const CLI = join(ROOT, 'target/debug/rectify');

export function rectify(...args) {
  return execFileSync(CLI, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
}

/** The counts the CLI computes: the widget must show the same. */
export function stats(file) {
  return JSON.parse(rectify('stats', file, '--json'));
}

/** A host page embedding the widget with the given data-* attributes. */
function hostPage(attrs) {
  const a = Object.entries(attrs)
    .map(([k, v]) => ` data-${k}="${v}"`)
    .join('');
  return `<!doctype html>
<html lang="zh-Hans"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>嵌入测试页</title>
<link rel="stylesheet" href="/board.css">
<script type="module" src="/boot.js"></script>
</head><body><main><h1>测试门户页面</h1><div data-rectify-board${a}></div></main></body></html>`;
}

export function makeFixtures() {
  mkdirSync(FIXTURES, { recursive: true });
  const f = (name) => join(FIXTURES, name);
  rectify('sample', '--problems', '7', '--areas', '2', '-o', f('seven.json'));
  rectify('sample', '--problems', '10000', '--areas', '8', '-o', f('ten-thousand.json'));
  const valid = readFileSync(f('seven.json'), 'utf8');
  // Not JSON: cut in the middle of the text.
  writeFileSync(f('truncated.json'), valid.slice(0, Math.floor(valid.length / 2)));
  // JSON, but a status the format does not know, deep in the tree.
  const bad = JSON.parse(valid);
  bad.nodes[0].children[1].children[0].status = 'finished';
  writeFileSync(f('bad-status.json'), JSON.stringify(bad, null, 2));
  writeFileSync(f('seven.html'), hostPage({ src: '/fixtures/seven.json' }));
  writeFileSync(f('ten-thousand.html'), hostPage({ src: '/fixtures/ten-thousand.json' }));
  writeFileSync(f('truncated.html'), hostPage({ src: '/fixtures/truncated.json' }));
  writeFileSync(f('bad-status.html'), hostPage({ src: '/fixtures/bad-status.json' }));
  writeFileSync(f('missing.html'), hostPage({ src: '/fixtures/no-such-report.json' }));
  writeFileSync(f('english.html'), hostPage({ src: '/fixtures/seven.json', lang: 'en' }));
  // A notice that states its totals (共…个问题，已完成…), converted by the CLI,
  // and the same report with one stated figure changed so that it disagrees.
  const stated = JSON.parse(rectify('convert', join(ROOT, 'data/samples/notices/problems-top.txt')));
  writeFileSync(f('stated.json'), JSON.stringify(stated));
  stated.stated_totals.done += 1;
  writeFileSync(f('stated-mismatch.json'), JSON.stringify(stated));
  writeFileSync(f('stated.html'), hostPage({ src: '/fixtures/stated.json' }));
  writeFileSync(f('stated-mismatch.html'), hostPage({ src: '/fixtures/stated-mismatch.json' }));
}
