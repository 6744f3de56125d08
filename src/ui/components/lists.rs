//! Lists: links to sources and other sites (new tab, said aloud), and the GOV.UK summary list.

use yew::prelude::*;

use naas_core::policy::{Policy, SourceId};

/// A link to another site, opening in a new tab, which the link text says.
pub fn external_link(href: &str, text: &str) -> Html {
    html! {
        <a class="govuk-link" href={href.to_string()} target="_blank" rel="noopener noreferrer">
            { text.to_string() }{ " (opens in new tab)" }
        </a>
    }
}

/// "Source:" or "Sources:" and each source's title (linked), publisher and date.
pub fn source_links(policy: &Policy, sources: &[SourceId]) -> Html {
    if sources.is_empty() {
        return html! {};
    }
    let label = if sources.len() == 1 {
        "Source:"
    } else {
        "Sources:"
    };
    html! {
        <div class="app-sources">
            <span class="app-sources__label">{ label }</span>
            <ul class="govuk-list app-sources__list">
                { for sources.iter().map(|id| {
                    let s = policy.source(*id);
                    html! {
                        <li>{ external_link(&s.url, &s.title) }{ format!(", {}, {}", s.publisher, s.date) }</li>
                    }
                }) }
            </ul>
        </div>
    }
}

#[derive(Clone, PartialEq)]
pub struct SummaryRow {
    pub key: AttrValue,
    pub value: AttrValue,
    /// Where "Change" goes; no link when None.
    pub change: Option<AttrValue>,
}

/// The GOV.UK summary list, with "Change" links where rows have them.
pub fn summary_list(rows: &[SummaryRow]) -> Html {
    let actions = rows.iter().any(|r| r.change.is_some());
    html! {
        <dl class="govuk-summary-list">
            { for rows.iter().map(|row| html! {
                <div class="govuk-summary-list__row">
                    <dt class="govuk-summary-list__key">{ row.key.clone() }</dt>
                    <dd class="govuk-summary-list__value">{ row.value.clone() }</dd>
                    if actions {
                        <dd class="govuk-summary-list__actions">
                            if let Some(href) = &row.change {
                                <a class="govuk-link" href={href.clone()}>
                                    { "Change" }
                                    <span class="govuk-visually-hidden">{ format!(" {}", row.key.to_ascii_lowercase()) }</span>
                                </a>
                            }
                        </dd>
                    }
                </div>
            }) }
        </dl>
    }
}
