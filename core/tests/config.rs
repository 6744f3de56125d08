//! Council configuration: good settings are applied, and each bad one is refused with a message naming it while the others still apply.

use naas_core::config::{
    bound, contrast, is_page, parse_colour, safe_link, Config, Json, MAX_BYTES,
};

/// Reads a configuration block as the app does: parsed into `Json`, then checked setting by setting.
fn read(block: &str) -> (Config, Vec<String>) {
    let json: Json = serde_json::from_str(block).expect("test blocks are JSON");
    Config::from_json(naas_core::shipped().0, "the block", &json)
}

#[test]
fn a_full_configuration_is_applied() {
    let (config, problems) = read(
        r##"{
        "organisation": "Anytown Council",
        "naasLead": { "name": "Sam Lee", "email": "naas@anytown.gov.uk", "phone": "01234 567890" },
        "preparation": [{ "title": "Two-day course", "description": "With other volunteers.", "link": "https://intranet.anytown.gov.uk/naas" }],
        "councils": { "first": ["leeds", "bury"], "preselect": "leeds" },
        "theme": { "brand": "#00703c" },
        "asAt": "2019-10-05"
    }"##,
    );
    assert_eq!(problems, Vec::<String>::new());
    assert_eq!(config.organisation.as_deref(), Some("Anytown Council"));
    assert_eq!(
        config.lead.unwrap().email.as_deref(),
        Some("naas@anytown.gov.uk")
    );
    assert_eq!(config.preparation.len(), 1);
    assert_eq!(config.councils_first.len(), 2);
    assert!(config.ours.is_some());
    assert_eq!(config.theme.unwrap().brand_text, "#ffffff");
    assert_eq!(config.as_at.unwrap().iso(), "2019-10-05");
}

#[test]
fn each_bad_setting_is_named_and_the_good_ones_still_apply() {
    let (config, problems) = read(
        r##"{
        "organisation": "Anytown Council",
        "naasLead": { "name": "Sam", "emial": "x@y.z" },
        "preparation": [{ "title": "Course", "link": "javascript:alert(1)" }],
        "councils": { "first": ["atlantis"] },
        "theme": { "brand": "#ffdd00" },
        "asAt": "2019-02-30",
        "colour": "red"
    }"##,
    );
    assert_eq!(
        config.organisation.as_deref(),
        Some("Anytown Council"),
        "good settings still apply"
    );
    assert_eq!(config.lead, None);
    assert!(
        config.preparation.is_empty()
            && config.councils_first.is_empty()
            && config.theme.is_none()
            && config.as_at.is_none()
    );
    let expect = [
        ("naasLead:", "emial"),
        ("preparation:", "javascript:alert(1)"),
        ("councils:", "atlantis"),
        ("theme:", "contrast of 1.3 to 1"),
        ("asAt:", "2019-02-30"),
        ("colour", "not a setting"),
    ];
    assert_eq!(problems.len(), expect.len(), "{problems:#?}");
    for (key, detail) in expect {
        assert!(
            problems
                .iter()
                .any(|p| p.contains(key) && p.contains(detail)),
            "no problem for {key} / {detail} in {problems:#?}"
        );
    }
}

