//! The user's journey as one value (the page, the date to check, the answers, the ratings, where to return), the context it is read in, and every navigation rule.
//!
//! The address parses into a [`Journey`]; every step the user takes is a function from one
//! journey to the next ([`flow`]); and each page reads a [`view::View`] computed from the
//! journey once per navigation. Nothing here touches the browser, so all of it is tested
//! natively, including random sequences of user actions (core/tests/journey.rs).
//!
//! ```
//! use naas_core::date::Date;
//! use naas_core::journey::{Context, Journey, Page, When};
//! let (policy, readiness) = naas_core::shipped();
//! let cx = Context { policy, readiness, today: Date::parse("2026-12-01").unwrap(), fixed: None };
//! // "Start now" asks for the date first; choosing a date in 2019 asks the role next.
//! let date = cx.begin(&Journey::start());
//! assert_eq!(date.page, Page::Date);
//! let role = cx.choose_date(&date, When::On(Date::parse("2019-10-05").unwrap()));
//! assert_eq!(role.page, Page::Question(policy.question_by_id("role").unwrap()));
//! ```

pub mod flow;
pub mod view;

use crate::date::Date;
use crate::engine::{self, Answers, Choices, Replay};
use crate::policy::{OptionId, Policy, QuestionId};
use crate::readiness::{Ratings, Readiness, StatementId};
use crate::typed_date::{self, Entered, InputError};

/// A page of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    Start,
    /// Which date to check the rules for.
    Date,
    /// One eligibility question.
    Question(QuestionId),
    /// Check your answers: each answer with a "Change" link.
    CheckAnswers,
    Result,
    About,
    /// The accessibility statement.
    Accessibility,
    /// The readiness self-assessment: which standard to rate yourself against.
    Standard,
    /// Rate one statement of the standard.
    Rate(StatementId),
    /// The practical checks, as one "select all that apply" question.
    PracticalChecks,
    /// The readiness result: the action plan.
    Plan,
}

/// The date the user chose to check the rules for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    /// Not chosen yet: the date question has not been answered.
    Unset,
    /// Today, whichever day the page is opened on (a saved link keeps meaning "today").
    Today,
    On(Date),
    /// A month given without its day, as its first day. The date question accepts one only
    /// where the rules are the same on every day of it (see
    /// [`Context::changes_within`]), so any of its days would give the same answer.
    InMonth(Date),
}

/// Where a page sends the user once its answer is given, when it was reached by "Change".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Return {
    /// Nowhere special: the next page in order.
    Onward,
    /// Back to check your answers (an eligibility answer was changed from there).
    CheckAnswers,
    /// Back to the action plan (a readiness answer was changed from there).
    Plan,
}

/// Everything the user has said, and where they are: the one value an address stands for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Journey {
    pub page: Page,
    pub when: When,
    /// The eligibility answers the user gave for the questions as they are now worded.
    pub chosen: Choices,
    /// Earlier answers to questions whose wording has changed since they were given (after a
    /// change of date, or of an answer the wording depends on). They are not answers: the
    /// question is asked again with this choice already selected, so one click confirms it.
    pub to_confirm: Choices,
    /// Answers the date checked does not need, set aside when the date changed, each with the
    /// date it was given for: listed on check your answers as not needed for this date, and
    /// used again when a date makes its question read as it did then (never preselected for a
    /// question that now asks about something else).
    pub kept: Vec<Kept>,
    /// The readiness self-assessment's answers.
    pub ratings: Ratings,
    pub back_to: Return,
}

/// An answer set aside because the date checked does not need it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Kept {
    pub question: QuestionId,
    pub option: OptionId,
    /// The date the answer was given for, as it was chosen: today, a day, or a month.
    pub given_for: When,
}

/// What a journey is read against: the data, today's date, and a council's fixed date.
#[derive(Clone, Copy, Debug)]
pub struct Context<'a> {
    pub policy: &'a Policy,
    pub readiness: &'a Readiness,
    /// The browser's date.
    pub today: Date,
    /// A date the council fixed in its settings (`asAt`): the date question is then not asked,
    /// and a date in a link does not apply.
    pub fixed: Option<Date>,
}

impl Journey {
    /// The start page, with nothing answered.
    pub fn start() -> Journey {
        Journey::at(Page::Start)
    }

