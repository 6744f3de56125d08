//! Exhaustive exploration of a policy: every journey on every date where something changes, and the problems that walk finds.
//!
//! The flow is not drawn anywhere: it emerges from the ordered rules. So the only way to know
//! that every user reaches exactly one sourced outcome is to try every combination of answers.
//! That is cheap, because the rules read the date only through spans and phase starts, all of
//! which [`Policy::boundaries`] lists: every date behaves like the nearest boundary at or before
//! it (or, before the first one, like the day before it). [`audit`] is what the tests and
//! `cargo run --bin policy -- check` both run. With the `authoring` feature, [`complete`] builds
//! a whole journey from what a test means (a few answers, an outcome wanted), so that tests
//! follow the data.
//!
//! ```
//! use naas_core::{engine::explore, policy::Policy};
//! let (policy, _) = naas_core::shipped();
//! let audit = explore::audit(&policy);
//! assert!(audit.problems.is_empty(), "{:?}", audit.problems);
//! assert_eq!(audit.rules, policy.rules.len());
//! ```

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::rc::Rc;

use crate::date::{Date, DateSpec};
use crate::engine::{self, Answers, Decision, Gap, Step};
use crate::policy::{
    OptionId, OutcomeId, OutcomeKind, Policy, QuestionId, RuleId, SourceId, Tense, Test,
};
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

/// What a result tells its reader, for telling results apart: whether they could take part,
/// and, for a result that says what applied to someone given their answers (a closed result
/// whose rule reads answers), which. The audit asks a question only where some answer to it
/// can change the gist: "could not" for one reason is as good an answer as for another.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Gist {
    /// Could take part, by the usual route or another.
    Could,
    /// Unclear; unclear results differ in what is unknown and whom to ask, so each is its own.
    Unclear(OutcomeId),
    /// Could not take part, whatever the reason.
    CouldNot,
    /// Could not take part, and the result says what applied instead for these answers.
    Applies(OutcomeId),
}

/// The gist of a decision.
pub fn gist(policy: &Policy, decision: &Decision) -> Gist {
    match policy.outcome(decision.outcome).kind {
        OutcomeKind::Eligible | OutcomeKind::OtherRoute => Gist::Could,
        OutcomeKind::Unclear => Gist::Unclear(decision.outcome),
        OutcomeKind::Closed if reads_answers(policy, decision.rule) => {
            Gist::Applies(decision.outcome)
        }
        _ => Gist::CouldNot,
    }
}

