//! Escaping is a type: outside text put in through every public entry comes out escaped, and the sources call `raw` only with literals and constants and turn markup into Yew HTML in one place.

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use naas_core::config::{Config, Lead, Offer, Statement};
use naas_core::journey::view::{Row, Screen};
use naas_pages::forms::{self, DateInput, Form, Item, Kind, Problem, Question};
use naas_pages::html::{Html, Markup};
use naas_pages::{about, document, feedback, plan, result, start, statement};

/// Outside text that would run a script, or leave an attribute and add one, if it were markup.
const EVIL: &str = "<script>alert(1)</script>\" onx=\"y' &";

/// Whether `markup` holds `EVIL` as markup anywhere (it may hold it as escaped text).
fn unescaped(markup: &str) -> bool {
    markup.contains("<script") || markup.contains("onx=\"") || markup.contains("y' &")
}

fn check(entry: &str, markup: &Markup) {
    assert!(
        !unescaped(markup),
        "{entry} let outside text through as markup:\n{markup}"
    );
    assert!(markup.contains("&lt;script&gt;"), "{entry} lost the text");
}

use common::view;

fn evil_config() -> Config {
    Config {
        organisation: Some(EVIL.into()),
        lead: Some(Lead {
            name: Some(EVIL.into()),
            email: Some(EVIL.into()),
            phone: Some(EVIL.into()),
        }),
        preparation: vec![Offer {
            title: EVIL.into(),
            description: Some(EVIL.into()),
            link: Some(EVIL.into()),
        }],
        accessibility: Some(Statement {
            email: Some(EVIL.into()),
            phone: Some(EVIL.into()),
            url: Some(EVIL.into()),
            not_accessible: vec![EVIL.into()],
            compliance: Some(naas_core::config::Compliance::Partial),
            tested_how: Some(EVIL.into()),
            tested_by: Some(EVIL.into()),
            statement_url: Some(EVIL.into()),
            ..Statement::default()
        }),
        ..Config::default()
    }
}

#[test]
fn outside_text_is_escaped_through_every_builder_method() {
    let mut h = Html::new();
    h.text(EVIL);
    check("text", &h.finish());
    let mut h = Html::new();
    h.element("p", EVIL, EVIL);
    check("element", &h.finish());
    let mut h = Html::new();
    h.open("p", EVIL).text(EVIL).close("p");
    check("open", &h.finish());
    let mut h = Html::new();
    h.start("p").attr("id", EVIL).raw(">").text(EVIL);
    check("attr", &h.finish());
    let mut h = Html::new();
    h.link(EVIL, EVIL);
    check("link", &h.finish());
    let mut h = Html::new();
    h.external(EVIL, EVIL);
    check("external", &h.finish());
    let mut h = Html::new();
    naas_pages::summary_list(
        &mut h,
        &[Row {
            key: EVIL.into(),
            value: EVIL.into(),
            change: Some(EVIL.into()),
        }],
    );
    check("summary_list", &h.finish());
    let (policy, readiness) = naas_core::shipped();
    check(
        "sourced_note",
        &naas_pages::sourced_note(EVIL, EVIL, policy, &readiness.naas_closed.sources),
    );
    // Finished markup goes into another page as it is, still escaped.
    let mut inner = Html::new();
    inner.text(EVIL);
    let mut h = Html::new();
    h.markup(&inner.finish());
    check("markup", &h.finish());
}

#[test]
fn outside_text_is_escaped_in_every_page() {
    let config = evil_config();
    let about_view = view("#/about");
    check("about", &about::render(&about_view, EVIL, Some(EVIL)));
    check("statement", &statement::render(&about_view, &config));
    // The start page takes nothing from outside but the view, which the address made.
    assert!(!unescaped(&start::render(&view("#/"))));
    let result_view = view(&common::result_address(
        "2019-10-05 council=leeds",
        "practitioner",
    ));
    let Screen::Result(verdict) = &result_view.screen else {
        panic!("not a result")
    };
    let page = result::render(&result_view, verdict, &config);
    assert!(!unescaped(&page.top));
    check("result", &page.rest);
    let plan_view = view("#/readiness/plan?set=practitioner&p1=partly&p2=confident&p3=confident&p4=not-yet&p5=confident&p6=confident&p7=confident&p8=partly&p9=confident&p10=confident&done=photo-id");
    let Screen::Plan(ratings) = &plan_view.screen else {
        panic!("not a plan")
    };
    let page = plan::render(&plan_view, ratings, &config);
    assert!(!unescaped(&page.intro) && !unescaped(&page.background));
    check("plan", &page.body);
    // The block to report a problem: the council's contact, and the page's own address.
    check("feedback", &feedback::render(&config, EVIL));
    let form = Config {
        feedback: Some(EVIL.into()),
        ..Config::default()
    };
    check("feedback link", &feedback::render(&form, EVIL));
    // The download carries the council's contact and offers too.
    check(
        "document",
        &document::plan_document(&plan_view, ratings, &config),
    );
}

