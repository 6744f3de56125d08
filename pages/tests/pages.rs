//! The reading-matter pages as HTML: the result cites each source by number and lists it once, notes appear only where they belong, the plan leads with what to do, and the downloaded plan is a complete document a manager can open anywhere.

mod common;

use naas_core::address;
use naas_core::config::{Config, Lead};
use naas_core::date::Date;
use naas_core::journey::view::Screen;
use naas_core::journey::Context;
use naas_pages::{about, document, plan, result, start};

use common::view;

fn result_html(fragment: &str, config: &Config) -> String {
    let view = view(fragment);
    let Screen::Result(verdict) = &view.screen else {
        panic!("not a result: {fragment}")
    };
    let page = result::render(&view, verdict, config);
    format!("{}{}", page.top, page.rest)
}

/// The numbers cited in the text, and the number of sources listed at the end.
fn citations(html: &str) -> (Vec<usize>, usize) {
    let mut cited = Vec::new();
    for part in html.split("<span class=\"app-cite\">(").skip(1) {
        let list = part.split(')').next().unwrap();
        let list = list
            .trim_start_matches("sources ")
            .trim_start_matches("source ");
        cited.extend(list.split(", ").map(|n| n.parse::<usize>().unwrap()));
    }
    let listed = html
        .split("id=\"sources\"")
        .nth(1)
        .map_or(0, |s| s.matches("<li").count());
    (cited, listed)
}

/// A frontline practitioner at Leeds on 5 October 2019, who could have taken the assessment.
fn leeds_2019() -> String {
    common::result_address("2019-10-05 council=leeds", "practitioner")
}

#[test]
fn every_source_is_listed_once_and_every_number_cited_is_listed() {
    let html = result_html(&leeds_2019(), &Config::default());
    let (cited, listed) = citations(&html);
    assert!(listed >= 3, "{html}");
    let mut numbers = cited.clone();
    numbers.sort_unstable();
    numbers.dedup();
    assert_eq!(
        numbers,
        (1..=listed).collect::<Vec<_>>(),
        "each listed source is cited, in order"
    );
    // Each source appears once, however many reasons cite it.
    let links = html.matches("target=\"_blank\"").count();
    assert_eq!(links, listed, "one link per source, in the list at the end");
}

#[test]
fn notes_appear_only_where_they_are_relevant() {
    let past = result_html(&leeds_2019(), &Config::default());
    assert!(
        past.contains("voluntary"),
        "a past eligible result says NAAS was voluntary"
    );
    assert!(past.contains("None of it can be done now"));
    let today = result_html("#/result?date=today&role=frontline", &Config::default());
    assert!(
        !today.contains("voluntary"),
        "today's closed result has no note about taking part"
    );
    assert!(today.contains("Your result for today, 1 December 2026"));
    assert!(today.contains("What applies now"));
}

/// Issue 21.3: after NAAS closed, a result leads with what applies, and no "Closed" tag comes
/// before it (NAAS's closure is one line of the reasons); a tag that adds to the title stays.
#[test]
fn a_closed_result_leads_with_what_applies_and_has_no_tag() {
    let today = result_html("#/result?date=today&role=frontline", &Config::default());
    assert!(
        today.contains(">The knowledge and skills statement for child and family practitioners applies to you until 31 March 2027</h1>"),
        "{today}"
    );
    assert!(!today.contains("govuk-tag"), "{today}");
    let why = &today[today.find("id=\"why\"").expect("a Why section")..];
    let closure = why
        .find("NAAS closed in March 2022")
        .expect("the closure, in Why");
    let standard = why
        .find("knowledge and skills statement")
        .expect("the standard, in Why");
    assert!(
        standard < closure,
        "the standard comes before NAAS's closure"
    );
    let scrapped = result_html("#/result?date=2022-03-15", &Config::default());
    assert!(!scrapped.contains("govuk-tag"), "{scrapped}");
    let past = result_html(&leeds_2019(), &Config::default());
    assert!(
        past.contains("govuk-tag--green\">Could take part</strong>"),
        "{past}"
    );
}

