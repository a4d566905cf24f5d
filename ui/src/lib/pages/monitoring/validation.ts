// The rules the API applies to a monitoring report, mirrored for instant feedback
// (pleno-domain monitoring::check_entry, plan::Percent, api monitoring::write_report):
// the % de avance is a whole number from 0 to 100; "No iniciada" goes with 0 % and
// "Cumplida" with 100 %; "Con retraso" and "Suspendida" need a justification; the
// report's date is a calendar day not before the year it reports on. A row with
// neither % nor status is an activity not reported on, as in the XLSX matrix. Pure:
// each problem is the message key the form words.
import type { GoalStatus } from '../../bindings/GoalStatus';
import type { ReportEntry } from '../../bindings/ReportEntry';
import { isIsoDay } from '../../dates';
import type { MessageKey } from '../../i18n/i18n.svelte';

/** One activity's row as typed: the % is text until it is checked. */
export type EntryFields = { activity: string; progress: string; status: GoalStatus | ''; justification: string };

export type EntryProblems = Partial<Record<'progress' | 'status' | 'justification', MessageKey>>;

/** The % typed, as a whole number from 0 to 100, or undefined. */
export function percentOf(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return value <= 100 ? value : undefined;
}

export function isBlank(row: EntryFields): boolean {
  return row.progress.trim() === '' && row.status === '';
}

export function entryProblems(row: EntryFields): EntryProblems {
  if (isBlank(row)) return {};
  const found: EntryProblems = {};
  const progress = percentOf(row.progress);
  if (row.progress.trim() === '') found.progress = 'monitoring.form.percentMissing';
  else if (progress === undefined) found.progress = 'monitoring.form.percentInvalid';
  if (row.status === '') found.status = 'monitoring.form.statusMissing';
  if (progress === undefined || row.status === '') return found;
  if (row.status === 'no_iniciada' && progress > 0) found.progress = 'monitoring.form.notStartedWithProgress';
  if (row.status === 'cumplida' && progress < 100) found.progress = 'monitoring.form.achievedBelowFull';
  if ((row.status === 'con_retraso' || row.status === 'suspendida') && row.justification.trim() === '') {
    found.justification = 'monitoring.form.justificationRequired';
  }
  return found;
}

export type HeaderFields = { country: string; reportedOn: string; year: number };
export type HeaderProblems = Partial<Record<'country' | 'date', MessageKey>>;

export function headerProblems(fields: HeaderFields): HeaderProblems {
  const found: HeaderProblems = {};
  if (fields.country === '') found.country = 'monitoring.form.countryRequired';
  if (!isIsoDay(fields.reportedOn)) found.date = 'monitoring.form.dateInvalid';
  else if (Number(fields.reportedOn.slice(0, 4)) < fields.year) found.date = 'monitoring.form.dateBeforeYear';
  return found;
}

/** The rows filled in, as the API takes them; undefined while any row has a problem. */
export function entriesOf(rows: EntryFields[]): ReportEntry[] | undefined {
  const entries: ReportEntry[] = [];
  for (const row of rows) {
    if (isBlank(row)) continue;
    const progress = percentOf(row.progress);
    if (Object.keys(entryProblems(row)).length > 0 || progress === undefined || row.status === '') return undefined;
    entries.push({ activity: row.activity, progress, status: row.status, justification: row.justification.trim() });
  }
  return entries;
}
