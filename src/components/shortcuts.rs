//! The list of keyboard shortcuts, opened with `?`.

use super::fresh::Later;
use super::handler::handler;
use crate::state::{Open, Panel};
use leptos::prelude::*;

/// The keys and what they do. Rendered only while open.
#[component]
pub fn Shortcuts() -> impl IntoView {
    let open: Open = expect_context();
    move || {
        Later((open.0.get() == Panel::Shortcuts).then(|| {
            view! {
                <div
                    class="shortcuts"
                    role="dialog"
                    aria-labelledby="shortcuts-title"
                    tabindex="-1"
                    data-shortcuts
                >
                    <h2 id="shortcuts-title">"Keyboard shortcuts"</h2>
                    <dl>
                        <dt><kbd>"Tab"</kbd></dt>
                        <dd>"Go to the next name in the text"</dd>
                        <dt><kbd>"Enter"</kbd>" or "<kbd>"Space"</kbd></dt>
                        <dd>"Show only the passages naming it, in every source"</dd>
                        <dt><kbd>"Shift"</kbd>" + "<kbd>"Enter"</kbd></dt>
                        <dd>"Add it to the filter: passages naming both"</dd>
                        <dt><kbd>"n"</kbd>" / "<kbd>"p"</kbd></dt>
                        <dd>"Next / previous mention of the filtered name, across sources"</dd>
                        <dt><kbd>"/"</kbd></dt>
                        <dd>"Find a name in the index"</dd>
                        <dt><kbd>"Esc"</kbd></dt>
                        <dd>"Close the panel; else close the card and show the full articles"</dd>
                        <dt><kbd>"?"</kbd></dt>
                        <dd>"Show this list"</dd>
                    </dl>
                    <button type="button" class="tool" on:click=handler(move |_| open.0.set(Panel::Closed))>
                        "Close"
                    </button>
                </div>
            }
        }))
    }
}