/// Fact review: the start page's status line reads as sentences, never "Today: NAAS has
/// closed: it closed in March 2022." with two colons in one.
#[test]
fn the_start_page_status_has_one_colon_a_sentence() {
    let view = view("#/");
    let html = start::render(&view);
    let status = html
        .split("id=\"status\">")
        .nth(1)
        .and_then(|s| s.split("</div>").next())
        .expect("the status");
    let text = strip_tags(status);
    assert!(text.contains("Today: NAAS closed in March 2022."), "{text}");
    for sentence in text.split(". ") {
        assert!(
            sentence.matches(':').count() <= 1,
            "two colons in {sentence:?}"
        );
    }
}

/// Fact review: the About page's timeline names a whole month as "July 2018" and a range within
/// one month as "1 to 13 January 2022", never "From January 2022 to 13 January 2022".
#[test]
fn the_timeline_names_a_month_once() {
    let view = view("#/about");
    let html = about::render(&view, "#/accessibility", None);
    let keys: Vec<String> = html
        .split("<dt class=\"govuk-summary-list__key\">")
        .skip(1)
        .map(|s| strip_tags(s.split("</dt>").next().unwrap()))
        .collect();
    assert!(keys.iter().any(|k| k == "July 2018"), "{keys:?}");
    assert!(keys.iter().any(|k| k == "June 2021"), "{keys:?}");
    fn month(date: &str) -> Vec<&str> {
        date.split(' ').rev().take(2).collect()
    }
    for key in &keys {
        if let Some((from, to)) = key.strip_prefix("From ").and_then(|k| k.split_once(" to ")) {
            let to = to.trim_end_matches(" Now");
            assert_ne!(month(from), month(to), "{key}: one month named twice");
        }
    }
}

/// The text of some HTML, without its tags.
fn strip_tags(html: &str) -> String {
    let mut out = String::new();
    let mut inside = false;
    for c in html.chars() {
        match c {
            '<' => inside = true,
            '>' => inside = false,
            c if !inside => out.push(c),
            _ => {}
        }
    }
    out
}

#[test]
fn council_settings_are_escaped_and_shown() {
    let config = Config {
        organisation: Some("Anytown <Council>".into()),
        lead: Some(Lead {
            name: Some("Sam \"Lee\"".into()),
            email: Some("naas@anytown.gov.uk".into()),
            phone: None,
        }),
        ..Config::default()
    };
    let html = result_html(&leeds_2019(), &config);
    assert!(html.contains("Who to contact at Anytown &lt;Council&gt;"));
    assert!(html.contains("Sam &quot;Lee&quot;"));
    assert!(html.contains("href=\"mailto:naas@anytown.gov.uk\""));
}

/// Review: a council's offers of support showed beside a 2019 result that says none of it can be
/// done now. Every result is about NAAS, which has closed; the offers are on the readiness plan.
#[test]
fn the_councils_offers_are_on_the_plan_and_never_beside_a_result() {
    let config = Config {
        preparation: vec![naas_core::config::Offer {
            title: "Preparation course".into(),
            description: None,
            link: None,
        }],
        ..Config::default()
    };
    for result in [
        &leeds_2019(),
        "#/result?date=2026-12-01&role=frontline&registration=yes&employer=local-authority",
        "#/result?date=2020-12-10&role=frontline&registration=yes&employer=local-authority",
        "#/result?date=2019-10-05&role=adult-services",
    ] {
        let html = result_html(result, &config);
        assert!(!html.contains("local-offers"), "{result}");
    }
    let view = view(PLAN);
    let Screen::Plan(plan_view) = &view.screen else {
        panic!()
    };
    let page = plan::render(&view, plan_view, &config);
    assert!(page.body.contains("id=\"local-offers\""));
}

const PLAN: &str = "#/readiness/plan?date=2019-10-05&set=practitioner&p1=partly&p2=confident&p3=confident&p4=not-yet&p5=confident&p6=confident&p7=confident&p8=partly&p9=confident&p10=confident&done=photo-id";

