//! What a passage is on the page it was scraped from. Shared by the passage splitter and the
//! view, so it is always compiled.

use serde::{Deserialize, Serialize};

/// What a passage is on the page it was scraped from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// The article's own title, when its first line is one.
    Headline,
    /// A sub-heading between paragraphs.
    Heading,
    /// Body text.
    Paragraph,
    /// A photo caption ("… | AP").
    Caption,
    /// An agency or byline credit on a line of its own ("Reuters").
    Credit,
    /// Scraper debris: share buttons, "Also read" links, comment forms. Shown muted.
    Furniture,
}

impl Role {
    /// The lower-case name used in `data-role` hooks and CSS.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Role::Headline => "headline",
            Role::Heading => "heading",
            Role::Paragraph => "paragraph",
            Role::Caption => "caption",
            Role::Credit => "credit",
            Role::Furniture => "furniture",
        }
    }
}
