//! What an editor decided while reviewing a conversion, as a small JSON
//! file (`rectify-review/1`): the import page downloads it beside the
//! report, and `rectify convert --review choices.json` applies it again.

use serde::{Deserialize, Serialize};

use crate::convert::LevelKind;
use crate::model::Status;

/// The value of [`ReviewChoices::format`].
pub const REVIEW_FORMAT: &str = "rectify-review/1";

/// All the choices of one review.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReviewChoices {
    /// `rectify-review/1`.
    pub format: String,
    /// A kind per numbering level (notices only); empty: the converter's.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub levels: Vec<LevelKind>,
    /// Edits of single nodes, by id, in the order they were made.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub edits: Vec<NodeEdit>,
    /// Which summary sentence holds the report's stated totals.
    #[serde(default, skip_serializing_if = "TotalsChoice::is_auto")]
    pub stated_totals: TotalsChoice,
}

impl Default for ReviewChoices {
    fn default() -> Self {
        ReviewChoices {
            format: REVIEW_FORMAT.to_string(),
            levels: Vec::new(),
            edits: Vec::new(),
            stated_totals: TotalsChoice::Auto,
        }
    }
}

/// An edit of one node. Fields left out keep their value; an empty date
/// removes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NodeEdit {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<StatusEdit>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owners: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completed_on: Option<String>,
}

impl NodeEdit {
    pub fn new(id: &str) -> NodeEdit {
        NodeEdit {
            id: id.to_string(),
            status: None,
            owners: None,
            deadline: None,
            completed_on: None,
        }
    }
}

/// A status set by the editor, with the reason readers are shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatusEdit {
    pub status: Status,
    pub reason: String,
}

/// The stated totals: as the converter chose, none, or the candidate
/// sentence on a given source line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TotalsChoice {
    #[default]
    Auto,
    None,
    /// The candidate whose `source_line` is this.
    Line(u32),
}

impl TotalsChoice {
    pub fn is_auto(&self) -> bool {
        *self == TotalsChoice::Auto
    }
}

impl ReviewChoices {
    /// The edit of `id`, made if there is none yet.
    pub fn edit_mut(&mut self, id: &str) -> &mut NodeEdit {
        let pos = match self.edits.iter().position(|e| e.id == id) {
            Some(p) => p,
            None => {
                self.edits.push(NodeEdit::new(id));
                self.edits.len() - 1
            }
        };
        &mut self.edits[pos]
    }

    /// The edit of `id`, if any.
    pub fn edit(&self, id: &str) -> Option<&NodeEdit> {
        self.edits.iter().find(|e| e.id == id)
    }
}
