//! Stage 2: an article's text is cut into passages (paragraphs, headings, page furniture).
//!
//! Scraped news text is messy: some files separate paragraphs with blank lines, some put one
//! paragraph per line, some wrap lines mid-sentence, and most carry page debris. A passage is
//! a byte range of the original text, so nothing is rewritten, and every non-blank character
//! of the article belongs to exactly one passage, so nothing is dropped.

use crate::article::Article;
pub use crate::role::Role;

/// A passage: a byte range of the article's text and what it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Passage {
    /// First byte, inclusive.
    pub start: usize,
    /// Last byte, exclusive. The range never starts or ends with whitespace.
    pub end: usize,
    /// What it is.
    pub role: Role,
}

/// Cuts an article into passages, in order.
#[must_use]
pub fn split(article: &Article) -> Vec<Passage> {
    let text = article.text.as_str();
    let mut passages = Vec::new();
    for block in blocks(text, article.body_start()) {
        let widest = block.iter().map(|line| char_len(line.text(text))).max().unwrap_or(0);
        let mut start = block[0];
        for pair in block.windows(2) {
            if !continues(pair[0].text(text), pair[1].text(text), widest) {
                passages.push(Passage { start: start.start, end: pair[0].end, role: Role::Paragraph });
                start = pair[1];
            }
        }
        if let Some(last) = block.last() {
            passages.push(Passage { start: start.start, end: last.end, role: Role::Paragraph });
        }
    }
    assign_roles(text, &mut passages);
    passages
}

/// A line's content, trimmed of surrounding whitespace, as a byte range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Line {
    start: usize,
    end: usize,
}

impl Line {
    fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
}

/// Groups non-blank lines into blocks separated by blank lines. Handles LF, CRLF and lone CR.
fn blocks(text: &str, from: usize) -> Vec<Vec<Line>> {
    let mut blocks = Vec::new();
    let mut block = Vec::new();
    let mut line_start = from;
    let bytes = text.as_bytes();
    let mut i = from;
    while i <= bytes.len() {
        let at_end = i == bytes.len();
        if at_end || bytes[i] == b'\n' || bytes[i] == b'\r' {
            match trim(text, line_start, i) {
                Some(line) => block.push(line),
                None if !block.is_empty() => blocks.push(std::mem::take(&mut block)),
                None => {}
            }
            // CRLF is one line end, not an empty line between two.
            if !at_end && bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                i += 1;
            }
            line_start = i + 1;
        }
        i += 1;
    }
    if !block.is_empty() {
        blocks.push(block);
    }
    blocks
}

/// The non-whitespace part of `text[start..end]`, or `None` when it is blank.
fn trim(text: &str, start: usize, end: usize) -> Option<Line> {
    let slice = &text[start..end];
    let trimmed_start = slice.len() - slice.trim_start().len();
    let trimmed = slice.trim();
    (!trimmed.is_empty())
        .then(|| Line { start: start + trimmed_start, end: start + trimmed_start + trimmed.len() })
}

fn char_len(s: &str) -> usize {
    s.chars().count()
}

/// Whether `next` continues the paragraph that `line` is part of, in a block whose widest
/// line is `widest` characters. A line that ends a sentence never continues; a next line in
/// lower case always does; otherwise a long line ending mid-phrase was wrapped by width.
fn continues(line: &str, next: &str, widest: usize) -> bool {
    if ends_sentence(line) {
        return false;
    }
    if next.chars().next().is_some_and(char::is_lowercase) {
        return true;
    }
    let last = line.chars().next_back().unwrap_or('.');
    let mid_phrase = last == ',' || last == '-' || last == '–' || last.is_lowercase();
    mid_phrase && widest >= 50 && char_len(line) * 10 >= widest * 6
}

/// Whether a line ends with sentence punctuation, possibly inside closing quotes or brackets.
fn ends_sentence(line: &str) -> bool {
    let core = line.trim_end_matches(['"', '\'', '”', '’', ')', ']', '»']);
    core.ends_with(['.', '!', '?', ':', ';', '…'])
}