/// The dates worth walking: every boundary and the day before each, in order.
///
/// The day before a boundary behaves like the boundary before it, so walking it as well is a
/// check on the engine's reading of spans (from is inclusive, before is exclusive), not a need.
///
/// The day after the rules were last checked and the horizon are walked too: dates after
/// `checked` may be still to come for a user, so their texts are checked in the future tense.
pub fn dates(policy: &Policy) -> Vec<Date> {
    let mut dates: Vec<Date> = policy
        .boundaries()
        .into_iter()
        .flat_map(|d| [d.previous_day(), d])
        .chain([policy.meta.checked.next_day(), policy.meta.horizon])
        .filter(|d| *d <= policy.meta.horizon)
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
    let mut ends = Ends::default();
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
            needless_question(policy, visit, &mut ends, &mut found, &journey);
            false_unclear(policy, visit, &mut ends, &mut found, &journey);
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
                    let ahead = date > policy.meta.checked;
                    if ahead && question.title_now.is_some() && question.title_future.is_none() {
                        found.add(
                            &place,
                            "is asked on a date that may be still to come, and has title_now but no title_future",
                            date,
                            &journey,
                        );
                    }
                    if ahead && question.hint_now.is_some() && question.hint_future.is_none() {
                        found.add(
                            &place,
                            "is asked on a date that may be still to come, and has hint_now but no hint_future",
                            date,
                            &journey,
                        );
                    }
                    let texts = [
                        Some(&question.title),
                        question.title_now.as_ref(),
                        question.title_future.as_ref(),
                        question.hint.as_ref(),
                        question.hint_now.as_ref(),
                        question.hint_future.as_ref(),
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
                    let templates = rule.when.iter().filter(|c| c.because.is_some());
                    for (reason, condition) in decision.reasons.iter().zip(templates) {
                        let Some(template) = condition.because.as_ref() else {
                            continue;
                        };
                        if !condition.quotes_later && all_later(policy, &reason.sources, date) {
                            found.add(
                                &place,
                                format!(
                                    "gives a reason whose every source was published after the date it is shown for; cite a source of that time, or word it as quoting a later one (\"GOV.UK said in February 2026 that ...\") and mark it quotes_later = true: {:?}",
                                    template.text
                                ),
                                date,
                                &journey,
                            );
                        }
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
                    if date > policy.meta.checked {
                        let missing = [
                            (
                                outcome.title_now.is_some() && outcome.title_future.is_none(),
                                "title_future",
                            ),
                            (
                                outcome.summary_now.is_some() && outcome.summary_future.is_none(),
                                "summary_future",
                            ),
                            (
                                outcome.instead_now.is_some() && outcome.instead_future.is_none(),
                                "instead_future",
                            ),
                        ];
                        for (_, field) in missing.iter().filter(|(m, _)| *m) {
                            found.add(
                                &place,
                                format!("is reached on a date that may be still to come, and has its present-tense text but no {field}"),
                                date,
                                &journey,
                            );
                        }
                    }
                    let facts = engine::facts(policy, visit.answers);
                    let texts = [&outcome.title, &outcome.summary]
                        .into_iter()
                        .chain(outcome.title_now.as_ref())
                        .chain(outcome.summary_now.as_ref())
                        .chain(outcome.title_future.as_ref())
                        .chain(outcome.summary_future.as_ref())
                        .chain(outcome.ask.as_ref())
                        .chain(outcome.next.iter().map(|s| &s.text))
                        .chain(outcome.instead.iter().map(|s| &s.text))
                        .chain(outcome.instead_now.iter().flatten().map(|s| &s.text))
                        .chain(outcome.instead_future.iter().flatten().map(|s| &s.text))
                        .chain(outcome.other_dates.iter().map(|s| &s.text));
                    for text in texts {
                        found.unfilled(&place, text, &facts.fill(text), date, &journey);
                    }
                    for tense in [Tense::Past, Tense::Now, Tense::Future] {
                        for note in policy.notes_for(decision.outcome, tense) {
                            let place = format!("note `{}`", note.id);
                            let text = &note.text;
                            found.unfilled(&place, text, &facts.fill(text), date, &journey);
                        }
                    }
                }
            }
        });
    }
    for month in months_only(policy) {
        claims_a_day(policy, month, &dates, &mut ends, &mut found);
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
            .any(|o| note.kinds.contains(&policy.outcome(*o).kind) || note.outcomes.contains(o));
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

/// Whether every one of these sources gives a publication date, and every one is after `date`:
/// a reason citing only them speaks of a time before anything it rests on was said.
fn all_later(policy: &Policy, sources: &[SourceId], date: Date) -> bool {
    !sources.is_empty()
        && sources
            .iter()
            .all(|s| policy.source(*s).published.is_some_and(|p| p.date > date))
}

#[cfg(feature = "authoring")]
impl Policy {
    /// Checks raw data and builds the policy, or returns every problem found; then works out
    /// the most questions any journey asks, for the start page. It lives here, beside the walk,
    /// so that the policy's own modules never need the engine.
    pub fn from_raw(raw: crate::policy::raw::RawPolicy) -> Result<Policy, Vec<Problem>> {
        let mut policy = crate::policy::validate::build(raw)?;
        let by_date: Vec<(Date, u16)> = dates(&policy)
            .into_iter()
            .map(|date| {
                let mut most = 0;
                walk(&policy, date, &mut |visit| {
                    most = most.max(visit.path.len())
                });
                (date, u16::try_from(most).unwrap_or(u16::MAX))
            })
            .collect();
        policy.meta.most_questions = by_date.iter().map(|(_, n)| *n).max().unwrap_or(0);
        policy.meta.most_questions_on = by_date.into();
        Ok(policy)
    }
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

/// The answers a test means, written as the tests write them ("role=frontline council=leeds"),
/// in the order given. Names an unknown question or option, or a question given twice.
#[cfg(feature = "authoring")]
pub fn intent(policy: &Policy, text: &str) -> Result<Vec<(QuestionId, OptionId)>, String> {
    let mut given: Vec<(QuestionId, OptionId)> = Vec::new();
    for word in text.split_whitespace() {
        let (q, o) = word
            .split_once('=')
            .ok_or_else(|| format!("`{word}` is not in the form question=option"))?;
        let qid = policy
            .question_by_id(q)
            .ok_or_else(|| format!("`{word}`: there is no question `{q}`"))?;
        let oid = policy
            .option_by_id(qid, o)
            .ok_or_else(|| format!("`{word}`: the question `{q}` has no option `{o}`"))?;
        if given.iter().any(|(g, _)| *g == qid) {
            return Err(format!("`{word}`: the question `{q}` is answered twice"));
        }
        given.push((qid, oid));
    }
    Ok(given)
}

/// A whole journey from what matters to a test: the answers the engine asks for on `date`, in
/// asking order, taking each question's answer from `intent` where it gives one, and otherwise
/// the first option, in the policy's order, from which the journey can still end in `want` (or,
/// with no outcome wanted, in any outcome) with every answer of `intent` asked on the way.
/// `None` if no journey does. Deterministic: the same policy, date and wishes give the same
/// journey, so a question added to the rules fills itself in wherever a test does not mention it.
///
/// ```
/// use naas_core::date::Date;
/// use naas_core::engine::explore;
/// let (policy, _) = naas_core::shipped();
/// let date = Date::parse("2019-10-05").unwrap();
/// let leeds = explore::intent(policy, "council=leeds").unwrap();
/// let want = policy.outcome_by_id("practitioner");
/// let path = explore::complete(policy, date, &leeds, want).unwrap();
/// assert_eq!(
///     explore::describe(policy, &path),
///     "role=frontline registration=yes employer=local-authority council=leeds"
/// );
/// ```
#[cfg(feature = "authoring")]
pub fn complete(
    policy: &Policy,
    date: Date,
    intent: &[(QuestionId, OptionId)],
    want: Option<OutcomeId>,
) -> Option<Vec<(QuestionId, OptionId)>> {
    let mut path = Vec::new();
    complete_from(policy, Answers::new(date), &mut path, intent, want).then_some(path)
}

/// Depth first, options in the policy's order: whether the answers so far can be completed.
#[cfg(feature = "authoring")]
fn complete_from(
    policy: &Policy,
    answers: Answers,
    path: &mut Vec<(QuestionId, OptionId)>,
    intent: &[(QuestionId, OptionId)],
    want: Option<OutcomeId>,
) -> bool {
    match engine::evaluate(policy, &answers) {
        Ok(Step::Decided(decision)) => {
            want.is_none_or(|w| decision.outcome == w)
                && intent.iter().all(|(q, _)| answers.get(*q).is_some())
        }
        Ok(Step::Ask(q)) if answers.get(q).is_none() => {
            let options: Vec<OptionId> = match intent.iter().find(|(i, _)| *i == q) {
                Some(&(_, given)) => vec![given],
                None => policy.option_ids(q).collect(),
            };
            for o in options {
                path.push((q, o));
                if complete_from(policy, answers.clone().with(q, o), path, intent, want) {
                    return true;
                }
                path.pop();
            }
            false
        }
        _ => false,
    }
}

/// Every result (its gist and outcome) that these answers can still lead to: their own, or,
/// while a question is open, every answer to it and everything after.
pub fn results(policy: &Policy, answers: &Answers) -> BTreeSet<(Gist, OutcomeId)> {
    (*Ends::default().of(policy, answers)).clone()
}

/// Where some answers can still lead: each result's gist and outcome.
type Leads = BTreeSet<(Gist, OutcomeId)>;

/// A date and the answers given on it, in question order.
type Given = (Date, Vec<(QuestionId, OptionId)>);

/// [`results`] remembered for each date and set of answers, since the audit asks for the same
/// ones many times.
#[derive(Default)]
struct Ends(HashMap<Given, Rc<Leads>>);

impl Ends {
    fn of(&mut self, policy: &Policy, answers: &Answers) -> Rc<Leads> {
        let key = (answers.date, answers.iter().collect::<Vec<_>>());
        if let Some(found) = self.0.get(&key) {
            return Rc::clone(found);
        }
        let mut found = BTreeSet::new();
        match engine::evaluate(policy, answers) {
            Ok(Step::Decided(d)) => {
                found.insert((gist(policy, &d), d.outcome));
            }
            // A question asked again is reported elsewhere; following it would never end.
            Ok(Step::Ask(q)) if answers.get(q).is_none() => {
                for o in policy.option_ids(q) {
                    found.extend(self.of(policy, &answers.clone().with(q, o)).iter().copied());
                }
            }
            _ => {}
        }
        let found = Rc::new(found);
        self.0.insert(key, Rc::clone(&found));
        found
    }
}

/// Whether any condition of the rule reads an answer (not only the date).
fn reads_answers(policy: &Policy, rule: RuleId) -> bool {
    policy
        .rule(rule)
        .when
        .iter()
        .any(|c| !matches!(c.test, Test::Date(_)))
}

/// The questions a rule reads.
fn questions_read(policy: &Policy, rule: RuleId) -> Vec<QuestionId> {
    policy
        .rule(rule)
        .when
        .iter()
        .filter_map(|c| match &c.test {
            Test::Answer { question, .. } => Some(*question),
            Test::Council(_) => policy.council_question,
            Test::Date(_) => None,
        })
        .collect()
}

fn say(policy: &Policy, gist: Gist) -> String {
    match gist {
        Gist::Could => "could take part".into(),
        Gist::CouldNot => "could not take part".into(),
        Gist::Unclear(o) | Gist::Applies(o) => format!("`{}`", policy.outcome(o).id),
    }
}

/// Only what can change the result is asked: a question every answer to which ends in the same
/// gist is needless (for example the employer, on a date when nobody could take part).
fn needless_question(
    policy: &Policy,
    visit: &Visit,
    ends: &mut Ends,
    found: &mut Findings,
    journey: &str,
) {
    let Ok(Step::Ask(q)) = visit.step else {
        return;
    };
    if visit.answers.get(*q).is_some() {
        return;
    }
    let gists: BTreeSet<Gist> = ends
        .of(policy, visit.answers)
        .iter()
        .map(|(g, _)| *g)
        .collect();
    if let [only] = gists.into_iter().collect::<Vec<_>>()[..] {
        found.add(
            &format!("question `{}`", policy.question(*q).id),
            format!(
                "is asked where no answer to it can change the result (every answer ends in {}): decide before asking it",
                say(policy, only)
            ),
            visit.answers.date,
            journey,
        );
    }
}

/// An unclear result that rests on answers must be able to go either way: some other answer
/// to what its rule reads must lead somewhere other than "could not". Otherwise the answer is
/// "could not" (for example "it depends on your registration" on a date nobody could take part).
fn false_unclear(
    policy: &Policy,
    visit: &Visit,
    ends: &mut Ends,
    found: &mut Findings,
    journey: &str,
) {
    let Ok(Step::Decided(decision)) = visit.step else {
        return;
    };
    if policy.outcome(decision.outcome).kind != OutcomeKind::Unclear {
        return;
    }
    let read = questions_read(policy, decision.rule);
    if read.is_empty() {
        // Unclear because of the date alone, which its sources must say.
        return;
    }
    let date = visit.answers.date;
    let open = visit.path.iter().enumerate().any(|(i, &(q, given))| {
        read.contains(&q)
            && policy.option_ids(q).filter(|o| *o != given).any(|other| {
                let mut answers = Answers::new(date);
                for &(q, o) in &visit.path[..i] {
                    answers.set(q, o);
                }
                ends.of(policy, &answers.with(q, other))
                    .iter()
                    .any(|(g, _)| *g != Gist::CouldNot)
            })
    });
    if !open {
        found.add(
            &format!("outcome `{}`", policy.outcome(decision.outcome).id),
            "says it is unclear, but every other answer to what its rule reads ends in \"could not\": the answer is \"could not\", so decide that first",
            date,
            journey,
        );
    }
}

/// The months that rules and phases give without a day ("2021-06"): a change fell on some day
/// of each, and no source says which.
fn months_only(policy: &Policy) -> Vec<Date> {
    let spans = policy
        .rules
        .iter()
        .flat_map(|r| r.when.iter())
        .filter_map(|c| match c.test {
            Test::Date(span) => Some(span),
            _ => None,
        });
    let specs = spans
        .flat_map(|s| [s.from, s.before])
        .chain(policy.phases.iter().map(|p| p.from))
        .chain(policy.phases.iter().map(|p| p.unclear_from))
        .flatten();
    let mut months: Vec<Date> = specs
        .filter(|s: &DateSpec| s.precision == crate::date::Precision::Month)
        .map(|s| s.date)
        .collect();
    months.sort();
    months.dedup();
    months
}

/// On the days of a month the sources give without a day, no result may rest on the day: for
/// each journey, if the answers lead to different things the day before the month and the day
/// after it, the result on its days must be unclear or an outcome of its own (one that does not
/// say which side of the change the day fell), never one side's.
fn claims_a_day(
    policy: &Policy,
    first: Date,
    walked: &[Date],
    ends: &mut Ends,
    found: &mut Findings,
) {
    let last = first.next_month().previous_day();
    let mut days = vec![first, last];
    days.extend(walked.iter().filter(|d| d.same_month(first)));
    days.sort();
    days.dedup();
    let month = DateSpec {
        date: first,
        precision: crate::date::Precision::Month,
    }
    .long();
    for day in days {
        walk(policy, day, &mut |visit| {
            let Ok(Step::Decided(decision)) = visit.step else {
                return;
            };
            if policy.outcome(decision.outcome).kind == OutcomeKind::Unclear {
                return;
            }
            let mut on = |date: Date| {
                let mut answers = Answers::new(date);
                for &(q, o) in visit.path {
                    answers.set(q, o);
                }
                ends.of(policy, &answers)
            };
            let (before, after) = (on(first.previous_day()), on(first.next_month()));
            let around: BTreeSet<(Gist, OutcomeId)> =
                before.iter().chain(after.iter()).copied().collect();
            let classes: BTreeSet<Gist> = around.iter().map(|(g, _)| loose(*g)).collect();
            let gist = gist(policy, decision);
            let honest = if classes.len() == 1 {
                classes.contains(&loose(gist))
            } else {
                around.iter().all(|(_, o)| *o != decision.outcome)
            };
            if !honest {
                found.add(
                    &format!("rule `{}`", policy.rule(decision.rule).id),
                    format!(
                        "decides in {month}, which the sources give without a day, as if it knew the day: these answers lead elsewhere on the other side of the month, so its days must be unclear, or have an outcome of their own"
                    ),
                    day,
                    &describe(policy, visit.path),
                );
            }
        });
    }
}

/// A gist with unclear results taken together: for comparing the two sides of a month.
fn loose(gist: Gist) -> Gist {
    match gist {
        Gist::Unclear(_) => Gist::Unclear(OutcomeId(0)),
        other => other,
    }
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
