#!/usr/bin/env bash
# Builds the release widget into dist/ (wasm + JS glue + CSS + bundled data)
# and the 繁體 conversion table, and prints the embed bundle's size. Assumes scripts/bootstrap.sh has run.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=/dev/null
source .tools/env.sh
trunk build --release --offline >&2
# Lightning CSS (npm, pinned); fails the build on invalid CSS or a larger output.
node scripts/minify-css.mjs dist/board.css
# Terser (npm, pinned): the wasm-bindgen glue and the loader, minified in place.
node scripts/minify-js.mjs dist/rectify-board.js dist/boot.js
# The names the wasm and its glue share (imports with a hash each, closure
# exports), shortened in both at once (~6 KB gzip).
node scripts/short-names.mjs dist/rectify-board.js dist/rectify-board_bg.wasm
# The 繁體 table, fetched by the widget only when a reader chooses 繁體
# (not part of the embed bundle): dist/i18n/s2t.txt, from OpenCC's data.
node scripts/gen-s2t.mjs dist/i18n
# The interface's 繁體 and English words, fetched with the language (the
# embed has only 简体 compiled in): dist/i18n/{zh-Hant,en}.txt, written from
# rectify-core's Msg by a native run (without the wasm build's flags).
(
  unset RUSTFLAGS RUSTC_BOOTSTRAP CARGO_UNSTABLE_BUILD_STD CARGO_UNSTABLE_BUILD_STD_FEATURES
  CARGO_TARGET_DIR="$ROOT/target" cargo run --quiet -p rectify-core --example vocab_tables -- dist/i18n
)
# The import page (converter and ledger readers in the browser), a separate
# bundle under dist/import/ so the embed bundle stays small.
trunk build --release --offline=true --dist dist/import web/import/index.html >&2
# The collection views (round overview, a department's history), a separate
# bundle under dist/overview/ that the embed loads only for a collection.
trunk build --release --offline=true --dist dist/overview web/overview/index.html >&2
# It draws the drill-down itself, so it carries the detail bundle's rules.
cat styles/detail.css >> dist/overview/overview.css
node scripts/minify-css.mjs dist/overview/overview.css
# The drill-down (listing of problems, a problem's detail), a separate bundle
# under dist/detail/ that the embed loads on the first drill-down or deep link.
trunk build --release --offline=true --dist dist/detail web/detail/index.html >&2
node scripts/minify-js.mjs dist/detail/rectify-detail.js
node scripts/minify-css.mjs dist/detail/detail.css
node scripts/short-names.mjs dist/detail/rectify-detail.js dist/detail/rectify-detail_bg.wasm
node scripts/bundle-size.mjs dist
