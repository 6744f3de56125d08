//! Where each step leads: the page after an answer, the back link, and which earlier answers still apply.
//!
//! Pure functions of the policy, the address and today's date, so the page order is tested
//! natively like the rules are.

use crate::address::{Address, Page};
use crate::date::Date;
use crate::engine::{self, Journey, Step};
use crate::policy::{OptionId, Policy, QuestionId};

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
pub fn back(policy: &Policy, at: &Address, today: Date) -> Address {
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
    match at.page {
        _ if at.returning => at.to(Page::Check),
        Page::Start | Page::About => at.to(Page::Start),
        Page::When => at.to(Page::Start),
        Page::Question(q) => at.to(previous(Some(q))),
        Page::Check => at.to(previous(None)),
        Page::Result => at.to(Page::Check),
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
        Policy::shipped_native().unwrap()
    }

    fn at(policy: &Policy, fragment: &str) -> Address {
        address::parse(policy, fragment).unwrap()
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
        address::format(policy, &next)
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
                "agency"
            ),
            "#/check?date=2019-10-05&role=frontline&registration=yes&employer=agency"
        );
        // A change that needs a new question asks it, then returns.
        let to_council = answer(&p, "#/q/employer?date=2019-10-05&role=frontline&registration=yes&employer=agency&return=check", "employer", "local-authority");
        assert_eq!(to_council, "#/q/council?date=2019-10-05&role=frontline&registration=yes&employer=local-authority&return=check");
        assert_eq!(answer(&p, &to_council, "council", "bury"), "#/check?date=2019-10-05&role=frontline&registration=yes&employer=local-authority&council=bury");
    }

    #[test]
    fn back_goes_to_the_previous_step() {
        let p = policy();
        let today = Date::parse("2026-11-22").unwrap();
        let back_of = |f: &str| address::format(&p, &back(&p, &at(&p, f), today));
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
    fn choosing_a_date_after_naas_closed_needs_no_questions() {
        let p = policy();
        let next = after_date(
            &p,
            &Address::at(Page::When),
            Date::parse("2026-11-22").unwrap(),
        );
        assert_eq!(address::format(&p, &next), "#/check?date=2026-11-22");
        let next = after_date(
            &p,
            &Address::at(Page::When),
            Date::parse("2019-10-05").unwrap(),
        );
        assert_eq!(address::format(&p, &next), "#/q/role?date=2019-10-05");
    }
}
