//! Fuzzing every decoder of outside input (the URL fragment, the council configuration, saved answers and the policy file): any text gives a value or a clear error, never a panic, never an endless loop.
//!
//! Nightly Rust (and so cargo-fuzz) is not available, so this is proptest with structured
//! generators: random bytes, odd unicode, and real inputs (fragments built from the policy's
//! ids, the shipped policy text) put through random edits. Each input is decoded in a thread of
//! its own, watched by a clock, so an endless loop fails the run instead of hanging it.
//!
//! `cargo test` runs a short round (a few seconds); `scripts/fuzz` runs a long one in an
//! optimised build, with `PROPTEST_CASES` inputs for each decoder. A failure is saved in
//! `tests/fuzz.proptest-regressions` and tried first on every later run: commit that file.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, LazyLock};
use std::thread;
use std::time::Duration;

use naas_core::address::{self, MAX_LEN};
use naas_core::config::{self, Json};
use naas_core::date::Date;
use naas_core::engine::explore;
use naas_core::engine::Choices;
use naas_core::journey::{Journey, Kept, Page, Return, When};
use naas_core::policy::{Policy, SHIPPED_TOML};
use naas_core::readiness::{Ratings, Readiness};
use naas_core::saved;
use naas_core::typed_date::{self, Entered};
use proptest::prelude::*;
use proptest::sample::{select, Index};
use proptest::test_runner::{Config, FileFailurePersistence, TestCaseError, TestRunner};

// ---------------------------------------------------------------------------------------------
// The decoders. Each is one test: a generator of inputs, the number of inputs for the short
// round, and a check that decodes one input and judges what came back.
//
// A new decoder is a few lines: a `check_...` function below (decode, then say whether the
// input was accepted, or what is wrong with the answer) and a test feeding it `garbage()` and
// `mutated(...)` of a real example.
// ---------------------------------------------------------------------------------------------

#[test]
fn url_fragments() {
    let inputs = prop_oneof![
        1 => garbage(),
        1 => huge(fragment()),
        4 => mutated(fragment(), fragment_tokens()),
    ];
    fuzz("address::parse", 3_000, inputs, check_fragment);
}

#[test]
fn council_configurations() {
    let inputs = prop_oneof![
        1 => garbage(),
        1 => huge(Just(CONFIG_EXAMPLE.to_string())),
        4 => mutated(Just(CONFIG_EXAMPLE.to_string()), config_tokens()),
    ];
    fuzz("council configuration", 2_000, inputs, check_config);
}

#[test]
fn saved_answers() {
    let example = saved::encode(&saved::Saved {
        saved: Date::parse("2026-11-22").expect("a real date"),
        fragment: "#/result?date=2019-10-05&role=frontline&registration=yes&employer=local-authority&council=leeds".into(),
    });
    let inputs = prop_oneof![
        1 => garbage(),
        1 => huge(Just(example.clone())),
        4 => mutated(Just(example), fragment_tokens()),
    ];
    fuzz("saved answers", 2_000, inputs, check_saved);
}

#[test]
fn policy_files() {
    let inputs = prop_oneof![
        1 => garbage(),
        1 => deeply_nested(),
        1 => repeated_policy(),
        4 => mutated(Just(SHIPPED_TOML.to_string()), toml_tokens()),
        4 => reshaped(SHIPPED_TOML, toml_values()),
    ];
    fuzz("Policy::from_toml", 100, inputs, check_policy);
}

#[test]
fn typed_dates() {
    // The date input's three fields, written "day/month/year" (a missing part is empty).
    let tokens: Vec<String> = [
        "/", "0", "1", "5", "9", "12", "13", "29", "31", "32", "2019", "2020", "0000", "20199",
        "Oct", "october", "SEPT", "Sept.", "may", "th", "st", " ", ".", "-",
    ]
    .map(str::to_string)
    .to_vec();
    let inputs = prop_oneof![
        1 => garbage(),
        4 => mutated(Just("5/October/2019".to_string()), tokens.clone()),
        2 => mutated(Just("/oct/2019".to_string()), tokens),
    ];
    fuzz("typed_date::read", 3_000, inputs, check_typed_date);
}

#[test]
fn valid_addresses_round_trip() {
    let config = Config {
        cases: cases(1_000),
        ..settings()
    };
    let result = TestRunner::new(config).run(&valid_address(), |address| {
        let policy = &*POLICY;
        let written = address::format(policy, naas_core::shipped().1, &address);
        prop_assert_eq!(
            address::parse(policy, naas_core::shipped().1, &written),
            Ok(address.clone()),
            "{} does not read back",
            written
        );
        Ok(())
    });
    if let Err(failure) = result {
        panic!("parse(format(address)) != address: {failure}");
    }
}

// ---------------------------------------------------------------------------------------------
// The checks: decode one input and judge the answer.
// ---------------------------------------------------------------------------------------------

