//! Sources cited by number, as a well-referenced article does: each source once in a list at the end, numbered in the order first cited.

use naas_core::date::Date;
use naas_core::policy::{Policy, SourceId};

use crate::html::Html;

/// The site a link goes to ("www.gov.uk"): on paper, a short note of where a source is.
pub fn host(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    rest.split(['/', '?', '#']).next().unwrap_or(rest)
}

/// The sources cited so far, in the order first cited, and which of them are cited where paper
/// shows them (outside the folded sections, which print closed).
#[derive(Default)]
pub struct Citations<'p> {
    order: Vec<SourceId>,
    printed: Vec<SourceId>,
    folded: bool,
    /// A page about this date cites, of each text's sources, those of its time
    /// ([`Policy::of_the_time`]).
    of_the_time: Option<(&'p Policy, Date)>,
}

impl<'p> Citations<'p> {
    pub fn new() -> Citations<'p> {
        Citations::default()
    }

    /// Citations for a page about `as_at`: each text cites the sources of that time.
    pub fn as_at(policy: &'p Policy, as_at: Date) -> Citations<'p> {
        Citations {
            of_the_time: Some((policy, as_at)),
            ..Citations::default()
        }
    }

    /// Cites what `body` writes as inside a folded section (GOV.UK details), which prints
    /// closed, or anything else paper does not show: a source cited only there is left off the
    /// printed list of sources.
    pub fn folded<T>(&mut self, body: impl FnOnce(&mut Citations<'p>) -> T) -> T {
        let was = std::mem::replace(&mut self.folded, true);
        let out = body(self);
        self.folded = was;
        out
    }

    /// When a source first cited in a folded section comes before a source cited where paper
    /// shows it, paper's numbers would skip (7, then 9): then the numbering for writing the page
    /// again, with the printed sources first (in the order first cited) and the rest after, so
    /// that paper runs 1, 2, 3 and the screen still lists every number once. `None` when the
    /// numbers already run so.
    pub fn print_first(&self) -> Option<Citations<'p>> {
        if self.order[..self.printed.len().min(self.order.len())] == self.printed[..] {
            return None;
        }
        let mut order = self.printed.clone();
        order.extend(self.order.iter().filter(|s| !self.printed.contains(s)));
        Some(Citations {
            order,
            of_the_time: self.of_the_time,
            ..Citations::default()
        })
    }

    /// The number of a source, giving it the next one the first time it is cited.
    pub fn number(&mut self, source: SourceId) -> usize {
        if !self.folded && !self.printed.contains(&source) {
            self.printed.push(source);
        }
        match self.order.iter().position(|s| *s == source) {
            Some(i) => i + 1,
            None => {
                self.order.push(source);
                self.order.len()
            }
        }
    }

    /// Writes " (source 2)" or " (sources 1, 3)" after a sourced text; nothing when unsourced.
    pub fn cite(&mut self, h: &mut Html, sources: &[SourceId]) {
        if sources.is_empty() {
            return;
        }
        let of_time;
        let sources = match self.of_the_time {
            Some((policy, as_at)) => {
                of_time = policy.of_the_time(sources, as_at);
                &of_time[..]
            }
            None => sources,
        };
        h.raw(" <span class=\"app-cite\">(");
        if sources.len() == 1 {
            h.raw("source ");
        } else {
            h.raw("sources ");
        }
        for (i, s) in sources.iter().enumerate() {
            if i > 0 {
                h.raw(", ");
            }
            let n = self.number(*s);
            h.number(n);
        }
        h.raw(")</span>");
    }

    /// A paragraph of sourced text with its citation.
    pub fn para(&mut self, h: &mut Html, class: &str, text: &str, sources: &[SourceId]) {
        h.open("p", class).text(text);
        self.cite(h, sources);
        h.close("p");
    }

    /// A bulleted list of sourced texts, each with its citation.
    pub fn list<'a>(
        &mut self,
        h: &mut Html,
        items: impl Iterator<Item = (&'a str, &'a [SourceId])>,
    ) {
        h.open("ul", "govuk-list govuk-list--bullet app-sourced");
        for (text, sources) in items {
            h.open("li", "").text(text);
            self.cite(h, sources);
            h.close("li");
        }
        h.close("ul");
    }

    /// The "Sources" section: every source cited, once, numbered, with its title (a link),
    /// publisher and date.
    pub fn sources(&self, h: &mut Html, policy: &Policy) {
        if self.order.is_empty() {
            return;
        }
        h.raw("<h2 class=\"govuk-heading-m\" id=\"sources\">Sources</h2>");
        h.open("ol", "govuk-list govuk-list--number app-source-list");
        for (i, id) in self.order.iter().enumerate() {
            let s = policy.source(*id);
            // Cited only in folded sections: on screen, not on paper. Each item says its own
            // number, so that on paper, with such items left out, the rest keep the numbers the
            // text cites rather than being counted again from 1.
            h.raw("<li value=\"").number(i + 1).raw("\"");
            if !self.printed.contains(id) {
                h.raw(" class=\"app-no-print\"");
            }
            h.raw(">")
                .external(&s.url, &s.title)
                .raw("<span class=\"app-print-only\"> (")
                .text(host(&s.url))
                .raw(")</span>, ")
                .text(&s.publisher)
                .raw(", ")
                .text(&s.date)
                .close("li");
        }
        h.close("ol");
    }

    pub fn is_empty(&self) -> bool {
        self.order.is_empty()
    }

    /// The sources cited, in the order of their numbers.
    pub fn order(&self) -> &[SourceId] {
        &self.order
    }
}
