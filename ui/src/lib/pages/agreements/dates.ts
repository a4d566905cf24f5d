// Dates travel as "YYYY-MM-DD"; they are read as local calendar days, never as UTC
// midnight (which would show the day before west of Greenwich).
import { formatDate } from '../../i18n/i18n.svelte';

export function parseDay(iso: string): Date {
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  return new Date(year, month - 1, day);
}

/** "30 de septiembre de 2026". */
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
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(parseDay(text).getTime());
}
