// Loads the drill-down bundle (dist/detail/: the listing of an area's
// problems and a problem's detail) for the embed, on the first drill-down
// or deep link (src/components/detail_slot.rs). The embed hands over the
// report's bytes (read once per report, by the same reader) and, at each
// change, its view state as numbers and texts; the bundle mounts its own
// app in the container the embed reserved in its shadow root.
const base = new URL('../', import.meta.url).href;
const bundle = new URL('detail/', base);
/** The bundle's own rules (the listing, a problem's detail, search hits): not in board.css. */
const stylesheet = new URL('detail.css', bundle).href;

let ready;
/** The glue's exports once loaded (then `show` draws at once). */
let loaded;
/** Failed loads so far: a retry asks for the files anew (a failed module import is remembered by its URL). */
let failures = 0;
/** One Detail (the report read once) per report's bytes. */
const opened = new WeakMap();
/** Which Detail has an app in a container. */
const owner = new WeakMap();
/** Per shadow root (or the document's head): the bundle's stylesheet linked there, once loaded. */
const styled = new WeakMap();

/**
 * Starts loading the bundle (glue and wasm at once) and compiling it, once;
 * resolves to the glue's exports. After a failure the next call tries again.
 */
export function prepare() {
  ready ??= load().then((m) => (loaded = m), (err) => {
    ready = undefined;
    failures += 1;
    throw err;
  });
  return ready;
}

async function load() {
  const again = failures ? `?retry=${failures}` : '';
  const glue = import(new URL(`rectify-detail.js${again}`, bundle).href);
  const wasm = fetch(new URL(`rectify-detail_bg.wasm${again}`, bundle));
  wasm.catch(() => {}); // reported by init below
  const css = document.createElement('link');
  css.rel = 'preload';
  css.as = 'style';
  css.href = stylesheet;
  document.head.append(css);
  const exports = await glue;
  await exports.default({ module_or_path: wasm });
  return exports;
}

/**
 * Links the bundle's stylesheet where `element` is drawn (its shadow root,
 * or the page's head for a widget in the light DOM), once per place;
 * resolves when it has loaded, so the bundle never draws unstyled. A
 * failed load is forgotten (the next show links it again).
 */
function styleFor(element) {
  const root = element.getRootNode();
  const place = root.host ? root : document.head;
  let done = styled.get(place);
  if (!done) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = stylesheet;
    done = new Promise((resolve, reject) => {
      link.addEventListener('load', () => resolve(true), { once: true });
      link.addEventListener('error', () => {
        link.remove();
        styled.delete(place);
        reject(new Error('detail.css'));
      }, { once: true });
    });
    place.append(link);
    styled.set(place, done);
    done.then(() => { done.loaded = true; }, () => {});
  }
  return done;
}

/** Loads the bundle (the search box's stand-in, on its first focus); tells `done` whether it could. */
export function warm(done) {
  prepare().then(() => done(true), () => done(false));
}

/**
 * Shows a request (numbers and texts) in `element`, loading the bundle
 * first; tells `done` whether it could (the embed then shows the view, or
 * its calm error with a retry).
 */
export async function show(element, bytes, nums, texts, onAction, roots, table, standIn, done) {
  try {
    // Both at once; at once (same task) when they are already there.
    const style = styleFor(element);
    const { open_detail } = loaded ?? (await prepare());
    if (!style.loaded) await style;
    let detail = opened.get(bytes);
    if (!detail) {
      detail = open_detail(bytes, base);
      opened.set(bytes, detail);
    }
    const previous = owner.get(element);
    if (previous && previous !== detail) previous.hide(element);
    owner.set(element, detail);
    // The search box's stand-in, read now: what is typed up to this moment,
    // and its focus, go to the box mounted in this same task.
    const typed = standIn ? standIn.value : undefined;
    const focused = !!standIn && standIn.getRootNode().activeElement === standIn;
    detail.show(element, nums, texts, onAction, roots, table, typed, focused);
  } catch {
    done(false);
    return;
  }
  done(true);
}

export function hide(element) {
  owner.get(element)?.hide(element);
  owner.delete(element);
}