#[test]
fn wrong_types_are_refused_with_the_setting_named() {
    let (config, problems) =
        read(r#"{ "organisation": 42, "preparation": { "title": "x" }, "asAt": true }"#);
    assert_eq!(config, Config::default());
    assert_eq!(problems.len(), 3);
    for (key, says) in [
        ("organisation", "must be text"),
        ("preparation", "must be a list"),
        ("asAt", "must be text"),
    ] {
        assert!(
            problems
                .iter()
                .any(|p| p.starts_with(&format!("{key}: {says}"))),
            "{key}: {problems:#?}"
        );
    }
}

#[test]
fn only_https_mailto_and_tel_links_are_safe() {
    for ok in [
        "https://example.org/x",
        "mailto:naas@anytown.gov.uk",
        "tel:+441234567890",
        "HTTPS://EXAMPLE.ORG",
    ] {
        assert!(safe_link(ok), "{ok}");
    }
    for bad in [
        "http://example.org",
        "javascript:alert(1)",
        "data:text/html,hi",
        "//example.org",
        "https://",
        "https://a b",
        "ftp://x",
        "/local",
        "https://x\"onmouseover=1",
        "https://example.org/\u{202e}gpj.exe",
        "mailto:x\u{2066}@y",
    ] {
        assert!(!safe_link(bad), "{bad}");
    }
}

#[test]
fn contrast_follows_wcag() {
    let c = |a: &str, b: &str| contrast(parse_colour(a).unwrap(), parse_colour(b).unwrap());
    assert!((c("#000", "#fff") - 21.0).abs() < 0.01);
    assert!(
        (c("#1d70b8", "#ffffff") - 5.17).abs() < 0.05,
        "{}",
        c("#1d70b8", "#ffffff")
    );
    assert!(c("#767676", "#ffffff") >= 4.5);
    assert!(c("#777777", "#ffffff") < 4.5);
    assert_eq!(parse_colour("#12345"), None);
    assert_eq!(parse_colour("red"), None);
}

#[test]
fn a_block_that_is_not_an_object_is_refused_whole() {
    let (config, problems) = read("[1, 2]");
    assert_eq!(config, Config::default());
    assert_eq!(
        problems,
        ["the block must be a JSON object, like { \"organisation\": \"Anytown Council\" }"]
    );
}

/// Reads a raw text as the app does: held to the limits, parsed, then checked.
fn read_text(text: &str) -> (Config, Vec<String>) {
    let (text, mut problems) = match bound("the block", text) {
        Ok(bounded) => bounded,
        Err(problem) => return (Config::default(), vec![problem]),
    };
    let json: Json = serde_json::from_str(&text).expect("test blocks are JSON");
    let mut config = Config::default();
    config.apply(naas_core::shipped().0, "the block", &json, &mut problems);
    (config, problems)
}

#[test]
fn a_setting_nested_too_deep_is_refused_before_decoding_and_the_rest_apply() {
    let deep = format!("{}1{}", "[".repeat(5000), "]".repeat(5000));
    let (config, problems) = read_text(&format!(
        r#"{{ "organisation": "Anytown Council", "theme": {deep}, "asAt": "2019-10-05" }}"#
    ));
    assert_eq!(config.organisation.as_deref(), Some("Anytown Council"));
    assert_eq!(config.as_at.unwrap().iso(), "2019-10-05");
    assert_eq!(config.theme, None);
    assert_eq!(
        problems,
        ["theme: nests lists or objects more than 8 levels deep"]
    );

    // Brackets inside strings are text, not nesting.
    let (config, problems) = read_text(&format!(
        r#"{{ "organisation": "{}\"[[" }}"#,
        "[{".repeat(50)
    ));
    assert!(config.organisation.is_some(), "{problems:?}");

    // Deep outside any one setting: nothing can be kept.
    for whole in [deep.clone(), format!("{{ \"theme\": {}", "[".repeat(5000))] {
        let (config, problems) = read_text(&whole);
        assert_eq!(config, Config::default());
        assert_eq!(
            problems,
            ["the block nests lists or objects more than 8 levels deep, so none of its settings are used"]
        );
    }
}

#[test]
fn a_configuration_too_large_is_refused_whole_before_decoding() {
    let keys: String = (0..60_000).map(|i| format!("\"k{i}\": 0, ")).collect();
    let (config, problems) = read_text(&format!("{{ {keys}\"organisation\": \"Anytown\" }}"));
    assert_eq!(config, Config::default());
    assert_eq!(problems.len(), 1);
    assert!(
        problems[0].starts_with("the block is 751 KB,")
            && problems[0].ends_with(
                "more than the 64 KB a configuration may be, so none of its settings are used"
            ),
        "{problems:?}"
    );
    // Just under the limit is read, in linear time however many keys are unknown.
    let mut text = String::from("{");
    let mut i = 0;
    while text.len() < MAX_BYTES - 40 {
        text.push_str(&format!("\"k{i}\":0,"));
        i += 1;
    }
    text.push_str("\"organisation\": \"Anytown\"}");
    let (config, problems) = read_text(&text);
    assert_eq!(config.organisation.as_deref(), Some("Anytown"));
    assert_eq!(problems.len(), i);
}

#[test]
fn messages_quote_outside_text_without_hidden_characters() {
    let (_, problems) = read_text(
        "{ \"col\u{202e}our\": 1, \"preparation\": [{ \"title\": \"x\", \"link\": \"javascript:\u{2066}alert(1)\" }] }",
    );
    assert_eq!(problems.len(), 2, "{problems:?}");
    for p in &problems {
        assert!(
            !p.chars().any(|c| naas_core::text::HIDDEN.contains(&c)),
            "{p:?}"
        );
    }
    assert!(problems[0].contains("\u{201c}colour\u{201d} is not a setting"));
}

/// Review: an organisation's name with a right-to-left override showed reversed in the header
/// ("evil" as "live"), and no notice said so.
#[test]
fn names_that_would_show_reversed_or_out_of_place_are_refused_and_named() {
    let (config, problems) = read(
        "{ \"organisation\": \"Any\u{202e}live\u{202c} Council\", \"naasLead\": { \"name\": \"Sam \u{2067}Lee\", \"email\": \"naas@anytown.gov.uk\" }, \"asAt\": \"2019-10-05\" }",
    );
    assert_eq!(config.organisation, None);
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(
        problems
            .iter()
            .all(|p| p.contains("change the direction of the text")),
        "{problems:?}"
    );
    assert_eq!(
        config.as_at.map(|d| d.iso()).as_deref(),
        Some("2019-10-05"),
        "the other settings still apply"
    );
}

#[test]
fn link_schemes_are_read_in_any_case() {
    let (config, problems) = read(
        r#"{ "preparation": [{ "title": "Course", "link": "Https://intranet.anytown.gov.uk/Naas" }] }"#,
    );
    assert_eq!(problems, Vec::<String>::new());
    assert_eq!(
        config.preparation[0].link.as_deref(),
        Some("https://intranet.anytown.gov.uk/Naas")
    );
}

#[test]
fn embedding_settings_are_checked() {
    let (config, problems) = read(
        r#"{ "embedded": true, "parentOrigins": ["https://Intranet.Anytown.gov.uk/", "http://127.0.0.1:8080"] }"#,
    );
    assert_eq!(problems, Vec::<String>::new());
    assert_eq!(config.embedded, Some(true));
    assert_eq!(
        config.parent_origins,
        ["https://intranet.anytown.gov.uk", "http://127.0.0.1:8080"]
    );
    for bad in [
        r#"{ "embedded": "yes" }"#,
        r#"{ "parentOrigins": "https://a.example" }"#,
        r#"{ "parentOrigins": ["*"] }"#,
        r#"{ "parentOrigins": ["https://a.example/page"] }"#,
        r#"{ "parentOrigins": ["javascript:alert(1)"] }"#,
        r#"{ "parentOrigins": ["https://a.example:80443"] }"#,
    ] {
        let (config, problems) = read(bad);
        assert_eq!(config, Config::default(), "{bad}");
        assert_eq!(problems.len(), 1, "{bad}: {problems:?}");
    }
}

/// Review: one bad entry in a list dropped the whole list and only the first was named, so a
/// council fixed one mistake to find the next, and a typo in one origin stopped every frame.
#[test]
fn each_bad_entry_in_a_list_is_named_and_the_good_ones_still_apply() {
    let (config, problems) = read(
        r#"{ "parentOrigins": ["https://intranet.anytown.gov.uk", "javascript:alert(1)", "https://a.example/page"],
             "preparation": [{ "title": "Good", "link": "https://intranet.anytown.gov.uk/pqs" },
                             { "title": "A", "link": "javascript:alert(1)" },
                             { "title": "B", "link": "http://intranet.anytown.gov.uk" },
                             { "title": "C", "link": "data:text/html,x" }] }"#,
    );
    assert_eq!(config.parent_origins, ["https://intranet.anytown.gov.uk"]);
    assert_eq!(config.preparation.len(), 1);
    assert_eq!(config.preparation[0].title, "Good");
    assert_eq!(problems.len(), 5, "{problems:?}");
    assert_eq!(
        problems
            .iter()
            .filter(|p| p.starts_with("parentOrigins: "))
            .count(),
        2
    );
    for n in 2..=4 {
        assert!(
            problems
                .iter()
                .any(|p| p.starts_with(&format!("preparation: offer {n}: "))),
            "offer {n}: {problems:?}"
        );
    }
}

