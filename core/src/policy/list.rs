//! `List`: a list that is either static data compiled into the app or built at run time, used like a slice.

use std::fmt;
use std::ops::Deref;

use serde::{Serialize, Serializer};

/// A list in the policy: `Static` for data checked at build time and compiled in, `Owned` for
/// data loaded at run time (tests, the policy tool). Either way it reads as a slice.
#[derive(Clone)]
pub enum List<T: 'static> {
    Static(&'static [T]),
    Owned(Vec<T>),
}

impl<T> Deref for List<T> {
    type Target = [T];

    fn deref(&self) -> &[T] {
        match self {
            List::Static(items) => items,
            List::Owned(items) => items,
        }
    }
}

impl<'a, T> IntoIterator for &'a List<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl<T> From<Vec<T>> for List<T> {
    fn from(items: Vec<T>) -> Self {
        List::Owned(items)
    }
}

impl<T: PartialEq> PartialEq for List<T> {
    fn eq(&self, other: &Self) -> bool {
        **self == **other
    }
}

impl<T: fmt::Debug> fmt::Debug for List<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

/// Written as a sequence; build.rs turns sequences back into `List::Static(&[...])`.
impl<T: Serialize> Serialize for List<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}