#[test]
fn the_plan_leads_with_what_to_do_and_lets_the_rest_be_skipped() {
    let view = view(PLAN);
    let Screen::Plan(plan_view) = &view.screen else {
        panic!()
    };
    let page = plan::render(&view, plan_view, &Config::default());
    let body = &format!("{}{}", page.body, page.background);
    let plan_at = body.find("Your action plan").unwrap();
    let strengths_at = body.find("Your strengths").unwrap();
    let details_at = body.find("<details").unwrap();
    assert!(plan_at < strengths_at && strengths_at < details_at);
    for id in ["ratings", "how-naas-worked", "support"] {
        assert!(
            body.contains(&format!("<details class=\"govuk-details\" id=\"{id}\"")),
            "{id}"
        );
    }
    assert_eq!(body.matches("<section class=\"app-plan-item\">").count(), 3);
    assert!(body.contains("Statement 4: Adult mental ill health"));
    // The historical steps are in the background, said to be of that time.
    let background = &body[details_at..];
    assert!(background.contains("NAAS closed in March 2022"));
    // The practical checks answered are shown beside each step.
    assert!(background.contains("You ticked: Photo ID for the assessment centre."));
    assert!(background.contains("You did not tick: My registration number, to show on the day."));
}

#[test]
fn the_downloaded_plan_is_a_dated_self_contained_document_of_naas_as_it_was() {
    let view = view(PLAN);
    let Screen::Plan(plan_view) = &view.screen else {
        panic!()
    };
    let doc = document::plan_document(&view, plan_view, &Config::default());
    assert_eq!(
        document::plan_file_name(&view),
        "naas-readiness-action-plan-2026-12-01.html"
    );
    assert!(doc.starts_with("<!DOCTYPE html>"));
    assert!(doc.contains("<title>Your readiness action plan, 1 December 2026</title>"));
    assert!(
        !doc.contains("<script") && !doc.contains(" src="),
        "nothing runs or loads"
    );
    assert!(doc.contains("default-src 'none'"));
    assert!(doc.contains(&record(&view, "5 October 2019")));
    assert!(doc.contains("knowledge and skills statement for child and family practitioners"));
    // Every rating and the practical checks done are in it.
    assert!(doc.contains("Practical checks done"));
    assert!(doc.contains("Photo ID for the assessment centre"));
    assert!(doc.contains("Partly confident"));
    // Sources are written out in full, and no date reads "n.d..".
    assert!(doc.contains(">https://www.gov.uk/"));
    assert!(!doc.contains("n.d.."));
    let (cited, _) = citations(&doc);
    let listed = doc.matches("<li value=\"").count();
    assert!(
        listed > 0 && cited.iter().all(|n| *n <= listed),
        "{cited:?} of {listed}"
    );
}

/// The same ratings on a date after NAAS (no date is today): the practical checks are gone.
const PLAN_NOW: &str = "#/readiness/plan?set=practitioner&p1=partly&p2=confident&p3=confident&p4=not-yet&p5=confident&p6=confident&p7=confident&p8=partly&p9=confident&p10=confident";

/// Words of NAAS's assessment that a plan for a date after it must never use.
const NAAS_ONLY: [&str; 6] = [
    "NAAS lead",
    "photo ID",
    "Photo ID",
    "booking",
    "assessment day",
    "the day",
];

#[test]
fn after_naas_the_plan_is_for_supervision_and_cpd_with_nothing_of_the_assessment() {
    for fragment in [
        PLAN_NOW.to_string(),
        PLAN_NOW.replace("plan?", "plan?date=2023-06-01&"),
        // A link that still carries practical checks answered goes on without them.
        format!("{PLAN_NOW}&done=photo-id"),
    ] {
        let view = view(&fragment);
        let Screen::Plan(plan_view) = &view.screen else {
            panic!("{fragment}")
        };
        let page = plan::render(&view, plan_view, &Config::default());
        let doc = document::plan_document(&view, plan_view, &Config::default()).into_string();
        let body = format!("{}{}{}", page.intro, page.body, page.background);
        for (what, text) in [("page", &body), ("download", &doc)] {
            for word in NAAS_ONLY {
                assert!(!text.contains(word), "{fragment}: the {what} says {word}");
            }
            assert!(!text.contains("Practical checks done"), "{what}");
            // Each area to develop is one to discuss in supervision, anchored on its heading,
            // with a CPD entry shaped by the record's prompts.
            assert_eq!(
                text.matches("<strong>To discuss in supervision:</strong>")
                    .count(),
                3,
                "{what}"
            );
            assert!(text.contains("<strong>To discuss in supervision:</strong> The law and the family and youth justice systems."), "{what}");
            assert_eq!(text.matches("class=\"app-cpd-entry\"").count(), 3, "{what}");
            assert!(
                text.contains("<strong>CPD entry</strong><span class=\"app-cpd-for\"> for Statement 4: Adult mental ill health"),
                "{what}"
            );
            for prompt in [
                "The type of CPD:",
                "What you learnt:",
                "The positive impact on your practice:",
                "What you learnt from a peer:",
            ] {
                assert_eq!(text.matches(prompt).count(), 3, "{what}: {prompt}");
            }
            // The renewal rules, dated and sourced.
            assert!(text.contains("As reported on 1 September 2025"), "{what}");
            assert!(text.contains("at least two pieces of CPD"), "{what}");
            assert!(text.contains("1 September to 30 November"), "{what}");
            assert!(text.contains("peer reflection"), "{what}");
            assert!(text.contains("consultation on the CPD model"), "{what}");
            assert!(
                text.contains("researchinpractice.org.uk") || what == "page",
                "{what}"
            );
        }
        assert!(!body.contains("id=\"how-naas-worked\""));
        assert!(!body.contains("id=\"support\""));
    }
}

