//! Engine journeys, one line each: a date and the answers a user gives, and the outcome they must reach.

use naas_core::date::Date;
use naas_core::engine::{self, Answers, Step};
use naas_core::policy::{OutcomeKind, Policy};

fn policy() -> Policy {
    naas_core::shipped().0.clone()
}

/// Parses "2019-10-05 role=frontline registration=yes" into answers.
fn answers(policy: &Policy, journey: &str) -> Answers {
    let mut words = journey.split_whitespace();
    let date = Date::parse(words.next().expect("a date first")).expect("a real date");
    let mut answers = Answers::new(date);
    for word in words {
        let (q, o) = word.split_once('=').expect("question=option");
        let qid = policy
            .question_by_id(q)
            .unwrap_or_else(|| panic!("no question {q}"));
        let oid = policy
            .option_by_id(qid, o)
            .unwrap_or_else(|| panic!("no option {o} for {q}"));
        answers.set(qid, oid);
    }
    answers
}

/// The journey, answered in full, decides `expected`; every answer given was needed; and the
/// decision gives at least one reason, each with a source.
fn check(journey: &str, expected: &str) {
    let policy = policy();
    let answers = answers(&policy, journey);
    let trip = engine::replay(&policy, &answers);
    let Ok(Step::Decided(decision)) = trip.step else {
        panic!(
            "{journey}: expected the outcome {expected}, got {:?}",
            trip.step.map(|s| match s {
                Step::Ask(q) => format!("a question: {}", policy.question(q).id),
                Step::Decided(_) => unreachable!(),
            })
        );
    };
    let got = &policy.outcome(decision.outcome).id;
    assert_eq!(
        got,
        expected,
        "{journey}: decided by rule {}",
        policy.rule(decision.rule).id
    );
    assert_eq!(
        trip.path.len(),
        answers.len(),
        "{journey}: some answers were not needed"
    );
    assert!(!decision.reasons.is_empty(), "{journey}: no reasons");
    for reason in &decision.reasons {
        assert!(
            !reason.sources.is_empty(),
            "{journey}: reason without a source: {}",
            reason.text
        );
        assert!(
            !reason.text.contains('{'),
            "{journey}: unfilled placeholder: {}",
            reason.text
        );
    }
}

/// After these answers the checker asks `expected` next.
fn asks(journey: &str, expected: &str) {
    let policy = policy();
    let trip = engine::replay(&policy, &answers(&policy, journey));
    match trip.step {
        Ok(Step::Ask(q)) => assert_eq!(policy.question(q).id, expected, "{journey}"),
        other => panic!("{journey}: expected the question {expected}, got {other:?}"),
    }
}

const AT_LEEDS: &str = "registration=yes employer=local-authority council=leeds";

#[test]
fn frontline_and_supervisors_at_naas_sites() {
    check(
        &format!("2018-10-01 role=frontline {AT_LEEDS}"),
        "practitioner",
    );
    check(
        &format!("2018-07-01 role=practice-supervisor {AT_LEEDS}"),
        "supervisor",
    );
    check(
        "2019-10-05 role=frontline registration=yes employer=childrens-trust council=barnsley",
        "practitioner",
    );
    check(
        "2021-06-01 role=frontline registration=yes employer=local-authority council=plymouth",
        "unclear-site-date",
    );
    check(
        "2021-07-07 role=frontline registration=yes employer=local-authority council=plymouth",
        "practitioner",
    );
    check(
        &format!("2022-01-13 role=practice-supervisor {AT_LEEDS}"),
        "supervisor",
    );
}

