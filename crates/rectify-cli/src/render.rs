//! `rectify render`: the board pre-rendered to an HTML fragment for a
//! portal article (readable before and without WebAssembly), made by the
//! widget's own components (`rectify_board::prerender`).

use std::path::PathBuf;

use clap::{Args, ValueEnum};
use rectify_board::prerender::{render_fragment, FragmentOptions};
use rectify_core::locale::Lang;

use crate::commands::{located, read_bytes};
use crate::error::CliError;
use crate::exit;
use crate::output::{write_to, Stdout};

pub const HELP: &str = "\
Writes the widget's host element with the board inside, as HTML: the
headline figures, both charts as SVG, the area list and the data tables,
in a declarative shadow root that links board.css (so the portal's CSS
cannot reach in). Browsers without declarative shadow DOM show the headline
and the data tables as plain HTML instead. Paste it where the empty host
element would go, and load boot.js as before: the widget takes the
pre-rendered board over. The fragment records the report file's
fingerprint; when data-src later serves another version, the live data is
shown, with a note that says so. No script and no style attribute is
written, so a strict Content-Security-Policy holds.

EXAMPLES:
  rectify render report.json -o board.html
  rectify render report.json --src /reports/2025-09.json --base /rectify/ -o board.html
  rectify render report.json --lang en --width 720 > board.en.html

EXIT CODES:
  0  success
  1  the input is not a valid report
  2  wrong arguments
  3  a file could not be read or written";

#[derive(Debug, Args)]
pub struct RenderArgs {
    /// The report file (`-` for standard input).
    #[arg(value_name = "REPORT.json")]
    pub file: PathBuf,
    /// Write to this file (in full or not at all) instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// The report's URL as the portal serves it (the host's data-src);
    /// without it the widget shows the report bundled with it.
    #[arg(long, value_name = "URL")]
    pub src: Option<String>,
    /// The URL of the widget's folder, where board.css and boot.js are
    /// (default: the page's own folder).
    #[arg(long, value_name = "URL", default_value = "")]
    pub base: String,
    /// The language of the interface.
    #[arg(long, value_enum, default_value_t = RenderLang::ZhHans)]
    pub lang: RenderLang,
    /// The width of the article column in CSS pixels: the bar chart is laid
    /// out at it (the live widget then lays it out at the width it measures).
    #[arg(long, value_name = "PX", default_value_t = 640,
        value_parser = clap::value_parser!(u16).range(200..=4000))]
    pub width: u16,
}

/// `--lang`. 繁體 is not offered: the report's own text would need the
/// conversion table the widget fetches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RenderLang {
    /// 简体中文.
    #[value(name = "zh-Hans")]
    ZhHans,
    /// English.
    En,
}

pub fn render(a: &RenderArgs, out: &mut Stdout) -> Result<u8, CliError> {
    let bytes = read_bytes(&a.file)?;
    let options = FragmentOptions {
        src: a.src.clone().filter(|s| !s.trim().is_empty()),
        base: folder_url(&a.base),
        lang: match a.lang {
            RenderLang::ZhHans => Lang::ZhHans,
            RenderLang::En => Lang::En,
        },
        width: f64::from(a.width),
    };
    let html = located(&a.file, render_fragment(&bytes, &options))?;
    write_to(a.output.as_deref(), out, |w| {
        w.write_all(html.as_bytes())?;
        w.write_all(b"\n")
    })?;
    Ok(exit::OK)
}

/// `base` ending in `/`, unless empty (the page's folder).
fn folder_url(base: &str) -> String {
    let base = base.trim();
    if base.is_empty() || base.ends_with('/') {
        base.to_string()
    } else {
        format!("{base}/")
    }
}

#[cfg(test)]
mod tests {
    use super::folder_url;

    #[test]
    fn the_base_is_a_folder() {
        assert_eq!(folder_url(""), "");
        assert_eq!(folder_url("/rectify"), "/rectify/");
        assert_eq!(
            folder_url("https://cdn.example/rb/ "),
            "https://cdn.example/rb/"
        );
    }
}
