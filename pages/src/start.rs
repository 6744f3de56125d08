//! The start page's content: what the checker does, NAAS's status today (and on a council's fixed date), privacy, and "Start now". The build also writes it into the page itself, so it shows before the WebAssembly arrives.

use naas_core::journey::view::{Screen, View};

use crate::cite::Citations;
use crate::html::{Html, Markup};

pub const HEADING: &str = "Check if you could take the NAAS assessment";

pub fn render(view: &View) -> Markup {
    render_with(view, None)
}

/// The start page for a device with answers saved at `saved`: in place of "Start now", the
/// choice to continue them or to start again (which leaves them saved until new ones are).
pub fn render_with(view: &View, saved: Option<&str>) -> Markup {
    let questions = match view.screen {
        Screen::Start { questions } => questions,
        _ => 0,
    };
    let mut cite = Citations::new();
    let mut h = Html::new();
    h.raw("<h1 class=\"govuk-heading-xl\" tabindex=\"-1\">")
        .raw(HEADING)
        .raw("</h1>");
    h.raw("<p class=\"govuk-body\">Find out whether you could take, or could have taken, an assessment under the National Assessment and Accreditation System (NAAS) for child and family social workers in England, and why. If NAAS has closed by the date you check, it tells you what applies instead.</p>");
    h.raw("<div class=\"govuk-inset-text\" id=\"status\">");
    if view.date_fixed {
        // The council checks the rules as they stood on its own date: say so, and never let
        // that date's status read as today's.
        h.raw("<p class=\"govuk-body\">This copy of the checker checks the rules as they stood on <strong>")
            .text(&view.date.long())
            .raw("</strong>.</p>");
        if let Some(then) = view.status {
            h.raw("<p class=\"govuk-body\"><strong>On ")
                .text(&view.date.long())
                .raw(":</strong> ")
                .text(&then.value.text);
            cite.cite(&mut h, &then.sources);
            h.raw("</p>");
        }
    }
    if let Some(now) = view
        .status_today
        .or(view.status.filter(|_| !view.date_fixed))
    {
        // "Today", not the date: the build writes this page into the HTML, read on any day.
        h.raw("<p class=\"govuk-body\"><strong>Today:</strong> ")
            .text(&now.value.text);
        cite.cite(&mut h, &now.sources);
        h.raw("</p>");
    }
    h.raw("</div>");
    if questions == 0 {
        h.raw("<p class=\"govuk-body\">On that date the answer is the same for everyone, so it asks no questions.");
    } else if questions == 1 {
        h.raw("<p class=\"govuk-body\">It asks one question and takes about a minute.");
    } else {
        h.raw("<p class=\"govuk-body\">It asks up to ")
            .number(questions)
            .raw(" questions and takes about 2 minutes.");
    }
    if !view.date_fixed {
        h.raw(" You can check today, or the rules as they stood on another date, for example while NAAS was running.");
    }
    h.raw("</p>");
    h.raw("<p class=\"govuk-body\"><strong>Your privacy:</strong> your answers stay on this device. Nothing you enter is sent anywhere.</p>");
    if let Some(saved) = saved {
        h.raw("<div class=\"govuk-button-group\"><a href=\"")
            .text(saved)
            .raw("\" role=\"button\" draggable=\"false\" class=\"govuk-button\" data-saved-action=\"continue\">Continue where you left off</a><a href=\"")
            .text(&view.links.begin)
            .raw("\" role=\"button\" draggable=\"false\" class=\"govuk-button govuk-button--secondary\" data-saved-action=\"start-again\">Start again</a></div><p class=\"govuk-body\">Starting again leaves your saved answers as they are, unless you choose to save the new ones instead.</p>");
    } else {
        start_button(&mut h, &view.links.begin);
    }
    h.raw("<h2 class=\"govuk-heading-m\">Also in this checker</h2><p class=\"govuk-body\"><a class=\"govuk-link\" href=\"")
        .text(&view.links.readiness)
        .raw("\">Check how ready you are: rate yourself against the post-qualifying standards and get an action plan</a></p>");
    cite.sources(&mut h, view.policy);
    h.finish()
}

/// GOV.UK's start button.
fn start_button(h: &mut Html, begin: &str) {
    h.raw("<a href=\"")
        .text(begin)
        .raw("\" role=\"button\" draggable=\"false\" class=\"govuk-button govuk-button--start\">Start now<svg class=\"govuk-button__start-icon\" xmlns=\"http://www.w3.org/2000/svg\" width=\"17.5\" height=\"19\" viewBox=\"0 0 33 40\" aria-hidden=\"true\" focusable=\"false\"><path fill=\"currentColor\" d=\"M0 0h13l20 20-20 20H0l20-20z\"></path></svg></a>");
}
