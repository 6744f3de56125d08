//! Council configuration: good settings are applied, and each bad one is refused with a message naming it while the others still apply.

use naas_core::config::{contrast, parse_colour, safe_link, Config, Json};

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
    assert!(config.preselect.is_some());
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
