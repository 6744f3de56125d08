//! Links to sources and other sites: they open in a new tab and say so.

use std::rc::Rc;

use yew::prelude::*;

use crate::policy::{Policy, SourceId};

#[derive(Properties, PartialEq)]
pub struct ExternalLinkProps {
    pub href: AttrValue,
    pub children: Html,
}

/// A link to another site, opening in a new tab, with the tab said aloud and shown.
#[component]
pub fn ExternalLink(props: &ExternalLinkProps) -> Html {
    html! {
        <a class="govuk-link" href={props.href.clone()} target="_blank" rel="noopener noreferrer">
            { props.children.clone() }{ " (opens in new tab)" }
        </a>
    }
}

#[derive(Properties)]
pub struct SourceLinksProps {
    pub policy: Rc<Policy>,
    pub sources: Rc<[SourceId]>,
}

impl PartialEq for SourceLinksProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.policy, &other.policy) && self.sources == other.sources
    }
}

/// "Sources:" and each source's title (linked), publisher and date.
#[component]
pub fn SourceLinks(props: &SourceLinksProps) -> Html {
    if props.sources.is_empty() {
        return html! {};
    }
    let label = if props.sources.len() == 1 {
        "Source:"
    } else {
        "Sources:"
    };
    html! {
        <div class="app-sources">
            <span class="app-sources__label">{ label }</span>
            <ul class="govuk-list app-sources__list">
                { for props.sources.iter().map(|id| {
                    let s = props.policy.source(*id);
                    html! {
                        <li>
                            <ExternalLink href={s.url.clone()}>{ s.title.clone() }</ExternalLink>
                            { format!(", {}, {}", s.publisher, s.date) }
                        </li>
                    }
                }) }
            </ul>
        </div>
    }
}
