#!/usr/bin/env bash
# Runs every test: formatting, lints, native tests of the core and CLI, the
# release build (with its bundle-size budget), and the browser tests of the
# built widget in headless Chromium. Installs what is missing first.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="$HOME/.cargo/bin:$PATH"
# A run builds everything once: incremental caches (1.2 GB) would only fill
# the disk.
export CARGO_INCREMENTAL=0

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "bootstrap"
bash scripts/bootstrap.sh

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy (native, all targets) -D warnings"
cargo clippy --workspace --all-targets --quiet -- -D warnings
# The collection views are behind a feature (their own bundle).
cargo clippy -p rectify-board --features overview --all-targets --quiet -- -D warnings

step "cargo test (native: core, CLI, app)"
cargo test --workspace --quiet

step "CLI for the browser-test fixtures"
cargo build --quiet -p rectify-cli

step "release build of the widget (trunk) and bundle size"
bash scripts/build.sh

step "browser tests (headless Chromium)"
node --test --test-concurrency=1 tests/e2e/
echo "screenshots: tests/e2e/artifacts/*.png"
