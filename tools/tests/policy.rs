//! The maintainers' tools: the flow charts are current and complete, and the policy tool checks files and writes charts.

use std::collections::HashSet;
use std::fs;
use std::path::Path;
use std::process::Command;

use naas_core::date::Date;
use naas_core::engine::explore;
use naas_core::policy::{Policy, SHIPPED_TOML};
use naas_tools::chart::{self, Node};

fn shipped() -> Policy {
    naas_core::shipped().0.clone()
}

#[test]
fn the_committed_flow_charts_are_up_to_date() {
    let policy = shipped();
    let flow = chart::chart(&policy);
    for (file, made) in [
        ("docs/flow.dot", chart::dot(&policy, &flow)),
        ("docs/flow.mmd", chart::mermaid(&policy, &flow)),
    ] {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(file);
        let committed = fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == made,
            "{file} is out of date with the policy: run `cargo run --bin policy -- graph` and commit the result"
        );
    }
}

#[test]
fn the_chart_has_every_question_and_outcome_and_dates_only_where_they_matter() {
    let policy = shipped();
    let flow = chart::chart(&policy);
    let nodes: HashSet<Node> = flow.nodes.iter().copied().collect();
    assert!(nodes.contains(&Node::Date));
    for q in policy.question_ids() {
        assert!(
            nodes.contains(&Node::Question(q)),
            "{}",
            policy.question(q).id
        );
    }
    for o in policy.outcome_ids() {
        assert!(
            nodes.contains(&Node::Outcome(o)),
            "{}",
            policy.outcome(o).id
        );
    }
    let edge = |from: Node, option: Option<(&str, &str)>, to: &str| {
        let to = Node::Outcome(policy.outcome_by_id(to).unwrap());
        let option = option.map(|(q, o)| {
            let q = policy.question_by_id(q).unwrap();
            policy.option_by_id(q, o).unwrap()
        });
        flow.edges
            .iter()
            .find(|e| e.from == from && e.to == to && option.is_none_or(|o| e.options.contains(&o)))
            .unwrap_or_else(|| panic!("no edge to {to:?}"))
            .clone()
    };
    // The date question leads to "not started" only before July 2018.
    let not_started = edge(Node::Date, None, "not-started");
    assert_eq!(not_started.periods.len(), 1);
    assert_eq!(not_started.periods[0].first, None);
    assert_eq!(not_started.periods[0].last, Date::new(2018, 6, 30));
    // "Adult services" always ends the journey, whenever the role question is asked: while
    // NAAS ran (until DfE scrapped it, after which the role is not asked) as out of its scope,
    // and from April 2022 with the adult standard.
    let role = Node::Question(policy.question_by_id("role").unwrap());
    let adult = edge(role, Some(("role", "adult-services")), "not-in-scope-adult");
    assert_eq!(
        adult.periods.iter().map(|p| p.last).max().flatten(),
        Date::new(2022, 1, 13),
        "{adult:?}"
    );
    let adult_now = edge(role, Some(("role", "adult-services")), "now-adult");
    assert_eq!(adult_now.periods.len(), 1, "{adult_now:?}");
    assert_eq!(adult_now.periods[0].first, Date::new(2022, 4, 1));
    assert_eq!(adult_now.periods[0].last, None);
    // Plymouth leads to "practitioner" only once the sources show it in NAAS.
    let council = Node::Question(policy.question_by_id("council").unwrap());
    let plymouth = edge(council, Some(("council", "plymouth")), "practitioner");
    assert_eq!(plymouth.periods.len(), 1);
    assert_eq!(plymouth.periods[0].first, Date::new(2021, 7, 7));
}

/// Runs the policy tool with these arguments: its exit code and everything it printed.
fn tool(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_policy"))
        .args(args)
        .output()
        .expect("the policy tool runs");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.code().expect("an exit code"), text)
}

/// Writes a policy text for the tool to read, in this test run's own scratch folder.
fn scratch(name: &str, text: &str) -> String {
    let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    fs::write(&path, text).expect("the scratch folder is writable");
    path.display().to_string()
}

#[test]
fn the_policy_tool_checks_the_shipped_files_and_sums_up() {
    let (code, text) = tool(&["check", "--today", "2026-12-01"]);
    assert_eq!(code, 0, "{text}");
    let policy = shipped();
    let audit = explore::audit(&policy);
    let summary = format!(
        "{} journeys walked on {} dates; all {} questions asked, all {} rules decide, all {} outcomes reached",
        audit.journeys,
        audit.dates,
        policy.questions.len(),
        policy.rules.len(),
        policy.outcomes.len()
    );
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines.len(),
        3,
        "a line per file and one on currency: {text}"
    );
    assert!(lines[0].contains(&summary), "{text}");
    // The readiness content is checked too, and its headings counted for maintainers.
    let readiness = naas_core::shipped().1;
    let counts: Vec<String> = readiness
        .heading_counts()
        .iter()
        .map(|(status, n)| format!("{n} {}", status.id()))
        .collect();
    assert!(lines[1].contains("readiness.toml: ok"), "{text}");
    assert!(lines[1].contains(&counts.join(", ")), "{text}");
    assert!(!text.contains("warning"), "{text}");
    assert!(
        lines[2].contains("The next dated change they know of is on 1 April 2027"),
        "{text}"
    );
}

