//! Properties that hold on any input: spans on character boundaries, sorted, non-overlapping,
//! equal to the source bytes; passages covering every non-blank character; no panic.

#![allow(clippy::unwrap_used, reason = "a failed unwrap in a test is a failed test")]

use parallax_analysis::article::Article;
use parallax_analysis::{Corpus, View};
use proptest::prelude::*;

/// Text that looks like news often enough to produce names: words from the seeds' world,
/// punctuation, quotes, line ends of every kind, and arbitrary Unicode.
fn newsy() -> impl Strategy<Value = String> {
    let word = prop_oneof![
        Just("Homs".to_owned()),
        Just("al-Assad’s".to_owned()),
        Just("President".to_owned()),
        Just("(HTS)".to_owned()),
        Just("Hayat Tahrir al-Sham".to_owned()),
        Just("U.S.".to_owned()),
        Just("the".to_owned()),
        Just("said".to_owned()),
        Just("Syrian".to_owned()),
        Just("“".to_owned()),
        Just("”.".to_owned()),
        Just("\r\n".to_owned()),
        Just("\n\n".to_owned()),
        Just("\u{FEFF}".to_owned()),
        Just("حمص".to_owned()),
        Just("Also read |".to_owned()),
        "[A-Z][a-z]{0,8}",
        "[a-z]{1,8}",
        any::<String>(),
    ];
    prop::collection::vec(word, 0..60).prop_map(|words| words.join(" "))
}

fn check(texts: &[String]) -> Result<(), TestCaseError> {
    let articles: Vec<Article> =
        texts.iter().enumerate().map(|(i, t)| Article::from_text(&format!("{i}.txt"), t)).collect();
    let corpus = Corpus::from_articles(articles);
    let mut last = (0usize, 0usize);
    for m in &corpus.mentions {
        let text = corpus.sources[m.source].text();
        prop_assert!(m.start < m.end && m.end <= text.len());
        prop_assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
        prop_assert!((m.source, m.start) >= last, "sorted and not overlapping");
        last = (m.source, m.end);
        prop_assert!(m.entity < corpus.entities.len());
        prop_assert_eq!(corpus.text_of(m), &text[m.start..m.end]);
    }
    for source in &corpus.sources {
        let text = source.text();
        let mut covered = vec![false; text.len()];
        for p in &source.passages {
            prop_assert!(text.is_char_boundary(p.start) && text.is_char_boundary(p.end));
            covered[p.start..p.end].iter_mut().for_each(|c| *c = true);
        }
        // Nothing is dropped: every non-blank character (but a BOM) is in some passage.
        for (i, c) in text.char_indices() {
            if !c.is_whitespace() && c != '\u{FEFF}' {
                prop_assert!(covered[i], "{c:?} at {i} is in no passage");
            }
        }
    }
    // The view decodes back to itself, and its segments give back each passage's text.
    let view = corpus.view();
    let decoded = View::from_bytes(&view.to_bytes().unwrap()).unwrap();
    prop_assert_eq!(&decoded, &view);
    for source in &view.sources {
        for passage in &source.passages {
            let joined: String = passage
                .segments()
                .iter()
                .map(|s| match s {
                    parallax_analysis::Segment::Text(t) | parallax_analysis::Segment::Mention(t, _) => *t,
                })
                .collect();
            prop_assert_eq!(joined, passage.text.clone());
        }
    }
    let json: serde_json::Value = serde_json::from_str(&corpus.to_json()).unwrap();
    prop_assert!(json["mentions"].is_array());
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn any_text_gives_sound_spans(texts in prop::collection::vec(newsy(), 1..4)) {
        check(&texts)?;
    }

    #[test]
    fn any_bytes_read_as_an_article_or_a_clear_error(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        match Article::from_bytes(std::path::Path::new("x.txt"), bytes) {
            Ok(article) => check(&[article.text])?,
            Err(error) => {
                let message = error.to_string();
                prop_assert!(message.starts_with("x.txt:"), "{message}");
                prop_assert!(message.contains("not UTF-8"), "{message}");
            }
        }
    }
}

proptest! {
    #[test]
    fn a_shortened_title_is_a_prefix_and_never_longer(text in "\\PC{0,60}", max in 1usize..40) {
        if let Some(short) = parallax_analysis::view::shorten(&text, max) {
            let kept = short.strip_suffix('…').unwrap();
            prop_assert!(text.starts_with(kept));
            prop_assert!(kept.chars().count() <= max);
        }
    }
}