#[test]
fn a_plan_for_a_date_while_naas_ran_has_no_cpd_entries() {
    let view = view(PLAN);
    let Screen::Plan(plan_view) = &view.screen else {
        panic!()
    };
    let page = plan::render(&view, plan_view, &Config::default());
    assert!(!page.body.contains("app-cpd-entry"));
    assert!(!page.body.contains("To discuss in supervision"));
}

#[test]
fn from_april_2027_the_practitioner_plan_is_marked_for_reference() {
    let on = |d: &str| view(&PLAN_NOW.replace("plan?", &format!("plan?date={d}&")));
    let view_2027 = on("2027-04-01");
    let Screen::Plan(plan_view) = &view_2027.screen else {
        panic!()
    };
    let page = plan::render(&view_2027, plan_view, &Config::default());
    assert!(page
        .intro
        .contains("For reference: this is the standard used until 31 March 2027."));
    assert!(page.intro.contains("first 2 years in practice"));
    let view_2026 = on("2027-03-31");
    let Screen::Plan(plan_view) = &view_2026.screen else {
        panic!()
    };
    let page = plan::render(&view_2026, plan_view, &Config::default());
    assert!(!page.intro.contains("For reference"));
}

#[test]
fn a_result_for_a_role_the_self_assessment_does_not_cover_says_so_plainly() {
    for fragment in [
        "#/result?date=2019-10-05&role=adult-services",
        "#/result?date=2026-12-01&role=adult-services",
        "#/result?date=2019-10-05&role=student",
    ] {
        let html = result_html(fragment, &Config::default());
        assert!(html.contains("id=\"readiness-not-covered\""), "{fragment}");
        assert!(
            html.contains("covers the child and family knowledge and skills statements only"),
            "{fragment}"
        );
        assert!(
            !html.contains("Rate yourself against"),
            "{fragment}: not offered as if it fitted"
        );
    }
    let html = result_html(&leeds_2019(), &Config::default());
    assert!(!html.contains("readiness-not-covered"));
    assert!(html.contains("Rate yourself against"));
}

use naas_pages::forms::{self, DateInput, Form, Item, Kind, Problem, Question};

fn item(value: &str, group: Option<&str>, divider: bool) -> Item {
    Item {
        value: value.into(),
        label: format!("{value} <label>"),
        hint: None,
        divider,
        group: group.map(str::to_string),
    }
}

fn form(kind: Kind) -> Form {
    Form {
        back: Some("#/date".into()),
        note: None,
        question: Question {
            name: "council".into(),
            caption: None,
            heading: "Which council?".into(),
            page_heading: true,
            hint: Some("A hint".into()),
            kind,
        },
        after: None,
        submit: "Continue",
        secondary: false,
    }
}

