//! What applies on a date, at every dated boundary after NAAS and at the horizon, with "today" on both sides: the result for "today" and for the same date checked explicitly agree, the outcome never depends on today, and the tense follows today.

use naas_core::date::Date;
use naas_core::journey::view::{Relation, Screen, View};
use naas_core::journey::Context;
use naas_core::policy::{OutcomeKind, Tense};

/// The days either side of each change after NAAS, and the horizon.
const DAYS: &[&str] = &[
    "2026-02-17",
    "2026-02-18",
    "2027-03-31",
    "2027-04-01",
    "2027-08-31",
    "2027-09-01",
    "2027-09-30",
    "2027-10-01",
    "2028-12-31",
];

/// The people who ask: each role, and for the ASYE the answers about when it ends and began
/// (each date asks only those it needs).
const WHO: &[&str] = &[
    "role=frontline",
    "role=asye&asye-april=yes&asye-end=yes&asye-start=yes",
    "role=asye&asye-april=no&asye-end=no",
    "role=asye&asye-april=yes&asye-end=yes&asye-start=no",
    "role=practice-supervisor",
    "role=practice-leader",
    "role=principal-social-worker",
    "role=adult-services",
    "role=student",
];

fn date(text: &str) -> Date {
    Date::parse(text).unwrap_or_else(|_| panic!("{text} is not a date"))
}

fn cx(today: Date) -> Context<'static> {
    let (policy, readiness) = naas_core::shipped();
    Context {
        policy,
        readiness,
        today,
        fixed: None,
    }
}

