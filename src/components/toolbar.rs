//! The page header: what this is and what it holds, the legend, and the page's tools.

use super::legend::Legend;
use super::theme_toggle::ThemeToggle;
use crate::state::{Corpus, Open, Panel};
use leptos::prelude::*;

/// The header: the product's name, a one-line summary of the corpus, the tools (index,
/// shortcuts, theme) and the legend.
#[component]
pub fn Toolbar() -> impl IntoView {
    let Corpus(view) = expect_context();
    let summary = format!(
        "{} sources · {} names · {} mentions",
        view.sources.len(),
        view.entities.len(),
        view.entities.iter().map(parallax_analysis::EntityView::total).sum::<u32>()
    );
    let open: Open = expect_context();
    view! {
        <header class="toolbar">
            <h1 class="brand">"Parallax"</h1>
            <p class="summary">{summary}</p>
            <div class="tools">
                <button
                    type="button"
                    class="tool"
                    data-index-toggle
                    aria-expanded=move || if open.0.get() == Panel::Index { "true" } else { "false" }
                    on:click=move |_| open.toggle(Panel::Index)
                >
                    "Index "
                    <kbd aria-hidden="true">"/"</kbd>
                </button>
                <button
                    type="button"
                    class="tool"
                    data-shortcuts-toggle
                    aria-expanded=move || if open.0.get() == Panel::Shortcuts { "true" } else { "false" }
                    on:click=move |_| open.toggle(Panel::Shortcuts)
                >
                    "Keys "
                    <kbd aria-hidden="true">"?"</kbd>
                </button>
                <ThemeToggle/>
            </div>
            <Legend/>
        </header>
    }
}
