//! Writes the interface's 繁體 and English words as the tables the embed
//! fetches with the language (`i18n/zh-Hant.txt`, `i18n/en.txt`): the embed
//! has only 简体 compiled in. Run by `scripts/build.sh`:
//! `cargo run -p rectify-core --example vocab_tables -- dist/i18n`.

use rectify_core::locale::{Lang, Msg};

fn main() {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "dist/i18n".into());
    std::fs::create_dir_all(&dir).expect("the output folder");
    for lang in [Lang::ZhHant, Lang::En] {
        let path = format!("{dir}/{}.txt", lang.tag());
        std::fs::write(&path, Msg::table_text(lang)).expect("the table written");
    }
}
