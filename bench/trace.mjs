// A Chromium trace of one load (navigation → first chart), as a list of the
// main thread's top-level tasks and the wasm compile, script, style, layout
// and paint events inside them, in ms from navigation start: where a load's
// time goes between the bytes' arrival and the first chart.
//   node bench/trace.mjs [bundled|k1|k10] [runs]       DIST=… CPU=4 MIN=3 (ms: the shortest event listed)
// ACT=drill traces a drill-down instead (ACT=back the way back; see
// bench/profile.mjs): from the click until two frames pass with no change,
// in ms from the click.
import { chromium } from 'playwright-core';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './lib/serve.mjs';
import { openTimed } from './lib/first-chart.mjs';
import { prepare, step } from './lib/interaction.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const DIST = process.env.DIST || join(dirname(HERE), 'dist');
const name = process.argv[2] || 'bundled';
const runs = Number(process.argv[3] || 1);
const CPU = Number(process.env.CPU || 1);
const MIN = Number(process.env.MIN || 3);
const ACT = process.env.ACT || '';
const server = await serve({ dist: DIST, work: join(HERE, 'results/data') });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium' });
const CATEGORIES = ['devtools.timeline', 'v8', 'v8.wasm', 'blink.user_timing', 'loading', 'disabled-by-default-devtools.timeline'];
if (process.env.LIGHT) CATEGORIES.splice(1, 2); // LIGHT=1: without the v8 categories (less overhead; no wasm compile events)
// Event names summed per load (complete events on the renderer's main thread, and wasm compilation anywhere).
const KINDS = {
  'wasm compile': /^(wasm\.(SyncCompile|CompileLazy|AsyncCompile|StartStreamingCompilation|FinishedStreaming|CompilationAfterDeserialization|BaselineFinished|Deserialize)|v8\.wasm\.)/,
  'wasm instantiate': /^wasm\.(SyncInstantiate|AsyncInstantiate)/,
  'script': /^(EvaluateScript|v8\.compile|v8\.compileModule|FunctionCall|TimerFire|FireAnimationFrame|RunMicrotasks|v8\.callFunction|EventDispatch)$/,
  'parse HTML': /^ParseHTML$/,
  'style': /^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet)$/,
  'layout': /^(Layout|UpdateLayerTree|PrePaint)$/,
  'paint': /^(Paint|PaintImage|Commit|CompositeLayers|RasterTask)$/,
  'GC': /^(MinorGC|MajorGC|V8\.GC)/,
};
const sums = {};
for (let r = 0; r < runs; r++) {
  let cdp;
  const events = [];
  const trace = () => cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
  const { context, page, painted } = await openTimed(browser, `${server.base}/bench/${name}.html`, {
    cpu: CPU,
    before: async (c) => {
      cdp = c;
      cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
      if (!ACT) await trace();
    },
  });
  let acted;
  if (ACT) {
    await prepare(page, ACT);
    await trace();
    acted = await step(page, ACT);
  }
  const done = new Promise((res) => cdp.once('Tracing.tracingComplete', res));
  await cdp.send('Tracing.end');
  await done;
  await context.close();
  const nav = events.find((e) => e.name === 'navigationStart' || e.name === 'NavigationBodyLoader::StartLoadingBody');
  const start = ACT
    ? events.find((e) => e.name === 'rb-act').ts
    : events.find((e) => e.name === 'navigationStart')?.ts ?? nav?.ts ?? Math.min(...events.map((e) => e.ts).filter((t) => t > 0));
  const end = start + (ACT ? acted.all : painted) * 1000;
  // The renderer's main thread: where the navigation's document was parsed.
  const main = events.find((e) => e.name === 'ParseHTML') ?? events.find((e) => e.name === 'FunctionCall');
  const line = [];
  for (const e of events) {
    if (e.ph !== 'X' || e.ts < start || e.ts > end) continue;
    const kind = Object.keys(KINDS).find((k) => KINDS[k].test(e.name));
    if (!kind) continue;
    const onMain = main && e.pid === main.pid && e.tid === main.tid;
    if (!onMain && kind !== 'wasm compile') continue;
    const key = onMain ? kind : `${kind} (off the main thread)`;
    sums[key] = (sums[key] || 0) + (e.dur || 0) / 1000 / runs;
    if (r === runs - 1 && onMain && (e.dur || 0) > MIN * 1000) line.push(`${((e.ts - start) / 1000).toFixed(0).padStart(6)} +${(e.dur / 1000).toFixed(1).padStart(6)} ms  ${e.name} ${e.args?.data?.url ?? e.args?.data?.functionName ?? ''}`);
  }
  console.log(`run ${r}: first chart ${painted.toFixed(0)} ms${ACT ? `; ${ACT}: DOM done ${acted.dom.toFixed(1)} ms after the click, traced ${acted.all.toFixed(0)} ms` : ''}`);
  if (r === runs - 1) {
    console.log(`main-thread events over ${MIN} ms (start, duration, name; nested events overlap):`);
    for (const l of line.sort((a, b) => Number(a.slice(0, 6)) - Number(b.slice(0, 6)))) console.log(`  ${l}`);
  }
}
console.log(`summed per load (mean of ${runs}; nested events are counted in each kind they belong to):`);
for (const [k, v] of Object.entries(sums).sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(34)} ${v.toFixed(1)} ms`);
await browser.close();
await server.close();
