//! The kinds of thing a name can name.

use serde::{Deserialize, Serialize};

/// What a named entity is. The order is the order of the legend.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A named individual: `Bashar al-Assad`, `Khaled`.
    Person,
    /// A named organisation: `Hayat Tahrir al-Sham`, `Reuters`, `United Nations`.
    Organization,
    /// A country, region, city, town or geographic feature: `Homs`, `Hama province`.
    Place,
    /// A nationality, ethnic or religious community, or family: `Syrian`, `Alawite`.
    Group,
}

impl Kind {
    /// Every kind, in legend order.
    pub const ALL: [Kind; 4] = [Kind::Person, Kind::Organization, Kind::Place, Kind::Group];

    /// The lower-case name used in JSON, `data-kind` hooks and CSS classes.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Kind::Person => "person",
            Kind::Organization => "organization",
            Kind::Place => "place",
            Kind::Group => "group",
        }
    }

    /// The plural label a reader sees in the legend and index headings.
    #[must_use]
    pub const fn plural(self) -> &'static str {
        match self {
            Kind::Person => "People",
            Kind::Organization => "Organisations",
            Kind::Place => "Places",
            Kind::Group => "Groups",
        }
    }

    /// Parses the lower-case name back; `None` for anything else.
    #[must_use]
    pub fn parse(name: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|kind| kind.as_str() == name)
    }
}

impl std::fmt::Display for Kind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for kind in Kind::ALL {
            assert_eq!(Kind::parse(kind.as_str()), Some(kind));
        }
        assert_eq!(Kind::parse("Person"), None);
        assert_eq!(Kind::parse(""), None);
    }
}
