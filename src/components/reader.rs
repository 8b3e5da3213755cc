//! The sources side by side.

use super::column::Column;
use crate::state::Corpus;
use leptos::prelude::*;

/// One column per source, in file-name order.
#[component]
pub fn Reader() -> impl IntoView {
    let Corpus(view) = expect_context();
    let count = view.sources.len().to_string();
    view! {
        <main class="reader" style=format!("--columns: {count}") data-reader>
            {(0..view.sources.len()).map(|i| view! { <Column source=i/> }).collect_view()}
        </main>
    }
}
