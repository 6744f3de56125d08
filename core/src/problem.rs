//! `Problem`: one thing wrong in data a maintainer wrote (the rules, the readiness content) or found by walking every journey.

use std::fmt;

/// One problem: where it is, naming ids, and what is wrong.
///
/// Shared by the policy's checks, the readiness content's checks and the audit of every
/// journey, so the policy tool lists them all the same way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where, naming ids: for example "rule `practitioner`, condition 2".
    pub place: String,
    /// What, in lowercase with no trailing period.
    pub problem: String,
}

impl Problem {
    pub fn new(place: impl Into<String>, problem: impl Into<String>) -> Problem {
        Problem {
            place: place.into(),
            problem: problem.into(),
        }
    }

    /// The file could not be read as data at all (bad syntax, wrong types, unknown keys).
    pub fn syntax(file: &str, message: impl Into<String>) -> Problem {
        Problem::new(file, message.into().trim())
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.place, self.problem)
    }
}
