// The embed's load as a bare wasm module (build.sh) timed in Chromium's own
// V8, which tiers wasm up later than Node's: each build's first call of
// `load` in a fresh browser and a second call in the same page, in wall
// time and in the renderer main thread's own CPU time (the traced task's
// thread duration: what the call costs, which other processes on a loaded
// machine delay but do not lengthen).
//   node bench/wasm-load/chromium.mjs /tmp/a.wasm /tmp/b.wasm [k10|bundled|k1] [N=7]
// JS_FLAGS="…" passes V8 flags to the browser, e.g. `--liftoff-only`, or
// `--no-liftoff --no-wasm-lazy-compilation` (everything compiled optimised
// before the call: the bound of what tiering costs). Data sets as
// bench/run.mjs makes them.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const builds = args.filter((a) => a.endsWith('.wasm'));
const name = args.find((a) => !a.endsWith('.wasm')) || 'k10';
const N = Number(process.env.N || 7);
const json = readFileSync(join(HERE, '../results/data', `${name}.json`));
const page = `<!doctype html><script type="module">
const [m, data] = await Promise.all([WebAssembly.instantiateStreaming(fetch('/load.wasm')), fetch('/data.json').then((r) => r.arrayBuffer())]);
const e = m.instance.exports;
const at = e.buffer(data.byteLength); // may grow the memory: its buffer after
new Uint8Array(e.memory.buffer, at, data.byteLength).set(new Uint8Array(data));
window.call = (k) => {
  performance.mark('call' + k);
  const s = performance.now();
  if (e.load() === 0xffffffff) throw new Error('not a valid report');
  return performance.now() - s;
};
window.ready = true;
</script>`;
const median = (v) => { const s = [...v].sort((a, b) => a - b); return s[s.length >> 1]; };
const runs = builds.map(() => []);
for (let i = 0; i < N; i++) {
  for (const [k, wasm] of builds.entries()) {
    const flags = process.env.JS_FLAGS ? [`--js-flags=${process.env.JS_FLAGS}`] : [];
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: flags });
    const p = await browser.newPage();
    await p.route('**/*', (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path === '/') return route.fulfill({ body: page, contentType: 'text/html' });
      if (path === '/data.json') return route.fulfill({ body: json, contentType: 'application/json' });
      return route.fulfill({ body: readFileSync(wasm), contentType: 'application/wasm' });
    });
    const cdp = await p.context().newCDPSession(p);
    await p.goto('http://wasm-load.test/');
    await p.waitForFunction(() => window.ready);
    const events = [];
    cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'blink.user_timing'] }, transferMode: 'ReportEvents' });
    const wall = [await p.evaluate(() => window.call(0)), await p.evaluate(() => window.call(1))];
    const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.end');
    await done;
    // The longest top-level event of the main thread around each call's mark.
    const cpu = [0, 1].map((c) => {
      const mark = events.find((e) => e.name === `call${c}`);
      const around = events.filter((e) => mark && e.ph === 'X' && e.pid === mark.pid && e.tid === mark.tid && e.tdur !== undefined && e.ts <= mark.ts && e.ts + e.dur >= mark.ts);
      return around.length ? Math.max(...around.map((e) => e.tdur)) / 1000 : NaN;
    });
    runs[k].push({ wall, cpu });
    await browser.close();
  }
}
builds.forEach((w, k) => {
  const m = (f, c) => median(runs[k].map((r) => r[f][c])).toFixed(1);
  console.log(`${w}: first call ${m('wall', 0)} ms, main-thread CPU ${m('cpu', 0)} ms (${runs[k].map((r) => r.cpu[0].toFixed(0)).join(' ')}); second call ${m('wall', 1)} ms, CPU ${m('cpu', 1)} ms`);
});
