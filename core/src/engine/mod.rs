//! The pure rules engine: from the policy, the answers so far and a date, the next question or the outcome with its sourced reasons.
//!
//! Nothing here touches the browser: values in, values out. Each call recomputes from all the
//! answers, replaying them in order, as GOV.UK Smart Answers does, so there is no hidden state.
//!
//! ```
//! use naas_core::{date::Date, engine::{self, Answers, Step}, policy::Policy};
//! let (policy, _) = naas_core::shipped();
//! let today = Date::parse("2026-12-01").unwrap();
//! // NAAS closed in March 2022: on this date only the role changes what applies.
//! let role = policy.question_by_id("role").unwrap();
//! assert_eq!(engine::evaluate(&policy, &Answers::new(today)), Ok(Step::Ask(role)));
//! let frontline = policy.option_by_id(role, "frontline").unwrap();
//! let answers = Answers::new(today).with(role, frontline);
//! let Ok(Step::Decided(decision)) = engine::evaluate(&policy, &answers) else { panic!() };
//! assert_eq!(policy.outcome(decision.outcome).id, "now-practitioner");
//! ```

pub mod explore;

use crate::date::Date;
use crate::map::SortedMap;
use crate::policy::{
    Council, CouncilFact, Dated, Joined, OptionId, OutcomeId, Phase, Policy, QuestionId, RuleId,
    SourceId, Sourced, Tense, Test,
};

/// The options chosen, by question: the one form answers take, from the address to the engine.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Choices(SortedMap<QuestionId, OptionId>);

/// The date being checked and the options chosen so far: what the engine reads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answers {
    pub date: Date,
    pub chosen: Choices,
    /// The user gave the month of `date` without its day: the texts then say "in June 2021".
    pub whole_month: bool,
}

/// What the checker does next.
#[derive(Clone, Debug, PartialEq)]
pub enum Step {
    /// Ask this question.
    Ask(QuestionId),
    /// The answers decide an outcome.
    Decided(Decision),
}

/// An outcome and the rule that decided it, with that rule's reasons.
#[derive(Clone, Debug, PartialEq)]
pub struct Decision {
    pub rule: RuleId,
    pub outcome: OutcomeId,
    pub reasons: Vec<Reason>,
}

/// One reason for a decision, with its placeholders filled in.
#[derive(Clone, Debug, PartialEq)]
pub struct Reason {
    pub text: String,
    pub sources: Vec<SourceId>,
}

/// No rule decides and no question is left to ask: the policy has a gap. Validation tests
/// over every combination of answers make sure the shipped policy has none.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Gap;

/// The questions answered on the way, in the order the checker asked them, and where that leads.
#[derive(Clone, Debug, PartialEq)]
pub struct Replay {
    pub path: Vec<(QuestionId, OptionId)>,
    pub step: Result<Step, Gap>,
}

/// What the placeholders in the policy's texts stand for, for one set of answers.
#[derive(Clone, Copy, Debug)]
pub struct Facts<'p> {
    pub date: Date,
    /// The date stands for its whole month (see [`Answers::whole_month`]).
    pub whole_month: bool,
    pub regulator: Option<&'p str>,
    pub council: Option<&'p Council>,
    pub phase: Option<&'p Phase>,
}

impl Choices {
    pub fn new() -> Choices {
        Choices::default()
    }

    pub fn get(&self, question: QuestionId) -> Option<OptionId> {
        self.0.get(&question).copied()
    }

    pub fn contains(&self, question: QuestionId) -> bool {
        self.0.contains_key(&question)
    }

    pub fn set(&mut self, question: QuestionId, option: OptionId) {
        self.0.insert(question, option);
    }

    /// Takes out the choice for a question, if there is one.
    pub fn take(&mut self, question: QuestionId) -> Option<OptionId> {
        let option = self.get(question);
        self.0.remove(&question);
        option
    }

    pub fn retain(&mut self, mut keep: impl FnMut(QuestionId, OptionId) -> bool) {
        self.0.retain(|q, o| keep(*q, *o));
    }

