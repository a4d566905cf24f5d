// Names for the values monitoring works with, in the interface language.
import type { GoalStatus } from '../../bindings/GoalStatus';
import { keysOf } from '../../enums';
import { formatPercent, t, type MessageKey } from '../../i18n/i18n.svelte';

const statusKey: Record<GoalStatus, MessageKey> = {
  no_iniciada: 'monitoring.status.no_iniciada',
  en_proceso: 'monitoring.status.en_proceso',
  cumplida: 'monitoring.status.cumplida',
  con_retraso: 'monitoring.status.con_retraso',
  suspendida: 'monitoring.status.suspendida',
};

/** The five values of "Estado de las metas", in the matrix's order. */
export const GOAL_STATUSES = keysOf(statusKey);

export function statusLabel(status: GoalStatus): string {
  return t(statusKey[status]);
}

/** "I" or "II", as the seed heads its semester columns. */
export function roman(semester: number): string {
  return semester === 1 ? 'I' : 'II';
}

/** A percentage, or "—" when there is none. */
export function percentOrDash(value: number | null | undefined): string {
  return value === null || value === undefined ? t('app.noValue') : formatPercent(value);
}
