//! With more sources than fit side by side, the reader chooses which two to four to compare.

use super::follows::{follows, hidden_when};
use super::fresh::{Fresh, Later};
use super::handler::handler;
use crate::search::Needle;
use crate::state::{Corpus, Filter, MAX_SHOWN, MIN_SHOWN, Shown, ascending, largest_first};
use leptos::prelude::*;
use leptos::web_sys::Element;

/// Every source, each with how many of its passages show under the filter, and a checkbox
/// that puts it side by side. Only rendered when there are more than [`MAX_SHOWN`] sources.
#[component]
pub fn SourceChooser() -> impl IntoView {
    let corpus: Corpus = expect_context();
    (corpus.0.sources.len() > MAX_SHOWN).then(|| view! { <Chooser/> })
}

/// A folded list, not columns, so that it reads the same with five sources or three
/// hundred; its summary says how many are shown and how many name the filter.
#[component]
fn Chooser() -> impl IntoView {
    let corpus: Corpus = expect_context();
    let shown: Shown = expect_context();
    let filter: Filter = expect_context();
    let total = corpus.0.sources.len();
    // Passages showing per source: one pass over the corpus per filter change.
    let counts = Memo::new(move |_| {
        filter.0.with(|f| (0..total as u32).map(|s| corpus.shown_in(s, f)).collect::<Vec<_>>())
    });
    let naming = move || counts.with(|c| c.iter().filter(|&&n| n > 0).count());
    // The sources that name the filter most, side by side.
    let most = move |_| {
        let mut order: Vec<u32> = (0..total as u32).collect();
        counts.with_untracked(|c| largest_first(&mut order, |s| c[s as usize] as u64));
        let mut best: Vec<u32> = order.into_iter().take(3).collect();
        ascending(&mut best);
        shown.0.set(best);
    };
    // The list is rendered only while unfolded: three hundred counts need not follow every
    // filter change while nobody looks at them.
    let unfolded = RwSignal::new(false);
    let list = move || Later(unfolded.get().then(|| view! { <SourceList counts/> }));
    view! {
        <section class="chooser" aria-label="Sources side by side">
            <details
                data-source-chooser
                on:toggle=handler(move |ev| unfolded.set(event_target::<Element>(&ev).has_attribute("open")))
            >
                <summary>
                    "Sources side by side: "
                    {follows(move || shown.0.with(Vec::len))}
                    " of "
                    {total}
                    {move || filter.is_active().then(|| format!(" · {} name the filter", naming()))}
                </summary>
                <div class="chooser-body">
                    <p class="chooser-help">
                        "Choose two to four. Each source shows how many of its passages the filter keeps."
                    </p>
                    <button
                        type="button"
                        class="tool"
                        data-choose-most
                        on:click=handler(most)
                        hidden=hidden_when(move || !filter.is_active())
                    >
                        "Show the three that name it most"
                    </button>
                    {list}
                </div>
            </details>
        </section>
    }
}

/// Every source, or those whose title or file name contains what the reader types: with
/// hundreds of sources, finding one by scrolling is a chore. `counts` holds, per source, the
/// passages the filter keeps.
#[component]
fn SourceList(counts: Memo<Vec<usize>>) -> impl IntoView {
    let corpus: Corpus = expect_context();
    let shown: Shown = expect_context();
    let query = RwSignal::new(String::new());
    let found = Memo::new(move |_| {
        let needle = query.with(|q| Needle::new(q));
        (0..)
            .zip(&corpus.0.sources)
            .filter(|(_, s)| needle.finds(&s.title) || needle.finds(&s.file))
            .map(|(i, _)| i)
            .collect::<Vec<u32>>()
    });
    // The list is rebuilt as the reader types; the box above it stays, with the focus.
    let list = move || {
        Fresh(found.with(|found| {
            let none = found.is_empty().then(|| view! { <li class="none">"No source matches."</li> });
            view! {
                <ul class="chooser-list">
                    {found.iter().map(|&s| row(corpus, shown, counts, s)).collect_view()}
                    {none}
                </ul>
            }
        }))
    };
    view! {
        <label class="search chooser-search">
            "Find a source "
            <input
                type="search"
                data-chooser-search
                autocomplete="off"
                spellcheck="false"
                on:input=handler(move |ev| query.set(event_target_value(&ev)))
            />
        </label>
        {list}
    }
}

/// One source in the list: a checkbox that puts it side by side (two to four at a time),
/// its title, its file name and how many of its passages the filter keeps.
fn row(corpus: Corpus, shown: Shown, counts: Memo<Vec<usize>>, source: u32) -> impl IntoView + use<> {
    let s = &corpus.0.sources[source as usize];
    let checked = move || shown.0.with(|v| v.contains(&source));
    let locked = move || {
        shown.0.with(|v| if v.contains(&source) { v.len() <= MIN_SHOWN } else { v.len() >= MAX_SHOWN })
    };
    view! {
        <li data-choose-source=s.file.as_str()>
            <label>
                <input
                    type="checkbox"
                    prop:checked=checked
                    prop:disabled=locked
                    on:change=handler(move |_| {
                        shown.0.update(|v| {
                            if let Some(at) = v.iter().position(|&x| x == source) {
                                v.remove(at);
                            } else {
                                v.push(source);
                                ascending(v);
                            }
                        });
                    })
                />
                <span class="choose-title">{s.title.as_str()}</span>
                <span class="choose-file">{s.file.as_str()}</span>
                <span class="choose-count" data-source-count>
                    {follows(move || counts.with(|c| c[source as usize]))}
                </span>
            </label>
        </li>
    }
}