    /// A page with nothing answered.
    pub fn at(page: Page) -> Journey {
        Journey {
            page,
            when: When::Unset,
            chosen: Choices::new(),
            to_confirm: Choices::new(),
            kept: Vec::new(),
            ratings: Ratings::default(),
            back_to: Return::Onward,
        }
    }

    /// Sets an answer aside (see [`Journey::kept`]), in question order, in place of any other
    /// set aside for the same question.
    pub fn set_aside(&mut self, kept: Kept) {
        self.kept.retain(|k| k.question != kept.question);
        let at = self
            .kept
            .iter()
            .position(|k| k.question > kept.question)
            .unwrap_or(self.kept.len());
        self.kept.insert(at, kept);
    }

    /// The same answers on another page, going onward from there.
    pub fn to(&self, page: Page) -> Journey {
        Journey {
            page,
            back_to: Return::Onward,
            ..self.clone()
        }
    }
}

impl Context<'_> {
    /// The last date a user may check: the data's horizon (how far what is announced reaches),
    /// or today, should today have passed it.
    pub fn last_date(&self) -> Date {
        self.policy.last_date(self.today)
    }

    /// The date the rules are checked for: the council's fixed date, else the date chosen, else
    /// today (so the start page can say what holds now).
    pub fn date(&self, when: When) -> Date {
        match (self.fixed, when) {
            (Some(fixed), _) => fixed,
            (None, When::On(date) | When::InMonth(date)) => date,
            (None, _) => self.today,
        }
    }

    /// Whether the date is settled: chosen by the user or fixed by the council. A month alone
    /// (from a link) is not, once the rules have changed within it: the day is needed then.
    pub fn date_known(&self, when: When) -> bool {
        match when {
            _ if self.fixed.is_some() => true,
            When::Unset => false,
            When::InMonth(first) => self.changes_within(first).is_empty(),
            When::Today | When::On(_) => true,
        }
    }

    /// The answer to the date question, from the date input as typed: a date up to the last
    /// date the checker can check ([`Context::last_date`]), or a month without a day where the
    /// rules are the same on every day of it. Else what is wrong, naming the field to fix: a
    /// date past the last is refused, and a month within
    /// which the rules changed asks for the day.
    pub fn typed_when(&self, day: &str, month: &str, year: &str) -> Result<When, InputError> {
        let entered = typed_date::read(day, month, year)?;
        if entered.date() > self.last_date() {
            return Err(InputError::AfterLast(self.last_date()));
        }
        match entered {
            Entered::Day(date) => Ok(When::On(date)),
            Entered::Month(first) => match self.changes_within(first) {
                changes if changes.is_empty() => Ok(When::InMonth(first)),
                changes => Err(InputError::DayNeeded {
                    month: first,
                    changes,
                }),
            },
        }
    }

    /// The days of the month starting on `first`, after the first and up to the last date the
    /// checker can check, on which
    /// the policy changes: the answer for that month depends on the day exactly when there are
    /// some. (A change on the first applies to the whole month.)
    pub fn changes_within(&self, first: Date) -> Vec<Date> {
        let month = (first.year(), first.month());
        let mut within = Vec::new();
        for change in self.policy.change_dates() {
            let d = change.date;
            if (d.year(), d.month()) == month && d.day() > 1 && d <= self.last_date() {
                crate::map::insert_sorted(&mut within, d);
            }
        }
        within
    }

    /// The confirmed answers on the date the journey checks.
    pub fn answers(&self, journey: &Journey) -> Answers {
        Answers {
            date: self.date(journey.when),
            chosen: journey.chosen.clone(),
            whole_month: self.fixed.is_none() && matches!(journey.when, When::InMonth(_)),
        }
    }

    /// Where the confirmed answers lead: the questions answered on the way and the next step.
    pub fn replay(&self, journey: &Journey) -> Replay {
        engine::replay(self.policy, &self.answers(journey))
    }

    /// Where the answers would lead if every answer waiting to be confirmed were confirmed as
    /// it stands: the way the user is on, used for the order of pages and the back link.
    pub fn projected(&self, journey: &Journey) -> Replay {
        let mut answers = self.answers(journey);
        for (q, o) in journey.to_confirm.iter() {
            answers.set(q, o);
        }
        engine::replay(self.policy, &answers)
    }
}
