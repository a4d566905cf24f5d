//! Relevance among the newest matches of a search. FTS5's own bm25() needs, for
//! every query, the number of rows holding each term across the whole index: for a
//! common word at a million agreements that alone reads half the index (tens of ms,
//! seconds for `ORDER BY rank`). So the newest `RANKED` matches are read (FTS5 stops
//! there) and ranked here by the same BM25 formula with the candidates as corpus:
//! idf and average length from those rows. The trade-off: a relevant match older
//! than the newest `RANKED` is not reached; a second word narrows the matches
//! until it is.

use pleno_domain::text::fold;

/// BM25's usual constants (as FTS5's bm25()).
const K1: f64 = 1.2;
const B: f64 = 0.75;

/// A follow-up's score is halved: an agreement's or decision's own text ranks
/// above what was reported about it.
pub fn kind_weight(kind: &str) -> f64 {
    if kind == "follow_up" {
        0.5
    } else {
        1.0
    }
}

/// The folded words of what was typed (quotes and operators are no terms here).
pub fn terms(text: &str) -> Vec<String> {
    fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !["and", "or", "not", "near"].contains(w))
        .map(String::from)
        .collect()
}

/// BM25 scores (higher is more relevant) of `bodies` for `terms`; a term matches
/// a word it starts, as the search does. One pass over each body's words gives
/// its length and how often each term occurs in it.
pub fn scores<S: AsRef<str>>(terms: &[String], bodies: &[S]) -> Vec<f64> {
    let counted: Vec<(usize, Vec<u32>)> = bodies.iter().map(|b| occurrences(terms, b.as_ref())).collect();
    let n = counted.len().max(1) as f64;
    let average = counted.iter().map(|(len, _)| *len).sum::<usize>() as f64 / n;
    let idf: Vec<f64> = (0..terms.len())
        .map(|t| {
            let holding = counted.iter().filter(|(_, tf)| tf[t] > 0).count() as f64;
            ((n - holding + 0.5) / (holding + 0.5) + 1.0).ln()
        })
        .collect();
    counted
        .iter()
        .map(|(len, tf)| {
            let norm = K1 * (1.0 - B + B * *len as f64 / average.max(1.0));
            tf.iter().zip(&idf).map(|(f, idf)| idf * f64::from(*f) * (K1 + 1.0) / (f64::from(*f) + norm)).sum()
        })
        .collect()
}

/// How many words `body` has, and how many of them each term starts.
fn occurrences(terms: &[String], body: &str) -> (usize, Vec<u32>) {
    let folded = fold(body);
    let mut tf = vec![0; terms.len()];
    let mut len = 0;
    for word in folded.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        len += 1;
        for (t, term) in terms.iter().enumerate() {
            if word.starts_with(term.as_str()) {
                tf[t] += 1;
            }
        }
    }
    (len, tf)
}

/// The words of `body` with where each lies in it, by the same boundaries as `terms`.
fn words(body: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut start = None;
    for (at, c) in body.char_indices() {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(at),
            (false, Some(from)) => {
                spans.push((from, at));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(from) = start {
        spans.push((from, body.len()));
    }
    spans
}

/// The part of `body` around its hits, at most `width` words, hits between \u{1}
/// and \u{2} and '…' where text was left out (as FTS5's snippet(), which asks the
/// index again for every row; this reads only the text already in hand). The
/// window is the one holding the most hits, the earliest among equals.
pub fn snippet(terms: &[String], body: &str, width: usize) -> String {
    let spans = words(body);
    let hit: Vec<bool> =
        spans.iter().map(|(a, b)| terms.iter().any(|t| fold(&body[*a..*b]).starts_with(t.as_str()))).collect();
    let width = width.max(1).min(spans.len().max(1));
    let start = (0..=spans.len().saturating_sub(width))
        .max_by_key(|from| {
            (hit[*from..(*from + width).min(hit.len())].iter().filter(|h| **h).count(), usize::MAX - from)
        })
        .unwrap_or(0);
    let end = (start + width).min(spans.len());
    let mut out = String::new();
    let from = if start == 0 { 0 } else { spans[start].0 };
    if start > 0 {
        out.push('…');
    }
    let mut at = from;
    for (n, (a, b)) in spans.iter().enumerate().take(end).skip(start) {
        out.push_str(&body[at..*a]);
        if hit[n] {
            out.push('\u{1}');
            out.push_str(&body[*a..*b]);
            out.push('\u{2}');
        } else {
            out.push_str(&body[*a..*b]);
        }
        at = *b;
    }
    if end < spans.len() {
        out.push('…');
    } else {
        out.push_str(&body[at..]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_text_with_the_word_twice_ranks_above_a_long_one_with_it_once() {
        let bodies = [
            "Informe sobre la repatriación de víctimas, con un anexo largo de datos y cuadros estadísticos".to_string(),
            "Repatriación: protocolo de repatriación".to_string(),
            "Albergues de acogida".to_string(),
        ];
        let s = scores(&terms("repatriacion"), &bodies);
        assert!(s[1] > s[0] && s[0] > s[2], "{s:?}");
        assert_eq!(s[2], 0.0);
    }

    #[test]
    fn a_snippet_marks_the_words_a_term_starts_and_cuts_around_the_most_hits() {
        let terms = terms("repatriacion victima");
        assert_eq!(
            snippet(&terms, "Protocolo de repatriación de víctimas.", 24),
            "Protocolo de \u{1}repatriación\u{2} de \u{1}víctimas\u{2}."
        );
        let long = "uno dos tres cuatro cinco seis siete ocho Repatriación nueve diez once doce";
        assert_eq!(snippet(&terms, long, 4), "…seis siete ocho \u{1}Repatriación\u{2}…");
        assert_eq!(snippet(&terms, "sin nada", 4), "sin nada");
        assert_eq!(snippet(&terms, "", 4), "");
    }
}