/// Review: a lead with a bad email and a name holding a control character named only the email,
/// so the council fixed one to meet the other.
#[test]
fn every_problem_with_the_leads_contacts_is_named_at_once() {
    let (config, problems) = read(
        "{ \"naasLead\": { \"name\": \"Sam\\u0007 Lee\", \"email\": \"not an address\", \"phone\": \"call me\" } }",
    );
    assert_eq!(config.lead, None);
    assert_eq!(problems.len(), 1, "{problems:?}");
    for part in [
        "name must not contain control characters",
        "email \u{201c}not an address\u{201d}",
        "phone \u{201c}call me\u{201d}",
    ] {
        assert!(problems[0].contains(part), "{part}: {problems:?}");
    }
}

/// Review: "theme: must be at most 7 characters" named neither the colour nor what is wanted.
#[test]
fn a_colour_in_another_form_is_named_and_quoted() {
    for (block, setting, value) in [
        (
            r##"{ "theme": { "brand": "#036", "brandText": "rgb(255,255,255)" } }"##,
            "brandText",
            "rgb(255,255,255)",
        ),
        (
            r##"{ "theme": { "brand": "#000; background:url(x)" } }"##,
            "brand",
            "#000; background:url(x)",
        ),
    ] {
        let (config, problems) = read(block);
        assert_eq!(config.theme, None);
        assert_eq!(
            problems,
            [format!(
                "theme: {setting} \u{201c}{value}\u{201d} is not a colour like #1d70b8"
            )]
        );
    }
}

