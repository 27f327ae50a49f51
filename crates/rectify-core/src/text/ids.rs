//! Node ids are made from printed numbers (`p3`, `a1-p2`); when a number is
//! printed twice the second id gets a suffix (`p3-2`) and the caller warns.

use std::collections::{HashMap, HashSet};

/// Ids in use, handing out unique ones in amortised constant time.
#[derive(Debug, Default)]
pub(crate) struct IdSet {
    used: HashSet<String>,
    /// The next suffix to try per base that clashed.
    next: HashMap<String, u32>,
}

impl IdSet {
    /// A set with `preamble` and `closing` reserved.
    pub(crate) fn new() -> IdSet {
        let mut ids = IdSet::default();
        ids.reserve("preamble");
        ids.reserve("closing");
        ids
    }

    pub(crate) fn reserve(&mut self, id: &str) {
        self.used.insert(id.to_string());
    }

    /// Reserves `base` or the first free `base-2`, `base-3`…; true if it clashed.
    pub(crate) fn unique(&mut self, base: String) -> (String, bool) {
        if self.used.insert(base.clone()) {
            return (base, false);
        }
        let k = self.next.entry(base.clone()).or_insert(2);
        loop {
            let cand = format!("{base}-{k}");
            *k = k.saturating_add(1);
            if self.used.insert(cand.clone()) {
                return (cand, true);
            }
        }
    }
}
