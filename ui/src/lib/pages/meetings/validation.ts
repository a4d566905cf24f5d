// The rules the API applies to a meeting's draft, mirrored for instant feedback in the
// meeting form: a number is a positive whole number, a meeting starts on a calendar day
// and does not end before it starts, the time is HH:MM, a city is required unless the
// meeting is virtual and a link unless it is in person, and a link is http(s). Pure:
// each problem is the message key the form words.
import type { Modality } from '../../bindings/Modality';
import { isHM, isIsoDay } from '../../dates';
import type { MessageKey } from '../../i18n/i18n.svelte';

export type MeetingFields = {
  number: string;
  startsOn: string;
  endsOn: string;
  startTime: string;
  city: string;
  modality: Modality;
  link: string;
};

export type MeetingProblems = Partial<Record<keyof MeetingFields, MessageKey>>;

/** True for an http:// or https:// address without spaces. */
export function isHttpLink(link: string): boolean {
  return /^https?:\/\/\S+$/i.test(link.trim());
}

export function meetingProblems(fields: MeetingFields): MeetingProblems {
  const found: MeetingProblems = {};
  const number = fields.number.trim();
  if (number !== '' && !/^[1-9]\d*$/.test(number)) found.number = 'meetings.form.numberInvalid';
  if (fields.startsOn === '') found.startsOn = 'meetings.form.required';
  else if (!isIsoDay(fields.startsOn)) found.startsOn = 'meetings.form.dateInvalid';
  if (fields.endsOn !== '' && !isIsoDay(fields.endsOn)) found.endsOn = 'meetings.form.dateInvalid';
  else if (fields.endsOn !== '' && found.startsOn === undefined && fields.endsOn < fields.startsOn) {
    found.endsOn = 'meetings.form.endsBeforeStart';
  }
  if (!isHM(fields.startTime)) found.startTime = 'meetings.form.timeInvalid';
  if (fields.modality !== 'virtual' && fields.city.trim() === '') found.city = 'meetings.form.cityRequired';
  const link = fields.link.trim();
  if (link !== '' && !isHttpLink(link)) found.link = 'meetings.form.linkInvalid';
  else if (fields.modality !== 'presencial' && link === '') found.link = 'meetings.form.linkRequired';
  return found;
}
