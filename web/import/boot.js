// Loads the import page (a static module: no inline script under a strict CSP).
import init, { mount_import } from './rectify-import.js';

const here = new URL('./', import.meta.url);
// The widget bundle (board.css, i18n/) is one folder up: dist/ vs dist/import/.
const widgetBase = new URL('../', here).href;
try {
  await init({ module_or_path: new URL('rectify-import_bg.wasm', here) });
  // The preview's SVG/PNG/CSV exports load their code only when asked for.
  const exporter = (kind, name, payload) =>
    import('../extras/export.js').then((m) => m.exportFile(kind, name, payload));
  mount_import(widgetBase, exporter);
} catch (err) {
  const p = document.createElement('p');
  p.setAttribute('role', 'alert');
  p.textContent = '导入页无法启动（浏览器可能不支持 WebAssembly）：' + String((err && err.message) || err);
  document.getElementById('import-root').replaceChildren(p);
  throw err;
}