/// What a decoder did with an input that it handled well.
enum Verdict {
    Accepted,
    Refused,
}

static POLICY: LazyLock<Policy> = LazyLock::new(|| naas_core::shipped().0.clone());

/// A fragment is read as an address that writes back to a fragment read as the same address,
/// or refused with errors that are short, printable and say what is wrong.
fn check_fragment(text: &str) -> Result<Verdict, String> {
    let policy = &*POLICY;
    let readiness = naas_core::shipped().1;
    match address::parse(policy, readiness, text) {
        Ok(read) => {
            let written = address::format(policy, readiness, &read);
            match address::parse(policy, readiness, &written) {
                Ok(again) if again == read => Ok(Verdict::Accepted),
                other => Err(format!(
                    "accepted, but written back as {written:?} it reads as {other:?}"
                )),
            }
        }
        Err(errors) if errors.is_empty() => Err("refused with no error to show".to_string()),
        Err(errors) => {
            for error in &errors {
                let message = error.to_string();
                clear_error(&message, 160)?;
                // The app shows these messages; hidden characters from a crafted link could
                // hide part of one, or reverse its order on screen.
                if let Some(c) = message
                    .chars()
                    .find(|c| c.is_control() || HIDDEN.contains(c))
                {
                    return Err(format!(
                        "an error message showing U+{:04X}: {message:?}",
                        c as u32
                    ));
                }
            }
            Ok(Verdict::Refused)
        }
    }
}

/// Typed fields give a date that reads back the same when typed as numbers, or an error whose
/// message is short and which marks the field it names.
fn check_typed_date(text: &str) -> Result<Verdict, String> {
    let mut parts = text.splitn(3, '/');
    let mut next = || parts.next().unwrap_or("");
    let (day, month, year) = (next(), next(), next());
    match typed_date::read(day, month, year) {
        Ok(entered) => {
            let date = entered.date();
            let day_again = match entered {
                Entered::Day(_) => date.day().to_string(),
                Entered::Month(_) => String::new(),
            };
            let again = typed_date::read(
                &day_again,
                &date.month().to_string(),
                &format!("{:04}", date.year()),
            );
            if again != Ok(entered) {
                return Err(format!(
                    "read as {entered:?}, but typed as numbers it reads as {again:?}"
                ));
            }
            Ok(Verdict::Accepted)
        }
        Err(error) => {
            clear_error(&error.message(), 120)?;
            if !error.marks(error.field()) {
                return Err(format!("{error:?} links to a field it does not mark"));
            }
            Ok(Verdict::Refused)
        }
    }
}

/// A configuration is JSON the browser may refuse, or a configuration and clear problems; what
/// is accepted is always safe: links are https, mailto or tel, and colours have enough contrast.
fn check_config(text: &str) -> Result<Verdict, String> {
    let (text, mut problems) = match config::bound("the block", text) {
        Ok(bounded) => bounded,
        Err(problem) => return clear_error(&problem, 400).map(|_| Verdict::Refused),
    };
    let Ok(json) = serde_json::from_str::<Json>(&text) else {
        return Ok(Verdict::Refused);
    };
    let mut config = config::Config::default();
    config.apply(&POLICY, "the block", &json, &mut problems);
    for problem in &problems {
        clear_error(problem, 400)?;
        if let Some(c) = problem.chars().find(|c| HIDDEN.contains(c)) {
            return Err(format!(
                "a settings problem showing U+{:04X}: {problem:?}",
                c as u32
            ));
        }
    }
    for offer in &config.preparation {
        if let Some(link) = &offer.link {
            if !config::safe_link(link) {
                return Err(format!("an unsafe link was accepted: {link:?}"));
            }
        }
    }
    if let Some(theme) = &config.theme {
        let (a, b) = (
            config::parse_colour(&theme.brand),
            config::parse_colour(&theme.brand_text),
        );
        match (a, b) {
            (Some(a), Some(b)) if config::contrast(a, b) >= config::MIN_CONTRAST => {}
            _ => {
                return Err(format!(
                    "a theme without enough contrast was accepted: {theme:?}"
                ))
            }
        }
    }
    Ok(if problems.is_empty() {
        Verdict::Accepted
    } else {
        Verdict::Refused
    })
}

/// Saved answers are read back exactly as written, or refused with a clear reason.
fn check_saved(text: &str) -> Result<Verdict, String> {
    match saved::decode(text) {
        Ok(read) if saved::encode(&read) == text => Ok(Verdict::Accepted),
        Ok(read) => Err(format!("accepted, but written back differently: {read:?}")),
        Err(e) => clear_error(&e.to_string(), 80).map(|_| Verdict::Refused),
    }
}

