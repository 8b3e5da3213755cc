//! A mention: a name in the text, highlighted by kind, that filters the reader when chosen.

use super::app::kind_label_id;
use super::follows::state_of;
use super::handler::handler;
use crate::state::{Corpus, Filter};
use leptos::ev::{KeyboardEvent, MouseEvent};
use leptos::prelude::*;

/// A toggle button around the mention's original text. Choosing it (click, Enter or Space)
/// filters every source to its entity; with Shift, Ctrl or Cmd it adds the entity to the
/// filter.
///
/// A `span` with the button role rather than a `<button>`: browsers lay a button out as one
/// box, so a long name at a line end would wrap as a block and a line could start with the
/// comma after it; a span flows and wraps like the words around it.
#[component]
pub fn Mention(
    /// The mention's text, exactly as in the article.
    text: &'static str,
    /// Index of its entity in the view.
    entity: u32,
) -> impl IntoView {
    let corpus: Corpus = expect_context();
    let filter: Filter = expect_context();
    let e = corpus.entity(entity);
    view! {
        <span
            role="button"
            tabindex="0"
            class="mention"
            data-entity=e.id.as_str()
            data-kind=e.kind.as_str()
            aria-describedby=kind_label_id(e.kind)
            // Follows only this entity's place in the filter (see `Filter::has`).
            aria-pressed=state_of(move || filter.has(entity))
            on:click=handler(move |ev: MouseEvent| choose(filter, entity, &ev, ev.shift_key() || ev.ctrl_key() || ev.meta_key()))
            on:keydown=handler(move |ev: KeyboardEvent| {
                // What a native button does with these keys; Space must not scroll the page.
                if ev.key() == "Enter" || ev.key() == " " {
                    ev.prevent_default();
                    choose(filter, entity, &ev, ev.shift_key() || ev.ctrl_key() || ev.meta_key());
                }
            })
        >
            {text}
        </span>
    }
}

/// Filters to the entity (or adds it), keeping the chosen mention where it is on screen.
fn choose(filter: Filter, entity: u32, ev: &leptos::ev::Event, add: bool) {
    #[cfg(target_arch = "wasm32")]
    crate::browser::keep_in_view(ev, move || filter.choose(entity, add));
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = ev;
        filter.choose(entity, add);
    }
}
