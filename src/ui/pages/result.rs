//! The result page: its reading matter rendered by naas-pages from the view, with the app's own actions (print, change your answers, start again) high on the page, print again after the sources, and the save panel at the end.

use naas_core::journey::view::Screen;
use naas_pages::html::Html as Writer;
use yew::prelude::*;

use super::local::save_panel;
use crate::ui::browser;
use crate::ui::components::{markup, reading_page};
use crate::ui::state::{Action, State};

pub fn view(state: &State, actions: &Callback<Action>) -> Html {
    let view = &state.view;
    let Screen::Result(verdict) = &view.screen else {
        return html! {};
    };
    let page = naas_pages::result::render(view, verdict, &state.config);
    let onprint = Callback::from(|_: MouseEvent| browser::print());
    // Only the print button is an element (it handles its click); the two links are markup.
    let mut links = Writer::new();
    links
        .raw("<li>")
        .link(&verdict.change, "Change your answers")
        .raw("</li><li>")
        .raw("<a class=\"govuk-link\" data-saved-action=\"start-again\"")
        .attr("href", &view.links.start_again)
        .raw(">Start again</a></li>");
    reading_page(
        &super::back(state),
        html! {
            <>
                { markup(page.top) }
                <ul class="govuk-list app-actions app-no-print" id="result-actions">
                    <li><button type="button" class="govuk-link app-link-button" onclick={onprint.clone()}>{ "Print or save as PDF" }</button></li>
                    { markup(links.finish()) }
                </ul>
                { markup(page.rest) }
                // Print again at the end, for whoever has read down to the sources.
                <p class="govuk-body app-no-print" id="print-end">
                    <button type="button" class="govuk-link app-link-button" onclick={onprint}>{ "Print or save as PDF" }</button>
                </p>
                { save_panel(state, actions) }
            </>
        },
    )
}
