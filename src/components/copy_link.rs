use rectify_core::locale::{Lang, Msg};
use rectify_core::model::NodeId;
use yew::prelude::*;

use crate::state::Copied;

/// A "复制链接" button for the node `id`, and what became of the last copy
/// of it (said politely in a status region; the link itself when the
/// clipboard refused). A function: the state is the board's.
pub fn copy_link(
    lang: Lang,
    id: &NodeId,
    copied: Option<&Copied>,
    on_copy: &Callback<NodeId>,
) -> Html {
    let onclick = {
        let id = id.clone();
        on_copy.reform(move |_: MouseEvent| id.clone())
    };
    let copied = copied.filter(|c| c.id == *id);
    html! {
        <span class="rb-copy">
            <button type="button" class="rb-tool rb-copy-link" {onclick}>{ Msg::CopyLink.text(lang) }</button>
            <span class="rb-copy-status" role="status">
                if let Some(c) = copied {
                    if let Some(url) = &c.refused {
                        { Msg::CopyFailed.text(lang) }<span class="rb-copy-url">{ url.clone() }</span>
                    } else {
                        { Msg::LinkCopied.text(lang) }
                    }
                }
            </span>
        </span>
    }
}
