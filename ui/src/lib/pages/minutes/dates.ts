// Pleno sends dates as "2026-06-10" and moments as "2026-06-10T09:40:00", both in
// the Coalition's local time; they are read as local dates, never as UTC, so that a
// date never slips to the day before.
import { formatDate } from '../../i18n/i18n.svelte';

function localDate(iso: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return undefined;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

/** "10 de junio de 2026", or the text as sent when it is not a date. */
export function longDate(iso: string): string {
  const date = localDate(iso);
  return date ? formatDate(date) : iso;
}

/** "09:40" from "2026-06-10T09:40:00". */
export function timeOf(iso: string): string {
  return /T(\d{2}:\d{2})/.exec(iso)?.[1] ?? '';
}
