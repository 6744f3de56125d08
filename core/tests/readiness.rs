//! Readiness content: every role has its statements, every statement has its source and guidance, and the brief's unconfirmed headings stay marked.

use naas_core::policy::{Policy, SHIPPED_TOML as POLICY_TOML};
use naas_core::readiness::{HeadingStatus, Ratings, Readiness, SHIPPED_TOML};

fn content() -> (&'static Policy, &'static Readiness) {
    naas_core::shipped()
}

#[test]
fn each_set_has_the_number_of_statements_the_standards_have() {
    let (_, r) = content();
    for (set, count) in [("practitioner", 10), ("supervisor", 8), ("leader", 6)] {
        let id = r.set_by_id(set).unwrap_or_else(|| panic!("no set {set}"));
        let numbers: Vec<u8> = r.statements_of(id).map(|s| r.statement(s).number).collect();
        assert_eq!(numbers, (1..=count).collect::<Vec<u8>>(), "{set}");
    }
    assert!(
        !r.set(r.set_by_id("leader").unwrap()).assessed,
        "there was never a practice leader assessment"
    );
}

#[test]
fn every_role_that_could_take_part_has_its_statement_set() {
    let (policy, r) = content();
    let role = policy.question_by_id("role").unwrap();
    let day = naas_core::date::Date::parse("2019-10-05").unwrap();
    let set_of = |o: &str| {
        r.set_in_use(policy.option_by_id(role, o).unwrap(), day)
            .map(|s| r.set(s).id.to_string())
    };
    assert_eq!(set_of("frontline").as_deref(), Some("practitioner"));
    assert_eq!(set_of("asye").as_deref(), Some("practitioner"));
    assert_eq!(
        set_of("principal-social-worker").as_deref(),
        Some("practitioner")
    );
    assert_eq!(set_of("practice-supervisor").as_deref(), Some("supervisor"));
    assert_eq!(set_of("practice-leader").as_deref(), Some("leader"));
    // Roles outside NAAS are asked which standard they want, rather than given one.
    assert_eq!(set_of("adult-services"), None);
    assert_eq!(set_of("student"), None);
    for other in ["adult-services", "student"] {
        assert!(!r.covers_role(policy.option_by_id(role, other).unwrap()));
    }
}

#[test]
fn every_statement_has_a_summary_and_sourced_guidance() {
    let (_, r) = content();
    for st in r.statements.iter() {
        assert!(!st.summary.trim().is_empty(), "{}", st.id);
        assert!(!st.guidance.is_empty(), "{} has no guidance", st.id);
        for g in st.guidance.iter() {
            assert!(
                !g.sources.is_empty(),
                "{}: guidance without a source: {}",
                st.id,
                g.text
            );
        }
        if st.status != HeadingStatus::Unconfirmed {
            assert!(
                !st.status_sources.is_empty(),
                "{}: a confirmed heading needs its source",
                st.id
            );
        }
    }
    for c in r.checks.iter() {
        assert!(!c.sources.is_empty(), "check {} has no source", c.id);
    }
    for f in r.assessment.iter().chain(r.support.iter()) {
        assert!(!f.sources.is_empty(), "{} has no source", f.id);
    }
}

#[test]
fn headings_the_brief_marks_unconfirmed_stay_marked() {
    let (_, r) = content();
    let status = |id: &str| r.statement(r.statement_by_id(id).unwrap()).status;
    for id in [
        "p2", "p4", "p5", "p8", "p10", "s1", "s2", "s3", "s5", "s6", "l1", "l3", "l4", "l5", "l6",
    ] {
        assert_eq!(status(id), HeadingStatus::Unconfirmed, "{id}");
    }
    for id in ["s8", "l2"] {
        assert_eq!(status(id), HeadingStatus::NumberUnconfirmed, "{id}");
    }
    for id in ["p1", "p3", "p6", "p7", "p9", "s4", "s7"] {
        assert_eq!(status(id), HeadingStatus::Confirmed, "{id}");
    }
}

