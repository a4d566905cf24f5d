import { describe, expect, it } from 'vitest';
import { agreementProblems, followUpProblems, type AgreementFields } from './validation';

const valid: AgreementFields = {
  meetingId: '3',
  text: 'Aprobar el calendario de reuniones de 2027.',
  responsible: ['secretaria-tecnica'],
  dueOn: '',
  meetingStartsOn: '2026-12-10',
};

describe('agreementProblems', () => {
  it.each<[string, Partial<AgreementFields>, ReturnType<typeof agreementProblems>]>([
    ['a complete agreement is fine', {}, {}],
    ['a meeting is required', { meetingId: '' }, { meeting: 'agreements.form.meetingRequired' }],
    ['a text is required', { text: '  ' }, { text: 'agreements.form.textRequired' }],
    ['someone is responsible', { responsible: [] }, { responsible: 'agreements.form.responsibleRequired' }],
    ['the due day is on the calendar', { dueOn: '2027-02-30' }, { due: 'agreements.form.dateInvalid' }],
    ['it does not fall due before its meeting', { dueOn: '2026-12-09' }, { due: 'agreements.form.dueBeforeMeeting' }],
    ['it may fall due the day of its meeting', { dueOn: '2026-12-10' }, {}],
    ['before the meeting is known only the calendar counts', { dueOn: '2020-01-01', meetingStartsOn: undefined }, {}],
  ])('%s', (_, change, expected) => {
    expect(agreementProblems({ ...valid, ...change })).toEqual(expected);
  });
});

describe('followUpProblems', () => {
  it.each([
    ['Se envió la nota.', '2026-12-11', {}],
    ['', '2026-12-11', { text: 'agreements.followUp.textRequired' }],
    ['Se envió la nota.', '2026-11-31', { date: 'agreements.form.dateInvalid' }],
    ['Se envió la nota.', '2026-12-09', { date: 'agreements.followUp.dateBeforeAdoption' }],
  ])('checks %j reported on %s', (text, reportedOn, expected) => {
    expect(followUpProblems(text, reportedOn, '2026-12-10')).toEqual(expected);
  });
});
