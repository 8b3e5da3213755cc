//! The page header: what this is and what it holds, the legend, and the page's tools.

use super::follows::state_of;
use super::handler::handler;
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
    view! {
        <header class="toolbar">
            <h1 class="brand">"Parallax"</h1>
            <p class="summary">{summary}</p>
            <div class="tools">
                <PanelToggle panel=Panel::Index label="Index " key="/"/>
                <PanelToggle panel=Panel::Shortcuts label="Keys " key="?"/>
                <ThemeToggle/>
            </div>
            <Legend/>
        </header>
    }
}

/// A tool that opens a panel over the reader, or closes it when it is open. Its key shows
/// beside the label; screen readers have the shortcuts panel instead.
#[component]
fn PanelToggle(
    /// The panel it opens; also its `data-toggle` hook.
    panel: Panel,
    /// What the button says.
    label: &'static str,
    /// The key that does the same.
    key: &'static str,
) -> impl IntoView {
    let open: Open = expect_context();
    view! {
        <button
            type="button"
            class="tool"
            data-toggle=panel.as_str()
            aria-expanded=state_of(move || open.0.get() == panel)
            on:click=handler(move |_| open.toggle(panel))
        >
            {label}
            <kbd aria-hidden="true">{key}</kbd>
        </button>
    }
}