#[test]
fn the_plan_puts_exactly_the_weaker_ratings_in_the_areas_to_develop() {
    let (_, r) = content();
    let mut ratings = Ratings {
        set: r.set_by_id("supervisor"),
        ..Ratings::default()
    };
    for (s, l) in [
        ("s1", "confident"),
        ("s2", "partly"),
        ("s3", "not-yet"),
        ("s4", "confident"),
    ] {
        ratings
            .levels
            .insert(r.statement_by_id(s).unwrap(), r.level_by_id(l).unwrap());
    }
    ratings.done = Some(vec![r.check_by_id("photo-id").unwrap()]);
    let plan = r.plan(&ratings);
    let ids = |list: Vec<_>| {
        list.into_iter()
            .map(|s| r.statement(s).id.to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(plan.strengths.clone()), ["s1", "s4"]);
    assert_eq!(
        ids(plan.develop.iter().map(|(s, _)| *s).collect()),
        ["s2", "s3"]
    );
    assert_eq!(plan.checks_to_do.len(), r.checks.len() - 1);
}

#[test]
fn a_broken_readiness_file_names_every_id_at_fault() {
    let policy = Policy::from_toml(POLICY_TOML).unwrap();
    let broken = SHIPPED_TOML
        .replacen(
            "set = \"practitioner\"\nnumber = 2",
            "set = \"practitioners\"\nnumber = 2",
            1,
        )
        .replace(
            "status = \"confirmed\"\nstatus_sources = [\"rip-kss-3\"]",
            "status = \"sure\"\nstatus_sources = [\"rip-kss-3\"]",
        )
        .replace(
            "roles = [\"practice-supervisor\"]",
            "roles = [\"supervisor\"]",
        )
        .replace(
            "sources = [\"govuk-naas-day\"]\n\n[[checks]]\nid = \"adjustments\"",
            "sources = [\"nowhere\"]\n\n[[checks]]\nid = \"adjustments\"",
        );
    let errors: Vec<String> = Readiness::from_toml(&broken, &policy)
        .unwrap_err()
        .iter()
        .map(|e| e.to_string())
        .collect();
    for (place, detail) in [
        ("statement `p2`", "practitioners"),
        ("statement `p3`", "sure"),
        ("statement set `supervisor`", "`supervisor`"),
        ("check `photo-id`", "nowhere"),
    ] {
        assert!(
            errors
                .iter()
                .any(|e| e.contains(place) && e.contains(detail)),
            "no error for {place} / {detail} in\n{}",
            errors.join("\n")
        );
    }
}

#[test]
fn each_set_says_which_standard_applies_on_which_date() {
    let (policy, r) = content();
    let day = |d: &str| naas_core::date::Date::parse(d).unwrap();
    let set = |id: &str| r.set(r.set_by_id(id).unwrap());
    // The practitioner statement is in use until 31 March 2027; the early career standards
    // take its place from 1 April 2027 (GOV.UK, 18 February 2026).
    let practitioner = set("practitioner");
    assert!(practitioner.applies_on(day("2026-12-01")));
    assert!(practitioner.applies_on(day("2027-03-31")));
    assert!(!practitioner.applies_on(day("2027-04-01")));
    let replaced = practitioner.replaced.as_ref().expect("a replacement date");
    assert!(replaced.by.text.contains("early career standards"));
    // No end date is announced for the supervisor and leader statements.
    for id in ["supervisor", "leader"] {
        assert!(set(id).replaced.is_none(), "{id}");
        assert!(set(id).applies_on(day("2030-01-01")), "{id}");
    }
    let role = policy.question_by_id("role").unwrap();
    let frontline = policy.option_by_id(role, "frontline").unwrap();
    assert_eq!(
        r.set_in_use(frontline, day("2027-03-31")),
        r.set_by_id("practitioner")
    );
    assert_eq!(r.set_in_use(frontline, day("2027-04-01")), None);
}

#[test]
fn each_set_has_one_note_on_its_headings_linking_to_the_official_statements() {
    let (policy, r) = content();
    for set in r.sets.iter() {
        let note = &set.headings_note;
        assert!(note.text.contains("DfE's headings"), "{}", set.id);
        assert!(note.text.contains("our own"), "{}", set.id);
        assert!(
            note.sources
                .iter()
                .any(|s| policy.source(*s).url.starts_with("https://www.gov.uk/")),
            "{}: the note must link to the official statements on GOV.UK",
            set.id
        );
    }
    // The check status of each heading stays in the data, for maintainers.
    let counts = r.heading_counts();
    assert_eq!(
        counts.iter().map(|(_, n)| n).sum::<usize>(),
        r.statements.len()
    );
}

/// Fact review (brief 9.2 items 16 and 18): how NAAS ran includes the pause, and support whose
/// sources are from 2018 to 2020 is described as it was then, not as running now.
#[test]
fn the_readiness_texts_say_what_their_sources_of_the_time_say() {
    let (_, r) = content();
    let closed = &r.naas_closed.text;
    assert!(
        closed.contains("from 17 March 2020") && closed.contains("June 2021"),
        "{closed}"
    );
    let guidance: Vec<&str> = r
        .statements
        .iter()
        .flat_map(|s| s.guidance.iter())
        .map(|g| &*g.text)
        .collect();
    let psdp: Vec<&&str> = guidance
        .iter()
        .filter(|g| g.contains("Practice Supervisor Development Programme"))
        .collect();
    assert_eq!(psdp.len(), 2, "{psdp:?}");
    for text in psdp {
        assert!(
            !text.contains("focuses") && !text.contains("still offers"),
            "{text}"
        );
    }
    assert!(
        guidance.iter().all(|g| !g.contains("a guide for each")),
        "only some guides were found"
    );
}

// ---------------------------------------------------------------------------------------------
// The self-assessment follows the date (issue 22): which standards are offered, which is
// suggested, and whether the practical checks are asked, on dates each side of NAAS's end and of
// 31 March 2027.
// ---------------------------------------------------------------------------------------------

use naas_core::address;
use naas_core::date::Date;
use naas_core::journey::view::{Screen, View};
use naas_core::journey::{Context, Page};

fn day(d: &str) -> Date {
    Date::parse(d).unwrap()
}

fn view_with(
    data: (&'static Policy, &'static Readiness),
    today: &str,
    fragment: &str,
) -> View<'static> {
    let (policy, readiness) = data;
    let cx = Context {
        policy,
        readiness,
        today: day(today),
        fixed: None,
    };
    cx.view(address::parse(policy, readiness, fragment).unwrap())
}

