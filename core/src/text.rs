//! Small text helpers shared by the policy checks and the pages.

/// The text with its first letter in capitals. Only ASCII letters change: the texts are
/// English, and the full Unicode case tables would add kilobytes to the WebAssembly.
pub fn capitalise(text: &str) -> String {
    let mut out = text.to_string();
    if let Some(first) = out.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    out
}

/// The text with its first letter in small letters, for a title used mid-sentence. Only ASCII
/// letters change, as in [`capitalise`].
pub fn uncapitalise(text: &str) -> String {
    let mut out = text.to_string();
    if let Some(first) = out.get_mut(0..1) {
        first.make_ascii_lowercase();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{capitalise, uncapitalise};

    #[test]
    fn capitalises_the_first_letter_only() {
        assert_eq!(capitalise("your manager"), "Your manager");
        assert_eq!(capitalise(""), "");
        assert_eq!(
            uncapitalise("Post-qualifying standard"),
            "post-qualifying standard"
        );
        assert_eq!(
            capitalise("\u{201c}x\u{201d} is bad"),
            "\u{201c}x\u{201d} is bad"
        );
    }
}