/// Gives each passage its role, from its text and its place in the article.
fn assign_roles(text: &str, passages: &mut [Passage]) {
    for passage in passages.iter_mut() {
        let content = &text[passage.start..passage.end];
        // Both tests read the passage in lower case: fold it once.
        let lower = crate::fold::lowercase(content);
        if is_furniture(content, &lower) {
            passage.role = Role::Furniture;
        } else if is_caption(content, &lower) {
            passage.role = Role::Caption;
        }
    }
    let body: Vec<usize> = (0..passages.len()).filter(|&i| passages[i].role == Role::Paragraph).collect();
    for (rank, &i) in body.iter().enumerate() {
        let content = &text[passages[i].start..passages[i].end];
        let near_edge = rank < 2 || rank + 3 >= body.len();
        // A byline comes under the headline, after a kicker or breadcrumb at most.
        let credit = (near_edge && is_credit(content)) || (rank < 3 && is_role_line(content));
        if credit && body.len() > 1 {
            passages[i].role = Role::Credit;
        } else if rank == 0 && body.len() > 1 && is_title_like(content, 25) {
            passages[i].role = Role::Headline;
        } else if rank > 0 && rank + 1 < body.len() && is_title_like(content, 12) {
            passages[i].role = Role::Heading;
        }
    }
}

/// Words and phrases scrapers pick up from the page around an article. Matched without case,
/// against the whole passage (`exact`) or its start (`prefix`).
const FURNITURE_EXACT: &[&str] = &[
    "advertisement",
    "comments",
    "copy link",
    "email",
    "facebook",
    "print",
    "related",
    "share",
    "share this",
    "share this article",
    "skip advertisement",
    "story continues below advertisement",
    "tags",
    "twitter",
    "whatsapp",
];
const FURNITURE_PREFIX: &[&str] = &[
    "also read",
    "read also",
    "read more",
    "see also",
    "related:",
    "tags:",
    "comments about",
    "please fill the fields",
    "leave a comment",
    "click here",
    "subscribe to",
    "sign up for",
    "follow us",
    "you may also like",
    "recommended for you",
    "most read",
];

/// `lower` is `content` in lower case.
fn is_furniture(content: &str, lower: &str) -> bool {
    if !content.chars().any(char::is_alphanumeric) {
        return true;
    }
    let lower = lower.trim_end_matches(['.', ':', '!']);
    FURNITURE_EXACT.contains(&lower)
        || FURNITURE_PREFIX.iter().any(|p| lower.starts_with(p))
        || is_labels(content)
}

/// A section kicker or breadcrumb: short labels between bars ("REGION | VENEZUELA", "Home |
/// World | Middle East"), not a sentence. Left as a paragraph it would become the headline.
fn is_labels(content: &str) -> bool {
    let mut labels = content.split('|').map(str::trim);
    let short = |label: &str| {
        let words = label.split_whitespace().count();
        (1..=3).contains(&words) && !label.contains(['.', '!', '?', ',', ':', ';'])
    };
    content.contains('|') && labels.all(short)
}

/// A photo caption ends with a credit after a bar ("… | AP") or names its photographer.
/// `lower` is `content` in lower case.
fn is_caption(content: &str, lower: &str) -> bool {
    if let Some((before, credit)) = content.rsplit_once('|') {
        let words = credit.split_whitespace().count();
        return (1..=4).contains(&words) && before.split_whitespace().count() >= 4;
    }
    lower.starts_with("photo:") || lower.starts_with("image:") || lower.contains("(photo:")
}

const CREDIT_PREFIX: &[&str] = &[
    "reporting by",
    "additional reporting",
    "writing by",
    "editing by",
    "compiled by",
    "with inputs from",
    "with agency inputs",
    "by ",
    "source:",
];

/// Words that say what a byline's writer is, after the name ("By Horn Observer Reporter",
/// "Dawn Staff Report", "Our Correspondent"): a role, never part of the name.
pub(crate) const BYLINE_ROLES: &[&str] = &[
    "correspondent",
    "correspondents",
    "editor",
    "report",
    "reporter",
    "reporters",
    "staff",
    "writer",
    "writers",
];

/// "Kabul Ledger Staff Report", "Our Correspondent": a short line of capitalised words ending
/// in a byline role credits an outlet or a writer, even without "By".
fn is_role_line(content: &str) -> bool {
    let words: Vec<&str> = content.split_whitespace().collect();
    (2..=6).contains(&words.len())
        && words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && words.last().is_some_and(|w| BYLINE_ROLES.contains(&w.to_lowercase().as_str()))
}

fn is_credit(content: &str) -> bool {
    if content.chars().count() > 80 {
        return false;
    }
    let lower = content.to_lowercase();
    crate::knowledge::AGENCIES.contains(&crate::fold::key(content).as_str())
        || CREDIT_PREFIX.iter().any(|p| lower.starts_with(p) && content.split_whitespace().count() <= 12)
}

