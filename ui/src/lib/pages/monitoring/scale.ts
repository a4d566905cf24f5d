// The matrix's colour scale: five calm steps of one hue, light for little progress
// and dark for much, so the eye reads the order without a legend; the number is in
// every cell anyway, and text turns white on the two darkest steps.

export type Step = { from: number; to: number; background: string; text: string };

export const STEPS: readonly Step[] = [
  { from: 0, to: 19, background: '#eef4fb', text: '#1b2430' },
  { from: 20, to: 39, background: '#cfe0f3', text: '#1b2430' },
  { from: 40, to: 59, background: '#97bde6', text: '#1b2430' },
  { from: 60, to: 79, background: '#4f86c6', text: '#ffffff' },
  { from: 80, to: 100, background: '#1d4e89', text: '#ffffff' },
];

/** The step a progress from 0 to 100 falls in. */
export function stepOf(progress: number): Step {
  return STEPS.find((step) => progress <= step.to) ?? STEPS[STEPS.length - 1];
}

/** A cell with no figure yet: hatched, so it never reads as a low figure. */
export const NOT_REPORTED = 'repeating-linear-gradient(135deg, var(--color-white) 0 4px, var(--color-grey-100) 4px 8px)';