/// Review: an accessibility statement "prepared on 1 September 2027" was shown without a word.
#[test]
fn an_accessibility_statement_is_never_dated_after_today() {
    let today = naas_core::date::Date::parse("2026-12-01").unwrap();
    let (mut config, mut problems) = read(
        r#"{ "accessibility": { "email": "access@anytown.gov.uk", "prepared": "2026-09-01", "reviewed": "2028-11-01" } }"#,
    );
    config.hold_to(today, &mut problems);
    let statement = config.accessibility.unwrap();
    assert_eq!(
        statement.prepared.map(|d| d.iso()).as_deref(),
        Some("2026-09-01")
    );
    assert_eq!(statement.reviewed, None);
    assert_eq!(statement.email.as_deref(), Some("access@anytown.gov.uk"));
    assert_eq!(
        problems,
        ["accessibility: reviewed is 1 November 2028, after today, so it is not used"]
    );
}

#[test]
fn a_fixed_date_after_today_is_refused_and_named_and_today_itself_is_kept() {
    let today = naas_core::date::Date::parse("2026-12-01").unwrap();
    let (mut config, mut problems) =
        read(r#"{ "asAt": "2027-06-01", "organisation": "Anytown Council" }"#);
    config.hold_to(today, &mut problems);
    assert_eq!(config.as_at, None, "the date question is asked instead");
    assert_eq!(config.organisation.as_deref(), Some("Anytown Council"));
    assert_eq!(problems.len(), 1);
    assert!(
        problems[0].contains("1 June 2027, after today"),
        "{problems:?}"
    );

    let (mut config, mut problems) = read(r#"{ "asAt": "2026-12-01" }"#);
    config.hold_to(today, &mut problems);
    assert_eq!(config.as_at, Some(today));
    assert!(problems.is_empty());
}

#[test]
fn contrast_is_wcag_s_formula_for_every_grey_and_primary() {
    let channel = |c: u8| {
        let c = c as f64 / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    let luminance =
        |[r, g, b]: [u8; 3]| 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    for v in 0..=255u8 {
        for colour in [[v, v, v], [v, 0, 0], [0, v, 0], [0, 0, v]] {
            let (a, b) = (luminance(colour), luminance([255, 255, 255]));
            let expected = (a.max(b) + 0.05) / (a.min(b) + 0.05);
            let got = contrast(colour, [255, 255, 255]);
            assert!(
                (got - expected).abs() < 1e-9,
                "{colour:?}: {got} against {expected}"
            );
        }
    }
}

#[test]
fn a_web_page_served_in_place_of_the_settings_file_is_no_settings() {
    for page in [
        "<!DOCTYPE html><html><title>Not found</title></html>",
        "\u{feff}\n  <html lang=\"en\">",
        "<?xml version=\"1.0\"?><html/>",
    ] {
        assert!(is_page(page), "{page:?}");
    }
    for settings in ["{}", " { \"organisation\": \"<b>\" }", "[]", "", "not json"] {
        assert!(!is_page(settings), "{settings:?}");
    }
}

#[test]
fn a_feedback_link_is_an_https_page_or_a_mailto_address() {
    for (given, kept) in [
        (
            "https://intranet.anytown.gov.uk/naas-feedback",
            "https://intranet.anytown.gov.uk/naas-feedback",
        ),
        ("mailto:naas@anytown.gov.uk", "mailto:naas@anytown.gov.uk"),
        (
            "MAILTO:naas@anytown.gov.uk?subject=NAAS",
            "mailto:naas@anytown.gov.uk?subject=NAAS",
        ),
        (
            "Https://forms.anytown.gov.uk/?form=7",
            "https://forms.anytown.gov.uk/?form=7",
        ),
    ] {
        let (config, problems) = read(&format!("{{ \"feedback\": \"{given}\" }}"));
        assert_eq!(problems, Vec::<String>::new(), "{given}");
        assert_eq!(config.feedback.as_deref(), Some(kept), "{given}");
    }
    for given in [
        "http://intranet.anytown.gov.uk/feedback",
        "tel:01234567890",
        "javascript:alert(1)",
        "mailto:",
        "mailto:nobody",
        "mailto:?subject=x",
        "https://anytown.gov.uk/a b",
    ] {
        let (config, problems) = read(&format!(
            "{{ \"organisation\": \"Anytown Council\", \"feedback\": \"{given}\" }}"
        ));
        assert_eq!(config.feedback, None, "{given}");
        assert_eq!(config.organisation.as_deref(), Some("Anytown Council"));
        assert_eq!(problems.len(), 1, "{given}: {problems:?}");
        assert!(
            problems[0].starts_with("feedback: the link \u{201c}")
                && problems[0].contains("must be an https:// page or a mailto: address"),
            "{problems:?}"
        );
    }
    let (_, problems) = read(r#"{ "feedback": ["mailto:a@b.c"] }"#);
    assert_eq!(problems, ["feedback: must be text in quotes"]);
}

#[test]
fn an_adopted_statement_states_its_compliance_testing_and_response_time() {
    let (config, problems) = read(
        r#"{ "accessibility": { "compliance": "partial", "nonAccessible": ["PDF sources are not accessible."],
            "tested": "2026-11-20", "testedHow": "With NVDA.", "testedBy": "Our team", "responseDays": 5,
            "statementUrl": "Https://www.anytown.gov.uk/a11y" } }"#,
    );
    assert_eq!(problems, Vec::<String>::new());
    let s = config.accessibility.unwrap();
    assert_eq!(s.compliance, Some(naas_core::config::Compliance::Partial));
    assert_eq!(s.not_accessible, ["PDF sources are not accessible."]);
    assert_eq!(s.tested.map(|d| d.iso()).as_deref(), Some("2026-11-20"));
    assert_eq!(s.tested_how.as_deref(), Some("With NVDA."));
    assert_eq!(s.tested_by.as_deref(), Some("Our team"));
    assert_eq!(s.response_days, Some(5));
    assert_eq!(
        s.statement_url.as_deref(),
        Some("https://www.anytown.gov.uk/a11y")
    );
    for (block, problem) in [
        (
            r#"{ "compliance": "partly" }"#,
            "accessibility: compliance \u{201c}partly\u{201d} must be \"full\", \"partial\" or \"none\"",
        ),
        (
            r#"{ "compliance": "partial" }"#,
            "accessibility: a compliance of \"partial\" or \"none\" needs nonAccessible, a list of what is not accessible",
        ),
        (
            r#"{ "compliance": "full", "nonAccessible": ["x"] }"#,
            "accessibility: nonAccessible is for a compliance of \"partial\" or \"none\"",
        ),
        (
            r#"{ "responseDays": 2.5 }"#,
            "accessibility: responseDays must be a whole number of working days, from 1 to 60",
        ),
        (
            r#"{ "statementUrl": "http://x.gov.uk" }"#,
            "accessibility: the statementUrl \u{201c}http://x.gov.uk\u{201d} must start with https://",
        ),
        (
            r#"{ "tested": "2026-13-01" }"#,
            "accessibility: tested \u{201c}2026-13-01\u{201d} is not a real date in the form YYYY-MM-DD",
        ),
    ] {
        let (config, problems) = read(&format!(
            "{{ \"organisation\": \"Anytown\", \"accessibility\": {block} }}"
        ));
        assert_eq!(problems, [problem], "{block}");
        assert_eq!(config.accessibility, None, "{block}: the checker's own statement stays");
        assert_eq!(config.organisation.as_deref(), Some("Anytown"));
    }
    // A test on a day still to come is refused, as the statement's other dates are.
    let (mut config, mut problems) = read(r#"{ "accessibility": { "tested": "2027-01-01" } }"#);
    config.hold_to(
        naas_core::date::Date::parse("2026-12-01").unwrap(),
        &mut problems,
    );
    assert_eq!(
        problems,
        ["accessibility: tested is 1 January 2027, after today, so it is not used"]
    );
}

/// Issue 23: JSON.parse keeps only the last of a key given twice, so the first vanished unnamed.
#[test]
fn a_setting_given_twice_is_named_before_the_parser_drops_one() {
    let text = r#"{ "organisation": "Anytown Council", "asAt": "2019-10-05", "organisation": "Barsetshire" }"#;
    let (_, problems) = bound("naas-config.json", text).unwrap();
    assert_eq!(
        problems,
        ["the setting \u{201c}organisation\u{201d} is given twice in naas-config.json; only the last is used"]
    );
    // A key inside a setting, or a value that reads like a key, is not a setting given twice.
    let (_, problems) = bound(
        "the block",
        r#"{ "naasLead": { "name": "organisation" }, "organisation": "x", "theme": { "organisation": 1 } }"#,
    )
    .unwrap();
    assert_eq!(problems, Vec::<String>::new());
    // Inside a setting too (the council review found `"name"` twice in naasLead used silently).
    let (_, problems) = bound(
        "naas-config.json",
        r##"{ "naasLead": { "name": "Jo", "email": "jo@x.uk", "name": "Joe" },
             "theme": { "brand": "#000000", "brand": "#4c2c92" },
             "parentOrigins": ["https://a.example", "https://a.example"],
             "preparation": [{ "title": "A" }, { "title": "B" }] }"##,
    )
    .unwrap();
    assert_eq!(
        problems,
        [
            "the setting \u{201c}naasLead\u{201d} has \u{201c}name\u{201d} twice in naas-config.json; only the last is used",
            "the setting \u{201c}theme\u{201d} has \u{201c}brand\u{201d} twice in naas-config.json; only the last is used",
        ]
    );
}

#[test]
fn an_origin_with_its_default_port_or_a_trailing_dot_is_refused_with_the_reason() {
    let (config, problems) = read(
        r#"{ "parentOrigins": ["https://intranet.anytown.gov.uk:443", "http://intranet.anytown.gov.uk:80",
            "https://intranet.anytown.gov.uk.", "https://intranet.anytown.gov.uk:8443", "http://localhost:443"] }"#,
    );
    assert_eq!(
        config.parent_origins,
        [
            "https://intranet.anytown.gov.uk:8443",
            "http://localhost:443"
        ]
    );
    assert_eq!(
        problems,
        [
            "parentOrigins: \u{201c}https://intranet.anytown.gov.uk:443\u{201d} names its scheme's default port, :443, which a browser leaves out of an origin, so it would never match: leave :443 out",
            "parentOrigins: \u{201c}http://intranet.anytown.gov.uk:80\u{201d} names its scheme's default port, :80, which a browser leaves out of an origin, so it would never match: leave :80 out",
            "parentOrigins: \u{201c}https://intranet.anytown.gov.uk.\u{201d} ends its host with a dot, which a browser's origin does not have, so it would never match: leave the dot out",
        ]
    );
}

