import { describe, expect, it } from 'vitest';
import { addDays, addMinutes, dayRange, isHM, isIsoDay, longDate, parseDay, timeOf, todayIso } from './dates';

describe('isIsoDay', () => {
  it.each([
    ['2026-02-28', true],
    ['2024-02-29', true],
    ['2011-09-16', true],
    ['2026-02-29', false],
    ['2026-02-31', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-1-5', false],
    ['2026-01-05T10:00:00', false],
    ['', false],
    ['mañana', false],
  ])('says %s is a calendar day: %s', (text, expected) => {
    expect(isIsoDay(text)).toBe(expected);
  });
});

describe('longDate', () => {
  it.each([
    ['2011-09-16', 'es', '16 de septiembre de 2011'],
    ['2011-09-16', 'en', '16 September 2011'],
    ['2026-01-01', 'es', '1 de enero de 2026'],
    ['2026-12-10T09:40:00', 'en', '10 December 2026'],
  ] as const)('words %s in %s as %s', (iso, lang, expected) => {
    expect(longDate(iso, lang)).toBe(expected);
  });

  it('shows a text that is no calendar day as it was sent', () => {
    expect(longDate('2026-02-31', 'es')).toBe('2026-02-31');
  });
});

describe('dayRange', () => {
  it.each([
    ['2026-12-10', '2026-12-10', 'es', '10 de diciembre de 2026'],
    ['2026-12-10', '2026-12-11', 'es', '10–11 de diciembre de 2026'],
    ['2026-12-10', '2026-12-11', 'en', '10–11 December 2026'],
    ['2026-11-30', '2026-12-01', 'es', '30 de noviembre de 2026 – 1 de diciembre de 2026'],
  ] as const)('words %s to %s in %s as %s', (starts, ends, lang, expected) => {
    expect(dayRange(starts, ends, lang)).toBe(expected);
  });
});

describe('days and times', () => {
  it('reads a day as local midnight, never as UTC', () => {
    const date = parseDay('2026-03-01');
    expect([date?.getFullYear(), date?.getMonth(), date?.getDate(), date?.getHours()]).toEqual([2026, 2, 1, 0]);
  });

  it('refuses to read a day that is not on the calendar', () => {
    expect(parseDay('2026-02-31')).toBeUndefined();
  });

  it('adds days across months and years', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });

  it('writes today as the value a date field expects', () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });

  it.each([
    ['09:00', 70, '10:10'],
    ['23:30', 45, '00:15'],
    ['00:10', -20, '23:50'],
  ])('adds to %s %i minutes and reads %s', (hm, minutes, expected) => {
    expect(addMinutes(hm, minutes)).toBe(expected);
  });

  it.each([
    ['09:30', true],
    ['23:59', true],
    ['24:00', false],
    ['9:30', false],
    ['09:60', false],
  ])('says %s is a time of day: %s', (text, expected) => {
    expect(isHM(text)).toBe(expected);
  });

  it('takes the time out of a stored moment', () => {
    expect(timeOf('2026-06-10T09:40:00.123')).toBe('09:40');
    expect(timeOf('2026-06-10')).toBe('');
  });
});
