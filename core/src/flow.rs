//! Where each step leads: the page after an answer, the back link, and which earlier answers still apply.
//!
//! Pure functions of the data, the address and today's date, so the page order is tested
//! natively like the rules are.

use crate::address::{Address, Page};
use crate::date::Date;
use crate::engine::{self, Journey, Step};
use crate::policy::{OptionId, Policy, QuestionId};
use crate::readiness::{CheckId, LevelId, Next, Ratings, Readiness, SetId, StatementId};

/// The address after choosing `option` for `question` on the page `from`.
///
/// Answers that no longer apply are dropped; the others are kept. While changing an answer from
/// the check answers page, the user goes straight back there, unless the change needs a new
/// question, which is asked first. Otherwise the next question in order comes next, showing any
/// answer already given, and then check answers.
pub fn after_answer(
    policy: &Policy,
    from: &Address,
    today: Date,
    question: QuestionId,
    option: OptionId,
) -> Address {
    let mut answers = from.answers(today);
    answers.set(question, option);
    let journey = engine::replay(policy, &answers);
    let kept = from.with_answers(&journey.answers(answers.date));
    let position = journey.path.iter().position(|(q, _)| *q == question);
    let following = position
        .and_then(|i| journey.path.get(i + 1))
        .map(|(q, _)| *q);
    next_page(kept, &journey, following)
}

/// The address after choosing the date to check.
pub fn after_date(policy: &Policy, from: &Address, date: Date) -> Address {
    let mut answers = from.answers(date);
    answers.date = date;
    let journey = engine::replay(policy, &answers);
    let mut kept = from.with_answers(&journey.answers(date));
    kept.date = Some(date);
    let first = journey.path.first().map(|(q, _)| *q);
    next_page(kept, &journey, first)
}

/// Where the back link on the current page goes.
pub fn back(policy: &Policy, readiness: &Readiness, at: &Address, today: Date) -> Address {
    let journey = engine::replay(policy, &at.answers(today));
    let previous = |before: Option<QuestionId>| {
        let end = before
            .and_then(|q| journey.path.iter().position(|(p, _)| *p == q))
            .unwrap_or(journey.path.len());
        match end.checked_sub(1).and_then(|i| journey.path.get(i)) {
            Some((q, _)) => Page::Question(*q),
            None => Page::When,
        }
    };
    let decided = matches!(journey.step, Ok(Step::Decided(_)));
    match at.page {
        Page::Rate(_) | Page::Checks if at.returning => at.to(Page::Plan),
        _ if at.returning => at.to(Page::Check),
        Page::Start | Page::About => at.to(Page::Start),
        Page::When => at.to(Page::Start),
        Page::Question(q) => at.to(previous(Some(q))),
        Page::Check => at.to(previous(None)),
        Page::Result => at.to(Page::Check),
        // From the readiness questions back to the eligibility result, if there is one.
        Page::Readiness if decided && at.date.is_some() => at.to(Page::Result),
        Page::Readiness => at.to(Page::Start),
        Page::Rate(_) | Page::Checks | Page::Plan => {
            let pages = readiness_pages(readiness, &at.ratings);
            let here = if at.page == Page::Plan {
                pages.len()
            } else {
                pages.iter().position(|p| *p == at.page).unwrap_or(0)
            };
            at.to(here.checked_sub(1).map_or(Page::Readiness, |i| pages[i]))
        }
    }
}

/// Where an address should really go: a check answers, result or plan page with questions still
/// open goes to the first open question, so a half-finished link never shows an answer; a
/// statement from a set not chosen goes to the readiness question that is next.
pub fn settle(policy: &Policy, readiness: &Readiness, address: Address, today: Date) -> Address {
    let open_readiness = || page_for(readiness.next(&address.ratings));
    match address.page {
        Page::Check | Page::Result => match engine::replay(policy, &address.answers(today)).step {
            Ok(Step::Ask(q)) => address.to(Page::Question(q)),
            _ => address,
        },
        Page::Plan if readiness.next(&address.ratings) != Next::Done => {
            address.to(open_readiness())
        }
        Page::Rate(s) if address.ratings.set != Some(readiness.statement(s).set) => {
            address.to(open_readiness())
        }
        Page::Checks if address.ratings.set.is_none() => address.to(Page::Readiness),
        _ => address,
    }
}

