//! Small text helpers shared by the policy checks, the readers of outside input and the pages.

/// The text with its first letter in capitals. Only ASCII letters change: the texts are
/// English, and the full Unicode case tables would add kilobytes to the WebAssembly.
pub fn capitalise(text: &str) -> String {
    let mut out = text.to_string();
    if let Some(first) = out.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    out
}

/// A short, printable version of untrusted text for an error message (at most 40 characters).
pub fn visible(text: &str) -> String {
    visible_within(text, 40)
}

/// Untrusted text for a message, cut to `max` characters with an ellipsis: no control
/// characters, and none of the invisible ones that could hide part of the message or reverse
/// it on screen (see [`HIDDEN`]).
pub fn visible_within(text: &str, max: usize) -> String {
    let shown = |c: &char| !(c.is_control() || HIDDEN.contains(c));
    let clean: String = text.chars().filter(shown).take(max).collect();
    if text.chars().filter(shown).count() > max {
        format!("{clean}\u{2026}")
    } else {
        clean
    }
}

/// Zero widths and joiners, direction marks, embeddings, overrides and isolates, and the byte
/// order mark: characters that show nothing but change how the text around them shows.
pub const HIDDEN: &[char] = &[
    '\u{ad}', '\u{61c}', '\u{200b}', '\u{200c}', '\u{200d}', '\u{200e}', '\u{200f}', '\u{202a}',
    '\u{202b}', '\u{202c}', '\u{202d}', '\u{202e}', '\u{2060}', '\u{2061}', '\u{2062}', '\u{2063}',
    '\u{2064}', '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}', '\u{feff}',
];

/// A list of messages cut down for a person to read: each different message once, in order, at
/// most `max` of them, then "and N more" when others remain. A link or a configuration can
/// hold thousands of the same mistake; a notice that lists them all helps nobody.
pub fn at_most<S: AsRef<str>>(messages: &[S], max: usize) -> Vec<String> {
    let mut distinct: Vec<&str> = Vec::new();
    for m in messages {
        if !distinct.contains(&m.as_ref()) {
            distinct.push(m.as_ref());
        }
    }
    // "and 1 more" says no more than the message it stands for would: show that one instead.
    if distinct.len() <= max + 1 {
        return distinct.into_iter().map(str::to_string).collect();
    }
    let mut shown: Vec<String> = distinct[..max].iter().map(|m| m.to_string()).collect();
    shown.push(format!("and {} more", thousands(distinct.len() - max)));
    shown
}

/// A count written as people read it: 12,345.
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(d);
    }
    out
}

/// The text with its first letter in small letters, for a title used mid-sentence. Only ASCII
/// letters change, as in [`capitalise`].
pub fn uncapitalise(text: &str) -> String {
    let mut out = text.to_string();
    // An acronym ("ASYE ends before ...") keeps its capitals.
    let acronym = text.as_bytes().get(1).is_some_and(u8::is_ascii_uppercase);
    if let Some(first) = out.get_mut(0..1).filter(|_| !acronym) {
        first.make_ascii_lowercase();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uncapitalise_lowers_the_first_letter_but_not_an_acronym() {
        assert_eq!(uncapitalise("Date checked"), "date checked");
        assert_eq!(
            uncapitalise("ASYE ends before 1 April 2027"),
            "ASYE ends before 1 April 2027"
        );
        assert_eq!(uncapitalise("A"), "a");
    }

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

    #[test]
    fn visible_text_has_no_hidden_or_control_characters() {
        assert_eq!(visible("ab\u{202e}cd\u{7}\u{200b}e"), "abcde");
        assert_eq!(visible_within("abcdef", 3), "abc\u{2026}");
        assert_eq!(
            visible_within("ab\u{202e}c", 3),
            "abc",
            "hidden characters do not count"
        );
    }

    #[test]
    fn long_lists_are_cut_to_a_handful() {
        let same = vec!["x is repeated"; 4001];
        assert_eq!(at_most(&same, 5), ["x is repeated"]);
        let many: Vec<String> = (0..40).map(|i| format!("problem {i}")).collect();
        let shown = at_most(&many, 5);
        assert_eq!(shown.len(), 6);
        assert_eq!(shown[4], "problem 4");
        assert_eq!(shown[5], "and 35 more");
        assert_eq!(at_most(&many[..6], 5).len(), 6, "never \"and 1 more\"");
        assert_eq!(thousands(1234567), "1,234,567");
        assert_eq!(thousands(999), "999");
    }
}
