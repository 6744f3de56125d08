//! Helpers shared by the pages' tests: the view of an address, and a result's address from intent (a date, the answers that matter and the outcome wanted), the rest filled in by asking the engine.
#![allow(dead_code)]

use naas_core::address;
use naas_core::date::Date;
use naas_core::engine::explore;
use naas_core::journey::view::View;
use naas_core::journey::{Context, Journey, Page, When};

/// The address of the result that `line` ("2019-10-05 council=leeds") leads to, ending in
/// `outcome`, with every other answer the engine asks for filled in by [`explore::complete`].
pub fn result_address(line: &str, outcome: &str) -> String {
    let (policy, readiness) = naas_core::shipped();
    let (day, rest) = line.split_once(' ').unwrap_or((line, ""));
    let date = Date::parse(day).unwrap_or_else(|_| panic!("{day} is not a date"));
    let intent = explore::intent(policy, rest).unwrap_or_else(|e| panic!("{e}"));
    let want = policy.outcome_by_id(outcome);
    assert!(want.is_some(), "there is no outcome `{outcome}`");
    let path = explore::complete(policy, date, &intent, want)
        .unwrap_or_else(|| panic!("no journey on {day} with `{rest}` ends in `{outcome}`"));
    let mut journey = Journey::at(Page::Result);
    journey.when = When::On(date);
    journey.chosen = path.into_iter().collect();
    address::format(policy, readiness, &journey)
}

/// The view of an address, read with today fixed on 1 December 2026 and no council date.
pub fn view(fragment: &str) -> View<'static> {
    let (policy, readiness) = naas_core::shipped();
    let cx = Context {
        policy,
        readiness,
        today: Date::parse("2026-12-01").unwrap(),
        fixed: None,
    };
    cx.view(address::parse(policy, readiness, fragment).unwrap())
}
