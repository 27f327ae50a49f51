// Loads the 整改看板 widget. A static module rather than Trunk's inline
// loader, so that a page with a strict Content-Security-Policy
// (script-src 'self' 'wasm-unsafe-eval') can run it. URLs are resolved
// against this file, so the bundle works from any sub-path.
//
// No waterfall: as soon as this module runs it requests, in parallel, the
// JS glue, the wasm, the stylesheet (which each widget links in its shadow
// root) and every widget's report, instead of one after the other.
const here = new URL('./', import.meta.url);
const defaultReport = new URL('reports/zhongshan-finance-2025-09.json', here).href;
const HOST = 'data-rectify-board';

const glue = import('./rectify-board.js');
const wasm = fetch(new URL('rectify-board_bg.wasm', here));
wasm.catch(() => {}); // reported by init below
preloadStyle(new URL('board.css', here).href);
const takePrefetched = prefetchReports();
prepareShadowRoots(new URL('board.css', here).href);

try {
  const { default: init, mount_all } = await glue;
  await init({ module_or_path: wasm });
  // Each widget mounts in its own shadow root, which links board.css from `here`.
  // Exports (SVG, PNG, CSV) load their code only when a reader asks for a file.
  const exporter = (kind, name, payload) =>
    import('./extras/export.js').then((m) => m.exportFile(kind, name, payload));
  // A collection: its views are a bundle of their own (dist/overview/).
  const handOff = (e, src, text) => import('./extras/overview.js').then((m) => m.mount(e, src, text));
  // The drill-down (the listing of problems, a problem's detail) and search
  // are a bundle of their own too (dist/detail/), loaded on first use.
  // Once loaded, called at once (no promise between a reader's key and the
  // drill-down's answer).
  let detailModule;
  const detail = (name, ...args) => detailModule
    ? detailModule[name](...args)
    : import('./extras/detail.js').then((m) => (detailModule = m)[name](...args), () => {
      const done = args[args.length - 1]; // show's and warm's report of how it went
      if (typeof done === 'function') done(false);
    });
  mount_all(defaultReport, here.href, exporter, takePrefetched, handOff, detail);
} catch (err) {
  // Never a blank box: say what happened, as text (never as HTML).
  for (const host of document.querySelectorAll(`[${HOST}]`)) {
    // A board pre-rendered by `rectify render` stays: its numbers still read.
    if (host.hasAttribute('data-prerendered')) continue;
    const p = document.createElement('p');
    p.className = 'rb-boot-error';
    p.setAttribute('role', 'alert');
    p.textContent = '整改看板无法启动（浏览器可能不支持 WebAssembly）：' + String(err && err.message || err);
    host.replaceChildren(p);
  }
  throw err;
}

// The shadow roots' <link> then finds the stylesheet loaded.
function preloadStyle(href) {
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'style';
  link.href = href;
  document.head.append(link);
}

// Each host's shadow root, with its stylesheet, made now rather than once
// the wasm has loaded: the stylesheet has applied by then and the widget
// renders at once (src/mount.rs), instead of a task or a frame later. The
// slot shows the host's own content until the widget takes its place.
function prepareShadowRoots(href) {
  for (const host of document.querySelectorAll(`[${HOST}]`)) {
    if (host.shadowRoot || host.hasAttribute('data-prerendered') || host.getAttribute(HOST) === 'mounted') continue;
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.onload = link.onerror = () => link.setAttribute('data-settled', '');
    host.attachShadow({ mode: 'open' }).append(link, document.createElement('slot'));
  }
}

// Starts each host's report; returns take(src), by which each widget takes
// its pending Response once (src/mount.rs), or undefined: then it fetches.
function prefetchReports() {
  const pending = new Map();
  for (const host of document.querySelectorAll(`[${HOST}]`)) {
    if (host.getAttribute(HOST) === 'mounted') continue;
    const words = wordsUrl(host);
    if (words && !pending.has(words)) {
      const response = fetch(words);
      response.catch(() => {}); // the widget reports fetch errors
      pending.set(words, [response]);
    }
    let url;
    try {
      url = new URL(reportUrl(host), document.baseURI).href;
    } catch {
      continue; // refused or unusable: the widget shows why
    }
    const list = pending.get(url);
    if (!list) {
      const response = fetch(url);
      response.catch(() => {}); // the widget reports fetch errors
      pending.set(url, [response]);
      warmIfCollection(response);
    } else {
      // Another widget, same report: a copy, made before the body is read.
      const copy = list[0].then((r) => r.clone());
      copy.catch(() => {});
      list.push(copy);
    }
  }
  return (src) => {
    try {
      const list = pending.get(new URL(src, document.baseURI).href);
      return list && list.shift();
    } catch {
      return undefined;
    }
  };
}

// The interface's words in 繁體 or English for a host that starts in that
// language (the embed has only 简体 compiled in: src/hooks/use_vocab.rs),
// requested with its report; the language as src/mount.rs reads it (a
// `?lang=` the host allows is left to the widget, which then fetches them).
function wordsUrl(host) {
  const t = (host.getAttribute('data-lang') || host.getAttribute('lang') || '').trim().toLowerCase();
  const tag = t.startsWith('en') ? 'en' : /hant|-tw$|-hk$|^tc$/.test(t) ? 'zh-Hant' : '';
  return tag && new URL(`i18n/${tag}.txt`, here).href;
}

// A collection's views are a bundle of their own (dist/overview/). When the
// first bytes of a host's data name the collection format, its glue, wasm
// and stylesheet start loading now, beside the embed's, instead of after
// the embed has read the collection. Only a hint: the embed still reads
// the data, decides, and hands a collection over (extras/overview.js).
function warmIfCollection(response) {
  response
    .then((r) => {
      if (!r.ok || !r.body) return;
      const reader = r.clone().body.getReader();
      return reader.read().then(({ value }) => {
        reader.cancel();
        const head = value ? new TextDecoder().decode(value.subarray(0, 256)) : '';
        if (/"format"\s*:\s*"rectify-board-collection\//.test(head)) {
          preloadOverview();
          return import('./extras/overview.js').then((m) => m.prepare());
        }
      });
    })
    .catch(() => {}); // the embed reports errors; a failed hint costs nothing
}

// The overview bundle's files requested at once (overview.js's prepare()
// then finds them loading), rather than after overview.js has loaded.
function preloadOverview() {
  for (const [rel, file, as] of [['modulepreload', 'rectify-overview.js'], ['preload', 'rectify-overview_bg.wasm', 'fetch']]) {
    const link = document.createElement('link');
    link.rel = rel;
    if (as) link.as = as;
    link.crossOrigin = 'anonymous'; // as fetch() asks for it, so that it is the same request
    link.href = new URL('overview/' + file, here).href;
    document.head.append(link);
  }
}

// As src/mount.rs props_for: ?src= only with data-allow-src-param, and
// then only an http(s) file of this origin (anything else throws: nothing is
// requested, and the widget shows the refusal, never another report); else
// data-src, else the bundled report.
function reportUrl(host) {
  const nonBlank = (v) => (v && v.trim() ? v : null);
  if (host.hasAttribute('data-allow-src-param')) {
    const src = nonBlank(new URLSearchParams(location.search).get('src'));
    if (src) {
      const url = new URL(src, location.href);
      if (/^https?:$/.test(url.protocol) && url.origin === location.origin) return url.href;
      throw new Error('refused');
    }
  }
  return nonBlank(host.getAttribute('data-src')) || defaultReport;
}