const CONFIG_EXAMPLE: &str = r##"{ "organisation": "Anytown Council",
  "naasLead": { "name": "Sam Lee", "email": "naas@anytown.gov.uk", "phone": "01234 567890" },
  "preparation": [ { "title": "Course", "description": "Two days.", "link": "https://intranet.anytown.gov.uk/naas" } ],
  "councils": { "first": ["leeds"], "preselect": "leeds" },
  "theme": { "brand": "#00703c", "brandText": "#ffffff" },
  "asAt": "2019-10-05" }"##;

#[rustfmt::skip]
fn config_tokens() -> Vec<String> {
    [
        "{", "}", "[", "]", ",", ":", "\"", "null", "true", "1e309", "-0", "\"javascript:alert(1)\"",
        "\"http://x\"", "\"tel:\"", "\"mailto:a@b\"", "\"#fff\"", "\"#ffff00\"", "\"#12\"", "\"2019-02-29\"",
        "\"organisation\"", "\"naasLead\"", "\"preparation\"", "\"councils\"", "\"theme\"", "\"asAt\"",
        "\"first\"", "\"preselect\"", "\"brand\"", "\"brandText\"", "\"link\"", "\"\\u0000\"",
    ]
    .iter()
    .map(|t| t.to_string())
    .collect()
}

/// Characters that show nothing themselves but change how the text around them shows: zero
/// widths and joiners, direction marks, embeddings, overrides and isolates, and the byte order mark.
#[rustfmt::skip]
const HIDDEN: &[char] = &[
    '\u{ad}', '\u{61c}', '\u{200b}', '\u{200c}', '\u{200d}', '\u{200e}', '\u{200f}', '\u{202a}',
    '\u{202b}', '\u{202c}', '\u{202d}', '\u{202e}', '\u{2060}', '\u{2061}', '\u{2062}',
    '\u{2063}', '\u{2064}', '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}', '\u{feff}',
];

/// A policy file is refused with errors that each say where and what, or, if it validates, it
/// is safe to use: walking every journey finishes without a panic. (The flow chart, drawn from
/// the same walk, is the tools crate's and is tested there.)
fn check_policy(text: &str) -> Result<Verdict, String> {
    match Policy::from_toml(text) {
        Ok(policy) => {
            // Not every problem is an error here: a mutated file may have gaps, which the audit
            // reports. What must not happen is a panic or a walk that never ends.
            explore::audit(&policy);
            Ok(Verdict::Accepted)
        }
        Err(errors) if errors.is_empty() => Err("refused with no error to show".to_string()),
        Err(errors) => {
            for error in &errors {
                if error.place.trim().is_empty() {
                    return Err(format!("an error that does not say where: {error:?}"));
                }
                // Syntax errors quote the offending line, so they may be long; ours are not.
                let longest = if error.place == "policy file" {
                    usize::MAX
                } else {
                    2_000
                };
                clear_error(&error.problem, longest)?;
            }
            Ok(Verdict::Refused)
        }
    }
}

/// An error message is not empty, has no trailing period, and is no longer than `longest`
/// characters (so an error never echoes a whole hostile input).
fn clear_error(message: &str, longest: usize) -> Result<(), String> {
    if message.trim().is_empty() {
        return Err("an empty error message".to_string());
    }
    if message.ends_with('.') {
        return Err(format!("an error message ending in a period: {message:?}"));
    }
    if message.chars().count() > longest {
        return Err(format!(
            "an error message of {} characters: {:?}",
            message.chars().count(),
            message.chars().take(200).collect::<String>()
        ));
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// The runner.
// ---------------------------------------------------------------------------------------------

/// Longest any one input may take before it counts as an endless loop. Far above the slowest
/// honest input (about a tenth of a second for a large policy file in a debug build).
const LIMIT: Duration = Duration::from_secs(20);

/// Feeds `check` every input from `inputs`, each in a watched thread, and fails with the
/// smallest input that panics, loops or gets a bad answer. Also fails if the generator only
/// ever makes inputs the decoder accepts, or only ones it refuses: then it tests too little.
fn fuzz<S>(name: &str, quick: u32, inputs: S, check: fn(&str) -> Result<Verdict, String>)
where
    S: Strategy<Value = String>,
{
    let config = Config {
        cases: cases(quick),
        ..settings()
    };
    let accepted = AtomicUsize::new(0);
    let refused = AtomicUsize::new(0);
    let result = TestRunner::new(config.clone()).run(&inputs, |input| {
        match watched(check, input) {
            Ok(Verdict::Accepted) => accepted.fetch_add(1, Ordering::Relaxed),
            Ok(Verdict::Refused) => refused.fetch_add(1, Ordering::Relaxed),
            Err(problem) => return Err(TestCaseError::fail(problem)),
        };
        Ok(())
    });
    if let Err(failure) = result {
        panic!("{name}: {failure}");
    }
    let (accepted, refused) = (accepted.into_inner(), refused.into_inner());
    // Inputs saved from earlier failures are tried as well, so the total may exceed `cases`.
    eprintln!(
        "{name}: {} inputs, {accepted} accepted, {refused} refused",
        accepted + refused
    );
    if config.cases >= 50 {
        assert!(
            accepted > 0 && refused > 0,
            "{name}: of {} inputs, {accepted} were accepted and {refused} refused: the generators need both",
            config.cases
        );
    }
}

/// Runs `check` on `input` in a thread of its own, so that a panic becomes an error and an
/// endless loop is noticed after `LIMIT`.
fn watched(check: fn(&str) -> Result<Verdict, String>, input: String) -> Result<Verdict, String> {
    let (send, receive) = mpsc::channel();
    let worker = thread::Builder::new()
        .name("fuzz case".to_string())
        .spawn(move || {
            let _ = send.send(check(&input));
        })
        .map_err(|e| format!("could not start a thread: {e}"))?;
    match receive.recv_timeout(LIMIT) {
        Ok(verdict) => {
            let _ = worker.join();
            verdict
        }
        Err(mpsc::RecvTimeoutError::Timeout) => Err(format!(
            "no answer after {LIMIT:?}: an endless loop, or far too slow"
        )),
        Err(mpsc::RecvTimeoutError::Disconnected) => {
            let panic = worker.join().err();
            let message = panic
                .as_ref()
                .and_then(|p| {
                    p.downcast_ref::<String>()
                        .cloned()
                        .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                })
                .unwrap_or_default();
            Err(format!("panicked: {message}"))
        }
    }
}

/// Proptest's defaults, with failures saved next to this file (tests/fuzz.proptest-regressions).
fn settings() -> Config {
    Config {
        source_file: Some(file!()),
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource(
            "proptest-regressions",
        ))),
        ..Config::default()
    }
}

