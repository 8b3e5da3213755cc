//! Words and punctuation with their byte offsets, and where sentences start.
//!
//! The recogniser reads tokens, never rewritten text: every token is a byte range of the
//! original article, so a name found in tokens is a span of the original bytes.

/// What a token looks like.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// Letters, possibly with digits or inner apostrophes: `Homs`, `M5`, `Sana'a`, `U.S.`.
    Word,
    /// Digits only: `2011`, `37`.
    Number,
    /// One punctuation or symbol character.
    Punct,
}

/// A token: a byte range and its shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// First byte.
    pub start: usize,
    /// Byte after the last.
    pub end: usize,
    /// What it looks like.
    pub shape: Shape,
    /// Whether whitespace (or the start of the passage) comes right before it.
    pub space_before: bool,
    /// Whether it begins a sentence (after `.`, `!`, `?`, a colon, or at the start).
    pub sentence_start: bool,
}

impl Token {
    /// The token's text.
    #[must_use]
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
}

/// Apostrophes, straight and curly, and the modifier letters used in transliteration.
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ' | 'ʿ' | 'ʾ' | '`')
}

/// Hyphens and the dashes that join words without spaces.
pub fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑')
}

fn is_word_char(c: char) -> bool {
    if c.is_ascii() { c.is_ascii_alphanumeric() } else { c.is_alphanumeric() || is_mark(c) }
}

/// Combining marks (diacritics typed as separate code points) belong to their letter.
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x0610..=0x061A | 0x064B..=0x065F | 0x1AB0..=0x1AFF)
}

/// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "adm", "apr", "aug", "capt", "co", "col", "corp", "dec", "dr", "feb", "gen", "gov", "inc", "jan", "jr",
    "jul", "jun", "lt", "ltd", "maj", "mar", "messrs", "mr", "mrs", "ms", "mt", "no", "nov", "oct", "prof",
    "rep", "rev", "sen", "sep", "sept", "sgt", "sr", "st", "vs",
];

/// The length of the longest of [`ABBREVIATIONS`], to skip searching them for longer words.
const LONGEST_ABBREVIATION: usize = 6;

/// Splits `text[start..end]` into tokens.
#[must_use]
pub fn tokenize(text: &str, start: usize, end: usize) -> Vec<Token> {
    // About one token for every five bytes of English text.
    let mut tokens: Vec<Token> = Vec::with_capacity((end - start) / 5);
    let slice = &text[start..end];
    let mut chars = slice.char_indices().peekable();
    let mut space_before = true;
    let mut sentence_start = true;
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() {
            space_before = true;
            continue;
        }
        let token_start = start + i;
        let (token_end, shape) = if is_word_char(c) {
            let mut last = i + c.len_utf8();
            let mut all_digits = c.is_ascii_digit();
            while let Some(&(j, d)) = chars.peek() {
                if is_word_char(d) {
                    all_digits &= d.is_ascii_digit();
                    last = j + d.len_utf8();
                    chars.next();
                } else if is_apostrophe(d) && inner_apostrophe(slice, j + d.len_utf8()) {
                    last = j + d.len_utf8();
                    chars.next();
                } else if d == '.' && initialism_continues(slice, i, j) {
                    last = j + 1;
                    chars.next();
                } else {
                    break;
                }
            }
            (start + last, if all_digits { Shape::Number } else { Shape::Word })
        } else {
            (token_start + c.len_utf8(), Shape::Punct)
        };
        tokens.push(Token { start: token_start, end: token_end, shape, space_before, sentence_start });
        sentence_start = ends_sentence(text, &tokens, slice, token_end - start);
        space_before = false;
    }
    tokens
}

/// An apostrophe inside a word (`Sana'a`, `N'Djamena`) rather than a possessive `'s` or a
/// closing quote: a letter follows, and it is not a lone `s` ending the word.
fn inner_apostrophe(slice: &str, after: usize) -> bool {
    let mut rest = slice[after..].chars();
    match rest.next() {
        Some('s' | 'S') => rest.next().is_some_and(is_word_char),
        Some(c) => c.is_alphabetic(),
        None => false,
    }
}

/// Whether the `.` at `dot` continues an initialism like `U.S.` or `U.N.`: the word so far is
/// single letters joined by dots, and a single letter follows the dot.
fn initialism_continues(slice: &str, word_start: usize, dot: usize) -> bool {
    let so_far = &slice[word_start..dot];
    let letters_only = so_far.split('.').all(|part| part.chars().count() == 1);
    let mut next = slice[dot + 1..].chars();
    match next.next() {
        // "U.S" so far, then the closing dot of "U.S.".
        None => letters_only && so_far.contains('.'),
        Some(c) if !c.is_alphanumeric() => letters_only && so_far.contains('.'),
        Some(c) => letters_only && c.is_uppercase() && next.next().is_none_or(|c| c == '.'),
    }
}

