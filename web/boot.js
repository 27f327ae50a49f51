// Loads the 整改看板 widget. A static module rather than Trunk's inline
// loader, so that a page with a strict Content-Security-Policy
// (script-src 'self' 'wasm-unsafe-eval') can run it. URLs are resolved
// against this file, so the bundle works from any sub-path.
//
// No waterfall: as soon as this module runs it requests, in parallel, the
// JS glue, the wasm and the stylesheet (which each widget links in its
// shadow root), instead of one after the other.
const here = new URL('./', import.meta.url);
const defaultReport = new URL('reports/zhongshan-finance-2025-09.json', here).href;
const HOST = 'data-rectify-board';

const glue = import('./rectify-board.js');
const wasm = fetch(new URL('rectify-board_bg.wasm', here));
wasm.catch(() => {}); // reported by init below
preloadStyle(new URL('board.css', here).href);

try {
  const { default: init, mount_all } = await glue;
  await init({ module_or_path: wasm });
  // Each widget mounts in its own shadow root, which links board.css from `here`.
  // Exports (SVG, PNG, CSV) load their code only when a reader asks for a file.
  const exporter = (kind, name, payload) =>
    import('./extras/export.js').then((m) => m.exportFile(kind, name, payload));
  mount_all(defaultReport, here.href, exporter);
} catch (err) {
  // Never a blank box: say what happened, as text (never as HTML).
  for (const host of document.querySelectorAll(`[${HOST}]`)) {
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
