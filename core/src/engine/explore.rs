//! Exhaustive exploration of a policy: every journey on every date where something changes, and the problems that walk finds.
//!
//! The flow is not drawn anywhere: it emerges from the ordered rules. So the only way to know
//! that every user reaches exactly one sourced outcome is to try every combination of answers.
//! That is cheap, because the rules read the date only through spans and phase starts, all of
//! which [`Policy::boundaries`] lists: every date behaves like the nearest boundary at or before
//! it (or, before the first one, like the day before it). [`audit`] is what the tests and
//! `cargo run --bin policy -- check` both run.
//!
//! ```
//! use naas_core::{engine::explore, policy::Policy};
//! let (policy, _) = naas_core::shipped();
//! let audit = explore::audit(&policy);
//! assert!(audit.problems.is_empty(), "{:?}", audit.problems);
//! assert_eq!(audit.rules, policy.rules.len());
//! ```

use std::collections::{BTreeMap, BTreeSet};

use crate::date::Date;
use crate::engine::{self, Answers, Gap, Step};
use crate::policy::{OptionId, Policy, QuestionId};
use crate::problem::Problem;

/// One place a walk reaches: the answers given on the way, in asking order, and what the engine
/// does next with them.
pub struct Visit<'a> {
    pub answers: &'a Answers,
    pub path: &'a [(QuestionId, OptionId)],
    pub step: &'a Result<Step, Gap>,
}

/// What a full walk over every date found.
#[derive(Clone, Debug, PartialEq)]
pub struct Audit {
    /// How many dates were walked (every boundary and the day before it).
    pub dates: usize,
    /// How many journeys ended in an outcome, over all dates.
    pub journeys: usize,
    /// How many distinct questions were asked, rules decided and outcomes reached.
    pub questions: usize,
    pub rules: usize,
    pub outcomes: usize,
    /// Every problem, each naming the id at fault; empty for a sound policy.
    pub problems: Vec<Problem>,
}

/// The dates worth walking: every boundary and the day before each, in order.
///
/// The day before a boundary behaves like the boundary before it, so walking it as well is a
/// check on the engine's reading of spans (from is inclusive, before is exclusive), not a need.
pub fn dates(policy: &Policy) -> Vec<Date> {
    let mut dates: Vec<Date> = policy
        .boundaries()
        .into_iter()
        .flat_map(|d| [d.previous_day(), d])
        .collect();
    dates.sort();
    dates.dedup();
    if dates.is_empty() {
        // A policy that never changes still has one date to walk.
        dates.push(Date::EPOCH);
    }
    dates
}

/// Walks every journey on `date`: from no answers, every option of every question the engine
/// asks, calling `visit` at each step (questions and outcomes alike).
///
/// A question asked again after it was answered (which the engine never does) is visited but
/// not followed, so the walk always ends: each level down answers one more question.
pub fn walk(policy: &Policy, date: Date, visit: &mut impl FnMut(&Visit)) {
    let mut path = Vec::new();
    walk_from(policy, Answers::new(date), &mut path, visit);
}

/// Walks every journey on every date of [`dates`] and reports every problem found.
pub fn audit(policy: &Policy) -> Audit {
    let dates = dates(policy);
    let mut found = Findings::default();
    let mut asked = BTreeSet::new();
    let mut decided = BTreeSet::new();
    let mut reached = BTreeSet::new();
    let mut journeys = 0;
    for &date in &dates {
        if engine::status_at(policy, date).is_none() {
            found.add("statuses", "no status covers this date", date, "");
        }
        if engine::facts(policy, &Answers::new(date))
            .regulator
            .is_none()
        {
            found.add("regulators", "no regulator covers this date", date, "");
        }
        walk(policy, date, &mut |visit| {
            let journey = describe(policy, visit.path);
            match visit.step {
                Err(Gap) => found.add(
                    &format!("journey `{journey}`"),
                    "no rule decides and no question is left to ask: the rules have a gap here",
                    date,
                    "",
                ),
                Ok(Step::Ask(q)) => {
                    asked.insert(*q);
                    let question = policy.question(*q);
                    let place = format!("question `{}`", question.id);
                    if visit.answers.get(*q).is_some() {
                        found.add(
                            &place,
                            "is asked again after it was answered",
                            date,
                            &journey,
                        );
                    }
                    let facts = engine::facts(policy, visit.answers);
                    let texts = [
                        Some(&question.title),
                        question.title_now.as_ref(),
                        question.hint.as_ref(),
                        question.hint_now.as_ref(),
                    ];
                    for text in texts.into_iter().flatten() {
                        found.unfilled(&place, text, &facts.fill(text), date, &journey);
                    }
                }
                Ok(Step::Decided(decision)) => {
                    journeys += 1;
                    decided.insert(decision.rule);
                    reached.insert(decision.outcome);
                    let rule = policy.rule(decision.rule);
                    let place = format!("rule `{}`", rule.id);
                    if decision.reasons.is_empty() {
                        found.add(&place, "decides with no reason to show", date, &journey);
                    }
                    let templates = rule.when.iter().filter_map(|c| c.because.as_ref());
                    for (reason, template) in decision.reasons.iter().zip(templates) {
                        if reason.sources.is_empty() {
                            found.add(
                                &place,
                                format!("gives a reason with no source: {:?}", template.text),
                                date,
                                &journey,
                            );
                        }
                        found.unfilled(&place, &template.text, &reason.text, date, &journey);
                    }
                    let outcome = policy.outcome(decision.outcome);
                    let place = format!("outcome `{}`", outcome.id);
                    let facts = engine::facts(policy, visit.answers);
                    let texts = [&outcome.title, &outcome.summary]
                        .into_iter()
                        .chain(outcome.title_now.as_ref())
                        .chain(outcome.summary_now.as_ref())
                        .chain(outcome.ask.as_ref())
                        .chain(outcome.next.iter().map(|s| &s.text))
                        .chain(outcome.instead.iter().map(|s| &s.text));
                    for text in texts {
                        found.unfilled(&place, text, &facts.fill(text), date, &journey);
                    }
                    for now in [false, true] {
                        for note in policy.notes_for(decision.outcome, now) {
                            let place = format!("note `{}`", note.id);
                            let text = &note.text;
                            found.unfilled(&place, text, &facts.fill(text), date, &journey);
                        }
                    }
                }
            }
        });
    }
    for q in policy.question_ids().filter(|q| !asked.contains(q)) {
        found.never(
            format!("question `{}`", policy.question(q).id),
            "is never asked: on every date and journey a rule decides before any rule needs it",
        );
    }
    for r in policy.rule_ids().filter(|r| !decided.contains(r)) {
        found.never(
            format!("rule `{}`", policy.rule(r).id),
            "never decides: on every date and journey an earlier rule decides first, or its conditions never hold together",
        );
    }
    for note in policy.notes.iter() {
        let shown = reached
            .iter()
            .any(|o| note.kinds.contains(&policy.outcome(*o).kind));
        if !shown {
            found.never(
                format!("note `{}`", note.id),
                "is never shown: no journey on any date ends in an outcome of its kinds",
            );
        }
    }
    for o in policy.outcome_ids().filter(|o| !reached.contains(o)) {
        found.never(
            format!("outcome `{}`", policy.outcome(o).id),
            "is never reached: no journey on any date ends here",
        );
    }
    Audit {
        dates: dates.len(),
        journeys,
        questions: asked.len(),
        rules: decided.len(),
        outcomes: reached.len(),
        problems: found.into_problems(),
    }
}

