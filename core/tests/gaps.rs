//! Behaviours a mutation review found untested (issue 26, point 3): each test here fails with the mutant it names applied, so a change that breaks what a user sees is caught.

use naas_core::address::{self, MAX_LEN};
use naas_core::date::Date;
use naas_core::journey::view::Screen;
use naas_core::journey::{Context, Page, Return};

fn cx(fixed: Option<&str>) -> Context<'static> {
    let (policy, readiness) = naas_core::shipped();
    Context {
        policy,
        readiness,
        today: Date::parse("2026-12-07").unwrap(),
        fixed: fixed.map(|f| Date::parse(f).unwrap()),
    }
}

const LEEDS: &str =
    "date=2019-10-05&role=frontline&registration=yes&employer=local-authority&council=leeds";

/// Mutants: the parser accepting `return=bogus`, a repeated `done` id, a malformed `kept` entry,
/// or a link over the length limit.
#[test]
fn the_address_parser_refuses_what_it_cannot_read_back() {
    let (policy, readiness) = naas_core::shipped();
    let parse = |fragment: &str| address::parse(policy, readiness, fragment);
    assert!(parse(&format!("#/check?{LEEDS}&return=bogus")).is_err());
    assert!(
        parse("#/readiness/checks?date=2019-10-05&set=practitioner&done=photo-id,photo-id")
            .is_err()
    );
    assert!(parse(&format!("#/check?{LEEDS}&kept=council.leeds")).is_err());
    assert!(parse(&format!("#/check?{LEEDS}&kept=council.nowhere.2019-10-05")).is_err());
    let long = format!("#/check?{LEEDS}&{}", "x".repeat(MAX_LEN));
    assert!(parse(&long).is_err());
    // The limit itself: an address of exactly MAX_LEN characters is read, one more is refused
    // for its length (mutants: `>` as `>=` or `==`). Trailing slashes leave the start page.
    let at_limit = format!("#/{}", "/".repeat(MAX_LEN - 2));
    assert_eq!(at_limit.len(), MAX_LEN);
    assert!(parse(&at_limit).is_ok());
    assert_eq!(
        parse(&format!("{at_limit}/")),
        Err(vec![address::AddressError::TooLong])
    );
    // What it writes it reads back, `return=` and `kept=` included.
    for fragment in [
        format!("#/q/council?{LEEDS}&return=check"),
        "#/check?date=2021-06-15&role=frontline&registration=yes&employer=local-authority&kept=council.leeds.2019-10-05".to_string(),
    ] {
        let journey = parse(&fragment).expect("readable");
        assert_eq!(address::format(policy, readiness, &journey), fragment);
    }
}

/// Mutant: `Choices::contains` always true, which would put "You changed an earlier answer…"
/// on every question page.
#[test]
fn a_question_asked_for_the_first_time_is_not_marked_as_asked_again() {
    let cx = cx(None);
    let view = cx.view(
        cx.read("#/q/registration?date=2019-10-05&role=frontline")
            .unwrap(),
    );
    let Screen::Question(asked) = view.screen else {
        panic!("not a question")
    };
    assert!(!asked.confirming);
    assert_eq!(asked.selected, None);
}

/// Mutant: the start page's status for today dropped where a council fixed another date.
#[test]
fn under_a_fixed_date_the_start_page_still_says_what_holds_today() {
    let cx = cx(Some("2019-10-05"));
    let view = cx.view(cx.read("#/").unwrap());
    let today = view
        .status_today
        .expect("today's status beside the fixed date's");
    assert_ne!(view.status.map(|s| &s.id), Some(&today.id));
    let same = self::cx(None);
    assert!(same.view(same.read("#/").unwrap()).status_today.is_none());
}

/// Mutant: the back link from "Which standard" leading to the date question.
#[test]
fn back_from_the_choice_of_standard_goes_to_the_result_or_the_start() {
    let cx = cx(None);
    let with_result = cx.view(cx.read(&format!("#/readiness?{LEEDS}")).unwrap());
    assert_eq!(with_result.journey.page, Page::Standard);
    let back = cx.read(with_result.back.as_deref().unwrap()).unwrap();
    assert_eq!(back.page, Page::Result);
    let alone = cx.view(cx.read("#/readiness").unwrap());
    let back = cx.read(alone.back.as_deref().unwrap()).unwrap();
    assert_eq!(back.page, Page::Start);
}

/// Mutants: `return=check` and `return=plan` lost on the way back from a change.
#[test]
fn a_change_keeps_where_it_returns_to() {
    let cx = cx(None);
    let view = cx.view(
        cx.read(&format!("#/q/employer?{LEEDS}&return=check"))
            .unwrap(),
    );
    assert_eq!(view.journey.back_to, Return::CheckAnswers);
    assert!(cx.href(&view.journey).ends_with("&return=check"));
    // Back from the changed page, with every answer given, is check your answers.
    let back = cx.read(view.back.as_deref().unwrap()).unwrap();
    assert_eq!(back.page, Page::CheckAnswers);
    let plan =
        "set=leader&l1=partly&l2=confident&l3=confident&l4=confident&l5=confident&l6=confident";
    let rate = cx.view(
        cx.read(&format!(
            "#/readiness/l2?date=2019-10-05&{plan}&return=plan"
        ))
        .unwrap(),
    );
    assert_eq!(rate.journey.back_to, Return::Plan);
    let back = cx.read(rate.back.as_deref().unwrap()).unwrap();
    assert_eq!(back.page, Page::Plan);
}

/// Mutants found by `scripts/mutants` in the address reader's `kept=` and `confirm=` handling:
/// each kind of bad list is refused with its own reason, and a kept answer given for "today"
/// reads back as written.
#[test]
fn kept_and_confirm_lists_are_read_strictly_each_fault_named() {
    use naas_core::address::AddressError::{NothingToConfirm, Repeated, UnknownKey};
    let (policy, readiness) = naas_core::shipped();
    let parse = |fragment: &str| address::parse(policy, readiness, fragment);
    let kept = "#/check?date=2021-06-15&role=frontline&registration=yes&employer=local-authority&kept=council.leeds.2019-10-05";
    // The same question set aside twice.
    assert_eq!(
        parse(&format!("{kept},council.bury.2019-10-05")),
        Err(vec![Repeated("council.bury.2019-10-05".into())])
    );
    // An answer set aside on a day checked as "today" reads back as written.
    let today = "#/check?date=2021-06-15&role=frontline&registration=yes&employer=local-authority&kept=council.leeds.today";
    let journey = parse(today).expect("a kept answer for today reads");
    assert_eq!(address::format(policy, readiness, &journey), today);
    // confirm=: a question we do not have, one named twice, one with no answer to confirm.
    let answered = "#/q/registration?date=2019-10-05&role=frontline&registration=yes";
    assert!(parse(&format!("{answered}&confirm=role")).is_ok());
    assert_eq!(
        parse(&format!("{answered}&confirm=wizard")),
        Err(vec![UnknownKey("wizard".into())])
    );
    assert_eq!(
        parse(&format!("{answered}&confirm=role,role")),
        Err(vec![Repeated("role".into())])
    );
    assert_eq!(
        parse(&format!("{answered}&confirm=council")),
        Err(vec![NothingToConfirm("council".into())])
    );
}