/// How many inputs to try: `PROPTEST_CASES` when set (the long run), else the short round's.
fn cases(quick: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(quick)
}

// ---------------------------------------------------------------------------------------------
// Generators shared by every decoder.
// ---------------------------------------------------------------------------------------------

/// Random bytes (read as UTF-8, with invalid sequences replaced, as a browser or a file reader
/// would) and random unicode text.
fn garbage() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..2_000)
            .prop_map(|bytes| String::from_utf8_lossy(&bytes).into_owned()),
        any::<String>(),
        prop::collection::vec(select(ODD.to_vec()), 0..200).prop_map(|parts| parts.concat()),
    ]
}

/// Characters that have broken parsers before: controls, invisible and direction-changing
/// marks, combining accents, characters outside the basic plane, a byte order mark, and the
/// punctuation that decoders split on.
#[rustfmt::skip]
const ODD: &[&str] = &[
    "\0", "\u{7}", "\t", "\r\n", "\n", "\u{85}", "\u{200b}", "\u{200d}", "\u{202e}", "\u{2066}",
    "\u{feff}", "\u{fffd}", "\u{ffff}", "\u{10ffff}", "e\u{301}", "\u{1f980}", "\u{1d518}",
    "\u{130}", "\u{df}", "%", "%00", "%zz", "%E2%80%AE", "%%", "&", "&&", "=", "==", "?", "#",
    "/", "//", "\\", "\"", "'", "[", "]", "{", "}", "-", " ",
];

/// One random edit of a text; positions are picked with `Index` so that they shrink well.
#[derive(Clone, Debug)]
enum Edit {
    Insert(Index, String),
    Delete(Index, usize),
    Duplicate(Index, usize),
    ReplaceLine(Index, String),
    SwapLines(Index, Index),
    Truncate(Index),
    Upper(Index, usize),
    /// Replaces what follows ` = ` on a line that holds a value of the same shape.
    Value(Index, String),
    /// Moves, drops or repeats a whole `[header]` block (a rule, a condition, a question).
    SwapBlocks(Index, Index),
    DropBlock(Index),
    RepeatBlock(Index),
}