    /// Choices in question order.
    pub fn iter(&self) -> impl Iterator<Item = (QuestionId, OptionId)> + '_ {
        self.0.iter().map(|(q, o)| (*q, *o))
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl FromIterator<(QuestionId, OptionId)> for Choices {
    fn from_iter<I: IntoIterator<Item = (QuestionId, OptionId)>>(items: I) -> Choices {
        let mut choices = Choices::new();
        for (q, o) in items {
            choices.set(q, o);
        }
        choices
    }
}

impl Answers {
    pub fn new(date: Date) -> Answers {
        Answers {
            date,
            chosen: Choices::new(),
            whole_month: false,
        }
    }

    pub fn get(&self, question: QuestionId) -> Option<OptionId> {
        self.chosen.get(question)
    }

    pub fn set(&mut self, question: QuestionId, option: OptionId) {
        self.chosen.set(question, option);
    }

    pub fn with(mut self, question: QuestionId, option: OptionId) -> Answers {
        self.set(question, option);
        self
    }

    /// Answers in question order.
    pub fn iter(&self) -> impl Iterator<Item = (QuestionId, OptionId)> + '_ {
        self.chosen.iter()
    }

    pub fn len(&self) -> usize {
        self.chosen.len()
    }

    pub fn is_empty(&self) -> bool {
        self.chosen.is_empty()
    }
}

/// The next question, or the outcome, for these answers.
///
/// Rules are tried in order; a rule with a false condition is skipped; the first rule whose
/// conditions all hold decides. If a rule cannot be settled yet, the checker asks the earliest
/// unanswered question it needs, so that no rule is ever skipped on a guess.
pub fn evaluate(policy: &Policy, answers: &Answers) -> Result<Step, Gap> {
    #[cfg(feature = "authoring")]
    cost::count(|c| c.evaluations += 1);
    for rule_id in policy.rule_ids() {
        let rule = policy.rule(rule_id);
        let mut needed: Option<QuestionId> = None;
        let mut holds = true;
        for condition in rule.when.iter() {
            match truth(policy, answers, &condition.test) {
                Truth::False => {
                    holds = false;
                    needed = None;
                    break;
                }
                Truth::Unknown(q) => needed = Some(needed.map_or(q, |n| n.min(q))),
                Truth::True => {}
            }
        }
        if let Some(question) = needed {
            return Ok(Step::Ask(question));
        }
        if holds {
            return Ok(Step::Decided(decide(policy, answers, rule_id)));
        }
    }
    Err(Gap)
}

/// Replays the answers in the order the checker asks, keeping those on the way and ignoring the
/// rest (answers to questions that no longer apply), and says where that leads.
pub fn replay(policy: &Policy, answers: &Answers) -> Replay {
    #[cfg(feature = "authoring")]
    cost::count(|c| c.replays += 1);
    let mut known = Answers {
        whole_month: answers.whole_month,
        ..Answers::new(answers.date)
    };
    let mut path = Vec::new();
    loop {
        let step = evaluate(policy, &known);
        match step {
            Ok(Step::Ask(q)) => match answers.get(q) {
                Some(o) => {
                    known.set(q, o);
                    path.push((q, o));
                }
                None => return Replay { path, step },
            },
            _ => return Replay { path, step },
        }
    }
}

impl Replay {
    /// Only the answers on the way, as a fresh set.
    pub fn answers(&self, date: Date) -> Answers {
        Answers {
            date,
            chosen: self.path.iter().copied().collect(),
            whole_month: false,
        }
    }

    /// The question asked next, if the answers do not decide yet.
    pub fn open(&self) -> Option<QuestionId> {
        match self.step {
            Ok(Step::Ask(q)) => Some(q),
            _ => None,
        }
    }

    /// The decision, if the answers reach one.
    pub fn decision(&self) -> Option<&Decision> {
        match &self.step {
            Ok(Step::Decided(d)) => Some(d),
            _ => None,
        }
    }

