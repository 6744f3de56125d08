//! Answers saved on the device (only after the user opts in): a small text record holding the address, its strict reader, and what a change to it made in another tab means.
//!
//! The record is plain text so it needs no JSON code: a header line with the format version,
//! the date it was saved, and the address fragment. Anything else is refused, so corrupted or
//! tampered data is discarded rather than half-read.

use crate::address;
use crate::date::Date;
use crate::journey::{Context, Page};

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

/// What storage holds, read against this version's rules.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Found {
    /// Nothing is saved.
    Nothing,
    /// Answers this version opens, at their address as this version writes it.
    Answers(String),
    /// A record this version cannot open: its text (so that only it is ever removed), what it
    /// was, and why it cannot be opened.
    Unopenable {
        text: String,
        what: String,
        why: String,
    },
}

/// Reads what storage holds (`None` when nothing) against the rules of `cx`: a record that
/// decodes, whose address reads, is answers at that address as this version writes it.
pub fn read(text: Option<&str>, cx: &Context) -> Found {
    let Some(text) = text else {
        return Found::Nothing;
    };
    let unopenable = |what: String, why: String| Found::Unopenable {
        text: text.to_string(),
        what,
        why,
    };
    match decode(text) {
        Err(e) => unopenable("Your saved answers".into(), e.to_string()),
        Ok(saved) => {
            let what = format!("The answers you saved on {}", saved.saved.long());
            match cx.read(&saved.fragment) {
                Ok(journey) if !holds(journey.page) => {
                    unopenable(what, "they hold no answers".into())
                }
                Ok(journey) => Found::Answers(cx.href(&cx.settle(journey))),
                Err(problems) => unopenable(
                    what,
                    problems
                        .first()
                        .map_or_else(|| "they could not be read".into(), |p| p.to_string()),
                ),
            }
        }
    }
}

/// How long after another tab changes what is saved a press of this tab's save controls is
/// not taken as meant: people decide what to press before they press it, and in that time
/// the control under the pointer may have changed its meaning.
pub const SETTLE_MS: f64 = 1000.0;

/// What one tab knows of the answers saved on this device, whether it keeps its own answers
/// there, and what storage has to do next. Pure: the tab's effects read and write storage and
/// report back.
///
/// The record is shared by every tab and window of the site in this browser, and holds one set
/// of answers. Only an explicit choice writes over it: pressing "Save", going to the saved
/// answers ("Continue where you left off"), or opening a tab at them. A tab keeps its answers
/// there only while it shows answers; another tab saving different ones stops it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Keeper {
    /// The address of the answers saved on this device, as this tab last read it.
    pub record: Option<String>,
    /// This tab writes each new page's answers to the record.
    pub keeping: bool,
    pub store: Store,
    pub notice: Option<Notice>,
    /// When (on the tab's clock, in milliseconds) another tab last changed what is saved.
    pub changed_at: Option<f64>,
    /// When a press here last changed what the panel shows: a second press within a moment is
    /// the same gesture (a double click or tap) landing on the control that replaced the first.
    pub pressed_at: Option<f64>,
}

/// What storage has to do next, or said last. The tab's effect does it only if storage still
/// holds what the tab last read, so no tab writes over a change it has not heard of yet.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Store {
    #[default]
    Idle,
    /// Write the answers on screen.
    Write,
    /// Remove the saved answers (the user asked).
    Clear,
    /// Remove this record, which this version cannot open.
    Discard(String),
    /// The browser refused the last write: storage is off or full.
    Refused,
}

/// A message about saved answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// A record that could not be opened was removed: what it was, and why.
    Removed { what: String, why: String },
    /// The user cleared the saved answers here.
    Cleared,
    /// Another tab or window cleared them.
    ClearedElsewhere,
    /// Another tab or window saved answers after this one cleared them.
    SavedElsewhere,
    /// What is saved changed in another tab or window just before the user pressed a button,
    /// so the press did nothing.
    Changed,
}

impl std::fmt::Display for Notice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Notice::Removed { what, why } => write!(
                f,
                "{what} could not be opened ({why}), so they have been removed from this device."
            ),
            Notice::Cleared => f.write_str("Your saved answers have been cleared from this device."),
            Notice::ClearedElsewhere => f.write_str(
                "Your saved answers were cleared in another tab or window, so nothing is saved on this device now.",
            ),
            Notice::SavedElsewhere => f.write_str(
                "Answers have since been saved on this device from another tab or window.",
            ),
            Notice::Changed => f.write_str(
                "The saved answers changed in another tab or window just before you pressed the button, so nothing was changed. Check what this page says now.",
            ),
        }
    }
}

/// What the save panel tells the user about the answers on screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shown {
    /// Nothing is saved: offer to save.
    Offer,
    /// A write is due and has not been confirmed yet.
    Saving,
    /// The record holds exactly these answers.
    Saved,
    /// The browser would not keep them.
    Refused,
    /// Different answers, saved from another tab, window or visit, are kept instead.
    Elsewhere,
}

