//! The page header: what this is and what it holds.

use crate::state::Corpus;
use leptos::prelude::*;

/// The header: the product's name and a one-line summary of the corpus.
#[component]
pub fn Toolbar() -> impl IntoView {
    let Corpus(view) = expect_context();
    let summary = format!(
        "{} sources · {} names · {} mentions",
        view.sources.len(),
        view.entities.len(),
        view.entities.iter().map(|e| e.total()).sum::<u32>()
    );
    view! {
        <header class="toolbar">
            <h1 class="brand">"Parallax"</h1>
            <p class="summary">{summary}</p>
        </header>
    }
}