    /// Where a question comes on the way, if it was asked.
    pub fn position(&self, question: QuestionId) -> Option<usize> {
        self.path.iter().position(|(q, _)| *q == question)
    }
}

/// The status period (for the start page's status line) that holds on a date.
pub fn status_at(policy: &Policy, date: Date) -> Option<&Dated<Sourced>> {
    policy.statuses.iter().find(|s| s.span.contains(date))
}

/// What the placeholders stand for, given these answers.
pub fn facts<'p>(policy: &'p Policy, answers: &Answers) -> Facts<'p> {
    let regulator = policy
        .regulators
        .iter()
        .find(|r| r.span.contains(answers.date))
        .map(|r| &*r.value);
    let council = chosen_council(policy, answers).map(|c| policy.council(c));
    Facts {
        date: answers.date,
        whole_month: answers.whole_month,
        regulator,
        council,
        phase: council.map(|c| policy.phase(c.phase)),
    }
}

/// Everything a user reads when a question is asked, filled in for these facts and in the tense
/// of the date checked: its title, its hint and its options with their hints. Two journeys ask
/// "the same question" only if this is the same: a change of date or of an earlier answer that
/// changes it means asking again.
pub fn wording(policy: &Policy, question: QuestionId, facts: &Facts, tense: Tense) -> String {
    let q = policy.question(question);
    let texts = [Some(q.title_for(tense)), q.hint_for(tense)]
        .into_iter()
        .chain(
            q.options
                .iter()
                .flat_map(|o| [Some(&o.label), o.hint.as_ref()]),
        )
        .flatten();
    let mut out = String::new();
    for text in texts {
        out.push_str(&facts.fill(text));
        out.push('\n');
    }
    out
}

impl Facts<'_> {
    /// The text with every placeholder whose value is known filled in; unknown ones stay as
    /// they are (the tests look for any left in what users see).
    pub fn fill(&self, text: &str) -> String {
        self.fill_with(text, true)
    }

    /// Fills `text`; `nested` says whether `{phase_note}`, itself a text with placeholders, may
    /// be filled in (once: a phase's note never contains it, and is never filled twice).
    fn fill_with(&self, text: &str, nested: bool) -> String {
        if !text.contains('{') {
            return text.to_string();
        }
        let mut out = String::with_capacity(text.len() + 32);
        let mut rest = text;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            match after.find('}') {
                Some(close) => {
                    let name = &after[..close];
                    match self.value(name, nested) {
                        Some(value) => {
                            if name == "date" && self.whole_month {
                                in_the_month(&mut out);
                            }
                            out.push_str(&value)
                        }
                        None => out.push_str(&rest[open..open + close + 2]),
                    }
                    rest = &after[close + 1..];
                }
                None => {
                    out.push_str(&rest[open..]);
                    rest = "";
                }
            }
        }
        out.push_str(rest);
        out
    }

    fn value(&self, name: &str, nested: bool) -> Option<String> {
        match name {
            "phase_note" if nested => self
                .phase
                .and_then(|p| p.note.as_ref())
                .map(|note| self.fill_with(note, false)),
            "date" if self.whole_month => Some(self.date.month_long()),
            "date" => Some(self.date.long()),
            "regulator" => self.regulator.map(str::to_string),
            "council" => self.council.map(|c| c.name.to_string()),
            "phase" => self.phase.map(|p| p.label.to_string()),
            "joined" => self.phase.and_then(|p| p.joined()),
            "site_from" => self.phase.and_then(|p| p.site_from()).map(|s| s.long()),
            _ => None,
        }
    }
}

