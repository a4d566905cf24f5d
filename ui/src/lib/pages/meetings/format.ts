// Dates and times of meetings as the Secretariat reads them. The database writes
// days as "YYYY-MM-DD" and moments as "YYYY-MM-DDTHH:MM:SS(.fff)", local time.
import { formatDate, language } from '../../i18n/i18n.svelte';

/** A "YYYY-MM-DD" day as a local Date (new Date("…") would read it as UTC). */
export function parseDay(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

/** "10 de diciembre de 2026". */
export function formatDay(day: string): string {
  return formatDate(parseDay(day));
}

/** "10 de diciembre de 2026", or "10–11 de diciembre de 2026" for a longer meeting. */
export function formatDays(starts: string, ends: string): string {
  if (starts === ends) return formatDay(starts);
  const format = new Intl.DateTimeFormat(language(), { dateStyle: 'long' });
  try {
    return format.formatRange(parseDay(starts), parseDay(ends));
  } catch {
    return `${formatDay(starts)} – ${formatDay(ends)}`;
  }
}

/** "09:05" from a stored moment. */
export function timeOf(moment: string): string {
  return moment.slice(11, 16);
}

/** "2026-12-10" from a stored moment. */
export function dayOf(moment: string): string {
  return moment.slice(0, 10);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The clock as "HH:MM". */
export function clockHM(now: Date = new Date()): string {
  return `${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

/** Today as "YYYY-MM-DD", local. */
export function todayISO(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "HH:MM" between 00:00 and 23:59. */
export function isHM(text: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(text.trim());
}

/** "a1b2c3d4…" — enough of a SHA-256 to compare by eye with a printed one. */
export function shortHash(sha256: string): string {
  return sha256.slice(0, 12);
}

/** "1,2 MB", "380 KB". */
export function formatSize(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const number = new Intl.NumberFormat(language(), { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value);
  return `${number}\u00a0${units[unit]}`;
}

/** True when the keystroke was typed into a field, where letters are text, not commands. */
export function typingInField(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null;
  if (!target) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** A keystroke without modifiers (Shift aside), as a lower-case letter or key name. */
export function plainKey(event: KeyboardEvent): string | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey) return undefined;
  return event.key.length === 1 ? event.key.toLowerCase() : event.key;
}
