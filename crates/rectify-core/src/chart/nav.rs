//! Keyboard movement between the marks of a chart (roving tabindex): marks
//! are laid out in rows (a donut is one row; stacked bars one row per area).

/// A key that moves the focus between marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NavKey {
    Prev,
    Next,
    Up,
    Down,
    First,
    Last,
}

impl NavKey {
    /// From `KeyboardEvent.key`.
    pub fn from_key(key: &str) -> Option<NavKey> {
        Some(match key {
            "ArrowLeft" => NavKey::Prev,
            "ArrowRight" => NavKey::Next,
            "ArrowUp" => NavKey::Up,
            "ArrowDown" => NavKey::Down,
            "Home" => NavKey::First,
            "End" => NavKey::Last,
            _ => return None,
        })
    }
}

/// The flat index (document order) of `(row, col)` in rows of `rows[i]` marks.
pub fn flat_index(rows: &[usize], (row, col): (usize, usize)) -> usize {
    rows.iter().take(row).sum::<usize>() + col
}

/// `(row, col)` of a flat index (clamped to the last mark).
pub fn position(rows: &[usize], flat: usize) -> (usize, usize) {
    let total: usize = rows.iter().sum();
    let mut rest = flat.min(total.saturating_sub(1));
    for (r, &n) in rows.iter().enumerate() {
        if rest < n {
            return (r, rest);
        }
        rest -= n;
    }
    (0, 0)
}

/// Where `key` moves the focus from flat index `flat`. Left/Right walk all
/// marks in order (wrapping); Up/Down go to the nearest mark of the
/// previous/next non-empty row; Home/End to the first/last mark.
pub fn step(rows: &[usize], flat: usize, key: NavKey) -> usize {
    let total: usize = rows.iter().sum();
    if total == 0 {
        return 0;
    }
    let flat = flat.min(total - 1);
    match key {
        NavKey::Next => (flat + 1) % total,
        NavKey::Prev => (flat + total - 1) % total,
        NavKey::First => 0,
        NavKey::Last => total - 1,
        NavKey::Up | NavKey::Down => {
            let (row, col) = position(rows, flat);
            let mut r = row;
            loop {
                let next = if key == NavKey::Up {
                    r.checked_sub(1)
                } else {
                    (r + 1 < rows.len()).then_some(r + 1)
                };
                match next {
                    None => return flat,
                    Some(n) if rows[n] > 0 => {
                        return flat_index(rows, (n, col.min(rows[n] - 1)));
                    }
                    Some(n) => r = n,
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walks_a_donut() {
        let rows = [3];
        assert_eq!(step(&rows, 0, NavKey::Next), 1);
        assert_eq!(step(&rows, 2, NavKey::Next), 0);
        assert_eq!(step(&rows, 0, NavKey::Prev), 2);
        assert_eq!(step(&rows, 1, NavKey::Up), 1);
        assert_eq!(step(&rows, 1, NavKey::Last), 2);
    }

    #[test]
    fn walks_stacked_bars() {
        // Row 0 has 3 segments, row 1 none (all filtered), row 2 has 1.
        let rows = [3, 0, 1];
        assert_eq!(step(&rows, 2, NavKey::Next), 3);
        assert_eq!(step(&rows, 2, NavKey::Down), 3);
        assert_eq!(step(&rows, 3, NavKey::Up), 0);
        assert_eq!(step(&rows, 3, NavKey::Down), 3);
        assert_eq!(position(&rows, 3), (2, 0));
        assert_eq!(flat_index(&rows, (2, 0)), 3);
        assert_eq!(step(&[], 0, NavKey::Next), 0);
        assert_eq!(NavKey::from_key("ArrowDown"), Some(NavKey::Down));
        assert_eq!(NavKey::from_key("a"), None);
    }
}
