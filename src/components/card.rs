//! The mention card: what a name is, how each source writes it and how often each names it.

use super::fresh::Later;
use crate::state::{Card, CardAt, Corpus, largest_first};
use leptos::prelude::*;

/// Sources listed one by one in the card; a bigger corpus lists the ones naming it most.
const LISTED: usize = 6;

/// The card for the hovered or focused mention, rendered only while one is (see
/// `browser::connect`, which places it).
#[component]
pub fn MentionCard() -> impl IntoView {
    let Card(card) = expect_context();
    let corpus: Corpus = expect_context();
    move || Later(card.get().map(|at| body(corpus, at)))
}

/// The card itself: canonical name and kind, mentions per source, every spelling with the
/// sources that use it.
fn body(corpus: Corpus, at: CardAt) -> impl IntoView {
    let e = corpus.entity(at.entity);
    let sources = &corpus.0.sources;
    let title = |s: u32| sources[s as usize].title.as_str();
    // Whole pixels: formatting floats would pull float printing into the binary.
    let style = format!(
        "left:{}px;top:{}px{}",
        at.left as i32,
        at.top as i32,
        if at.above { ";transform:translateY(-100%)" } else { "" }
    );
    // Small corpora list every source, naming it or not; big ones the few naming it most.
    let mut listed: Vec<u32> = if sources.len() <= LISTED {
        (0..sources.len() as u32).collect()
    } else {
        e.counts.iter().map(|c| c.source).collect()
    };
    if sources.len() > LISTED {
        largest_first(&mut listed, |s| u64::from(e.count_in(s as usize)));
    }
    let unlisted = listed.len().saturating_sub(LISTED);
    let per_source = listed
        .into_iter()
        .take(LISTED)
        .map(|s| (s, e.count_in(s as usize)))
        .map(|(s, n)| {
            view! {
                <tr data-card-source=sources[s as usize].file.as_str() class:absent=n == 0>
                    <th scope="row">{title(s)}</th>
                    <td>{n}</td>
                </tr>
            }
        })
        .collect_view();
    let spellings = e
        .spellings
        .iter()
        .map(|spelling| {
            let used = spelling.counts.len().saturating_sub(3);
            view! {
                <li data-card-spelling=spelling.text.as_str()>
                    <q>{spelling.text.as_str()}</q>
                    {spelling
                        .counts
                        .iter()
                        .take(3)
                        .map(|c| {
                            view! {
                                <span class="card-source">
                                    <span class="card-source-title">{title(c.source)}</span>
                                    " ×"
                                    {c.count}
                                </span>
                            }
                        })
                        .collect_view()}
                    {(used > 0).then(|| view! { <span class="card-more">"+"{used}</span> })}
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="card" role="tooltip" data-card data-kind=e.kind.as_str() style=style>
            <p class="card-head">
                <strong class="card-name">{e.name.as_str()}</strong>
                <span class="kind-badge" data-kind=e.kind.as_str()>{e.kind.as_str()}</span>
            </p>
            <p class="card-total">
                {e.total()}" mentions in "{e.counts.len()}" of "{sources.len()}" sources"
            </p>
            <table class="card-counts">
                <tbody>
                    {per_source}
                    {(unlisted > 0)
                        .then(|| view! { <tr><td colspan="2">"and "{unlisted}" more sources"</td></tr> })}
                </tbody>
            </table>
            <p class="card-label">"Written as"</p>
            <ul class="card-spellings">{spellings}</ul>
        </div>
    }
}