#[test]
fn a_form_with_a_problem_follows_the_gov_uk_error_pattern() {
    let f = form(Kind::Radios {
        items: vec![item("a", None, false), item("b", None, false)],
        selected: None,
        small: false,
        filter: None,
        reveal: None,
    });
    let problem = Problem {
        field: "council".into(),
        message: "Select one".into(),
        marks: [false; 3],
    };
    let html = forms::render(&f, Some(&problem));
    // The summary first, its link moving focus to the first radio without changing the address.
    let summary = html.find("govuk-error-summary").unwrap();
    assert!(summary < html.find("<form").unwrap());
    assert!(html.contains("<a href=\"#council\" data-focus=\"council\">Select one</a>"));
    assert!(html.contains("govuk-form-group govuk-form-group--error"));
    assert!(html.contains("aria-describedby=\"council-hint council-error\""));
    assert!(html.contains("<p id=\"council-error\" class=\"govuk-error-message\">"));
    assert!(html.contains("id=\"council\" name=\"council\" type=\"radio\" value=\"a\""));
    assert!(html.contains("id=\"council-2\""));
    // Labels from the data are escaped.
    assert!(html.contains("a &lt;label&gt;") && !html.contains("<label>a"));
    // Without a problem, none of it.
    assert!(!forms::render(&f, None).contains("govuk-error"));
}

#[test]
fn grouped_radios_carry_their_names_for_the_filter_and_items_outside_groups_do_not() {
    let f = form(Kind::Radios {
        items: vec![
            item("leeds", Some("Phase one"), false),
            item("bury", None, false),
            item("not-listed", None, true),
        ],
        selected: Some("bury".into()),
        small: true,
        filter: Some("Find a council".into()),
        reveal: None,
    });
    let html = forms::render(&f, None);
    assert!(html.contains("data-filter-for=\"council\""));
    assert!(html.contains("govuk-radios govuk-radios--small"));
    assert!(html.contains("<p class=\"govuk-body app-radios__group\">Phase one</p>"));
    assert_eq!(
        html.matches("data-name=").count(),
        2,
        "the two councils in the group"
    );
    assert!(html.contains("value=\"bury\" checked"));
    assert!(html.contains("<div class=\"govuk-radios__divider\">or</div>"));
}

#[test]
fn a_revealed_date_input_is_hidden_until_its_radio_is_chosen_and_marks_the_fields_at_fault() {
    let date = DateInput {
        id: "when-date".into(),
        legend: "Date".into(),
        hint: "For example".into(),
        typed: ["31".into(), "2".into(), "2019".into()],
    };
    let kind = |selected: Option<&str>| Kind::Radios {
        items: vec![item("today", None, false), item("other", None, false)],
        selected: selected.map(str::to_string),
        small: false,
        filter: None,
        reveal: Some(("other".into(), date.clone())),
    };
    let hidden = forms::render(&form(kind(Some("today"))), None);
    assert!(hidden.contains("id=\"conditional-council-2\" hidden"));
    assert!(hidden.contains("data-conceal=\"conditional-council-2\""));
    assert!(hidden.contains("data-reveal=\"conditional-council-2\""));
    let problem = Problem {
        field: "when-date-day".into(),
        message: "The date must be a real date".into(),
        marks: [true, false, false],
    };
    let shown = forms::render(&form(kind(Some("other"))), Some(&problem));
    assert!(shown.contains("id=\"conditional-council-2\">"));
    assert!(shown.contains("<p id=\"when-date-error\" class=\"govuk-error-message\">"));
    assert_eq!(
        shown.matches("govuk-input--error").count(),
        1,
        "only the day is marked"
    );
    assert!(shown.contains("value=\"31\""), "what was typed is kept");
}

#[test]
fn none_of_these_excludes_the_other_boxes() {
    let f = form(Kind::Checkboxes {
        items: vec![item("a", None, false), item("none", None, true)],
        checked: vec!["a".into()],
    });
    let html = forms::render(&f, None);
    assert!(html.contains("value=\"a\" checked"));
    assert!(html.contains("value=\"none\" data-exclusive"));
    assert!(html.contains("<div class=\"govuk-checkboxes__divider\">or</div>"));
}