/// A real input put through a few random edits (usually one or two, so that many inputs stay
/// nearly valid and reach the later stages of a decoder), using `tokens` (pieces of the format,
/// real ids and odd characters) for what is inserted.
fn mutated(
    base: impl Strategy<Value = String>,
    tokens: Vec<String>,
) -> impl Strategy<Value = String> {
    let token = prop_oneof![
        4 => select(tokens),
        1 => select(ODD.to_vec()).prop_map(str::to_string),
        1 => any::<String>(),
    ];
    let edit = prop_oneof![
        4 => (any::<Index>(), token.clone()).prop_map(|(at, t)| Edit::Insert(at, t)),
        2 => (any::<Index>(), 0..300usize).prop_map(|(at, n)| Edit::Delete(at, n)),
        1 => (any::<Index>(), 0..300usize).prop_map(|(at, n)| Edit::Duplicate(at, n)),
        2 => (any::<Index>(), token.clone()).prop_map(|(at, t)| Edit::ReplaceLine(at, t)),
        1 => (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Edit::SwapLines(a, b)),
        1 => any::<Index>().prop_map(Edit::Truncate),
        1 => (any::<Index>(), 0..100usize).prop_map(|(at, n)| Edit::Upper(at, n)),
        4 => (any::<Index>(), token.clone()).prop_map(|(at, t)| Edit::Value(at, t)),
        2 => (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Edit::SwapBlocks(a, b)),
        1 => any::<Index>().prop_map(Edit::DropBlock),
        1 => any::<Index>().prop_map(Edit::RepeatBlock),
    ];
    let edits = prop_oneof![
        3 => prop::collection::vec(edit.clone(), 1..3),
        1 => prop::collection::vec(edit, 3..10),
    ];
    (base, edits).prop_map(|(text, edits)| {
        edits
            .into_iter()
            .fold(text, |text, edit| apply(&text, edit))
    })
}

fn apply(text: &str, edit: Edit) -> String {
    let at = |i: &Index| boundary(text, i.index(text.len() + 1));
    let span = |i: &Index, n: usize| {
        let start = at(i);
        (start, boundary(text, (start + n).min(text.len())))
    };
    match edit {
        Edit::Insert(i, token) => {
            let p = at(&i);
            format!("{}{token}{}", &text[..p], &text[p..])
        }
        Edit::Delete(i, n) => {
            let (a, b) = span(&i, n);
            format!("{}{}", &text[..a], &text[b..])
        }
        Edit::Duplicate(i, n) => {
            let (a, b) = span(&i, n);
            format!("{}{}", &text[..b], &text[a..])
        }
        Edit::Upper(i, n) => {
            let (a, b) = span(&i, n);
            format!("{}{}{}", &text[..a], text[a..b].to_uppercase(), &text[b..])
        }
        Edit::Truncate(i) => text[..at(&i)].to_string(),
        Edit::ReplaceLine(i, token) => {
            let mut lines: Vec<&str> = text.split('\n').collect();
            let n = i.index(lines.len());
            lines[n] = &token;
            lines.join("\n")
        }
        Edit::SwapLines(a, b) => {
            let mut lines: Vec<&str> = text.split('\n').collect();
            let (a, b) = (a.index(lines.len()), b.index(lines.len()));
            lines.swap(a, b);
            lines.join("\n")
        }
        Edit::Value(i, value) => {
            // Only a value of the same shape (a string, a list, a flag) goes in, so that the file
            // still reads and the edit reaches validation, and often gets through it.
            let shape = |v: &str| {
                v.trim_start()
                    .chars()
                    .next()
                    .filter(|c| *c == '"' || *c == '[')
            };
            let mut lines: Vec<String> = text.split('\n').map(str::to_string).collect();
            let keyed: Vec<usize> = (0..lines.len())
                .filter(|n| {
                    let old = lines[*n].split_once(" = ").map(|(_, v)| v);
                    old.is_some_and(|old| shape(old) == shape(&value))
                })
                .collect();
            if let Some(n) = keyed.get(i.index(keyed.len().max(1))) {
                let key = lines[*n]
                    .split(" = ")
                    .next()
                    .unwrap_or_default()
                    .to_string();
                lines[*n] = format!("{key} = {value}");
            }
            lines.join("\n")
        }
        Edit::SwapBlocks(a, b) => {
            let mut blocks = blocks(text);
            let (a, b) = (a.index(blocks.len()), b.index(blocks.len()));
            blocks.swap(a, b);
            blocks.concat()
        }
        Edit::DropBlock(i) => {
            let mut blocks = blocks(text);
            blocks.remove(i.index(blocks.len()));
            blocks.concat()
        }
        Edit::RepeatBlock(i) => {
            let mut blocks = blocks(text);
            let n = i.index(blocks.len());
            blocks.insert(n, blocks[n]);
            blocks.concat()
        }
    }
}

/// The text cut before each line that starts with `[`: the blocks of a TOML file, each with
/// its header. A text with no headers is one block.
fn blocks(text: &str) -> Vec<&str> {
    let mut starts: Vec<usize> = text.match_indices("\n[").map(|(i, _)| i + 1).collect();
    starts.insert(0, 0);
    starts.push(text.len());
    starts.dedup();
    if starts.len() < 2 {
        return vec![text];
    }
    starts.windows(2).map(|w| &text[w[0]..w[1]]).collect()
}

/// The nearest character boundary at or before byte `i`.
fn boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The input repeated to around a size limit (either side of it) or far beyond it.
fn huge(base: impl Strategy<Value = String>) -> impl Strategy<Value = String> {
    let size = prop_oneof![MAX_LEN - 2..MAX_LEN + 2, 0..200_000usize];
    (base, size).prop_map(|(text, size)| {
        let unit = if text.is_empty() {
            "&".to_string()
        } else {
            text
        };
        let mut out = unit.repeat(size / unit.len() + 1);
        out.truncate(boundary(&out, size));
        out
    })
}

