//! The maintainers' policy tool: `check` a policy file for every problem, or draw its flow as a `graph` (native only).
//!
//! ```text
//! cargo run --bin policy -- check [FILE] [--readiness FILE] [--today YYYY-MM-DD]
//! cargo run --bin policy -- graph [FILE] [--out DIR]  # default: docs/flow.dot and docs/flow.mmd
//! ```
//!
//! `check` validates the rules (default core/src/policy/naas.toml) and the readiness content
//! (default core/src/readiness/readiness.toml) against them, walks every journey, counts the
//! statement headings by how sure the sources make us of them, and warns (without failing) when
//! a dated change in the rules has taken effect since they were last checked (`meta.checked`).
//! It exits with 1 when it finds a problem and 2 when it cannot run (a missing file, a wrong
//! argument), so scripts and CI can tell the two apart.

fn main() -> std::process::ExitCode {
    native::main()
}

mod native {
    use std::fs;
    use std::path::{Path, PathBuf};
    use std::process::ExitCode;

    use naas_core::date::Date;
    use naas_core::engine::explore;
    use naas_core::policy::Policy;
    use naas_core::readiness::Readiness;
    use naas_tools::{chart, currency};

    const USAGE: &str = "usage:
  policy check [FILE] [--readiness FILE] [--today YYYY-MM-DD]
                                   check a policy file (validation, then every journey on every
                                   date) and the readiness content against it; warn when a dated
                                   change has taken effect since the rules were last checked
  policy graph [FILE] [--out DIR]  write the flow as DIR/flow.dot (Graphviz) and DIR/flow.mmd (Mermaid)

FILE defaults to core/src/policy/naas.toml, the readiness FILE to
core/src/readiness/readiness.toml and DIR to docs, all in the workspace; --today to the system
date.";

    /// Where the crate is, so the defaults work from any directory.
    const CRATE: &str = env!("CARGO_MANIFEST_DIR");

    /// The workspace the tools crate sits in.
    fn workspace() -> PathBuf {
        Path::new(CRATE)
            .parent()
            .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
    }

    pub fn main() -> ExitCode {
        let args: Vec<String> = std::env::args().skip(1).collect();
        let result = match args.first().map(String::as_str) {
            Some("check") => check(&args[1..]),
            Some("graph") => graph(&args[1..]),
            Some("help" | "--help" | "-h") => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            Some(other) => Err(Failure::Usage(format!("unknown command `{other}`"))),
            None => Err(Failure::Usage("no command given".to_string())),
        };
        match result {
            Ok(code) => code,
            Err(Failure::Usage(message)) => {
                eprintln!("policy: {message}\n\n{USAGE}");
                ExitCode::from(2)
            }
            Err(Failure::Io(message)) => {
                eprintln!("policy: {message}");
                ExitCode::from(2)
            }
        }
    }

    /// Why the tool could not do its job at all (as opposed to finding problems in a policy).
    enum Failure {
        /// The command line was wrong: say so and show how to use the tool.
        Usage(String),
        /// A file could not be read or written.
        Io(String),
    }

    /// Validates the policy and the readiness content, then walks the policy; prints every
    /// problem, or a summary line for each file; then any warning that the rules are out of date.
    fn check(args: &[String]) -> Result<ExitCode, Failure> {
        let (file, mut rest) = file_argument(args);
        let mut readiness_file = Path::new(CRATE).join("../core/src/readiness/readiness.toml");
        let mut today = None;
        while let Some((flag, tail)) = rest.split_first() {
            let Some((value, tail)) = tail.split_first() else {
                return Err(Failure::Usage(format!("`{flag}` needs a value")));
            };
            match flag.as_str() {
                "--readiness" => readiness_file = PathBuf::from(value),
                "--today" => {
                    let date = Date::parse(value)
                        .map_err(|e| Failure::Usage(format!("--today \"{value}\" is {e}")))?;
                    today = Some(date);
                }
                other => return Err(Failure::Usage(format!("unexpected argument `{other}`"))),
            }
            rest = tail;
        }
        let today = today.unwrap_or_else(currency::today);
        let policy = match load(&file)? {
            Ok(policy) => policy,
            Err(code) => return Ok(code),
        };
        let text = fs::read_to_string(&readiness_file)
            .map_err(|e| Failure::Io(format!("cannot read {}: {e}", shown(&readiness_file))))?;
        let readiness = Readiness::from_toml(&text, &policy);
        let audit = explore::audit(&policy);
        let mut failed = false;
        if let Err(problems) = &readiness {
            report(&readiness_file, "validation", problems);
            failed = true;
        }
        if !audit.problems.is_empty() {
            report(&file, "walking every journey", &audit.problems);
            failed = true;
        }
        if failed {
            return Ok(ExitCode::FAILURE);
        }
        println!(
            "{}: ok. {} journeys walked on {} dates; all {} questions asked, all {} rules decide, all {} outcomes reached.",
            shown(&file),
            audit.journeys,
            audit.dates,
            audit.questions,
            audit.rules,
            audit.outcomes
        );
        if let Ok(readiness) = &readiness {
            let counts: Vec<String> = readiness
                .heading_counts()
                .iter()
                .map(|(status, n)| format!("{n} {}", status.id()))
                .collect();
            println!(
                "{}: ok. {} statements in {} sets; headings: {} (for maintainers: users see one note per set).",
                shown(&readiness_file),
                readiness.statements.len(),
                readiness.sets.len(),
                counts.join(", ")
            );
        }
        let checked = policy.meta.checked;
        for change in currency::changes_since_checked(&policy, today) {
            println!(
                "warning: the rules were last checked on {}, before the change of {} took effect: check the sources again, then update meta.checked.",
                checked.long(),
                change.long()
            );
        }
        if let Some(next) = currency::next_change(&policy, today) {
            println!(
                "Rules last checked on {}. The next dated change they know of is on {}.",
                checked.long(),
                next.long()
            );
        }
        Ok(ExitCode::SUCCESS)
    }

