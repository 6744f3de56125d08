//! `Html` and `Markup`: a page being written as text, where everything from outside (the data, a council's settings, the user's answers) goes through escaping, and the finished markup, which only a literal or a finished `Html` can make.

use std::fmt;
use std::ops::Deref;

/// Markup under construction. [`Html::raw`] takes only a `&'static str`, markup written in this
/// crate as a literal or a constant; everything else goes through [`Html::text`] (or
/// [`Html::attr`], [`Html::number`], [`Html::link`]), which escapes it, so outside text can
/// never become markup.
///
/// A string made at run time is refused:
///
/// ```compile_fail
/// let label = String::from("<script>alert(1)</script>");
/// naas_pages::html::Html::new().raw(&label);
/// ```
///
/// It goes in as text instead:
///
/// ```
/// let label = String::from("<script>alert(1)</script>");
/// let mut h = naas_pages::html::Html::new();
/// h.raw("<p>").text(&label).raw("</p>");
/// assert_eq!(h.finish().as_str(), "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>");
/// ```
#[derive(Default)]
pub struct Html {
    out: String,
}

/// Finished markup, safe to show as HTML: made only by [`Html::finish`] or from a literal
/// ([`Markup::literal`]), so any outside text in it was escaped on the way in. It can be read
/// (as a `&str`, or shown), but no string read from anywhere can be turned into one:
///
/// ```compile_fail
/// let typed = String::from("<img src=x onerror=alert(1)>");
/// let _ = naas_pages::html::Markup::literal(&typed);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Markup(String);

impl Html {
    pub fn new() -> Html {
        Html {
            out: String::with_capacity(4096),
        }
    }

    /// Markup written in this crate: a literal or a constant, never outside text.
    pub fn raw(&mut self, markup: &'static str) -> &mut Html {
        self.out.push_str(markup);
        self
    }

    /// Markup finished earlier (a note written for a form, say).
    pub fn markup(&mut self, markup: &Markup) -> &mut Html {
        self.out.push_str(&markup.0);
        self
    }

    /// Text, escaped for element content and for quoted attribute values alike.
    pub fn text(&mut self, text: &str) -> &mut Html {
        let mut rest = text;
        while let Some(i) = rest.find(['&', '<', '>', '"', '\'']) {
            self.out.push_str(&rest[..i]);
            self.out.push_str(match rest.as_bytes()[i] {
                b'&' => "&amp;",
                b'<' => "&lt;",
                b'>' => "&gt;",
                b'"' => "&quot;",
                _ => "&#39;",
            });
            rest = &rest[i + 1..];
        }
        self.out.push_str(rest);
        self
    }

    /// A number, as text.
    pub fn number(&mut self, n: usize) -> &mut Html {
        // Digits by hand: integer formatting is small, but this needs none of it.
        let mut digits = [0u8; 20];
        let mut at = digits.len();
        let mut n = n;
        loop {
            at -= 1;
            digits[at] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        self.out
            .push_str(std::str::from_utf8(&digits[at..]).unwrap_or_default());
        self
    }

    /// ` name="value"` inside an opening tag: the name written in this crate, the value escaped.
    pub fn attr(&mut self, name: &'static str, value: &str) -> &mut Html {
        self.out.push(' ');
        self.out.push_str(name);
        self.out.push_str("=\"");
        self.text(value).raw("\"")
    }

    /// `<tag class="class">text</tag>`, the class and the text escaped.
    pub fn element(&mut self, tag: &'static str, class: &str, text: &str) -> &mut Html {
        self.open(tag, class).text(text).close(tag)
    }

    /// `<tag`, for attributes ([`Html::attr`]) to follow and `raw(">")` to end.
    pub fn start(&mut self, tag: &'static str) -> &mut Html {
        self.out.push('<');
        self.out.push_str(tag);
        self
    }

    /// `<tag class="class">`, the class escaped; no class attribute when `class` is empty.
    pub fn open(&mut self, tag: &'static str, class: &str) -> &mut Html {
        self.start(tag);
        if !class.is_empty() {
            self.attr("class", class);
        }
        self.raw(">")
    }

    pub fn close(&mut self, tag: &'static str) -> &mut Html {
        self.out.push_str("</");
        self.out.push_str(tag);
        self.raw(">")
    }

    /// A link within the checker (an address in the fragment) or to a `mailto:`/`tel:` address.
    pub fn link(&mut self, href: &str, text: &str) -> &mut Html {
        self.raw("<a class=\"govuk-link\" href=\"")
            .text(href)
            .raw("\">")
            .text(text)
            .raw("</a>")
    }

    /// A link to another site: it opens in a new tab, and says so.
    pub fn external(&mut self, href: &str, text: &str) -> &mut Html {
        self.raw("<a class=\"govuk-link\" href=\"")
            .text(href)
            .raw("\" target=\"_blank\" rel=\"noopener noreferrer\">")
            .text(text)
            .raw("<span class=\"app-new-tab\"> (opens in new tab)</span></a>")
    }

    pub fn len(&self) -> usize {
        self.out.len()
    }

    pub fn is_empty(&self) -> bool {
        self.out.is_empty()
    }

    /// The markup written, finished: from here it can be read or put into another `Html`, not
    /// added to.
    pub fn finish(self) -> Markup {
        Markup(self.out)
    }
}

impl Markup {
    /// Markup written in this crate or the app as a literal or a constant.
    pub fn literal(markup: &'static str) -> Markup {
        Markup(markup.to_string())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The text of the markup, to hand to whatever shows or saves it.
    pub fn into_string(self) -> String {
        self.0
    }
}

/// Reading markup as text is harmless (a test looks for a piece of it, a download saves it);
/// only making it is guarded.
impl Deref for Markup {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Markup {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::{Html, Markup};

    #[test]
    fn outside_text_never_becomes_markup() {
        let mut h = Html::new();
        h.element("p", "govuk-body", "<script>alert('x')</script> & \"q\"");
        h.link("#/q/role?date=2019-10-05&role=frontline", "Go");
        assert_eq!(
            h.finish().as_str(),
            "<p class=\"govuk-body\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;</p>\
             <a class=\"govuk-link\" href=\"#/q/role?date=2019-10-05&amp;role=frontline\">Go</a>"
        );
    }

    #[test]
    fn attributes_and_classes_are_escaped_and_names_kept() {
        let mut h = Html::new();
        h.raw("<div").attr("id", "a\"><script>").raw(">");
        h.open("p", "x\" onclick=\"y").close("p");
        h.open("p", "").close("p");
        assert_eq!(
            h.finish().as_str(),
            "<div id=\"a&quot;&gt;&lt;script&gt;\"><p class=\"x&quot; onclick=&quot;y\"></p><p></p>"
        );
    }

    #[test]
    fn finished_markup_goes_in_as_it_is() {
        let mut inner = Html::new();
        inner.element("b", "", "<i>");
        let inner = inner.finish();
        let mut h = Html::new();
        h.raw("<p>")
            .markup(&inner)
            .markup(&Markup::literal("<br>"))
            .raw("</p>");
        assert_eq!(h.finish().into_string(), "<p><b>&lt;i&gt;</b><br></p>");
    }

    #[test]
    fn numbers_are_written_in_full() {
        let mut h = Html::new();
        h.number(0).raw(" ").number(7).raw(" ").number(1234567);
        assert_eq!(h.finish().as_str(), "0 7 1234567");
    }
}