/// Before a month given without its day, "on" reads "in": "in June 2021", "In June 2021, were
/// you registered".
fn in_the_month(out: &mut String) {
    let start = out.len().saturating_sub(3);
    let (Some(before), Some(word)) = (out.get(..start), out.get(start..)) else {
        return;
    };
    // "on" is a word of its own after a space or punctuation. Any character outside ASCII counts
    // as part of a word: the data puts only ASCII before "on {date}" (a test holds it to that),
    // and the Unicode tables `char::is_alphanumeric` would bring cost the app 2 KB.
    let alone = before
        .chars()
        .next_back()
        .is_none_or(|c| c.is_ascii() && !c.is_ascii_alphanumeric());
    let with = match word {
        "on " if alone => "in ",
        "On " if alone => "In ",
        _ => return,
    };
    out.truncate(start);
    out.push_str(with);
}

enum Truth {
    True,
    False,
    /// Cannot tell until this question is answered.
    Unknown(QuestionId),
}

fn truth(policy: &Policy, answers: &Answers, test: &Test) -> Truth {
    let of = |b: bool| if b { Truth::True } else { Truth::False };
    match test {
        Test::Answer { question, any_of } => match answers.get(*question) {
            Some(option) => of(any_of.contains(&option)),
            None => Truth::Unknown(*question),
        },
        Test::Date(span) => of(span.contains(answers.date)),
        Test::Council(fact) => {
            let Some(question) = policy.council_question else {
                return Truth::False;
            };
            if answers.get(question).is_none() {
                return Truth::Unknown(question);
            }
            let Some(council) = chosen_council(policy, answers) else {
                // "Not listed" or "I do not know": no fact about a named council holds.
                return Truth::False;
            };
            let joined = policy
                .phase(policy.council(council).phase)
                .joined_on(answers.date);
            of(match fact {
                CouncilFact::InNaas => joined == Joined::Yes,
                CouncilFact::JoinsLater => joined == Joined::Later,
                CouncilFact::JoinDateUnclear => joined == Joined::Unclear,
                CouncilFact::JoinDateUnknown => joined == Joined::Unknown,
            })
        }
    }
}

fn chosen_council(policy: &Policy, answers: &Answers) -> Option<crate::policy::CouncilId> {
    let question = policy.council_question?;
    let option = answers.get(question)?;
    policy.choice(question, option).council
}

fn decide(policy: &Policy, answers: &Answers, rule_id: RuleId) -> Decision {
    let rule = policy.rule(rule_id);
    let facts = facts(policy, answers);
    let reasons = rule
        .when
        .iter()
        .filter_map(|c| {
            let because = c.because.as_ref()?;
            let mut sources = because.sources.to_vec();
            if let (Test::Council(_), Some(phase)) = (&c.test, facts.phase) {
                sources.extend(
                    phase
                        .sources
                        .iter()
                        .filter(|s| !because.sources.contains(s)),
                );
            }
            Some(Reason {
                text: facts.fill(&because.text),
                sources,
            })
        })
        .collect();
    Decision {
        rule: rule_id,
        outcome: rule.outcome,
        reasons,
    }
}

/// What the engine has done on this thread: with `authoring` only (the tests that measure what
/// a page costs), so the app carries no counter.
#[cfg(feature = "authoring")]
pub mod cost {
    use std::cell::Cell;

    /// Replays of a set of answers, and evaluations of the rules (each replay evaluates once
    /// per answer on the way, and once more).
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
    pub struct Cost {
        pub replays: usize,
        pub evaluations: usize,
    }

    thread_local! {
        static SPENT: Cell<Cost> = const { Cell::new(Cost { replays: 0, evaluations: 0 }) };
    }

    pub(super) fn count(f: impl FnOnce(&mut Cost)) {
        SPENT.with(|s| {
            let mut cost = s.get();
            f(&mut cost);
            s.set(cost);
        });
    }

    /// What `f` cost the engine.
    pub fn of<T>(f: impl FnOnce() -> T) -> (T, Cost) {
        let before = SPENT.with(Cell::get);
        let out = f();
        let after = SPENT.with(Cell::get);
        (
            out,
            Cost {
                replays: after.replays - before.replays,
                evaluations: after.evaluations - before.evaluations,
            },
        )
    }
}
