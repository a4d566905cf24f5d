//! HTML text, escaped: every value from the archive goes through [`esc`] before it
//! joins a page, and [`Html`] keeps the page a string of already-escaped markup, so
//! an agreement's text with `<`, `&` or quotes reads as typed and never as markup.

use std::fmt::Write;

/// `text` with the five characters that mean something in HTML replaced, safe both
/// between tags and inside a quoted attribute.
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Markup being written; `text` and `attr` escape, `raw` takes markup already made.
#[derive(Debug, Default)]
pub struct Html(String);

impl Html {
    pub fn new() -> Self {
        Html(String::new())
    }

    /// Markup this crate wrote itself (tags, or text already escaped).
    pub fn raw(&mut self, markup: &str) -> &mut Self {
        self.0.push_str(markup);
        self
    }

    /// A value from the archive, escaped.
    pub fn text(&mut self, text: &str) -> &mut Self {
        self.0.push_str(&esc(text));
        self
    }

    /// `<tag>text</tag>`, the text escaped.
    pub fn el(&mut self, tag: &str, text: &str) -> &mut Self {
        let _ = write!(self.0, "<{tag}>{}</{tag}>", esc(text));
        self
    }

    /// `<a href="href">text</a>`, both escaped.
    pub fn link(&mut self, href: &str, text: &str) -> &mut Self {
        let _ = write!(self.0, "<a href=\"{}\">{}</a>", esc(href), esc(text));
        self
    }

    /// A term and its description in a `<dl>`; the description is markup. The line
    /// breaks keep the words apart in the search's excerpts.
    pub fn term(&mut self, term: &str, description: &str) -> &mut Self {
        let _ = write!(self.0, "<dt>{}</dt>\n<dd>{description}</dd>\n", esc(term));
        self
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

/// A link as markup, for a `term` description or a table cell.
pub fn link(href: &str, text: &str) -> String {
    let mut h = Html::new();
    h.link(href, text);
    h.into_string()
}

/// The Secretariat's narrative as paragraphs and lists: paragraphs separated by
/// blank lines, list items starting with "- ", as the acta's notes are written.
pub fn narrative(text: &str) -> String {
    let mut h = Html::new();
    for block in text.split("\n\n").map(str::trim).filter(|b| !b.is_empty()) {
        let mut in_list = false;
        let mut paragraph: Vec<&str> = Vec::new();
        for line in block.lines().map(str::trim) {
            if let Some(item) = line.strip_prefix("- ") {
                flush_paragraph(&mut h, &mut paragraph);
                if !in_list {
                    h.raw("<ul>");
                    in_list = true;
                }
                h.el("li", item);
            } else {
                if in_list {
                    h.raw("</ul>");
                    in_list = false;
                }
                paragraph.push(line);
            }
        }
        flush_paragraph(&mut h, &mut paragraph);
        if in_list {
            h.raw("</ul>");
        }
    }
    h.into_string()
}

fn flush_paragraph(h: &mut Html, lines: &mut Vec<&str>) {
    if !lines.is_empty() {
        h.el("p", &lines.join(" "));
        lines.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_character_that_means_something_in_html_is_escaped() {
        let cases = [
            ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
            ("A & B", "A &amp; B"),
            ("\"quoted\" and 'single'", "&quot;quoted&quot; and &#39;single&#39;"),
            ("Repatriación", "Repatriación"),
        ];
        for (input, expected) in cases {
            assert_eq!(esc(input), expected, "{input}");
        }
    }

    #[test]
    fn a_link_escapes_its_address_and_its_text() {
        assert_eq!(link("a.html?x=\"1\"", "<b>"), "<a href=\"a.html?x=&quot;1&quot;\">&lt;b&gt;</a>");
    }

    #[test]
    fn the_narrative_keeps_paragraphs_and_lists_apart() {
        let text = "Se destacó:\n- la línea base;\n- los protocolos.\n\nOtro <párrafo>.";
        assert_eq!(
            narrative(text),
            "<p>Se destacó:</p><ul><li>la línea base;</li><li>los protocolos.</li></ul><p>Otro &lt;párrafo&gt;.</p>"
        );
    }
}
