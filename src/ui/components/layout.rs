//! The page frame: skip link, header with the service name, a notice that this is not a government service, main, the block to report a problem, and footer; embedded in a host page, no header and a plain footer line.

use naas_core::config::Config;
use yew::prelude::*;

use super::markup;
use crate::ui::browser;

pub const SERVICE_NAME: &str = "NAAS eligibility checker";

/// Addresses the frame links to on every page.
pub struct FrameLinks {
    /// The start page.
    pub home: String,
    pub about: String,
    pub accessibility: String,
}

/// Frames a page. `config` says which council provides this copy and whether it is embedded in
/// the council's own page, which has its own header and footer, so the checker shows neither.
pub fn layout(links: FrameLinks, config: &Config, content: Html) -> Html {
    // The fragment holds the page's address, so the skip link moves focus instead of navigating.
    let skip = Callback::from(|e: MouseEvent| {
        e.prevent_default();
        browser::focus_id("main-content");
    });
    let embedded = config.embedded == Some(true);
    let FrameLinks {
        home,
        about,
        accessibility,
    } = links;
    // A council that adopts the statement as its own may publish it on its site (statementUrl).
    let own_statement = config
        .accessibility
        .as_ref()
        .and_then(|s| s.statement_url.clone());
    let statement_link = |class: &'static str| match &own_statement {
        Some(url) => html! {
            <a class={class} href={url.clone()} target="_blank" rel="noopener noreferrer">
                { "Accessibility statement" }<span class="app-new-tab">{ " (opens in new tab)" }</span>
            </a>
        },
        None => {
            html! { <a class={class} href={accessibility.clone()}>{ "Accessibility statement" }</a> }
        }
    };
    let footer_links = |class: &'static str| {
        html! {
            <>
                <a class={class} href={about.clone()}>{ "About this checker and its sources" }</a>
                { " " }
                { statement_link(class) }
            </>
        }
    };
    let report = {
        let link = naas_pages::feedback::link(config);
        Callback::from(move |e: MouseEvent| {
            if let Some(link) = &link {
                browser::refresh_report_link(&e, |address| {
                    naas_pages::feedback::report_href(link, address)
                });
            }
        })
    };
    let privacy = "Your answers stay on this device. This checker sends nothing to any server and sets no cookies.";
    html! {
        <>
            <a href="#main-content" class="govuk-skip-link" onclick={skip}>{ "Skip to main content" }</a>
            if !embedded {
                <header class="app-header">
                    <div class="govuk-width-container app-header__container">
                        if let Some(org) = &config.organisation {
                            <span class="app-header__organisation">{ org.clone() }</span>
                        }
                        <a href={home} class="app-header__service-name">{ SERVICE_NAME }</a>
                    </div>
                </header>
            }
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
            // GOV.UK's Feedback component, before the footer: how to report a problem with this
            // very page. The link carries the page's address, read again when it is followed in
            // case the address was settled after the page was drawn.
            <div onclick={report}>{ markup(naas_pages::feedback::render(config, &browser::address())) }</div>
            if embedded {
                <div class="govuk-width-container">
                    <footer class="app-embedded-footer">
                        <p class="govuk-body-s">{ footer_links("govuk-link") }{ ". " }{ privacy }</p>
                    </footer>
                </div>
            }
            if !embedded {
                <footer class="govuk-footer">
                    <div class="govuk-width-container">
                        <div class="govuk-footer__meta">
                            <div class="govuk-footer__meta-item govuk-footer__meta-item--grow">
                                <h2 class="govuk-visually-hidden">{ "About this checker" }</h2>
                                <ul class="govuk-footer__inline-list">
                                    <li class="govuk-footer__inline-list-item">
                                        <a class="govuk-footer__link" href={about.clone()}>{ "About this checker and its sources" }</a>
                                    </li>
                                    <li class="govuk-footer__inline-list-item">
                                        { statement_link("govuk-footer__link") }
                                    </li>
                                </ul>
                                <p class="govuk-footer__licence-description">{ privacy }</p>
                            </div>
                        </div>
                    </div>
                </footer>
            }
        </>
    }
}
