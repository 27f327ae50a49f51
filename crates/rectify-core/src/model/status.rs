use serde::{Deserialize, Serialize};

/// The rectification status of a node.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// 已完成: rectification is complete.
    Done,
    /// 正在整改: work is under way.
    InProgress,
    /// 长期整改: needs long-term, continuing work.
    LongTerm,
    /// 未开始: not yet started.
    NotStarted,
}

impl Status {
    /// All statuses in display order.
    pub const ALL: [Status; 4] = [
        Status::Done,
        Status::InProgress,
        Status::LongTerm,
        Status::NotStarted,
    ];

    /// The identifier used in JSON (`done`, `in_progress`, ...).
    pub fn key(self) -> &'static str {
        match self {
            Status::Done => "done",
            Status::InProgress => "in_progress",
            Status::LongTerm => "long_term",
            Status::NotStarted => "not_started",
        }
    }

    /// Parses the JSON identifier.
    pub fn from_key(key: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.key() == key)
    }

    /// The state of one problem whose parts (a ledger's rows, the reports
    /// on its measures) state these two: done and long-term work is
    /// long-term; anything else mixed (done with under way, not started
    /// with done) is under way.
    pub fn combined(self, other: Status) -> Status {
        match (self, other) {
            _ if self == other => self,
            (Status::Done, Status::LongTerm) | (Status::LongTerm, Status::Done) => Status::LongTerm,
            _ => Status::InProgress,
        }
    }
}

/// Whether a status was stated in the source or inferred by a rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum StatusBasis {
    /// The node's own text states it (e.g. `已完成整改`, `下一步`).
    Stated,
    /// A rule inferred it (from the section, the children, or a default).
    Inferred,
    /// A person set it by editing the JSON; it overrides the converter.
    Editor,
}

/// Why a node has its status.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct StatusEvidence {
    /// Stated, inferred, or set by an editor.
    pub basis: StatusBasis,
    /// The rule that decided it (see docs/data-format.md, "Status rules").
    pub rule: String,
    /// The phrase of the source text that triggered the rule, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phrase: Option<String>,
}
