import { describe, expect, it } from 'vitest';
import { contactProblem, optionalDayProblem, personNameProblem, termProblems } from './validation';

describe('contactProblem', () => {
  it.each([
    ['email', 'ana@conatt.go.cr', null],
    ['email', 'ana.conatt.go.cr', 'directory.validate.emailAt'],
    ['email', '@conatt.go.cr', 'directory.validate.email'],
    ['email', 'ana@conatt', 'directory.validate.email'],
    ['email', 'ana@@conatt.go.cr', 'directory.validate.email'],
    ['email', 'ana@.go.cr', 'directory.validate.email'],
    ['phone', '+506 2222-3333', null],
    ['phone', '(503) 2222 3333', null],
    ['phone', '123456', 'directory.validate.phone'],
    ['phone', '506+2222-3333', 'directory.validate.phone'],
    ['phone', '2222-3333 ext', 'directory.validate.phone'],
    ['messaging', '@ana', null],
    ['address', '  ', 'directory.validate.contactEmpty'],
  ] as const)('checks the %s %s: %s', (kind, value, expected) => {
    expect(contactProblem(kind, value)).toBe(expected);
  });
});

describe('people and terms', () => {
  it('requires a name that is more than spaces', () => {
    expect(personNameProblem('  ')).toBe('directory.validate.nameRequired');
    expect(personNameProblem('Ana Lucía Vargas')).toBeNull();
  });

  it('accepts an empty optional day and refuses one off the calendar', () => {
    expect(optionalDayProblem('')).toBeNull();
    expect(optionalDayProblem('2026-02-31')).toBe('directory.validate.date');
  });

  it.each([
    ['2026-01-01', '', { startsOn: null, endsOn: null }],
    ['2026-01-01', '2026-06-30', { startsOn: null, endsOn: null }],
    ['2026-02-31', '', { startsOn: 'directory.validate.date', endsOn: null }],
    ['2026-01-01', '2026-01-01', { startsOn: null, endsOn: 'directory.validate.endAfterStart' }],
    ['2026-01-01', '2025-12-31', { startsOn: null, endsOn: 'directory.validate.endAfterStart' }],
    ['2026-01-01', '2026-04-31', { startsOn: null, endsOn: 'directory.validate.date' }],
  ] as const)('checks a term from %s to %s', (startsOn, endsOn, expected) => {
    expect(termProblems(startsOn, endsOn)).toEqual(expected);
  });
});
