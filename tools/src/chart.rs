//! The flow drawn from the rules, for maintainers: questions and outcomes as nodes, answers as edges, found by exploring the engine and written as Graphviz DOT or Mermaid.
//!
//! The policy has no explicit graph: the next question follows from the ordered rules. So the
//! chart is found by walking every journey (see [`naas_core::engine::explore`]) once in each stretch
//! of dates in which nothing changes, and recording every step taken. An answer that leads
//! somewhere only at some of the dates when it can be given is labelled with those dates.
//!
//! ```
//! use naas_tools::chart;
//! let (policy, _) = naas_core::shipped();
//! let flow = chart::chart(policy);
//! assert!(chart::dot(policy, &flow).starts_with("// "));
//! assert!(chart::mermaid(policy, &flow).contains("flowchart TD"));
//! ```

use std::collections::{BTreeMap, BTreeSet};

use naas_core::date::Date;
use naas_core::engine::{explore, Step};
use naas_core::policy::{OptionId, OutcomeId, OutcomeKind, Policy, QuestionId};

/// A box in the chart. The order (date, then questions, then outcomes, each in policy order)
/// is the order they are written in, so the output is stable.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub enum Node {
    /// The first question: which date to check.
    Date,
    Question(QuestionId),
    Outcome(OutcomeId),
}

/// An arrow: the options of `from` that lead to `to` (none for arrows from the date question),
/// and the periods in which they do; empty when they lead there whenever they can be chosen.
#[derive(Clone, Debug, PartialEq)]
pub struct Edge {
    pub from: Node,
    pub to: Node,
    pub options: Vec<OptionId>,
    pub periods: Vec<Period>,
}

/// Days from `first` to `last`, both included; an open end is unbounded.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Period {
    pub first: Option<Date>,
    pub last: Option<Date>,
}

/// The nodes reached and the edges between them, in a stable order.
#[derive(Clone, Debug, PartialEq)]
pub struct Chart {
    pub nodes: Vec<Node>,
    pub edges: Vec<Edge>,
}

/// Explores the engine and records every step that any journey takes on any date.
pub fn chart(policy: &Policy) -> Chart {
    let stretches = stretches(policy);
    let mut steps: BTreeMap<(Node, Option<OptionId>, Node), BTreeSet<usize>> = BTreeMap::new();
    for (i, stretch) in stretches.iter().enumerate() {
        explore::walk(policy, stretch.1, &mut |visit| {
            let to = match visit.step {
                Ok(Step::Ask(q)) => Node::Question(*q),
                Ok(Step::Decided(d)) => Node::Outcome(d.outcome),
                // A gap has nowhere to go; `policy check` reports it.
                Err(_) => return,
            };
            let (from, option) = match visit.path.last() {
                Some((q, o)) => (Node::Question(*q), Some(*o)),
                None => (Node::Date, None),
            };
            steps.entry((from, option, to)).or_default().insert(i);
        });
    }
    // The stretches in which each choice can be made at all, wherever it leads.
    let mut chosen: BTreeMap<(Node, Option<OptionId>), BTreeSet<usize>> = BTreeMap::new();
    for ((from, option, _), when) in &steps {
        chosen.entry((*from, *option)).or_default().extend(when);
    }
    // Options that lead from the same node to the same node at the same dates share one arrow.
    let mut arrows: BTreeMap<(Node, Node, BTreeSet<usize>), Vec<Option<OptionId>>> =
        BTreeMap::new();
    for ((from, option, to), when) in steps {
        arrows.entry((from, to, when)).or_default().push(option);
    }
    let mut edges: Vec<Edge> = arrows
        .into_iter()
        .map(|((from, to, when), options)| {
            // Dates are worth a label only where a choice leads here at some dates, not others.
            let always = options.iter().all(|o| chosen[&(from, *o)] == when);
            let when: Vec<usize> = when.into_iter().collect();
            Edge {
                from,
                to,
                options: options.into_iter().flatten().collect(),
                periods: if always {
                    Vec::new()
                } else {
                    periods(&stretches, &when)
                },
            }
        })
        .collect();
    edges.sort_by_key(|e| {
        (
            e.from,
            e.options.first().copied(),
            e.periods.first().map(|p| p.first),
            e.to,
        )
    });
    let nodes: BTreeSet<Node> = edges.iter().flat_map(|e| [e.from, e.to]).collect();
    Chart {
        nodes: nodes.into_iter().collect(),
        edges,
    }
}