// ---------------------------------------------------------------------------------------------
// Generators for the URL fragment.
// ---------------------------------------------------------------------------------------------

/// Pages of the app, and some that are not; the question pages are added from the policy.
#[rustfmt::skip]
const PAGES: &[&str] = &[
    "", "start", "date", "check", "result", "about", "accessibility", "q/", "q/nope", "check/", "/", "readiness", "readiness/",
    "readiness/checks", "readiness/plan", "readiness/p1", "readiness/zz",
];

/// Pairs that are wrong: impossible dates, unknown keys and options, empty and bare pairs. The
/// right ones (every option of every question) are added from the policy.
#[rustfmt::skip]
const PAIRS: &[&str] = &[
    "return=check", "return=plan", "return=somewhere", "date=today", "date=Today", "confirm=role",
    "confirm=role,registration", "confirm=nope", "confirm=", "date=2019-02-29", "date=2020-02-29", "date=0000-01-01",
    "date=9999-12-31", "date=2019-1-1", "date=2019-10", "date=2019-13", "date=2019-1", "date=", "date", "=", "", "nope=frontline", "role=nope",
    "role=", "=frontline", "set=leader", "set=nope", "done=none", "done=photo-id,photo-id", "done=,",
    "done=nope", "p1=partly", "l3=not-yet", "s9=confident", "p1=maybe",
];

/// A fragment made of real pages, questions, options and dates, with some pieces that are
/// wrong: unknown keys and options, impossible dates, repeated keys, empty and bare pairs.
fn fragment() -> impl Strategy<Value = String> {
    let policy = &*POLICY;
    let mut pages: Vec<String> = PAGES.iter().map(|p| p.to_string()).collect();
    pages.extend(policy.questions.iter().map(|q| format!("q/{}", q.id)));
    let mut pairs: Vec<String> = PAIRS.iter().map(|p| p.to_string()).collect();
    for q in &policy.questions {
        for o in &q.options {
            pairs.push(format!("{}={}", q.id, o.id));
        }
    }
    let date = (1u32..=9999, 1u32..=12, 1u32..=31)
        .prop_map(|(y, m, d)| format!("date={y:04}-{m:02}-{d:02}"));
    let pair = prop_oneof![3 => select(pairs), 1 => date];
    let prefix = select(vec!["#/", "#", "", "/", "#//", "##/"]);
    let joiner = select(vec!["?", "??", "?&", "&", ""]);
    (
        prefix,
        select(pages),
        joiner,
        prop::collection::vec(pair, 0..12),
    )
        .prop_map(|(prefix, page, joiner, pairs)| {
            format!("{prefix}{page}{joiner}{}", pairs.join("&"))
        })
}

#[rustfmt::skip]
const FRAGMENT_TOKENS: &[&str] = &[
    "&", "=", "?", "#/", "q/", "date=", "date=today", "return=check", "return=plan", "confirm=",
    "confirm=role", ",", "&&&&", "===", "%", "%20", "%3D", "%26",
];

fn fragment_tokens() -> Vec<String> {
    let policy = &*POLICY;
    let mut tokens: Vec<String> = FRAGMENT_TOKENS.iter().map(|t| t.to_string()).collect();
    tokens.extend(policy.questions.iter().map(|q| format!("&{}=", q.id)));
    tokens
}

