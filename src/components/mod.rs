//! The app's components, one job each. Styles live in `style/`, one file per component.

pub mod app;
pub mod column;
pub mod filter_bar;
pub mod live_region;
pub mod mention;
pub mod notice;
pub mod passage;
pub mod reader;
pub mod toolbar;
