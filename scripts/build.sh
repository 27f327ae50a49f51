#!/usr/bin/env bash
# Builds the release widget into dist/ (wasm + JS glue + CSS + bundled data)
# and prints the embed bundle's size. Assumes scripts/bootstrap.sh has run.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=/dev/null
source .tools/env.sh
trunk build --release --offline >&2
node scripts/bundle-size.mjs dist
