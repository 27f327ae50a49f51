//! A small least-recently-used cache bounded by count and by bytes: the
//! collection views keep the reports a reader opened, so that going back
//! is instant, without letting twenty departments opened one after
//! another grow the page's memory without bound.

/// Values by key, the least recently used dropped first once more than
/// `max_entries` are held or their sizes add up to more than `max_bytes`
/// (the newest value is always kept, even alone over the limit).
#[derive(Debug, Clone)]
pub struct Lru<K, V> {
    /// Oldest first.
    items: Vec<(K, V, usize)>,
    max_entries: usize,
    max_bytes: usize,
    bytes: usize,
}

impl<K: PartialEq, V: Clone> Lru<K, V> {
    pub fn new(max_entries: usize, max_bytes: usize) -> Lru<K, V> {
        Lru {
            items: Vec::new(),
            max_entries: max_entries.max(1),
            max_bytes,
            bytes: 0,
        }
    }

    /// The value for `key`, now the most recently used.
    pub fn get(&mut self, key: &K) -> Option<V> {
        let at = self.items.iter().position(|(k, _, _)| k == key)?;
        let item = self.items.remove(at);
        let value = item.1.clone();
        self.items.push(item);
        Some(value)
    }

    /// Keeps `value` of `size` bytes under `key` (replacing an older one),
    /// then drops the least recently used beyond the limits.
    pub fn insert(&mut self, key: K, value: V, size: usize) {
        if let Some(at) = self.items.iter().position(|(k, _, _)| *k == key) {
            let (_, _, old) = self.items.remove(at);
            self.bytes -= old;
        }
        self.items.push((key, value, size));
        self.bytes += size;
        while self.items.len() > 1
            && (self.items.len() > self.max_entries || self.bytes > self.max_bytes)
        {
            let (_, _, dropped) = self.items.remove(0);
            self.bytes -= dropped;
        }
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The sizes of the values held, added up.
    pub fn bytes(&self) -> usize {
        self.bytes
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drops_the_least_recently_used_by_count() {
        let mut c = Lru::new(3, usize::MAX);
        for i in 0..3 {
            c.insert(i, i * 10, 1);
        }
        assert_eq!(c.get(&0), Some(0)); // 0 is now the newest
        c.insert(3, 30, 1);
        assert_eq!(c.len(), 3);
        assert_eq!(c.get(&1), None, "1 was the least recently used");
        assert_eq!(c.get(&0), Some(0));
        assert_eq!(c.get(&3), Some(30));
    }

    #[test]
    fn holds_no_more_than_its_bytes_and_keeps_the_newest() {
        let mut c = Lru::new(100, 1000);
        for i in 0..20 {
            c.insert(i, (), 300);
            assert!(c.bytes() <= 1000, "{}", c.bytes());
        }
        assert_eq!(c.len(), 3);
        c.insert(99, (), 5000);
        assert_eq!((c.len(), c.bytes()), (1, 5000));
        c.insert(99, (), 10);
        assert_eq!(
            (c.len(), c.bytes()),
            (1, 10),
            "a replaced value's size is not counted twice"
        );
    }
}
