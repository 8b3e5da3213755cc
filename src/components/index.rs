//! The entity index: every name, grouped by kind, with its mentions per source as a small
//! coverage matrix. Choosing a name filters the reader.

use super::follows::state_of;
use super::fresh::{Fresh, Later};
use super::handler::handler;
use crate::search::Needle;
use crate::state::{Corpus, Filter, IndexQuery, Open, Panel, Shown, Sort, largest_first};
use leptos::ev::MouseEvent;
use leptos::prelude::*;
use parallax_analysis::{EntityView, Kind};

/// Rows rendered before "show all": a big corpus lists thousands of names.
const FIRST_ROWS: usize = 200;

/// The index panel, rendered only while open so that start-up does not pay for it.
#[component]
pub fn EntityIndex() -> impl IntoView {
    let open: Open = expect_context();
    move || Later((open.0.get() == Panel::Index).then(|| view! { <IndexPanel/> }))
}

/// Search, sort, and the matrix: rows are names, columns the sources side by side, then the
/// total and the spread (how many sources name it, out of all of them).
#[component]
fn IndexPanel() -> impl IntoView {
    let corpus: Corpus = expect_context();
    let shown: Shown = expect_context();
    let open: Open = expect_context();
    let filter: Filter = expect_context();
    let IndexQuery { search, sort } = expect_context();
    let all = RwSignal::new(false);
    let rows = Memo::new(move |_| {
        let needle = search.with(|s| Needle::new(s));
        let mut rows: Vec<u32> =
            (0..corpus.0.entities.len() as u32).filter(|&e| matches(corpus.entity(e), &needle)).collect();
        // Kinds in legend order, then the order asked for; ties keep the view's order (most
        // mentions, then name). Counts fit 24 bits: a key is one number.
        let by = sort.get();
        largest_first(&mut rows, |e| {
            let e = corpus.entity(e);
            let kind = 3 - Kind::ALL.iter().position(|k| *k == e.kind).unwrap_or(3) as u64;
            let (total, spread) = (u64::from(e.total()), e.counts.len() as u64);
            let (first, second) = if by == Sort::Total { (total, 0) } else { (spread, total) };
            kind << 48 | first.min(0xFF_FFFF) << 24 | second.min(0xFF_FFFF)
        });
        rows
    });
    let sources = corpus.0.sources.len();
    let sort_button = move |by: Sort, label: &'static str, hook: &'static str| {
        view! {
            <th
                scope="col"
                class="num"
                aria-sort=move || if sort.get() == by { "descending" } else { "none" }
            >
                <button type="button" class="sort" data-sort=hook on:click=handler(move |_| sort.set(by))>
                    {label}
                </button>
            </th>
        }
    };
    let table = move || {
        let columns = shown.0.get();
        let rows = rows.get();
        let limit = if all.get() { usize::MAX } else { FIRST_ROWS };
        let more = rows.len().saturating_sub(limit);
        let mut budget = limit;
        let groups = Kind::ALL.map(|kind| {
            let of_kind: Vec<u32> = rows.iter().copied().filter(|&e| corpus.entity(e).kind == kind).collect();
            let listed: Vec<u32> = of_kind.iter().copied().take(budget).collect();
            budget -= listed.len();
            (!listed.is_empty()).then(|| {
                let span = (columns.len() + 3).to_string();
                view! {
                    <tbody data-kind=kind.as_str()>
                        <tr>
                            <th scope="rowgroup" colspan=span class="kind-head">
                                {kind.plural()}
                                <span class="kind-total">{of_kind.len()}</span>
                            </th>
                        </tr>
                        {listed.into_iter().map(|e| row(corpus, filter, open, e, &columns)).collect_view()}
                    </tbody>
                }
            })
        });
        Fresh(view! {
            {groups.into_iter().collect_view()}
            {rows
                .is_empty()
                .then(|| view! { <tbody><tr><td class="none">"No name matches."</td></tr></tbody> })}
            {(more > 0).then(|| view! {
                <tbody>
                    <tr>
                        <td colspan="99">
                            <button type="button" class="tool" on:click=handler(move |_| all.set(true))>
                                {format!("Show {more} more")}
                            </button>
                        </td>
                    </tr>
                </tbody>
            })}
        })
    };
    let headers = move || {
        Fresh(
            shown
                .0
                .get()
                .into_iter()
                .map(|s| {
                    let title = corpus.0.sources[s as usize].title.as_str();
                    view! { <th scope="col" class="num source-col" title=title><span>{title}</span></th> }
                })
                .collect_view(),
        )
    };
    view! {
        <aside class="index" aria-labelledby="index-title" data-index>
            <header class="index-head">
                <h2 id="index-title">"Index"</h2>
                <p class="index-summary">
                    {corpus.0.entities.len()}
                    " names in "
                    {sources}
                    " sources. Choose one to filter the reader; Shift-click adds a second."
                </p>
                <button
                    type="button"
                    class="tool index-close"
                    data-index-close
                    on:click=handler(move |_| open.0.set(Panel::Closed))
                >
                    "Close"
                </button>
            </header>
            <label class="search index-search">
                "Find a name "
                <input
                    type="search"
                    data-index-search
                    autocomplete="off"
                    spellcheck="false"
                    prop:value=move || search.get()
                    on:input=handler(move |ev| search.set(event_target_value(&ev)))
                />
            </label>
            <div class="matrix-wrap">
                <table class="matrix">
                    <caption class="visually-hidden">"Mentions of each name in each source"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Name"</th>
                            {headers}
                            {sort_button(Sort::Total, "Total", "total")}
                            {sort_button(Sort::Spread, "Sources", "spread")}
                        </tr>
                    </thead>
                    {table}
                </table>
            </div>
        </aside>
    }
}

