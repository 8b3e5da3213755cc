//! Parallax: several news reports of one story side by side, every name linked across them.
//!
//! The analysis ran at build time (`build.rs`, the `parallax-analysis` crate); this crate is
//! the thin Leptos layer that renders its [`View`](parallax_analysis::View). State lives in
//! [`state`] and reaches components through context; the filter lives in the URL ([`url`]).

#![recursion_limit = "256"]

pub mod components;
pub mod data;
#[cfg(feature = "ssr")]
pub mod prerender;
pub mod search;
pub mod state;
pub mod url;

#[cfg(target_arch = "wasm32")]
mod browser;
#[cfg(target_arch = "wasm32")]
mod rehearsal;

pub use components::app::App;

/// Starts the app in the page: hydrates the HTML that Trunk's post-build hook prerendered
/// into `#app`.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    browser::start();
}

/// Natively there is no page to start in; the binary exists for the wasm target.
#[cfg(not(target_arch = "wasm32"))]
pub fn start() {}
