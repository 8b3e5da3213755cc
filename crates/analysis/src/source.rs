//! A source: an article cut into passages, with what it says about its own origin.

use crate::article::Article;
use crate::passage::{self, Passage, Role};
use std::ops::Range;

/// One report of the story: the article, its passages and its credits.
#[derive(Debug, Clone)]
pub struct Source {
    /// The file and its text.
    pub article: Article,
    /// Its passages, in order.
    pub passages: Vec<Passage>,
    /// The headline passage's text range, when the article starts with one.
    pub headline: Option<Range<usize>>,
    /// The dateline at the start of the first paragraph ("DAMASCUS (Agencies)").
    pub dateline: Option<Range<usize>>,
    /// An agency or byline credit on a line of its own ("Reuters").
    pub credit: Option<Range<usize>>,
}

impl Source {
    /// Cuts an article into passages and finds its headline, dateline and credit.
    #[must_use]
    pub fn new(article: Article) -> Source {
        let passages = passage::split(&article);
        let text = article.text.as_str();
        let range_of = |role: Role| passages.iter().find(|p| p.role == role).map(|p| p.start..p.end);
        let headline = range_of(Role::Headline);
        let credit = passages.iter().rev().find(|p| p.role == Role::Credit).map(|p| p.start..p.end);
        let dateline = passages
            .iter()
            .find(|p| p.role == Role::Paragraph)
            .and_then(|p| dateline(&text[p.start..p.end]).map(|len| p.start..p.start + len));
        Source { article, passages, headline, dateline, credit }
    }

    /// The file name, the source's id.
    #[must_use]
    pub fn file(&self) -> &str {
        &self.article.file
    }

    /// The source's text.
    #[must_use]
    pub fn text(&self) -> &str {
        &self.article.text
    }

    /// What heads the source's column: its headline, else its dateline, else its credit, else
    /// its file name.
    #[must_use]
    pub fn title(&self) -> &str {
        let text = self.text();
        [&self.headline, &self.dateline, &self.credit]
            .into_iter()
            .flatten()
            .next()
            .map_or(self.file(), |range| &text[range.clone()])
    }
}

/// The length of a wire-service dateline at the start of a paragraph, without its separator:
/// a place in capitals, optionally a date, optionally an agency in brackets, then `:` or a dash.
/// `"DAMASCUS (Agencies): Opposition…"` → the length of `"DAMASCUS (Agencies)"`.
fn dateline(paragraph: &str) -> Option<usize> {
    let first_word: String = paragraph.chars().take_while(|c| c.is_alphabetic()).collect();
    if first_word.chars().count() < 3 || first_word.chars().any(char::is_lowercase) {
        return None;
    }
    // The dateline ends at the first separator within a short prefix.
    let window: String = paragraph.chars().take(60).collect();
    let separators = [": ", " - ", " — ", " – ", " -- "];
    let end = separators.iter().filter_map(|sep| window.find(sep)).min()?;
    let head = paragraph[..end].trim_end();
    // Nothing sentence-like before the separator: a dateline has no lower-case word outside
    // brackets except month names and the like, which are capitalised anyway.
    let outside_brackets = head.split('(').next().unwrap_or(head);
    let lower_words = outside_brackets
        .split_whitespace()
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .count();
    (lower_words == 0 && !head.is_empty()).then_some(head.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(text: &str) -> Source {
        Source::new(Article::from_text("x.txt", text))
    }

    #[test]
    fn datelines_in_their_usual_forms() {
        for (text, want) in [
            ("DAMASCUS (Agencies): Opposition forces pressed on.", "DAMASCUS (Agencies)"),
            ("KHARTOUM (Reuters) - The army said.", "KHARTOUM (Reuters)"),
            ("KYIV, March 3 (AP): Drones struck.", "KYIV, March 3 (AP)"),
            ("NEW DELHI — Officials met.", "NEW DELHI"),
        ] {
            let s = source(text);
            assert_eq!(s.dateline.map(|r| &text[r]), Some(want), "{text}");
        }
        for text in ["The army said: nothing.", "US officials - who declined - spoke.", "AFP"] {
            assert_eq!(source(text).dateline, None, "{text}");
        }
    }

    #[test]
    fn title_prefers_headline_then_dateline_then_credit_then_file() {
        assert_eq!(source("Why Homs matters\n\nBody text here.").title(), "Why Homs matters");
        assert_eq!(source("DAMASCUS (AFP): Body.\n\nMore.").title(), "DAMASCUS (AFP)");
        assert_eq!(source("Body text here.\nMore text.\nReuters").title(), "Reuters");
        assert_eq!(source("Body text here.").title(), "x.txt");
        assert_eq!(source("").title(), "x.txt");
    }
}
