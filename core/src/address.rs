//! The address codec: a journey (its page, date, answers and ratings) as a URL fragment, by the data's ids, and back ("#/q/role?date=2019-10-05&role=frontline").
//!
//! The fragment never leaves the browser, so a shared or bookmarked link carries the answers
//! without any server seeing them. Parsing is strict: an unknown page, key or option, a bad date
//! or a repeated key is an error that names what was wrong, never a guess. `parse` reads back
//! exactly what `format` writes.
//!
//! The keys: `date` (`today`, `YYYY-MM-DD`, or `YYYY-MM` for a month given without its day); one per answer (`role=frontline`); `confirm`, the
//! questions whose answers wait to be confirmed again (`confirm=role,registration`); `set`, one
//! per rating (`p1=partly`) and `done` for the readiness self-assessment; and `return` (`check`
//! or `plan`) while changing an answer from check your answers or from the plan.

use std::fmt;

use crate::date::{Date, DateSpec, Precision};
use crate::engine::Choices;
use crate::journey::{Context, Journey, Kept, Page, Return, When};
use crate::map::insert_sorted;
use crate::policy::Policy;
use crate::readiness::Readiness;
use crate::text::visible;

/// Longest fragment we read; anything longer is not one of ours.
pub const MAX_LEN: usize = 4096;

/// What was wrong with a fragment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AddressError {
    TooLong,
    UnknownPage(String),
    UnknownKey(String),
    UnknownOption {
        question: String,
        option: String,
    },
    BadDate(String),
    /// A date after the last one the checker can check (see [`crate::journey::Context::read`]),
    /// as its date question refuses it: the date, then that last date.
    AfterLast(Date, Date),
    /// `confirm` names a question that has no answer in the address.
    NothingToConfirm(String),
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
                "\u{201c}{d}\u{201d} is not \u{201c}today\u{201d} or a real date in the form YYYY-MM-DD (or YYYY-MM for a month)"
            ),
            AddressError::AfterLast(d, last) => write!(
                f,
                "{d} is after {last}, the last date the checker can check"
            ),
            AddressError::NothingToConfirm(q) => write!(
                f,
                "the answer to \u{201c}{q}\u{201d} is to be confirmed, but there is none"
            ),
            AddressError::Repeated(k) => write!(f, "\u{201c}{k}\u{201d} appears more than once"),
            AddressError::Malformed(part) => {
                write!(f, "\u{201c}{part}\u{201d} is not in the form name=value")
            }
        }
    }
}

/// Reads a fragment such as `#/q/role?date=2019-10-05&role=frontline`. An empty fragment is
/// the start page. Every problem found is returned, not only the first.
pub fn parse(
    policy: &Policy,
    readiness: &Readiness,
    fragment: &str,
) -> Result<Journey, Vec<AddressError>> {
    if fragment.len() > MAX_LEN {
        return Err(vec![AddressError::TooLong]);
    }
    let body = fragment.strip_prefix('#').unwrap_or(fragment);
    let body = body.strip_prefix('/').unwrap_or(body);
    let (path, query) = body.split_once('?').unwrap_or((body, ""));
    let mut errors = Vec::new();
    let page = match path.trim_end_matches('/') {
        "" | "start" => Page::Start,
        "date" => Page::Date,
        "check" => Page::CheckAnswers,
        "result" => Page::Result,
        "about" => Page::About,
        "accessibility" => Page::Accessibility,
        "readiness" => Page::Standard,
        "readiness/checks" => Page::PracticalChecks,
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
    let mut journey = Journey::at(page);
    let mut confirm: Vec<&str> = Vec::new();
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
            "date" if value == TODAY => journey.when = When::Today,
            "date" => match DateSpec::parse(value) {
                Ok(DateSpec {
                    date,
                    precision: Precision::Day,
                }) => journey.when = When::On(date),
                Ok(DateSpec {
                    date,
                    precision: Precision::Month,
                }) => journey.when = When::InMonth(date),
                Err(_) => errors.push(AddressError::BadDate(visible(value))),
            },
            "return" if value == "check" => journey.back_to = Return::CheckAnswers,
            "return" if value == "plan" => journey.back_to = Return::Plan,
            "confirm" => confirm.extend(value.split(',')),
            "kept" => {
                for item in value.split(',') {
                    match read_kept(policy, item) {
                        Some(kept) if journey.kept.iter().any(|k| k.question == kept.question) => {
                            errors.push(AddressError::Repeated(visible(item)))
                        }
                        Some(kept) => journey.set_aside(kept),
                        None => errors.push(AddressError::Malformed(visible(item))),
                    }
                }
            }
            "set" => match readiness.set_by_id(value) {
                Some(set) => journey.ratings.set = Some(set),
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
                journey.ratings.done = Some(done);
            }
            _ => {
                if let Some(q) = policy.question_by_id(key) {
                    match policy.option_by_id(q, value) {
                        Some(o) => journey.chosen.set(q, o),
                        None => errors.push(unknown_option(key, value)),
                    }
                } else if let Some(s) = readiness.statement_by_id(key) {
                    match readiness.level_by_id(value) {
                        Some(l) => {
                            journey.ratings.levels.insert(s, l);
                        }
                        None => errors.push(unknown_option(key, value)),
                    }
                } else {
                    errors.push(AddressError::UnknownKey(visible(key)));
                }
            }
        }
    }
    let mut confirmed: Vec<&str> = Vec::new();
    for id in confirm {
        let question = policy.question_by_id(id);
        match question.and_then(|q| journey.chosen.take(q).map(|o| (q, o))) {
            Some((q, o)) => {
                journey.to_confirm.set(q, o);
                confirmed.push(id);
            }
            None if question.is_none() => errors.push(AddressError::UnknownKey(visible(id))),
            None if confirmed.contains(&id) => errors.push(AddressError::Repeated(visible(id))),
            None => errors.push(AddressError::NothingToConfirm(visible(id))),
        }
    }
    if errors.is_empty() {
        Ok(journey)
    } else {
        Err(errors)
    }
}

