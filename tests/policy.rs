//! Validation of the policy data: the shipped file loads, every path through it ends in one sourced outcome, broken files report every problem, and the policy tool and its charts agree.

use std::collections::HashSet;
use std::fs;
use std::path::Path;
use std::process::Command;

use naas_checker::chart::{self, Node};
use naas_checker::date::Date;
use naas_checker::engine::{self, explore, Answers};
use naas_checker::policy::{Policy, SHIPPED_TOML};

fn shipped() -> Policy {
    Policy::shipped_native().unwrap_or_else(|errors| {
        let list: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
        panic!("the shipped policy has problems:\n{}", list.join("\n"))
    })
}

#[test]
fn the_data_compiled_into_the_app_says_the_same_as_the_toml() {
    assert_eq!(Policy::shipped(), &shipped());
}

#[test]
fn every_combination_of_answers_on_every_date_ends_in_one_sourced_outcome() {
    let policy = shipped();
    let audit = explore::audit(&policy);
    let problems: Vec<String> = audit.problems.iter().map(|p| p.to_string()).collect();
    assert!(
        problems.is_empty(),
        "the walk found problems (run `cargo run --bin policy -- check`):\n{}",
        problems.join("\n")
    );
    assert_eq!(
        audit.dates,
        2 * policy.boundaries().len(),
        "every boundary and the day before"
    );
    assert!(
        audit.journeys > 1000,
        "only {} journeys walked",
        audit.journeys
    );
    assert_eq!(audit.questions, policy.questions.len());
    assert_eq!(audit.rules, policy.rules.len());
    assert_eq!(audit.outcomes, policy.outcomes.len());
}

/// Runs the audit on the shipped policy changed by `edit`, which must still validate, and
/// checks that each expected problem is reported, naming its place and a detail.
fn audit_finds(edit: impl Fn(&str) -> String, expected: &[(&str, &str)]) {
    let text = edit(SHIPPED_TOML);
    assert_ne!(text, SHIPPED_TOML, "the edit changed nothing");
    let policy = Policy::from_toml(&text).unwrap_or_else(|errors| {
        panic!("the edited policy must validate, so that the walk is what finds its problems: {errors:?}")
    });
    let found: Vec<String> = explore::audit(&policy)
        .problems
        .iter()
        .map(|p| p.to_string())
        .collect();
    for (place, detail) in expected {
        assert!(
            found
                .iter()
                .any(|t| t.starts_with(place) && t.contains(detail)),
            "no problem at {place} mentioning {detail:?} in:\n{}",
            found.join("\n")
        );
    }
}

#[test]
fn the_walk_finds_gaps_dead_rules_unreached_outcomes_and_unfilled_placeholders() {
    audit_finds(
        |t| {
            t.replacen("is = [\"student\"]", "is = [\"adult-services\"]", 1)
                .replacen(
                    "Adult social work has its own",
                    "In {council}, adult social work has its own",
                    1,
                )
        },
        &[
            (
                "journey `role=student registration=yes employer=local-authority`",
                "no rule decides",
            ),
            ("rule `student`", "never decides"),
            ("outcome `not-in-scope-student`", "never reached"),
            ("rule `adult-services`", "placeholder that nothing fills"),
        ],
    );
}

#[test]
fn the_walk_finds_questions_that_are_never_asked() {
    // A question used only by a rule after every journey has already ended.
    audit_finds(
        |t| {
            format!(
                "{t}\n[[questions]]\nid = \"extra\"\ntitle = \"Extra?\"\nsummary = \"Extra\"\nerror = \"Select one\"\n\n[[questions.options]]\nid = \"yes\"\nlabel = \"Yes\"\n\n[[questions.options]]\nid = \"no\"\nlabel = \"No\"\n\n[[rules]]\nid = \"extra\"\noutcome = \"closed\"\n\n[[rules.when]]\nanswer = \"extra\"\nis = [\"yes\"]\nbecause = \"Never shown.\"\nsources = [\"cc-2022-01-14\"]\n"
            )
        },
        &[
            ("question `extra`", "never asked"),
            ("rule `extra`", "never decides"),
        ],
    );
}

