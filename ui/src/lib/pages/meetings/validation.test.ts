import { describe, expect, it } from 'vitest';
import { isHttpLink, meetingProblems, type MeetingFields } from './validation';

const valid: MeetingFields = {
  number: '',
  startsOn: '2026-12-10',
  endsOn: '',
  startTime: '09:00',
  city: 'San Salvador',
  modality: 'presencial',
  link: '',
};

describe('meetingProblems', () => {
  it('finds nothing wrong with a complete in-person meeting', () => {
    expect(meetingProblems(valid)).toEqual({});
  });

  it.each<[string, Partial<MeetingFields>, ReturnType<typeof meetingProblems>]>([
    ['a city is required in person', { city: ' ' }, { city: 'meetings.form.cityRequired' }],
    ['a virtual meeting needs no city but a link', { modality: 'virtual', city: '' }, { link: 'meetings.form.linkRequired' }],
    ['a virtual meeting with a link is fine', { modality: 'virtual', city: '', link: 'https://meet.example/x' }, {}],
    ['a hybrid meeting needs both', { modality: 'hibrida', city: '' }, { city: 'meetings.form.cityRequired', link: 'meetings.form.linkRequired' }],
    ['a link must be http(s)', { link: 'ftp://meet.example' }, { link: 'meetings.form.linkInvalid' }],
    ['a link is checked even in person', { link: 'meet.example' }, { link: 'meetings.form.linkInvalid' }],
    ['the start day is required', { startsOn: '' }, { startsOn: 'meetings.form.required' }],
    ['the start day must be on the calendar', { startsOn: '2026-02-31' }, { startsOn: 'meetings.form.dateInvalid' }],
    ['a meeting does not end before it starts', { endsOn: '2026-12-09' }, { endsOn: 'meetings.form.endsBeforeStart' }],
    ['a meeting may end the day it starts', { endsOn: '2026-12-10' }, {}],
    ['the time is HH:MM', { startTime: '9h' }, { startTime: 'meetings.form.timeInvalid' }],
    ['a number is a positive whole number', { number: '0' }, { number: 'meetings.form.numberInvalid' }],
    ['a number may be left for Pleno to give', { number: ' 15 ' }, {}],
  ])('%s', (_, change, expected) => {
    expect(meetingProblems({ ...valid, ...change })).toEqual(expected);
  });
});

describe('isHttpLink', () => {
  it.each([
    ['https://meet.example/abc', true],
    ['HTTP://meet.example', true],
    ['https://', false],
    ['https://meet example', false],
    ['mailto:st@example.org', false],
  ])('says %s is an http(s) link: %s', (link, expected) => {
    expect(isHttpLink(link)).toBe(expected);
  });
});
