// Display helpers that do not depend on the interface language.

/** The database writes periods "2018-2027"; typeset, a range takes an en dash. */
export function formatPeriod(period: string): string {
  return period.replace(/(\d{4})-(\d{4})/g, '$1–$2');
}

/** The lines of a text copied from a table cell of the seed, blank ones dropped. */
export function lines(text: string): string[] {
  return text.split('\n').filter((line) => line.trim() !== '');
}

/** "a1b2c3d4e5f6" — enough of a SHA-256 to compare by eye with a printed one. */
export function shortHash(sha256: string): string {
  return sha256.slice(0, 12);
}
