#!/usr/bin/env bash
# Regenerates the checked-in outputs of the converter and the schema:
# the bundled report and schema/report.v1.schema.json. Tests fail when
# either is stale.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
cargo build --quiet -p rectify-cli
./target/debug/rectify convert data/source/zhongshan-finance-2025-09.txt -o data/reports/zhongshan-finance-2025-09.json
./target/debug/rectify schema > schema/report.v1.schema.json
./target/debug/rectify schema --collection > schema/collection.v1.schema.json
echo "regenerated data/reports/zhongshan-finance-2025-09.json, schema/report.v1.schema.json and schema/collection.v1.schema.json"