#[test]
fn councils_before_they_joined() {
    check(
        "2018-10-01 role=frontline registration=yes employer=local-authority council=barnsley",
        "not-yet",
    );
    check("2019-03-17 role=practice-supervisor registration=yes employer=local-authority council=walsall", "not-yet");
    check("2019-03-18 role=practice-supervisor registration=yes employer=local-authority council=walsall", "supervisor");
    check(
        "2018-10-01 role=frontline registration=yes employer=local-authority council=not-listed",
        "not-yet-phase-one",
    );
    check(
        "2019-10-01 role=frontline registration=yes employer=local-authority council=not-listed",
        "unclear-not-listed",
    );
    check(
        "2019-10-01 role=frontline registration=yes employer=childrens-trust council=dont-know",
        "unclear-council",
    );
}

#[test]
fn routes_for_asye_and_principal_social_workers() {
    check(
        "2020-02-10 role=asye registration=yes employer=local-authority",
        "route-asye",
    );
    check(
        "2021-09-01 role=principal-social-worker registration=yes employer=childrens-trust",
        "route-psw",
    );
    check(
        "2019-06-01 role=asye registration=yes employer=local-authority",
        "unclear-route-early",
    );
    check(
        "2020-01-30 role=principal-social-worker registration=yes employer=childrens-trust",
        "unclear-route-early",
    );
}

#[test]
fn dates_outside_the_live_rollout() {
    check("2026-11-22", "closed");
    check("2022-03-01", "closed");
    check("2022-01-14", "closed");
    check("2018-06-30", "not-started");
    check("2015-01-01", "not-started");
    check(&format!("2020-03-17 role=frontline {AT_LEEDS}"), "paused");
    check(
        "2021-05-31 role=asye registration=yes employer=local-authority",
        "paused",
    );
    check(
        &format!("2021-06-01 role=frontline {AT_LEEDS}"),
        "practitioner",
    );
}

#[test]
fn people_outside_naas_scope() {
    check("2019-10-01 role=adult-services", "not-in-scope-adult");
    check("2019-10-01 role=student", "not-in-scope-student");
    check(
        "2019-10-01 role=frontline registration=no",
        "not-in-scope-unregistered",
    );
    check(
        "2019-10-01 role=frontline registration=yes employer=outside-england",
        "not-in-scope-outside-england",
    );
}

#[test]
fn facts_the_sources_do_not_settle() {
    check("2019-10-01 role=other", "unclear-role");
    check("2019-10-01 role=practice-leader", "unclear-practice-leader");
    check(
        "2019-10-01 role=frontline registration=not-sure",
        "unclear-registration",
    );
    check(
        "2019-10-01 role=frontline registration=yes employer=agency",
        "unclear-agency",
    );
    check(
        "2019-10-01 role=frontline registration=yes employer=voluntary",
        "unclear-voluntary",
    );
    check(
        "2019-10-01 role=practice-supervisor registration=yes employer=cafcass",
        "unclear-cafcass",
    );
}

#[test]
fn questions_come_in_order_and_only_when_needed() {
    asks("2019-10-05", "role");
    asks("2019-10-05 role=frontline", "registration");
    asks("2019-10-05 role=frontline registration=yes", "employer");
    asks(
        "2019-10-05 role=frontline registration=yes employer=local-authority",
        "council",
    );
    // ASYE does not depend on the council, so it is never asked.
    check(
        "2020-02-10 role=asye registration=yes employer=local-authority",
        "route-asye",
    );
}

#[test]
fn the_regulator_follows_the_date() {
    let policy = policy();
    let text = |d: &str| {
        let a = answers(&policy, &format!("{d} role=frontline registration=no"));
        let Ok(Step::Decided(decision)) = engine::evaluate(&policy, &a) else {
            panic!()
        };
        decision.reasons[0].text.clone()
    };
    assert!(text("2019-12-01").contains("Health and Care Professions Council"));
    assert!(text("2019-12-02").contains("Social Work England"));
}

#[test]
fn every_outcome_kind_is_reached_by_a_journey_above() {
    // The journeys above cover every kind; this guards the list of kinds against silent growth.
    let policy = policy();
    for kind in OutcomeKind::ALL {
        assert!(
            policy.outcomes.iter().any(|o| o.kind == kind),
            "no outcome of kind {}",
            kind.id()
        );
    }
}
