// The one place the UI reads, checks and words dates and times.
//
// Pleno sends days as "YYYY-MM-DD" and moments as "YYYY-MM-DDTHH:MM:SS(.fff)", both in
// the Coalition's local time. They are read as local calendar days, never through
// `new Date("…")` (which reads a bare day as UTC midnight and shows the day before
// west of Greenwich), and a day is valid only when it is on the calendar: 2026-02-31
// is refused, not rolled over into March. Days are worded the way the API words them
// (`pleno_domain::lang::long_date`): "16 de septiembre de 2011" / "16 September 2011".
import type { Language } from './bindings/Language';
import { language } from './i18n/i18n.svelte';

const MONTHS: Record<Language, readonly string[]> = {
  es: [
    'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio',
    'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre',
  ],
  en: [
    'January', 'February', 'March', 'April', 'May', 'June',
    'July', 'August', 'September', 'October', 'November', 'December',
  ],
};

type Day = { year: number; month: number; day: number };

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function daysInMonth(year: number, month: number): number {
  return new Date(year, month, 0).getDate();
}

/** The calendar day at the start of a day or a moment, when there is one. */
function readDay(text: string): Day | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** True for a calendar-valid "YYYY-MM-DD" and nothing else. */
export function isIsoDay(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && readDay(text) !== undefined;
}

/** A day (or the day of a moment) as a local Date, at midnight. */
export function parseDay(iso: string): Date | undefined {
  const day = readDay(iso);
  return day && new Date(day.year, day.month - 1, day.day);
}

/** A local Date's calendar day as "YYYY-MM-DD". */
export function isoDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Today as "YYYY-MM-DD", the value an <input type="date"> expects. */
export function todayIso(now: Date = new Date()): string {
  return isoDay(now);
}

/** The calendar day `days` after (or before) `iso`. */
export function addDays(iso: string, days: number): string {
  const date = parseDay(iso);
  if (!date) return iso;
  date.setDate(date.getDate() + days);
  return isoDay(date);
}

/** "16 de septiembre de 2011" / "16 September 2011"; a text that is no day is shown as sent. */
export function longDate(iso: string, lang: Language = language()): string {
  const day = readDay(iso);
  if (!day) return iso;
  const month = MONTHS[lang][day.month - 1];
  return lang === 'es' ? `${day.day} de ${month} de ${day.year}` : `${day.day} ${month} ${day.year}`;
}

/** "10–11 de diciembre de 2026" for a meeting over days of one month; one day when it is one. */
export function dayRange(starts: string, ends: string, lang: Language = language()): string {
  const [from, to] = [readDay(starts), readDay(ends)];
  if (!from || !to || starts.slice(0, 10) === ends.slice(0, 10)) return longDate(starts, lang);
  if (from.year === to.year && from.month === to.month) {
    const month = MONTHS[lang][from.month - 1];
    const days = `${from.day}–${to.day}`;
    return lang === 'es' ? `${days} de ${month} de ${from.year}` : `${days} ${month} ${from.year}`;
  }
  return `${longDate(starts, lang)} – ${longDate(ends, lang)}`;
}

/** "09:40" from "2026-06-10T09:40:00"; empty when the text holds no time. */
export function timeOf(moment: string): string {
  return /T(\d{2}:\d{2})/.exec(moment)?.[1] ?? '';
}

/** "2026-12-10" from a stored moment. */
export function dayOf(moment: string): string {
  return moment.slice(0, 10);
}

/** The clock as "HH:MM". */
export function clockHM(now: Date = new Date()): string {
  return `${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

/** "HH:MM" between 00:00 and 23:59. */
export function isHM(text: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(text.trim());
}

/** "09:00" plus 70 minutes is "10:10"; wraps past midnight. */
export function addMinutes(hm: string, minutes: number): string {
  const [h, m] = hm.split(':').map(Number);
  const total = (((h ?? 0) * 60 + (m ?? 0) + minutes) % (24 * 60) + 24 * 60) % (24 * 60);
  return `${pad(Math.floor(total / 60))}:${pad(total % 60)}`;
}
