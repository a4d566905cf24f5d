import { describe, expect, it } from 'vitest';
import { STEPS, stepOf } from './scale';

describe('stepOf', () => {
  it.each([
    [0, 0],
    [19, 0],
    [20, 1],
    [59, 2],
    [60, 3],
    [80, 4],
    [100, 4],
  ])('puts %i %% in step %i', (progress, index) => {
    expect(stepOf(progress)).toBe(STEPS[index]);
  });

  it('covers 0 to 100 without a gap', () => {
    STEPS.forEach((step, i) => {
      if (i > 0) expect(step.from).toBe(STEPS[i - 1].to + 1);
    });
    expect(STEPS[0].from).toBe(0);
    expect(STEPS[STEPS.length - 1].to).toBe(100);
  });
});
