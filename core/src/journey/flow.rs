//! Every navigation rule: where each step leads, the back link, "Change" and returning to check your answers, half-finished links, and the readiness pages.
//!
//! Each rule is a function from one journey to the next. Changing an answer works as GOV.UK
//! services do: every other answer that still applies is kept; a later question whose wording
//! the change alters (for example "were you registered with {regulator} on {date}?") is asked
//! again with the earlier choice already selected; answers off the new way are dropped; then
//! back to check your answers.

use super::{Context, Journey, Kept, Page, Return, When};
use crate::engine::{self, Answers, Facts};
use crate::policy::{OptionId, QuestionId, Tense};
use crate::readiness::{CheckId, LevelId, Next, SetId, StatementId};

impl Context<'_> {
    /// "Start now": the date question, or the first question when the council fixed the date.
    pub fn begin(&self, from: &Journey) -> Journey {
        self.settle(from.to(Page::Date))
    }

    /// "Start again": nothing answered, at the first question.
    pub fn start_again(&self) -> Journey {
        self.settle(Journey::at(Page::Date))
    }

    /// "Start again" on the self-assessment: no ratings, at the choice of standard; the
    /// eligibility answers stay, so its back link still leads to the result.
    pub fn start_readiness_again(&self, from: &Journey) -> Journey {
        let mut next = from.to(Page::Standard);
        next.ratings = Default::default();
        self.settle(next)
    }

    /// After the date question. If the date changes, every answer whose question now reads
    /// differently (it names the date, the regulator, ...) is to be confirmed again.
    ///
    /// Where the date was known before, an answer to a question that now asks about something
    /// else (the HCPC in 2019, Social Work England in 2021), and an answer the new date does not
    /// need, are set aside ([`Journey::kept`]) with the date they were given for, never
    /// preselected; an answer set aside earlier comes back when its question reads again as it
    /// did then (or, differing only in its date, is asked again with it selected).
    pub fn choose_date(&self, from: &Journey, when: When) -> Journey {
        let before = self.facts(from);
        let mut next = from.clone();
        next.when = when;
        let after = self.facts(&next);
        let (was_now, is_now) = (self.tense(from), self.tense(&next));
        let given_for = self.date_known(from.when).then_some(from.when);
        // Answers whose question now asks about something else: taken out, to be set aside
        // once any answer kept for the new date has come back in their place.
        let mut elsewhere: Vec<(QuestionId, OptionId)> = Vec::new();
        if given_for.is_some() {
            elsewhere = next
                .chosen
                .iter()
                .filter(|(q, _)| self.substance(*q, &before) != self.substance(*q, &after))
                .collect();
            for (q, _) in &elsewhere {
                next.chosen.take(*q);
            }
        }
        self.reconfirm(&mut next, (&before, was_now), (&after, is_now), |_| true);
        let restored = self.restore_kept(&mut next);
        if let Some(given_for) = given_for {
            for (q, o) in elsewhere {
                if !next.kept.iter().any(|k| k.question == q) {
                    next.set_aside(Kept {
                        question: q,
                        option: o,
                        given_for,
                    });
                }
            }
        }
        self.set_aside_off_way(&mut next, from, &restored, given_for);
        self.onward(next, None)
    }

    /// Sets aside the answers off the way: those just brought back with the date they were
    /// given for, and (after a change of date, `given_for`) those confirmed for the date before
    /// with that date. Others (waiting to be confirmed, or off the way after a new answer) are
    /// left for [`Context::onward`] to drop, as GOV.UK services do.
    fn set_aside_off_way(
        &self,
        next: &mut Journey,
        from: &Journey,
        restored: &[Kept],
        given_for: Option<When>,
    ) {
        let way = self.projected(next);
        let off: Vec<(QuestionId, OptionId)> = next
            .chosen
            .iter()
            .chain(next.to_confirm.iter())
            .filter(|(q, _)| way.position(*q).is_none())
            .collect();
        for (q, o) in off {
            let was = restored
                .iter()
                .find(|k| k.question == q)
                .map(|k| k.given_for);
            let confirmed = from.chosen.get(q) == Some(o);
            let date = was.or(given_for.filter(|_| confirmed));
            if let Some(date) = date {
                next.chosen.take(q);
                next.to_confirm.take(q);
                if !next.kept.iter().any(|k| k.question == q) {
                    next.set_aside(Kept {
                        question: q,
                        option: o,
                        given_for: date,
                    });
                }
            }
        }
    }

    /// What a question asks about, its date left out: two wordings that differ only in their
    /// date or tense ask the same thing of another day; others ask about something else.
    fn substance(&self, question: QuestionId, facts: &Facts) -> String {
        let undated = Facts {
            date: crate::date::Date::EPOCH,
            whole_month: false,
            ..*facts
        };
        engine::wording(self.policy, question, &undated, Tense::Past)
    }

    /// Brings back each answer set aside whose question reads on the new date as it did when it
    /// was given: as an answer where it reads the same, or to confirm (selected) where only its
    /// date differs. The others stay set aside, as do those answered for this date too.
    fn restore_kept(&self, journey: &mut Journey) -> Vec<Kept> {
        let now = self.facts(journey);
        let tense = self.tense(journey);
        let kept = std::mem::take(&mut journey.kept);
        let mut restored = Vec::new();
        for k in kept {
            let q = k.question;
            if journey.chosen.contains(q) || journey.to_confirm.contains(q) {
                // Answered for this date too: kept for the date it was given for.
                journey.kept.push(k);
                continue;
            }
            let given = Journey {
                when: k.given_for,
                ..journey.clone()
            };
            let then = self.facts(&given);
            let as_given = engine::wording(self.policy, q, &then, self.tense(&given));
            if as_given == engine::wording(self.policy, q, &now, tense) {
                journey.chosen.set(q, k.option);
                restored.push(k);
            } else if self.substance(q, &then) == self.substance(q, &now) {
                journey.to_confirm.set(q, k.option);
                restored.push(k);
            } else {
                journey.kept.push(k);
            }
        }
        restored
    }

    /// After choosing `option` for `question`. Choosing another option than before asks again
    /// every later question whose wording depends on this answer.
    pub fn answer(&self, from: &Journey, question: QuestionId, option: OptionId) -> Journey {
        let before = self.facts(from);
        let way = self.projected(from);
        let here = way.position(question).unwrap_or(usize::MAX);
        let changed = from.chosen.get(question).or(from.to_confirm.get(question)) != Some(option);
        let mut next = from.clone();
        next.to_confirm.take(question);
        next.chosen.set(question, option);
        if changed {
            let after = self.facts(&next);
            let later = |q| way.position(q).is_some_and(|at| at > here);
            let tense = self.tense(from);
            self.reconfirm(&mut next, (&before, tense), (&after, tense), later);
        }
        // An answer set aside for another date may be wanted again now: brought back where its
        // question reads as it did (or, only its date differing, selected to confirm).
        let restored = self.restore_kept(&mut next);
        self.set_aside_off_way(&mut next, from, &restored, None);
        self.onward(next, Some(question))
    }

    /// "Change" on check your answers (an eligibility page) or on the plan (a readiness page):
    /// that page, and afterwards back where the user was.
    pub fn change(&self, from: &Journey, page: Page) -> Journey {
        let back_to = match page {
            Page::Standard | Page::Rate(_) | Page::PracticalChecks => Return::Plan,
            _ => Return::CheckAnswers,
        };
        Journey {
            back_to,
            ..from.to(page)
        }
    }

    /// Where the back link on the journey's page goes.
    pub fn back(&self, at: &Journey) -> Journey {
        let first = || match self.fixed {
            Some(_) => Page::Start,
            None => Page::Date,
        };
        // Before `page`, on the way the user is on: the previous question, or the date question.
        let before = |question: Option<QuestionId>| {
            let way = self.projected(at);
            let end = question
                .and_then(|q| way.position(q))
                .unwrap_or(way.path.len());
            match end.checked_sub(1).and_then(|i| way.path.get(i)) {
                Some((q, _)) => Page::Question(*q),
                None => first(),
            }
        };
        let keep = |page: Page| Journey {
            back_to: at.back_to,
            ..at.to(page)
        };
        match at.page {
            Page::Start => at.to(Page::Start),
            // Back to where the answers lead, as the page the user came from: the plan (or the
            // next rating) when rating, else the result (or the next question), else the start.
            Page::About | Page::Accessibility => {
                let page = if at.ratings.set.is_some() {
                    Page::Plan
                } else if self.date_known(at.when) {
                    Page::Result
                } else {
                    Page::Start
                };
                self.settle(at.to(page))
            }
            Page::Date | Page::Question(_)
                if at.back_to == Return::CheckAnswers && self.complete(at) =>
            {
                at.to(self.answers_page(at))
            }
            Page::Date => at.to(Page::Start),
            Page::Question(q) => match before(Some(q)) {
                Page::Start => at.to(Page::Start),
                page => keep(page),
            },
            Page::CheckAnswers => at.to(before(None)),
            Page::Result if self.answers_page(at) == Page::Result => at.to(before(None)),
            Page::Result => at.to(Page::CheckAnswers),
            // While changing from the plan, back to the plan, once it has every rating again
            // (after another standard is chosen, it has not, and would only send the user here).
            Page::Standard | Page::Rate(_) | Page::PracticalChecks
                if at.back_to == Return::Plan && self.open_readiness_page(at) == Page::Plan =>
            {
                at.to(Page::Plan)
            }
            // From the readiness questions back to the eligibility result, if there is one.
            Page::Standard if self.complete(at) && self.date_known(at.when) => at.to(Page::Result),
            Page::Standard => at.to(Page::Start),
            Page::Rate(_) | Page::PracticalChecks | Page::Plan => {
                let pages = self.readiness_pages(at);
                let here = match at.page {
                    Page::Plan => pages.len(),
                    page => pages.iter().position(|p| *p == page).unwrap_or(0),
                };
                at.to(here.checked_sub(1).map_or(Page::Standard, |i| pages[i]))
            }
        }
    }

    /// Where a journey read from an address really goes, so that a half-finished or mangled
    /// link never shows an answer or a question out of turn: a page past the first open question
    /// goes to that question; a plan with ratings missing goes to the first missing one; answers
    /// off the way are dropped. Settling a settled journey changes nothing.
    pub fn settle(&self, journey: Journey) -> Journey {
        // Until a date is chosen, every answer may still apply.
        let mut at = if self.date_known(journey.when) {
            self.keep_on_path(journey)
        } else {
            journey
        };
        if self.fixed.is_some() {
            // The council fixed the date: a date in a link does not apply.
            at.when = When::Unset;
        }
        if at.ratings.set.is_some() && !self.assessed(&at) {
            // Practical checks belong to assessed standards, on dates while NAAS ran, only.
            at.ratings.done = None;
        }
        let eligibility = matches!(
            at.page,
            Page::Date | Page::Question(_) | Page::CheckAnswers | Page::Result
        );
        // Each part has its own return rule: check your answers, or the plan.
        let own = if eligibility {
            Return::CheckAnswers
        } else {
            Return::Plan
        };
        if at.back_to != own {
            at.back_to = Return::Onward;
        }
        let open = self.replay(&at).open();
        match at.page {
            Page::Date if self.fixed.is_some() => self.onward(at, None),
            Page::Question(_) | Page::CheckAnswers | Page::Result if !self.date_known(at.when) => {
                Journey {
                    back_to: at.back_to,
                    ..at.to(Page::Date)
                }
            }
            Page::Question(q) if open != Some(q) && self.replay(&at).position(q).is_none() => {
                // A question out of turn: the first open one, or check your answers.
                Journey {
                    back_to: at.back_to,
                    ..at.to(open.map_or(self.answers_page(&at), Page::Question))
                }
            }
            // Nothing but the date to check: no page of answers, the result.
            Page::CheckAnswers if open.is_none() && self.answers_page(&at) == Page::Result => {
                at.to(Page::Result)
            }
            Page::CheckAnswers | Page::Result => match open {
                Some(q) => {
                    // Answers still waiting to be confirmed came from a change: afterwards,
                    // back to check your answers.
                    let back_to = if at.to_confirm.is_empty() {
                        Return::Onward
                    } else {
                        Return::CheckAnswers
                    };
                    Journey {
                        back_to,
                        ..at.to(Page::Question(q))
                    }
                }
                None => at.to(at.page),
            },
            Page::Standard | Page::Rate(_) | Page::PracticalChecks | Page::Plan => {
                self.settle_readiness(at)
            }
            Page::Start | Page::About | Page::Accessibility => at.to(at.page),
            _ => at,
        }
    }

    /// After choosing which standard to rate against. Ratings of another standard's statements
    /// no longer apply and are dropped.
    pub fn choose_set(&self, from: &Journey, set: SetId) -> Journey {
        let mut next = from.clone();
        next.ratings.set = Some(set);
        next.ratings
            .levels
            .retain(|s, _| self.readiness.statement(*s).set == set);
        self.next_readiness_page(next)
    }

    /// After rating one statement.
    pub fn rate(&self, from: &Journey, statement: StatementId, level: LevelId) -> Journey {
        let mut next = from.clone();
        next.ratings.levels.insert(statement, level);
        self.next_readiness_page(next)
    }

    /// After the practical checks (an empty list is "none of these").
    pub fn practical_checks(&self, from: &Journey, done: Vec<CheckId>) -> Journey {
        let mut next = from.clone();
        next.ratings.done = Some(done);
        self.next_readiness_page(next)
    }

    /// The page of answers to show before the result: check your answers, unless no question
    /// was asked on the way (the date alone decides), when a page listing only the date would
    /// be one page more than GOV.UK's pattern asks, so the result.
    pub fn answers_page(&self, at: &Journey) -> Page {
        if self.projected(at).path.is_empty() {
            Page::Result
        } else {
            Page::CheckAnswers
        }
    }

    /// Whether the eligibility answers are all given and confirmed, so there is a result.
    pub fn complete(&self, journey: &Journey) -> bool {
        journey.to_confirm.is_empty() && self.replay(journey).decision().is_some()
    }

    /// What the placeholders stand for on the way the user is on.
    fn facts(&self, journey: &Journey) -> Facts<'_> {
        let mut answers: Answers = self.answers(journey);
        for (q, o) in journey.to_confirm.iter() {
            answers.set(q, o);
        }
        engine::facts(self.policy, &answers)
    }

    /// Whether the journey checks today's date, so questions and results speak in the present.
    pub fn now(&self, journey: &Journey) -> bool {
        self.date(journey.when) == self.today
    }

    /// The tense questions and results speak in: of that time, of now, or of what is announced.
    pub fn tense(&self, journey: &Journey) -> Tense {
        Tense::of(self.date(journey.when), self.today)
    }

    /// Moves each confirmed answer whose question now reads differently, among those `affected`,
    /// to the answers to confirm again. `before` and `after` are the facts and tense each side
    /// of the change.
    fn reconfirm(
        &self,
        journey: &mut Journey,
        (before, was_now): (&Facts, Tense),
        (after, is_now): (&Facts, Tense),
        affected: impl Fn(QuestionId) -> bool,
    ) {
        let stale: Vec<(QuestionId, OptionId)> = journey
            .chosen
            .iter()
            .filter(|(q, _)| {
                affected(*q)
                    && engine::wording(self.policy, *q, before, was_now)
                        != engine::wording(self.policy, *q, after, is_now)
            })
            .collect();
        for (q, o) in stale {
            journey.chosen.take(q);
            journey.to_confirm.set(q, o);
        }
    }

    /// Drops answers (and answers to confirm) to questions off the way the user is on.
    fn keep_on_path(&self, mut journey: Journey) -> Journey {
        let way = self.projected(&journey);
        journey.chosen.retain(|q, _| way.position(q).is_some());
        journey.to_confirm.retain(|q, _| way.position(q).is_some());
        journey
    }

    /// The page after an answer (or after the date question when `after` is None): while
    /// returning to check your answers, the first question still open or check your answers;
    /// otherwise the next question on the way, showing any answer already given, then the first
    /// open question, then check your answers.
    fn onward(&self, next: Journey, after: Option<QuestionId>) -> Journey {
        let next = self.keep_on_path(next);
        let open = self.replay(&next).open();
        if next.back_to == Return::CheckAnswers {
            return match open {
                Some(q) => Journey {
                    back_to: Return::CheckAnswers,
                    ..next.to(Page::Question(q))
                },
                None => next.to(self.answers_page(&next)),
            };
        }
        let way = self.projected(&next);
        let following = match after {
            Some(q) => way.position(q).and_then(|i| way.path.get(i + 1)),
            None => way.path.first(),
        }
        .map(|(q, _)| *q);
        next.to(following
            .or(open)
            .map_or_else(|| self.answers_page(&next), Page::Question))
    }

    /// The readiness pages in order: the standard, each of its statements, and the practical
    /// checks when the standard was assessed and the date is one while NAAS ran.
    fn readiness_pages(&self, at: &Journey) -> Vec<Page> {
        let statements = at
            .ratings
            .set
            .into_iter()
            .flat_map(|set| self.readiness.statements_of(set))
            .map(Page::Rate);
        let checks = self.assessed(at).then_some(Page::PracticalChecks);
        std::iter::once(Page::Standard)
            .chain(statements)
            .chain(checks)
            .collect()
    }

    fn open_readiness_page(&self, at: &Journey) -> Page {
        match self.readiness.next(&at.ratings, self.date(at.when)) {
            Next::Set => Page::Standard,
            Next::Rate(s) => Page::Rate(s),
            Next::Checks => Page::PracticalChecks,
            Next::Done => Page::Plan,
        }
    }

    /// After a readiness answer: while changing from the plan, the first open question or back
    /// to the plan; otherwise the next page in order, or the first open question, or the plan.
    fn next_readiness_page(&self, next: Journey) -> Journey {
        let open = self.open_readiness_page(&next);
        if next.back_to == Return::Plan {
            return match open {
                Page::Plan => next.to(Page::Plan),
                page => Journey {
                    back_to: Return::Plan,
                    ..next.to(page)
                },
            };
        }
        let pages = self.readiness_pages(&next);
        let following = pages
            .iter()
            .position(|p| *p == next.page)
            .and_then(|i| pages.get(i + 1))
            .copied();
        next.to(following.unwrap_or(open))
    }

    /// Whether the chosen standard was assessed by NAAS and the date is one while NAAS ran (so
    /// the practical checks are asked).
    fn assessed(&self, at: &Journey) -> bool {
        at.ratings
            .set
            .is_some_and(|set| self.readiness.asks_checks(set, self.date(at.when)))
    }

    /// A readiness page from a link: a plan with ratings missing, or a statement of a standard
    /// not chosen, goes to the first open readiness question.
    fn settle_readiness(&self, at: Journey) -> Journey {
        let open = self.open_readiness_page(&at);
        let keep_return = |page: Page| Journey {
            back_to: at.back_to,
            ..at.to(page)
        };
        match at.page {
            Page::Plan if open != Page::Plan => at.to(open),
            Page::Plan => at.to(Page::Plan),
            Page::Rate(s) if at.ratings.set != Some(self.readiness.statement(s).set) => {
                keep_return(open)
            }
            Page::PracticalChecks if at.ratings.set.is_none() => keep_return(Page::Standard),
            // A standard that was never assessed has no practical checks.
            Page::PracticalChecks if open != Page::PracticalChecks && !self.assessed(&at) => {
                keep_return(open)
            }
            _ => at,
        }
    }
}
