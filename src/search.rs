//! Finding names and sources by what a reader types: the index's and the source chooser's
//! search boxes.

/// What a reader typed into a search box, ready to look for.
///
/// Case is folded for ASCII letters only ("reuters" finds "Reuters", "vucic" does not find
/// "Vučić"): Unicode's case tables would weigh more in the wasm than the searches that use
/// them. Byte by byte is sound in UTF-8: a needle's bytes can only match at a character
/// boundary of the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Needle(String);

impl Needle {
    /// The typed text without the (ASCII) spaces around it.
    pub fn new(typed: &str) -> Self {
        Self(typed.trim_ascii().to_owned())
    }

    /// Whether `text` contains it, ignoring ASCII case. An empty needle is in every text.
    pub fn finds(&self, text: &str) -> bool {
        let needle = self.0.as_bytes();
        needle.is_empty() || text.as_bytes().windows(needle.len()).any(|w| w.eq_ignore_ascii_case(needle))
    }
}

#[cfg(test)]
mod tests {
    use super::Needle;
    use proptest::prelude::*;

    #[test]
    fn finds_in_any_ascii_case_and_ignores_the_spaces_around() {
        assert!(Needle::new("").finds("Reuters"));
        assert!(Needle::new("  ").finds(""));
        assert!(Needle::new(" reuters ").finds("Reuters"));
        assert!(Needle::new("AL-ASSAD").finds("Bashar al-Assad"));
        assert!(Needle::new("002_8f7").finds("0002_002_8f763a708d8fd802.txt"));
        assert!(!Needle::new("reuters").finds("Reuter"));
        assert!(!Needle::new("al assad").finds("al-Assad"));
    }

    #[test]
    fn finds_accented_letters_as_written() {
        assert!(Needle::new("Vučić").finds("Aleksandar Vučić said"));
        assert!(Needle::new("vučić").finds("Vučić"), "the ASCII letters fold, the others match");
        assert!(!Needle::new("VUČIĆ").finds("Vučić"), "only ASCII letters fold");
        assert!(!Needle::new("vucic").finds("Vučić"));
    }

    proptest! {
        #[test]
        fn agrees_with_lower_casing_both(text in "[a-zA-Zčé _-]{0,12}", needle in "[a-zA-Zčé_-]{0,4}") {
            let expected = text.to_ascii_lowercase().contains(&needle.to_ascii_lowercase());
            prop_assert_eq!(Needle::new(&needle).finds(&text), expected);
        }
    }
}