/// The choice of standard: the ids offered (those replaced by the date marked "(reference)"),
/// the one suggested for the role, and whether the page says what replaced the role's standard.
fn offered(view: &View) -> (Vec<String>, Option<String>, bool, bool) {
    let Screen::Standard {
        selected,
        offered,
        replaced,
        not_covered,
    } = &view.screen
    else {
        panic!("not the choice of standard: {:?}", view.journey.page)
    };
    let r = view.readiness;
    let ids = offered
        .iter()
        .map(|s| {
            let set = r.set(*s);
            match set.replaced_by(view.date) {
                Some(_) => format!("{} (reference)", set.id),
                None => set.id.to_string(),
            }
        })
        .collect();
    (
        ids,
        selected.map(|s| r.set(s).id.to_string()),
        replaced.is_some(),
        *not_covered,
    )
}

/// Where the last rating of every statement of a set leads: the practical checks or the plan.
fn after_rating(
    data: (&'static Policy, &'static Readiness),
    today: &str,
    date: &str,
    set: &str,
) -> Page {
    let r = data.1;
    let id = r.set_by_id(set).unwrap();
    let ratings: Vec<String> = r
        .statements_of(id)
        .map(|s| format!("{}=confident", r.statement(s).id))
        .collect();
    let date = if date.is_empty() {
        String::new()
    } else {
        format!("date={date}&")
    };
    let fragment = format!("#/readiness/plan?{date}set={set}&{}", ratings.join("&"));
    view_with(data, today, &fragment).journey.page
}

