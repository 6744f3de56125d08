//! Engine journeys, one line each: a date, the answers that matter to the line and the outcome it must reach, the rest filled in by asking the engine (the tables are in `common/journeys.rs`); and the paths that matter as such, written out in full.

mod common;

use common::journeys::{self, Table};
use common::{answers, decide_as_written, policy, reaches};
use naas_core::date::Date;
use naas_core::engine::{self, explore, Decision, Step};
use naas_core::policy::{OutcomeKind, Policy, Tense};

/// Every line of the table reaches its outcome on the shipped policy, with sourced reasons.
fn check(table: Table) {
    common::all_reach(&policy(), table);
}

/// The decision a whole journey from `line` reaches, with no outcome wanted: the first options
/// that keep every answer the line gives.
fn decide(policy: &Policy, line: &str) -> Decision {
    let answers = common::journey(policy, line, None);
    match engine::replay(policy, &answers).step {
        Ok(Step::Decided(decision)) => decision,
        other => panic!("{line}: no decision, but {other:?}"),
    }
}

/// After exactly these answers the checker asks `expected` next.
fn asks(journey: &str, expected: &str) {
    let policy = policy();
    let trip = engine::replay(&policy, &answers(&policy, journey));
    match trip.step {
        Ok(Step::Ask(q)) => assert_eq!(policy.question(q).id, expected, "{journey}"),
        other => panic!("{journey}: expected the question {expected}, got {other:?}"),
    }
}

/// Today, as the tests take it: any date after NAAS closed and before 1 April 2027.
const TODAY: &str = "2026-12-01";

#[test]
fn frontline_and_supervisors_at_naas_sites() {
    check(journeys::AT_NAAS_SITES);
}

#[test]
fn councils_before_they_joined() {
    check(journeys::BEFORE_THEY_JOINED);
}

#[test]
fn routes_for_asye_and_principal_social_workers() {
    check(journeys::ROUTES);
}

#[test]
fn dates_outside_the_live_rollout() {
    check(journeys::OUTSIDE_THE_ROLLOUT);
}

/// Issue 11.4: assessments had been cancelled before DfE announced the end of NAAS (date
/// unknown), so the weeks before it are unclear, never "you could take the assessment".
#[test]
fn early_january_2022_is_unclear_not_eligible() {
    check(journeys::EARLY_JANUARY_2022);
}

/// Issue 11.5 and 21: once NAAS had closed only the role changes what applies, so only the role
/// is asked (from 1 April 2022: it closed in March 2022, on a day no source gives), and for
/// someone in the ASYE, from GOV.UK's announcement of 18 February 2026 until September 2027,
/// whether their ASYE ends before the programme that replaces it begins.
#[test]
fn from_april_2022_only_the_role_is_asked_and_the_asye_end_while_it_can_matter() {
    asks(TODAY, "role");
    asks("2022-04-01", "role");
    for day in ["2026-02-18", TODAY, "2027-03-31"] {
        asks(&format!("{day} role=asye"), "asye-april");
    }
    for day in ["2027-04-01", "2027-08-31"] {
        asks(&format!("{day} role=asye"), "asye-end");
        asks(&format!("{day} role=asye asye-end=yes"), "asye-start");
    }
    check(journeys::AFTER_NAAS_CLOSED);
}

#[test]
fn people_outside_naas_scope() {
    check(journeys::OUT_OF_SCOPE);
}

/// Issue 11.2: someone not registered as a social worker could not take part whatever their
/// role, so registration decides before the role's own rules. Only roles out of scope whatever
/// else was true (adult services; students, who were not qualified) are decided before it.
#[test]
fn registration_decides_first_whatever_the_role() {
    check(journeys::REGISTRATION_FIRST);
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
            reaches(&policy, &journey, expected);
        }
    }
}

#[test]
fn facts_the_sources_do_not_settle() {
    check(journeys::NOT_SETTLED);
}

