//! The readiness self-assessment: the post-qualifying standards as content, and the pure plan made from a user's ratings.
//!
//! Like the policy, the content is data (`readiness.toml`), checked at build time and compiled
//! in; its sources are the policy's sources, named by id. Nothing here touches the browser.

pub mod export;
#[cfg(feature = "authoring")]
pub mod raw;
// Content is checked at build time and by native tools; the app only reads the checked data.
#[cfg(feature = "authoring")]
mod validate;

use serde::Serialize;

use crate::date::{Date, DateSpec};
use crate::map::SortedMap;
use crate::policy::{id_type, position, List, OptionId, QuestionId, SourceId, Sourced, Text};

/// The readiness content as written, for native tools and tests.
pub const SHIPPED_TOML: &str = include_str!("readiness.toml");

id_type! {
    /// A set of statements (practitioners, practice supervisors, practice leaders).
    SetId,
    /// One statement.
    StatementId,
    /// A point on the rating scale.
    LevelId,
    /// A practical check.
    CheckId,
}

/// The checked readiness content.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Readiness {
    /// The eligibility question whose options the sets' `roles` name.
    pub role_question: Option<QuestionId>,
    pub scale: List<Level>,
    pub sets: List<StatementSet>,
    pub statements: List<Statement>,
    pub checks: List<Check>,
    pub assessment: List<Fact>,
    pub support: List<Fact>,
    /// Said with the practical checks and with what the assessment involved: they describe
    /// NAAS as it ran, and none of it can be done now.
    pub naas_closed: Sourced,
    /// The first day after NAAS ran (the end of the policy's timeline period `naas_period`):
    /// before it the self-assessment prepares for NAAS as it was; from it, it is a development
    /// self-assessment for supervision and CPD, with no practical checks.
    pub naas_ended: Date,
    /// Said to roles no set lists (adult services, students, another role).
    pub not_covered: Sourced,
    /// Social Work England's CPD for registration renewal, for the plan after NAAS.
    pub cpd: Cpd,
}

/// Social Work England's continuing professional development for registration renewal, as
/// reported on a date: the record's prompts and the rules (dated, since the model is due for
/// consultation).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Cpd {
    /// When the facts were reported (their source's date).
    pub as_of: DateSpec,
    /// The record's prompts, in order: each CPD entry in the plan gives them to fill in.
    pub prompts: List<Text>,
    pub prompt_sources: List<SourceId>,
    /// The rules: how many pieces, the peer reflection, the renewal window, the consultation.
    pub rules: List<Fact>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Level {
    pub id: Text,
    pub label: Text,
    pub hint: Text,
    /// Statements rated at this level go into the action plan.
    pub develop: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StatementSet {
    pub id: Text,
    /// Whom the set is for, as a short name ("Practice supervisors"), for captions.
    pub name: Text,
    /// The set as an answer to "which standard": its name and how many statements it has.
    pub label: Text,
    pub title: Text,
    /// Whether NAAS had an assessment against this set.
    pub assessed: bool,
    /// The day it applies from, where it was added after NAAS (the early career standards);
    /// None where it applied before any date the checker checks.
    pub from: Option<DateSpec>,
    /// The options of the role question (`role_question`) that use this set.
    pub roles: List<OptionId>,
    pub note: Text,
    pub sources: List<SourceId>,
    /// One note for the whole set: the headings are DfE's, the summaries our own, and where
    /// the official statements are. Shown once per set, never per heading.
    pub headings_note: Sourced,
    /// When another standard takes this set's place, if that is announced; None while it is
    /// in use with no end date announced.
    pub replaced: Option<Replaced>,
}

/// Another standard takes a set's place from a date.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Replaced {
    pub from: DateSpec,
    /// When the change was announced.
    pub announced: DateSpec,
    /// What applies from then, with its sources.
    pub by: Sourced,
    /// The same, said before it applies.
    pub by_future: Text,
}

impl Replaced {
    /// What to say of the change for `date` read on `today`: nothing before it was announced
    /// (as at the date, or today for a later date), in the future tense until it applies both on
    /// the date and today, and in the present once it does.
    pub fn note_on(&self, date: Date, today: Date) -> Option<&str> {
        if self.announced.date > date.min(today) {
            None
        } else if date < self.from.date || today < self.from.date {
            Some(&self.by_future)
        } else {
            Some(&self.by.text)
        }
    }
}

