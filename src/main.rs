//! Starts the NAAS checker in the browser.

fn main() {
    naas_checker::ui::start();
}
