//! The rules data: typed, validated policy (questions, phases, councils, rules, outcomes, sources) and its loading.
//!
//! A checked [`Policy`] comes from [`Policy::from_raw`] (defined beside the engine's walk, in
//! `engine::explore`, since it counts the most questions any journey asks), which checks every
//! reference and every text and reports all problems at once. Its fields are public so that
//! data checked at build time can be compiled in as a `static`; nothing else builds one.
//!
//! ```
//! let (policy, _) = naas_core::shipped();
//! assert!(policy.question_by_id("role").is_some());
//! ```

mod list;
#[cfg(feature = "authoring")]
pub mod raw;
#[cfg(feature = "authoring")]
pub(crate) mod validate;

use std::borrow::Cow;

use serde::Serialize;

use crate::date::{Date, DateSpec};
#[cfg(feature = "authoring")]
use crate::problem::Problem;
pub use list::List;

/// The shipped policy as written, for native tools and tests. The app itself uses the same
/// data checked at build time and compiled in as static data (see build.rs and `Policy::shipped`).
pub const SHIPPED_TOML: &str = include_str!("naas.toml");

/// Text in the policy: borrowed from static data when compiled in, owned when loaded at run time.
pub type Text = Cow<'static, str>;

/// Declares index-based id types (`QuestionId(u16)` and so on); the readiness content uses it too.
macro_rules! id_type {
    ($($(#[$doc:meta])* $name:ident),* $(,)?) => {$(
        $(#[$doc])*
        #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug, Serialize)]
        pub struct $name(
            /// The position in the data's list: stable for one loaded policy only. Public so that
            /// data checked at build time can be compiled in.
            pub u16,
        );
        impl $name {
            /// Position in the policy's list; stable for one loaded policy only.
            pub fn index(self) -> usize {
                self.0 as usize
            }
        }
    )*};
}

pub(crate) use id_type;

id_type! {
    /// A question, by its place in the policy.
    QuestionId,
    /// An option of one question, by its place in that question's options.
    OptionId,
    /// A rule, by its place (and so its priority) in the policy.
    RuleId,
    /// An outcome.
    OutcomeId,
    /// A source document.
    SourceId,
    /// A council or children's trust named as a NAAS site.
    CouncilId,
    /// A rollout phase.
    PhaseId,
}

/// The checked policy.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Policy {
    pub meta: Meta,
    pub sources: List<Source>,
    pub regulators: List<Dated<Text>>,
    pub statuses: List<Dated<Sourced>>,
    pub phases: List<Phase>,
    pub councils: List<Council>,
    pub questions: List<Question>,
    pub rules: List<Rule>,
    pub outcomes: List<Outcome>,
    /// Notes shown with the results they are relevant to; see [`Policy::notes_for`].
    pub notes: List<Note>,
    /// The standards, programmes and assessments over time, for the timeline of what applied
    /// when (on the result and About pages).
    pub timeline: List<Period>,
    /// The question whose options are the councils, if any.
    pub council_question: Option<QuestionId>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Meta {
    pub title: Text,
    /// The date of this version of the rules (they last changed then).
    pub version: Text,
    pub compiled: Date,
    /// When the rules were last checked against their sources, for the About page and for the
    /// policy tool's warning when a dated change has taken effect since.
    pub checked: Date,
    /// The most questions any journey asks, on any date: worked out from the rules when the
    /// data is checked, so the start page can say "up to N questions" without a number in Rust.
    pub most_questions: u16,
    /// The most questions any journey asks on each date where the policy changes (and the day
    /// before), in date order: a date behaves like the last of these on or before it. For a
    /// council's fixed date, whose start page says how many questions that date asks.
    pub most_questions_on: List<(Date, u16)>,
    /// The last date a user may check: what the data knows of what is announced reaches this far.
    /// Later dates are refused, naming it (today is always allowed, should it pass the horizon).
    pub horizon: Date,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Source {
    pub id: Text,
    pub title: Text,
    pub publisher: Text,
    pub date: Text,
    /// When it was published (or last updated, for the version quoted), as precisely as the
    /// page gives it; None where the page shows no date. A reason shown for a date earlier than
    /// all its sources' dates must say that it quotes a later source (the audit checks).
    pub published: Option<DateSpec>,
    pub url: Text,
}

/// A text with the sources that back it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Sourced {
    pub text: Text,
    pub sources: List<SourceId>,
}

/// A standard, programme or assessment and when it applied, with whom it was for.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Period {
    pub id: Text,
    pub kind: PeriodKind,
    pub name: Text,
    pub scope: Text,
    pub span: Span,
    /// When its dates were announced, where that was after some dates it covers.
    pub announced: Option<DateSpec>,
    /// When its end was announced, where that was after it began.
    pub end_announced: Option<DateSpec>,
    pub sources: List<SourceId>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum PeriodKind {
    Standard,
    Programme,
    Assessment,
}

impl PeriodKind {
    pub const ALL: [PeriodKind; 3] = [
        PeriodKind::Standard,
        PeriodKind::Programme,
        PeriodKind::Assessment,
    ];

    /// The id used in the policy file.
    pub fn id(self) -> &'static str {
        match self {
            PeriodKind::Standard => "standard",
            PeriodKind::Programme => "programme",
            PeriodKind::Assessment => "assessment",
        }
    }
}

impl Period {
    /// Whether a result for `date`, read on `today`, shows this period: only once its sources
    /// had announced it (as at the date for a past date; as at today for today and later).
    pub fn known_on(&self, date: Date, today: Date) -> bool {
        let as_at = date.min(today);
        self.announced.is_none_or(|a| a.date <= as_at)
    }

    /// The span as a result for `date`, read on `today`, shows it: without its end where that
    /// end had not been announced yet.
    pub fn span_known_on(&self, date: Date, today: Date) -> Span {
        let as_at = date.min(today);
        match self.end_announced {
            Some(a) if a.date > as_at => Span {
                before: None,
                ..self.span
            },
            _ => self.span,
        }
    }
}

/// How the pages speak of the date checked, against today: of that time, of now, or of what is
/// announced for a day still to come.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum Tense {
    Past,
    Now,
    Future,
}