#[test]
fn while_naas_ran_the_self_assessment_prepares_for_it_with_the_practical_checks() {
    let data = content();
    let v = view_with(
        data,
        "2026-12-01",
        "#/readiness?date=2019-10-05&role=frontline",
    );
    let (ids, selected, replaced, not_covered) = offered(&v);
    assert_eq!(ids, ["practitioner", "supervisor", "leader"]);
    assert_eq!(selected.as_deref(), Some("practitioner"));
    assert!(!replaced && !not_covered);
    assert!(data.1.during_naas(v.date));
    for set in ["practitioner", "supervisor"] {
        assert_eq!(
            after_rating(data, "2026-12-01", "2019-10-05", set),
            Page::PracticalChecks,
            "{set}: the practical checks are asked in 2019"
        );
    }
    // Never assessed, so no checks even then.
    assert_eq!(
        after_rating(data, "2026-12-01", "2019-10-05", "leader"),
        Page::Plan
    );
    // The last day NAAS ran, from the data: the timeline's NAAS period ends before April 2022.
    assert_eq!(data.1.naas_ended, day("2022-04-01"));
    assert_eq!(
        after_rating(data, "2026-12-01", "2022-03-31", "practitioner"),
        Page::PracticalChecks
    );
}

#[test]
fn after_naas_it_is_a_development_self_assessment_with_no_practical_checks() {
    let data = content();
    // 2023, and today (a readiness address with no date), each side of 31 March 2027.
    for (today, date) in [
        ("2026-12-01", "2022-04-01"),
        ("2026-12-01", "2023-06-01"),
        ("2026-12-01", ""),
        ("2027-03-31", ""),
    ] {
        let with_date = if date.is_empty() {
            String::new()
        } else {
            format!("date={date}&")
        };
        let v = view_with(
            data,
            today,
            &format!("#/readiness?{with_date}role=frontline"),
        );
        let (ids, selected, replaced, _) = offered(&v);
        assert_eq!(
            ids,
            ["practitioner", "supervisor", "leader"],
            "{today} {date}"
        );
        assert_eq!(selected.as_deref(), Some("practitioner"), "{today} {date}");
        assert!(!replaced);
        for set in ["practitioner", "supervisor", "leader"] {
            assert_eq!(
                after_rating(data, today, date, set),
                Page::Plan,
                "{set} on {date} (today {today}): no practical checks after NAAS"
            );
        }
        // A link to the checks goes on to the plan.
        let v = view_with(
            data,
            today,
            &format!("#/readiness/checks?{with_date}set=leader&l1=confident&l2=confident&l3=confident&l4=confident&l5=confident&l6=confident"),
        );
        assert_eq!(v.journey.page, Page::Plan);
    }
}