/// Whether the token just pushed ends a sentence, so the next word starts one.
fn ends_sentence(text: &str, tokens: &[Token], slice: &str, after: usize) -> bool {
    let Some(last) = tokens.last() else { return true };
    // Every rule below is about punctuation: a word never ends a sentence by itself.
    if last.shape != Shape::Punct {
        return false;
    }
    // A punctuation token is one character: matched as a character, not as a string.
    let Some(mark) = last.text(text).chars().next() else { return false };
    let followed_by_space = slice[after..].chars().next().is_none_or(char::is_whitespace);
    match mark {
        '.' => {
            // "Gen. Smith", "Mr. Smith", "John F. Kennedy": the dot after an abbreviation
            // or an initial does not end the sentence.
            let before = tokens.len().checked_sub(2).map(|i| tokens[i].text(text));
            let abbreviation = before.is_some_and(|w| {
                let lower = crate::fold::lowercase(w);
                (lower.len() <= LONGEST_ABBREVIATION && ABBREVIATIONS.contains(&lower.as_ref()))
                    || (w.chars().count() == 1 && w.chars().all(char::is_uppercase))
            });
            !abbreviation && followed_by_space
        }
        '!' | '?' | ':' | '…' => followed_by_space,
        // List bullets, breadcrumbs, separators and clause breaks: what follows starts afresh
        // ("* Deal faces…", "Markets › Deals", "; Editing by", "KHARTOUM (Reuters) - At least").
        // A spaced hyphen is a dash; a straight quote at a sentence start opens a quotation.
        // A double quote opens a quotation, which starts with a capital of its own
        // (`said “We won”`).
        '*' | '•' | '·' | '›' | '»' | '>' | '|' | ';' | '—' | '–' | '“' => true,
        '-' | '‐' => last.space_before && followed_by_space,
        '"' | '\'' if last.sentence_start => true,
        // A closing quote or bracket keeps the state of what it closes.
        '”' | '’' | '"' | '\'' | ')' | ']' => {
            tokens.len() >= 2 && {
                let before = tokens[tokens.len() - 2].text(text);
                matches!(before, "." | "!" | "?" | "…")
            }
        }
        // A single quote or bracket at a sentence start passes it on.
        '‘' | '(' | '[' | '«' => last.sentence_start,
        // A word ending in "." (U.S.) may end a sentence; only the next word can tell.
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text, 0, text.len()).iter().map(|t| t.text(text)).collect()
    }

    fn starts(text: &str) -> Vec<&str> {
        tokenize(text, 0, text.len())
            .iter()
            .filter(|t| t.sentence_start && t.shape == Shape::Word)
            .map(|t| t.text(text))
            .collect()
    }

    #[test]
    fn longest_abbreviation() {
        assert_eq!(ABBREVIATIONS.iter().map(|a| a.len()).max(), Some(LONGEST_ABBREVIATION));
    }

    #[test]
    fn possessives_hyphens_and_inner_apostrophes() {
        assert_eq!(words("al-Assad’s rule"), ["al", "-", "Assad", "’", "s", "rule"]);
        assert_eq!(words("Sana'a and N’Djamena"), ["Sana'a", "and", "N’Djamena"]);
        assert_eq!(words("Hamas’ fighters"), ["Hamas", "’", "fighters"]);
        assert_eq!(words("the M5 highway, 2011"), ["the", "M5", "highway", ",", "2011"]);
    }

    #[test]
    fn initialisms_stay_whole() {
        assert_eq!(words("U.S. officials and the U.N."), ["U.S.", "officials", "and", "the", "U.N."]);
        assert_eq!(words("in the U.S."), ["in", "the", "U.S."]);
    }

    #[test]
    fn sentence_starts() {
        assert_eq!(
            starts("DAMASCUS (Agencies): Opposition forces. Mr. Smith said “We won.” Then Gen. Lee left."),
            ["DAMASCUS", "Opposition", "Mr", "We", "Then"]
        );
        assert_eq!(starts("He said: “When we talk.” After that"), ["He", "When", "After"]);
    }

    #[test]
    fn offsets_are_byte_offsets_of_the_original() {
        let text = "“Hayat Tahrir al-Sham” (HTS)";
        for token in tokenize(text, 0, text.len()) {
            assert!(text.is_char_boundary(token.start) && text.is_char_boundary(token.end));
        }
        let sub = &text[3..];
        let tokens = tokenize(text, 3, text.len());
        assert_eq!(tokens[0].text(text), "Hayat");
        assert_eq!(tokens[0].start, 3);
        assert!(sub.starts_with("Hayat"));
    }
}
