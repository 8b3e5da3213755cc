//! One source's column: its heading and its passages.

use super::follows::follows;
use super::passage::Passage;
use crate::state::{Corpus, Current, Filter, Shown, passage_shows};
use leptos::prelude::*;

/// A source: heading (title, origin, file name), then its passages; under a filter, only the
/// passages naming the filtered entities, or a note that the source does not name them.
#[component]
pub fn Column(
    /// Index of the source in the view.
    source: usize,
) -> impl IntoView {
    let Corpus(view) = expect_context();
    let filter: Filter = expect_context();
    // On a phone only the current source shows (see `SourceTabs`).
    let on_screen = {
        let (current, sources): (Current, Shown) = (expect_context(), expect_context());
        move || (current.get(sources) as usize == source).then_some("")
    };
    let s = &view.sources[source];
    let shown =
        move || filter.0.with(|f| s.passages.iter().filter(|p| passage_shows(f, |e| p.names(e))).count());
    let heading_id = format!("source-{source}");
    let labelled_by = heading_id.clone();
    view! {
        <article
            class="column"
            data-source=s.file.as_str()
            data-current=on_screen
            aria-labelledby=labelled_by
        >
            <header class="column-head">
                <h2 class="column-title" id=heading_id>{s.title.as_str()}</h2>
                <p class="column-origin">
                    {s.origin.iter().map(|o| view! { <span class="origin">{o.as_str()}</span> }).collect_view()}
                    <span class="file">{s.file.as_str()}</span>
                </p>
                <p class="column-count" data-column-count>
                    {follows(move || {
                        if filter.is_active() {
                            match shown() {
                                0 => "Not mentioned in this source".to_owned(),
                                1 => "1 passage".to_owned(),
                                n => format!("{n} passages"),
                            }
                        } else {
                            format!("{} passages", s.passages.len())
                        }
                    })}
                </p>
            </header>
            // Always rendered, shown only for an empty file: a prerendered `Option` would compile
            // its hydration of both branches (0.3 KB gzip) for a paragraph that never changes.
            <p class="empty" hidden=!s.passages.is_empty()>
                "This file is empty."
            </p>
            <div class="passages">
                {s.passages.iter().map(|p| view! { <Passage passage=p/> }).collect_view()}
            </div>
        </article>
    }
}
