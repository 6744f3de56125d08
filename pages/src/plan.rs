//! The readiness plan's content: the action plan first, then strengths, then what a user can skip (their ratings, how NAAS assessments worked, where to get support), each fact citing its sources by number, and one list of sources.
//!
//! On a date while NAAS ran, the plan prepares for NAAS as it was. On any later date it is a
//! development plan: each area to develop is one to discuss in supervision, anchored on the
//! statement's own heading, with a CPD entry shaped by Social Work England's record prompts and
//! the renewal rules from the data; nothing about NAAS's assessment or support is shown.

use naas_core::config::Config;
use naas_core::journey::view::{PlanView, View};
use naas_core::readiness::{Readiness, StatementId};

use naas_core::policy::Tense;
use naas_core::text::uncapitalise;

use crate::cite::Citations;
use crate::html::{Html, Markup};
use crate::local;

pub const HEADING: &str = "Your readiness action plan";

/// The plan in three parts, so that the app can put its buttons (download, print) after the
/// intro, and its reminder and save panel after the plan, before what a user can skip.
pub struct PlanPage {
    pub intro: Markup,
    /// The action plan, strengths, and the council's contact and offers.
    pub body: Markup,
    /// The ratings, the background (folded) and the sources.
    pub background: Markup,
}

/// "Statement 3: Child development".
pub fn statement_line(readiness: &Readiness, s: StatementId) -> String {
    let st = readiness.statement(s);
    let mut line = String::from("Statement ");
    line.push_str(&st.number.to_string());
    line.push_str(": ");
    line.push_str(&st.heading);
    line
}

pub fn render(view: &View, plan: &PlanView, config: &Config) -> PlanPage {
    // A plan for a date cites the sources of its time: GOV.UK's page as it stood then.
    let mut cite = Citations::as_at(view.policy, view.date.min(view.today));
    let mut h = Html::new();
    h.raw("<span class=\"govuk-caption-l\">Readiness self-assessment</span><h1 class=\"govuk-heading-l\" tabindex=\"-1\">")
        .raw(HEADING)
        .raw("</h1>");
    intro(&mut h, &mut cite, view, plan);
    let intro = h.finish();

    let mut h = Html::new();
    action_plan(&mut h, &mut cite, view, plan, 2);
    cpd(&mut h, &mut cite, view, plan, 2);
    strengths(&mut h, view.readiness, plan, 2);
    local::lead(&mut h, config);
    local::offers(&mut h, config);
    let body = h.finish();

    let mut h = Html::new();
    details(&mut h, "ratings", "Your ratings", |h| {
        headings_note(h, &mut cite, view, plan);
        crate::summary_list(h, &plan.rows);
    });
    let readiness = view.readiness;
    // After NAAS, nothing of its assessment or its support: the plan is for development now.
    let during_naas = readiness.during_naas(view.date);
    cite.folded(|cite| {
        if !during_naas {
            return;
        }
        details(
            &mut h,
            "how-naas-worked",
            "How NAAS assessments worked",
            |h| {
                cite.para(
                    h,
                    "govuk-body",
                    &readiness.naas_closed.text,
                    &readiness.naas_closed.sources,
                );
                for fact in readiness.assessment.iter() {
                    if let Some(heading) = &fact.heading {
                        h.element("h3", "govuk-heading-s", heading);
                    }
                    cite.para(h, "govuk-body", &fact.text, &fact.sources);
                }
                h.element(
                    "h3",
                    "govuk-heading-s",
                    "The practical steps before an assessment",
                );
                // For an assessed standard, beside each step, whether the user ticked it.
                let assessed = readiness.set(plan.set).assessed;
                let steps: Vec<String> = readiness
                    .check_ids()
                    .map(|id| {
                        let check = readiness.check(id);
                        match (assessed, plan.plan.checks_to_do.contains(&id)) {
                            (false, _) => check.advice.to_string(),
                            (true, false) => {
                                format!("You ticked: {}. {}", check.label, check.advice)
                            }
                            (true, true) => {
                                format!("You did not tick: {}. {}", check.label, check.advice)
                            }
                        }
                    })
                    .collect();
                cite.list(
                    h,
                    steps
                        .iter()
                        .zip(readiness.checks.iter())
                        .map(|(text, c)| (text.as_str(), &*c.sources)),
                );
            },
        );
        details(&mut h, "support", "Where to get support", |h| {
            cite.list(h, readiness.support.iter().map(|s| (&*s.text, &*s.sources)));
        });
    });
    crate::record(&mut h, view, "govuk-body-s");
    cite.sources(&mut h, view.policy);
    PlanPage {
        intro,
        body,
        background: h.finish(),
    }
}

/// What the plan is (a profile of the user's own ratings, against which standard, made when),
/// and what the standard is now.
pub fn intro(h: &mut Html, cite: &mut Citations, view: &View, plan: &PlanView) {
    let set = view.readiness.set(plan.set);
    h.raw("<p class=\"govuk-body-l\">A plan made on ")
        .text(&view.today.long())
        .raw(" from your own ratings against the ")
        .text(&uncapitalise(&set.title));
    // A plan for another date says which, so that a 2019 plan is never read as today's.
    match view.tense {
        Tense::Past => {
            h.raw(", as it stood on ").text(&view.date_label);
        }
        Tense::Future => {
            h.raw(", as it will stand on ").text(&view.date_label);
        }
        Tense::Now => {}
    }
    h.raw(". It is not a score, and it does not predict how you would do in any assessment.</p>");
    h.raw("<div class=\"govuk-inset-text\" id=\"plan-standard\">");
    if let Some(replaced) = set.replaced_by(view.date) {
        h.raw("<p class=\"govuk-body\" id=\"for-reference\"><strong>For reference: this is the standard used until ")
            .text(&replaced.from.previous_long())
            .raw(".</strong></p>");
    }
    cite.para(h, "govuk-body", &set.note, &set.sources);
    if let Some(replaced) = &set.replaced {
        if let Some(text) = replaced.note_on(view.date, view.today) {
            cite.para(h, "govuk-body", text, &replaced.by.sources);
        }
    }
    h.raw("</div>");
}

