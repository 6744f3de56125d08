//! The result page's content: the answer, what it means now, why, and what happened next or applies now, each fact citing its sources by number, then what is good to know, the answers given, the council's own contacts (and its offers, where the user could take part), and one list of sources.

use naas_core::config::Config;
use naas_core::journey::view::{Verdict, View};
use naas_core::policy::{OutcomeKind, Tense};
use naas_core::text::{capitalise, uncapitalise};

use crate::cite::Citations;
use crate::html::{Html, Markup};
use crate::local;

/// The result in two parts, so that the app can put its actions (print, change your answers,
/// start again) between them, high on the page: `top` is the answer and what it means now;
/// `rest` is why, what to do, and the details.
pub struct ResultPage {
    pub top: Markup,
    pub rest: Markup,
}

pub fn render(view: &View, verdict: &Verdict, config: &Config) -> ResultPage {
    let mut cite = Citations::new();
    let page = write(view, verdict, config, &mut cite);
    // Written again when paper's source numbers would skip (see Citations::print_first).
    match cite.print_first() {
        Some(mut renumbered) => write(view, verdict, config, &mut renumbered),
        None => page,
    }
}

fn write(view: &View, verdict: &Verdict, config: &Config, cite: &mut Citations) -> ResultPage {
    let policy = view.policy;
    let mut h = Html::new();
    h.open("span", "govuk-caption-l");
    if view.now() {
        h.raw("Your result for today, ");
    } else {
        h.raw("Your result for ");
    }
    h.text(&view.date_label).close("span");
    h.raw("<h1 class=\"govuk-heading-l\" tabindex=\"-1\">")
        .text(&verdict.title)
        .raw("</h1>");
    let Some(outcome) = verdict.outcome else {
        h.element(
            "p",
            "govuk-body-l",
            "The rules do not cover this combination of answers. Ask your employer's NAAS lead or principal social worker.",
        );
        return ResultPage {
            top: h.finish(),
            rest: Markup::default(),
        };
    };
    let label = kind_label(outcome.kind);
    // The tag sums the result up in a word or two; where the title already says it, it would
    // only repeat it. A closed result leads with what applies instead, and says NAAS closed
    // among its reasons, so it has none.
    if outcome.kind != OutcomeKind::Closed && !says(&verdict.title, label) {
        h.raw("<p class=\"govuk-body\"><strong class=\"govuk-tag ")
            .text(tag_class(outcome.kind))
            .raw("\">")
            .text(label)
            .raw("</strong></p>");
    }
    h.raw("<p class=\"govuk-body-l\" id=\"result-summary\">")
        .text(&verdict.summary)
        .raw("</p>");
    if !verdict.lead_notes.is_empty() {
        // What the result means now: for a past date, that none of it can be done today.
        h.raw("<div class=\"govuk-inset-text\" id=\"result-now\">");
        for note in &verdict.lead_notes {
            cite.para(&mut h, "govuk-body", &note.text, note.sources);
        }
        h.raw("</div>");
    }
    if let Some(ask) = &verdict.ask {
        h.raw("<div class=\"govuk-inset-text\" id=\"who-to-ask\"><h2 class=\"govuk-heading-s\">Who to ask</h2>");
        h.element("p", "govuk-body", &capitalise(ask));
        h.raw("</div>");
    }
    let top = h.finish();

    let mut h = Html::new();
    if !verdict.reasons.is_empty() {
        h.raw("<h2 class=\"govuk-heading-m\" id=\"why\">Why</h2>");
        h.open("ol", "govuk-list govuk-list--number app-reasons");
        for reason in &verdict.reasons {
            h.open("li", "").text(&reason.text);
            cite.cite(&mut h, &reason.sources);
            h.close("li");
        }
        h.close("ol");
    }
    if !verdict.next.is_empty() && view.now() {
        h.element("h2", "govuk-heading-m", "What happens next");
        cite.list(&mut h, verdict.next.iter().map(|i| (&*i.text, i.sources)));
    } else if !verdict.next.is_empty() {
        // Of that time only: a section the user can open or skip.
        h.raw("<details class=\"govuk-details\" id=\"then\"><summary class=\"govuk-details__summary\"><span class=\"govuk-details__summary-text\">What happened next, at that time</span></summary><div class=\"govuk-details__text\">");
        cite.folded(|cite| cite.list(&mut h, verdict.next.iter().map(|i| (&*i.text, i.sources))));
        h.raw("</div></details>");
    }
    if !verdict.instead.is_empty() {
        h.element(
            "h2",
            "govuk-heading-m",
            match view.tense {
                Tense::Now => "What applies now",
                Tense::Future => "What is announced",
                Tense::Past => "What you can do instead",
            },
        );
        cite.list(
            &mut h,
            verdict.instead.iter().map(|i| (&*i.text, i.sources)),
        );
    }
    local::lead(&mut h, config);
    if !verdict.notes.is_empty() {
        h.raw("<h2 class=\"govuk-heading-m\" id=\"good-to-know\">Good to know</h2>");
        cite.list(&mut h, verdict.notes.iter().map(|i| (&*i.text, i.sources)));
    }
    h.raw("<h2 class=\"govuk-heading-m app-no-print\">Check your readiness</h2>");
    if verdict.not_covered {
        // The self-assessment holds the child and family statements only: said plainly, and
        // not offered as if it fitted.
        let note = &view.readiness.not_covered;
        h.raw("<div class=\"app-no-print\" id=\"readiness-not-covered\">");
        // Not on paper, so its sources are numbered as a folded section's are.
        cite.folded(|cite| cite.para(&mut h, "govuk-body", &note.text, &note.sources));
        h.raw("<p class=\"govuk-body\"><a class=\"govuk-link\" id=\"to-readiness\" href=\"")
            .text(&view.links.readiness)
            .raw("\">See the child and family statements anyway</a></p></div>");
    } else {
        h.raw("<p class=\"govuk-body app-no-print\"><a class=\"govuk-link\" id=\"to-readiness\" href=\"")
            .text(&view.links.readiness)
            .raw("\">");
        match (verdict.standard, verdict.reference) {
            (Some(set), _) => h
                .raw("Rate yourself against the ")
                .text(&uncapitalise(&view.readiness.set(set).title))
                .raw(", and get an action plan"),
            // Another standard applies on the date: the old one only for reference.
            (None, Some(set)) => {
                let set = view.readiness.set(set);
                let until = set
                    .replaced
                    .as_ref()
                    .map(|r| r.from.previous_long())
                    .unwrap_or_default();
                h.raw("Rate yourself against the ")
                    .text(&uncapitalise(&set.title))
                    .raw(", the standard used until ")
                    .text(&until)
                    .raw(", for reference")
            }
            (None, None) => {
                h.raw("Rate yourself against the post-qualifying standards, and get an action plan")
            }
        };
        h.raw("</a></p>");
    }
    crate::timeline::render(&mut h, view, Some(cite));
    h.raw("<h2 class=\"govuk-heading-m\">Your answers</h2>");
    crate::summary_list(&mut h, &verdict.rows);
    crate::record(&mut h, view, "govuk-body-s");
    // The council's offers of support are on the readiness plan, which is about the standards in
    // force now: every result is about NAAS, which nobody can take now, so none is offered here.
    cite.sources(&mut h, policy);
    ResultPage {
        top,
        rest: h.finish(),
    }
}