#[test]
fn from_1_april_2027_the_practitioner_statement_is_offered_for_reference_and_the_early_career_standards_named(
) {
    let data = content();
    for (today, fragment) in [
        ("2027-04-01", "#/readiness?role=frontline"),
        ("2026-12-01", "#/readiness?date=2027-04-01&role=frontline"),
    ] {
        let v = view_with(data, today, fragment);
        let (ids, selected, replaced, not_covered) = offered(&v);
        // The shipped data holds no text of the early career standards: nothing to rate
        // against, so nothing is suggested; the practitioner statement comes last, for reference.
        assert_eq!(
            ids,
            ["supervisor", "leader", "practitioner (reference)"],
            "{today} {fragment}"
        );
        assert_eq!(selected, None, "nothing suggested as if it applied");
        assert!(replaced, "the page says what applies instead");
        assert!(!not_covered);
        let r = data.1;
        let practitioner = r.set(r.set_by_id("practitioner").unwrap());
        let by = &practitioner.replaced_by(v.date).unwrap().by;
        assert!(
            by.text.contains("early career standards")
                && by.text.contains("first 2 years in practice")
        );
        assert!(by
            .sources
            .iter()
            .any(|s| v.policy.source(*s).id == "govuk-early-career-standards"));
        // A practice supervisor still has their statement.
        let v = view_with(
            data,
            today,
            &fragment.replace("frontline", "practice-supervisor"),
        );
        assert_eq!(offered(&v).1.as_deref(), Some("supervisor"));
        assert!(!offered(&v).2);
    }
}

#[test]
fn roles_with_no_set_are_told_the_self_assessment_does_not_cover_them() {
    let data = content();
    for fragment in [
        "#/readiness?date=2019-10-05&role=adult-services",
        "#/readiness?role=adult-services",
        "#/readiness?date=2019-10-05&role=student",
    ] {
        let v = view_with(data, "2026-12-01", fragment);
        let (_, selected, _, not_covered) = offered(&v);
        assert!(not_covered, "{fragment}");
        assert_eq!(selected, None, "{fragment}: nothing suggested");
    }
    assert!(data
        .1
        .not_covered
        .text
        .contains("child and family knowledge and skills statements only"));
}

/// A set for the early career standards, made up for this test (the shipped data has no sourced
/// copy of their text): once the data has one with its `from`, the same pages rate against it.
#[test]
fn a_set_added_to_the_data_from_1_april_2027_is_offered_and_rated_with_no_code_change() {
    let policy = Policy::from_toml(POLICY_TOML).unwrap();
    let policy: &'static Policy = Box::leak(Box::new(policy));
    let text = format!(
        "{SHIPPED_TOML}\n{}",
        r#"
[[sets]]
id = "early-career"
name = "Early career social workers"
label = "Early career standards (2 made-up outcomes)"
title = "Child and family social worker early career standards"
assessed = false
from = "2027-04-01"
roles = ["frontline", "asye", "principal-social-worker"]
note = "Made up for a test."
sources = ["govuk-early-career-standards"]

[sets.headings_note]
text = "Made-up headings for a test."
sources = ["govuk-early-career-standards"]

[[statements]]
id = "e1"
set = "early-career"
number = 1
heading = "A made-up first outcome"
status = "unconfirmed"
summary = "A summary."

[[statements.guidance]]
text = "Some guidance."
sources = ["govuk-early-career-standards"]

[[statements]]
id = "e2"
set = "early-career"
number = 2
heading = "A made-up second outcome"
status = "unconfirmed"
summary = "A summary."

[[statements.guidance]]
text = "Some guidance."
sources = ["govuk-early-career-standards"]
"#
    );
    let readiness = Readiness::from_toml(&text, policy).unwrap_or_else(|e| panic!("{e:?}"));
    let data = (policy, &*Box::leak(Box::new(readiness)));
    // Before 1 April 2027 it is not offered; the practitioner statement is.
    let v = view_with(data, "2027-03-31", "#/readiness?role=frontline");
    let (ids, selected, _, _) = offered(&v);
    assert_eq!(ids, ["practitioner", "supervisor", "leader"]);
    assert_eq!(selected.as_deref(), Some("practitioner"));
    // From then it is suggested to frontline practitioners, and rated like any other set.
    let v = view_with(data, "2027-04-01", "#/readiness?role=frontline");
    let (ids, selected, replaced, _) = offered(&v);
    assert_eq!(
        ids,
        [
            "supervisor",
            "leader",
            "early-career",
            "practitioner (reference)"
        ]
    );
    assert_eq!(selected.as_deref(), Some("early-career"));
    assert!(
        !replaced,
        "the role has a set in use: nothing to say instead"
    );
    let v = view_with(
        data,
        "2027-04-01",
        "#/readiness/e2?role=frontline&set=early-career&e1=partly",
    );
    assert!(matches!(
        v.screen,
        Screen::Rate {
            number: 2,
            of: 2,
            ..
        }
    ));
    let v = view_with(
        data,
        "2027-04-01",
        "#/readiness/plan?role=frontline&set=early-career&e1=partly&e2=confident",
    );
    let Screen::Plan(plan) = &v.screen else {
        panic!("{:?}", v.journey.page)
    };
    assert_eq!(plan.plan.develop.len(), 1);
    // Two sets listing a role on the same dates are refused.
    let overlapping = text.replace(
        "from = \"2027-04-01\"\nroles",
        "from = \"2027-03-01\"\nroles",
    );
    let errors = Readiness::from_toml(&overlapping, policy).unwrap_err();
    assert!(
        errors
            .iter()
            .any(|e| e.to_string().contains("early-career")),
        "{errors:?}"
    );
}

