//! On a phone, the sources shown are tabs: one source on screen at a time.

use super::follows::{follows, state_of};
use super::fresh::Fresh;
use super::handler::handler;
use crate::state::{Corpus, Current, Filter, Shown};
use leptos::prelude::*;

/// A tab per source shown, with how many of its passages show under the filter; the
/// pressed one is on screen. Hidden on wide screens, where the sources sit side by side
/// (see `style/source-tabs.css`); swiping the reader moves between them too.
#[component]
pub fn SourceTabs() -> impl IntoView {
    let corpus: Corpus = expect_context();
    let shown: Shown = expect_context();
    let current: Current = expect_context();
    let filter: Filter = expect_context();
    let tab = move |source: u32| {
        let s = &corpus.0.sources[source as usize];
        view! {
            <button
                type="button"
                class="source-tab"
                data-source-tab=s.file.as_str()
                aria-pressed=state_of(move || current.get(shown) == source)
                on:click=handler(move |_| current.0.set(source))
            >
                <span class="tab-title">{s.title.as_str()}</span>
                <span class="tab-count" data-tab-count>
                    {follows(move || filter.0.with(|f| corpus.shown_in(source, f)))}
                    <span class="visually-hidden">" passages"</span>
                </span>
            </button>
        }
    };
    view! {
        <nav class="source-tabs" aria-label="Sources" data-source-tabs>
            {move || Fresh(shown.0.get().into_iter().map(tab).collect_view())}
        </nav>
    }
}