/// One answer set aside, as `question.option.date`: `council.leeds.2019-10-05`.
fn read_kept(policy: &Policy, item: &str) -> Option<Kept> {
    let mut parts = item.split('.');
    let (q, o, d) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    let question = policy.question_by_id(q)?;
    let given_for = match d {
        TODAY => When::Today,
        _ => match DateSpec::parse(d).ok()? {
            DateSpec {
                date,
                precision: Precision::Day,
            } => When::On(date),
            DateSpec { date, .. } => When::InMonth(date),
        },
    };
    Some(Kept {
        question,
        option: policy.option_by_id(question, o)?,
        given_for,
    })
}

/// A date as the address writes it: `today`, `2019-10-05`, or `2019-10` for a month alone.
fn write_when(out: &mut String, when: When) {
    match when {
        When::Unset => {}
        When::Today => out.push_str(TODAY),
        When::On(date) => out.push_str(&date.iso()),
        When::InMonth(date) => out.push_str(&date.iso()[..7]),
    }
}

/// Writes a journey as a fragment, starting with `#`. `parse` reads back exactly what this writes.
pub fn format(policy: &Policy, readiness: &Readiness, journey: &Journey) -> String {
    let mut out = String::from("#/");
    match journey.page {
        Page::Start => {}
        Page::Date => out.push_str("date"),
        Page::Question(q) => {
            out.push_str("q/");
            out.push_str(&policy.question(q).id);
        }
        Page::CheckAnswers => out.push_str("check"),
        Page::Result => out.push_str("result"),
        Page::About => out.push_str("about"),
        Page::Accessibility => out.push_str("accessibility"),
        Page::Standard => out.push_str("readiness"),
        Page::Rate(s) => {
            out.push_str("readiness/");
            out.push_str(&readiness.statement(s).id);
        }
        Page::PracticalChecks => out.push_str("readiness/checks"),
        Page::Plan => out.push_str("readiness/plan"),
    }
    let mut pairs: Vec<(&str, String)> = Vec::new();
    match journey.when {
        When::Unset => {}
        When::Today => pairs.push(("date", TODAY.into())),
        When::On(date) => pairs.push(("date", date.iso())),
        When::InMonth(date) => pairs.push(("date", date.iso()[..7].to_string())),
    }
    let mut all: Choices = journey.chosen.clone();
    for (q, o) in journey.to_confirm.iter() {
        all.set(q, o);
    }
    for (q, o) in all.iter() {
        pairs.push((&policy.question(q).id, policy.choice(q, o).id.to_string()));
    }
    if !journey.to_confirm.is_empty() {
        let ids: Vec<&str> = journey
            .to_confirm
            .iter()
            .map(|(q, _)| &*policy.question(q).id)
            .collect();
        pairs.push(("confirm", ids.join(",")));
    }
    if !journey.kept.is_empty() {
        let mut kept = String::new();
        for (i, k) in journey.kept.iter().enumerate() {
            if i > 0 {
                kept.push(',');
            }
            kept.push_str(&policy.question(k.question).id);
            kept.push('.');
            kept.push_str(&policy.choice(k.question, k.option).id);
            kept.push('.');
            write_when(&mut kept, k.given_for);
        }
        pairs.push(("kept", kept));
    }
    let ratings = &journey.ratings;
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
    match journey.back_to {
        Return::Onward => {}
        Return::CheckAnswers => pairs.push(("return", "check".into())),
        Return::Plan => pairs.push(("return", "plan".into())),
    }
    for (i, (k, v)) in pairs.iter().enumerate() {
        out.push(if i == 0 { '?' } else { '&' });
        out.push_str(k);
        out.push('=');
        out.push_str(v);
    }
    out
}

/// The value of `date` that means "whichever day it is".
const TODAY: &str = "today";

fn unknown_option(question: &str, option: &str) -> AddressError {
    AddressError::UnknownOption {
        question: visible(question),
        option: visible(option),
    }
}

/// The journey's context reads and writes addresses here, beside the codec, so that the
/// journey module never needs this one (the codec needs the journey's types).
impl Context<'_> {
    /// Reads an address as [`parse`] does, and refuses a date after the last one the
    /// checker can check, as the date question does. Where the council fixed the date, the
    /// link's date is ignored, so it is never refused.
    pub fn read(&self, fragment: &str) -> Result<Journey, Vec<AddressError>> {
        let journey = parse(self.policy, self.readiness, fragment)?;
        match journey.when {
            When::On(date) | When::InMonth(date)
                if self.fixed.is_none() && date > self.last_date() =>
            {
                Err(vec![AddressError::AfterLast(date, self.last_date())])
            }
            _ => Ok(journey),
        }
    }

    /// The address of a journey, as a URL fragment.
    pub fn href(&self, journey: &Journey) -> String {
        format(self.policy, self.readiness, journey)
    }
}
