import { describe, expect, it } from 'vitest';
import { entriesOf, entryProblems, headerProblems, percentOf, type EntryFields } from './validation';

const row = (change: Partial<EntryFields>): EntryFields => ({
  activity: '1.1.1',
  progress: '40',
  status: 'en_proceso',
  justification: '',
  ...change,
});

describe('percentOf', () => {
  it.each<[string, number | undefined]>([
    ['0', 0],
    ['100', 100],
    [' 55 ', 55],
    ['101', undefined],
    ['-1', undefined],
    ['50.5', undefined],
    ['', undefined],
    ['abc', undefined],
  ])('reads «%s» as %s', (text, expected) => {
    expect(percentOf(text)).toBe(expected);
  });
});

describe('entryProblems mirrors check_entry and Percent', () => {
  it.each<[string, Partial<EntryFields>, ReturnType<typeof entryProblems>]>([
    ['a consistent row is fine', {}, {}],
    ['a blank row is an activity not reported on', { progress: '', status: '' }, {}],
    ['the % is 0 to 100', { progress: '120' }, { progress: 'monitoring.form.percentInvalid' }],
    ['the % is whole', { progress: '12.5' }, { progress: 'monitoring.form.percentInvalid' }],
    ['a status needs a %', { progress: '' }, { progress: 'monitoring.form.percentMissing' }],
    ['a % needs a status', { status: '' }, { status: 'monitoring.form.statusMissing' }],
    ['«No iniciada» is 0 %', { status: 'no_iniciada', progress: '10' }, { progress: 'monitoring.form.notStartedWithProgress' }],
    ['«No iniciada» at 0 % is fine', { status: 'no_iniciada', progress: '0' }, {}],
    ['«Cumplida» is 100 %', { status: 'cumplida', progress: '90' }, { progress: 'monitoring.form.achievedBelowFull' }],
    ['«Cumplida» at 100 % is fine', { status: 'cumplida', progress: '100' }, {}],
    ['«Con retraso» says why', { status: 'con_retraso', progress: '20' }, { justification: 'monitoring.form.justificationRequired' }],
    ['«Suspendida» says why, not in blanks', { status: 'suspendida', progress: '0', justification: '  ' }, { justification: 'monitoring.form.justificationRequired' }],
    ['«Con retraso» with a reason is fine', { status: 'con_retraso', progress: '20', justification: 'Falta financiamiento' }, {}],
  ])('%s', (_, change, expected) => {
    expect(entryProblems(row(change))).toEqual(expected);
  });
});

describe('headerProblems', () => {
  it.each<[string, string, string, ReturnType<typeof headerProblems>]>([
    ['a state and a date in the year', 'NI', '2018-12-20', {}],
    ['a later year is fine', 'NI', '2019-01-15', {}],
    ['the state is required', '', '2018-12-20', { country: 'monitoring.form.countryRequired' }],
    ['the date is on the calendar', 'NI', '2018-02-30', { date: 'monitoring.form.dateInvalid' }],
    ['the date is not before the year reported on', 'NI', '2017-12-31', { date: 'monitoring.form.dateBeforeYear' }],
  ])('%s', (_, country, reportedOn, expected) => {
    expect(headerProblems({ country, reportedOn, year: 2018 })).toEqual(expected);
  });
});

describe('entriesOf', () => {
  it('leaves blank rows out and trims the justification', () => {
    const rows = [
      row({ activity: '1.1.1', progress: '100', status: 'cumplida' }),
      row({ activity: '1.1.2', progress: '', status: '' }),
      row({ activity: '1.2.1', progress: '10', status: 'con_retraso', justification: ' Sin fondos ' }),
    ];
    expect(entriesOf(rows)).toEqual([
      { activity: '1.1.1', progress: 100, status: 'cumplida', justification: '' },
      { activity: '1.2.1', progress: 10, status: 'con_retraso', justification: 'Sin fondos' },
    ]);
  });

  it('gives nothing while a row has a problem', () => {
    expect(entriesOf([row({ progress: '150' })])).toBeUndefined();
  });
});
