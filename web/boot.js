// Loads the 整改看板 widget. A static module rather than Trunk's inline
// loader, so that a page with a strict Content-Security-Policy
// (script-src 'self' 'wasm-unsafe-eval') can run it. URLs are resolved
// against this file, so the bundle works from any sub-path.
import init, { mount_all } from './rectify-board.js';

const here = new URL('./', import.meta.url);
const defaultReport = new URL('reports/zhongshan-finance-2025-09.json', here).href;

try {
  await init({ module_or_path: new URL('rectify-board_bg.wasm', here) });
  // Each widget mounts in its own shadow root, which links board.css from `here`.
  // Exports (SVG, PNG, CSV) load their code only when a reader asks for a file.
  const exporter = (kind, name, payload) =>
    import('./extras/export.js').then((m) => m.exportFile(kind, name, payload));
  mount_all(defaultReport, here.href, exporter);
} catch (err) {
  // Never a blank box: say what happened, as text (never as HTML).
  for (const host of document.querySelectorAll('[data-rectify-board]')) {
    const p = document.createElement('p');
    p.className = 'rb-boot-error';
    p.setAttribute('role', 'alert');
    p.textContent = '整改看板无法启动（浏览器可能不支持 WebAssembly）：' + String(err && err.message || err);
    host.replaceChildren(p);
  }
  throw err;
}
