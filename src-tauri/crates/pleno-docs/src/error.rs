//! Why a document could not be produced, in words the Secretariat can act on.

use thiserror::Error;

#[derive(Debug, Clone, PartialEq, Error)]
pub enum DocsError {
    /// The text holds characters the embedded typeface cannot draw; printing them as
    /// empty boxes would silently change a name or a figure in an official document.
    #[error("el documento contiene caracteres que la fuente Noto Sans no puede representar: {}", list_characters(.0))]
    UnsupportedCharacters(Vec<char>),

    #[error("la configuración de página no es válida: {0}")]
    InvalidPageSetup(String),

    /// `table` counts the document's tables from 1, in reading order.
    #[error("la tabla n.º {table} del documento no es válida: {reason}")]
    InvalidTable { table: usize, reason: String },

    #[error("no se pudo leer la fuente incorporada {0}")]
    Font(&'static str),

    #[error("no se pudo escribir el PDF: {0}")]
    Pdf(String),
}

fn list_characters(chars: &[char]) -> String {
    chars.iter().map(|c| format!("«{c}» (U+{:04X})", u32::from(*c))).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unsupported_character_is_named_with_its_code_point() {
        let message = DocsError::UnsupportedCharacters(vec!['☃']).to_string();
        assert_eq!(
            message,
            "el documento contiene caracteres que la fuente Noto Sans no puede representar: «☃» (U+2603)"
        );
    }
}
