//! The action plan as a file to keep: one self-contained HTML document, with no script and nothing fetched, that any browser on any device opens and prints.

use naas_core::config::Config;
use naas_core::journey::view::{PlanView, Row, View};

use crate::cite::Citations;
use crate::html::{Html, Markup};
use crate::{local, plan};

/// The file's name: dated, so that plans made on different days sit side by side.
pub fn plan_file_name(view: &View) -> String {
    let mut name = String::from("naas-readiness-action-plan-");
    name.push_str(&view.today.iso());
    name.push_str(".html");
    name
}

/// The plan as a document: when, for which date's rules and against which standard it was made,
/// with which versions of the checker and its rules; the action plan and strengths; the council's
/// contact and offers; every rating and the practical checks done; and the
/// sources with their addresses written out, so that a printed copy still says where they are.
pub fn plan_document(view: &View, plan_view: &PlanView, config: &Config) -> Markup {
    let readiness = view.readiness;
    let set = readiness.set(plan_view.set);
    // A plan for a date cites the sources of its time: GOV.UK's page as it stood then.
    let mut cite = Citations::as_at(view.policy, view.date.min(view.today));
    let mut h = Html::new();
    h.raw("<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\">");
    // The file is opened from disk: it may carry no script and load nothing.
    h.raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">");
    h.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    h.raw("<title>")
        .raw(plan::HEADING)
        .raw(", ")
        .text(&view.today.long())
        .raw("</title><style>")
        .raw(STYLE)
        .raw("</style></head><body><main>");
    h.raw("<h1>").raw(plan::HEADING).raw("</h1>");
    crate::record(&mut h, view, "made");
    h.raw("<p class=\"made\">Standard: ")
        .text(&set.title)
        .raw(".</p>");
    plan::intro(&mut h, &mut cite, view, plan_view);
    plan::action_plan(&mut h, &mut cite, view, plan_view, 2);
    plan::cpd(&mut h, &mut cite, view, plan_view, 2);
    plan::strengths(&mut h, readiness, plan_view, 2);
    // The council's contact and its offers, as the plan on screen has them.
    local::lead(&mut h, config);
    local::offers(&mut h, config);
    h.raw("<h2>Your ratings</h2>");
    plan::headings_note(&mut h, &mut cite, view, plan_view);
    let rows: Vec<Row> = plan_view
        .rows
        .iter()
        .map(|r| Row {
            change: None,
            ..r.clone()
        })
        .collect();
    crate::summary_list(&mut h, &rows);
    // After NAAS the plan is for development now: nothing about how NAAS worked.
    if readiness.during_naas(view.date) {
        cite.para(
            &mut h,
            "",
            &readiness.naas_closed.text,
            &readiness.naas_closed.sources,
        );
    }
    if !cite.is_empty() {
        h.raw("<h2>Sources</h2><ol class=\"sources\">");
        for (n, id) in cite.order().iter().enumerate() {
            let s = view.policy.source(*id);
            h.raw("<li value=\"")
                .number(n + 1)
                .raw("\">")
                .text(&s.title)
                .raw(", ")
                .text(&s.publisher)
                .raw(", ")
                .text(&s.date)
                .raw("<br><a href=\"")
                .text(&s.url)
                .raw("\">")
                .text(&s.url)
                .raw("</a></li>");
        }
        h.raw("</ol>");
    }
    h.raw("</main></body></html>\n");
    h.finish()
}

/// Enough style to read and print well anywhere, with the system's own fonts.
const STYLE: &str = "body{font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,Arial,sans-serif;line-height:1.45;color:#0b0c0c;margin:0;padding:1rem}main{max-width:42rem;margin:0 auto}h1{font-size:1.8rem;margin:0 0 .5rem}h2{font-size:1.3rem;margin:1.5rem 0 .5rem}h3{font-size:1.05rem;margin:1rem 0 .25rem}.made{color:#484949}.govuk-inset-text{border-left:6px solid #b1b4b6;padding-left:.75rem}.govuk-visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}.app-cite{color:#484949;font-size:.9em}dl{margin:0}.govuk-summary-list__row{display:flex;gap:1rem;border-bottom:1px solid #b1b4b6;padding:.3rem 0}dt{font-weight:bold;flex:2}dd{margin:0;flex:1}.sources{font-size:.9rem}.sources a{word-break:break-all}@media print{body{padding:0}a{color:#0b0c0c}}";