/// The CPD rules are dated by their source (the model is due for consultation in 2026 to 2027):
/// each cites a source published on the date the plan gives them as reported on.
#[test]
fn the_cpd_rules_are_sourced_and_dated() {
    let (policy, r) = content();
    let cpd = &r.cpd;
    assert_eq!(
        cpd.prompts.iter().map(|p| &**p).collect::<Vec<_>>(),
        [
            "The type of CPD",
            "What you learnt",
            "The positive impact on your practice",
            "What you learnt from a peer"
        ]
    );
    let texts: Vec<&str> = cpd.rules.iter().map(|f| &*f.text).collect();
    for needed in [
        "at least two pieces of CPD",
        "peer reflection",
        "1 September to 30 November",
        "consultation",
    ] {
        assert!(texts.iter().any(|t| t.contains(needed)), "{needed}");
    }
    for sources in cpd
        .rules
        .iter()
        .map(|f| &f.sources)
        .chain([&cpd.prompt_sources])
    {
        assert!(!sources.is_empty());
        for s in sources.iter() {
            let published = policy.source(*s).published.expect("a dated source");
            assert_eq!(published, cpd.as_of);
        }
    }
}

/// Fresh-eyes review of readiness: what replaces the practitioner statement is said only once
/// announced, in the future tense until it applies on the date checked and today, then in the
/// present; a 2019 plan says nothing of 2027.
#[test]
fn the_replacement_note_follows_the_date_and_today() {
    let (_, readiness) = naas_core::shipped();
    let set = readiness
        .sets
        .iter()
        .find(|s| s.id == "practitioner")
        .expect("the practitioner set");
    let replaced = set.replaced.as_ref().expect("its replacement");
    let d = |t: &str| naas_core::date::Date::parse(t).unwrap();
    assert_eq!(replaced.note_on(d("2019-10-05"), d("2026-12-07")), None);
    assert_eq!(replaced.note_on(d("2026-02-17"), d("2026-12-07")), None);
    let today = replaced.note_on(d("2026-12-07"), d("2026-12-07")).unwrap();
    assert!(today.contains("will apply from 1 April 2027"), "{today}");
    let ahead = replaced.note_on(d("2027-05-01"), d("2026-12-07")).unwrap();
    assert!(ahead.contains("will apply"), "{ahead}");
    let in_force = replaced.note_on(d("2027-04-01"), d("2027-04-01")).unwrap();
    assert!(
        in_force.starts_with(
            "The child and family social worker early career standards apply from 1 April 2027"
        ),
        "{in_force}"
    );
    // The set's own note says nothing that would be untrue in 2019.
    assert!(
        !set.note.contains("2027") && !set.note.contains("still"),
        "{}",
        set.note
    );
}
