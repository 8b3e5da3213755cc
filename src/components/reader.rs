//! The sources side by side.

use super::card::MentionCard;
use super::column::Column;
use super::fresh::Fresh;
use crate::state::{HiddenKinds, Shown};
use leptos::prelude::*;
use parallax_analysis::Kind;

/// One column per source shown, in file-name order (on a phone, one at a time: see
/// `SourceTabs`). The kinds the legend switched off are named on the element, so hiding
/// their highlights is one attribute for the style sheet, not work per mention.
#[component]
pub fn Reader() -> impl IntoView {
    let shown: Shown = expect_context();
    let hidden: HiddenKinds = expect_context();
    let hide = move || {
        let off: Vec<&str> = Kind::ALL.iter().filter(|k| hidden.hides(**k)).map(|k| k.as_str()).collect();
        (!off.is_empty()).then(|| off.join(" "))
    };
    view! {
        <main
            class="reader"
            style=move || format!("--columns: {}", shown.0.with(Vec::len))
            data-hide=hide
            data-reader
        >
            {move || Fresh(shown.0.get().into_iter().map(|i| view! { <Column source=i as usize/> }).collect_view())}
            // Inside the reader's landmark, as part of what it describes; placed absolutely,
            // it takes no cell of the grid.
            <MentionCard/>
        </main>
    }
}
