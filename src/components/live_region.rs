//! The polite live region through which filter changes are announced.

use super::follows::follows;
use crate::state::Announcement;
use leptos::prelude::*;

/// A visually hidden region a screen reader reads out when its text changes.
#[component]
pub fn LiveRegion() -> impl IntoView {
    let Announcement(text) = expect_context();
    view! { <div class="visually-hidden" aria-live="polite" data-live>{follows(move || text.get())}</div> }
}