/// The chart in Graphviz DOT: `dot -Tsvg docs/flow.dot -o flow.svg`.
pub fn dot(policy: &Policy, chart: &Chart) -> String {
    let mut out = String::new();
    out.push_str(&format!(
        "// The NAAS checker's flow: {}, version {}.\n// Generated from the policy data by `cargo run --bin policy -- graph`; do not edit by hand.\n",
        policy.meta.title, policy.meta.version
    ));
    out.push_str("digraph flow {\n");
    out.push_str("  graph [rankdir=TB, fontname=\"Helvetica\", nodesep=0.3, ranksep=0.6];\n");
    out.push_str(&format!(
        "  node [fontname=\"Helvetica\", fontsize=11, shape=box, style=\"filled\", fillcolor=\"{}\", color=\"{}\"];\n",
        QUESTION.fill, QUESTION.line
    ));
    out.push_str("  edge [fontname=\"Helvetica\", fontsize=9, color=\"#505a5f\"];\n\n");
    for node in &chart.nodes {
        let label = dot_text(&label(policy, *node).join("\n"));
        let name = dot_name(policy, *node);
        match node {
            Node::Date => out.push_str(&format!(
                "  {name} [label=\"{label}\", shape=ellipse, fillcolor=\"{}\", color=\"{}\", fontcolor=\"{}\"];\n",
                DATE.fill, DATE.line, DATE.text
            )),
            Node::Question(_) => out.push_str(&format!("  {name} [label=\"{label}\"];\n")),
            Node::Outcome(o) => {
                let look = kind_look(policy.outcome(*o).kind);
                out.push_str(&format!(
                    "  {name} [label=\"{label}\", style=\"rounded,filled\", fillcolor=\"{}\", color=\"{}\"];\n",
                    look.fill, look.line
                ));
            }
        }
    }
    out.push('\n');
    for edge in &chart.edges {
        let from = dot_name(policy, edge.from);
        let to = dot_name(policy, edge.to);
        match edge_label(policy, edge) {
            Some(lines) => out.push_str(&format!(
                "  {from} -> {to} [label=\"{}\"];\n",
                dot_text(&lines.join("\n"))
            )),
            None => out.push_str(&format!("  {from} -> {to};\n")),
        }
    }
    out.push_str("}\n");
    out
}

/// The chart in Mermaid, which GitHub and many editors draw in place.
pub fn mermaid(policy: &Policy, chart: &Chart) -> String {
    let mut out = String::new();
    out.push_str(&format!(
        "%% The NAAS checker's flow: {}, version {}.\n%% Generated from the policy data by `cargo run --bin policy -- graph`; do not edit by hand.\nflowchart TD\n",
        policy.meta.title, policy.meta.version
    ));
    for node in &chart.nodes {
        let label = mermaid_text(&label(policy, *node).join("\n"));
        let name = mermaid_name(policy, *node);
        match node {
            Node::Date => out.push_str(&format!("  {name}([\"{label}\"])\n")),
            Node::Question(_) => out.push_str(&format!("  {name}[\"{label}\"]\n")),
            Node::Outcome(_) => out.push_str(&format!("  {name}(\"{label}\")\n")),
        }
    }
    for edge in &chart.edges {
        let from = mermaid_name(policy, edge.from);
        let to = mermaid_name(policy, edge.to);
        match edge_label(policy, edge) {
            Some(lines) => out.push_str(&format!(
                "  {from} -->|\"{}\"| {to}\n",
                mermaid_text(&lines.join("\n"))
            )),
            None => out.push_str(&format!("  {from} --> {to}\n")),
        }
    }
    // One class per look: the date question, the questions, and each kind of outcome.
    let mut classes: BTreeMap<&str, (Look, Vec<String>)> = BTreeMap::new();
    for node in &chart.nodes {
        let (class, look) = match node {
            Node::Date => ("date_question", DATE),
            Node::Question(_) => ("question", QUESTION),
            Node::Outcome(o) => {
                let kind = policy.outcome(*o).kind;
                (kind_class(kind), kind_look(kind))
            }
        };
        let entry = classes.entry(class).or_insert((look, Vec::new()));
        entry.1.push(mermaid_name(policy, *node));
    }
    for (class, (look, names)) in classes {
        out.push_str(&format!(
            "  classDef {class} fill:{},stroke:{},color:{}\n  class {} {class}\n",
            look.fill,
            look.line,
            look.text,
            names.join(",")
        ));
    }
    out
}

