//! The legend: the kinds of name with their colours and counts, each a switch for its
//! highlights.

use super::follows::state_of;
use super::handler::handler;
use crate::state::{Corpus, HiddenKinds};
use leptos::prelude::*;
use parallax_analysis::Kind;

/// One switch per kind: its colour and underline, its plural name, how many names and
/// mentions it has. Pressed means the kind's highlights show.
#[component]
pub fn Legend() -> impl IntoView {
    let Corpus(view) = expect_context();
    let hidden: HiddenKinds = expect_context();
    let kinds = Kind::ALL.map(|kind| {
        let (names, mentions) = view
            .entities
            .iter()
            .filter(|e| e.kind == kind)
            .fold((0u32, 0u32), |(n, m), e| (n + 1, m + e.total()));
        view! {
            <li>
                <button
                    type="button"
                    class="legend-kind"
                    data-kind=kind.as_str()
                    data-legend-kind=kind.as_str()
                    aria-pressed=state_of(move || !hidden.hides(kind))
                    on:click=handler(move |_| hidden.toggle(kind))
                >
                    <span class="swatch" aria-hidden="true">"Aa"</span>
                    <span class="legend-name">{kind.plural()}</span>
                    <span class="legend-count" data-legend-count>{names}</span>
                    <span class="legend-mentions" data-legend-mentions>{mentions}" mentions"</span>
                </button>
            </li>
        }
    });
    view! {
        <ul class="legend" aria-label="Highlights by kind: press to show or hide" data-legend>
            {kinds.into_iter().collect_view()}
        </ul>
    }
}