/// A button of the save panel or the start page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Press {
    /// "Save my answers on this device", "Try again", "Save these answers instead".
    Save,
    /// "Clear my saved answers".
    Clear,
    /// "Continue where you left off": carry on with the saved answers, keeping them up to date.
    Continue,
}

/// What the tab's effect found when it did what storage had to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The answers at this address were written (true), or the browser refused (false).
    Written(String, bool),
    /// The saved answers were removed.
    Cleared,
    /// The unopenable record was removed.
    Discarded,
    /// Storage no longer held what the tab last read, so nothing was done: this is what it holds.
    Moved(Found),
}

/// The browser's storage, as the tab's effect uses it.
pub trait Device {
    fn get(&self) -> Option<String>;
    /// Keeps the text; false if the browser refuses (storage off or full).
    fn set(&mut self, text: &str) -> bool;
    fn remove(&mut self);
}

impl Keeper {
    /// A tab opening at `fragment` (which `holds` answers or not) with `found` in storage: it
    /// keeps its answers there only if it opened at the saved answers; a record it cannot open
    /// is removed, once, with a notice.
    pub fn open(found: Found, fragment: &str, holds: bool) -> Keeper {
        match found {
            Found::Nothing => Keeper::default(),
            Found::Answers(record) => Keeper {
                keeping: holds && record == fragment,
                record: Some(record),
                ..Keeper::default()
            },
            Found::Unopenable { text, what, why } => Keeper {
                store: Store::Discard(text),
                notice: Some(Notice::Removed { what, why }),
                ..Keeper::default()
            },
        }
    }

    /// What the save panel says about the answers at `fragment`.
    pub fn shown(&self, fragment: &str) -> Shown {
        if self.keeping && self.store == Store::Refused {
            Shown::Refused
        } else if self.record.as_deref() == Some(fragment) {
            Shown::Saved
        } else if self.keeping {
            Shown::Saving
        } else if self.record.is_some() {
            Shown::Elsewhere
        } else {
            Shown::Offer
        }
    }

    /// The tab moved to `fragment`. Leaving answers (for the start or about pages) stops
    /// keeping them. Arriving at the saved answers by the browser's back button, or by typing
    /// the same answers again, does not take them up: only "Continue where you left off" does.
    pub fn navigate(&mut self, fragment: &str, holds: bool) {
        self.notice = None;
        // The user reads the new page afresh: what changed before it is not under the pointer.
        self.changed_at = None;
        self.pressed_at = None;
        if !holds {
            self.keeping = false;
        }
        self.store = self.due(fragment, holds);
    }

    /// The user chose "Start again" (from a result, or the self-assessment's plan): the saved
    /// answers stay as they are until the user saves new ones.
    pub fn start_again(&mut self) {
        self.keeping = false;
        if self.store == Store::Write {
            self.store = Store::Idle;
        }
    }

    /// The user pressed a button at time `at`, having read the panel when `seen` was the saved
    /// record. If what is saved has changed since, or only just changed, the press does nothing
    /// and says why: a control never does what it came to mean under the pointer. Returns
    /// whether the press was taken.
    pub fn press(
        &mut self,
        press: Press,
        seen: Option<&str>,
        at: f64,
        fragment: &str,
        holds: bool,
    ) -> bool {
        if self.pressed_at.is_some_and(|t| at - t < SETTLE_MS) {
            // The second half of a double click or tap: it landed on the control the first
            // press put there, which the user never read.
            return false;
        }
        let settled = self.changed_at.is_none_or(|t| at - t >= SETTLE_MS);
        if !settled || self.record.as_deref() != seen {
            self.notice = Some(Notice::Changed);
            return false;
        }
        self.notice = None;
        self.pressed_at = Some(at);
        match press {
            Press::Save => {
                self.keeping = true;
                self.store = self.due(fragment, holds);
                // Saving what is already saved asks nothing of storage.
            }
            Press::Clear => {
                self.keeping = false;
                self.store = Store::Clear;
            }
            // The tab goes to the saved answers next, and keeps them up to date from there.
            Press::Continue => self.keeping = true,
        }
        true
    }

    /// Storage changed in another tab or window, at time `at`; `found` is what it holds now
    /// (read when the change is heard of, never from the change's own report, which may be
    /// older than another change already made).
    pub fn elsewhere(&mut self, found: Found, at: f64, fragment: &str, holds: bool) {
        let record = match found {
            Found::Answers(record) => Some(record),
            // What this version cannot open belongs to whoever wrote it: left alone.
            Found::Nothing | Found::Unopenable { .. } => None,
        };
        if record == self.record {
            return;
        }
        self.changed_at = Some(at);
        let was = self.record.take();
        self.notice = match (&was, &record, &self.notice) {
            (_, None, _) if was.is_some() || self.keeping => Some(Notice::ClearedElsewhere),
            (_, Some(_), Some(Notice::Cleared | Notice::ClearedElsewhere)) => {
                Some(Notice::SavedElsewhere)
            }
            _ => self.notice.take(),
        };
        // Answers the same as these, saved elsewhere, show as saved here; but this tab writes
        // its next answers over them only if its user chose to, here.
        self.keeping = self.keeping && holds && record.as_deref() == Some(fragment);
        self.record = record;
        // Whatever was due was meant for what storage held before; and a refusal is old news
        // once another tab has written.
        if matches!(self.store, Store::Write | Store::Clear | Store::Refused) {
            self.store = Store::Idle;
        }
    }

