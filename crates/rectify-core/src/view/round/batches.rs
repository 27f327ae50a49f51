//! The overview's departments drawn in batches: the first screenful at
//! once, the rest a batch per frame after it, so that a round of 300
//! departments paints its top quickly and the page answers input while
//! the rest is built.

/// Departments drawn in the first frame: more than a tall screen shows,
/// in 长者模式 too.
pub const FIRST_BATCH: usize = 40;
/// Departments added in each later frame: the rest of a round of 300 at
/// once. (Batches of 100 made all 300 rows appear 100–200 ms later on the
/// benchmark, each frame laying the table out again, for no faster first
/// paint.)
pub const NEXT_BATCH: usize = 260;

/// How many departments to draw after `drawn` of `total`; `None` when all
/// are drawn.
pub fn next_batch(drawn: usize, total: usize) -> Option<usize> {
    (drawn < total).then(|| (drawn + NEXT_BATCH).min(total))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grows_by_batches_to_the_total_and_stops() {
        let mut drawn = FIRST_BATCH;
        let mut steps = Vec::new();
        while let Some(n) = next_batch(drawn, 300) {
            assert!(n > drawn && n <= 300);
            steps.push(n);
            drawn = n;
        }
        assert_eq!(steps, [300], "a round of 300: the rest at once");
        let mut drawn = FIRST_BATCH;
        let mut steps = Vec::new();
        while let Some(n) = next_batch(drawn, 1000) {
            steps.push(n);
            drawn = n;
        }
        assert_eq!(steps, [300, 560, 820, 1000]);
        assert_eq!(
            next_batch(FIRST_BATCH, 3),
            None,
            "a small round is drawn at once"
        );
        assert_eq!(next_batch(300, 120), None, "fewer rows after a search");
    }
}
