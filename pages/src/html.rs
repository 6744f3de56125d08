//! `Html`: a page being written as text, where everything from outside (the data, a council's settings, the user's answers) goes through escaping.

/// Markup under construction. [`Html::raw`] takes markup written in this crate; everything else
/// goes through [`Html::text`], which escapes it, so outside text can never become markup.
#[derive(Default)]
pub struct Html {
    out: String,
}

impl Html {
    pub fn new() -> Html {
        Html {
            out: String::with_capacity(4096),
        }
    }

    /// Markup written in this crate, never outside text.
    pub fn raw(&mut self, markup: &str) -> &mut Html {
        self.out.push_str(markup);
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

    /// `<tag class="class">text</tag>`, the text escaped.
    pub fn element(&mut self, tag: &str, class: &str, text: &str) -> &mut Html {
        self.open(tag, class).text(text).close(tag)
    }

    /// `<tag class="class">`; no class attribute when `class` is empty.
    pub fn open(&mut self, tag: &str, class: &str) -> &mut Html {
        self.raw("<").raw(tag);
        if !class.is_empty() {
            self.raw(" class=\"").raw(class).raw("\"");
        }
        self.raw(">")
    }

    pub fn close(&mut self, tag: &str) -> &mut Html {
        self.raw("</").raw(tag).raw(">")
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

    pub fn finish(self) -> String {
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::Html;

    #[test]
    fn outside_text_never_becomes_markup() {
        let mut h = Html::new();
        h.element("p", "govuk-body", "<script>alert('x')</script> & \"q\"");
        h.link("#/q/role?date=2019-10-05&role=frontline", "Go");
        assert_eq!(
            h.finish(),
            "<p class=\"govuk-body\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;</p>\
             <a class=\"govuk-link\" href=\"#/q/role?date=2019-10-05&amp;role=frontline\">Go</a>"
        );
    }

    #[test]
    fn numbers_are_written_in_full() {
        let mut h = Html::new();
        h.number(0).raw(" ").number(7).raw(" ").number(1234567);
        assert_eq!(h.finish(), "0 7 1234567");
    }
}
