// The meetings where an acta (or an erratum to it) can be approved: only meetings
// that start after the minuted one ends, the next one first.
import { minutesApi } from '../../api.minutes';
import type { Meeting } from '../../bindings/Meeting';
import { t } from '../../i18n/i18n.svelte';
import { longDate } from '../../dates';

export type MeetingOption = {
  id: number;
  title: string;
  label: string;
  /** Why it cannot be chosen, when it cannot. */
  unavailable?: string;
};

export async function laterMeetings(minutedId: number): Promise<Meeting[]> {
  const all = await minutesApi.meetings();
  const minuted = all.find((m) => m.id === minutedId);
  if (!minuted) return [];
  return all
    .filter((m) => m.starts_on > minuted.ends_on)
    .sort((a, b) => a.starts_on.localeCompare(b.starts_on));
}

function label(meeting: Meeting): string {
  return t('minutes.approve.option', { title: meeting.title, date: longDate(meeting.starts_on) });
}

/** Every later meeting; those without the previous-minutes item cannot approve. */
export async function approvalOptions(minutedId: number): Promise<MeetingOption[]> {
  const meetings = await laterMeetings(minutedId);
  const details = await Promise.all(meetings.map((m) => minutesApi.meeting(m.id)));
  return details.map(({ meeting, agenda }) => ({
    id: meeting.id,
    title: meeting.title,
    label: label(meeting),
    unavailable: agenda.some((item) => item.kind === 'previous_minutes')
      ? undefined
      : t('minutes.approve.noItem'),
  }));
}

export async function erratumOptions(minutedId: number): Promise<MeetingOption[]> {
  return (await laterMeetings(minutedId)).map((m) => ({ id: m.id, title: m.title, label: label(m) }));
}
