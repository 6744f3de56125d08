//! The view model: everything a page shows, computed from the journey once per navigation, so that pages only read it and never replay the answers themselves.

use crate::date::Date;
use crate::engine::{self, Decision, Facts, Reason};
use crate::journey::{Context, Journey, Page, When};
use crate::policy::{
    Dated, OptionId, Outcome, Period, Policy, QuestionId, SourceId, Sourced, Span, Tense,
};
use crate::readiness::{CheckId, LevelId, Plan, Readiness, SetId, StatementId};

/// What the current page shows.
#[derive(Clone, Debug, PartialEq)]
pub struct View<'a> {
    pub policy: &'a Policy,
    pub readiness: &'a Readiness,
    /// The journey this view shows, as settled.
    pub journey: Journey,
    /// The date the rules are checked for: the council's fixed date, the date chosen, or today
    /// until one is chosen.
    pub date: Date,
    pub today: Date,
    /// How the pages speak of the date checked: of that time, of now, or of what is announced.
    pub tense: Tense,
    /// The date checked as the pages write it: "5 October 2019", or "June 2021" for a month
    /// given without its day.
    pub date_label: String,
    /// Whether the council fixed the date, so that it is not asked and cannot be changed.
    pub date_fixed: bool,
    /// NAAS's status on the date checked.
    pub status: Option<&'a Dated<Sourced>>,
    /// NAAS's status today, when it differs from the status on the date checked, so that a
    /// past date is never read as what holds now.
    pub status_today: Option<&'a Dated<Sourced>>,
    /// The standards, programmes and assessment over time, with where the date checked falls
    /// in each: on the result and About pages only (empty elsewhere).
    pub timeline: Vec<TimelineRow<'a>>,
    /// Where the back link goes, on pages that have one.
    pub back: Option<String>,
    pub links: Links,
    pub screen: Screen<'a>,
}

impl View<'_> {
    /// Whether the date checked is today, so the pages speak in the present tense.
    pub fn now(&self) -> bool {
        self.tense == Tense::Now
    }

    /// The year of the last date the checker can check: the timeline is drawn up to its end.
    pub fn last_year(&self) -> u32 {
        self.policy.last_date(self.today).year()
    }
}

/// One period of the timeline, as a result for the date checked shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineRow<'a> {
    pub period: &'a Period,
    /// Its dates as known on the date checked (an end announced later is left out).
    pub span: Span,
    /// "From 19 November 2015 to 31 March 2027", as GOV.UK writes dates.
    pub when: String,
    pub relation: Relation,
    /// Its sources published by the date checked (by today, for today and later): a result
    /// cites the sources of its time. All of them where none gives a date that early.
    pub sources: Vec<SourceId>,
}

/// Where the date checked falls against a period.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Relation {
    Ended,
    InForce,
    ToCome,
}

/// Addresses every page may link to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Links {
    /// The start page, keeping the answers.
    pub start: String,
    /// The about page, keeping the answers.
    pub about: String,
    /// The accessibility statement, keeping the answers.
    pub accessibility: String,
    /// "Start now": the date question, or the first question when the date is fixed.
    pub begin: String,
    /// The readiness self-assessment, keeping the answers.
    pub readiness: String,
    /// "Start again": on the self-assessment's pages, the choice of standard with no ratings
    /// (the eligibility answers kept); elsewhere the first question with nothing answered.
    pub start_again: String,
}

/// What is particular to each page.
#[derive(Clone, Debug, PartialEq)]
pub enum Screen<'a> {
    Start {
        /// The most questions any journey asks, the date question included when it is asked;
        /// none where a council's fixed date decides the answer by itself.
        questions: usize,
    },
    Date {
        when: When,
    },
    Question(Asked),
    CheckAnswers {
        rows: Vec<Row>,
        result: String,
        /// Answers the date checked does not need, kept in case it changes back: each with the
        /// date it was given for.
        not_needed: Vec<Row>,
    },
    Result(Box<Verdict<'a>>),
    About,
    Accessibility,
    Standard {
        /// The standard chosen, or suggested by the role given in the eligibility questions.
        selected: Option<SetId>,
        /// The standards offered on the date: those in force, then those replaced by then (for
        /// reference only).
        offered: Vec<SetId>,
        /// The role's standard, where another had taken its place by the date and the data
        /// holds no set for that one: the page says what applies instead.
        replaced: Option<SetId>,
        /// The role given has no set (adult services, students, another role): the page says
        /// the self-assessment covers the child and family statements only.
        not_covered: bool,
    },
    Rate {
        statement: StatementId,
        /// Its place in its standard, from 1, and how many statements the standard has.
        number: usize,
        of: usize,
        selected: Option<LevelId>,
    },
    PracticalChecks {
        done: Option<Vec<CheckId>>,
    },
    Plan(Box<PlanView>),
}