/// The address after choosing which set of statements to rate against. Ratings of other sets'
/// statements no longer apply and are dropped.
pub fn after_set(readiness: &Readiness, from: &Address, set: SetId) -> Address {
    let mut ratings = from.ratings.clone();
    ratings.set = Some(set);
    ratings
        .levels
        .retain(|s, _| readiness.statement(*s).set == set);
    next_readiness_page(readiness, with_ratings(from, ratings), Page::Readiness)
}

/// The address after rating one statement.
pub fn after_rating(
    readiness: &Readiness,
    from: &Address,
    statement: StatementId,
    level: LevelId,
) -> Address {
    let mut ratings = from.ratings.clone();
    ratings.levels.insert(statement, level);
    next_readiness_page(
        readiness,
        with_ratings(from, ratings),
        Page::Rate(statement),
    )
}

/// The address after answering the practical checks (an empty list is "none of these").
pub fn after_checks(readiness: &Readiness, from: &Address, done: Vec<CheckId>) -> Address {
    let mut ratings = from.ratings.clone();
    ratings.done = Some(done);
    next_readiness_page(readiness, with_ratings(from, ratings), Page::Checks)
}

/// The readiness pages in order: the set question, each statement of the chosen set, the checks.
fn readiness_pages(readiness: &Readiness, ratings: &Ratings) -> Vec<Page> {
    let statements = ratings
        .set
        .into_iter()
        .flat_map(|set| readiness.statements_of(set))
        .map(Page::Rate);
    std::iter::once(Page::Readiness)
        .chain(statements)
        .chain(std::iter::once(Page::Checks))
        .collect()
}

fn page_for(next: Next) -> Page {
    match next {
        Next::Set => Page::Readiness,
        Next::Rate(s) => Page::Rate(s),
        Next::Checks => Page::Checks,
        Next::Done => Page::Plan,
    }
}

fn with_ratings(from: &Address, ratings: Ratings) -> Address {
    Address {
        ratings,
        ..from.clone()
    }
}

/// After answering on `current`: while changing from the plan, the first open question or back
/// to the plan; otherwise the next page in order, or the first open question, or the plan.
fn next_readiness_page(readiness: &Readiness, kept: Address, current: Page) -> Address {
    let open = readiness.next(&kept.ratings);
    if kept.returning {
        return match open {
            Next::Done => kept.to(Page::Plan),
            next => Address {
                returning: true,
                ..kept.to(page_for(next))
            },
        };
    }
    let pages = readiness_pages(readiness, &kept.ratings);
    let following = pages
        .iter()
        .position(|p| *p == current)
        .and_then(|i| pages.get(i + 1))
        .copied();
    match following {
        Some(page) => kept.to(page),
        None => kept.to(page_for(open)),
    }
}

/// The address to change one answer from the check answers page.
pub fn change(at: &Address, page: Page) -> Address {
    Address {
        returning: true,
        ..at.to(page)
    }
}

