//! A mention: a name in the text, highlighted by kind, that filters the reader when chosen.

use super::app::kind_label_id;
use crate::state::{Corpus, Filter};
use leptos::prelude::*;

/// A button around the mention's original text. Choosing it filters every source to its
/// entity (with Shift, Ctrl or Cmd, adds the entity to the filter).
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
        <button
            type="button"
            class="mention"
            data-entity=e.id.as_str()
            data-kind=e.kind.as_str()
            aria-describedby=kind_label_id(e.kind)
            // Follows only this entity's place in the filter (see `Filter::has`).
            aria-pressed=move || if filter.has(entity) { "true" } else { "false" }
            on:click=move |ev| {
                let add = ev.shift_key() || ev.ctrl_key() || ev.meta_key();
                #[cfg(target_arch = "wasm32")]
                crate::browser::keep_in_view(&ev, move || filter.choose(entity, add));
                #[cfg(not(target_arch = "wasm32"))]
                filter.choose(entity, add);
            }
        >
            {text}
        </button>
    }
}
