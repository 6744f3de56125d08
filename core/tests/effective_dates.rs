//! Effective dates, one line each: at every date where the policy changes, the same answers decide one thing the day before and another on the day.

mod common;

use common::{date, policy};
use naas_core::date::Date;
use naas_core::engine::{self, Decision, Step};
use naas_core::policy::Policy;

const AT_LEEDS: &str = "role=frontline registration=yes employer=local-authority council=leeds";
const AT_WALSALL: &str = "role=frontline registration=yes employer=local-authority council=walsall";
const AT_PLYMOUTH: &str =
    "role=practice-supervisor registration=yes employer=childrens-trust council=plymouth";
const NOT_LISTED: &str =
    "role=practice-supervisor registration=yes employer=local-authority council=not-listed";

/// (the date something changes, the answers, what they decide the day before, and on the day).
///
/// An outcome may name the rule that decides it ("closed by programme-scrapped") or a text its
/// reasons must show ("... saying Social Work England") where the outcome itself stays the same.
#[rustfmt::skip]
const CHANGES: &[(&str, &str, &str, &str)] = &[
    // Phase one began in July 2018, on a day no source gives: unclear all month.
    ("2018-07-01", AT_LEEDS, "not-started", "unclear-site-date"),
    ("2018-08-01", AT_LEEDS, "unclear-site-date", "practitioner"),
    // Phase two was planned for 2019; no source gives the day any of its councils started.
    ("2019-01-01", AT_WALSALL, "not-yet", "unclear-site-date"),
    ("2019-01-01", NOT_LISTED, "not-yet-phase-one", "unclear-not-listed"),
    ("2019-07-26", AT_WALSALL, "unclear-site-date", "practitioner"),
    ("2019-12-02", "role=frontline registration=no", "not-in-scope-unregistered saying the Health and Care Professions Council (HCPC)", "not-in-scope-unregistered saying Social Work England"),
    ("2020-01-31", "role=asye registration=yes employer=local-authority", "unclear-route-early", "route-asye"),
    ("2020-01-31", "role=principal-social-worker registration=yes employer=childrens-trust", "unclear-route-early", "route-psw"),
    ("2020-03-17", AT_LEEDS, "practitioner", "paused"),
    // Centres reopened in June 2021, on a day no source gives: unclear all month.
    ("2021-06-01", AT_LEEDS, "paused", "unclear-reopening"),
    ("2021-07-01", AT_LEEDS, "unclear-reopening", "practitioner"),
    ("2021-07-07", AT_PLYMOUTH, "unclear-site-date", "supervisor"),
    // Assessments had been cancelled before the announcement of January 2022, from when no
    // source says: unclear from 1 December 2021.
    ("2021-12-01", AT_LEEDS, "practitioner", "unclear-assessments-cancelled"),
    ("2022-01-14", AT_LEEDS, "unclear-assessments-cancelled", "closed"),
    // The programme closed in March 2022, day unknown: closed for certain from 1 April.
    ("2022-04-01", AT_LEEDS, "closed", "now-practitioner"),
    ("2022-04-01", "role=asye", "closed", "now-asye-then"),
    // GOV.UK's update of 18 February 2026: reasons cite it from then, the 2018 page before; the
    // ASYE's end is asked from then, since the programme replacing it was announced.
    ("2026-02-18", "role=frontline", "now-practitioner by closed-practitioner-then", "now-practitioner by closed-practitioner"),
    ("2026-02-18", "role=asye asye-april=yes", "now-asye-then", "now-asye"),
    ("2026-02-18", "role=asye asye-april=no", "now-asye-then", "unclear-asye-transition"),
    ("2026-02-18", "role=practice-supervisor", "now-supervisor saying as updated on 18 May 2018", "now-supervisor saying updated on 18 February 2026"),
    // The early career standards apply from 1 April 2027.
    ("2027-04-01", AT_LEEDS, "now-practitioner", "now-practitioner-ecs"),
    ("2027-04-01", "role=asye asye-april=yes asye-end=yes asye-start=yes", "now-asye", "now-asye-ecs"),
    // The early career development programme replaces the ASYE from September 2027.
    ("2027-09-01", "role=asye asye-end=yes asye-start=yes", "now-asye-ecs", "unclear-asye-after"),
    ("2027-09-01", "role=asye asye-end=no", "unclear-asye-transition", "unclear-asye-after"),
];

