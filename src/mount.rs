//! Finding the host elements, reading their `data-*` attributes, and
//! mounting each widget inside an open shadow root so that the portal's CSS
//! and the widget's CSS cannot affect each other.

use rectify_core::locale::Lang;
use rectify_core::view::{check_page_source, RefusedSource, StallTimeout};
use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{
    Element, HtmlElement, MutationObserver, MutationObserverInit, ShadowRoot, ShadowRootInit,
    ShadowRootMode, Url, UrlSearchParams,
};
use yew::AppHandle;

use crate::app::{App, AppProps, Prerendered};
use crate::links::LinkPlace;
use crate::source::{Address, Source};

/// The attribute that marks a host element.
pub const HOST_ATTR: &str = "data-rectify-board";

thread_local! {
    /// `take(src)` from `web/boot.js`: the pending `Response` for the report
    /// `src` that boot.js requested before the wasm had loaded, or undefined.
    static PREFETCHED: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
    /// `handOff(element, src, text)` from `web/boot.js`: loads the overview
    /// bundle for a widget whose `data-src` is a collection.
    static HAND_OFF: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
    /// `detail(name, ...args)` from `web/boot.js`: calls `name` of
    /// `extras/detail.js`, the detail bundle's loader (see
    /// `components/detail_slot.rs`).
    static DETAIL: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
}

/// Calls `name(...args)` of `extras/detail.js` (`show` reports how it went
/// through its last argument; nothing happens when the page gave no loader).
pub fn call_detail(name: &str, args: &[wasm_bindgen::JsValue]) {
    DETAIL.with(|f| {
        if let Some(f) = f.borrow().as_ref() {
            let all: js_sys::Array = std::iter::once(name.into())
                .chain(args.iter().cloned())
                .collect();
            let _ = f.apply(&wasm_bindgen::JsValue::NULL, &all);
        }
    });
}

/// Hands the collection `text` (fetched from `src`) to the overview bundle,
/// which mounts beside the widget's `element` in the same shadow root (see
/// `web/extras/overview.js`).
pub fn hand_off(element: &Element, src: &str, text: &str) {
    HAND_OFF.with(|f| {
        if let Some(f) = f.borrow().as_ref() {
            let _ = f.call3(
                &wasm_bindgen::JsValue::NULL,
                element,
                &src.into(),
                &text.into(),
            );
        }
    });
}

/// Takes (once) the response `web/boot.js` started fetching for `src`, so the
/// report is not requested twice. `None` if there is none left for that URL
/// (then fetch it).
pub fn take_prefetched(src: &str) -> Option<js_sys::Promise> {
    PREFETCHED.with(|take| {
        let pending = take
            .borrow()
            .as_ref()?
            .call1(&wasm_bindgen::JsValue::NULL, &src.into())
            .ok()?;
        pending.dyn_into().ok()
    })
}

/// Mounts every unmounted host. `base` is the URL of the folder the bundle
/// was loaded from (for the stylesheet and the 繁體 table); `take_prefetched`,
/// boot.js's hand-over of the reports it has already requested (see [`take_prefetched`]);
/// `hand_off`, how a collection reaches the overview bundle (see [`hand_off`]);
/// `detail`, how the drill-down's bundle is loaded (see [`detail_module`]).
pub fn mount_all(
    default_src: &str,
    base: &str,
    take_prefetched: Option<js_sys::Function>,
    (hand_off, detail): (Option<js_sys::Function>, Option<js_sys::Function>),
) -> usize {
    PREFETCHED.with(|p| *p.borrow_mut() = take_prefetched);
    HAND_OFF.with(|h| *h.borrow_mut() = hand_off);
    DETAIL.with(|h| *h.borrow_mut() = detail);
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return 0;
    };
    let Ok(hosts) = document.query_selector_all(&format!("[{HOST_ATTR}]")) else {
        return 0;
    };
    let mut mounted = 0;
    for i in 0..hosts.length() {
        let Some(host) = hosts.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
            continue;
        };
        if host.get_attribute(HOST_ATTR).as_deref() == Some("mounted") {
            continue; // mount_all may be called again; never mount twice
        }
        let _ = host.set_attribute(HOST_ATTR, "mounted");
        let props = props_for(&host, default_src, base);
        // A copy pre-rendered by `rectify render` is replaced, not rendered over.
        let (handle, prerendered) = match crate::takeover::prepare(&document, &host, base) {
            Some(t) => {
                let props = AppProps {
                    prerendered: Some(t.prerendered.clone()),
                    ..props
                };
                (render_now(&host, t.root, props), Some(t.prerendered))
            }
            None => (mount_host(&document, host.clone(), props, base), None),
        };
        follow_attributes(&host, handle, (default_src, base), prerendered);
        mounted += 1;
    }
    mounted
}