/// Colours for a kind of node, from the GOV.UK palette (tints, so black text stays readable).
#[derive(Clone, Copy)]
struct Look {
    fill: &'static str,
    line: &'static str,
    text: &'static str,
}

const DATE: Look = Look {
    fill: "#1d70b8",
    line: "#003078",
    text: "#ffffff",
};

const QUESTION: Look = Look {
    fill: "#ffffff",
    line: "#0b0c0c",
    text: "#0b0c0c",
};

fn kind_look(kind: OutcomeKind) -> Look {
    let (fill, line) = match kind {
        OutcomeKind::Eligible => ("#cce2d8", "#00703c"),
        OutcomeKind::OtherRoute => ("#d2e2f1", "#1d70b8"),
        OutcomeKind::NotYet => ("#fff7bf", "#594d00"),
        OutcomeKind::Paused => ("#fcd6c3", "#6e3619"),
        OutcomeKind::Closed => ("#e5e6e7", "#484949"),
        OutcomeKind::NotStarted => ("#f3f2f1", "#505a5f"),
        OutcomeKind::NotInScope => ("#f4cdc6", "#942514"),
        OutcomeKind::Unclear => ("#dbd5e9", "#3d2375"),
    };
    Look {
        fill,
        line,
        text: "#0b0c0c",
    }
}

fn kind_class(kind: OutcomeKind) -> &'static str {
    match kind {
        OutcomeKind::Eligible => "eligible",
        OutcomeKind::OtherRoute => "other_route",
        OutcomeKind::NotYet => "not_yet",
        OutcomeKind::Paused => "paused",
        OutcomeKind::Closed => "closed",
        OutcomeKind::NotStarted => "not_started",
        OutcomeKind::NotInScope => "not_in_scope",
        OutcomeKind::Unclear => "unclear",
    }
}

/// Each stretch of dates in which nothing changes, with the date walked for it: before the
/// first boundary (walked on the day before it), then from each boundary to the next.
fn stretches(policy: &Policy) -> Vec<(Period, Date)> {
    let bounds = policy.boundaries();
    let Some(first) = bounds.first() else {
        let always = Period {
            first: None,
            last: None,
        };
        return vec![(always, Date::EPOCH)];
    };
    let before = Period {
        first: None,
        last: Some(first.previous_day()),
    };
    let mut out = vec![(before, first.previous_day())];
    for (i, from) in bounds.iter().enumerate() {
        let last = bounds.get(i + 1).map(|next| next.previous_day());
        out.push((
            Period {
                first: Some(*from),
                last,
            },
            *from,
        ));
    }
    out
}

