#!/usr/bin/env bash
# Builds the widget with the bundled real report and serves it on
# http://127.0.0.1:8080/ (PORT=... to change). Installs what is missing first.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
bash scripts/bootstrap.sh
bash scripts/build.sh
exec node tests/e2e/server.mjs dist "${PORT:-8080}"
