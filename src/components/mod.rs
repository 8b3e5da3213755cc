//! The app's components, one job each. Styles live in `style/`, one file per component.

pub mod app;
pub mod card;
pub mod column;
pub mod copy_link;
pub mod filter_bar;
pub mod follows;
pub mod fresh;
pub mod handler;
pub mod index;
pub mod legend;
pub mod live_region;
pub mod mention;
pub mod notice;
pub mod passage;
pub mod reader;
pub mod shortcuts;
pub mod source_chooser;
pub mod source_tabs;
pub mod theme_toggle;
pub mod toolbar;