impl StatementSet {
    /// Whether this set is the standard in use on a date (it has not been replaced by then).
    pub fn applies_on(&self, date: Date) -> bool {
        self.from.is_none_or(|f| f.date <= date)
            && self.replaced.as_ref().is_none_or(|r| date < r.from.date)
    }

    /// Whether another standard had taken this set's place by a date: it is then offered only
    /// as the standard used until then, for reference.
    pub fn replaced_by(&self, date: Date) -> Option<&Replaced> {
        self.replaced.as_ref().filter(|r| r.from.date <= date)
    }
}

/// How sure the sources make us of a statement's heading and number. For maintainers (the
/// policy tool counts them): users see one note per set instead.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum HeadingStatus {
    Confirmed,
    NumberUnconfirmed,
    Unconfirmed,
}

impl HeadingStatus {
    pub const ALL: [HeadingStatus; 3] = [
        HeadingStatus::Confirmed,
        HeadingStatus::NumberUnconfirmed,
        HeadingStatus::Unconfirmed,
    ];

    /// The id used in the readiness file.
    pub fn id(self) -> &'static str {
        match self {
            HeadingStatus::Confirmed => "confirmed",
            HeadingStatus::NumberUnconfirmed => "number-unconfirmed",
            HeadingStatus::Unconfirmed => "unconfirmed",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Statement {
    pub id: Text,
    pub set: SetId,
    pub number: u8,
    pub heading: Text,
    pub status: HeadingStatus,
    pub status_sources: List<SourceId>,
    pub summary: Text,
    pub guidance: List<Sourced>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Check {
    pub id: Text,
    pub label: Text,
    pub advice: Text,
    pub sources: List<SourceId>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Fact {
    pub id: Text,
    pub heading: Option<Text>,
    pub text: Text,
    pub sources: List<SourceId>,
}

/// A user's readiness answers: the set, a level per statement, and the checks done (None until
/// the checks question is answered; empty when none are done).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Ratings {
    pub set: Option<SetId>,
    pub levels: SortedMap<StatementId, LevelId>,
    pub done: Option<Vec<CheckId>>,
}

/// What the ratings say: strengths, areas to develop (with their level), and checks not done.
/// It is a profile, never a score or a prediction of passing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    pub strengths: Vec<StatementId>,
    pub develop: Vec<(StatementId, LevelId)>,
    pub checks_to_do: Vec<CheckId>,
}

/// What the readiness questions ask next.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Next {
    /// Which set of statements to use.
    Set,
    Rate(StatementId),
    Checks,
    /// Everything is answered: show the plan.
    Done,
}

impl Readiness {
    /// Parses and checks content written in TOML against the policy whose sources it names.
    #[cfg(feature = "authoring")]
    pub fn from_toml(
        text: &str,
        policy: &crate::policy::Policy,
    ) -> Result<Readiness, Vec<crate::problem::Problem>> {
        let raw: raw::RawReadiness = toml::from_str(text).map_err(|e| {
            vec![crate::problem::Problem::syntax(
                "readiness file",
                e.to_string(),
            )]
        })?;
        validate::build(raw, policy)
    }

    pub fn set(&self, id: SetId) -> &StatementSet {
        &self.sets[id.index()]
    }

    pub fn statement(&self, id: StatementId) -> &Statement {
        &self.statements[id.index()]
    }

    pub fn level(&self, id: LevelId) -> &Level {
        &self.scale[id.index()]
    }

    pub fn check(&self, id: CheckId) -> &Check {
        &self.checks[id.index()]
    }

    pub fn set_by_id(&self, id: &str) -> Option<SetId> {
        position(&self.sets, |s| s.id == id).map(SetId)
    }

    pub fn statement_by_id(&self, id: &str) -> Option<StatementId> {
        position(&self.statements, |s| s.id == id).map(StatementId)
    }

    pub fn level_by_id(&self, id: &str) -> Option<LevelId> {
        position(&self.scale, |l| l.id == id).map(LevelId)
    }

    pub fn check_by_id(&self, id: &str) -> Option<CheckId> {
        position(&self.checks, |c| c.id == id).map(CheckId)
    }

    pub fn set_ids(&self) -> impl Iterator<Item = SetId> {
        (0..self.sets.len() as u16).map(SetId)
    }