/// Review: a council's fixed date on which the rules decide by date alone (NAAS paused in May
/// 2020) promised "up to 4 questions", then asked none.
#[test]
fn the_start_page_promises_only_the_questions_a_fixed_date_can_ask() {
    let (policy, readiness) = naas_core::shipped();
    let start = |fixed: &str| {
        let cx = Context {
            policy,
            readiness,
            today: Date::parse("2026-12-01").unwrap(),
            fixed: Some(Date::parse(fixed).unwrap()),
        };
        start::render(&cx.view(address::parse(policy, readiness, "#/").unwrap()))
    };
    let paused = start("2020-05-10");
    assert!(paused.contains("so it asks no questions"), "{paused}");
    assert!(!paused.contains("It asks up to"), "{paused}");
    // The most questions any journey asks on that date, from the engine, not counted by hand.
    let mut most = 0;
    naas_core::engine::explore::walk(policy, Date::parse("2019-10-05").unwrap(), &mut |visit| {
        most = most.max(visit.path.len())
    });
    assert!(most > 0, "a question is asked on 2019-10-05");
    let running = start("2019-10-05");
    assert!(
        running.contains(&format!("It asks up to {most} questions")),
        "{running}"
    );
    // After NAAS (a fresh-eyes finding): a date that asks fewer questions than the most of any
    // date says how many it asks, not the most over all dates.
    for fixed in ["2026-12-07", "2027-05-01", "2028-01-01"] {
        let mut most = 0;
        naas_core::engine::explore::walk(policy, Date::parse(fixed).unwrap(), &mut |visit| {
            most = most.max(visit.path.len())
        });
        assert!(
            most < usize::from(policy.meta.most_questions),
            "{fixed}: {most}"
        );
        let page = start(fixed);
        let said = match most {
            1 => "It asks one question".to_string(),
            n => format!("It asks up to {n} questions"),
        };
        assert!(page.contains(&said), "{fixed}: {page}");
    }
}

#[test]
fn from_april_2027_a_frontline_result_offers_the_practitioner_statement_for_reference_only() {
    let after = result_html(
        "#/result?date=2027-04-01&role=frontline&registration=yes&employer=local-authority",
        &Config::default(),
    );
    assert!(after.contains("the standard used until 31 March 2027, for reference"));
    let before = result_html(
        "#/result?date=2026-12-01&role=frontline&registration=yes&employer=local-authority",
        &Config::default(),
    );
    assert!(!before.contains("for reference"));
    assert!(before.contains("Rate yourself against the post-qualifying standard: knowledge and skills statement for child and family practitioners, and get an action plan"));
}

/// Fresh-eyes review: a plan cites GOV.UK's page of standards as it stood on its date, the 2018
/// version for 2019 and 2023, the 2026 update for today, never both versions of one page.
#[test]
fn a_plan_cites_the_version_of_a_page_of_its_time() {
    for (date, of_then, later) in [
        (
            "2019-10-05",
            "updated 18 May 2018",
            "updated 18 February 2026",
        ),
        (
            "2023-06-01",
            "updated 18 May 2018",
            "updated 18 February 2026",
        ),
        (
            "2026-12-01",
            "updated 18 February 2026",
            "updated 18 May 2018",
        ),
    ] {
        // While NAAS ran the plan also has the practical checks answered.
        let checks = if date < "2022" { "&done=none" } else { "" };
        let fragment = PLAN_NOW.replace("plan?", &format!("plan?date={date}&")) + checks;
        let view = view(&fragment);
        let Screen::Plan(plan_view) = &view.screen else {
            panic!("{fragment}")
        };
        let page = plan::render(&view, plan_view, &Config::default());
        let doc = document::plan_document(&view, plan_view, &Config::default()).into_string();
        let body = format!("{}{}{}", page.intro, page.body, page.background);
        for (what, text) in [("page", &body), ("download", &doc)] {
            assert!(text.contains(of_then), "{date} {what}");
            assert!(!text.contains(later), "{date} {what} cites {later}");
        }
    }
}

/// The record line a result or plan made on the tests' today (1 December 2026) carries for `date`.
fn record(view: &naas_core::journey::view::View, date: &str) -> String {
    let meta = &view.policy.meta;
    format!(
        "Made on 1 December 2026 with the NAAS checker {}, applying the rules for {date} (rules version {}, last checked against their sources on {}).",
        env!("CARGO_PKG_VERSION"),
        meta.version,
        meta.checked.long()
    )
}

