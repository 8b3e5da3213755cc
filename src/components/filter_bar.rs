//! The bar that says what the reader is filtered to, or how to filter.
//!
//! Its frame stays on the page: the hint, and the actions (add a name, copy the link, clear)
//! are shown or hidden as the filter comes and goes, and only the filtered entities are built
//! anew when it changes, so a click builds a few elements, not the whole bar.

use super::copy_link::CopyLink;
use super::follows::hidden_when;
use super::fresh::{Fresh, Later};
use super::handler::handler;
use crate::state::{Corpus, Filter, MAX_SHOWN, Shown, largest_first};
use leptos::prelude::*;
use parallax_analysis::{EntityView, PassageView};

/// Names the filtered entities with their kind, spellings and mentions per source, and
/// offers to clear the filter; without a filter, says how to set one.
#[component]
pub fn FilterBar() -> impl IntoView {
    let filter: Filter = expect_context();
    let active = Memo::new(move |_| filter.is_active());
    view! {
        <section class="filter-bar" aria-label="Filter" data-filter-bar>
            <p class="hint" hidden=hidden_when(move || active.get())>
                "Select a highlighted name to see every passage that names it, in every source."
            </p>
            {move || Later(entities(filter.0.get()))}
            <div class="filter-actions" hidden=hidden_when(move || !active.get())>
                <AddEntity/>
                <CopyLink/>
                <button type="button" class="clear" on:click=handler(move |_| filter.clear()) data-clear>
                    "Show full articles"
                    <kbd>"Esc"</kbd>
                </button>
            </div>
        </section>
    }
}

/// The filtered entities and, with two, how many passages name both; nothing without a
/// filter.
fn entities(entities: Vec<u32>) -> Option<impl IntoView> {
    let several = entities.len() > 1;
    let both = several.then(|| view! { <Both/> });
    (!entities.is_empty()).then(|| {
        view! {
            <div class="filter-entities" class:combined=several>
                {entities.into_iter().map(|e| view! { <FilterEntity entity=e several/> }).collect_view()}
            </div>
            {both}
        }
    })
}

