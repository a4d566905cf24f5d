// The sections of a meeting's page, each with its own address (#/reuniones/3/asistencia),
// listed once with the words of their tabs.
import { keysOf } from '../../enums';
import type { MessageKey } from '../../i18n/i18n.svelte';

export const TAB_LABEL = {
  agenda: 'meetings.tab.agenda',
  asistencia: 'meetings.tab.attendance',
  decisiones: 'meetings.tab.decisions',
  quorum: 'meetings.tab.quorum',
} as const satisfies Record<string, MessageKey>;

export type Tab = keyof typeof TAB_LABEL;

export const TABS = keysOf(TAB_LABEL);

export function isTab(value: string): value is Tab {
  return (TABS as readonly string[]).includes(value);
}