#[test]
fn every_result_and_plan_says_when_it_was_made_for_which_date_and_with_which_rules() {
    for (fragment, date) in [
        (leeds_2019(), "5 October 2019"),
        (
            "#/result?date=today&role=frontline".to_string(),
            "1 December 2026",
        ),
        (
            "#/result?date=2021-06&role=frontline&registration=yes&employer=local-authority"
                .to_string(),
            "June 2021",
        ),
    ] {
        let html = result_html(&fragment, &Config::default());
        assert!(html.contains(&record(&view(&fragment), date)), "{fragment}");
    }
    for (fragment, date) in [(PLAN, "5 October 2019"), (PLAN_NOW, "1 December 2026")] {
        let view = view(fragment);
        let Screen::Plan(plan_view) = &view.screen else {
            panic!()
        };
        let page = plan::render(&view, plan_view, &Config::default());
        assert!(page.background.contains(&record(&view, date)), "{fragment}");
    }
}

#[test]
fn the_downloaded_plan_keeps_the_councils_contact_and_offers() {
    let config = Config {
        organisation: Some("Anytown Council".into()),
        lead: Some(Lead {
            name: Some("Sam Lee".into()),
            email: Some("naas@anytown.gov.uk".into()),
            phone: None,
        }),
        preparation: vec![naas_core::config::Offer {
            title: "Post-qualifying standards workshop".into(),
            description: Some("Half a day, with your team.".into()),
            link: Some("https://intranet.anytown.gov.uk/pqs".into()),
        }],
        ..Config::default()
    };
    let view = view(PLAN_NOW);
    let Screen::Plan(plan_view) = &view.screen else {
        panic!()
    };
    let doc = document::plan_document(&view, plan_view, &config).into_string();
    let text = strip_tags(&doc);
    assert!(text.contains("Who to contact at Anytown Council"), "{text}");
    assert!(doc.contains("href=\"mailto:naas@anytown.gov.uk\""));
    assert!(text.contains("Support offered by Anytown Council"));
    assert!(doc.contains("href=\"https://intranet.anytown.gov.uk/pqs\""));
    assert!(text.contains("Half a day, with your team."));
}

#[test]
fn printed_source_numbers_run_on_with_none_skipped() {
    // Leeds in 2019: the section of what happened next (folded, so not printed) cites sources
    // of its own, which once took numbers between those printed.
    for fragment in [
        leeds_2019(),
        common::result_address(
            "2019-10-05 council=leeds role=practice-supervisor",
            "supervisor",
        ),
    ] {
        let html = result_html(&fragment, &Config::default());
        let folded = html.find("id=\"then\"").expect("a folded section");
        let end = html[folded..].find("</details>").unwrap() + folded;
        // The numbers cited outside the folded section, as paper shows them.
        let (mut printed, _) = citations(&format!("{}{}", &html[..folded], &html[end..]));
        printed.sort_unstable();
        printed.dedup();
        assert_eq!(
            printed,
            (1..=printed.len()).collect::<Vec<_>>(),
            "{fragment}"
        );
        // And the screen still lists every source once, each number cited.
        let (mut all, listed) = citations(&html);
        all.sort_unstable();
        all.dedup();
        assert_eq!(all, (1..=listed).collect::<Vec<_>>(), "{fragment}");
    }
}

const PAGE: &str =
    "https://intranet.anytown.gov.uk/naas-checker/#/result?date=2019-10-05&role=frontline";

#[test]
fn a_report_by_email_carries_the_pages_address_in_its_body() {
    let config = Config {
        feedback: Some("mailto:naas@anytown.gov.uk".into()),
        ..Config::default()
    };
    let html = naas_pages::feedback::render(&config, PAGE).into_string();
    assert!(
        html.contains(">Report a problem with this result</a>"),
        "{html}"
    );
    assert!(html.contains(
        "href=\"mailto:naas@anytown.gov.uk?subject=A%20problem%20with%20the%20NAAS%20checker&amp;body=The%20page%3A%20https%3A%2F%2Fintranet.anytown.gov.uk%2Fnaas-checker%2F%23%2Fresult%3Fdate%3D2019-10-05%26role%3Dfrontline%0A%0AWhat%20is%20wrong%3A%20\""
    ), "{html}");
    // A page that is not a result.
    let about = naas_pages::feedback::render(&config, "https://x.example/#/about").into_string();
    assert!(about.contains(">Report a problem with this page</a>"));
    // A subject the council gave is kept.
    assert_eq!(
        naas_pages::feedback::report_href("mailto:a@b.uk?subject=Checker", "file:///c/naas.html#/"),
        "mailto:a@b.uk?subject=Checker&body=The%20page%3A%20file%3A%2F%2F%2Fc%2Fnaas.html%23%2F%0A%0AWhat%20is%20wrong%3A%20"
    );
    // A body the council gave is kept, ahead of the page's address, in one body (the council
    // review found two, of which a mail program may keep only the first).
    assert_eq!(
        naas_pages::feedback::report_href("mailto:a@b.uk?body=Hello&subject=Checker", "file:///c/naas.html#/"),
        "mailto:a@b.uk?subject=Checker&body=Hello%0A%0AThe%20page%3A%20file%3A%2F%2F%2Fc%2Fnaas.html%23%2F%0A%0AWhat%20is%20wrong%3A%20"
    );
    // And a form's own page= is replaced by the page's address.
    assert_eq!(
        naas_pages::feedback::report_href(
            "https://f.example/naas?page=old&id=7",
            "https://x.example/#/"
        ),
        "https://f.example/naas?id=7&page=https%3A%2F%2Fx.example%2F%23%2F"
    );
}

