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
