// Loads the collection views (the overview bundle, dist/overview/) for a
// widget whose data-src is a collection. Called by the embed (through
// boot.js's handOff) with an element of the widget, the collection's URL
// and its JSON text, so the collection is not fetched twice. The views
// mount in the widget's own shadow root, beside the embed's root, which is
// then hidden. Only text nodes are written here (never HTML).
const mounted = new WeakSet();

const base = new URL('../', import.meta.url).href;

export async function mount(element, src, text) {
  const shadow = element.getRootNode();
  const embedRoot = element.parentElement;
  const host = shadow.host || embedRoot;
  if (mounted.has(host)) return;
  mounted.add(host);
  try {
    // The glue, the wasm and the stylesheet at once, not one after the other.
    const bundle = new URL('overview/', base);
    const glue = import(new URL('rectify-overview.js', bundle).href);
    const wasm = fetch(new URL('rectify-overview_bg.wasm', bundle));
    wasm.catch(() => {}); // reported by init below
    const css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = new URL('overview.css', bundle).href;
    const styled = new Promise((done) => {
      css.addEventListener('load', done, { once: true });
      css.addEventListener('error', done, { once: true });
    });
    (shadow.host ? shadow : embedRoot.parentElement).append(css);
    const { default: init, mount_overview } = await glue;
    await init({ module_or_path: wasm });
    await styled;
    const root = document.createElement('div');
    root.className = 'rb-root rb-overview-root';
    embedRoot.after(root);
    const exporter = (kind, name, payload) =>
      import('./export.js').then((m) => m.exportFile(kind, name, payload));
    mount_overview(host, root, src, text, base, exporter);
    embedRoot.hidden = true;
  } catch (err) {
    const p = document.createElement('p');
    p.className = 'rb-boot-error';
    p.setAttribute('role', 'alert');
    p.textContent = '整改看板无法打开报告集：' + String((err && err.message) || err);
    embedRoot.replaceWith(p);
    throw err;
  }
}
