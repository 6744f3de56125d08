//! Helpers shared by the core's integration tests: the shipped policy, dates, answers written "question=option", and whole journeys built from what a test means by asking the engine for the rest.
//!
//! Declared with `mod common;` in each test file that uses it; each file uses only some of it.
#![allow(dead_code)]

pub mod journeys;

use naas_core::date::Date;
use naas_core::engine::{self, explore, Answers, Decision, Step};
use naas_core::policy::{OptionId, Policy, QuestionId};

/// The shipped policy.
pub fn policy() -> Policy {
    naas_core::shipped().0.clone()
}

pub fn date(text: &str) -> Date {
    Date::parse(text).unwrap_or_else(|_| panic!("{text} is not a date"))
}

/// "2019-10-05 role=frontline registration=yes" split into its date and the rest.
fn split(line: &str) -> (Date, &str) {
    let line = line.trim();
    let (day, rest) = line.split_once(' ').unwrap_or((line, ""));
    (date(day), rest)
}

/// "role=frontline registration=yes" as answers by id, in the order written.
pub fn given(policy: &Policy, text: &str) -> Vec<(QuestionId, OptionId)> {
    explore::intent(policy, text).unwrap_or_else(|e| panic!("{e}"))
}

/// "2019-10-05 role=frontline registration=yes" as answers, exactly as written: for the tests
/// about a particular path (the order of questions, say), and for journeys not yet complete.
pub fn answers(policy: &Policy, line: &str) -> Answers {
    let (date, rest) = split(line);
    let mut answers = Answers::new(date);
    for (q, o) in given(policy, rest) {
        answers.set(q, o);
    }
    answers
}

/// A whole journey from what matters: "2019-10-05 council=leeds" and, if given, the outcome
/// wanted, with every other answer the engine asks for filled in by
/// [`explore::complete`]. Panics naming the date, the answers and the outcome if no journey
/// has them.
pub fn journey(policy: &Policy, line: &str, outcome: Option<&str>) -> Answers {
    let (date, rest) = split(line);
    let intent = given(policy, rest);
    let want = outcome.map(|o| {
        policy
            .outcome_by_id(o)
            .unwrap_or_else(|| panic!("there is no outcome `{o}`"))
    });
    let path = explore::complete(policy, date, &intent, want).unwrap_or_else(|| {
        panic!(
            "no journey on {} with `{rest}` ends in {}",
            date.iso(),
            outcome.map_or("an outcome".to_string(), |o| format!("`{o}`"))
        )
    });
    let mut answers = Answers::new(date);
    for (q, o) in path {
        answers.set(q, o);
    }
    answers
}

/// The decision a whole journey built from `line` reaches, ending in `outcome`: that outcome,
/// by a rule that gives at least one reason, each with a source and every placeholder filled.
pub fn reaches(policy: &Policy, line: &str, outcome: &str) -> Decision {
    let answers = journey(policy, line, Some(outcome));
    let trip = engine::replay(policy, &answers);
    let path = explore::describe(policy, &trip.path);
    let Ok(Step::Decided(decision)) = trip.step else {
        panic!("{line} ({path}): no outcome, but {:?}", trip.step);
    };
    assert_eq!(
        policy.outcome(decision.outcome).id.as_ref(),
        outcome,
        "{line} ({path}): decided by rule {}",
        policy.rule(decision.rule).id
    );
    assert_eq!(trip.path.len(), answers.len(), "{line}: {path}");
    assert!(!decision.reasons.is_empty(), "{line} ({path}): no reasons");
    for reason in &decision.reasons {
        assert!(
            !reason.sources.is_empty(),
            "{line} ({path}): a reason without a source: {}",
            reason.text
        );
        assert!(
            !reason.text.contains('{'),
            "{line} ({path}): an unfilled placeholder: {}",
            reason.text
        );
    }
    decision
}

/// Every line of a table reaches its outcome (see [`reaches`]).
pub fn all_reach(policy: &Policy, table: &[(&str, &str)]) {
    for (line, outcome) in table {
        reaches(policy, line, outcome);
    }
}

/// The decision these answers reach, exactly as written (see [`answers`]).
pub fn decide_as_written(policy: &Policy, line: &str) -> Decision {
    match engine::replay(policy, &answers(policy, line)).step {
        Ok(Step::Decided(decision)) => decision,
        other => panic!("{line}: no outcome, but {other:?}"),
    }
}