    /// Writes the flow in both formats from a valid policy file.
    fn graph(args: &[String]) -> Result<ExitCode, Failure> {
        let (file, rest) = file_argument(args);
        let out = match rest {
            [] => workspace().join("docs"),
            [flag, dir] if flag == "--out" => PathBuf::from(dir),
            [extra, ..] => return Err(Failure::Usage(format!("unexpected argument `{extra}`"))),
        };
        let policy = match load(&file)? {
            Ok(policy) => policy,
            Err(code) => return Ok(code),
        };
        let flow = chart::chart(&policy);
        fs::create_dir_all(&out)
            .map_err(|e| Failure::Io(format!("cannot create {}: {e}", shown(&out))))?;
        for (name, text) in [
            ("flow.dot", chart::dot(&policy, &flow)),
            ("flow.mmd", chart::mermaid(&policy, &flow)),
        ] {
            let path = out.join(name);
            fs::write(&path, text)
                .map_err(|e| Failure::Io(format!("cannot write {}: {e}", shown(&path))))?;
            println!("wrote {}", shown(&path));
        }
        // The README lists the council ids a council's settings may name (shipped rules only).
        if rest.is_empty() && file == workspace().join("core/src/policy/naas.toml") {
            let path = workspace().join("README.md");
            let readme = fs::read_to_string(&path)
                .map_err(|e| Failure::Io(format!("cannot read {}: {e}", shown(&path))))?;
            if let Some(written) = naas_tools::readme::with_council_ids(&readme, &policy) {
                fs::write(&path, written)
                    .map_err(|e| Failure::Io(format!("cannot write {}: {e}", shown(&path))))?;
                println!("wrote the council ids in {}", shown(&path));
            }
        }
        println!(
            "{} nodes, {} edges. Draw the DOT with `dot -Tsvg {} -o flow.svg`.",
            flow.nodes.len(),
            flow.edges.len(),
            shown(&out.join("flow.dot"))
        );
        Ok(ExitCode::SUCCESS)
    }

    /// The file named first (unless it is a flag), or the shipped policy; and the rest.
    fn file_argument(args: &[String]) -> (PathBuf, &[String]) {
        match args.split_first() {
            Some((file, rest)) if !file.starts_with("--") => (PathBuf::from(file), rest),
            _ => (workspace().join("core/src/policy/naas.toml"), args),
        }
    }

    /// Reads and validates the file. A file that does not validate is reported here, and the
    /// caller gets the exit code to return.
    fn load(file: &Path) -> Result<Result<Policy, ExitCode>, Failure> {
        let text = fs::read_to_string(file)
            .map_err(|e| Failure::Io(format!("cannot read {}: {e}", shown(file))))?;
        Ok(Policy::from_toml(&text).map_err(|errors| {
            report(file, "validation", &errors);
            ExitCode::FAILURE
        }))
    }

    fn report(file: &Path, stage: &str, problems: &[naas_core::problem::Problem]) {
        let count = match problems.len() {
            1 => "1 problem".to_string(),
            n => format!("{n} problems"),
        };
        println!("{}: {count} found by {stage}:", shown(file));
        for problem in problems {
            // Syntax errors from the TOML reader span several lines; indent them as one item.
            println!("  - {}", problem.to_string().replace('\n', "\n    "));
        }
    }

    /// The path relative to the current directory when it is inside it, to keep output short.
    fn shown(path: &Path) -> String {
        let here = std::env::current_dir().ok();
        here.and_then(|here| path.strip_prefix(here).ok().map(Path::to_path_buf))
            .unwrap_or_else(|| path.to_path_buf())
            .display()
            .to_string()
    }
}