/// One filtered entity: name, kind, spellings, per-source counts and, when it is one of
/// several, a remove button. Built anew whenever the filter changes, so nothing here follows
/// the filter.
#[component]
fn FilterEntity(
    /// Index of the entity in the view.
    entity: u32,
    /// Whether other entities filter too.
    several: bool,
) -> impl IntoView {
    let corpus: Corpus = expect_context();
    let filter: Filter = expect_context();
    let e = corpus.entity(entity);
    view! {
        <div class="filter-entity" data-filter-entity=e.id.as_str() data-kind=e.kind.as_str()>
            <span class="filter-name">{e.name.as_str()}</span>
            <span class="kind-badge" data-kind=e.kind.as_str()>{e.kind.as_str()}</span>
            <Spellings entity=e/>
            <SourceCounts entity=e/>
            {several.then(|| view! {
                <button
                    type="button"
                    class="remove"
                    aria-label=format!("Remove {} from the filter", e.name)
                    on:click=handler(move |_| filter.remove(entity))
                >
                    "×"
                </button>
            })}
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

/// Mentions of an entity in each source shown, with "not mentioned" where it is absent (and,
/// when not every source is shown, how many of them name it).
#[component]
fn SourceCounts(
    /// The entity.
    entity: &'static EntityView,
) -> impl IntoView {
    let Corpus(view) = expect_context();
    let shown: Shown = expect_context();
    let many = view.sources.len() > MAX_SHOWN;
    view! {
        {many.then(|| view! {
            <span class="spread">"named by "{entity.counts.len()}" of "{view.sources.len()}" sources"</span>
        })}
        <ul class="source-counts">
            {move || Fresh(shown
                .0
                .get()
                .into_iter()
                .map(|i| (i as usize, &view.sources[i as usize]))
                .map(|(i, source)| {
                    let count = entity.count_in(i);
                    let text = match count {
                        0 => "not mentioned".to_owned(),
                        1 => "1 mention".to_owned(),
                        n => format!("{n} mentions"),
                    };
                    view! {
                        <li data-count-source=source.file.as_str() class:absent=count == 0>
                            <span class="count-source" title=source.title.as_str()>
                                {source.label()}
                            </span>
                            ": "
                            <span class="count">{text}</span>
                        </li>
                    }
                })
                .collect_view())}
        </ul>
    }
}

/// With two entities filtered: how many passages name both, in all sources.
#[component]
fn Both() -> impl IntoView {
    let corpus: Corpus = expect_context();
    let filter: Filter = expect_context();
    let sources = corpus.0.sources.len() as u32;
    let count = move || filter.0.with(|f| (0..sources).map(|s| corpus.shown_in(s, f)).sum::<usize>());
    view! {
        <p class="both" data-combination>
            {move || match count() {
                0 => "No passage names both".to_owned(),
                1 => "1 passage names both".to_owned(),
                n => format!("{n} passages name both"),
            }}
        </p>
    }
}

/// A second entity for the filter, from the names that share a passage with the first: the
/// bar's way of combining two names without a modifier key. Shown while exactly one entity
/// filters and some name shares a passage with it.
#[component]
fn AddEntity() -> impl IntoView {
    let corpus: Corpus = expect_context();
    let filter: Filter = expect_context();
    let only = Memo::new(move |_| filter.0.with(|f| if let [e] = f[..] { Some(e) } else { None }));
    let offered = Memo::new(move |_| only.get().is_some_and(|e| shares_a_passage(corpus, e)));
    // The options are built when the reader reaches for the list (focus, or a press that
    // opens it), not on every change of the filter: most filters never open it, and a
    // click should not wait for a list of names it does not show. `wanted` names the entity
    // they were built for, so that another filter starts without them.
    let wanted = RwSignal::new(None::<u32>);
    let want = move || wanted.set(only.get_untracked());
    let list = move || {
        let built_for = wanted.get().filter(|&e| Some(e) == only.get());
        Later(built_for.map(|entity| {
            shared(corpus, entity)
                .into_iter()
                .map(|(e, n)| {
                    view! {
                        <option value=e.to_string() data-option-entity=corpus.entity(e).id.as_str()>
                            {corpus.entity(e).name.as_str()}
                            {if n == 1 { " (1 passage)".to_owned() } else { format!(" ({n} passages)") }}
                        </option>
                    }
                })
                .collect_view()
        }))
    };
    view! {
        <label class="add-entity" hidden=hidden_when(move || !offered.get())>
            <span class="visually-hidden">"Add a second name to the filter"</span>
            <select
                data-add-entity
                on:focus=handler(move |_| want())
                on:pointerdown=handler(move |_| want())
                on:change=handler(move |ev| {
                    if let Ok(e) = event_target_value(&ev).parse::<u32>() {
                        filter.choose(e, true);
                    }
                })
            >
                <option value="" selected>"+ And…"</option>
                {list}
            </select>
        </label>
    }
}

/// The passages naming `entity`, in the sources that name it.
fn passages_naming(corpus: Corpus, entity: u32) -> impl Iterator<Item = &'static PassageView> {
    let named_in = corpus.entity(entity).counts.iter();
    named_in.flat_map(move |c| &corpus.0.sources[c.source as usize].passages).filter(move |p| p.names(entity))
}

/// Whether another entity shares a passage with `entity`: what the list to add one offers.
fn shares_a_passage(corpus: Corpus, entity: u32) -> bool {
    passages_naming(corpus, entity).any(|p| p.mentions.iter().any(|m| m.entity != entity))
}

/// The entities that share a passage with `entity`, with how many passages, most first;
/// counted in the sources that name the entity only. `last` holds the passage that last
/// counted an entity, so a passage counts each name once.
fn shared(corpus: Corpus, entity: u32) -> Vec<(u32, u32)> {
    let entities = corpus.0.entities.len();
    let (mut shared, mut last) = (vec![0u32; entities], vec![usize::MAX; entities]);
    for (n, p) in passages_naming(corpus, entity).enumerate() {
        for e in p.mentions.iter().map(|m| m.entity as usize) {
            if e as u32 != entity && last[e] != n {
                last[e] = n;
                shared[e] += 1;
            }
        }
    }
    let mut options: Vec<u32> = (0..entities as u32).filter(|&e| shared[e as usize] > 0).collect();
    largest_first(&mut options, |e| u64::from(shared[e as usize]));
    options.into_iter().map(|e| (e, shared[e as usize])).collect()
}