/// The view of an address, read as the app reads it.
fn view(cx: &Context<'static>, fragment: &str) -> View<'static> {
    let journey = cx
        .read(fragment)
        .unwrap_or_else(|e| panic!("{fragment}: {e:?}"));
    cx.view(journey)
}

/// The outcome id, title and summary of a result page.
fn result(view: &View) -> (String, String, String) {
    let Screen::Result(verdict) = &view.screen else {
        panic!("not a result: {:?}", view.journey.page)
    };
    let outcome = verdict.outcome.expect("an outcome");
    (
        outcome.id.to_string(),
        verdict.title.clone(),
        verdict.summary.clone(),
    )
}

#[test]
fn today_and_the_same_date_checked_explicitly_agree_and_the_tense_follows_today() {
    let (policy, _) = naas_core::shipped();
    for day in DAYS.iter().map(|d| date(d)) {
        for who in WHO {
            let explicit = format!("#/result?date={}&{who}", day.iso());
            // With today the day itself, "today" and the date agree in every word.
            let on_the_day = cx(day);
            let as_today = result(&view(&on_the_day, &format!("#/result?date=today&{who}")));
            let as_date = result(&view(&on_the_day, &explicit));
            assert_eq!(as_today, as_date, "{explicit}, read on the day");
            // The day before, the same date is still to come; the day after, it is past. The
            // outcome is the same; the words follow the tense.
            for (today, tense) in [
                (day.previous_day(), Tense::Future),
                (day, Tense::Now),
                (day.next_day(), Tense::Past),
            ] {
                let seen = view(&cx(today), &explicit);
                assert_eq!(seen.tense, tense, "{explicit} on {}", today.iso());
                let (outcome, title, summary) = result(&seen);
                assert_eq!(
                    outcome,
                    as_date.0,
                    "{explicit} on {}: the outcome",
                    today.iso()
                );
                let o = policy.outcome(policy.outcome_by_id(&outcome).unwrap());
                let facts_free = |t: &str| !t.contains('{');
                if facts_free(o.title_for(tense)) {
                    assert_eq!(title, *o.title_for(tense), "{explicit} on {}", today.iso());
                }
                assert!(!summary.is_empty());
                if tense == Tense::Future && o.kind == OutcomeKind::Closed {
                    let Screen::Result(verdict) = &seen.screen else {
                        unreachable!()
                    };
                    assert!(
                        verdict
                            .lead_notes
                            .iter()
                            .any(|n| n.text.contains("which is still to come")),
                        "{explicit} on {}: a date to come says it is announced and may change",
                        today.iso()
                    );
                }
            }
        }
    }
}

#[test]
fn on_each_boundary_the_result_changes_on_the_day_whatever_today_is() {
    // (the day, the answers, the outcome the day before, the outcome on the day)
    let changes = [
        (
            "2027-04-01",
            "role=frontline",
            "now-practitioner",
            "now-practitioner-ecs",
        ),
        (
            "2027-04-01",
            "role=asye&asye-april=yes&asye-end=yes&asye-start=yes",
            "now-asye",
            "now-asye-ecs",
        ),
        (
            "2027-09-01",
            "role=asye&asye-end=yes&asye-start=yes",
            "now-asye-ecs",
            "unclear-asye-after",
        ),
        (
            "2027-09-01",
            "role=asye&asye-end=no",
            "unclear-asye-transition",
            "unclear-asye-after",
        ),
    ];
    for today in ["2026-12-07", "2027-04-01", "2027-09-15", "2028-06-01"] {
        let cx = cx(date(today));
        for (day, who, before, on) in changes {
            let day = date(day);
            let the_day_before = format!("#/result?date={}&{who}", day.previous_day().iso());
            let the_day = format!("#/result?date={}&{who}", day.iso());
            assert_eq!(
                result(&view(&cx, &the_day_before)).0,
                before,
                "{the_day_before} on {today}"
            );
            assert_eq!(result(&view(&cx, &the_day)).0, on, "{the_day} on {today}");
        }
    }
}

#[test]
fn the_horizon_is_the_last_date_unless_today_has_passed_it() {
    let (policy, _) = naas_core::shipped();
    let horizon = policy.meta.horizon;
    let now = cx(date("2026-12-07"));
    assert!(now
        .read(&format!("#/result?date={}&role=frontline", horizon.iso()))
        .is_ok());
    let after = horizon.next_day();
    let refused = now
        .read(&format!("#/result?date={}&role=frontline", after.iso()))
        .unwrap_err();
    assert!(
        refused[0].to_string().contains(&horizon.long()),
        "{}",
        refused[0]
    );
    // A day after the horizon, today is still a date the checker can check.
    let later = cx(after);
    assert!(later
        .read(&format!("#/result?date={}&role=frontline", after.iso()))
        .is_ok());
}

#[test]
fn the_timeline_places_the_date_and_shows_only_what_was_announced_by_then() {
    let today = cx(date("2026-12-07"));
    let rows = |cx: &Context<'static>, fragment: &str| -> Vec<(String, String, Relation)> {
        view(cx, fragment)
            .timeline
            .iter()
            .map(|r| (r.period.id.to_string(), r.when.clone(), r.relation))
            .collect()
    };
    let now = rows(&today, "#/result?date=today&role=frontline");
    assert!(now.contains(&(
        "kss-practitioner".into(),
        "From 19 November 2015 to 31 March 2027".into(),
        Relation::InForce
    )));
    assert!(now.contains(&(
        "early-career-standards".into(),
        "From 1 April 2027".into(),
        Relation::ToCome
    )));
    assert!(now.contains(&(
        "naas".into(),
        "From July 2018 to March 2022".into(),
        Relation::Ended
    )));
    // In 2023 nothing announced in 2026 is shown, nor the end of the practitioner statement.
    let then = rows(&today, "#/result?date=2023-05-01&role=frontline");
    assert!(then
        .iter()
        .all(|(id, _, _)| !id.starts_with("early-career")));
    assert!(then.contains(&(
        "kss-practitioner".into(),
        "From 19 November 2015".into(),
        Relation::InForce
    )));
    let view_2023 = view(&today, "#/result?date=2023-05-01&role=frontline");
    for row in &view_2023.timeline {
        for s in &row.sources {
            let published = today.policy.source(*s).published;
            assert!(
                published.is_none_or(|p| p.date <= date("2023-05-01")),
                "{}: cites {} on 2023",
                row.period.id,
                today.policy.source(*s).id
            );
        }
    }
    // A date still to come places itself among what is announced.
    let may = rows(&today, "#/result?date=2027-05-01&role=frontline");
    assert!(may.contains(&(
        "early-career-standards".into(),
        "From 1 April 2027".into(),
        Relation::InForce
    )));
    assert!(may.contains(&(
        "early-career-programme".into(),
        "From September 2027".into(),
        Relation::ToCome
    )));
    // Only the result and About pages carry it.
    assert!(view(&today, "#/about").timeline.len() >= 6);
    assert!(view(&today, "#/q/role?date=today").timeline.is_empty());
}
