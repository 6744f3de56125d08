//! The GOV.UK back link, to the previous step's address.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct BackLinkProps {
    pub href: AttrValue,
}

#[component]
pub fn BackLink(props: &BackLinkProps) -> Html {
    html! { <a href={props.href.clone()} class="govuk-back-link">{ "Back" }</a> }
}
