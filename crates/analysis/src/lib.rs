//! Parallax's analysis core: a pure Rust library with no web dependencies.
//!
//! The pipeline has one module per stage, run in this order by [`Corpus::from_paths`]:
//!
//! 1. [`article`]: a file, read and checked, its bytes kept as they are;
//! 2. [`passage`]: the article cut into paragraphs, headings, captions, credits, furniture;
//! 3. [`mention`]: the names in each passage, with their [`Kind`];
//! 4. [`entity`]: mentions linked into entities across sources (aliases, spellings);
//! 5. [`view`]: what the app renders, encoded at build time and embedded.
//!
//! Everything but [`view`] and [`kind`] needs the default `pipeline` feature; the app's wasm
//! build turns it off and only decodes views.

pub mod kind;
pub mod view;

#[cfg(feature = "pipeline")]
pub mod article;
#[cfg(feature = "pipeline")]
pub mod corpus;
#[cfg(feature = "pipeline")]
pub mod entity;
#[cfg(feature = "pipeline")]
pub mod error;
#[cfg(feature = "pipeline")]
pub mod eval;
#[cfg(feature = "pipeline")]
pub mod fold;
#[cfg(feature = "pipeline")]
pub mod knowledge;
#[cfg(feature = "pipeline")]
pub mod mention;
#[cfg(feature = "pipeline")]
pub mod source;
#[cfg(feature = "pipeline")]
pub mod tokens;

#[cfg(feature = "pipeline")]
pub use corpus::Corpus;
#[cfg(feature = "pipeline")]
pub use error::Error;
pub use kind::Kind;
pub use view::{EntityView, MentionView, PassageView, Segment, SourceCount, SourceView, Spelling, View};

#[cfg(feature = "pipeline")]
pub mod passage;
pub mod role;
pub use role::Role;
