//! Engine journeys, one line each: a date and the answers a user gives, and the outcome they must reach.

use naas_core::date::Date;
use naas_core::engine::{self, explore, Answers, Decision, Step};
use naas_core::policy::{OutcomeKind, Policy, Tense};

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

/// The decision the journey reaches.
fn decide(policy: &Policy, journey: &str) -> Decision {
    match engine::replay(policy, &answers(policy, journey)).step {
        Ok(Step::Decided(decision)) => decision,
        other => panic!("{journey}: no decision, but {other:?}"),
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
const AT_WALSALL: &str = "registration=yes employer=local-authority council=walsall";

/// Today, as the tests take it: any date after NAAS closed and before 1 April 2027.
const TODAY: &str = "2026-12-01";

#[test]
fn frontline_and_supervisors_at_naas_sites() {
    check(
        &format!("2018-10-01 role=frontline {AT_LEEDS}"),
        "practitioner",
    );
    check(
        &format!("2018-08-01 role=practice-supervisor {AT_LEEDS}"),
        "supervisor",
    );
    check(
        "2019-10-05 role=frontline registration=yes employer=childrens-trust council=barnsley",
        "practitioner",
    );
    check(
        "2021-07-01 role=frontline registration=yes employer=local-authority council=plymouth",
        "unclear-site-date",
    );
    check(
        "2021-07-07 role=frontline registration=yes employer=local-authority council=plymouth",
        "practitioner",
    );
    check(
        &format!("2021-11-30 role=practice-supervisor {AT_LEEDS}"),
        "supervisor",
    );
}

#[test]
fn councils_before_they_joined() {
    check(
        "2018-10-01 role=frontline registration=yes employer=local-authority council=barnsley",
        "not-yet",
    );
    // Phase two: "not yet" before 2019, when it was planned to run; unclear until the sources
    // show its councils as having joined (26 July 2019), a NAAS site from then.
    check(
        &format!("2018-12-31 role=practice-supervisor {AT_WALSALL}"),
        "not-yet",
    );
    check(
        &format!("2019-01-01 role=practice-supervisor {AT_WALSALL}"),
        "unclear-site-date",
    );
    check(
        &format!("2019-07-25 role=frontline {AT_WALSALL}"),
        "unclear-site-date",
    );
    check(
        &format!("2019-07-26 role=frontline {AT_WALSALL}"),
        "practitioner",
    );
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
    check("2018-06-30", "not-started");
    check("2015-01-01", "not-started");
    check("2020-03-17", "paused");
    check("2021-05-31", "paused");
    check(
        &format!("2021-07-01 role=frontline {AT_LEEDS}"),
        "practitioner",
    );
    check("2022-01-14", "closed");
    check("2022-02-28", "closed");
}

/// Issue 11.4: assessments had been cancelled before DfE announced the end of NAAS (date
/// unknown), so the weeks before it are unclear, never "you could take the assessment".
#[test]
fn early_january_2022_is_unclear_not_eligible() {
    for day in ["2021-12-01", "2022-01-01", "2022-01-05", "2022-01-13"] {
        check(
            &format!("{day} role=frontline registration=yes employer=local-authority"),
            "unclear-assessments-cancelled",
        );
        check(
            &format!("{day} role=asye registration=yes employer=childrens-trust"),
            "unclear-assessments-cancelled",
        );
        check(
            &format!("{day} role=practice-supervisor registration=yes employer=agency"),
            "unclear-assessments-cancelled",
        );
    }
    // Who was out of scope stays out of scope.
    check(
        "2022-01-05 role=frontline registration=no",
        "not-in-scope-unregistered",
    );
    check("2022-01-05 role=adult-services", "not-in-scope-adult");
}

/// Issue 11.5 and 21: once NAAS had closed only the role changes what applies, so only the role
/// is asked (from 1 April 2022: it closed in March 2022, on a day no source gives), and for
/// someone in the ASYE, from GOV.UK's announcement of 18 February 2026 until September 2027,
/// whether their ASYE ends before the programme that replaces it begins.
#[test]
fn from_april_2022_only_the_role_is_asked_and_the_asye_end_while_it_can_matter() {
    asks(TODAY, "role");
    asks("2022-04-01", "role");
    check(&format!("{TODAY} role=frontline"), "now-practitioner");
    check("2027-03-31 role=frontline", "now-practitioner");
    check("2027-04-01 role=frontline", "now-practitioner-ecs");
    check("2028-12-31 role=frontline", "now-practitioner-ecs");
    check("2022-04-01 role=asye", "now-asye-then");
    check("2026-02-17 role=asye", "now-asye-then");
    for day in [
        "2026-02-18",
        TODAY,
        "2027-03-31",
        "2027-04-01",
        "2027-08-31",
    ] {
        asks(&format!("{day} role=asye"), "asye-end");
        check(
            &format!("{day} role=asye asye-end=no"),
            "unclear-asye-transition",
        );
        check(
            &format!("{day} role=asye asye-end=not-sure"),
            "unclear-asye-transition",
        );
    }
    check(&format!("{TODAY} role=asye asye-end=yes"), "now-asye");
    check("2027-03-31 role=asye asye-end=yes", "now-asye");
    check("2027-04-01 role=asye asye-end=yes", "now-asye-ecs");
    check("2027-08-31 role=asye asye-end=yes", "now-asye-ecs");
    // "From September 2027": the month, not the day, so its days have an outcome of their own.
    check("2027-09-01 role=asye", "now-asye-ecdp-starting");
    check("2027-09-30 role=asye", "now-asye-ecdp-starting");
    check("2027-10-01 role=asye", "now-asye-ecdp");
    check(
        &format!("{TODAY} role=practice-supervisor"),
        "now-supervisor",
    );
    check(&format!("{TODAY} role=practice-leader"), "now-leader");
    check(
        &format!("{TODAY} role=principal-social-worker"),
        "now-other",
    );
    check(&format!("{TODAY} role=other"), "now-other");
    check(&format!("{TODAY} role=adult-services"), "now-adult");
    check("2022-04-01 role=adult-services", "now-adult");
    check("2022-03-31", "closed");
    check(&format!("{TODAY} role=student"), "now-student");
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

/// Issue 11.2: someone not registered as a social worker could not take part whatever their
/// role, so registration decides before the role's own rules. Only roles out of scope whatever
/// else was true (adult services; students, who were not qualified) are decided before it.
/// The first two lines failed when "another role" and "practice leader" were decided first.
#[test]
fn registration_decides_first_whatever_the_role() {
    check(
        "2019-10-01 role=other registration=no",
        "not-in-scope-unregistered",
    );
    check(
        "2019-10-01 role=practice-leader registration=no",
        "not-in-scope-unregistered",
    );
    check(
        "2019-10-01 role=other registration=not-sure",
        "unclear-registration",
    );
    check(
        "2019-10-01 role=practice-leader registration=not-sure",
        "unclear-registration",
    );
    let policy = policy();
    let role = policy.question_by_id("role").unwrap();
    for date in [
        "2018-07-01",
        "2019-10-01",
        "2021-06-01",
        "2021-07-07",
        "2021-12-01",
    ] {
        for option in policy.option_ids(role) {
            let id = &policy.choice(role, option).id;
            let expected = match id.as_ref() {
                "adult-services" => "not-in-scope-adult",
                "student" => "not-in-scope-student",
                _ => "not-in-scope-unregistered",
            };
            let journey = match expected {
                "not-in-scope-unregistered" => format!("{date} role={id} registration=no"),
                _ => format!("{date} role={id}"),
            };
            check(&journey, expected);
        }
    }
}

#[test]
fn facts_the_sources_do_not_settle() {
    check("2019-10-01 role=other registration=yes", "unclear-role");
    check(
        "2019-10-01 role=practice-leader registration=yes",
        "unclear-practice-leader",
    );
    check(
        "2019-10-01 role=frontline registration=not-sure",
        "unclear-registration",
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

/// Issue 11.3: an agency social worker is asked which council or trust placed them, and told
/// whether it was a NAAS site on the date, while no published rule covered agency staff.
#[test]
fn agency_social_workers_by_the_council_that_placed_them() {
    asks(
        "2019-10-05 role=frontline registration=yes employer=agency",
        "council",
    );
    let agency = "registration=yes employer=agency";
    check(
        &format!("2019-10-05 role=frontline {agency} council=leeds"),
        "agency-at-site",
    );
    check(
        &format!("2019-10-05 role=practice-supervisor {agency} council=walsall"),
        "agency-at-site",
    );
    check(
        &format!("2018-12-01 role=frontline {agency} council=walsall"),
        "agency-not-yet",
    );
    check(
        &format!("2019-05-01 role=frontline {agency} council=walsall"),
        "agency-site-date-unclear",
    );
    check(
        &format!("2021-07-01 role=frontline {agency} council=plymouth"),
        "agency-site-date-unclear",
    );
    check(
        &format!("2019-10-05 role=frontline {agency} council=not-listed"),
        "unclear-agency",
    );
    check(
        &format!("2019-10-05 role=frontline {agency} council=dont-know"),
        "unclear-agency",
    );
    check(
        &format!("2020-02-10 role=asye {agency} council=bury"),
        "agency-at-site",
    );
    // Nobody could take part while the centres were closed, agency or not: nothing is asked.
    check("2020-06-01", "paused");

    // The reasons say whether the council was a site, with its phase's sources, and that the
    // published rule did not mention agency staff.
    let policy = policy();
    let decision = decide(
        &policy,
        &format!("2019-10-05 role=frontline {agency} council=leeds"),
    );
    let sources: Vec<&str> = decision
        .reasons
        .iter()
        .flat_map(|r| r.sources.iter().map(|s| policy.source(*s).id.as_ref()))
        .collect();
    for source in ["govuk-naas-guidance", "cc-2016-03-11", "cc-2018-07-17"] {
        assert!(sources.contains(&source), "no {source} in {sources:?}");
    }
    let outcome = policy.outcome(decision.outcome);
    assert_eq!(outcome.kind, OutcomeKind::Unclear);
    assert!(outcome.ask.as_ref().is_some_and(|a| a.contains("agency")));
}

/// Issue 11.4 and 13: past dates speak of that time and say that none of it can be done now;
/// notes such as "voluntary" go only with results they are relevant to, never with "closed".
#[test]
fn notes_go_only_with_the_results_they_are_relevant_to() {
    let policy = policy();
    let notes = |journey: &str, now: bool| -> Vec<String> {
        let decision = decide(&policy, journey);
        let tense = if now { Tense::Now } else { Tense::Past };
        policy
            .notes_for(decision.outcome, tense)
            .map(|n| n.id.to_string())
            .collect()
    };
    let eligible = notes(&format!("2019-10-05 role=frontline {AT_LEEDS}"), false);
    for id in ["cannot-now", "voluntary", "registration-unaffected"] {
        assert!(eligible.iter().any(|n| n == id), "{id} not in {eligible:?}");
    }
    let january = notes(
        "2022-01-05 role=frontline registration=yes employer=local-authority",
        false,
    );
    assert!(january.iter().any(|n| n == "closed-since"), "{january:?}");
    for now in [true, false] {
        let closed = notes(&format!("{TODAY} role=frontline"), now);
        // Today: keep your certificate. Another date: that result is about then, and now may
        // be different.
        let expected = if now {
            "keep-your-certificate"
        } else {
            "closed-then"
        };
        assert!(closed.iter().any(|n| n == expected), "{closed:?}");
        for id in [
            "voluntary",
            "registration-unaffected",
            "cannot-now",
            "closed-since",
        ] {
            assert!(!closed.iter().any(|n| n == id), "{id} in {closed:?}");
        }
    }
}

/// Fact review: "if you were accredited, keep your own copy" goes only with the roles that could
/// have been accredited while NAAS ran. Someone in the ASYE today qualified after it closed;
/// practice leaders were encouraged to take the practice supervisor assessment, and may have
/// been accredited in an earlier role.
#[test]
fn keep_your_certificate_goes_only_with_roles_that_could_have_been_accredited() {
    let policy = policy();
    let today = |role: &str| -> Vec<String> {
        let decision = decide(&policy, &format!("{TODAY} role={role}"));
        policy
            .notes_for(decision.outcome, Tense::Now)
            .map(|n| n.id.to_string())
            .collect()
    };
    for role in ["asye asye-end=yes", "asye asye-end=no"] {
        let notes = today(role);
        for id in ["keep-your-certificate", "accreditation-now"] {
            assert!(!notes.iter().any(|n| n == id), "{role}: {notes:?}");
        }
    }
    for role in [
        "frontline",
        "practice-supervisor",
        "practice-leader",
        "principal-social-worker",
        "other",
    ] {
        let notes = today(role);
        assert!(
            notes.iter().any(|n| n == "keep-your-certificate"),
            "{role}: {notes:?}"
        );
    }
}

/// Issue 11.4 and 11.5: whatever can be reached on today's date has present-tense words for it.
#[test]
fn what_today_reaches_has_present_tense_texts() {
    let policy = policy();
    for date in [TODAY, "2027-04-01", "2027-09-01", "2027-10-01"] {
        explore::walk(
            &policy,
            Date::parse(date).unwrap(),
            &mut |visit| match visit.step {
                Ok(Step::Ask(q)) => {
                    let q = policy.question(*q);
                    assert!(
                        q.title_now.is_some(),
                        "{date}: question {} has no title_now",
                        q.id
                    );
                }
                Ok(Step::Decided(d)) => {
                    let o = policy.outcome(d.outcome);
                    assert!(
                        o.summary_now.is_some(),
                        "{date}: outcome {} has no summary_now",
                        o.id
                    );
                    assert_ne!(o.kind, OutcomeKind::Eligible, "{date}: {}", o.id);
                }
                Err(gap) => panic!("{date}: {gap:?}"),
            },
        );
    }
}

#[test]
fn questions_come_in_order_and_only_when_needed() {
    asks("2019-10-05", "role");
    asks("2019-10-05 role=frontline", "registration");
    asks("2019-10-05 role=other", "registration");
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

/// Fact review (brief 8.4 and 0): phase one began in July 2018, the month and not the day, so
/// every day of July 2018 is unclear at a phase one council, never "it was a NAAS site".
#[test]
fn the_days_of_july_2018_are_unclear_at_phase_one_councils() {
    for day in ["2018-07-01", "2018-07-31"] {
        check(
            &format!("{day} role=frontline {AT_LEEDS}"),
            "unclear-site-date",
        );
    }
    check(
        &format!("2018-08-01 role=frontline {AT_LEEDS}"),
        "practitioner",
    );
}

/// Fact review (brief 8.4): assessment centres reopened in June 2021, the month and not the day,
/// so every day of June 2021 is unclear, never "you could have taken".
#[test]
fn the_days_of_june_2021_are_unclear() {
    for day in ["2021-06-01", "2021-06-30"] {
        check(
            &format!("{day} role=frontline registration=yes employer=local-authority"),
            "unclear-reopening",
        );
    }
    check(
        &format!("2021-07-01 role=frontline {AT_LEEDS}"),
        "practitioner",
    );
}

/// Fact review (brief 8.3): DfE had cancelled assessments before it said so in the week ending 14
/// January 2022, date unknown, so "could take" is not claimed for the weeks before it either:
/// from 1 December 2021 it is unclear.
#[test]
fn the_weeks_before_the_announcement_are_unclear() {
    check(
        &format!("2021-11-30 role=frontline {AT_LEEDS}"),
        "practitioner",
    );
    for day in ["2021-12-01", "2021-12-31", "2022-01-13"] {
        check(
            &format!("{day} role=frontline registration=yes employer=local-authority"),
            "unclear-assessments-cancelled",
        );
    }
}

/// Fact review (brief 1, 8.3): the programme closed in March 2022, day unknown, so no day of
/// March says it "had closed"; what holds all month is that no assessments were held.
#[test]
fn the_days_of_march_2022_say_no_assessments_were_held_not_that_naas_had_closed() {
    for day in ["2022-03-01", "2022-03-31"] {
        check(day, "closed");
    }
    check("2022-04-01 role=frontline", "now-practitioner");
}

/// Fact review (brief 8.2): phase two ran in 2019 and the sources first name its councils in a
/// grant letter of 18 March 2019, but no source gives the day any of them started: unclear
/// through 2019 until 26 July, never "had not joined" because of the letter's date.
#[test]
fn phase_two_councils_are_unclear_from_2019_not_from_the_grant_letter() {
    let barnsley = "role=frontline registration=yes employer=local-authority council=barnsley";
    check(&format!("2018-12-31 {barnsley}"), "not-yet");
    let policy = policy();
    for day in ["2019-01-01", "2019-03-01", "2019-03-18", "2019-07-25"] {
        let journey = format!("{day} {barnsley}");
        check(&journey, "unclear-site-date");
        let decision = decide(&policy, &journey);
        assert!(
            decision
                .reasons
                .iter()
                .all(|r| !r.text.contains("joined on")),
            "{journey}: {:?}",
            decision.reasons
        );
    }
}

/// Fact review: on dates when nobody could take an assessment the date decides alone, so
/// nothing is asked (registration and employer could not change the answer).
#[test]
fn when_nobody_could_take_part_nothing_is_asked() {
    for day in [
        "2020-03-17",
        "2020-06-01",
        "2021-05-31",
        "2022-01-14",
        "2022-02-28",
    ] {
        let policy = policy();
        let trip = engine::replay(&policy, &answers(&policy, day));
        assert!(trip.path.is_empty(), "{day}: asked {:?}", trip.path);
        assert!(trip.decision().is_some(), "{day}: no decision");
    }
    check("2020-06-01", "paused");
    check("2022-02-01", "closed");
}

/// Fact review: principal social workers and social workers in the ASYE are never asked which
/// council employed them, because DfE's guidance said the same for them wherever they worked;
/// their result says so.
#[test]
fn the_council_is_not_asked_where_it_cannot_change_the_answer_and_the_result_says_why() {
    let policy = policy();
    for journey in [
        "2019-10-05 role=asye registration=yes employer=local-authority",
        "2019-10-05 role=principal-social-worker registration=yes employer=childrens-trust",
        "2020-02-10 role=asye registration=yes employer=local-authority",
        "2021-09-01 role=principal-social-worker registration=yes employer=local-authority",
    ] {
        let decision = decide(&policy, journey);
        assert!(
            decision
                .reasons
                .iter()
                .any(|r| r.text.contains("which council employed you")),
            "{journey}: no reason says why the council is not asked: {:?}",
            decision.reasons
        );
    }
}

/// Fact review (brief 9.2 item 5): Lancashire was added to a phase two grant letter by an update
/// no source dates, so no result says it had joined by 26 July 2019, as phase two's councils had.
#[test]
fn lancashire_is_never_said_to_have_joined_by_a_date() {
    let policy = policy();
    for day in ["2018-10-01", "2019-08-01", "2020-01-15", "2021-10-01"] {
        check(
            &format!(
                "{day} role=frontline registration=yes employer=local-authority council=lancashire"
            ),
            "unclear-site-date-unknown",
        );
        check(
            &format!("{day} role=practice-supervisor registration=yes employer=childrens-trust council=lancashire"),
            "unclear-site-date-unknown",
        );
        check(
            &format!("{day} role=frontline registration=yes employer=agency council=lancashire"),
            "agency-site-date-unknown",
        );
        let decision = decide(
            &policy,
            &format!(
                "{day} role=frontline registration=yes employer=local-authority council=lancashire"
            ),
        );
        for reason in &decision.reasons {
            assert!(
                !reason.text.contains("26 July 2019") && !reason.text.contains("joined NAAS in"),
                "{day}: {}",
                reason.text
            );
        }
    }
    // The other phase two councils had joined by 26 July 2019, as before.
    check(
        "2019-08-01 role=frontline registration=yes employer=local-authority council=barnsley",
        "practitioner",
    );
}
