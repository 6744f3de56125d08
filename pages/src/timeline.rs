//! The timeline of what applied when: the standards, programmes and assessment from the view, as an accessible list with dates and sources, and the same drawn as inline SVG (in the page's own styles, no library) with the date checked marked.
//!
//! The list is what assistive technology reads; the drawing repeats it for the eye and is
//! hidden from the accessibility tree. The drawing uses only presentation attributes and classes
//! (no inline style), so it works under the checker's Content-Security-Policy, and prints.

use naas_core::date::Date;
use naas_core::journey::view::{Relation, TimelineRow, View};
use naas_core::policy::PeriodKind;

use crate::cite::Citations;
use crate::html::Html;

/// The first year the drawing shows: before NAAS, when the first statements were published.
const FIRST_YEAR: u32 = 2015;
/// Width of the drawing's units, and the left and right margins of its bars.
const WIDTH: usize = 640;
const LEFT: usize = 8;
const RIGHT: usize = 8;
/// Height of one period's row: its name above, its bar below.
const ROW: usize = 36;

/// The section, under an h2: each period cites its sources with the page's other citations
/// where the page numbers them (`cite`), or names them under itself (About).
pub fn render(h: &mut Html, view: &View, mut cite: Option<&mut Citations>) {
    if view.timeline.is_empty() {
        return;
    }
    let last_year = view.last_year();
    h.raw("<h2 class=\"govuk-heading-m\" id=\"timeline\">What applied when</h2>");
    h.raw("<p class=\"govuk-body\">The standards, programmes and assessment for child and family social work in England, with the date checked, ")
        .text(&view.date_label)
        .raw(", marked.</p>");
    drawing(h, view, last_year);
    h.raw("<ul class=\"govuk-list app-timeline-list\">");
    for row in &view.timeline {
        h.raw("<li><strong>")
            .text(&row.period.name)
            .raw("</strong>: ");
        h.text(&row.when).raw(". ").text(&row.period.scope);
        if let Some(cite) = cite.as_deref_mut() {
            cite.cite(h, &row.sources);
        }
        h.raw(" <span class=\"app-timeline-relation\">(")
            .text(&relation(row, &view.date_label))
            .raw(")</span>");
        if cite.is_none() {
            crate::sources_line(h, view.policy, &row.sources);
        }
        h.raw("</li>");
    }
    h.raw("</ul>");
}

/// "In force on 7 December 2026", "Ended before 7 December 2026", "Still to come on 7 December
/// 2026": where the date checked falls.
fn relation(row: &TimelineRow, date: &str) -> String {
    let word = match row.relation {
        Relation::InForce => "In force on ",
        Relation::Ended => "Ended before ",
        Relation::ToCome => "Still to come on ",
    };
    let mut out = String::from(word);
    out.push_str(date);
    out
}

/// The periods as bars on a line of years, with the date checked as a vertical line.
fn drawing(h: &mut Html, view: &View, last_year: u32) {
    let rows = view.timeline.len();
    let height = 28 + rows * ROW;
    let x = |date: Date| position(date, last_year);
    h.raw("<svg class=\"app-timeline-chart\" xmlns=\"http://www.w3.org/2000/svg\" aria-hidden=\"true\" focusable=\"false\" viewBox=\"0 0 ");
    h.number(WIDTH).raw(" ").number(height).raw("\">");
    // Years along the top, every other year.
    let mut year = FIRST_YEAR;
    while year <= last_year {
        let at = x(Date::new(year, 1, 1).unwrap_or(view.date));
        h.raw("<line class=\"app-timeline-year\" x1=\"")
            .number(at)
            .raw("\" x2=\"")
            .number(at)
            .raw("\" y1=\"16\" y2=\"")
            .number(height)
            .raw("\"/>");
        if (year - FIRST_YEAR).is_multiple_of(2) {
            h.raw("<text class=\"app-timeline-label\" x=\"")
                .number(at + 2)
                .raw("\" y=\"12\">")
                .number(year as usize)
                .raw("</text>");
        }
        year += 1;
    }
    for (i, row) in view.timeline.iter().enumerate() {
        let top = 24 + i * ROW;
        let from = row.span.from.map_or(LEFT, |f| x(f.date));
        let to = row.span.before.map_or(WIDTH - RIGHT, |b| x(b.date));
        // The name at the left edge, above its bar, so that it stays inside the drawing.
        h.raw("<text class=\"app-timeline-label\" x=\"")
            .number(LEFT)
            .raw("\" y=\"")
            .number(top + 10)
            .raw("\">")
            .text(&row.period.name)
            .raw("</text>");
        h.raw("<rect class=\"app-timeline-bar ");
        match row.period.kind {
            PeriodKind::Standard => h.raw("app-timeline-bar--standard"),
            PeriodKind::Programme => h.raw("app-timeline-bar--programme"),
            PeriodKind::Assessment => h.raw("app-timeline-bar--assessment"),
        };
        h.raw("\" x=\"")
            .number(from)
            .raw("\" y=\"")
            .number(top + 14)
            .raw("\" width=\"")
            .number(to.saturating_sub(from).max(2))
            .raw("\" height=\"12\"/>");
    }
    let at = x(view.date);
    h.raw("<line class=\"app-timeline-marker\" x1=\"")
        .number(at)
        .raw("\" x2=\"")
        .number(at)
        .raw("\" y1=\"14\" y2=\"")
        .number(height)
        .raw("\"/>");
    h.raw("</svg>");
}

/// Where a date falls across the drawing, by month and day, clamped to its ends.
fn position(date: Date, last_year: u32) -> usize {
    let months = (last_year + 1 - FIRST_YEAR) as usize * 12;
    let year = date.year().clamp(FIRST_YEAR, last_year + 1);
    let month = if date.year() < FIRST_YEAR {
        0
    } else if date.year() > last_year {
        months * 31
    } else {
        ((year - FIRST_YEAR) as usize * 12 + date.month() as usize - 1) * 31 + date.day() as usize
            - 1
    };
    LEFT + month.min(months * 31) * (WIDTH - LEFT - RIGHT) / (months * 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    #[test]
    fn dates_fall_in_order_across_the_drawing_and_stay_inside_it() {
        let last = 2028;
        let points: Vec<usize> = [
            "2014-06-01",
            "2015-01-01",
            "2018-07-01",
            "2027-04-01",
            "2028-12-31",
            "2035-01-01",
        ]
        .iter()
        .map(|d| position(date(d), last))
        .collect();
        assert_eq!(points[0], LEFT);
        assert_eq!(points[1], LEFT);
        assert!(points.windows(2).all(|w| w[0] <= w[1]), "{points:?}");
        assert!(points[2] < points[3] && points[3] < points[4]);
        assert_eq!(points[5], WIDTH - RIGHT);
        assert!(points[4] <= WIDTH - RIGHT);
    }
}
