//! A dismissible notice for what the reader should know, such as an unknown entity in the URL.

use super::fresh::Later;
use super::handler::handler;
use crate::state::Notice as NoticeState;
use leptos::prelude::*;

/// Shows the current notice, if any, with a button to dismiss it.
#[component]
pub fn Notice() -> impl IntoView {
    let NoticeState(notice) = expect_context();
    move || {
        Later(notice.get().map(|message| {
            view! {
                <div class="notice" role="status" data-notice>
                    <span>{message}</span>
                    <button type="button" class="notice-close" on:click=handler(move |_| notice.set(None))>
                        "Dismiss"
                    </button>
                </div>
            }
        }))
    }
}
