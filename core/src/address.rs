//! The address codec: each page and all the answers, by the policy's ids, in the URL fragment ("#/q/role?date=2019-10-05&role=frontline").
//!
//! The fragment never leaves the browser, so a shared or bookmarked link carries the answers
//! without any server seeing them. Parsing is strict: an unknown page, key or option, a bad date
//! or a repeated key is an error that names what was wrong, never a guess.

use std::fmt;

use crate::date::Date;
use crate::engine::Answers;
use crate::map::insert_sorted;
use crate::policy::{OptionId, Policy, QuestionId};
use crate::readiness::{Ratings, Readiness, StatementId};
use crate::text::visible;

/// Longest fragment we read; anything longer is not one of ours.
pub const MAX_LEN: usize = 4096;

/// A page of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    Start,
    /// The date to check the rules for.
    When,
    Question(QuestionId),
    Check,
    Result,
    About,
    /// The readiness self-assessment: which set of statements to use.
    Readiness,
    /// Rate one statement.
    Rate(StatementId),
    /// The practical checks.
    Checks,
    /// Strengths, areas to develop and the action plan.
    Plan,
}

/// A page with the answers given so far.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Address {
    pub page: Page,
    /// The date being checked; None means "today" (not yet chosen).
    pub date: Option<Date>,
    /// Chosen options, in question order.
    pub chosen: Vec<(QuestionId, OptionId)>,
    /// The readiness self-assessment's answers.
    pub ratings: Ratings,
    /// Set while changing an answer from the check answers page: afterwards, go back there.
    pub returning: bool,
}

/// What was wrong with a fragment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AddressError {
    TooLong,
    UnknownPage(String),
    UnknownKey(String),
    UnknownOption { question: String, option: String },
    BadDate(String),
    Repeated(String),
    Malformed(String),
}

impl fmt::Display for AddressError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AddressError::TooLong => write!(f, "the link is too long to be one of ours"),
            AddressError::UnknownPage(p) => {
                write!(f, "there is no page called \u{201c}{p}\u{201d}")
            }
            AddressError::UnknownKey(k) => {
                write!(f, "\u{201c}{k}\u{201d} is not one of our questions")
            }
            AddressError::UnknownOption { question, option } => {
                write!(f, "\u{201c}{option}\u{201d} is not an answer to the question \u{201c}{question}\u{201d}")
            }
            AddressError::BadDate(d) => write!(
                f,
                "\u{201c}{d}\u{201d} is not a real date in the form YYYY-MM-DD"
            ),
            AddressError::Repeated(k) => write!(f, "\u{201c}{k}\u{201d} appears more than once"),
            AddressError::Malformed(part) => {
                write!(f, "\u{201c}{part}\u{201d} is not in the form name=value")
            }
        }
    }
}

impl Address {
    pub fn start() -> Address {
        Address::at(Page::Start)
    }

    pub fn at(page: Page) -> Address {
        Address {
            page,
            date: None,
            chosen: Vec::new(),
            ratings: Ratings::default(),
            returning: false,
        }
    }

    /// The same answers on another page.
    pub fn to(&self, page: Page) -> Address {
        Address {
            page,
            returning: false,
            ..self.clone()
        }
    }

    /// The answers, with `today` standing in for a date not yet chosen.
    pub fn answers(&self, today: Date) -> Answers {
        let mut answers = Answers::new(self.date.unwrap_or(today));
        for (q, o) in &self.chosen {
            answers.set(*q, *o);
        }
        answers
    }

    /// Keeps these answers (and this address's page and date) in place of the old ones.
    pub fn with_answers(&self, answers: &Answers) -> Address {
        Address {
            chosen: answers.iter().collect(),
            ..self.clone()
        }
    }

    pub fn get(&self, question: QuestionId) -> Option<OptionId> {
        self.chosen
            .iter()
            .find(|(q, _)| *q == question)
            .map(|(_, o)| *o)
    }
}

