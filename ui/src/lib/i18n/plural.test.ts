import { describe, expect, it } from 'vitest';
import { pluralForm } from './plural';

const forms = { one: 'one', other: 'other' };

describe('pluralForm', () => {
  it.each([
    [0, 'es', 'other'],
    [1, 'es', 'one'],
    [2, 'es', 'other'],
    [1_000_000, 'es', 'other'],
    [0, 'en', 'other'],
    [1, 'en', 'one'],
    [21, 'en', 'other'],
    [1.5, 'en', 'other'],
  ] as const)('gives %d in %s the %s form', (count, lang, expected) => {
    expect(pluralForm(count, lang, forms)).toBe(expected);
  });
});
