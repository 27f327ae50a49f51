// Loads the collection views (the overview bundle, dist/overview/) for a
// widget whose data-src is a collection. Called by the embed (through
// boot.js's handOff) with an element of the widget, the collection's URL
// and its JSON text, so the collection is not fetched twice. The views
// mount in the widget's own shadow root, beside the embed's root, which is
// then hidden, until the page changes the host's data-src. Only text nodes
// are written here (never HTML).
const mounted = new WeakSet();

const base = new URL('../', import.meta.url).href;
const bundle = new URL('overview/', base);
const stylesheet = new URL('overview.css', bundle).href;

let ready;

/**
 * Starts loading the bundle (glue, wasm, stylesheet at once) and compiling
 * it, once; resolves to the glue's exports. boot.js calls it as soon as a
 * host's data looks like a collection, before the embed has read it.
 */
export function prepare() {
  ready ??= load();
  return ready;
}

async function load() {
  const glue = import(new URL('rectify-overview.js', bundle).href);
  const wasm = fetch(new URL('rectify-overview_bg.wasm', bundle));
  wasm.catch(() => {}); // reported by init below
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'style';
  link.href = stylesheet;
  document.head.append(link);
  const exports = await glue;
  await exports.default({ module_or_path: wasm });
  return exports;
}

export async function mount(element, src, text) {
  const shadow = element.getRootNode();
  const embedRoot = element.parentElement;
  const host = shadow.host || embedRoot;
  if (mounted.has(host)) return;
  mounted.add(host);
  performance.mark('rectify-board:hand-off'); // bench/run.mjs overview
  // The page sets another data-src: the views go, the embed (which follows
  // data-src too) shows its loading state, reads the new source and hands
  // it back here if it is a collection.
  let gone = false;
  let unmount = () => {};
  const observer = new MutationObserver((records) => {
    if (records.every((r) => r.oldValue === host.getAttribute('data-src'))) return;
    observer.disconnect();
    gone = true;
    unmount();
    embedRoot.hidden = false;
    mounted.delete(host);
  });
  observer.observe(host, { attributes: true, attributeFilter: ['data-src'], attributeOldValue: true });
  try {
    const loading = prepare();
    const css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = stylesheet;
    const styled = new Promise((done) => {
      css.addEventListener('load', done, { once: true });
      css.addEventListener('error', done, { once: true });
    });
    (shadow.host ? shadow : embedRoot.parentElement).append(css);
    unmount = () => css.remove();
    const { mount_overview } = await loading;
    await styled;
    if (gone) return;
    const root = document.createElement('div');
    root.className = 'rb-root rb-overview-root';
    embedRoot.after(root);
    const exporter = (kind, name, payload) =>
      import('./export.js').then((m) => m.exportFile(kind, name, payload));
    const views = mount_overview(host, root, src, text, base, exporter);
    embedRoot.hidden = true;
    unmount = () => {
      views.destroy();
      root.remove();
      css.remove();
    };
  } catch (err) {
    const p = document.createElement('p');
    p.className = 'rb-boot-error';
    p.setAttribute('role', 'alert');
    p.textContent = '整改看板无法打开报告集：' + String((err && err.message) || err);
    embedRoot.replaceWith(p);
    throw err;
  }
}
