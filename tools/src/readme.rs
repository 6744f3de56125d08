//! The README's list of council ids, written from the rules, so that councils setting `councils.first` and `preselect` read the ids the checker knows.

use naas_core::policy::Policy;

const START: &str = "<!-- council ids: written from the rules by `cargo run --bin policy -- graph`; do not edit -->";
const END: &str = "<!-- /council ids -->";

/// The council question's councils as the README lists them: each id in code, then its name, in
/// the question's own order.
pub fn council_ids(policy: &Policy) -> String {
    let Some(question) = policy.council_question else {
        return String::new();
    };
    let entries: Vec<String> = policy
        .question(question)
        .options
        .iter()
        .filter(|choice| choice.council.is_some())
        .map(|choice| format!("`{}` ({})", choice.id, choice.label))
        .collect();
    entries.join(", ")
}

/// The README with its list of council ids written afresh between its markers; `None` when it
/// has no such block.
pub fn with_council_ids(readme: &str, policy: &Policy) -> Option<String> {
    let start = readme.find(START)? + START.len();
    let end = start + readme[start..].find(END)?;
    let mut out = String::with_capacity(readme.len());
    out.push_str(&readme[..start]);
    out.push('\n');
    out.push_str(&council_ids(policy));
    out.push('\n');
    out.push_str(&readme[end..]);
    Some(out)
}