/// The stretches `when` (indexes into `stretches`, in order) as merged periods; none if all.
fn periods(stretches: &[(Period, Date)], when: &[usize]) -> Vec<Period> {
    if when.len() == stretches.len() {
        return Vec::new();
    }
    let mut out: Vec<(usize, Period)> = Vec::new();
    for &i in when {
        let stretch = stretches[i].0;
        match out.last_mut() {
            Some((last, period)) if *last + 1 == i => {
                *last = i;
                period.last = stretch.last;
            }
            _ => out.push((i, stretch)),
        }
    }
    out.into_iter().map(|(_, p)| p).collect()
}

fn period_text(period: &Period) -> String {
    match (period.first, period.last) {
        (None, None) => "at any date".to_string(),
        (None, Some(last)) => format!("until {}", last.long()),
        (Some(first), None) => format!("from {}", first.long()),
        (Some(first), Some(last)) if first == last => format!("on {}", first.long()),
        (Some(first), Some(last)) => format!("{} to {}", first.long(), last.long()),
    }
}

/// A node's label, as lines: its text, then its id (and kind) for whoever edits the data.
fn label(policy: &Policy, node: Node) -> Vec<String> {
    match node {
        Node::Date => vec!["Date to check".to_string()],
        Node::Question(q) => {
            let question = policy.question(q);
            let mut lines = wrap(question.title.split(' '), " ", WIDTH);
            lines.push(format!("[{}]", question.id));
            lines
        }
        Node::Outcome(o) => {
            let outcome = policy.outcome(o);
            let mut lines = wrap(outcome.title.split(' '), " ", WIDTH);
            lines.push(format!("[{}, {}]", outcome.id, outcome.kind.id()));
            lines
        }
    }
}

/// An edge's label, as lines: the option labels, then the dates when not every date; None when
/// there is nothing to say (an arrow from the date question that holds at every date).
fn edge_label(policy: &Policy, edge: &Edge) -> Option<Vec<String>> {
    let mut lines = match edge.from {
        Node::Question(q) => wrap(
            edge.options.iter().map(|o| &*policy.choice(q, *o).label),
            " / ",
            WIDTH,
        ),
        _ => Vec::new(),
    };
    if !edge.periods.is_empty() {
        let when: Vec<String> = edge.periods.iter().map(period_text).collect();
        lines.push(format!("({})", when.join("; ")));
    }
    (!lines.is_empty()).then_some(lines)
}

/// How wide a line of a label may grow before the next part starts a new line.
const WIDTH: usize = 36;

/// Joins parts with `separator`, starting a new line before a part that would pass `width`.
fn wrap<'a>(parts: impl Iterator<Item = &'a str>, separator: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for part in parts {
        match lines.last_mut() {
            Some(line)
                if line.chars().count() + separator.len() + part.chars().count() <= width =>
            {
                line.push_str(separator);
                line.push_str(part);
            }
            Some(line) => {
                line.push_str(separator.trim_end());
                lines.push(part.to_string());
            }
            None => lines.push(part.to_string()),
        }
    }
    lines
}

fn dot_name(policy: &Policy, node: Node) -> String {
    match node {
        Node::Date => "\"date\"".to_string(),
        Node::Question(q) => format!("\"question:{}\"", policy.question(q).id),
        Node::Outcome(o) => format!("\"outcome:{}\"", policy.outcome(o).id),
    }
}

fn dot_text(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

/// Mermaid ids: policy ids never hold underscores, so swapping hyphens for them cannot clash.
fn mermaid_name(policy: &Policy, node: Node) -> String {
    match node {
        Node::Date => "date_to_check".to_string(),
        Node::Question(q) => format!("q_{}", policy.question(q).id.replace('-', "_")),
        Node::Outcome(o) => format!("o_{}", policy.outcome(o).id.replace('-', "_")),
    }
}

/// Text inside a quoted Mermaid label: its entity codes stand for the characters Mermaid reads.
fn mermaid_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '#' => out.push_str("#35;"),
            '"' => out.push_str("#quot;"),
            '<' => out.push_str("#lt;"),
            '>' => out.push_str("#gt;"),
            '\n' => out.push_str("<br/>"),
            _ => out.push(c),
        }
    }
    out
}