/// The rendered widget, once its stylesheet has loaded.
pub type Handle = Rc<RefCell<Option<AppHandle<App>>>>;

/// Re-renders the widget with new props when the host page changes its
/// `data-lang`, `data-mode` or `data-src` attribute.
fn follow_attributes(
    host: &Element,
    handle: Handle,
    (default_src, base): (&str, &str),
    prerendered: Option<Prerendered>,
) {
    let (host2, default_src, base) = (host.clone(), default_src.to_string(), base.to_string());
    let on_change = Closure::<dyn FnMut()>::new(move || {
        if let Some(app) = handle.borrow_mut().as_mut() {
            app.update(AppProps {
                prerendered: prerendered.clone(),
                ..props_for(&host2, &default_src, &base)
            });
        }
    });
    let Ok(observer) = MutationObserver::new(on_change.as_ref().unchecked_ref()) else {
        return;
    };
    let options = MutationObserverInit::new();
    options.set_attributes(true);
    let filter = js_sys::Array::of3(&"data-lang".into(), &"data-mode".into(), &"data-src".into());
    options.set_attribute_filter(&filter);
    let _ = observer.observe_with_options(host, &options);
    // Both live as long as the page: widgets are never unmounted.
    on_change.forget();
    std::mem::forget(observer);
}

/// Mounts one widget with the given props on `host` (in its own shadow root
/// when the browser allows one). The import page uses this for its preview.
pub fn mount_host(
    document: &web_sys::Document,
    host: Element,
    props: AppProps,
    base: &str,
) -> Handle {
    let handle: Handle = Rc::new(RefCell::new(None));
    set_height(&host, &props);
    match shadow_root(document, &host, base) {
        // web/boot.js made the shadow root and its stylesheet has settled:
        // render now.
        Some((root, link)) if link.has_attribute("data-settled") => {
            *handle.borrow_mut() = Some(render_app(root, props));
        }
        // Render once the stylesheet has applied (no flash of unstyled
        // content, and charts measure their styled size); also on error.
        Some((root, link)) => {
            let render = Rc::new(std::cell::Cell::new(Some((root, props))));
            for event in ["load", "error"] {
                let render = render.clone();
                let handle = handle.clone();
                gloo::events::EventListener::once(&link, event, move |_| {
                    if let Some((root, props)) = render.take() {
                        *handle.borrow_mut() = Some(render_app(root, props));
                    }
                })
                .forget();
            }
        }
        None => {
            *handle.borrow_mut() = Some(render_app(host, props));
        }
    }
    handle
}

