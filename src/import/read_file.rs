//! Reading a file the editor chose or dropped, as bytes.

use wasm_bindgen_futures::JsFuture;
use web_sys::File;

/// The file's name and bytes.
pub async fn read(file: File) -> Result<(String, Vec<u8>), String> {
    let name = file.name();
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| format!("无法读取文件 {name}"))?;
    Ok((name, js_sys::Uint8Array::new(&buffer).to_vec()))
}