#[test]
fn each_change_of_policy_takes_effect_on_its_day() {
    for (day, journey, before, on) in CHANGES {
        check(day, journey, before, on);
    }
}

#[test]
fn every_date_where_the_policy_changes_has_a_line_above() {
    let policy = policy();
    let listed: Vec<Date> = CHANGES.iter().map(|row| date(row.0)).collect();
    for boundary in policy.boundaries() {
        assert!(
            listed.contains(&boundary),
            "the policy changes on {} ({}), but no line of CHANGES shows what changes then: add one",
            boundary.iso(),
            boundary.long()
        );
    }
    for day in &listed {
        assert!(
            policy.boundaries().contains(day),
            "CHANGES has a line for {}, where the policy no longer changes: remove it",
            day.iso()
        );
    }
}

/// What one side of a line expects: an outcome, and maybe the deciding rule or a reason text.
struct Expected<'a> {
    outcome: &'a str,
    rule: Option<&'a str>,
    saying: Option<&'a str>,
}

/// The answers decide `before` on the day before `day` and `on` on `day`, and if the outcome
/// stays the same, the rule or reason named on each side shows what changes.
fn check(day: &str, journey: &str, before: &str, on: &str) {
    let policy = policy();
    let day = date(day);
    let line = format!("{} {journey}", day.iso());
    let (before, on) = (expected(before), expected(on));
    let then = decide(&policy, day.previous_day(), journey);
    let now = decide(&policy, day, journey);
    for (side, expect, decision, other) in [
        ("the day before", &before, &then, &now),
        ("on the day", &on, &now, &then),
    ] {
        let outcome = &policy.outcome(decision.outcome).id;
        let rule = &policy.rule(decision.rule).id;
        assert_eq!(
            outcome, expect.outcome,
            "{line}, {side}: decided by rule {rule}"
        );
        if let Some(expected_rule) = expect.rule {
            assert_eq!(rule, expected_rule, "{line}, {side}: the deciding rule");
        }
        if let Some(text) = expect.saying {
            assert!(
                says(decision, text),
                "{line}, {side}: no reason says {text:?}: {:?}",
                decision.reasons
            );
            assert!(
                !says(other, text),
                "{line}: the reasons say {text:?} on both sides, so it does not show a change"
            );
        }
    }
    if before.outcome == on.outcome {
        let rule_changes = before.rule.is_some() && before.rule != on.rule;
        let text_changes = before.saying.is_some() && on.saying.is_some();
        assert!(
            rule_changes || text_changes,
            "{line}: the outcome is {} on both sides, so the line must name the rule or the reason text that changes",
            on.outcome
        );
    }
}

fn expected(text: &str) -> Expected<'_> {
    let (outcome, saying) = match text.split_once(" saying ") {
        Some((outcome, saying)) => (outcome, Some(saying)),
        None => (text, None),
    };
    let (outcome, rule) = match outcome.split_once(" by ") {
        Some((outcome, rule)) => (outcome, Some(rule)),
        None => (outcome, None),
    };
    Expected {
        outcome,
        rule,
        saying,
    }
}

/// The decision for the answers on this date; the journey must be complete on both sides.
fn decide(policy: &Policy, date: Date, journey: &str) -> Decision {
    let answers = common::answers(policy, &format!("{} {journey}", date.iso()));
    match engine::replay(policy, &answers).step {
        Ok(Step::Decided(decision)) => decision,
        other => panic!("{} {journey}: no outcome, but {other:?}", date.iso()),
    }
}

fn says(decision: &Decision, text: &str) -> bool {
    decision.reasons.iter().any(|r| r.text.contains(text))
}