/// Any journey of the shipped policy: any page, no date, today or any real date, any answers
/// (each maybe waiting to be confirmed), any ratings, any return rule.
fn valid_address() -> impl Strategy<Value = Journey> {
    let policy = &*POLICY;
    let mut pages = vec![
        Page::Start,
        Page::Date,
        Page::CheckAnswers,
        Page::Result,
        Page::About,
        Page::Accessibility,
    ];
    pages.extend(policy.question_ids().map(Page::Question));
    let readiness = naas_core::shipped().1;
    pages.extend([Page::Standard, Page::PracticalChecks, Page::Plan]);
    pages.extend(
        (0..readiness.statements.len())
            .filter_map(|i| readiness.statement_by_id(&readiness.statements[i].id))
            .map(Page::Rate),
    );
    let levels = proptest::collection::vec(
        proptest::option::of(0..readiness.scale.len()),
        readiness.statements.len(),
    );
    let done = proptest::option::of(proptest::collection::vec(
        any::<bool>(),
        readiness.checks.len(),
    ));
    let set = proptest::option::of(0..readiness.sets.len());
    let date = (1u32..=9999, 1u32..=12, 1u32..=28)
        .prop_map(|(y, m, d)| When::On(Date::new(y, m, d).expect("a real date")));
    let month = (1u32..=9999, 1u32..=12)
        .prop_map(|(y, m)| When::InMonth(Date::new(y, m, 1).expect("a real month")));
    let when = prop_oneof![Just(When::Unset), Just(When::Today), date, month];
    let chosen: Vec<_> = policy
        .questions
        .iter()
        .map(|q| proptest::option::of((0..q.options.len(), 0u8..3, 2015u32..=2028)))
        .collect();
    let back_to = select(vec![Return::Onward, Return::CheckAnswers, Return::Plan]);
    (select(pages), when, chosen, back_to, (set, levels, done)).prop_map(
        move |(page, when, chosen, back_to, (set, levels, done))| {
            let (mut answered, mut to_confirm) = (Choices::new(), Choices::new());
            let mut kept = Vec::new();
            for (q, drawn) in policy.question_ids().zip(chosen) {
                if let Some((o, how, year)) = drawn {
                    let option = policy.option_ids(q).nth(o).expect("an option");
                    match how {
                        0 => answered.set(q, option),
                        1 => to_confirm.set(q, option),
                        _ => kept.push(Kept {
                            question: q,
                            option,
                            given_for: When::On(Date::new(year, 6, 1).expect("a real date")),
                        }),
                    }
                }
            }
            Journey {
                page,
                when,
                chosen: answered,
                to_confirm,
                kept,
                ratings: ratings(readiness, set, &levels, done),
                back_to,
            }
        },
    )
}

// ---------------------------------------------------------------------------------------------
// Generators for the policy file.
// ---------------------------------------------------------------------------------------------

/// Pieces of TOML and of this policy's format: headers, keys, values of the wrong type,
/// impossible dates, ids that do not exist, and placeholders; the real ids are added from the
/// policy.
#[rustfmt::skip]
const TOML_TOKENS: &[&str] = &[
    "[[rules]]", "[[rules.when]]", "[[questions]]", "[[questions.options]]", "[[councils]]",
    "[[outcomes]]", "[[sources]]", "[[phases]]", "[meta]", "[[notes]]", "[[statuses]]",
    "[[regulators]]", "id = \"x\"", "id = \"\"", "id = \"Bad Id\"", "id = \"a--b\"",
    "outcome = \"nowhere\"", "is = []", "is = [\"frontline\", \"frontline\"]",
    "answer = \"role\"", "answer = \"date\"", "council = \"in-naas\"", "council = \"somewhere\"",
    "from = \"2019-02-29\"", "from = \"2030-13\"", "before = \"0001-01-01\"",
    "before = \"9999-12\"", "from = \"2018-07\"", "exact = \"yes\"", "exact = true",
    "options_from_councils = true", "kind = \"unclear\"", "kind = \"maybe\"",
    "because = \"{date} {regulator} {council} {phase} {joined}\"", "because = \"{nope}\"",
    "text = \"{\"", "text = \"}\"", "sources = []", "sources = [\"nowhere\"]",
    "url = \"ftp://x\"", "title = \"\"", "\"", "'''", "\"\"\"", "=", "[", "]", "{", "}", "#",
    "\\u0000", "\\uD800", "\\", "1979-05-27T07:32:00Z", "inf", "nan", "-0", "0x10", "1e1000",
    "true", ",", ".", "kinds = [\"closed\"]", "kinds = [\"maybe\"]", "kinds = []",
    "dates = \"past\"", "dates = \"soon\"", "unclear_from = \"2019-03-18\"",
    "unclear_from = \"2030-01\"", "title_now = \"{phase_note}\"", "summary_now = \"\"",
    "hint_now = \"x\"", "note = \"{phase_note}\"", "checked = \"2026-12-07\"",
    "horizon = \"2028-12-31\"", "horizon = \"2020-01-01\"", "published = \"unknown\"",
    "published = \"2026-02\"", "quotes_later = true", "title_future = \"{date}\"",
    "[[outcomes.instead_future]]", "dates = \"future\"",
    "[[outcomes.instead_now]]", "instead_now = []", "[[outcomes.other_dates]]", "other_date = true", "outcomes = [\"now-asye\"]",
    "outcomes = [\"nowhere\"]", "outcomes = []", "because = \"{site_from}\"",
];

fn toml_tokens() -> Vec<String> {
    let policy = &*POLICY;
    let mut tokens: Vec<String> = TOML_TOKENS.iter().map(|t| t.to_string()).collect();
    let ids = policy
        .questions
        .iter()
        .map(|q| &q.id)
        .chain(policy.outcomes.iter().map(|o| &o.id))
        .chain(policy.rules.iter().map(|r| &r.id))
        .chain(policy.sources.iter().map(|s| &s.id));
    tokens.extend(ids.map(|id| format!("\"{id}\"")));
    tokens
}

