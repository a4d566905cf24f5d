import { describe, expect, it } from 'vitest';
import { typedNumber, typedYear } from './numbers';

describe('numbers typed in the indicator forms', () => {
  it('reads a decimal comma as the API does', () => {
    const cases: [string, number | null | 'bad'][] = [
      ['12,5', 12.5],
      [' 3 ', 3],
      ['', null],
      ['doce', 'bad'],
    ];
    for (const [text, expected] of cases) expect(typedNumber(text), text).toBe(expected);
  });

  it('takes a year only as four digits', () => {
    expect(typedYear('2027')).toBe(2027);
    expect(typedYear('27')).toBe('bad');
    expect(typedYear('')).toBe(null);
  });
});