#[test]
fn the_policy_tool_warns_when_a_dated_change_has_taken_effect_since_the_rules_were_checked() {
    let (code, text) = tool(&["check", "--today", "2027-04-01"]);
    assert_eq!(code, 0, "a warning does not fail the check: {text}");
    let warnings: Vec<&str> = text.lines().filter(|l| l.starts_with("warning:")).collect();
    assert_eq!(warnings.len(), 1, "{text}");
    assert!(warnings[0].contains("the change of 1 April 2027"), "{text}");
    assert!(warnings[0].contains("update meta.checked"), "{text}");

    let (code, text) = tool(&["check", "--today", "2028-01-01"]);
    assert_eq!(code, 0, "{text}");
    assert!(text.contains("the change of September 2027"), "{text}");
    assert!(!text.contains("next dated change"), "{text}");

    // Checked again after the change: no warning.
    let rechecked = scratch(
        "rechecked.toml",
        &SHIPPED_TOML.replacen("checked = \"2026-12-07\"", "checked = \"2027-04-02\"", 1),
    );
    let (code, text) = tool(&["check", &rechecked, "--today", "2027-04-02"]);
    assert_eq!(code, 0, "{text}");
    assert!(!text.contains("warning"), "{text}");

    let (code, text) = tool(&["check", "--today", "2027-02-30"]);
    assert_eq!(code, 2, "{text}");
}

#[test]
fn the_policy_tool_checks_the_readiness_content_against_the_rules() {
    let broken = scratch(
        "readiness.toml",
        &naas_core::readiness::SHIPPED_TOML.replacen(
            "sources = [\"govuk-naas-day\"]",
            "sources = [\"nowhere\"]",
            1,
        ),
    );
    let (code, text) = tool(&["check", "--readiness", &broken, "--today", "2026-12-01"]);
    assert_eq!(code, 1, "{text}");
    assert!(
        text.contains("readiness.toml: 1 problem found by validation"),
        "{text}"
    );
    assert!(text.contains("`nowhere`"), "{text}");
}

#[test]
fn the_policy_tool_lists_every_problem_and_fails() {
    let invalid = scratch(
        "invalid.toml",
        &SHIPPED_TOML
            .replace(
                "outcome = \"practitioner\"",
                "outcome = \"practitioner-typo\"",
            )
            .replace("label = \"Cafcass\"", "label = \"\""),
    );
    let (code, text) = tool(&["check", &invalid]);
    assert_eq!(code, 1, "{text}");
    assert!(text.contains("3 problems found by validation"), "{text}");
    for expected in [
        "rule `practitioner`: outcome names `practitioner-typo`",
        "outcome `practitioner`: no rule leads to this outcome",
        "option `cafcass`: label is empty",
    ] {
        assert!(text.contains(expected), "no {expected:?} in:\n{text}");
    }

    let gap = scratch(
        "gap.toml",
        &SHIPPED_TOML.replacen(
            "outcome = \"not-in-scope-student\"\n\n[[rules.when]]\nanswer = \"role\"\nis = [\"student\"]",
            "outcome = \"not-in-scope-student\"\n\n[[rules.when]]\nanswer = \"role\"\nis = [\"adult-services\"]",
            1,
        ),
    );
    let (code, text) = tool(&["check", &gap]);
    assert_eq!(code, 1, "{text}");
    assert!(text.contains("found by walking every journey"), "{text}");
    assert!(text.contains("rule `student`: never decides"), "{text}");

    let (code, text) = tool(&["check", "/no/such/policy.toml"]);
    assert_eq!(
        code, 2,
        "a file that cannot be read is not a policy problem: {text}"
    );
    let (code, text) = tool(&["frobnicate"]);
    assert_eq!(code, 2, "{text}");
    assert!(text.contains("usage:"), "{text}");
}

#[test]
fn the_policy_tool_writes_both_charts() {
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("charts");
    let (code, text) = tool(&["graph", "--out", &out.display().to_string()]);
    assert_eq!(code, 0, "{text}");
    let policy = shipped();
    let flow = chart::chart(&policy);
    assert_eq!(
        fs::read_to_string(out.join("flow.dot")).unwrap(),
        chart::dot(&policy, &flow)
    );
    assert_eq!(
        fs::read_to_string(out.join("flow.mmd")).unwrap(),
        chart::mermaid(&policy, &flow)
    );
}

#[test]
fn the_readme_lists_every_council_id_as_the_rules_have_them() {
    let policy = shipped();
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../README.md");
    let readme = fs::read_to_string(&path).unwrap();
    let written = naas_tools::readme::with_council_ids(&readme, &policy)
        .expect("the README has its block of council ids");
    assert!(
        written == readme,
        "README.md's council ids are out of date with the rules: run `cargo run --bin policy -- graph` and commit the result"
    );
    let ids = naas_tools::readme::council_ids(&policy);
    assert!(ids.contains("`leeds` (Leeds)"), "{ids}");
    let q = policy.council_question.unwrap();
    let councils = policy
        .question(q)
        .options
        .iter()
        .filter(|c| c.council.is_some())
        .count();
    assert_eq!(ids.matches("` (").count(), councils, "every council, once");
}