#[test]
fn outside_text_is_escaped_in_every_part_of_a_form() {
    let item = || Item {
        value: EVIL.into(),
        label: EVIL.into(),
        hint: Some(EVIL.into()),
        divider: false,
        group: Some(EVIL.into()),
    };
    let date = DateInput {
        id: EVIL.into(),
        legend: EVIL.into(),
        hint: EVIL.into(),
        typed: [EVIL.into(), EVIL.into(), EVIL.into()],
    };
    let problem = Problem {
        field: EVIL.into(),
        message: EVIL.into(),
        marks: [true; 3],
    };
    for kind in [
        Kind::Radios {
            items: vec![item(), item()],
            selected: Some(EVIL.into()),
            small: true,
            filter: Some(EVIL.into()),
            reveal: Some((EVIL.into(), date.clone())),
        },
        Kind::Checkboxes {
            items: vec![item()],
            checked: vec![EVIL.into()],
        },
        Kind::Date(date.clone()),
    ] {
        let mut note = Html::new();
        note.element("p", "", EVIL);
        let form = Form {
            back: Some(EVIL.into()),
            note: Some(note.finish()),
            question: Question {
                name: EVIL.into(),
                caption: Some(EVIL.into()),
                heading: EVIL.into(),
                page_heading: true,
                hint: Some(EVIL.into()),
                kind,
            },
            after: Some(Markup::literal("<p>after</p>")),
            submit: "Continue",
            secondary: false,
        };
        check("form", &forms::render(&form, None));
        check("form with a problem", &forms::render(&form, Some(&problem)));
    }
}

/// The repository's root, above this crate.
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Every `.rs` file under `dir`, but not in build output, packages or hidden folders.
fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if path.is_dir() {
            if !(name.starts_with('.') || name == "target" || name == "node_modules") {
                rust_files(&path, out);
            }
        } else if name.ends_with(".rs") {
            out.push(path);
        }
    }
}

/// The text from just after an opening parenthesis to its closing one, strings skipped whole.
fn argument(rest: &str) -> &str {
    let bytes = rest.as_bytes();
    let (mut depth, mut i) = (0usize, 0);
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                // A string (a raw string's `r#` is outside code's parentheses too): skip to its
                // unescaped closing quote.
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
            }
            b'(' => depth += 1,
            b')' if depth == 0 => return &rest[..i],
            b')' => depth -= 1,
            _ => {}
        }
        i += 1;
    }
    rest
}

/// A string literal and nothing else, or the name of a constant (`HEADING`, `plan::HEADING`).
fn is_literal_or_constant(arg: &str) -> bool {
    let arg = arg.trim().trim_end_matches(',').trim();
    if arg.starts_with('"') && arg.ends_with('"') && arg.len() >= 2 {
        // One literal: no unescaped quote inside it.
        let inner = &arg[1..arg.len() - 1];
        let mut escaped = false;
        for c in inner.chars() {
            match c {
                '"' if !escaped => return false,
                '\\' => escaped = !escaped,
                _ => escaped = false,
            }
        }
        return true;
    }
    let name = arg.rsplit("::").next().unwrap_or(arg);
    let path_ok = arg.split("::").all(|part| {
        !part.is_empty() && part.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
    });
    path_ok
        && name.starts_with(|c: char| c.is_ascii_uppercase())
        && name
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
}

/// The places where text becomes markup without escaping, each with its argument, in code (not
/// in comments).
fn calls<'a>(source: &'a str, needle: &str) -> Vec<(usize, &'a str)> {
    let mut found = Vec::new();
    for (at, _) in source.match_indices(needle) {
        let line_start = source[..at].rfind('\n').map_or(0, |i| i + 1);
        if source[line_start..at].trim_start().starts_with("//") {
            continue;
        }
        let line = source[..at].matches('\n').count() + 1;
        found.push((line, argument(&source[at + needle.len()..])));
    }
    found
}

#[test]
fn raw_markup_is_only_ever_a_literal_or_a_constant() {
    let mut files = Vec::new();
    rust_files(&root().join("pages/src"), &mut files);
    rust_files(&root().join("src"), &mut files);
    assert!(files.len() > 20, "the sources were not found");
    let mut wrong = Vec::new();
    for file in &files {
        let source = fs::read_to_string(file).unwrap();
        for needle in [".raw(", "Markup::literal("] {
            for (line, arg) in calls(&source, needle) {
                if !is_literal_or_constant(arg) {
                    wrong.push(format!("{}:{line}: {needle}{arg})", file.display()));
                }
            }
        }
        // A `&'static str` can also be leaked from a `String`: that would make `raw` take
        // outside text.
        if source.contains("leak(") {
            wrong.push(format!("{}: leaks a string", file.display()));
        }
    }
    assert!(
        wrong.is_empty(),
        "markup made from something other than a literal or a constant:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn markup_becomes_yew_html_in_one_place_only() {
    let needle = concat!("from_html", "_unchecked");
    let mut files = Vec::new();
    rust_files(&root(), &mut files);
    let places: Vec<String> = files
        .iter()
        .flat_map(|file| {
            let source = fs::read_to_string(file).unwrap_or_default();
            calls(&source, needle)
                .into_iter()
                .map(|(line, _)| format!("{}:{line}", file.display()))
                .collect::<Vec<_>>()
        })
        .collect();
    assert_eq!(places.len(), 1, "{places:?}");
    assert!(places[0].contains("src/ui/components/mod.rs"), "{places:?}");
    let bridge = fs::read_to_string(root().join("src/ui/components/mod.rs")).unwrap();
    assert!(
        bridge.contains("pub fn markup(markup: Markup) -> Html {"),
        "the bridge takes only naas-pages' Markup"
    );
}

#[test]
fn the_check_finds_what_it_is_for() {
    let source = "h.raw(\"<p>\").raw(HEADING).raw(plan::HEADING);\n\
                  // h.raw(in_a_comment);\n\
                  h.raw(&label).raw(tag).raw(if a { \"x\" } else { \"y\" });\n\
                  h.raw(\n    \"a (b\",\n);\n";
    let ok: Vec<bool> = calls(source, ".raw(")
        .into_iter()
        .map(|(_, arg)| is_literal_or_constant(arg))
        .collect();
    assert_eq!(ok, [true, true, true, false, false, false, true]);
}