/// Reads a fragment such as `#/q/role?date=2019-10-05&role=frontline`. An empty fragment is
/// the start page. Every problem found is returned, not only the first.
pub fn parse(
    policy: &Policy,
    readiness: &Readiness,
    fragment: &str,
) -> Result<Address, Vec<AddressError>> {
    if fragment.len() > MAX_LEN {
        return Err(vec![AddressError::TooLong]);
    }
    let body = fragment.strip_prefix('#').unwrap_or(fragment);
    let body = body.strip_prefix('/').unwrap_or(body);
    let (path, query) = body.split_once('?').unwrap_or((body, ""));
    let mut errors = Vec::new();
    let page = match path.trim_end_matches('/') {
        "" | "start" => Page::Start,
        "date" => Page::When,
        "check" => Page::Check,
        "result" => Page::Result,
        "about" => Page::About,
        "readiness" => Page::Readiness,
        "readiness/checks" => Page::Checks,
        "readiness/plan" => Page::Plan,
        other => {
            let question = other
                .strip_prefix("q/")
                .and_then(|id| policy.question_by_id(id));
            let statement = other
                .strip_prefix("readiness/")
                .and_then(|id| readiness.statement_by_id(id));
            match (question, statement) {
                (Some(q), _) => Page::Question(q),
                (_, Some(s)) => Page::Rate(s),
                _ => {
                    errors.push(AddressError::UnknownPage(visible(other)));
                    Page::Start
                }
            }
        }
    };
    let mut address = Address::at(page);
    let mut seen: Vec<&str> = Vec::new();
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let Some((key, value)) = pair.split_once('=') else {
            errors.push(AddressError::Malformed(visible(pair)));
            continue;
        };
        if seen.contains(&key) {
            errors.push(AddressError::Repeated(visible(key)));
            continue;
        }
        seen.push(key);
        match key {
            "date" => match Date::parse(value) {
                Ok(date) => address.date = Some(date),
                Err(_) => errors.push(AddressError::BadDate(visible(value))),
            },
            "return" if value == "check" => address.returning = true,
            "set" => match readiness.set_by_id(value) {
                Some(set) => address.ratings.set = Some(set),
                None => errors.push(unknown_option(key, value)),
            },
            "done" => {
                let mut done = Vec::new();
                for id in value.split(',').filter(|id| *id != "none") {
                    match readiness.check_by_id(id) {
                        Some(c) if !done.contains(&c) => insert_sorted(&mut done, c),
                        Some(_) => errors.push(AddressError::Repeated(visible(id))),
                        None => errors.push(unknown_option(key, id)),
                    }
                }
                address.ratings.done = Some(done);
            }
            _ => {
                if let Some(q) = policy.question_by_id(key) {
                    match policy.option_by_id(q, value) {
                        Some(o) => insert_sorted(&mut address.chosen, (q, o)),
                        None => errors.push(unknown_option(key, value)),
                    }
                } else if let Some(s) = readiness.statement_by_id(key) {
                    match readiness.level_by_id(value) {
                        Some(l) => {
                            address.ratings.levels.insert(s, l);
                        }
                        None => errors.push(unknown_option(key, value)),
                    }
                } else {
                    errors.push(AddressError::UnknownKey(visible(key)));
                }
            }
        }
    }
    if errors.is_empty() {
        Ok(address)
    } else {
        Err(errors)
    }
}

/// Writes an address as a fragment, starting with `#`. `parse` reads back exactly what this writes.
pub fn format(policy: &Policy, readiness: &Readiness, address: &Address) -> String {
    let mut out = String::from("#/");
    match address.page {
        Page::Start => {}
        Page::When => out.push_str("date"),
        Page::Question(q) => {
            out.push_str("q/");
            out.push_str(&policy.question(q).id);
        }
        Page::Check => out.push_str("check"),
        Page::Result => out.push_str("result"),
        Page::About => out.push_str("about"),
        Page::Readiness => out.push_str("readiness"),
        Page::Rate(s) => {
            out.push_str("readiness/");
            out.push_str(&readiness.statement(s).id);
        }
        Page::Checks => out.push_str("readiness/checks"),
        Page::Plan => out.push_str("readiness/plan"),
    }
    let mut pairs: Vec<(&str, String)> = Vec::new();
    if let Some(date) = address.date {
        pairs.push(("date", date.iso()));
    }
    for &(q, o) in &address.chosen {
        pairs.push((&policy.question(q).id, policy.choice(q, o).id.to_string()));
    }
    let ratings = &address.ratings;
    if let Some(set) = ratings.set {
        pairs.push(("set", readiness.set(set).id.to_string()));
    }
    for (s, l) in &ratings.levels {
        pairs.push((
            &readiness.statement(*s).id,
            readiness.level(*l).id.to_string(),
        ));
    }
    if let Some(done) = &ratings.done {
        let ids: Vec<&str> = done.iter().map(|c| &*readiness.check(*c).id).collect();
        pairs.push((
            "done",
            if ids.is_empty() {
                "none".into()
            } else {
                ids.join(",")
            },
        ));
    }
    if address.returning {
        pairs.push(("return", "check".into()));
    }
    for (i, (k, v)) in pairs.iter().enumerate() {
        out.push(if i == 0 { '?' } else { '&' });
        out.push_str(k);
        out.push('=');
        out.push_str(v);
    }
    out
}

fn unknown_option(question: &str, option: &str) -> AddressError {
    AddressError::UnknownOption {
        question: visible(question),
        option: visible(option),
    }
}
