#!/usr/bin/env bash
# Builds bench/wasm-load with the embed's flags and wasm-opt passes into
# $1 (default bench/results/wasm-load.wasm). Run from the repository root
# or anywhere; it compares builds of rectify-core: build once per checkout.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
OUT="${1:-$ROOT/bench/results/wasm-load.wasm}"
# shellcheck source=/dev/null
source "$ROOT/.tools/env.sh"
export CARGO_TARGET_DIR="$ROOT/target/wasm-load"
cargo build --quiet --release --target wasm32-unknown-unknown --manifest-path "$ROOT/bench/wasm-load/Cargo.toml"
mkdir -p "$(dirname "$OUT")"
# The passes of index.html's wasm-opt line.
"$ROOT/node_modules/binaryen/bin/wasm-opt" "$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/wasm_load.wasm" -o "$OUT" \
  --generate-global-effects --low-memory-unused --flatten --rereloop -Oz --gufa -Oz --flatten --rereloop -Oz --gufa -Oz \
  --merge-similar-functions -Oz --converge --strip-debug --strip-producers --strip-target-features
echo "$OUT"