/// The most questions any journey asks, over every date where the policy changes.
pub fn most_questions(policy: &Policy) -> u16 {
    let mut most = 0;
    for date in dates(policy) {
        walk(policy, date, &mut |visit| most = most.max(visit.path.len()));
    }
    u16::try_from(most).unwrap_or(u16::MAX)
}

/// The answers on a path as the tests and the tool write them: "role=frontline registration=yes".
pub fn describe(policy: &Policy, path: &[(QuestionId, OptionId)]) -> String {
    if path.is_empty() {
        return "no answers".to_string();
    }
    let words: Vec<String> = path
        .iter()
        .map(|(q, o)| format!("{}={}", policy.question(*q).id, policy.choice(*q, *o).id))
        .collect();
    words.join(" ")
}

fn walk_from(
    policy: &Policy,
    answers: Answers,
    path: &mut Vec<(QuestionId, OptionId)>,
    visit: &mut impl FnMut(&Visit),
) {
    let step = engine::evaluate(policy, &answers);
    visit(&Visit {
        answers: &answers,
        path,
        step: &step,
    });
    if let Ok(Step::Ask(q)) = step {
        if answers.get(q).is_some() {
            return;
        }
        for o in policy.option_ids(q) {
            path.push((q, o));
            walk_from(policy, answers.clone().with(q, o), path, visit);
            path.pop();
        }
    }
}

/// Problems found on the walk. The same problem usually shows on many dates and journeys, so
/// each is reported once, with its first example and how often it came up.
#[derive(Default)]
struct Findings {
    seen: BTreeMap<(String, String), Example>,
    /// Problems that are not about one journey, in the order found.
    general: Vec<Problem>,
}

struct Example {
    order: usize,
    date: Date,
    journey: String,
    count: usize,
}

impl Findings {
    fn add(&mut self, place: &str, problem: impl Into<String>, date: Date, journey: &str) {
        let order = self.seen.len();
        self.seen
            .entry((place.to_string(), problem.into()))
            .and_modify(|e| e.count += 1)
            .or_insert(Example {
                order,
                date,
                journey: journey.to_string(),
                count: 1,
            });
    }

    /// Reports `template` if, filled for this journey, it still shows a placeholder.
    fn unfilled(&mut self, place: &str, template: &str, filled: &str, date: Date, journey: &str) {
        if filled.contains('{') {
            self.add(
                place,
                format!("shows a placeholder that nothing fills: {template:?}"),
                date,
                journey,
            );
        }
    }

    fn never(&mut self, place: String, problem: &str) {
        self.general.push(Problem {
            place,
            problem: problem.to_string(),
        });
    }

    fn into_problems(self) -> Vec<Problem> {
        let mut found: Vec<_> = self.seen.into_iter().collect();
        found.sort_by_key(|(_, e)| e.order);
        let walked = found.into_iter().map(|((place, problem), e)| {
            let with = if e.journey.is_empty() {
                String::new()
            } else {
                format!(" with {}", e.journey)
            };
            let when = match e.count {
                1 => format!("on {}{with}", e.date.iso()),
                n => format!("first on {}{with} (found {n} times)", e.date.iso()),
            };
            Problem {
                place,
                problem: format!("{problem}, {when}"),
            }
        });
        walked.chain(self.general).collect()
    }
}
