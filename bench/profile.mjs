// A CPU profile of one widget load (navigation → first chart), summed by
// function (self time, then inclusive time), for finding what a load spends
// its time on.
//   node bench/profile.mjs [k10|bundled|k1] [runs]      DIST=… for another build
// For wasm function names, profile a copy of dist/ whose glue and wasm come
// straight from wasm-bindgen (names kept; not wasm-opt'd, so slower):
//   cp -r dist /tmp/named && wasm-bindgen --target web --out-dir /tmp/named \
//     --out-name rectify-board target/web/wasm32-unknown-unknown/release/rectify-board.wasm
//   DIST=/tmp/named node bench/profile.mjs k10 3
// (data sets as bench/run.mjs makes them in bench/results/data/: run it once.)
// WINDOW=data sums only the samples from the report's arrival to the first
// chart: from the first sample in the load's UTF-8 check (FROM=…, a
// regular expression on function names; names needed) for as long as the page's own
// responseEnd → first chart took, or until a sample in UNTIL=… (by default
// the copy of the bytes made once the first frame is painted).
// SAVE=<prefix> also writes each run's profile to <prefix>-<run>.cpuprofile.
// ACT=drill profiles a drill-down instead of the load: after the first chart,
// an area is opened and closed once (the detail bundle loads), then only the
// second drill-down is profiled, from the click until two frames pass with no
// change in the widget (the listing's first rows and the rest of its page);
// ACT=back the way back from it. The profile's wall time is printed with it.
import { chromium } from 'playwright-core';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './lib/serve.mjs';
import { writeFileSync } from 'node:fs';
import { openTimed } from './lib/first-chart.mjs';
import { prepare, step } from './lib/interaction.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const DIST = process.env.DIST || join(dirname(HERE), 'dist');
const name = process.argv[2] || 'k10';
const runs = Number(process.argv[3] || 1);
const CPU = Number(process.env.CPU || 1);
const TOP = Number(process.env.TOP || 45);
const ACT = process.env.ACT || '';
const WINDOW = process.env.WINDOW || '';
const FROM = new RegExp(process.env.FROM || 'from_utf8|load::reader');
const UNTIL = new RegExp(process.env.UNTIL || 'new_from_slice');
const server = await serve({ dist: DIST, work: join(HERE, 'results/data') });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium' });
const self = new Map();
const incl = new Map();
let total = 0;
for (let r = 0; r < runs; r++) {
  let cdp;
  const { context, page, painted, dataEnd } = await openTimed(browser, `${server.base}/bench/${name}.html`, {
    cpu: CPU,
    before: async (c) => {
      cdp = c;
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      if (!ACT) await cdp.send('Profiler.start');
    },
  });
  let took = '';
  if (ACT) {
    await prepare(page, ACT);
    await cdp.send('Profiler.start');
    const t = await step(page, ACT);
    took = `; ${ACT}: DOM done ${t.dom.toFixed(1)} ms after the click, profiled ${t.all.toFixed(0)} ms`;
  }
  const { profile } = await cdp.send('Profiler.stop');
  console.log(`run ${r}: first chart ${painted.toFixed(0)} ms${took}`);
  if (process.env.SAVE) writeFileSync(`${process.env.SAVE}-${r}.cpuprofile`, JSON.stringify({ ...profile, painted, dataEnd }));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
  const inWindow = windowOf(profile, byId, parent, painted - dataEnd);
  const dt = new Map();
  profile.samples.forEach((id, i) => {
    if (inWindow(i)) dt.set(id, (dt.get(id) || 0) + (profile.timeDeltas[i + 1] || 0));
  });
  const keyOf = (id) => { const f = byId.get(id).callFrame; return `${f.functionName || '(anon)'} ${f.url.split('/').pop()}`; };
  for (const [id, us] of dt) {
    const key = keyOf(id);
    self.set(key, (self.get(key) || 0) + us);
    total += us;
    // Inclusive: each function once per stack (recursion counted once).
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const k = keyOf(at);
      if (!seen.has(k)) { seen.add(k); incl.set(k, (incl.get(k) || 0) + us); }
    }
  }
  await context.close();
}
await browser.close();
await server.close();

/** Which samples count: all, or with WINDOW=data those in the `span` ms
 * from the first sample whose stack holds FROM. */
function windowOf(profile, byId, parent, span) {
  if (WINDOW !== 'data') return () => true;
  const at = [];
  let t = profile.startTime;
  for (const d of profile.timeDeltas) at.push((t += d));
  const holds = (name) => (id) => {
    for (let n = id; n !== undefined; n = parent.get(n)) if (name.test(byId.get(n).callFrame.functionName)) return true;
    return false;
  };
  const first = profile.samples.findIndex(holds(FROM));
  if (first < 0) throw new Error(`no sample in ${FROM}: profile a build with names`);
  const after = profile.samples.findIndex((id, i) => i > first && holds(UNTIL)(id));
  const end = Math.min(at[first] + span * 1000, after < 0 ? Infinity : at[after] - 1);
  console.log(`  window: ${((end - at[first]) / 1000).toFixed(0)} ms from the first sample in ${FROM} (responseEnd → first chart ${span.toFixed(0)} ms)`);
  return (i) => i >= first && at[i] <= end;
}

console.log(`self time, ms per load (total sampled ${(total / 1000 / runs).toFixed(0)} ms):`);
for (const [k, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`${(us / 1000 / runs).toFixed(1).padStart(8)}  ${k.slice(0, 150)}`);
console.log('inclusive time, ms per load:');
for (const [k, us] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.ITOP || 60))) console.log(`${(us / 1000 / runs).toFixed(1).padStart(8)}  ${k.slice(0, 150)}`);
