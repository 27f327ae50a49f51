use crate::model::Status;
use crate::stats::StatusCounts;

/// A status as the interface keys it; `None` is "not stated".
pub type StatusKey = Option<Status>;

/// The identifier of a status key (`done`…, `unknown`), for pattern ids
/// and the `data-status` that colours a mark, a badge or a swatch.
pub fn status_key(status: StatusKey) -> &'static str {
    status.map(Status::key).unwrap_or("unknown")
}

/// A shape beside a status's name, a cue besides colour.
pub fn status_glyph(status: StatusKey) -> &'static str {
    match status {
        Some(Status::Done) => "✓",
        Some(Status::InProgress) => "◔",
        Some(Status::LongTerm) => "∞",
        Some(Status::NotStarted) => "○",
        None => "?",
    }
}

/// The statuses with a non-zero count, in display order, "not stated" last.
pub fn present_keys(counts: &StatusCounts) -> Vec<(StatusKey, usize)> {
    counts
        .present()
        .into_iter()
        .map(|(s, n)| (Some(s), n))
        .chain((counts.unknown > 0).then_some((None, counts.unknown)))
        .collect()
}
