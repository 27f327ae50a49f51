//! What the crate's unit tests share: the bundled report, loaded once per call.

use crate::model::Report;

/// The JSON the widget ships with (made from the real notice by the converter).
pub(crate) const BUNDLED_JSON: &str =
    include_str!("../../../data/reports/zhongshan-finance-2025-09.json");

/// The bundled report, loaded as the widget loads it.
pub(crate) fn bundled_report() -> Report {
    crate::load::from_json_str(BUNDLED_JSON).unwrap()
}
