// Dates travel as "YYYY-MM-DD"; they are read as local calendar days, never as UTC
// midnight (which would show the day before west of Greenwich).
import { formatDate, t } from '../../i18n/i18n.svelte';

export function parseDay(iso: string): Date {
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  return new Date(year, month - 1, day);
}

/** "1 de marzo de 2024". */
export function formatDay(iso: string): string {
  return formatDate(parseDay(iso));
}

/** Today as "YYYY-MM-DD", the value an <input type="date"> expects. */
export function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function isIsoDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = parseDay(text);
  // Rejects 2026-02-31, which Date would quietly roll over into March.
  return !Number.isNaN(date.getTime()) && date.getDate() === Number(text.slice(8, 10));
}

/** The calendar day `days` after (or before) `iso`, as "YYYY-MM-DD". */
export function addDays(iso: string, days: number): string {
  const date = parseDay(iso);
  date.setDate(date.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * "desde el 1 de marzo de 2024" or "del 1 de enero de 2026 al 31 de diciembre de 2026".
 * Terms are half-open in the database (`endsOn` is the first day no longer held, so a
 * successor can start that very day); people read a range up to its last day.
 */
export function termText(startsOn: string, endsOn: string | null): string {
  if (endsOn === null) return t('directory.term.since', { date: formatDay(startsOn) });
  const lastDay = endsOn > startsOn ? addDays(endsOn, -1) : endsOn;
  return t('directory.term.range', { from: formatDay(startsOn), to: formatDay(lastDay) });
}
