//! What a spreadsheet program really saves as "CSV": UTF-8 with or without a
//! byte-order mark, "Unicode text" (UTF-16 with a mark, tab-separated), older
//! Excel's Windows-1252, and `;` where the decimal separator is a comma (a
//! Spanish-locale Excel). The encoding is told by the byte-order mark, else by
//! whether the bytes are valid UTF-8 (Windows-1252 otherwise, which decodes any
//! byte); the delimiter by the header line. `encoding_rs` does the decoding.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252};
use pleno_domain::{Language, Localized, Text};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::CsvError;

/// The encoding a directory CSV was read in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(rename_all = "snake_case")]
pub enum CsvEncoding {
    Utf8,
    Utf8Bom,
    Utf16Le,
    Utf16Be,
    Windows1252,
}

impl CsvEncoding {
    pub const ALL: [CsvEncoding; 5] =
        [CsvEncoding::Utf8, CsvEncoding::Utf8Bom, CsvEncoding::Utf16Le, CsvEncoding::Utf16Be, CsvEncoding::Windows1252];

    fn of_bom(encoding: &'static Encoding) -> CsvEncoding {
        if encoding == UTF_16LE {
            CsvEncoding::Utf16Le
        } else if encoding == UTF_16BE {
            CsvEncoding::Utf16Be
        } else {
            debug_assert_eq!(encoding, UTF_8, "for_bom knows only UTF-8 and UTF-16");
            CsvEncoding::Utf8Bom
        }
    }
}

impl Localized for CsvEncoding {
    fn localized(&self, lang: Language) -> String {
        let (es, en) = match self {
            CsvEncoding::Utf8 => ("UTF-8", "UTF-8"),
            CsvEncoding::Utf8Bom => ("UTF-8 con marca de orden (BOM)", "UTF-8 with a byte-order mark (BOM)"),
            CsvEncoding::Utf16Le => ("UTF-16 LE («texto Unicode»)", "UTF-16 LE (“Unicode text”)"),
            CsvEncoding::Utf16Be => ("UTF-16 BE", "UTF-16 BE"),
            CsvEncoding::Windows1252 => ("Windows-1252 (Excel antiguo)", "Windows-1252 (older Excel)"),
        };
        lang.pick(es, en).to_string()
    }
}

/// The character that separates the columns of a directory CSV.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(rename_all = "snake_case")]
pub enum CsvDelimiter {
    Comma,
    Semicolon,
    Tab,
}

impl CsvDelimiter {
    /// In the order a tie is settled: the comma of Pleno's own files first.
    pub const ALL: [CsvDelimiter; 3] = [CsvDelimiter::Comma, CsvDelimiter::Semicolon, CsvDelimiter::Tab];

    pub fn byte(self) -> u8 {
        match self {
            CsvDelimiter::Comma => b',',
            CsvDelimiter::Semicolon => b';',
            CsvDelimiter::Tab => b'\t',
        }
    }
}

impl Localized for CsvDelimiter {
    fn localized(&self, lang: Language) -> String {
        let (es, en) = match self {
            CsvDelimiter::Comma => ("coma (,)", "comma (,)"),
            CsvDelimiter::Semicolon => ("punto y coma (;)", "semicolon (;)"),
            CsvDelimiter::Tab => ("tabulador", "tab"),
        };
        lang.pick(es, en).to_string()
    }
}

/// The sentence the preview shows: how the file was read.
pub fn detected_words(encoding: CsvEncoding, delimiter: CsvDelimiter) -> Text {
    Text::build(|lang| match lang {
        Language::Es => {
            format!("Leído como {}, columnas separadas por {}.", encoding.localized(lang), delimiter.localized(lang))
        }
        Language::En => {
            format!("Read as {}, columns separated by {}.", encoding.localized(lang), delimiter.localized(lang))
        }
    })
}

