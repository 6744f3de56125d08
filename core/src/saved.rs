//! Answers saved on the device (only after the user opts in): a small text record holding the address, its strict reader, and what a change to it made in another tab means.
//!
//! The record is plain text so it needs no JSON code: a header line with the format version,
//! the date it was saved, and the address fragment. Anything else is refused, so corrupted or
//! tampered data is discarded rather than half-read.

use crate::address;
use crate::date::Date;

/// The key under which the record is kept in the browser's local storage.
pub const STORAGE_KEY: &str = "naas-checker:saved-answers";

const HEADER: &str = "naas-checker saved answers v1";
/// Longest record we read: the header, the date and the longest address we accept.
const MAX_LEN: usize = HEADER.len() + 20 + address::MAX_LEN;

/// Saved answers: when they were saved, and the address that holds them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Saved {
    pub saved: Date,
    pub fragment: String,
}

/// Why a record could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SavedError {
    TooLong,
    NotOurs,
    BadDate,
    BadAddress,
}

impl std::fmt::Display for SavedError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            SavedError::TooLong => "the saved data is too long",
            SavedError::NotOurs => "the saved data is not in the checker's format",
            SavedError::BadDate => "the saved data has no valid date",
            SavedError::BadAddress => "the saved data holds no valid address",
        })
    }
}

pub fn encode(saved: &Saved) -> String {
    format!("{HEADER}\nsaved {}\n{}", saved.saved.iso(), saved.fragment)
}

/// Reads a record written by [`encode`]. The address inside is checked by the caller against
/// the current rules, which may have changed since it was saved.
pub fn decode(text: &str) -> Result<Saved, SavedError> {
    if text.len() > MAX_LEN {
        return Err(SavedError::TooLong);
    }
    let mut lines = text.split('\n');
    if lines.next() != Some(HEADER) {
        return Err(SavedError::NotOurs);
    }
    let saved = lines
        .next()
        .and_then(|l| l.strip_prefix("saved "))
        .and_then(|d| Date::parse(d).ok())
        .ok_or(SavedError::BadDate)?;
    let fragment = lines
        .next()
        .filter(|f| f.starts_with("#/") && f.len() <= address::MAX_LEN);
    match (fragment, lines.next()) {
        (Some(fragment), None) if fragment.bytes().all(|b| b.is_ascii_graphic()) => Ok(Saved {
            saved,
            fragment: fragment.to_string(),
        }),
        _ => Err(SavedError::BadAddress),
    }
}

/// What a change to the saved answers, made in another tab or window of this browser, means
/// here: the browser reports it with the key changed (none when all storage was cleared) and
/// the new value (none when removed).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    /// Answers were saved there: these.
    Saved(Saved),
    /// The saved answers were removed, so nothing is saved on this device now.
    Cleared,
    /// Something was saved that this version cannot read (a newer version of the checker,
    /// perhaps): it belongs to whoever wrote it, so it is left alone.
    Unreadable,
}

/// Reads a change reported by the browser's `storage` event; none if it is not about the saved answers.
pub fn change(key: Option<&str>, value: Option<&str>) -> Option<Change> {
    match (key, value) {
        (Some(key), _) if key != STORAGE_KEY => None,
        (None, _) | (_, None) => Some(Change::Cleared),
        (Some(_), Some(text)) => Some(decode(text).map_or(Change::Unreadable, Change::Saved)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_back_what_it_writes() {
        let saved = Saved {
            saved: Date::parse("2026-11-22").unwrap(),
            fragment: "#/result?date=2019-10-05&role=frontline".into(),
        };
        assert_eq!(decode(&encode(&saved)), Ok(saved));
    }

    #[test]
    fn refuses_anything_else() {
        let good = "naas-checker saved answers v1\nsaved 2026-11-22\n#/check";
        assert!(decode(good).is_ok());
        assert_eq!(decode(""), Err(SavedError::NotOurs));
        assert_eq!(decode("{\"answers\":1}"), Err(SavedError::NotOurs));
        assert_eq!(
            decode("naas-checker saved answers v1\nsaved 2026-02-30\n#/"),
            Err(SavedError::BadDate)
        );
        assert_eq!(
            decode("naas-checker saved answers v1\nsaved 2026-11-22\nhttps://evil.example/"),
            Err(SavedError::BadAddress)
        );
        assert_eq!(
            decode(&format!("{good}\nmore")),
            Err(SavedError::BadAddress)
        );
        assert_eq!(
            decode("naas-checker saved answers v1\nsaved 2026-11-22\n#/ check"),
            Err(SavedError::BadAddress)
        );
        assert_eq!(decode(&"x".repeat(10_000)), Err(SavedError::TooLong));
    }

    #[test]
    fn reads_changes_made_elsewhere() {
        let saved = Saved {
            saved: Date::parse("2026-11-22").unwrap(),
            fragment: "#/check?date=2019-10-05".into(),
        };
        let record = encode(&saved);
        assert_eq!(
            change(Some(STORAGE_KEY), Some(&record)),
            Some(Change::Saved(saved))
        );
        assert_eq!(change(Some(STORAGE_KEY), None), Some(Change::Cleared));
        // All of the site's storage was cleared at once.
        assert_eq!(change(None, None), Some(Change::Cleared));
        assert_eq!(
            change(Some(STORAGE_KEY), Some("v2 of something")),
            Some(Change::Unreadable)
        );
        assert_eq!(change(Some("another-key"), Some(&record)), None);
        assert_eq!(change(Some("another-key"), None), None);
    }
}