/// Whose the statement headings are (DfE's) and whose the summaries (ours).
pub fn headings_note(h: &mut Html, cite: &mut Citations, view: &View, plan: &PlanView) {
    let note = &view.readiness.set(plan.set).headings_note;
    cite.para(h, "govuk-body-s", &note.text, &note.sources);
}

/// Each statement rated below confident, with what to do about it: after NAAS, to discuss in
/// supervision, with a CPD entry to fill in.
pub fn action_plan(h: &mut Html, cite: &mut Citations, view: &View, plan: &PlanView, level: usize) {
    let readiness = view.readiness;
    let development = !readiness.during_naas(view.date);
    heading(h, level, "Your action plan", "action-plan-heading");
    if development && !plan.plan.develop.is_empty() {
        h.element(
            "p",
            "govuk-body",
            "For each area: discuss it in supervision, using the statement's heading as the starting point, and record what you do about it as CPD.",
        );
    }
    h.raw("<div id=\"action-plan\">");
    if plan.plan.develop.is_empty() {
        h.element(
            "p",
            "govuk-body",
            "You rated yourself confident on every statement. Keep your examples up to date and talk them through in supervision.",
        );
    }
    for (s, l) in &plan.plan.develop {
        h.raw("<section class=\"app-plan-item\">");
        let mut title = statement_line(readiness, *s);
        title.push_str(" (");
        title.push_str(&readiness.level(*l).label.to_ascii_lowercase());
        title.push(')');
        heading(h, level + 1, &title, "");
        if development {
            let st = readiness.statement(*s);
            h.raw("<p class=\"govuk-body app-supervision\"><strong>To discuss in supervision:</strong> ")
                .text(&st.heading)
                .raw(".</p>");
        }
        cite.list(
            h,
            readiness
                .statement(*s)
                .guidance
                .iter()
                .map(|g| (&*g.text, &*g.sources)),
        );
        if development {
            cpd_entry(h, cite, readiness, *s);
        }
        h.raw("</section>");
    }
    h.raw("</div>");
}

/// A CPD entry for one area, ready to copy into a CPD record: the statement, then each of the
/// record's prompts with room to write.
fn cpd_entry(h: &mut Html, cite: &mut Citations, readiness: &Readiness, s: StatementId) {
    let cpd = &readiness.cpd;
    // The statement is named for copying; on paper it is the heading just above, so not repeated.
    h.raw("<div class=\"app-cpd-entry\"><p class=\"govuk-body govuk-!-margin-bottom-1\"><strong>CPD entry</strong><span class=\"app-cpd-for\"> for ")
        .text(&statement_line(readiness, s))
        .raw("</span>");
    cite.cite(h, &cpd.prompt_sources);
    h.raw("</p><ul class=\"govuk-list app-cpd-prompts\">");
    for prompt in cpd.prompts.iter() {
        h.raw("<li>").text(prompt).raw(":</li>");
    }
    h.raw("</ul></div>");
}

/// Social Work England's CPD rules for registration renewal, as reported on their date: after
/// NAAS only, and only when there are areas to record.
pub fn cpd(h: &mut Html, cite: &mut Citations, view: &View, plan: &PlanView, level: usize) {
    let readiness = view.readiness;
    if readiness.during_naas(view.date) {
        return;
    }
    let cpd = &readiness.cpd;
    heading(h, level, "Your CPD for registration renewal", "cpd-heading");
    h.raw("<div id=\"cpd\"><p class=\"govuk-body\">As reported on ")
        .text(&cpd.as_of.long())
        .raw(":</p>");
    cite.list(h, cpd.rules.iter().map(|r| (&*r.text, &*r.sources)));
    if plan.plan.develop.is_empty() {
        h.element(
            "p",
            "govuk-body",
            "You can record the examples you discuss in supervision as CPD too.",
        );
    }
    h.raw("</div>");
}

/// The statements rated confident.
pub fn strengths(h: &mut Html, readiness: &Readiness, plan: &PlanView, level: usize) {
    heading(h, level, "Your strengths", "strengths-heading");
    if plan.plan.strengths.is_empty() {
        h.element(
            "p",
            "govuk-body",
            "You did not rate yourself confident on any statement yet.",
        );
        return;
    }
    h.raw("<ul class=\"govuk-list govuk-list--bullet\" id=\"strengths\">");
    for s in &plan.plan.strengths {
        h.element("li", "", &statement_line(readiness, *s));
    }
    h.raw("</ul>");
}

/// A GOV.UK details element: a section the user can open or skip.
fn details(h: &mut Html, id: &str, summary: &str, body: impl FnOnce(&mut Html)) {
    h.raw("<details class=\"govuk-details\"")
        .attr("id", id)
        .raw("><summary class=\"govuk-details__summary\"><span class=\"govuk-details__summary-text\">")
        .text(summary)
        .raw("</span></summary><div class=\"govuk-details__text\">");
    body(h);
    h.raw("</div></details>");
}

fn heading(h: &mut Html, level: usize, text: &str, id: &str) {
    let (tag, class) = match level {
        1 => ("h1", "govuk-heading-l"),
        2 => ("h2", "govuk-heading-m"),
        _ => ("h3", "govuk-heading-s"),
    };
    h.start(tag).attr("class", class);
    if !id.is_empty() {
        h.attr("id", id);
    }
    h.raw(">").text(text).close(tag);
}
