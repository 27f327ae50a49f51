#!/usr/bin/env bash
# Regenerates the checked-in outputs of the converter and the schema:
# the bundled report, schema/report.v1.schema.json and the sample collection. Tests fail when
# either is stale.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
cargo build --quiet -p rectify-cli
./target/debug/rectify convert data/source/zhongshan-finance-2025-09.txt -o data/reports/zhongshan-finance-2025-09.json
./target/debug/rectify schema > schema/report.v1.schema.json
./target/debug/rectify schema --collection > schema/collection.v1.schema.json
# The sample collection served to the browser tests (and copied into dist/).
rm -rf data/collections/county-round
./target/debug/rectify convert data/samples/collection -o data/collections/county-round/ -q
./target/debug/rectify collect data/collections/county-round -o data/collections/county-round/collection.json
echo "regenerated data/collections/county-round/, data/reports/zhongshan-finance-2025-09.json, schema/report.v1.schema.json and schema/collection.v1.schema.json"
