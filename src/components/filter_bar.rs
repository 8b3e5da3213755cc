//! The bar that says what the reader is filtered to, or how to filter.

use crate::state::{Corpus, Filter};
use leptos::prelude::*;
use parallax_analysis::EntityView;

/// Names the filtered entities with their kind, spellings and mentions per source, and
/// offers to clear the filter; without a filter, says how to set one.
#[component]
pub fn FilterBar() -> impl IntoView {
    let filter: Filter = expect_context();
    view! {
        <section class="filter-bar" aria-label="Filter" data-filter-bar>
            {move || {
                let entities = filter.0.get();
                if entities.is_empty() {
                    view! {
                        <p class="hint">
                            "Select a highlighted name to see every passage that names it, in every source."
                        </p>
                    }
                        .into_any()
                } else {
                    view! {
                        <div class="filter-entities">
                            {entities.into_iter().map(|e| view! { <FilterEntity entity=e/> }).collect_view()}
                        </div>
                        <button type="button" class="clear" on:click=move |_| filter.clear() data-clear>
                            "Show full articles"
                            <kbd>"Esc"</kbd>
                        </button>
                    }
                        .into_any()
                }
            }}
        </section>
    }
}

/// One filtered entity: name, kind, spellings, per-source counts and a remove button.
#[component]
fn FilterEntity(
    /// Index of the entity in the view.
    entity: u32,
) -> impl IntoView {
    let corpus: Corpus = expect_context();
    let filter: Filter = expect_context();
    let e = corpus.entity(entity);
    let several = move || filter.0.with(Vec::len) > 1;
    view! {
        <div class="filter-entity" data-filter-entity=e.id.as_str() data-kind=e.kind.as_str()>
            <span class="filter-name">{e.name.as_str()}</span>
            <span class="kind-badge" data-kind=e.kind.as_str()>{e.kind.as_str()}</span>
            <Spellings entity=e/>
            <SourceCounts entity=e/>
            <Show when=several>
                <button
                    type="button"
                    class="remove"
                    aria-label=format!("Remove {} from the filter", e.name)
                    on:click=move |_| filter.remove(entity)
                >
                    "×"
                </button>
            </Show>
        </div>
    }
}

/// Every spelling of an entity as the sources write it.
#[component]
fn Spellings(
    /// The entity.
    entity: &'static EntityView,
) -> impl IntoView {
    (entity.spellings.len() > 1).then(|| {
        view! {
            <span class="spellings">
                "also written "
                {entity
                    .spellings
                    .iter()
                    .filter(|s| s.text != entity.name)
                    .map(|s| view! { <q class="spelling">{s.text.as_str()}</q> })
                    .collect_view()}
            </span>
        }
    })
}

/// Mentions of an entity in each source, with "not mentioned" where it is absent.
#[component]
fn SourceCounts(
    /// The entity.
    entity: &'static EntityView,
) -> impl IntoView {
    let Corpus(view) = expect_context();
    view! {
        <ul class="source-counts">
            {view
                .sources
                .iter()
                .enumerate()
                .map(|(i, source)| {
                    let count = entity.count_in(i);
                    let text = match count {
                        0 => "not mentioned".to_owned(),
                        1 => "1 mention".to_owned(),
                        n => format!("{n} mentions"),
                    };
                    view! {
                        <li data-count-source=source.file.as_str() class:absent=count == 0>
                            <span class="count-source">{source.title.as_str()}</span>
                            ": "
                            <span class="count">{text}</span>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