/// Whether the title says the label's words, in any case (ASCII: the labels are).
fn says(title: &str, label: &str) -> bool {
    title
        .to_ascii_lowercase()
        .contains(&label.to_ascii_lowercase())
}

fn kind_label(kind: OutcomeKind) -> &'static str {
    match kind {
        OutcomeKind::Eligible => "Could take part",
        OutcomeKind::OtherRoute => "Another route",
        OutcomeKind::NotYet => "Not yet",
        OutcomeKind::Paused => "Paused",
        OutcomeKind::Closed => "Closed",
        OutcomeKind::NotStarted => "Not started",
        OutcomeKind::NotInScope => "Not in scope",
        OutcomeKind::Unclear => "Unclear",
    }
}

fn tag_class(kind: OutcomeKind) -> &'static str {
    match kind {
        OutcomeKind::Eligible => "govuk-tag--green",
        OutcomeKind::OtherRoute => "govuk-tag--teal",
        OutcomeKind::NotYet => "govuk-tag--yellow",
        OutcomeKind::Paused => "govuk-tag--orange",
        OutcomeKind::Closed | OutcomeKind::NotStarted => "govuk-tag--grey",
        OutcomeKind::NotInScope => "govuk-tag--red",
        OutcomeKind::Unclear => "govuk-tag--purple",
    }
}
