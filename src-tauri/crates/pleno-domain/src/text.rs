//! Small text helpers shared by every layer: folding for search, capitalising
//! messages that are written lower-case so they compose.

/// Folds text for searching: lower case, accents removed ("Pérez" → "perez").
pub fn fold(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'á' | 'à' | 'ä' | 'â' => 'a',
            'é' | 'è' | 'ë' | 'ê' => 'e',
            'í' | 'ì' | 'ï' | 'î' => 'i',
            'ó' | 'ò' | 'ö' | 'ô' => 'o',
            'ú' | 'ù' | 'ü' | 'û' => 'u',
            'ñ' => 'n',
            'ç' => 'c',
            other => other,
        })
        .collect()
}

/// "reserva" → "Reserva".
pub fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_ignores_case_and_accents() {
        assert_eq!(fold("José PÉREZ Núñez"), "jose perez nunez");
    }

    #[test]
    fn capitalising_handles_accents_and_empty_text() {
        assert_eq!(capitalise("échale"), "Échale");
        assert_eq!(capitalise(""), "");
    }
}
