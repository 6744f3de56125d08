//! The Yew app: pages, components and the few browser calls they need; depends on the engine, never the reverse.

/// Mounts the app on the page.
pub fn start() {}
