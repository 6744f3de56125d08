//! About: NAAS over time, how the checker works, privacy, accessibility, every source, and the version.

use yew::prelude::*;

use super::local::config_notice;
use crate::ui::components::{back_link, external_link, source_links};
use crate::ui::state::State;
use naas_core::policy::Span;

pub const HEADING: &str = "About NAAS and this checker";

pub fn view(state: &State) -> Html {
    let policy = state.policy;
    let back = super::back(state);
    html! {
        <>
            { back_link(back) }
            <div class="govuk-grid-row">
                <div class="govuk-grid-column-two-thirds">
                    { config_notice(state) }
                    <h1 class="govuk-heading-l" tabindex="-1">{ HEADING }</h1>

                    <h2 class="govuk-heading-m">{ "NAAS over time" }</h2>
                    <dl class="govuk-summary-list app-timeline">
                        { for policy.statuses.iter().map(|s| html! {
                            <div class="govuk-summary-list__row">
                                <dt class="govuk-summary-list__key">{ period(&s.span) }</dt>
                                <dd class="govuk-summary-list__value">
                                    <p class="govuk-body">{ s.value.text.to_string() }</p>
                                    { source_links(policy, &s.sources) }
                                </dd>
                            </div>
                        }) }
                    </dl>

                    <h2 class="govuk-heading-m">{ "How this checker works" }</h2>
                    <p class="govuk-body">
                        { "The questions, dates, councils, rules and outcomes are data, kept apart from the program. The checker tries the rules in order and the first one that fits your answers decides the result. Every result lists the rules that decided it, each with its sources." }
                    </p>
                    <p class="govuk-body">
                        { "Where the sources are silent or disagree, the checker says that it is unclear and who to ask, rather than guessing. The list of councils is incomplete because the full list of NAAS sites was not published in the sources we found." }
                    </p>
                    <p class="govuk-body">{ format!("Rules version {}, compiled on {}.", policy.meta.version, policy.meta.compiled.long()) }</p>

                    <h2 class="govuk-heading-m">{ "Your privacy" }</h2>
                    <p class="govuk-body">
                        { "The checker runs entirely in your browser. Your answers are kept in the page address after the # sign, which browsers never send to a server. The checker sets no cookies, has no analytics and loads nothing from other websites." }
                    </p>

                    <h2 class="govuk-heading-m">{ "Accessibility" }</h2>
                    <p class="govuk-body">
                        { "The checker follows the GOV.UK Design System and aims to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA. You can use it with a keyboard alone, with a screen reader, at 320 pixels wide and at 200% zoom. Each page is checked automatically with axe in a real browser." }
                    </p>

                    <h2 class="govuk-heading-m">{ "Sources" }</h2>
                    <ul class="govuk-list app-source-list">
                        { for policy.sources.iter().map(|s| html! {
                            <li>{ external_link(&s.url, &s.title) }{ format!(", {}, {}", s.publisher, s.date) }</li>
                        }) }
                    </ul>

                    <h2 class="govuk-heading-m">{ "Version" }</h2>
                    <p class="govuk-body">{ format!("NAAS checker {}", env!("CARGO_PKG_VERSION")) }</p>
                </div>
            </div>
        </>
    }
}

/// "Before July 2018", "From July 2018 to 16 March 2020", "From March 2022".
fn period(span: &Span) -> String {
    match (span.from, span.before) {
        (None, Some(b)) => format!("Before {}", b.long()),
        (Some(f), Some(b)) => format!("From {} to {}", f.long(), b.previous_long()),
        (Some(f), None) => format!("From {}", f.long()),
        (None, None) => "Always".into(),
    }
}