#[test]
fn every_date_has_one_status_and_one_regulator() {
    let policy = shipped();
    for date in explore::dates(&policy) {
        assert!(
            engine::status_at(&policy, date).is_some(),
            "no status on {date}"
        );
        assert!(
            engine::facts(&policy, &Answers::new(date))
                .regulator
                .is_some(),
            "no regulator on {date}"
        );
    }
}

#[test]
fn every_option_and_outcome_has_its_text() {
    let policy = shipped();
    for q in &policy.questions {
        assert!(
            !q.title.trim().is_empty() && !q.summary.trim().is_empty(),
            "{}",
            q.id
        );
        for o in &q.options {
            assert!(!o.label.trim().is_empty(), "{}.{}", q.id, o.id);
        }
    }
    for o in &policy.outcomes {
        assert!(
            !o.title.trim().is_empty() && !o.summary.trim().is_empty(),
            "{}",
            o.id
        );
    }
}

#[test]
fn a_broken_policy_reports_every_problem_with_the_id_at_fault() {
    let broken = SHIPPED_TOML
        .replace(
            "outcome = \"practitioner\"",
            "outcome = \"practitioner-typo\"",
        )
        .replace("is = [\"adult-services\"]", "is = [\"adults\"]")
        .replace("phase = \"by-july-2021\"", "phase = \"phase-three\"")
        .replace("label = \"Cafcass\"", "label = \"\"")
        .replace(
            "\"govuk-naas-guidance\", \"cc-2016-03-11\"",
            "\"govuk-naas-guidance\", \"nowhere\"",
        )
        .replace(
            "from = \"2020-03-17\"\nbefore = \"2021-06\"\nbecause",
            "from = \"2020-03-32\"\nbefore = \"2021-06\"\nbecause",
        );
    let errors = Policy::from_toml(&broken).expect_err("the broken policy must not load");
    let text: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
    let expect = [
        ("rule `practitioner`", "practitioner-typo"),
        ("rule `adult-services`", "adults"),
        ("council `plymouth`", "phase-three"),
        ("option `cafcass`", "label is empty"),
        ("rule `agency`", "nowhere"),
        ("rule `assessments-paused`", "2020-03-32"),
    ];
    for (place, detail) in expect {
        assert!(
            text.iter().any(|t| t.contains(place) && t.contains(detail)),
            "no error naming {place} and {detail} in:\n{}",
            text.join("\n")
        );
    }
    // The unknown outcome also leaves the real "practitioner" outcome with no rule.
    assert!(text
        .iter()
        .any(|t| t.contains("outcome `practitioner`") && t.contains("no rule")));
}

#[test]
fn a_policy_with_a_syntax_error_says_where() {
    let errors = Policy::from_toml("[meta]\ntitle = \"x\"\nversion = 1\n").expect_err("must fail");
    assert_eq!(errors.len(), 1);
    assert!(errors[0].to_string().contains("version"), "{}", errors[0]);
}

#[test]
fn unknown_keys_are_refused_rather_than_ignored() {
    let broken = SHIPPED_TOML.replacen(
        "[[councils]]\nid = \"bury\"",
        "[[councils]]\nid = \"bury\"\nphse = \"x\"",
        1,
    );
    let errors = Policy::from_toml(&broken).expect_err("a misspelt key must not pass silently");
    assert!(errors[0].to_string().contains("phse"), "{}", errors[0]);
}

#[test]
fn the_committed_flow_charts_are_up_to_date() {
    let policy = shipped();
    let flow = chart::chart(&policy);
    for (file, made) in [
        ("docs/flow.dot", chart::dot(&policy, &flow)),
        ("docs/flow.mmd", chart::mermaid(&policy, &flow)),
    ] {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(file);
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
    // "Adult services" always ends the journey, whenever the role question is asked.
    let role = Node::Question(policy.question_by_id("role").unwrap());
    assert!(
        edge(role, Some(("role", "adult-services")), "not-in-scope-adult")
            .periods
            .is_empty()
    );
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
fn the_policy_tool_checks_the_shipped_file_and_sums_up() {
    let (code, text) = tool(&["check"]);
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
    assert!(text.contains(&summary), "{text}");
    assert_eq!(text.lines().count(), 1, "one line on success: {text}");
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
        &SHIPPED_TOML.replacen("is = [\"student\"]", "is = [\"adult-services\"]", 1),
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
