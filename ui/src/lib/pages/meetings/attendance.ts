// Reading an attendance register: who is in the room now, since when, and how the
// register is grouped (by state, then observers, then guests).
import type { Attendee } from '../../bindings/Attendee';
import { t } from '../../i18n/i18n.svelte';
import { countryName } from './countries';
import { timeOf } from '../../dates';

/** In the room (or connected) now: an arrival without a departure. */
export function isIn(person: Attendee): boolean {
  return person.stays.some((stay) => stay.left === null);
}

/** "Presente desde las 09:05", "Salió a las 10:30", "Ausente", "Sin marcar". */
export function presenceText(person: Attendee): string {
  const open = person.stays.find((stay) => stay.left === null);
  if (open) return t('meetings.presence.since', { time: timeOf(open.arrived) });
  const last = person.stays.at(-1);
  if (last?.left) return t('meetings.presence.left', { time: timeOf(last.left) });
  if (person.status === 'ausente') return t('meetings.attendance.ausente');
  if (person.status === 'excusado') return t('meetings.attendance.excusado');
  return t('meetings.presence.unmarked');
}

/** Every stay as "09:05–10:30", the last one open-ended while still there. */
export function staysText(person: Attendee): string {
  return person.stays.map((stay) => `${timeOf(stay.arrived)}–${stay.left ? timeOf(stay.left) : ''}`).join(' · ');
}

/** A presence word for styling: in, left, absent, excused, unmarked. */
export function presenceKind(person: Attendee): 'in' | 'left' | 'absent' | 'excused' | 'unmarked' {
  if (isIn(person)) return 'in';
  if (person.stays.length > 0) return 'left';
  if (person.status === 'ausente') return 'absent';
  if (person.status === 'excusado') return 'excused';
  return 'unmarked';
}

export type Group = { key: string; title: string; people: Attendee[] };

/** The register's order: each state with its seat holders, then observers, then guests. */
export function groupRegister(attendees: Attendee[]): Group[] {
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  const add = (key: string, title: string, person: Attendee): void => {
    let group = byKey.get(key);
    if (!group) {
      group = { key, title, people: [] };
      byKey.set(key, group);
      groups.push(group);
    }
    group.people.push(person);
  };
  for (const person of attendees) {
    if (person.role === 'titular' || person.role === 'suplente') {
      add(`state-${person.country ?? ''}`, countryName(person.country), person);
    }
  }
  for (const person of attendees) {
    if (person.role === 'observador') add('observers', t('meetings.register.observers'), person);
  }
  for (const person of attendees) {
    if (person.role === 'invitado') add('guests', t('meetings.register.guests'), person);
  }
  return groups;
}
