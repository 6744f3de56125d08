//! The reading-matter pages as HTML: the result cites each source by number and lists it once, notes appear only where they belong, the plan leads with what to do, and the downloaded plan is a complete document a manager can open anywhere.

use naas_core::address;
use naas_core::config::{Config, Lead};
use naas_core::date::Date;
use naas_core::journey::view::{Screen, View};
use naas_core::journey::Context;
use naas_pages::{document, plan, result};

fn view(fragment: &str) -> View<'static> {
    let (policy, readiness) = naas_core::shipped();
    let cx = Context {
        policy,
        readiness,
        today: Date::parse("2026-12-01").unwrap(),
        fixed: None,
    };
    cx.view(address::parse(policy, readiness, fragment).unwrap())
}

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
        .map_or(0, |s| s.matches("<li>").count());
    (cited, listed)
}

const LEEDS_2019: &str = "#/result?date=2019-10-05&role=frontline&registration=yes&employer=local-authority&council=leeds";

#[test]
fn every_source_is_listed_once_and_every_number_cited_is_listed() {
    let html = result_html(LEEDS_2019, &Config::default());
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
    let past = result_html(LEEDS_2019, &Config::default());
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
    let html = result_html(LEEDS_2019, &config);
    assert!(html.contains("Who to contact at Anytown &lt;Council&gt;"));
    assert!(html.contains("Sam &quot;Lee&quot;"));
    assert!(html.contains("href=\"mailto:naas@anytown.gov.uk\""));
}

const PLAN: &str = "#/readiness/plan?set=practitioner&p1=partly&p2=confident&p3=confident&p4=not-yet&p5=confident&p6=confident&p7=confident&p8=partly&p9=confident&p10=confident&done=photo-id";

#[test]
fn the_plan_leads_with_what_to_do_and_lets_the_rest_be_skipped() {
    let view = view(PLAN);
    let Screen::Plan(plan_view) = &view.screen else {
        panic!()
    };
    let page = plan::render(&view, plan_view, &Config::default());
    let body = &page.body;
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
}

#[test]
fn the_downloaded_plan_is_a_dated_self_contained_document() {
    let view = view(PLAN);
    let Screen::Plan(plan_view) = &view.screen else {
        panic!()
    };
    let doc = document::plan_document(&view, plan_view);
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
    assert!(doc.contains("Made on 1 December 2026"));
    assert!(doc.contains(&format!("rules version {}", view.policy.meta.version)));
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
