//! The event handlers every focusable chart mark shares: hover or focus
//! shows its tooltip (and makes it the roving tab stop), leaving or blur
//! hides it, Enter, Space or a click opens it, arrow keys move the focus.

use std::rc::Rc;

use rectify_core::chart::{step, NavKey};
use wasm_bindgen::JsCast;
use web_sys::{Element, SvgElement};
use yew::prelude::*;

use crate::state::{Action, Tip};

pub struct MarkEvents {
    pub onmouseenter: Callback<MouseEvent>,
    pub onmouseleave: Callback<MouseEvent>,
    pub onfocus: Callback<FocusEvent>,
    pub onblur: Callback<FocusEvent>,
    pub onclick: Callback<MouseEvent>,
    pub onkeydown: Callback<KeyboardEvent>,
}

/// Handlers for mark `i` of a chart whose marks are laid out in rows of
/// `layout` (`[n]` for a donut), rendered in `svg`. `open` is what Enter or
/// a click does.
pub fn mark_events(
    dispatch: &Callback<Action>,
    tip: Tip,
    active: &UseStateHandle<usize>,
    i: usize,
    open: Action,
    svg: &NodeRef,
    layout: Rc<[usize]>,
) -> MarkEvents {
    let show = {
        let d = dispatch.clone();
        Callback::from(move |_: ()| d.emit(Action::ShowTip(tip.clone())))
    };
    let hide = {
        let d = dispatch.clone();
        Callback::from(move |_: ()| d.emit(Action::HideTip))
    };
    let onfocus = {
        let show = show.clone();
        let active = active.clone();
        Callback::from(move |_: FocusEvent| {
            active.set(i);
            show.emit(());
        })
    };
    let onclick = {
        let d = dispatch.clone();
        let open = open.clone();
        Callback::from(move |_: MouseEvent| d.emit(open.clone()))
    };
    let onkeydown = {
        let d = dispatch.clone();
        let svg = svg.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" || e.key() == " " {
                e.prevent_default();
                d.emit(open.clone());
            } else if let Some(k) = NavKey::from_key(&e.key()) {
                e.prevent_default();
                focus_mark(&svg, step(&layout, i, k));
            }
        })
    };
    MarkEvents {
        onmouseenter: show.reform(|_: MouseEvent| ()),
        onmouseleave: hide.reform(|_: MouseEvent| ()),
        onfocus,
        onblur: hide.reform(|_: FocusEvent| ()),
        onclick,
        onkeydown,
    }
}

/// Focuses mark `i` of the chart behind `svg` (roving tabindex).
fn focus_mark(svg: &NodeRef, i: usize) {
    if let Some(m) = svg
        .cast::<Element>()
        .and_then(|s| s.query_selector_all(".rb-mark").ok())
        .and_then(|l| l.item(i as u32))
        .and_then(|n| n.dyn_into::<SvgElement>().ok())
    {
        let _ = m.focus();
    }
}