thread_local! {
    /// How many Yew apps this module has rendered (see [`yew_roots`]).
    static ROOTS: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// Renders the widget's app into `root`, counting it.
fn render_app(root: Element, props: AppProps) -> AppHandle<App> {
    ROOTS.with(|r| r.set(r.get() + 1));
    yew::Renderer::<App>::with_root_and_props(root, props).render()
}

/// How many Yew apps (event subtrees, numbered from 1 in each wasm module)
/// this module has rendered. The detail bundle, whose own Yew mounts inside
/// a widget, numbers its apps after these, so that neither copy of Yew
/// takes the other's events for its own (see `src/bin/detail.rs`).
pub fn yew_roots() -> u32 {
    ROOTS.with(|r| r.get())
}

/// Renders at once into `root`, a prepared place on `host` (a
/// pre-rendered host, whose stylesheet is already linked).
fn render_now(host: &Element, root: Element, props: AppProps) -> Handle {
    set_height(host, &props);
    Rc::new(RefCell::new(Some(render_app(root, props))))
}

/// The host page's `data-height`, as a custom property of the host.
fn set_height(host: &Element, props: &AppProps) {
    if let Some(h) = &props.height {
        // CSSOM, not a style attribute: allowed under style-src 'self'.
        if let Some(el) = host.dyn_ref::<HtmlElement>() {
            let _ = el.style().set_property("--rb-height", h);
        }
    }
}

/// An open shadow root on `host` holding the stylesheet link and the element
/// Yew renders into (returned with the link). `None` if the host cannot have one (then the widget
/// mounts in the light DOM and the page links board.css itself).
fn shadow_root(
    document: &web_sys::Document,
    host: &Element,
    base: &str,
) -> Option<(Element, Element)> {
    let (shadow, link) = styled_shadow_root(document, host, base)?;
    let root = document.create_element("div").ok()?;
    root.set_attribute("class", "rb-root").ok()?;
    shadow.append_child(&root).ok()?;
    Some((root, link))
}

/// A new open shadow root on `host` whose first child links `board.css`
/// from `base` (returned with the link; with `inline-detail`, a second
/// links `detail/detail.css`).
pub(crate) fn styled_shadow_root(
    document: &web_sys::Document,
    host: &Element,
    base: &str,
) -> Option<(ShadowRoot, Element)> {
    let (shadow, link) = match host.shadow_root() {
        // Made by web/boot.js: its stylesheet link, then a slot showing the
        // host's own content until now.
        Some(shadow) => {
            let link = shadow
                .first_element_child()
                .filter(|l| l.tag_name() == "LINK")?;
            if let Some(slot) = link.next_element_sibling() {
                slot.remove();
            }
            (shadow, link)
        }
        None => {
            let shadow = host
                .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
                .ok()?;
            let link = stylesheet(document, &format!("{base}board.css"))?;
            shadow.append_child(&link).ok()?;
            (shadow, link)
        }
    };
    // A bundle that draws the drill-down itself (the import page's
    // preview) links the detail bundle's rules too.
    #[cfg(feature = "inline-detail")]
    {
        let detail = stylesheet(document, &format!("{base}detail/detail.css"))?;
        shadow.append_child(&detail).ok()?;
    }
    Some((shadow, link))
}

/// A `<link rel="stylesheet">` to `href`.
fn stylesheet(document: &web_sys::Document, href: &str) -> Option<Element> {
    let link = document.create_element("link").ok()?;
    link.set_attribute("rel", "stylesheet").ok()?;
    link.set_attribute("href", href).ok()?;
    Some(link)
}

pub fn props_for(host: &Element, default_src: &str, base: &str) -> AppProps {
    let attr = |name: &str| host.get_attribute(name).filter(|v| !v.trim().is_empty());
    // The page's query string may choose the data only where the host page
    // allows it (data-allow-src-param), and then only from its own origin.
    let params = host
        .has_attribute("data-allow-src-param")
        .then(query_params)
        .flatten();
    let param = |name: &str| {
        params
            .as_ref()
            .and_then(|p| p.get(name))
            .filter(|v| !v.trim().is_empty())
    };
    // A ?src= the page allows is used or refused, never replaced by
    // data-src or the bundled report: a reader must not be shown another
    // department's numbers without a word.
    let address = match param("src") {
        Some(given) => page_source(&given),
        None => Address::Url(
            attr("data-src")
                .unwrap_or_else(|| default_src.to_string())
                .into(),
        ),
    };
    let timeout = attr("data-timeout")
        .and_then(|t| StallTimeout::from_seconds(&t))
        .unwrap_or_default();
    let lang = param("lang")
        .or_else(|| attr("data-lang"))
        .or_else(|| attr("lang"))
        .map(|l| Lang::parse(&l))
        .unwrap_or_default();
    let elderly = param("mode")
        .or_else(|| attr("data-mode"))
        .is_some_and(|m| m.trim().eq_ignore_ascii_case("elderly"));
    let height = attr("data-height").map(|h| {
        let h = h.trim();
        if h.chars().all(|c| c.is_ascii_digit() || c == '.') {
            format!("{h}px")
        } else {
            h.to_string()
        }
    });
    AppProps {
        src: Source { address, timeout },
        lang,
        elderly,
        height,
        base: base.to_string().into(),
        prerendered: None,
        preloaded: None,
        links: LinkPlace::from_attribute(attr("data-links").as_deref()),
    }
}

fn query_params() -> Option<UrlSearchParams> {
    let search = web_sys::window()?.location().search().ok()?;
    UrlSearchParams::new_with_str(&search).ok()
}

/// A `?src=` resolved against the page: its URL if it names a file on the
/// page's own site, else why it is refused (another site, `data:`,
/// `javascript:`, not an address).
fn page_source(given: &str) -> Address {
    let refused = |why| Address::Refused {
        given: given.to_string().into(),
        why,
    };
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return refused(RefusedSource::Unusable);
    };
    let page = location.href().unwrap_or_default();
    let Ok(url) = Url::new_with_base(given, &page) else {
        return refused(RefusedSource::Unusable);
    };
    let page_origin = location.origin().unwrap_or_default();
    match check_page_source(&url.protocol(), &url.origin(), &page_origin) {
        Ok(()) => Address::Url(url.href().into()),
        Err(why) => refused(why),
    }
}