/// A question as asked: its wording filled in for the date and the answers so far.
#[derive(Clone, Debug, PartialEq)]
pub struct Asked {
    pub question: QuestionId,
    pub title: String,
    pub hint: Option<String>,
    pub options: Vec<Offered>,
    /// The option shown selected: the answer given, or the earlier one awaiting confirmation.
    pub selected: Option<OptionId>,
    /// The question is asked again because its wording changed since it was answered.
    pub confirming: bool,
    /// On the page after the date question, when the user gave a month without its day: which
    /// day the checker uses, and why that is safe.
    pub month_only: Option<String>,
}

/// One option of a question, filled in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Offered {
    pub option: OptionId,
    pub label: String,
    pub hint: Option<String>,
    /// For a council: the phase it joined in, which the question shows once over its councils.
    pub group: Option<String>,
}

/// One row of a summary list: check your answers, the result's answers, the plan's ratings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub key: String,
    pub value: String,
    /// Where "Change" goes, if the row can be changed.
    pub change: Option<String>,
}

/// The result page.
#[derive(Clone, Debug, PartialEq)]
pub struct Verdict<'a> {
    /// None when the rules decide nothing for these answers (the audit keeps this from happening).
    pub outcome: Option<&'a Outcome>,
    pub title: String,
    pub summary: String,
    pub ask: Option<String>,
    /// The rules that decided, each with its sources.
    pub reasons: Vec<Reason>,
    pub next: Vec<Item<'a>>,
    pub instead: Vec<Item<'a>>,
    /// Notes said under the summary: what the result means now.
    pub lead_notes: Vec<Item<'a>>,
    /// The other notes relevant to this result.
    pub notes: Vec<Item<'a>>,
    pub rows: Vec<Row>,
    /// Check your answers, to change them.
    pub change: String,
    /// The standard the user's role rates against on the date checked, if there is one in use.
    pub standard: Option<SetId>,
    /// The role given has no set: the result says the self-assessment does not cover it.
    pub not_covered: bool,
    /// The role's standard where another had replaced it by the date (and the data holds no
    /// set for that one): offered for reference only.
    pub reference: Option<SetId>,
}

/// A sourced text, filled in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item<'a> {
    pub text: String,
    pub sources: &'a [SourceId],
}

/// The readiness plan page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanView {
    pub set: SetId,
    pub plan: Plan,
    /// The standard, each rating and the practical checks, each with its "Change" link.
    pub rows: Vec<Row>,
}

