//! Scores the readability of every text users see (Flesch reading ease) and prints the distribution and the hardest passages.
//!
//! `cargo run --example readability [-- --worst N]`. Texts come from the policy, the readiness
//! content and the string literals of the pages. The score is a rough guide (it counts syllables
//! by vowel groups), good for finding the worst passages, not for grading the best.

use std::fs;
use std::path::Path;

use naas_core::policy::Policy;
use naas_core::readiness::Readiness;

fn main() {
    let worst: usize = std::env::args()
        .skip_while(|a| a != "--worst")
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(12);
    let mut texts = policy_texts(naas_core::shipped().0);
    texts.extend(readiness_texts(naas_core::shipped().1));
    texts.extend(page_texts(Path::new("src/ui")));

    let mut scored: Vec<(f64, String, String)> = texts
        .into_iter()
        .filter(|(_, t)| t.split_whitespace().count() >= 10)
        .map(|(id, t)| (flesch(&t), id, t))
        .collect();
    scored.sort_by(|a, b| a.0.total_cmp(&b.0));
    let scores: Vec<f64> = scored.iter().map(|s| s.0).collect();
    let at = |q: f64| scores[((scores.len() - 1) as f64 * q).round() as usize];
    println!("Flesch reading ease of {} texts of ten words or more (shorter labels score wildly; higher is easier; 60 to 70 is plain English)", scores.len());
    println!(
        "  lowest {:.0}, quartiles {:.0} / {:.0} / {:.0}, highest {:.0}",
        at(0.0),
        at(0.25),
        at(0.5),
        at(0.75),
        at(1.0)
    );
    for (label, lo, hi) in [
        ("below 30 (very hard)", f64::MIN, 30.0),
        ("30 to 50 (hard)", 30.0, 50.0),
        ("50 to 60 (fairly hard)", 50.0, 60.0),
        ("60 to 70 (plain)", 60.0, 70.0),
        ("70 and over (easy)", 70.0, f64::MAX),
    ] {
        let n = scores.iter().filter(|s| **s >= lo && **s < hi).count();
        println!("  {label:<24} {n:>4}");
    }
    println!("\nThe {worst} hardest:");
    for (score, id, text) in scored.iter().take(worst) {
        println!("  {score:>5.0}  {id}: {text}");
    }
}

/// Flesch reading ease: 206.835 - 1.015 (words per sentence) - 84.6 (syllables per word).
fn flesch(text: &str) -> f64 {
    let words: Vec<&str> = text
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    let sentences = text
        .split(['.', '?', '!', ':', ';'])
        .filter(|s| s.chars().any(char::is_alphabetic))
        .count()
        .max(1);
    let syllables: usize = words.iter().map(|w| syllables(w)).sum();
    let n = words.len().max(1) as f64;
    206.835 - 1.015 * (n / sentences as f64) - 84.6 * (syllables as f64 / n)
}

/// Vowel groups, less a silent final "e"; at least one.
fn syllables(word: &str) -> usize {
    let w: Vec<char> = word
        .to_lowercase()
        .chars()
        .filter(|c| c.is_ascii_alphabetic())
        .collect();
    let vowel = |c: char| "aeiouy".contains(c);
    let mut count = 0;
    let mut previous = false;
    for &c in &w {
        let v = vowel(c);
        if v && !previous {
            count += 1;
        }
        previous = v;
    }
    if w.len() > 2 && w.ends_with(&['e']) && !w.ends_with(&['l', 'e']) && count > 1 {
        count -= 1;
    }
    count.max(1)
}

fn policy_texts(p: &Policy) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut add = |id: String, t: &str| out.push((id, t.replace(['{', '}'], "")));
    for q in p.questions.iter() {
        add(format!("question {}", q.id), &q.title);
        if let Some(t) = &q.title_now {
            add(format!("question {} title now", q.id), t);
        }
        if let Some(h) = &q.hint_now {
            add(format!("question {} hint now", q.id), h);
        }
        if let Some(h) = &q.hint {
            add(format!("question {} hint", q.id), h);
        }
        add(format!("question {} error", q.id), &q.error);
        for o in q.options.iter() {
            add(format!("option {}.{}", q.id, o.id), &o.label);
            if let Some(h) = &o.hint {
                add(format!("option {}.{} hint", q.id, o.id), h);
            }
        }
    }
    for r in p.rules.iter() {
        for (i, c) in r.when.iter().enumerate() {
            if let Some(b) = &c.because {
                add(format!("rule {} reason {}", r.id, i + 1), &b.text);
            }
        }
    }
    for o in p.outcomes.iter() {
        add(format!("outcome {} title", o.id), &o.title);
        add(format!("outcome {} summary", o.id), &o.summary);
        if let Some(t) = &o.title_now {
            add(format!("outcome {} title now", o.id), t);
        }
        if let Some(t) = &o.summary_now {
            add(format!("outcome {} summary now", o.id), t);
        }
        let items = o.next.iter().chain(o.instead.iter());
        for (i, s) in items.chain(o.instead_now.iter().flatten()).enumerate() {
            add(format!("outcome {} item {}", o.id, i + 1), &s.text);
        }
    }
    for s in p.statuses.iter() {
        add(format!("status {}", s.id), &s.value.text);
    }
    for n in p.notes.iter() {
        add(format!("note {}", n.id), &n.text);
    }
    out
}

fn readiness_texts(r: &Readiness) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for s in r.sets.iter() {
        out.push((format!("set {} note", s.id), s.note.to_string()));
        out.push((
            format!("set {} headings note", s.id),
            s.headings_note.text.to_string(),
        ));
        if let Some(replaced) = &s.replaced {
            out.push((
                format!("set {} replaced", s.id),
                replaced.by.text.to_string(),
            ));
        }
    }
    for st in r.statements.iter() {
        out.push((
            format!("statement {} summary", st.id),
            st.summary.to_string(),
        ));
        for (i, g) in st.guidance.iter().enumerate() {
            out.push((
                format!("statement {} guidance {}", st.id, i + 1),
                g.text.to_string(),
            ));
        }
    }
    for c in r.checks.iter() {
        out.push((format!("check {}", c.id), c.advice.to_string()));
    }
    for f in r.assessment.iter().chain(r.support.iter()) {
        out.push((format!("fact {}", f.id), f.text.to_string()));
    }
    out.push(("naas closed".into(), r.naas_closed.text.to_string()));
    out
}

/// Sentences written in the pages: string literals of at least six words (the ten-word filter applies after).
fn page_texts(dir: &Path) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut files = vec![dir.to_path_buf()];
    while let Some(path) = files.pop() {
        if path.is_dir() {
            files.extend(
                fs::read_dir(&path)
                    .into_iter()
                    .flatten()
                    .flatten()
                    .map(|e| e.path()),
            );
            continue;
        }
        let Ok(source) = fs::read_to_string(&path) else {
            continue;
        };
        for (n, line) in source.lines().enumerate() {
            if line.trim_start().starts_with("//") {
                continue;
            }
            for literal in line.split('"').skip(1).step_by(2) {
                if literal.split_whitespace().count() >= 6 && !literal.contains("{}") {
                    out.push((format!("{}:{}", path.display(), n + 1), literal.to_string()));
                }
            }
        }
    }
    out
}