    /// The tab's effect reported back.
    pub fn stored(&mut self, outcome: Outcome, at: f64, fragment: &str, holds: bool) {
        match outcome {
            Outcome::Written(written, ok) => {
                if ok {
                    self.record = Some(written.clone());
                }
                if self.store == Store::Write && written == fragment {
                    self.store = if ok { Store::Idle } else { Store::Refused };
                }
            }
            Outcome::Cleared => {
                self.record = None;
                self.store = Store::Idle;
                self.notice = Some(Notice::Cleared);
            }
            Outcome::Discarded => self.store = Store::Idle,
            Outcome::Moved(found) => {
                let clearing = self.store == Store::Clear;
                self.store = Store::Idle;
                self.elsewhere(found, at, fragment, holds);
                if clearing {
                    self.notice = Some(Notice::Changed);
                }
            }
        }
    }

    /// Does what storage has to do, if storage still holds what this tab last read (`read`
    /// turns storage's text into what it holds); says what happened, or none if nothing was due.
    pub fn carry_out(
        &self,
        device: &mut impl Device,
        read: impl Fn(Option<&str>) -> Found,
        fragment: &str,
        today: Date,
    ) -> Option<Outcome> {
        let now = device.get();
        match &self.store {
            Store::Idle | Store::Refused => None,
            Store::Discard(text) => {
                if now.as_deref() == Some(text.as_str()) {
                    device.remove();
                }
                Some(Outcome::Discarded)
            }
            Store::Write | Store::Clear => {
                let found = read(now.as_deref());
                let holds = match &found {
                    Found::Answers(record) => Some(record.as_str()),
                    Found::Nothing | Found::Unopenable { .. } => None,
                };
                if holds != self.record.as_deref() {
                    return Some(Outcome::Moved(found));
                }
                if self.store == Store::Clear {
                    device.remove();
                    return Some(Outcome::Cleared);
                }
                let text = encode(&Saved {
                    saved: today,
                    fragment: fragment.to_string(),
                });
                Some(Outcome::Written(fragment.to_string(), device.set(&text)))
            }
        }
    }

    /// Whether the answers on screen are to be written: only while this tab keeps its answers,
    /// on a page that holds answers, and when they are not already the saved ones.
    fn due(&self, fragment: &str, holds: bool) -> Store {
        if self.keeping && holds && self.record.as_deref() != Some(fragment) {
            Store::Write
        } else {
            Store::Idle
        }
    }
}

/// Whether answers are on a page of this kind: the start, about and accessibility pages hold
/// none, so a tab there writes nothing.
pub fn holds(page: Page) -> bool {
    !matches!(page, Page::Start | Page::About | Page::Accessibility)
}

/// Whether a storage change the browser reported (the key changed, none when all storage was
/// cleared) is about the saved answers.
pub fn concerns(key: Option<&str>) -> bool {
    key.is_none_or(|k| k == STORAGE_KEY)
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
    fn hears_only_of_changes_to_the_saved_answers() {
        assert!(concerns(Some(STORAGE_KEY)));
        // All of the site's storage was cleared at once.
        assert!(concerns(None));
        assert!(!concerns(Some("another-key")));
    }

    #[test]
    fn reads_what_storage_holds_against_the_rules() {
        let (policy, readiness) = crate::shipped();
        let cx = Context {
            policy,
            readiness,
            today: Date::parse("2026-12-08").unwrap(),
            fixed: None,
        };
        assert_eq!(read(None, &cx), Found::Nothing);
        let record = |fragment: &str| {
            encode(&Saved {
                saved: Date::parse("2026-11-22").unwrap(),
                fragment: fragment.into(),
            })
        };
        // Answers at their address as this version writes it.
        let found = read(Some(&record("#/check?role=frontline&date=2019-10-05")), &cx);
        assert_eq!(
            found,
            Found::Answers("#/q/registration?date=2019-10-05&role=frontline".into())
        );
        // A date past the last this version answers for, an unknown id, another format.
        for (text, why) in [
            (
                record("#/result?date=2099-01-01&role=frontline"),
                "31 December 2028",
            ),
            (record("#/q/role?role=wizard"), "wizard"),
            // Nothing to continue: a record of the start page.
            (
                record("#/?date=2019-10-05&role=frontline"),
                "they hold no answers",
            ),
            ("naas-checker saved answers v0\n#/".to_string(), "format"),
        ] {
            match read(Some(&text), &cx) {
                Found::Unopenable {
                    text: kept,
                    why: said,
                    ..
                } => {
                    assert_eq!(kept, text, "only this record is ever removed");
                    assert!(said.contains(why), "{said}");
                }
                other => panic!("{text}: {other:?}"),
            }
        }
    }
}
