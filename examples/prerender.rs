//! Prints the start page as the app renders it, with Yew's server-side rendering, for the build to write into index.html so that it shows before the WebAssembly arrives (scripts/post-build.mjs runs this).
//!
//! The page is rendered for no council settings and nothing saved, from the same components and
//! data as the app, which then takes over without a change on screen. It names no date (its
//! status line says "Today"), so a page built on one day reads true on any other day until the
//! rules' next dated change (`cargo run --bin policy -- check` names it: 1 April 2027 as of this
//! build). Read after that change, it shows the status of the build's day until the app runs,
//! a moment later, and replaces it with the day's own.

use std::rc::Rc;

use naas_checker::ui::{test_state, App, AppProps};
use naas_core::date::Date;

fn main() {
    // Any day in the status period the build falls in gives the same page; the build's own day
    // is the one the page is most likely to be read in.
    let today = std::env::var("PRERENDER_TODAY")
        .ok()
        .and_then(|d| Date::parse(&d).ok())
        .unwrap_or_else(build_day);
    let props = AppProps {
        initial: Rc::new(test_state(today, "#/")),
    };
    let html = futures::executor::block_on(
        yew::LocalServerRenderer::<App>::with_props(props)
            .hydratable(false)
            .render(),
    );
    print!("{html}");
}

/// Today's date from the system clock (UTC), without a date library.
fn build_day() -> Date {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let mut days = (secs / 86_400) as u32;
    let mut year = 1970;
    loop {
        let length = if Date::new(year, 2, 29).is_some() {
            366
        } else {
            365
        };
        if days < length {
            break;
        }
        days -= length;
        year += 1;
    }
    let mut month = 1;
    loop {
        let length = (28..=31)
            .rev()
            .find(|d| Date::new(year, month, *d).is_some())
            .unwrap_or(28);
        if days < length {
            break;
        }
        days -= length;
        month += 1;
    }
    Date::new(year, month, days + 1).unwrap_or(Date::EPOCH)
}