impl<'a> Context<'a> {
    /// The view of a journey, settled first: the one computation each navigation makes.
    pub fn view(&self, journey: Journey) -> View<'a> {
        let journey = self.settle(journey);
        let date = self.date(journey.when);
        let status = engine::status_at(self.policy, date);
        let now = engine::status_at(self.policy, self.today);
        let status_today = now.filter(|n| status.is_none_or(|s| s.id != n.id));
        let back = match journey.page {
            Page::Start => None,
            _ => Some(self.href(&self.back(&journey))),
        };
        let links = Links {
            start: self.href(&journey.to(Page::Start)),
            about: self.href(&journey.to(Page::About)),
            accessibility: self.href(&journey.to(Page::Accessibility)),
            begin: self.href(&self.begin(&journey)),
            readiness: self.href(&journey.to(Page::Standard)),
            start_again: match journey.page {
                Page::Standard | Page::Rate(_) | Page::PracticalChecks | Page::Plan => {
                    self.href(&self.start_readiness_again(&journey))
                }
                _ => self.href(&self.start_again()),
            },
        };
        let screen = self.screen(&journey, date);
        let date_label = match journey.when {
            When::InMonth(first) if self.fixed.is_none() => first.month_long(),
            _ => date.long(),
        };
        let timeline = match journey.page {
            Page::Result | Page::About => self.timeline(date),
            _ => Vec::new(),
        };
        View {
            timeline,
            policy: self.policy,
            readiness: self.readiness,
            journey,
            date,
            today: self.today,
            tense: Tense::of(date, self.today),
            date_label,
            date_fixed: self.fixed.is_some(),
            status,
            status_today,
            back,
            links,
            screen,
        }
    }

    /// The timeline as a result for `date` shows it: the periods its sources had announced by
    /// then (by today, for today and later), each placed against the date.
    pub fn timeline(&self, date: Date) -> Vec<TimelineRow<'a>> {
        self.policy
            .timeline
            .iter()
            .filter(|p| p.known_on(date, self.today))
            .map(|period| {
                let span = period.span_known_on(date, self.today);
                let relation = if span.before.is_some_and(|b| date >= b.date) {
                    Relation::Ended
                } else if span.from.is_some_and(|f| date < f.date) {
                    Relation::ToCome
                } else {
                    Relation::InForce
                };
                TimelineRow {
                    period,
                    span,
                    when: span.period(),
                    relation,
                    sources: self
                        .policy
                        .of_the_time(&period.sources, date.min(self.today)),
                }
            })
            .collect()
    }

    fn screen(&self, journey: &Journey, date: Date) -> Screen<'a> {
        let policy = self.policy;
        match journey.page {
            Page::Start => Screen::Start {
                questions: match self.fixed {
                    // A council's date asks what that date asks (none where it decides alone).
                    Some(fixed) => usize::from(policy.most_questions_on(fixed)),
                    None => usize::from(policy.meta.most_questions) + 1,
                },
            },
            Page::Date => Screen::Date { when: journey.when },
            Page::Question(q) => {
                let facts = self.way_facts(journey);
                let fill = |text: &str| facts.fill(text);
                let question = policy.question(q);
                let tense = self.tense(journey);
                let confirming = journey.to_confirm.contains(q);
                Screen::Question(Asked {
                    question: q,
                    title: fill(question.title_for(tense)),
                    hint: question.hint_for(tense).map(|h| fill(h)),
                    options: policy
                        .option_ids(q)
                        .map(|o| {
                            let choice = policy.choice(q, o);
                            Offered {
                                option: o,
                                label: fill(&choice.label),
                                hint: choice.hint.as_deref().map(fill),
                                group: choice
                                    .council
                                    .map(|c| policy.phase(policy.council(c).phase).heading()),
                            }
                        })
                        .collect(),
                    selected: journey.chosen.get(q).or(journey.to_confirm.get(q)),
                    confirming,
                    month_only: self
                        .month_only(journey.when)
                        .filter(|_| self.back(journey).page == Page::Date),
                })
            }
            Page::CheckAnswers => Screen::CheckAnswers {
                rows: self.answer_rows(journey, date, true),
                result: self.href(&journey.to(Page::Result)),
                not_needed: journey
                    .kept
                    .iter()
                    .map(|k| {
                        // The question as it was asked, for the date the answer was given for:
                        // "Yes" alone would not say which regulator it was about.
                        let given = Journey {
                            when: k.given_for,
                            ..journey.clone()
                        };
                        let facts = engine::facts(policy, &self.answers(&given));
                        let asked =
                            facts.fill(policy.question(k.question).title_for(self.tense(&given)));
                        Row {
                            key: policy.question(k.question).summary.to_string(),
                            value: format!(
                                "{} (your answer to \u{201c}{asked}\u{201d})",
                                policy.choice(k.question, k.option).label
                            ),
                            change: None,
                        }
                    })
                    .collect(),
            },
            Page::Result => Screen::Result(Box::new(self.verdict(journey, date))),
            Page::About => Screen::About,
            Page::Accessibility => Screen::Accessibility,
            Page::Standard => self.standard_screen(journey, date),
            Page::Rate(s) => {
                let set = self.readiness.statement(s).set;
                let statements: Vec<StatementId> = self.readiness.statements_of(set).collect();
                Screen::Rate {
                    statement: s,
                    number: statements.iter().position(|t| *t == s).unwrap_or(0) + 1,
                    of: statements.len(),
                    selected: journey.ratings.levels.get(&s).copied(),
                }
            }
            Page::PracticalChecks => Screen::PracticalChecks {
                done: journey.ratings.done.clone(),
            },
            Page::Plan => match journey.ratings.set {
                Some(set) => Screen::Plan(Box::new(PlanView {
                    set,
                    plan: self.readiness.plan(&journey.ratings),
                    rows: self.rating_rows(journey),
                })),
                // Settling sends a plan with no standard to the standard question.
                None => self.standard_screen(journey, date),
            },
        }
    }

    /// The standard in use on the date for the role given in the eligibility questions, if any.
    fn standard_for(&self, journey: &Journey, date: Date) -> Option<SetId> {
        self.readiness.set_in_use(self.role(journey)?, date)
    }

    /// The answer to the role question, if given.
    fn role(&self, journey: &Journey) -> Option<OptionId> {
        journey.chosen.get(self.readiness.role_question?)
    }

    /// Whether the role given has no set in the self-assessment.
    fn role_not_covered(&self, journey: &Journey) -> bool {
        self.role(journey)
            .is_some_and(|r| !self.readiness.covers_role(r))
    }

    /// The role's standard where another had replaced it by the date and the data holds no set
    /// for that one: offered for reference only.
    fn reference_for(&self, journey: &Journey, date: Date) -> Option<SetId> {
        match self.standard_for(journey, date) {
            Some(_) => None,
            None => self
                .role(journey)
                .and_then(|r| self.readiness.set_replaced_for(r, date)),
        }
    }

    /// The choice of standard on a date: what is offered, what is suggested, and what to say
    /// first (another standard applies now, or the role is not covered).
    fn standard_screen(&self, journey: &Journey, date: Date) -> Screen<'a> {
        let replaced = self.reference_for(journey, date);
        Screen::Standard {
            selected: journey
                .ratings
                .set
                .or_else(|| self.standard_for(journey, date)),
            offered: self.readiness.sets_offered(date),
            replaced,
            not_covered: self.role_not_covered(journey),
        }
    }

    /// The placeholders' values on the way the user is on (answers to confirm included, since
    /// the question being asked may name the council among them).
    fn way_facts(&self, journey: &Journey) -> Facts<'a> {
        let mut answers = self.answers(journey);
        for (q, o) in journey.to_confirm.iter() {
            answers.set(q, o);
        }
        engine::facts(self.policy, &answers)
    }

    /// Where the user gave a month without its day: that the answer is the same for every day
    /// of it (up to the last date the checker can check; unclear all month counts as the same),
    /// so the questions ask about the month ("in October 2019").
    fn month_only(&self, when: When) -> Option<String> {
        let When::InMonth(first) = when else {
            return None;
        };
        if self.fixed.is_some() {
            return None;
        }
        let month = first.month_long();
        let last = self.last_date();
        let so_far = if (first.year(), first.month()) == (last.year(), last.month()) {
            if last == self.today {
                " up to today".to_string()
            } else {
                format!(" up to {}", last.long())
            }
        } else {
            String::new()
        };
        Some(format!(
            "You gave a month without a day. The checker gives the same answer for every day of \
             {month}{so_far}, so the questions ask about {month}."
        ))
    }

    /// The date and the answers on the way, as summary rows; with "Change" links when `changeable`.
    fn answer_rows(&self, journey: &Journey, date: Date, changeable: bool) -> Vec<Row> {
        let change = |page| changeable.then(|| self.href(&self.change(journey, page)));
        let first = Row {
            key: "Date checked".into(),
            value: match self.month_only(journey.when) {
                Some(_) => format!("{} (you gave the month only)", date.month_long()),
                None => date.long(),
            },
            // A date fixed by the council cannot be changed here.
            change: if self.fixed.is_some() {
                None
            } else {
                change(Page::Date)
            },
        };
        let replay = self.replay(journey);
        std::iter::once(first)
            .chain(replay.path.iter().map(|&(q, o)| Row {
                key: self.policy.question(q).summary.to_string(),
                value: self.policy.choice(q, o).label.to_string(),
                change: change(Page::Question(q)),
            }))
            .collect()
    }

    fn verdict(&self, journey: &Journey, date: Date) -> Verdict<'a> {
        let policy = self.policy;
        let answers = self.answers(journey);
        let facts = engine::facts(policy, &answers);
        let replay = engine::replay(policy, &answers);
        let decision: Option<&Decision> = replay.decision();
        let outcome = decision.map(|d| policy.outcome(d.outcome));
        let tense = self.tense(journey);
        let notes = |lead: bool| -> Vec<Item<'a>> {
            decision
                .into_iter()
                .flat_map(|d| policy.notes_for(d.outcome, tense))
                .filter(|n| n.lead == lead && !(n.other_date && self.fixed.is_some()))
                .map(|n| Item {
                    text: facts.fill(&n.text),
                    sources: &n.sources,
                })
                .collect()
        };
        let items = |list: &'a [Sourced]| -> Vec<Item<'a>> {
            list.iter()
                .map(|s| Item {
                    text: facts.fill(&s.text),
                    sources: &s.sources,
                })
                .collect()
        };
        Verdict {
            outcome,
            title: outcome.map_or_else(
                || "We could not decide from these answers".to_string(),
                |o| facts.fill(o.title_for(tense)),
            ),
            summary: outcome
                .map(|o| facts.fill(o.summary_for(tense)))
                .unwrap_or_default(),
            ask: outcome
                .and_then(|o| o.ask.as_deref())
                .map(|a| facts.fill(a)),
            reasons: decision.map(|d| d.reasons.clone()).unwrap_or_default(),
            next: outcome.map(|o| items(&o.next)).unwrap_or_default(),
            instead: outcome
                .map(|o| {
                    // Another date to check, only where the user can choose one.
                    let other: &[Sourced] = if self.fixed.is_none() && tense == Tense::Past {
                        &o.other_dates
                    } else {
                        &[]
                    };
                    let mut all = items(other);
                    all.extend(items(o.instead_for(tense)));
                    all
                })
                .unwrap_or_default(),
            lead_notes: notes(true),
            notes: notes(false),
            rows: self.answer_rows(journey, date, false),
            // With no question asked, the date is the one answer to change.
            change: self.href(&match self.answers_page(journey) {
                Page::Result if self.fixed.is_none() => self.change(journey, Page::Date),
                Page::Result => journey.to(Page::Start),
                page => journey.to(page),
            }),
            standard: self.standard_for(journey, date),
            not_covered: self.role_not_covered(journey),
            reference: self.reference_for(journey, date),
        }
    }

    /// The chosen standard, each rating and the practical checks, each with a "Change" link.
    fn rating_rows(&self, journey: &Journey) -> Vec<Row> {
        let readiness = self.readiness;
        let ratings = &journey.ratings;
        let change = |page| Some(self.href(&self.change(journey, page)));
        let mut rows = Vec::new();
        if let Some(set) = ratings.set {
            rows.push(Row {
                key: "Standard".into(),
                value: readiness.set(set).title.to_string(),
                change: change(Page::Standard),
            });
            for s in readiness.statements_of(set) {
                let statement = readiness.statement(s);
                rows.push(Row {
                    key: format!("{}. {}", statement.number, statement.heading),
                    value: ratings
                        .levels
                        .get(&s)
                        .map(|l| readiness.level(*l).label.to_string())
                        .unwrap_or_default(),
                    change: change(Page::Rate(s)),
                });
            }
        }
        let Some(done) = &ratings.done else {
            return rows;
        };
        let done: Vec<&str> = done.iter().map(|c| &*readiness.check(*c).label).collect();
        rows.push(Row {
            key: "Practical checks done".into(),
            value: if done.is_empty() {
                "None".into()
            } else {
                done.join("; ")
            },
            change: change(Page::PracticalChecks),
        });
        rows
    }
}