/// Issue 11.3: an agency social worker is asked which council or trust placed them, and told
/// whether it was a NAAS site on the date, while no published rule covered agency staff.
#[test]
fn agency_social_workers_by_the_council_that_placed_them() {
    asks(
        "2019-10-05 role=frontline registration=yes employer=agency",
        "council",
    );
    check(journeys::AGENCY);
    // Nobody could take part while the centres were closed, agency or not: nothing is asked.
    let policy = policy();
    let paused = engine::replay(
        &policy,
        &answers(
            &policy,
            "2020-06-01 role=frontline registration=yes employer=agency",
        ),
    );
    assert!(paused.path.is_empty(), "asked {:?}", paused.path);
    let outcome = paused
        .decision()
        .map(|d| policy.outcome(d.outcome).id.as_ref());
    assert_eq!(outcome, Some("paused"));

    // The reasons say whether the council was a site, with its phase's sources, and that the
    // published rule did not mention agency staff.
    let decision = reaches(
        &policy,
        "2019-10-05 employer=agency council=leeds",
        "agency-at-site",
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
    let notes = |journey: &str, outcome: &str, now: bool| -> Vec<String> {
        let decision = reaches(&policy, journey, outcome);
        let tense = if now { Tense::Now } else { Tense::Past };
        policy
            .notes_for(decision.outcome, tense)
            .map(|n| n.id.to_string())
            .collect()
    };
    let eligible = notes("2019-10-05 council=leeds", "practitioner", false);
    for id in ["cannot-now", "voluntary", "registration-unaffected"] {
        assert!(eligible.iter().any(|n| n == id), "{id} not in {eligible:?}");
    }
    let january = notes(
        "2022-01-05 role=frontline employer=local-authority",
        "unclear-assessments-cancelled",
        false,
    );
    assert!(january.iter().any(|n| n == "closed-since"), "{january:?}");
    for now in [true, false] {
        let closed = notes(&format!("{TODAY} role=frontline"), "now-practitioner", now);
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
    for role in ["asye asye-april=yes", "asye asye-april=no"] {
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
    let policy = policy();
    let asye = decide_as_written(
        &policy,
        "2020-02-10 role=asye registration=yes employer=local-authority",
    );
    assert_eq!(policy.outcome(asye.outcome).id.as_ref(), "route-asye");
}

#[test]
fn the_regulator_follows_the_date() {
    let policy = policy();
    let text = |d: &str| {
        let line = format!("{d} registration=no");
        reaches(&policy, &line, "not-in-scope-unregistered").reasons[0]
            .text
            .clone()
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
    check(journeys::JULY_2018);
}

/// Fact review (brief 8.4): assessment centres reopened in June 2021, the month and not the day,
/// so every day of June 2021 is unclear, never "you could have taken".
#[test]
fn the_days_of_june_2021_are_unclear() {
    check(journeys::JUNE_2021);
}

/// "on {date}" becomes "in June 2021" for a month alone only where "on" is a word of its own,
/// which the engine tells by the character before it, in ASCII alone (it has no Unicode tables):
/// so the data puts nothing but ASCII (a space, a quote, or the start) before any "on {date}".
#[test]
fn only_ascii_comes_before_on_date_in_the_data() {
    for (file, text) in [
        ("naas.toml", naas_core::policy::SHIPPED_TOML),
        ("readiness.toml", naas_core::readiness::SHIPPED_TOML),
    ] {
        let mut found = 0;
        for (at, _) in text.match_indices("n {date}") {
            let Some(on) = at
                .checked_sub(1)
                .filter(|&o| matches!(&text[o..o + 1], "o" | "O"))
            else {
                continue;
            };
            found += 1;
            let before = text[..on].chars().next_back();
            assert!(
                before.is_none_or(|c| c.is_ascii()),
                "{file}: {before:?} before \"on {{date}}\" at byte {on}: the engine reads only ASCII there"
            );
        }
        if file == "naas.toml" {
            assert!(
                found > 0,
                "naas.toml has no \"on {{date}}\" any more: drop this test"
            );
        }
    }
}

/// A month alone reads "in June 2021" after a space, a quote or nothing; "on" ending a longer
/// word is left alone, and so is one after a character outside ASCII.
#[test]
fn a_month_alone_reads_in_the_month() {
    let policy = policy();
    let mut answers = engine::Answers::new(common::date("2021-06-01"));
    answers.whole_month = true;
    let facts = engine::facts(&policy, &answers);
    for (text, filled) in [
        ("On {date}, you", "In June 2021, you"),
        ("open on {date}.", "open in June 2021."),
        ("\"on {date}\"", "\"in June 2021\""),
        ("(on {date})", "(in June 2021)"),
        ("Dijon {date}", "Dijon June 2021"),
        ("Cr\u{e9}on {date}", "Cr\u{e9}on June 2021"),
        ("2on {date}", "2on June 2021"),
    ] {
        assert_eq!(facts.fill(text), filled, "{text}");
    }
}

/// Fact review (brief 8.3): DfE had cancelled assessments before it said so in the week ending 14
/// January 2022, date unknown, so "could take" is not claimed for the weeks before it either:
/// from 1 December 2021 it is unclear.
#[test]
fn the_weeks_before_the_announcement_are_unclear() {
    check(journeys::WEEKS_BEFORE_THE_ANNOUNCEMENT);
}

/// Fact review (brief 1, 8.3): the programme closed in March 2022, day unknown, so no day of
/// March says it "had closed"; what holds all month is that no assessments were held.
#[test]
fn the_days_of_march_2022_say_no_assessments_were_held_not_that_naas_had_closed() {
    check(journeys::MARCH_2022);
}

/// Fact review (brief 8.2): phase two ran in 2019 and the sources first name its councils in a
/// grant letter of 18 March 2019, but no source gives the day any of them started: unclear
/// through 2019 until 26 July, never "had not joined" because of the letter's date.
#[test]
fn phase_two_councils_are_unclear_from_2019_not_from_the_grant_letter() {
    let policy = policy();
    for (line, outcome) in journeys::PHASE_TWO {
        let decision = reaches(&policy, line, outcome);
        if *outcome == "unclear-site-date" {
            assert!(
                decision
                    .reasons
                    .iter()
                    .all(|r| !r.text.contains("joined on")),
                "{line}: {:?}",
                decision.reasons
            );
        }
    }
}

/// Fact review: on dates when nobody could take an assessment the date decides alone, so
/// nothing is asked (registration and employer could not change the answer).
#[test]
fn when_nobody_could_take_part_nothing_is_asked() {
    let policy = policy();
    for day in [
        "2020-03-17",
        "2020-06-01",
        "2021-05-31",
        "2022-01-14",
        "2022-02-28",
    ] {
        let trip = engine::replay(&policy, &answers(&policy, day));
        assert!(trip.path.is_empty(), "{day}: asked {:?}", trip.path);
        assert!(trip.decision().is_some(), "{day}: no decision");
    }
}

/// Fact review: principal social workers and social workers in the ASYE are never asked which
/// council employed them, because DfE's guidance said the same for them wherever they worked;
/// their result says so.
#[test]
fn the_council_is_not_asked_where_it_cannot_change_the_answer_and_the_result_says_why() {
    let policy = policy();
    let council = policy.question_by_id("council").unwrap();
    for (line, outcome) in journeys::COUNCIL_NOT_ASKED {
        let answers = common::journey(&policy, line, Some(outcome));
        assert!(
            answers.get(council).is_none(),
            "{line}: the council is asked"
        );
        let decision = reaches(&policy, line, outcome);
        assert!(
            decision
                .reasons
                .iter()
                .any(|r| r.text.contains("which council employed you")),
            "{line}: no reason says why the council is not asked: {:?}",
            decision.reasons
        );
    }
}

/// Fact review (brief 9.2 item 5): Lancashire was added to a phase two grant letter by an update
/// no source dates, so no result says it had joined by 26 July 2019, as phase two's councils had.
/// (The other phase two councils had joined by 26 July 2019, as before: see [`journeys::PHASE_TWO`].)
#[test]
fn lancashire_is_never_said_to_have_joined_by_a_date() {
    let policy = policy();
    for (line, outcome) in journeys::LANCASHIRE {
        let decision = reaches(&policy, line, outcome);
        for reason in &decision.reasons {
            assert!(
                !reason.text.contains("26 July 2019") && !reason.text.contains("joined NAAS in"),
                "{line}: {}",
                reason.text
            );
        }
    }
}
