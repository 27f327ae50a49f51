// Prints the embed bundle's size: wasm + JS + CSS, raw and gzip, without the
// data. Exits 1 when the gzip total is over the budget (issue 2: 200 KB;
// issue 10 moves it down with each cut, towards 150 KB: now 162 KiB,
// 165,888 B: the embed at 164,767 B once no element's class went through
// Yew's `Classes` any more (states and flags are data-* attributes; was
// 166,834 B), plus ~1 KB).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET = 162 * 1024;
const dist = process.argv[2] || 'dist';
const files = readdirSync(dist).filter((f) => /\.(wasm|js|css)$/.test(f)).sort();
let raw = 0;
let gz = 0;
const rows = [];
for (const f of files) {
  const bytes = readFileSync(join(dist, f));
  const g = gzipSync(bytes, { level: 9 }).length;
  raw += bytes.length;
  gz += g;
  rows.push(`  ${f.padEnd(28)} ${String(bytes.length).padStart(9)} B  ${String(g).padStart(8)} B gzip`);
}
console.log('embed bundle (excluding data):');
console.log(rows.join('\n'));
console.log(`  ${'total'.padEnd(28)} ${String(raw).padStart(9)} B  ${String(gz).padStart(8)} B gzip  (budget ${BUDGET} B gzip)`);
// Lazily fetched data (not in the budget): only when a reader chooses 繁體.
try {
  for (const f of readdirSync(join(dist, 'i18n')).filter((f) => f.endsWith('.txt') && !f.startsWith('LICENSE'))) {
    const bytes = readFileSync(join(dist, 'i18n', f));
    console.log(`lazy (not in the budget): i18n/${f} ${bytes.length} B, ${gzipSync(bytes, { level: 9 }).length} B gzip`);
  }
} catch {}
// The import page is a separate bundle (dist/import/), reported, not budgeted.
try {
  let ir = 0;
  let ig = 0;
  for (const f of readdirSync(join(dist, 'import')).filter((f) => /\.(wasm|js|css)$/.test(f))) {
    const bytes = readFileSync(join(dist, 'import', f));
    ir += bytes.length;
    ig += gzipSync(bytes, { level: 9 }).length;
  }
  if (ir) console.log(`import page (separate, not in the budget): ${ir} B, ${ig} B gzip`);
} catch {}
// The collection views are a separate bundle (dist/overview/), loaded only
// when a widget's data-src is a collection: reported, not budgeted.
try {
  let or = 0;
  let og = 0;
  for (const f of readdirSync(join(dist, 'overview')).filter((f) => /\.(wasm|js|css)$/.test(f))) {
    const bytes = readFileSync(join(dist, 'overview', f));
    or += bytes.length;
    og += gzipSync(bytes, { level: 9 }).length;
  }
  if (or) console.log(`overview bundle (separate, not in the budget): ${or} B, ${og} B gzip`);
} catch {}
// The drill-down is a separate bundle (dist/detail/), loaded on the first
// drill-down or deep link: reported, not budgeted.
try {
  let dr = 0;
  let dg = 0;
  for (const f of readdirSync(join(dist, 'detail')).filter((f) => /\.(wasm|js|css)$/.test(f))) {
    const bytes = readFileSync(join(dist, 'detail', f));
    dr += bytes.length;
    dg += gzipSync(bytes, { level: 9 }).length;
  }
  if (dr) console.log(`detail bundle (separate, loaded on the first drill-down, not in the budget): ${dr} B, ${dg} B gzip`);
} catch {}
if (gz > BUDGET) {
  console.error(`bundle over budget by ${gz - BUDGET} B gzip`);
  process.exit(1);
}