#[test]
fn a_report_by_form_carries_the_pages_address_in_the_link() {
    for (form, href) in [
        ("https://forms.anytown.gov.uk/naas", "https://forms.anytown.gov.uk/naas?page=https%3A%2F%2Fintranet.anytown.gov.uk%2Fnaas-checker%2F%23%2Fresult%3Fdate%3D2019-10-05%26role%3Dfrontline"),
        ("https://forms.anytown.gov.uk/?id=7#start", "https://forms.anytown.gov.uk/?id=7&page=https%3A%2F%2Fintranet.anytown.gov.uk%2Fnaas-checker%2F%23%2Fresult%3Fdate%3D2019-10-05%26role%3Dfrontline#start"),
    ] {
        let config = Config {
            feedback: Some(form.into()),
            ..Config::default()
        };
        let html = naas_pages::feedback::render(&config, PAGE).into_string();
        assert!(html.contains(&format!("href=\"{}\"", href.replace('&', "&amp;"))), "{html}");
        assert!(html.contains("(opens in new tab)"));
    }
}

#[test]
fn without_a_feedback_setting_the_block_names_whom_to_tell() {
    let lead = Config {
        organisation: Some("Anytown Council".into()),
        lead: Some(Lead {
            name: Some("Sam Lee".into()),
            email: Some("naas@anytown.gov.uk".into()),
            phone: Some("01234 567890".into()),
        }),
        ..Config::default()
    };
    let text = strip_tags(&naas_pages::feedback::render(&lead, PAGE).into_string());
    assert!(
        text.contains("Tell Sam Lee at Anytown Council: Report a problem with this result by email, or call 01234 567890."),
        "{text}"
    );
    let html = naas_pages::feedback::render(&lead, PAGE).into_string();
    assert!(html.contains("href=\"mailto:naas@anytown.gov.uk?subject="));
    assert!(
        html.contains("%23%2Fresult%3Fdate%3D2019-10-05"),
        "the address is carried"
    );
    let text = strip_tags(&naas_pages::feedback::render(&Config::default(), PAGE).into_string());
    assert!(
        text.contains("Tell the organisation that gave you the link to this checker, and give them this page's address"),
        "{text}"
    );
    assert!(!text.contains("Report a problem"), "no link to nobody");
}

/// The council review of 8 December 2026: who tested the copy and how, given without when, read
/// "This copy was last tested, by our team." The sentence now reads as written either way.
#[test]
fn the_council_testing_sentence_reads_with_or_without_a_date() {
    use naas_core::config::Statement;
    let about = view("#/about");
    let sentence = |tested: Option<&str>| {
        let config = Config {
            accessibility: Some(Statement {
                tested: tested.map(|d| Date::parse(d).unwrap()),
                tested_by: Some("our team".into()),
                tested_how: Some("With NVDA.".into()),
                ..Statement::default()
            }),
            ..Config::default()
        };
        let html = naas_pages::statement::render(&about, &config)
            .as_str()
            .to_string();
        let at = html.find("id=\"council-tested\">").expect("the sentence") + 20;
        html[at..at + html[at..].find("</p>").unwrap()].to_string()
    };
    assert_eq!(
        sentence(None),
        "This copy was tested by our team. With NVDA."
    );
    assert_eq!(
        sentence(Some("2026-11-20")),
        "This copy was last tested on 20 November 2026, by our team. With NVDA."
    );
}