/// A short line that does not end like a sentence: a headline or a sub-heading.
fn is_title_like(content: &str, max_words: usize) -> bool {
    // Counting stops past the limit: most passages are long paragraphs.
    let short = content.split_whitespace().nth(max_words).is_none();
    let core = content.trim_end_matches(['"', '\'', '”', '’', ')']);
    short
        && !core.ends_with(['.', ':', ';', ','])
        && !content.contains(['\n', '\r'])
        && content.chars().next().is_some_and(|c| !c.is_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roles(text: &str) -> Vec<(Role, &str)> {
        let article = Article::from_text("t.txt", text);
        split(&article).into_iter().map(|p| (p.role, &text[p.start..p.end])).collect()
    }

    #[test]
    fn blank_lines_separate_paragraphs() {
        let got = roles("One thing happened.\n\nAnother thing happened.\n");
        assert_eq!(
            got,
            [(Role::Paragraph, "One thing happened."), (Role::Paragraph, "Another thing happened.")]
        );
    }

    #[test]
    fn one_paragraph_per_line_without_blank_lines() {
        let got = roles("First line ends here.\nSecond line ends here.");
        assert_eq!(got.len(), 2);
    }

    #[test]
    fn a_line_wrapped_mid_sentence_is_one_paragraph() {
        let text = "The faction is the former al Qaeda\naffiliate in Syria.\nNext one.";
        let got = roles(text);
        assert_eq!(got[0], (Role::Paragraph, "The faction is the former al Qaeda\naffiliate in Syria."));
        assert_eq!(got[1], (Role::Paragraph, "Next one."));
    }

    #[test]
    fn hard_wrapped_text_joins_lines_that_end_mid_phrase() {
        let text = "The rebels said on Thursday that they had entered the outskirts of\n\
                    Homs after a night of heavy fighting with the army and its allies.\n\
                    They did not say how many fighters had been killed in the battle.";
        let got = roles(text);
        assert_eq!(got.len(), 2, "{got:?}");
    }

    #[test]
    fn a_section_kicker_is_furniture_and_the_headline_follows_it() {
        let got = roles("WORLD | MIDDLE EAST\nRebels reach the city gates\n\nThe rebels said so.\n\nMore.\n");
        assert_eq!(got[0], (Role::Furniture, "WORLD | MIDDLE EAST"));
        assert_eq!(got[1], (Role::Headline, "Rebels reach the city gates"));
        // A caption's credit after a bar, or a sentence with one, is not a kicker.
        let caption = roles("Fighters stand on a tank outside the city | AFP\n\nThe rebels said so.\n");
        assert_eq!(caption[0].0, Role::Caption);
        assert_eq!(roles("Prices rose | fell, said one.\n\nMore.\n")[0].0, Role::Paragraph);
    }

    #[test]
    fn crlf_bom_and_trailing_spaces_are_not_content() {
        let text = "\u{FEFF}Headline here\r\n\r\nBody text.\u{A0}\r\nMore body text. \r\n";
        let got = roles(text);
        assert_eq!(
            got,
            [
                (Role::Headline, "Headline here"),
                (Role::Paragraph, "Body text."),
                (Role::Paragraph, "More body text.")
            ]
        );
    }

    #[test]
    fn furniture_captions_credits_and_headings() {
        let text = "×\n\nWhy are rebels targeting Homs?\n\nThe rebels advanced.\n\n\
                    Also read | Another story\n\nFighters stand atop a vehicle near Hama, Syria | AP\n\n\
                    Why Homs matters\n\nHoms is a crossroads.\n\nReuters\n\nTAGS";
        let got: Vec<Role> = roles(text).into_iter().map(|(role, _)| role).collect();
        assert_eq!(
            got,
            [
                Role::Furniture,
                Role::Headline,
                Role::Paragraph,
                Role::Furniture,
                Role::Caption,
                Role::Heading,
                Role::Paragraph,
                Role::Credit,
                Role::Furniture
            ]
        );
    }

    #[test]
    fn empty_and_blank_articles_have_no_passages() {
        assert!(roles("").is_empty());
        assert!(roles(" \n\r\n\t\u{A0}\n").is_empty());
    }

    #[test]
    fn a_lone_line_is_a_paragraph_not_a_headline() {
        assert_eq!(roles("Just this"), [(Role::Paragraph, "Just this")]);
    }
}