/// Whether a name or one of its spellings contains the search text.
fn matches(entity: &EntityView, needle: &Needle) -> bool {
    needle.finds(&entity.name) || entity.spellings.iter().any(|s| needle.finds(&s.text))
}

/// One name's row: a button that filters to it (with Shift, Ctrl or Cmd, adds it), its
/// mentions in each source side by side, its total and its spread.
fn row(corpus: Corpus, filter: Filter, open: Open, entity: u32, columns: &[u32]) -> impl IntoView + use<> {
    let e = corpus.entity(entity);
    let most = columns.iter().map(|&s| e.count_in(s as usize)).max().unwrap_or(0).max(1);
    let only = (e.counts.len() == 1).then(|| {
        let source = corpus.0.sources[e.counts[0].source as usize].title.as_str();
        view! { <span class="only" data-single-source title=source>"only one source"</span> }
    });
    let cells = columns
        .iter()
        .map(|&s| {
            let n = e.count_in(s as usize);
            view! { <td class="num cell" data-heat=heat(n, most)>{n}</td> }
        })
        .collect_view();
    view! {
        <tr data-index-row=e.id.as_str() data-kind=e.kind.as_str()>
            <th scope="row">
                <button
                    type="button"
                    class="index-name"
                    data-kind=e.kind.as_str()
                    aria-pressed=state_of(move || filter.has(entity))
                    on:click=handler(move |ev: MouseEvent| {
                        let add = ev.shift_key() || ev.ctrl_key() || ev.meta_key();
                        filter.choose(entity, add);
                        #[cfg(target_arch = "wasm32")]
                        if !add && !crate::browser::wide() {
                            open.0.set(Panel::Closed);
                        }
                        #[cfg(not(target_arch = "wasm32"))]
                        let _ = open;
                    })
                >
                    {e.name.as_str()}
                </button>
                {only}
            </th>
            {cells}
            <td class="num total">{e.total()}</td>
            <td class="num spread">{e.counts.len()}</td>
        </tr>
    }
}

/// How strongly a cell is shaded: 0 for none, then 1 to 4 relative to the row's largest.
fn heat(n: u32, most: u32) -> &'static str {
    match (n * 4).div_ceil(most) {
        0 => "0",
        1 => "1",
        2 => "2",
        3 => "3",
        _ => "4",
    }
}
