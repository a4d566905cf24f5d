// Numbers as a person types them in the indicator forms: a decimal point or comma
// ("12,5"), as `pleno_api::indicator_targets::parse_value` reads them; a year as four digits.

/** The number typed, null when the field is empty, 'bad' when it is not a number. */
export function typedNumber(text: string): number | null | 'bad' {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const n = Number(trimmed.replace(',', '.'));
  return Number.isFinite(n) ? n : 'bad';
}

/** A year typed, null when empty, 'bad' when it is not one. */
export function typedYear(text: string): number | null | 'bad' {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^\d{4}$/.test(trimmed) ? Number(trimmed) : 'bad';
}
