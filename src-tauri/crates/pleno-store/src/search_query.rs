//! What a person types in the search box, made into an FTS5 query that can never be
//! read as query syntax: words and "quoted phrases" only. Operators (`AND`, `OR`,
//! `NOT`, `NEAR`), parentheses, a lone quote, `*`, `-`, `:` and `^` are typed by
//! habit or by accident, and FTS5 would either fail on them or require them as words.

/// The words FTS5 reads as operators; typed in capitals, a person means the operator
/// (or copied it from another search engine), so they are left out, never required.
const OPERATORS: &[&str] = &["AND", "OR", "NOT", "NEAR"];

/// Builds the MATCH expression: every word, and every phrase between a pair of
/// double quotes, must appear; the last word of each is a prefix ("repatri" finds
/// "repatriación"). `None` when nothing searchable was typed.
pub fn fts_query(text: &str) -> Option<String> {
    query(text, "*")
}

/// As `fts_query`, each word whole ("víctima" does not find "víctimas"). FTS5
/// streams a whole word's matches newest first and stops at the limit, where a
/// prefix makes it read every match of every word it starts; so search asks for
/// whole words first (see `agreement_db::search`).
pub fn fts_query_whole(text: &str) -> Option<String> {
    query(text, "")
}

fn query(text: &str, prefix: &str) -> Option<String> {
    let mut terms = Vec::new();
    // Quotes split the text into pieces; odd pieces were inside a pair of quotes.
    // A lone quote (an odd number of them) makes its tail plain words again.
    let pieces: Vec<&str> = text.split('"').collect();
    let paired = if pieces.len().is_multiple_of(2) { pieces.len() - 1 } else { pieces.len() };
    for (i, piece) in pieces.iter().enumerate() {
        let inside_quotes = i % 2 == 1 && i < paired;
        let words = words_of(piece, !inside_quotes);
        if words.is_empty() {
            continue;
        }
        if inside_quotes {
            terms.push(format!("\"{}\"{prefix}", words.join(" ")));
        } else {
            terms.extend(words.iter().map(|w| format!("\"{w}\"{prefix}")));
        }
    }
    (!terms.is_empty()).then(|| terms.join(" "))
}

/// The letters-and-digits runs of `piece`; outside quotes, operator words dropped.
fn words_of(piece: &str, drop_operators: bool) -> Vec<&str> {
    piece
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .filter(|w| !(drop_operators && OPERATORS.contains(w)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{fts_query, fts_query_whole};

    #[test]
    fn typed_text_becomes_quoted_words_and_phrases() {
        let cases: &[(&str, Option<&str>)] = &[
            ("repatriación", Some("\"repatriación\"*")),
            ("repatriación AND", Some("\"repatriación\"*")),
            ("NEAR(repatriación", Some("\"repatriación\"*")),
            ("\"trata de personas\" retorno", Some("\"trata de personas\"* \"retorno\"*")),
            ("\"trata de", Some("\"trata\"* \"de\"*")),
            ("\"", None),
            ("*", None),
            ("-", None),
            (":", None),
            ("AND OR NOT", None),
            ("\"AND\"", Some("\"AND\"*")),
            ("not", Some("\"not\"*")),
        ];
        for (typed, expected) in cases {
            assert_eq!(fts_query(typed).as_deref(), *expected, "typed: {typed:?}");
            let whole = expected.map(|e| e.replace("\"*", "\""));
            assert_eq!(fts_query_whole(typed), whole, "typed: {typed:?}");
        }
    }
}