/// The shipped policy with its blocks moved, dropped or repeated and its values swapped for
/// other real ones: still well formed, often still valid, so the checks after parsing (and
/// the walk over a policy that validates) get inputs that no person has written.
fn reshaped(base: &'static str, values: Vec<String>) -> impl Strategy<Value = String> {
    let edit = prop_oneof![
        4 => (any::<Index>(), select(values)).prop_map(|(at, v)| Edit::Value(at, v)),
        2 => (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Edit::SwapBlocks(a, b)),
        1 => any::<Index>().prop_map(Edit::DropBlock),
        1 => any::<Index>().prop_map(Edit::RepeatBlock),
    ];
    prop::collection::vec(edit, 1..5).prop_map(move |edits| {
        edits
            .into_iter()
            .fold(base.to_string(), |text, edit| apply(&text, edit))
    })
}

/// Values that fit somewhere in the policy file, besides its own ids and dates.
#[rustfmt::skip]
const TOML_VALUES: &[&str] = &[
    "[\"frontline\"]", "[\"yes\", \"no\"]", "[\"local-authority\"]", "[\"not-listed\", \"dont-know\"]",
    "\"in-naas\"", "\"joins-later\"", "\"join-date-unclear\"", "\"join-date-unknown\"", "true", "false",
    "\"{council} joined in {phase}, from {joined}, on {date}, with {regulator}\"",
    "\"eligible\"", "\"unclear\"", "\"1990-01-01\"", "\"2100-12-31\"",
];

/// Values that fit somewhere in the policy file: its ids, dates, option lists and texts.
fn toml_values() -> Vec<String> {
    let policy = &*POLICY;
    let quoted = |id: &naas_core::policy::Text| format!("\"{id}\"");
    let mut values: Vec<String> = policy
        .questions
        .iter()
        .flat_map(|q| q.options.iter().map(|o| &o.id).chain([&q.id]))
        .chain(policy.outcomes.iter().map(|o| &o.id))
        .chain(policy.rules.iter().map(|r| &r.id))
        .chain(policy.phases.iter().map(|p| &p.id))
        .map(quoted)
        .collect();
    values.extend(policy.sources.iter().map(|s| format!("[\"{}\"]", s.id)));
    values.extend(policy.boundaries().iter().flat_map(|d| {
        [
            format!("\"{}\"", d.iso()),
            format!("\"{}\"", d.previous_day().iso()),
            format!("\"{}\"", &d.iso()[..7]),
        ]
    }));
    values.extend(TOML_VALUES.iter().map(|v| v.to_string()));
    values
}

/// Arrays, inline tables, dotted keys and table headers nested hundreds of levels deep, which
/// would overflow the stack of a parser that recursed without a limit.
fn deeply_nested() -> impl Strategy<Value = String> {
    let depth = prop_oneof![1..200usize, 1_000..50_000usize];
    (depth, 0..5usize).prop_map(|(n, shape)| match shape {
        0 => format!("a = {}{}", "[".repeat(n), "]".repeat(n)),
        1 => format!("a = {}1{}", "{b = ".repeat(n), "}".repeat(n)),
        2 => format!("{} = 1", vec!["a"; n].join(".")),
        3 => format!("[{}]", vec!["meta"; n].join(".")),
        _ => format!("{SHIPPED_TOML}\nextra = {}", "[{a = ".repeat(n)),
    })
}

/// The whole policy two to eight times over (its `[meta]` table once, as TOML requires): every
/// id repeated, a file several times larger, thousands of errors to report.
fn repeated_policy() -> impl Strategy<Value = String> {
    (2..=8usize).prop_map(|n| {
        let meta = SHIPPED_TOML.find("\n[meta]").expect("a [meta] table");
        let after = meta
            + SHIPPED_TOML[meta + 1..]
                .find("\n[")
                .expect("more after [meta]")
            + 1;
        let body = format!("{}{}", &SHIPPED_TOML[..meta], &SHIPPED_TOML[after..]);
        format!("{SHIPPED_TOML}{}", body.repeat(n - 1))
    })
}

/// Ratings from generated indexes: a set, a level for some statements, and the checks done.
fn ratings(
    readiness: &Readiness,
    set: Option<usize>,
    levels: &[Option<usize>],
    done: Option<Vec<bool>>,
) -> Ratings {
    let mut r = Ratings {
        set: set.and_then(|i| readiness.set_by_id(&readiness.sets[i].id)),
        ..Ratings::default()
    };
    for (i, level) in levels.iter().enumerate() {
        if let Some(l) = level {
            let s = readiness
                .statement_by_id(&readiness.statements[i].id)
                .expect("a statement");
            r.levels.insert(
                s,
                readiness
                    .level_by_id(&readiness.scale[*l].id)
                    .expect("a level"),
            );
        }
    }
    r.done = done.map(|flags| {
        readiness
            .check_ids()
            .zip(flags)
            .filter(|(_, on)| *on)
            .map(|(c, _)| c)
            .collect()
    });
    r
}
