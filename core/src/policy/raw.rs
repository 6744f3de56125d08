//! The policy file exactly as written: plain serde structs with string ids, not yet checked.

use serde::Deserialize;

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
pub struct RawPolicy {
    pub meta: RawMeta,
    #[serde(default)]
    pub sources: Vec<RawSource>,
    #[serde(default)]
    pub regulators: Vec<RawRegulator>,
    #[serde(default)]
    pub statuses: Vec<RawStatus>,
    #[serde(default)]
    pub phases: Vec<RawPhase>,
    #[serde(default)]
    pub councils: Vec<RawCouncil>,
    #[serde(default)]
    pub questions: Vec<RawQuestion>,
    #[serde(default)]
    pub rules: Vec<RawRule>,
    #[serde(default)]
    pub outcomes: Vec<RawOutcome>,
    #[serde(default)]
    pub notes: Vec<RawNote>,
    #[serde(default)]
    pub timeline: Vec<RawPeriod>,
}

/// One standard, programme or assessment on the timeline of what applied when.
#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
pub struct RawPeriod {
    pub id: String,
    /// "standard", "programme" or "assessment".
    pub kind: String,
    pub name: String,
    /// Whom it is for.
    pub scope: String,
    #[serde(default)]
    pub from: Option<String>,
    #[serde(default)]
    pub before: Option<String>,
    /// When its dates were announced, if after it began: a result for an earlier date does not
    /// show a period its sources had not yet announced.
    #[serde(default)]
    pub announced: Option<String>,
    /// When its end was announced, if after it began: a result for an earlier date shows it
    /// with no end.
    #[serde(default)]
    pub end_announced: Option<String>,
    #[serde(default)]
    pub sources: Vec<String>,
}

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
pub struct RawMeta {
    pub title: String,
    pub version: String,
    pub compiled: String,
    /// When the rules were last checked against their sources (YYYY-MM-DD).
    pub checked: String,
    #[serde(default)]
    pub brief: Option<String>,
    /// The last date a user may check (YYYY-MM-DD): what is announced reaches this far.
    pub horizon: String,
}

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    pub id: String,
    pub title: String,
    pub publisher: String,
    pub date: String,
    /// When it was published (or updated, for the version quoted): "YYYY-MM-DD", "YYYY-MM",
    /// or "unknown" where the page shows no date.
    pub published: String,
    pub url: String,
}

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
pub struct RawRegulator {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub from: Option<String>,
    #[serde(default)]
    pub before: Option<String>,
    #[serde(default)]
    pub sources: Vec<String>,
}

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
pub struct RawStatus {
    pub id: String,
    #[serde(default)]
    pub from: Option<String>,
    #[serde(default)]
    pub before: Option<String>,
    pub text: String,
    #[serde(default)]
    pub sources: Vec<String>,
}

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
pub struct RawPhase {
    pub id: String,
    pub label: String,
    /// None where no source gives when, or by when, the phase's councils joined.
    #[serde(default)]
    pub from: Option<String>,
    pub exact: bool,
    /// For a phase whose join date is not exact: the date from which joining is unclear; before
    /// it, its councils had not joined yet.
    #[serde(default)]
    pub unclear_from: Option<String>,
    #[serde(default)]
    pub note: Option<String>,
    #[serde(default)]
    pub sources: Vec<String>,
}

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
pub struct RawCouncil {
    pub id: String,
    pub name: String,
    pub phase: String,
}

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
pub struct RawQuestion {
    pub id: String,
    pub title: String,
    /// The title when the date checked is today (present tense); `title` otherwise.
    #[serde(default)]
    pub title_now: Option<String>,
    /// The title for a date after today (future tense).
    #[serde(default)]
    pub title_future: Option<String>,
    pub summary: String,
    /// The error message when nothing is chosen, as GOV.UK words them ("Select ...").
    pub error: String,
    #[serde(default)]
    pub hint: Option<String>,
    #[serde(default)]
    pub hint_now: Option<String>,
    #[serde(default)]
    pub hint_future: Option<String>,
    #[serde(default)]
    pub options_from_councils: bool,
    #[serde(default)]
    pub options: Vec<RawOption>,
}

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
pub struct RawOption {
    pub id: String,
    pub label: String,
    #[serde(default)]
    pub hint: Option<String>,
}

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
pub struct RawRule {
    pub id: String,
    pub outcome: String,
    #[serde(default)]
    pub when: Vec<RawCondition>,
}

/// One condition of a rule. Exactly one of: `answer` with `is`; `from` and/or `before`; `council`.
#[derive(Deserialize, Debug, Clone, Default)]
#[serde(deny_unknown_fields)]
pub struct RawCondition {
    #[serde(default)]
    pub answer: Option<String>,
    #[serde(default)]
    pub is: Vec<String>,
    #[serde(default)]
    pub from: Option<String>,
    #[serde(default)]
    pub before: Option<String>,
    #[serde(default)]
    pub council: Option<String>,
    #[serde(default)]
    pub because: Option<String>,
    #[serde(default)]
    pub sources: Vec<String>,
    /// The reason quotes a source published after some of the dates it is shown for, and says
    /// so in its words ("GOV.UK said in February 2026 that ..."): the audit allows it then.
    #[serde(default)]
    pub quotes_later: bool,
}

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
pub struct RawOutcome {
    pub id: String,
    pub kind: String,
    pub title: String,
    pub summary: String,
    /// The title and summary when the date checked is today; `title` and `summary` otherwise.
    #[serde(default)]
    pub title_now: Option<String>,
    #[serde(default)]
    pub summary_now: Option<String>,
    /// The title and summary for a date after today: what is announced, in the future tense.
    #[serde(default)]
    pub title_future: Option<String>,
    #[serde(default)]
    pub summary_future: Option<String>,
    #[serde(default)]
    pub ask: Option<String>,
    #[serde(default)]
    pub next: Vec<RawSourced>,
    #[serde(default)]
    pub instead: Vec<RawSourced>,
    /// What applies now, said in place of `instead` when the date checked is today.
    #[serde(default)]
    pub instead_now: Option<Vec<RawSourced>>,
    /// What is announced, said in place of `instead` for a date after today.
    #[serde(default)]
    pub instead_future: Option<Vec<RawSourced>>,
    /// Another date worth checking, said before `instead` unless a council fixed the date.
    #[serde(default)]
    pub other_dates: Vec<RawSourced>,
}

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
pub struct RawSourced {
    #[serde(default)]
    pub id: Option<String>,
    pub text: String,
    #[serde(default)]
    pub sources: Vec<String>,
}

/// A note shown with the results it is relevant to: outcomes of these kinds, on these dates.
#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
pub struct RawNote {
    pub id: String,
    pub text: String,
    #[serde(default)]
    pub sources: Vec<String>,
    /// The outcome kinds whose results show the note.
    #[serde(default)]
    pub kinds: Vec<String>,
    /// Outcomes whose results show the note, whatever their kind.
    #[serde(default)]
    pub outcomes: Vec<String>,
    /// "past" (before today), "now" (today), "future" (after today) or "any".
    #[serde(default)]
    pub dates: Option<String>,
    /// Said under the result's summary rather than with the other notes further down.
    #[serde(default)]
    pub lead: bool,
    /// Tells the user to check another date: not shown where a council fixed the date.
    #[serde(default)]
    pub other_date: bool,
}
