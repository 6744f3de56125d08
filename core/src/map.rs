//! `SortedMap`: a small map kept as a list sorted by key. The maps here hold a handful of
//! answers, and a list is as fast as a tree at that size and far smaller in WebAssembly.

/// A map from `K` to `V`, iterated in key order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SortedMap<K, V> {
    entries: Vec<(K, V)>,
}

impl<K, V> Default for SortedMap<K, V> {
    fn default() -> Self {
        SortedMap {
            entries: Vec::new(),
        }
    }
}

impl<K: Ord + Copy, V: Copy> SortedMap<K, V> {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn get(&self, key: &K) -> Option<&V> {
        self.find(key).ok().map(|i| &self.entries[i].1)
    }

    pub fn contains_key(&self, key: &K) -> bool {
        self.find(key).is_ok()
    }

    /// Sets the value for `key`, replacing any earlier one.
    pub fn insert(&mut self, key: K, value: V) {
        match self.find(&key) {
            Ok(i) => self.entries[i].1 = value,
            Err(i) => self.entries.insert(i, (key, value)),
        }
    }

    pub fn remove(&mut self, key: &K) {
        if let Ok(i) = self.find(key) {
            self.entries.remove(i);
        }
    }

    pub fn retain(&mut self, mut keep: impl FnMut(&K, &V) -> bool) {
        self.entries.retain(|(k, v)| keep(k, v));
    }

    /// Entries in key order.
    pub fn iter(&self) -> impl Iterator<Item = (&K, &V)> {
        self.entries.iter().map(|(k, v)| (k, v))
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The position of `key`, or where it would go.
    fn find(&self, key: &K) -> Result<usize, usize> {
        // A linear search: these maps hold at most a few dozen entries.
        match self.entries.iter().position(|(k, _)| k >= key) {
            Some(i) if self.entries[i].0 == *key => Ok(i),
            Some(i) => Err(i),
            None => Err(self.entries.len()),
        }
    }
}

impl<'a, K: Ord + Copy, V: Copy> IntoIterator for &'a SortedMap<K, V> {
    type Item = (&'a K, &'a V);
    type IntoIter = std::iter::Map<std::slice::Iter<'a, (K, V)>, fn(&'a (K, V)) -> (&'a K, &'a V)>;

    fn into_iter(self) -> Self::IntoIter {
        self.entries.iter().map(|(k, v)| (k, v))
    }
}

/// Inserts `item` into a sorted list, keeping it sorted and free of duplicates.
pub fn insert_sorted<T: Ord>(list: &mut Vec<T>, item: T) {
    if let Err(i) = list.binary_search(&item) {
        list.insert(i, item);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_keys_in_order_and_replaces_values() {
        let mut m = SortedMap::new();
        for (k, v) in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'z')] {
            m.insert(k, v);
        }
        assert_eq!(
            m.iter().map(|(k, v)| (*k, *v)).collect::<Vec<_>>(),
            [(1, 'z'), (2, 'b'), (3, 'c')]
        );
        m.remove(&2);
        assert!(!m.contains_key(&2) && m.get(&3) == Some(&'c') && m.len() == 2);
        let mut list = vec![1, 5];
        for i in [3, 5, 0] {
            insert_sorted(&mut list, i);
        }
        assert_eq!(list, [0, 1, 3, 5]);
    }
}