impl Tense {
    /// The tense for checking `date` on `today`.
    ///
    /// ```
    /// use naas_core::{date::Date, policy::Tense};
    /// let today = Date::parse("2026-12-07").unwrap();
    /// assert_eq!(Tense::of(Date::parse("2019-10-05").unwrap(), today), Tense::Past);
    /// assert_eq!(Tense::of(today, today), Tense::Now);
    /// assert_eq!(Tense::of(Date::parse("2027-04-01").unwrap(), today), Tense::Future);
    /// ```
    pub fn of(date: Date, today: Date) -> Tense {
        if date < today {
            Tense::Past
        } else if date == today {
            Tense::Now
        } else {
            Tense::Future
        }
    }
}

/// A value that holds from one date (inclusive) until another (exclusive).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Dated<T> {
    pub id: Text,
    pub span: Span,
    pub value: T,
    pub sources: List<SourceId>,
}

/// Dates from `from` (inclusive) until `before` (exclusive); an open end is unbounded.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Span {
    pub from: Option<DateSpec>,
    pub before: Option<DateSpec>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Phase {
    pub id: Text,
    pub label: Text,
    /// When its councils joined, or by when the sources show them taking part; None where no
    /// source says either.
    pub from: Option<DateSpec>,
    /// False when the sources show councils in NAAS by `from` but not when they joined.
    pub exact: bool,
    /// For a phase that is not exact: from this date until `from`, whether a council had joined
    /// is unclear; before it, its councils had not joined yet. None: unclear on every earlier date.
    pub unclear_from: Option<DateSpec>,
    /// What the sources say about when this phase's councils joined: the `{phase_note}` placeholder.
    pub note: Option<Text>,
    pub sources: List<SourceId>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Council {
    pub id: Text,
    pub name: Text,
    pub phase: PhaseId,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Question {
    pub id: Text,
    pub title: Text,
    /// The title in the present tense, for when the date checked is today.
    pub title_now: Option<Text>,
    /// The title in the future tense, for a date after today.
    pub title_future: Option<Text>,
    pub summary: Text,
    pub error: Text,
    pub hint: Option<Text>,
    /// The hint in the present tense, for when the date checked is today.
    pub hint_now: Option<Text>,
    /// The hint for a date after today.
    pub hint_future: Option<Text>,
    pub options: List<Choice>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Choice {
    pub id: Text,
    pub label: Text,
    pub hint: Option<Text>,
    /// Set when this option stands for a council from the councils list.
    pub council: Option<CouncilId>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Rule {
    pub id: Text,
    pub outcome: OutcomeId,
    pub when: List<Condition>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Condition {
    pub test: Test,
    /// The reason this condition gives when its rule decides; None for conditions that only route.
    pub because: Option<Sourced>,
    /// The reason quotes a source published after some dates it is shown for, and says so.
    pub quotes_later: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum Test {
    /// The answer to `question` is one of `any_of`.
    Answer {
        question: QuestionId,
        any_of: List<OptionId>,
    },
    /// The date being checked is inside the span.
    Date(Span),
    /// A fact about the chosen council on the date being checked.
    Council(CouncilFact),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum CouncilFact {
    /// The council had joined NAAS by the date.
    InNaas,
    /// The council joined on a known date after the date.
    JoinsLater,
    /// The sources show the council in NAAS only from a later date, not when it joined.
    JoinDateUnclear,
    /// No source says when the council joined, or by when it had.
    JoinDateUnknown,
}

/// Whether a council had joined NAAS on a date; see [`Phase::joined_on`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Joined {
    Yes,
    Later,
    Unclear,
    /// Unclear, and no source shows the council in NAAS by any date.
    Unknown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum OutcomeKind {
    Eligible,
    OtherRoute,
    NotYet,
    Paused,
    Closed,
    NotStarted,
    NotInScope,
    Unclear,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Outcome {
    pub id: Text,
    pub kind: OutcomeKind,
    pub title: Text,
    pub summary: Text,
    /// The title and summary in the present tense, for when the date checked is today.
    pub title_now: Option<Text>,
    pub summary_now: Option<Text>,
    /// The title and summary for a date after today: what is announced, in the future tense.
    pub title_future: Option<Text>,
    pub summary_future: Option<Text>,
    /// Whom to ask, for outcomes the sources cannot settle.
    pub ask: Option<Text>,
    pub next: List<Sourced>,
    /// What to do or know instead, said of the time checked (on every date but today).
    pub instead: List<Sourced>,
    /// What applies now, in its place when the date checked is today.
    pub instead_now: Option<List<Sourced>>,
    /// What is announced, in its place for a date after today.
    pub instead_future: Option<List<Sourced>>,
    /// Another date worth checking ("Check a date from July 2021"): said before the `instead`
    /// items on a date the user chose, never where a council fixed the date.
    pub other_dates: List<Sourced>,
}

/// A note for the results it is relevant to: outcomes of some kinds, on some dates. For example
/// "taking part was voluntary" belongs with results that say someone could take part, never with
/// "NAAS has closed".
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Note {
    pub id: Text,
    pub text: Text,
    pub sources: List<SourceId>,
    /// The kinds of outcome whose results show this note.
    pub kinds: List<OutcomeKind>,
    /// Outcomes whose results show this note, whatever their kind: for a note that belongs
    /// with some results of a kind and not others.
    pub outcomes: List<OutcomeId>,
    pub dates: NoteDates,
    /// Said under the result's summary (what the result means now), not with the other notes.
    pub lead: bool,
    /// Tells the user to check another date: never shown where a council fixed the date.
    pub other_date: bool,
}

/// On which dates checked a note is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum NoteDates {
    /// Only when the date checked is not today.
    Past,
    /// Only when the date checked is today.
    Now,
    /// Only when the date checked is after today.
    Future,
    Any,
}

impl NoteDates {
    pub const ALL: [NoteDates; 4] = [
        NoteDates::Past,
        NoteDates::Now,
        NoteDates::Future,
        NoteDates::Any,
    ];

    /// The id used in the policy file.
    pub fn id(self) -> &'static str {
        match self {
            NoteDates::Past => "past",
            NoteDates::Now => "now",
            NoteDates::Future => "future",
            NoteDates::Any => "any",
        }
    }

    pub fn from_id(id: &str) -> Option<NoteDates> {
        NoteDates::ALL.into_iter().find(|d| d.id() == id)
    }

    /// Whether a note with these dates shows in this tense.
    pub fn include(self, tense: Tense) -> bool {
        match self {
            NoteDates::Past => tense == Tense::Past,
            NoteDates::Now => tense == Tense::Now,
            NoteDates::Future => tense == Tense::Future,
            NoteDates::Any => true,
        }
    }
}

impl Question {
    /// The title to show: the one for the tense where there is one, else the plain one.
    pub fn title_for(&self, tense: Tense) -> &Text {
        in_tense(tense, &self.title_now, &self.title_future).unwrap_or(&self.title)
    }

    /// The hint to show, chosen as [`Question::title_for`] chooses the title.
    pub fn hint_for(&self, tense: Tense) -> Option<&Text> {
        in_tense(tense, &self.hint_now, &self.hint_future).or(self.hint.as_ref())
    }
}

impl Outcome {
    /// The title to show: the one for the tense where there is one, else the plain one.
    pub fn title_for(&self, tense: Tense) -> &Text {
        in_tense(tense, &self.title_now, &self.title_future).unwrap_or(&self.title)
    }

    /// The summary to show, chosen as [`Outcome::title_for`] chooses the title.
    pub fn summary_for(&self, tense: Tense) -> &Text {
        in_tense(tense, &self.summary_now, &self.summary_future).unwrap_or(&self.summary)
    }

    /// What to do or know instead: what applies now (today) or what is announced (a date to
    /// come) where the outcome says so, else what held at the time checked.
    pub fn instead_for(&self, tense: Tense) -> &[Sourced] {
        match (tense, &self.instead_now, &self.instead_future) {
            (Tense::Now, Some(items), _) | (Tense::Future, _, Some(items)) => items,
            _ => &self.instead,
        }
    }
}

/// The text written for the tense, if there is one: `now` for today, `future` for a later date.
fn in_tense<'t>(tense: Tense, now: &'t Option<Text>, future: &'t Option<Text>) -> Option<&'t Text> {
    match tense {
        Tense::Past => None,
        Tense::Now => now.as_ref(),
        Tense::Future => future.as_ref(),
    }
}

impl OutcomeKind {
    pub const ALL: [OutcomeKind; 8] = [
        OutcomeKind::Eligible,
        OutcomeKind::OtherRoute,
        OutcomeKind::NotYet,
        OutcomeKind::Paused,
        OutcomeKind::Closed,
        OutcomeKind::NotStarted,
        OutcomeKind::NotInScope,
        OutcomeKind::Unclear,
    ];

    /// The id used in the policy file.
    pub fn id(self) -> &'static str {
        match self {
            OutcomeKind::Eligible => "eligible",
            OutcomeKind::OtherRoute => "other-route",
            OutcomeKind::NotYet => "not-yet",
            OutcomeKind::Paused => "paused",
            OutcomeKind::Closed => "closed",
            OutcomeKind::NotStarted => "not-started",
            OutcomeKind::NotInScope => "not-in-scope",
            OutcomeKind::Unclear => "unclear",
        }
    }

    pub fn from_id(id: &str) -> Option<OutcomeKind> {
        OutcomeKind::ALL.into_iter().find(|k| k.id() == id)
    }
}

impl Phase {
    /// Whether a council of this phase had joined NAAS on a date: yes, no (it joined later), or
    /// unclear (the sources do not say when it joined). Where the sources give only the month
    /// the phase began ("2018-07"), every day of that month is unclear: it began on one of them,
    /// and no source says which.
    pub fn joined_on(&self, date: Date) -> Joined {
        let (Some(from), Some(site_from)) = (self.from, self.site_from()) else {
            return match self.unclear_from {
                Some(u) if date < u.date => Joined::Later,
                _ => Joined::Unknown,
            };
        };
        if date >= site_from.date {
            Joined::Yes
        } else if date >= from.date {
            Joined::Unclear
        } else if self.exact || self.unclear_from.is_some_and(|u| date < u.date) {
            Joined::Later
        } else {
            Joined::Unclear
        }
    }

    /// The first day on which the sources show this phase's councils as NAAS sites: `from`, or
    /// for a month alone the first day of the next month (the `{site_from}` placeholder).
    pub fn site_from(&self) -> Option<DateSpec> {
        self.from.map(DateSpec::certain)
    }

    /// The phase as a heading over its councils: "Phase one, from July 2018".
    pub fn heading(&self) -> String {
        match self.joined() {
            Some(joined) => crate::text::capitalise(&format!("{}, {joined}", self.label)),
            None => crate::text::capitalise(&self.label),
        }
    }

    /// When its councils joined: "from July 2018", or "by 7 July 2021" when the sources show
    /// them taking part by then without saying when they joined.
    pub fn joined(&self) -> Option<String> {
        let word = if self.exact { "from" } else { "by" };
        self.from.map(|from| format!("{word} {}", from.long()))
    }
}

impl Span {
    pub fn contains(&self, date: Date) -> bool {
        self.from.is_none_or(|f| date >= f.date) && self.before.is_none_or(|b| date < b.date)
    }

    /// The span as a period on a timeline, as GOV.UK writes dates: "Before July 2018", "From
    /// July 2018 to 16 March 2020", "From March 2022"; a whole month as "June 2021", and a range
    /// within one month as "1 to 13 January 2022".
    ///
    /// ```
    /// use naas_core::{date::DateSpec, policy::Span};
    /// let span = |from, before| Span {
    ///     from: Some(DateSpec::parse(from).unwrap()),
    ///     before: Some(DateSpec::parse(before).unwrap()),
    /// };
    /// assert_eq!(span("2022-01", "2022-01-14").period(), "1 to 13 January 2022");
    /// assert_eq!(span("2021-06", "2021-07-01").period(), "June 2021");
    /// assert_eq!(span("2018-08-01", "2020-03-17").period(), "From 1 August 2018 to 16 March 2020");
    /// ```
    pub fn period(&self) -> String {
        match (self.from, self.before) {
            (None, Some(b)) => format!("Before {}", b.long()),
            (Some(f), Some(b)) => {
                let last = b.date.previous_day();
                if !f.date.same_month(last) {
                    format!("From {} to {}", f.long(), b.previous_long())
                } else if f.date.day() == 1 && b.date == f.date.next_month() {
                    DateSpec {
                        precision: crate::date::Precision::Month,
                        ..f
                    }
                    .long()
                } else {
                    format!("{} to {}", f.date.day(), last.long())
                }
            }
            (Some(f), None) => format!("From {}", f.long()),
            (None, None) => "Always".into(),
        }
    }
}

impl Policy {
    /// Parses and checks a policy written in TOML (native tools and tests).
    #[cfg(feature = "authoring")]
    pub fn from_toml(text: &str) -> Result<Policy, Vec<Problem>> {
        let raw: raw::RawPolicy = toml::from_str(text)
            .map_err(|e| vec![Problem::syntax("policy file", e.to_string())])?;
        Policy::from_raw(raw)
    }

    /// The last date a user may check on `today`: the horizon, or today should it have passed it.
    pub fn last_date(&self, today: Date) -> Date {
        self.meta.horizon.max(today)
    }

    /// Of `sources`, those a page about `as_at` cites: the ones published by then (or showing no
    /// date), and of two versions of one page (the same address), the later of those. All of
    /// them where none is that early, so that a text never loses every source.
    ///
    /// ```
    /// let (policy, _) = naas_core::shipped();
    /// let kss = |id: &str| policy.sources.iter().position(|s| s.id == id).unwrap();
    /// let both = [kss("govuk-kss-2018"), kss("govuk-kss")].map(|i| naas_core::policy::SourceId(i as u16));
    /// let on = |d: &str| policy.of_the_time(&both, naas_core::date::Date::parse(d).unwrap());
    /// assert_eq!(on("2023-05-01"), [both[0]]);
    /// assert_eq!(on("2026-12-07"), [both[1]]);
    /// ```
    pub fn of_the_time(&self, sources: &[SourceId], as_at: Date) -> Vec<SourceId> {
        let published = |s: &SourceId| self.source(*s).published.map(|p| p.date);
        let early: Vec<SourceId> = sources
            .iter()
            .copied()
            .filter(|s| published(s).is_none_or(|p| p <= as_at))
            .collect();
        if early.is_empty() {
            return sources.to_vec();
        }
        early
            .iter()
            .copied()
            .filter(|s| {
                !early.iter().any(|o| {
                    self.source(*o).url == self.source(*s).url && published(o) > published(s)
                })
            })
            .collect()
    }

    /// The most questions any journey asks on `date` (0 where the date decides alone).
    pub fn most_questions_on(&self, date: Date) -> u16 {
        let table = &self.meta.most_questions_on;
        let mut most = table.first().map_or(0, |(_, n)| *n);
        for (from, n) in table.iter() {
            if *from > date {
                break;
            }
            most = *n;
        }
        most
    }

    pub fn question(&self, id: QuestionId) -> &Question {
        &self.questions[id.index()]
    }

    pub fn rule(&self, id: RuleId) -> &Rule {
        &self.rules[id.index()]
    }

    pub fn outcome(&self, id: OutcomeId) -> &Outcome {
        &self.outcomes[id.index()]
    }

    pub fn source(&self, id: SourceId) -> &Source {
        &self.sources[id.index()]
    }

    pub fn council(&self, id: CouncilId) -> &Council {
        &self.councils[id.index()]
    }

    pub fn phase(&self, id: PhaseId) -> &Phase {
        &self.phases[id.index()]
    }

    pub fn question_by_id(&self, id: &str) -> Option<QuestionId> {
        position(&self.questions, |q| q.id == id).map(QuestionId)
    }

    pub fn option_by_id(&self, question: QuestionId, id: &str) -> Option<OptionId> {
        position(&self.question(question).options, |o| o.id == id).map(OptionId)
    }

    pub fn outcome_by_id(&self, id: &str) -> Option<OutcomeId> {
        position(&self.outcomes, |o| o.id == id).map(OutcomeId)
    }

    pub fn question_ids(&self) -> impl Iterator<Item = QuestionId> {
        (0..self.questions.len() as u16).map(QuestionId)
    }

    pub fn option_ids(&self, question: QuestionId) -> impl Iterator<Item = OptionId> {
        (0..self.question(question).options.len() as u16).map(OptionId)
    }

    pub fn rule_ids(&self) -> impl Iterator<Item = RuleId> {
        (0..self.rules.len() as u16).map(RuleId)
    }

    pub fn outcome_ids(&self) -> impl Iterator<Item = OutcomeId> {
        (0..self.outcomes.len() as u16).map(OutcomeId)
    }

    /// The notes to show with an outcome's result: those for its kind, on the dates they are
    /// for (in the tense of the date checked), in the policy's order.
    ///
    /// ```
    /// use naas_core::policy::Tense;
    /// let (policy, _) = naas_core::shipped();
    /// let closed = policy.outcome_by_id("closed").unwrap();
    /// assert!(policy.notes_for(closed, Tense::Past).all(|n| n.id != "voluntary"));
    /// ```
    pub fn notes_for(&self, outcome: OutcomeId, tense: Tense) -> impl Iterator<Item = &Note> {
        let kind = self.outcome(outcome).kind;
        self.notes.iter().filter(move |n| {
            (n.kinds.contains(&kind) || n.outcomes.contains(&outcome)) && n.dates.include(tense)
        })
    }

    pub fn choice(&self, question: QuestionId, option: OptionId) -> &Choice {
        &self.question(question).options[option.index()]
    }

    /// Every date at which some rule, phase, status or regulator changes, in order.
    pub fn boundaries(&self) -> Vec<Date> {
        self.changes().into_iter().map(|d| d.date).collect()
    }

    /// The same dates as [`Policy::boundaries`], each as precisely as the data gives it: "April
    /// 2027" where a month is all the sources give, "1 April 2027" for a day.
    pub fn changes(&self) -> Vec<DateSpec> {
        let mut dates: Vec<DateSpec> = self.change_dates().collect();
        // By date, and where a date is given both ways, the month first: it claims less.
        dates.sort_by_key(|d| (d.date, d.precision == crate::date::Precision::Day));
        dates.dedup_by_key(|d| d.date);
        dates
    }

    /// The dates of [`Policy::changes`] as the data lists them: in no order, some more than
    /// once. For the app, which looks for a change within one month and need not sort them
    /// (a sort is several kilobytes of WebAssembly).
    pub fn change_dates(&self) -> impl Iterator<Item = DateSpec> + '_ {
        let spans =
            self.regulators
                .iter()
                .map(|r| r.span)
                .chain(self.statuses.iter().map(|s| s.span))
                .chain(self.rules.iter().flat_map(|r| r.when.iter()).filter_map(
                    |c| match c.test {
                        Test::Date(span) => Some(span),
                        _ => None,
                    },
                ));
        spans
            .flat_map(|s| [s.from, s.before])
            .flatten()
            .chain(self.phases.iter().filter_map(|p| p.from))
            .chain(self.phases.iter().filter_map(|p| p.site_from()))
            .chain(self.phases.iter().filter_map(|p| p.unclear_from))
    }
}

/// The place of the first item that matches, as an id's number.
pub(crate) fn position<T>(items: &[T], matches: impl Fn(&T) -> bool) -> Option<u16> {
    items.iter().position(matches).map(|i| i as u16)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shipped policy with one more note, shown only on today's date with closed results.
    fn with_a_note_for_today() -> Policy {
        let text = format!(
            "{SHIPPED_TOML}\n[[notes]]\nid = \"today-only\"\ntext = \"Today.\"\nsources = [\"unison-2022-02\"]\nkinds = [\"closed\"]\ndates = \"now\"\n"
        );
        Policy::from_toml(&text).expect("the edited policy is valid")
    }

    fn ids(policy: &Policy, outcome: &str, now: bool) -> Vec<String> {
        let outcome = policy.outcome_by_id(outcome).unwrap();
        let tense = if now { Tense::Now } else { Tense::Past };
        policy
            .notes_for(outcome, tense)
            .map(|n| n.id.to_string())
            .collect()
    }

    #[test]
    fn notes_are_chosen_by_the_outcome_kind_and_whether_the_date_is_today() {
        let policy = with_a_note_for_today();
        assert_eq!(
            ids(&policy, "now-practitioner", true),
            ["keep-your-certificate", "accreditation-now", "today-only"]
        );
        assert_eq!(ids(&policy, "now-practitioner", false), ["closed-then"]);
        // Said only with the results of roles that could have been accredited.
        assert_eq!(ids(&policy, "now-asye", true), ["today-only"]);
        assert_eq!(
            ids(&policy, "now-leader", true),
            ["keep-your-certificate", "accreditation-now", "today-only"]
        );
        assert_eq!(
            ids(&policy, "practitioner", false),
            ["cannot-now", "voluntary", "registration-unaffected"]
        );
        assert_eq!(ids(&policy, "not-in-scope-adult", false), ["ran-until"]);
        assert_eq!(
            ids(&policy, "not-in-scope-adult", true),
            Vec::<String>::new()
        );
    }

    #[test]
    fn a_note_must_name_known_kinds_and_dates() {
        let text = format!(
            "{SHIPPED_TOML}\n[[notes]]\nid = \"bad\"\ntext = \"Bad.\"\nsources = [\"unison-2022-02\"]\nkinds = [\"closed\", \"maybe\"]\ndates = \"soon\"\n"
        );
        let errors: Vec<String> = Policy::from_toml(&text)
            .unwrap_err()
            .iter()
            .map(|e| e.to_string())
            .collect();
        assert!(
            errors
                .iter()
                .any(|e| e.contains("note `bad`") && e.contains("maybe")),
            "{errors:?}"
        );
        assert!(
            errors
                .iter()
                .any(|e| e.contains("note `bad`") && e.contains("soon")),
            "{errors:?}"
        );
    }

    #[test]
    fn present_tense_texts_are_used_only_for_today() {
        let (policy, _) = crate::shipped();
        let role = policy.question(policy.question_by_id("role").unwrap());
        assert_eq!(role.title_for(Tense::Now), "What is your role?");
        assert_eq!(role.title_for(Tense::Past), "What was your role on {date}?");
        assert_eq!(
            role.title_for(Tense::Future),
            "What will your role be on {date}?"
        );
        let closed = policy.outcome(policy.outcome_by_id("now-practitioner").unwrap());
        assert_ne!(
            closed.summary_for(Tense::Now),
            closed.summary_for(Tense::Past)
        );
        assert_ne!(
            closed.summary_for(Tense::Future),
            closed.summary_for(Tense::Now)
        );
        // Without a present-tense text, both dates use the plain one.
        let past = policy.outcome(policy.outcome_by_id("practitioner").unwrap());
        assert_eq!(past.title_for(Tense::Now), past.title_for(Tense::Past));
    }
}
