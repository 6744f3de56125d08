//! The GOV.UK notification banner that lists problems (with the link followed, or a council's settings).

use naas_core::text::at_most;
use yew::prelude::*;

/// How many different problems a banner lists before "and N more".
const MAX_LISTED: usize = 5;

/// A GOV.UK notification banner listing problems: a title, a heading, the problems (each
/// different one once, at most a handful) and a closing line.
pub fn problem_banner(
    id: &str,
    title: &str,
    heading: &str,
    problems: &[String],
    closing: &str,
) -> Html {
    let title_id = format!("{id}-title");
    html! {
        <section class="govuk-notification-banner" aria-labelledby={title_id.clone()} id={id.to_string()}>
            <div class="govuk-notification-banner__header">
                <h2 class="govuk-notification-banner__title" id={title_id}>{ title.to_string() }</h2>
            </div>
            <div class="govuk-notification-banner__content">
                <p class="govuk-notification-banner__heading">{ heading.to_string() }</p>
                <ul class="govuk-list govuk-list--bullet">
                    { for at_most(problems, MAX_LISTED).into_iter().map(|p| html! { <li>{ p }</li> }) }
                </ul>
                <p class="govuk-body">{ closing.to_string() }</p>
            </div>
        </section>
    }
}
