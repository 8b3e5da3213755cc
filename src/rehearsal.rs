//! A reader's first click, rehearsed off the page while it is idle.
//!
//! Chromium compiles each wasm function the first time it is called, and the code a click
//! runs (the filtered entities built into the bar, mentions pressed, passages folding away,
//! the counts) had never run before the first click: that click waited for the compiler. So before
//! hydration touches the page, copies are taken of the prerendered parts a click changes;
//! once the page is idle they are hydrated, off the page, by the same components under a
//! filter of their own, filtered as clicks would filter them (the first by a click on a
//! mention in the copied column, so the click's handler has run too), and dropped. Hydrating the
//! copies runs the page's own code, not a second way of rendering it, and the page, its
//! filter, address and history are never touched.

use crate::components::column::Column;
use crate::components::filter_bar::FilterBar;
use crate::components::source_chooser::SourceChooser;
use crate::components::source_tabs::SourceTabs;
use crate::state::{Corpus, Current, Filter, Shown, default_shown};
use leptos::prelude::*;
use leptos::tachys::hydration::Cursor;
use leptos::tachys::view::{PositionState, Render, RenderHtml};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, Node};

/// Copies of the prerendered parts a click changes, and the filters to rehearse.
pub struct Rehearsal {
    bar: Element,
    tabs: Element,
    chooser: Option<Element>,
    /// A column shown that names the first entity filtered, and its source.
    column: Option<(usize, Element)>,
    /// Entities chosen in turn, and whether each was added (see [`Filter::choose`]).
    steps: Vec<(u32, bool)>,
}

impl Rehearsal {
    /// Copies the parts from the page as prerendered: call before hydration. `None` when the
    /// corpus has no entities or the page lacks a part.
    pub fn take(corpus: Corpus, shown: Shown) -> Option<Rehearsal> {
        let (busiest, fullest) = examples(corpus)?;
        let copy = |selector: &str| {
            let found = document().query_selector(selector).ok()??;
            found.clone_node_with_deep(true).ok()?.dyn_into::<Element>().ok()
        };
        let source = shown.0.with_untracked(|s| {
            s.iter().map(|&s| s as usize).find(|&s| corpus.entity(busiest).count_in(s) > 0)
        });
        let column = source.and_then(|s| Some((s, column(&corpus.0.sources[s].file)?)));
        // As a reader would: click one name, then another, add the first with Shift, take
        // it out again, and press Escape.
        let steps = match fullest {
            Some(other) => vec![(busiest, false), (other, false), (busiest, true), (busiest, true)],
            None => vec![(busiest, false)],
        };
        Some(Rehearsal {
            bar: copy("[data-filter-bar]")?,
            tabs: copy("[data-source-tabs]")?,
            chooser: copy("section.chooser"),
            column,
            steps,
        })
    }

    /// Hydrates the copies under `owner` (the app's, for its state) with a filter of their
    /// own and steps that filter through the rehearsal's filters.
    pub async fn run(self, owner: Owner) {
        let Some(corpus) = owner.with(use_context::<Corpus>) else { return };
        let stage = owner.with(Owner::new);
        let filter = stage.with(|| {
            // State of their own, as the page was prerendered: the address may have changed
            // the page's since, and the copies must hydrate as the page did.
            let filter = Filter::new(corpus.0.entities.len());
            provide_context(filter);
            provide_context(Shown(RwSignal::new(default_shown(corpus.0.sources.len()))));
            provide_context(Current(RwSignal::new(0)));
            let views = (
                hydrate(&self.bar, || view! { <FilterBar/> }),
                hydrate(&self.tabs, || view! { <SourceTabs/> }),
                self.chooser.as_ref().map(|chooser| hydrate(chooser, || view! { <SourceChooser/> })),
                self.column
                    .as_ref()
                    .map(|(source, column)| hydrate(column, || view! { <Column source=*source/> })),
            );
            // The views live as long as the stage: its cleanup stops their effects.
            std::mem::forget(views);
            filter
        });
        // The first step as a reader takes it, a click on a mention in the column, so that the
        // click's own code (its handler, the event's fields) has run before a reader's click.
        let mention = self
            .steps
            .first()
            .zip(self.column.as_ref())
            .and_then(|(&(entity, _), (_, column))| mention_of(column, &corpus.entity(entity).id));
        for (step, (entity, add)) in self.steps.into_iter().enumerate() {
            match &mention {
                Some(mention) if step == 0 => mention.click(),
                _ => filter.choose(entity, add),
            }
            settle().await;
        }
        filter.clear();
        settle().await;
        stage.cleanup();
    }
}

/// Lets the filter's effects, which run as tasks, run.
async fn settle() {
    for _ in 0..3 {
        leptos::task::tick().await;
    }
}

/// Hydrates a view from a copy of its prerendered element, in a parent of its own.
fn hydrate<V: IntoView>(copy: &Element, view: impl FnOnce() -> V) -> Option<<View<V> as Render>::State> {
    let parent = document().create_element("div").ok()?;
    parent.append_child(copy.unchecked_ref::<Node>()).ok()?;
    Some(view().into_view().hydrate::<true>(&Cursor::new(parent.unchecked_into()), &PositionState::default()))
}

/// A copy of the column of the source read from `file`.
fn column(file: &str) -> Option<Element> {
    let columns = document().query_selector_all("[data-source]").ok()?;
    let found = (0..columns.length())
        .filter_map(|i| columns.item(i)?.dyn_into::<Element>().ok())
        .find(|c| c.get_attribute("data-source").as_deref() == Some(file))?;
    found.clone_node_with_deep(true).ok()?.dyn_into().ok()
}

/// A mention of the entity with this id in a copy of a column.
fn mention_of(column: &Element, id: &str) -> Option<HtmlElement> {
    let mentions = column.query_selector_all("[data-entity]").ok()?;
    (0..mentions.length())
        .filter_map(|i| mentions.item(i)?.dyn_into::<HtmlElement>().ok())
        .find(|m| m.get_attribute("data-entity").as_deref() == Some(id))
}

/// The entity with the most mentions and, of the others, the one with the most spellings
/// (the filter bar's fullest form; the last of equals), or `None` without entities.
fn examples(corpus: Corpus) -> Option<(u32, Option<u32>)> {
    let entities = corpus.0.entities.len() as u32;
    let busiest = (0..entities).max_by_key(|&e| (corpus.entity(e).total(), e))?;
    let fullest =
        (0..entities).filter(|&e| e != busiest).max_by_key(|&e| (corpus.entity(e).spellings.len(), e));
    Some((busiest, fullest))
}