#[test]
fn a_phone_number_may_have_an_extension_which_its_link_dials_after_a_pause() {
    for (given, tel) in [
        ("01234 567890", "tel:01234567890"),
        ("+44 1234 567890", "tel:+441234567890"),
        // The trunk zero in brackets is not dialled from abroad (the council review found
        // tel:+4401632960123).
        ("+44 (0)1632 960123", "tel:+441632960123"),
        ("+44 (0) 1632 960123 ext. 12", "tel:+441632960123,12"),
        ("01632 960123", "tel:01632960123"),
        ("01234 567890 ext. 123", "tel:01234567890,123"),
        ("01234 567890 extension 4567", "tel:01234567890,4567"),
        ("01234 567890 x12", "tel:01234567890,12"),
        ("01234 567890 Ext: 9", "tel:01234567890,9"),
    ] {
        let (config, problems) = read(&format!("{{ \"naasLead\": {{ \"phone\": \"{given}\" }} }}"));
        assert_eq!(problems, Vec::<String>::new(), "{given}");
        let phone = config.lead.unwrap().phone.unwrap();
        assert_eq!(phone, given, "shown as written");
        assert_eq!(naas_core::config::tel(&phone), tel);
    }
    for given in [
        "01234 567890 ext",
        "01234 567890 ext 1234567",
        "01234 567890 ext one",
        "ext 123",
    ] {
        let (config, problems) = read(&format!("{{ \"naasLead\": {{ \"phone\": \"{given}\" }} }}"));
        assert_eq!(config.lead, None, "{given}");
        assert_eq!(problems.len(), 1, "{given}: {problems:?}");
    }
}