/// The text of `bytes` and the encoding it was found in. Only a file whose
/// byte-order mark promises an encoding it then breaks is refused: Windows-1252
/// gives a character for every byte.
pub fn decode(bytes: &[u8]) -> Result<(String, CsvEncoding), CsvError> {
    let (encoding, found, body) = match Encoding::for_bom(bytes) {
        Some((encoding, bom_length)) => (encoding, CsvEncoding::of_bom(encoding), &bytes[bom_length..]),
        None => match std::str::from_utf8(bytes) {
            Ok(text) => return Ok((text.to_string(), CsvEncoding::Utf8)),
            Err(_) => (WINDOWS_1252, CsvEncoding::Windows1252, bytes),
        },
    };
    encoding
        .decode_without_bom_handling_and_without_replacement(body)
        .map(|text| (text.into_owned(), found))
        .ok_or(CsvError::Undecodable { encoding: found })
}

/// The delimiter that separates the most columns of the header line (quoted
/// text aside); a comma when the line has none of them.
pub fn delimiter_of(text: &str) -> CsvDelimiter {
    let header = text.split(['\n', '\r']).next().unwrap_or("");
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for c in header.chars() {
        match c {
            '"' => quoted = !quoted,
            _ if quoted => {}
            c => {
                if let Some(i) = CsvDelimiter::ALL.iter().position(|d| char::from(d.byte()) == c) {
                    counts[i] += 1;
                }
            }
        }
    }
    // The first of the largest counts, so that a tie keeps the comma.
    let best = (0..counts.len()).fold(0, |best, i| if counts[i] > counts[best] { i } else { best });
    CsvDelimiter::ALL[best]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The bytes a spreadsheet program saves, each encoding written by hand.
    fn saved(text: &str, encoding: CsvEncoding) -> Vec<u8> {
        match encoding {
            CsvEncoding::Utf8 => text.as_bytes().to_vec(),
            CsvEncoding::Utf8Bom => [&[0xEF, 0xBB, 0xBF][..], text.as_bytes()].concat(),
            CsvEncoding::Utf16Le => {
                [0xFF, 0xFE].into_iter().chain(text.encode_utf16().flat_map(u16::to_le_bytes)).collect()
            }
            CsvEncoding::Utf16Be => {
                [0xFE, 0xFF].into_iter().chain(text.encode_utf16().flat_map(u16::to_be_bytes)).collect()
            }
            // The accents used here are in Latin-1, where Windows-1252 agrees with Unicode.
            CsvEncoding::Windows1252 => text.chars().map(|c| u8::try_from(u32::from(c)).unwrap()).collect(),
        }
    }

    #[test]
    fn every_encoding_is_told_by_its_mark_or_its_bytes_and_gives_back_the_accents() {
        for encoding in CsvEncoding::ALL {
            let bytes = saved("persona,nombre\n1,Pérez Núñez\n", encoding);
            assert_eq!(decode(&bytes), Ok(("persona,nombre\n1,Pérez Núñez\n".to_string(), encoding)), "{encoding:?}");
        }
    }

    #[test]
    fn a_byte_order_mark_followed_by_bytes_it_does_not_allow_is_refused() {
        assert_eq!(
            decode(&[0xEF, 0xBB, 0xBF, b'a', 0xFF]),
            Err(CsvError::Undecodable { encoding: CsvEncoding::Utf8Bom })
        );
        assert_eq!(decode(&[0xFF, 0xFE, 0x00, 0xD8]), Err(CsvError::Undecodable { encoding: CsvEncoding::Utf16Le }));
    }

    #[test]
    fn the_delimiter_is_the_one_that_separates_the_header() {
        for (text, expected) in [
            ("persona,nombre,cargo\n1;2;3;4;5", CsvDelimiter::Comma),
            ("persona;nombre;cargo\n1,2,3,4,5", CsvDelimiter::Semicolon),
            ("persona\tnombre\tcargo\r\n", CsvDelimiter::Tab),
            ("\"a;b;c\",x,y", CsvDelimiter::Comma),
            ("persona", CsvDelimiter::Comma),
            ("", CsvDelimiter::Comma),
            ("a;b,c", CsvDelimiter::Comma),
        ] {
            assert_eq!(delimiter_of(text), expected, "{text:?}");
        }
    }
}
