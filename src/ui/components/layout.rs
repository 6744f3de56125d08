//! The page frame: skip link, header with the service name, a notice that this is not a government service, main and footer.

use yew::prelude::*;

use crate::ui::browser;

pub const SERVICE_NAME: &str = "NAAS eligibility checker";

/// Frames a page. `home`, `about` and `accessibility` are the addresses of the start page, the
/// about page and the accessibility statement;
/// `organisation` is the council that provides this copy, if it said.
pub fn layout(
    home: String,
    (about, accessibility): (String, String),
    organisation: Option<&str>,
    content: Html,
) -> Html {
    // The fragment holds the page's address, so the skip link moves focus instead of navigating.
    let skip = Callback::from(|e: MouseEvent| {
        e.prevent_default();
        browser::focus_id("main-content");
    });
    html! {
        <>
            <a href="#main-content" class="govuk-skip-link" onclick={skip}>{ "Skip to main content" }</a>
            <header class="app-header">
                <div class="govuk-width-container app-header__container">
                    if let Some(org) = organisation {
                        <span class="app-header__organisation">{ org.to_string() }</span>
                    }
                    <a href={home} class="app-header__service-name">{ SERVICE_NAME }</a>
                </div>
            </header>
            <div class="govuk-width-container">
                <div class="govuk-phase-banner">
                    <p class="govuk-phase-banner__content">
                        <strong class="govuk-tag govuk-phase-banner__content__tag">{ "Independent" }</strong>
                        <span class="govuk-phase-banner__text">
                            { "This is not a government service. It explains published sources." }
                        </span>
                    </p>
                </div>
                <main class="govuk-main-wrapper" id="main-content" tabindex="-1">
                    { content }
                </main>
            </div>
            <footer class="govuk-footer">
                <div class="govuk-width-container">
                    <div class="govuk-footer__meta">
                        <div class="govuk-footer__meta-item govuk-footer__meta-item--grow">
                            <h2 class="govuk-visually-hidden">{ "About this checker" }</h2>
                            <ul class="govuk-footer__inline-list">
                                <li class="govuk-footer__inline-list-item">
                                    <a class="govuk-footer__link" href={about}>{ "About this checker and its sources" }</a>
                                </li>
                                <li class="govuk-footer__inline-list-item">
                                    <a class="govuk-footer__link" href={accessibility}>{ "Accessibility statement" }</a>
                                </li>
                            </ul>
                            <p class="govuk-footer__licence-description">
                                { "Your answers stay on this device. This checker sends nothing to any server and sets no cookies." }
                            </p>
                        </div>
                    </div>
                </div>
            </footer>
        </>
    }
}
