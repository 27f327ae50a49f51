//! Object URLs for in-memory data: the preview fetches the converted report
//! from one, and the download link points at the same bytes.

use wasm_bindgen::JsValue;
use web_sys::{Blob, BlobPropertyBag, Url};

/// A `blob:` URL holding `text` with the given MIME type.
pub fn object_url(text: &str, mime: &str) -> Option<String> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    Url::create_object_url_with_blob(&blob).ok()
}

/// Releases a URL made by [`object_url`].
pub fn revoke(url: &str) {
    let _ = Url::revoke_object_url(url);
}
