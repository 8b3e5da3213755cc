//! The switch between the light and dark themes.

use super::follows::state_of;
use super::handler::handler;
use crate::state::Dark;
use leptos::prelude::*;

/// A toggle for the dark theme. The page starts from the system's setting; a choice that
/// differs from it is remembered (see `browser::connect`). Unpressed until the browser says
/// which theme shows, because the prerendered page cannot know.
#[component]
pub fn ThemeToggle() -> impl IntoView {
    let Dark(dark) = expect_context();
    view! {
        <button
            type="button"
            class="tool"
            data-theme-toggle
            aria-pressed=state_of(move || dark.get() == Some(true))
            on:click=handler(move |_| dark.update(|d| *d = Some(!d.unwrap_or(false))))
        >
            <span aria-hidden="true">"◐ "</span>
            "Dark"
        </button>
    }
}