    pub fn check_ids(&self) -> impl Iterator<Item = CheckId> {
        (0..self.checks.len() as u16).map(CheckId)
    }

    /// The statements of a set, in number order.
    pub fn statements_of(&self, set: SetId) -> impl Iterator<Item = StatementId> + '_ {
        (0..self.statements.len() as u16)
            .map(StatementId)
            .filter(move |s| self.statement(*s).set == set)
    }

    /// Whether any set is for this answer to the role question: the self-assessment holds the
    /// child and family statements only, and says so to other roles.
    pub fn covers_role(&self, role: OptionId) -> bool {
        self.set_ids().any(|s| self.set(s).roles.contains(&role))
    }

    /// The set for a role that is the standard in use on a date: None when the role has no set,
    /// or its set has been replaced by then and the data holds no set in its place (see
    /// [`StatementSet::replaced`] for what replaced it).
    pub fn set_in_use(&self, role: OptionId, date: Date) -> Option<SetId> {
        self.set_ids().find(|s| {
            let set = self.set(*s);
            set.roles.contains(&role) && set.applies_on(date)
        })
    }

    /// The role's set that another standard had replaced by the date, if any: offered for
    /// reference only.
    pub fn set_replaced_for(&self, role: OptionId, date: Date) -> Option<SetId> {
        self.set_ids().find(|s| {
            let set = self.set(*s);
            set.roles.contains(&role) && set.replaced_by(date).is_some()
        })
    }

    /// The sets offered on a date, in file order: those that apply, then those replaced by then
    /// (for reference). A set not yet in force on the date is not offered.
    pub fn sets_offered(&self, date: Date) -> Vec<SetId> {
        let (applying, replaced): (Vec<SetId>, Vec<SetId>) = self
            .set_ids()
            .filter(|s| self.set(*s).from.is_none_or(|f| f.date <= date))
            .partition(|s| self.set(*s).applies_on(date));
        applying.into_iter().chain(replaced).collect()
    }

    /// Whether NAAS was still running (or yet to run) on a date, so the self-assessment is the
    /// preparation for it as it was.
    pub fn during_naas(&self, date: Date) -> bool {
        date < self.naas_ended
    }

    /// Whether the practical checks are asked for a set on a date: only for a standard NAAS
    /// assessed, and only on a date while NAAS ran.
    pub fn asks_checks(&self, set: SetId, date: Date) -> bool {
        self.set(set).assessed && self.during_naas(date)
    }

    /// How many statements have each heading status, in [`HeadingStatus::ALL`] order.
    pub fn heading_counts(&self) -> [(HeadingStatus, usize); 3] {
        HeadingStatus::ALL.map(|status| {
            let n = self
                .statements
                .iter()
                .filter(|s| s.status == status)
                .count();
            (status, n)
        })
    }

    /// The next readiness question for these ratings, on a date.
    pub fn next(&self, ratings: &Ratings, date: Date) -> Next {
        let Some(set) = ratings.set else {
            return Next::Set;
        };
        if let Some(s) = self
            .statements_of(set)
            .find(|s| !ratings.levels.contains_key(s))
        {
            return Next::Rate(s);
        }
        // The practical checks were steps before a NAAS assessment: asked only for a standard
        // that was assessed, on a date while NAAS ran.
        if ratings.done.is_none() && self.asks_checks(set, date) {
            return Next::Checks;
        }
        Next::Done
    }

    /// The plan for a set's ratings: statements rated at a level marked `develop` are areas to
    /// develop, the rest strengths; unrated statements are left out. Checks not done are listed
    /// only where the checks were answered (on a date while NAAS ran).
    pub fn plan(&self, ratings: &Ratings) -> Plan {
        let mut plan = Plan {
            strengths: Vec::new(),
            develop: Vec::new(),
            checks_to_do: Vec::new(),
        };
        if let Some(set) = ratings.set {
            for s in self.statements_of(set) {
                match ratings.levels.get(&s) {
                    Some(l) if self.level(*l).develop => plan.develop.push((s, *l)),
                    Some(_) => plan.strengths.push(s),
                    None => {}
                }
            }
        }
        if let Some(done) = ratings.done.as_deref() {
            plan.checks_to_do = self.check_ids().filter(|c| !done.contains(c)).collect();
        }
        plan
    }
}
