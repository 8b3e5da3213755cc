//! The button that copies the address of what the reader shows.

use super::handler::handler;
use leptos::prelude::*;

/// Copies the page's address, which holds the filter and the sources shown, and says so.
#[component]
pub fn CopyLink() -> impl IntoView {
    let copied = RwSignal::new(false);
    view! {
        <button
            type="button"
            class="copy-link"
            data-copy-link
            on:click=handler(move |_| {
                #[cfg(target_arch = "wasm32")]
                crate::browser::copy_link(copied);
                #[cfg(not(target_arch = "wasm32"))]
                copied.set(true);
            })
        >
            {move || if copied.get() { "Link copied" } else { "Copy link" }}
        </button>
    }
}