fn next_page(kept: Address, journey: &Journey, following: Option<QuestionId>) -> Address {
    let open = match journey.step {
        Ok(Step::Ask(q)) => Some(q),
        _ => None,
    };
    if kept.returning {
        return match open {
            Some(q) => Address {
                returning: true,
                ..kept.to(Page::Question(q))
            },
            None => kept.to(Page::Check),
        };
    }
    match following.or(open) {
        Some(q) => kept.to(Page::Question(q)),
        None => kept.to(Page::Check),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::address;

    fn policy() -> Policy {
        crate::shipped().0.clone()
    }

    fn at(policy: &Policy, fragment: &str) -> Address {
        address::parse(policy, crate::shipped().1, fragment).unwrap()
    }

    fn fmt(policy: &Policy, address: &Address) -> String {
        address::format(policy, crate::shipped().1, address)
    }

    fn answer(policy: &Policy, fragment: &str, q: &str, o: &str) -> String {
        let from = at(policy, fragment);
        let today = Date::parse("2026-11-22").unwrap();
        let qid = policy.question_by_id(q).unwrap();
        let next = after_answer(
            policy,
            &from,
            today,
            qid,
            policy.option_by_id(qid, o).unwrap(),
        );
        fmt(policy, &next)
    }

    #[test]
    fn answering_goes_to_the_next_question_then_check_answers() {
        let p = policy();
        assert_eq!(
            answer(&p, "#/q/role?date=2019-10-05", "role", "frontline"),
            "#/q/registration?date=2019-10-05&role=frontline"
        );
        assert_eq!(
            answer(&p, "#/q/council?date=2019-10-05&role=frontline&registration=yes&employer=local-authority", "council", "leeds"),
            "#/check?date=2019-10-05&role=frontline&registration=yes&employer=local-authority&council=leeds"
        );
    }

    #[test]
    fn changing_an_answer_keeps_the_others_that_still_apply_and_returns_to_check() {
        let p = policy();
        let full = "date=2019-10-05&role=frontline&registration=yes&employer=local-authority&council=leeds";
        // A change that needs no new question goes straight back to check answers.
        assert_eq!(
            answer(&p, &format!("#/q/role?{full}&return=check"), "role", "practice-supervisor"),
            "#/check?date=2019-10-05&role=practice-supervisor&registration=yes&employer=local-authority&council=leeds"
        );
        // A change that makes the council irrelevant drops it.
        assert_eq!(
            answer(
                &p,
                &format!("#/q/employer?{full}&return=check"),
                "employer",
                "voluntary"
            ),
            "#/check?date=2019-10-05&role=frontline&registration=yes&employer=voluntary"
        );
        // A change that needs a new question asks it, then returns.
        let to_council = answer(&p, "#/q/employer?date=2019-10-05&role=frontline&registration=yes&employer=voluntary&return=check", "employer", "local-authority");
        assert_eq!(to_council, "#/q/council?date=2019-10-05&role=frontline&registration=yes&employer=local-authority&return=check");
        assert_eq!(answer(&p, &to_council, "council", "bury"), "#/check?date=2019-10-05&role=frontline&registration=yes&employer=local-authority&council=bury");
    }

    #[test]
    fn back_goes_to_the_previous_step() {
        let p = policy();
        let today = Date::parse("2026-11-22").unwrap();
        let back_of = |f: &str| fmt(&p, &back(&p, crate::shipped().1, &at(&p, f), today));
        assert_eq!(
            back_of("#/q/role?date=2019-10-05"),
            "#/date?date=2019-10-05"
        );
        assert_eq!(
            back_of("#/q/employer?date=2019-10-05&role=frontline&registration=yes"),
            "#/q/registration?date=2019-10-05&role=frontline&registration=yes"
        );
        assert_eq!(
            back_of("#/check?date=2019-10-05&role=adult-services"),
            "#/q/role?date=2019-10-05&role=adult-services"
        );
        assert_eq!(
            back_of("#/q/role?date=2019-10-05&role=adult-services&return=check"),
            "#/check?date=2019-10-05&role=adult-services"
        );
        assert_eq!(back_of("#/date"), "#/");
    }

    #[test]
    fn choosing_a_date_after_naas_closed_asks_only_the_role() {
        let p = policy();
        let next = after_date(
            &p,
            &Address::at(Page::When),
            Date::parse("2026-11-22").unwrap(),
        );
        assert_eq!(fmt(&p, &next), "#/q/role?date=2026-11-22");
        assert_eq!(
            answer(&p, "#/q/role?date=2026-11-22", "role", "frontline"),
            "#/check?date=2026-11-22&role=frontline"
        );
        let next = after_date(
            &p,
            &Address::at(Page::When),
            Date::parse("2019-10-05").unwrap(),
        );
        assert_eq!(fmt(&p, &next), "#/q/role?date=2019-10-05");
    }

    fn rate(fragment: &str, statement: &str, level: &str) -> String {
        let p = policy();
        let r = crate::shipped().1;
        let from = at(&p, fragment);
        let s = r.statement_by_id(statement).unwrap();
        fmt(
            &p,
            &after_rating(r, &from, s, r.level_by_id(level).unwrap()),
        )
    }

    #[test]
    fn readiness_steps_through_the_sets_statements_then_the_checks_then_the_plan() {
        let p = policy();
        let r = crate::shipped().1;
        let chosen = after_set(
            r,
            &at(&p, "#/readiness?date=2019-10-05&role=practice-supervisor"),
            r.set_by_id("supervisor").unwrap(),
        );
        assert_eq!(
            fmt(&p, &chosen),
            "#/readiness/s1?date=2019-10-05&role=practice-supervisor&set=supervisor"
        );
        assert_eq!(
            rate("#/readiness/s1?set=supervisor", "s1", "partly"),
            "#/readiness/s2?set=supervisor&s1=partly"
        );
        let all_but_last = "set=supervisor&s1=partly&s2=confident&s3=confident&s4=not-yet&s5=confident&s6=confident&s7=confident";
        assert_eq!(
            rate(&format!("#/readiness/s8?{all_but_last}"), "s8", "confident"),
            format!("#/readiness/checks?{all_but_last}&s8=confident")
        );
        let done = after_checks(
            r,
            &at(
                &p,
                &format!("#/readiness/checks?{all_but_last}&s8=confident"),
            ),
            vec![r.check_by_id("photo-id").unwrap()],
        );
        assert_eq!(
            fmt(&p, &done),
            format!("#/readiness/plan?{all_but_last}&s8=confident&done=photo-id")
        );
    }

    #[test]
    fn changing_a_rating_from_the_plan_returns_to_it() {
        let full = "set=leader&l1=partly&l2=confident&l3=confident&l4=confident&l5=confident&l6=confident&done=none";
        assert_eq!(
            rate(
                &format!("#/readiness/l3?{full}&return=check"),
                "l3",
                "not-yet"
            ),
            format!(
                "#/readiness/plan?{}",
                full.replace("l3=confident", "l3=not-yet")
            )
        );
    }

    #[test]
    fn choosing_another_set_drops_ratings_that_no_longer_apply() {
        let p = policy();
        let r = crate::shipped().1;
        let from = at(&p, "#/readiness?set=leader&l1=partly");
        let next = after_set(r, &from, r.set_by_id("practitioner").unwrap());
        assert_eq!(fmt(&p, &next), "#/readiness/p1?set=practitioner");
    }

    #[test]
    fn a_half_finished_plan_link_goes_to_the_first_open_readiness_question() {
        let p = policy();
        let r = crate::shipped().1;
        let today = Date::parse("2026-11-22").unwrap();
        let settled = |f: &str| fmt(&p, &settle(&p, r, at(&p, f), today));
        assert_eq!(
            settled("#/readiness/plan?set=leader&l1=partly"),
            "#/readiness/l2?set=leader&l1=partly"
        );
        assert_eq!(settled("#/readiness/plan"), "#/readiness");
        assert_eq!(
            settled("#/readiness/p3?set=leader"),
            "#/readiness/l1?set=leader"
        );
        let back_of = |f: &str| fmt(&p, &back(&p, r, &at(&p, f), today));
        assert_eq!(
            back_of("#/readiness/l1?set=leader"),
            "#/readiness?set=leader"
        );
        assert_eq!(
            back_of("#/readiness/checks?set=leader"),
            "#/readiness/l6?set=leader"
        );
        assert_eq!(
            back_of("#/readiness?date=2026-11-22&role=frontline"),
            "#/result?date=2026-11-22&role=frontline"
        );
    }
}
