import { describe, expect, it } from 'vitest';
import { estimateHeight, nearEnd, offsetsOf, recordHeights, rowAt, windowOf } from './virtualWindow';

describe('estimateHeight', () => {
  it.each([
    { heights: [], count: 3, expected: 40, why: 'nothing measured: the fallback' },
    { heights: [30, undefined, 50], count: 3, expected: 40, why: 'the mean of the measured rows' },
    { heights: [30, 90], count: 1, expected: 30, why: 'only the rows the list holds count' },
  ])('answers $expected when $why', ({ heights, count, expected }) => {
    expect(estimateHeight(heights, count, 40)).toBe(expected);
  });
});

describe('offsetsOf', () => {
  it('adds measured heights and guesses the rest', () => {
    expect([...offsetsOf([10, undefined, 30], 4, 20)]).toEqual([0, 10, 30, 60, 80]);
  });

  it('gives an empty list a height of nothing', () => {
    expect([...offsetsOf([], 0, 20)]).toEqual([0]);
  });
});

describe('rowAt', () => {
  const offsets = offsetsOf([10, 20, 30], 3, 0); // 0, 10, 30, 60
  it.each([
    { y: 0, row: 0 },
    { y: 9.9, row: 0 },
    { y: 10, row: 1 },
    { y: 29, row: 1 },
    { y: 30, row: 2 },
    { y: 59, row: 2 },
    { y: 60, row: 3 },
  ])('finds row $row under y = $y', ({ y, row }) => {
    expect(rowAt(offsets, y)).toBe(row);
  });
});

describe('windowOf', () => {
  // A hundred rows of 50 pixels: 5000 pixels of list.
  const offsets = offsetsOf([], 100, 50);

  it.each([
    { top: 0, bottom: 500, overscan: 0, range: { start: 0, end: 10 }, why: 'the first screen' },
    { top: 0, bottom: 500, overscan: 5, range: { start: 0, end: 15 }, why: 'overscan below only, at the top' },
    { top: 1000, bottom: 1500, overscan: 5, range: { start: 15, end: 35 }, why: 'overscan on both sides' },
    { top: 1025, bottom: 1525, overscan: 0, range: { start: 20, end: 31 }, why: 'rows cut by the edges are drawn' },
    { top: 4800, bottom: 5300, overscan: 5, range: { start: 91, end: 100 }, why: 'the end of the list' },
    { top: -300, bottom: 200, overscan: 2, range: { start: 0, end: 6 }, why: 'the list starting down the screen' },
    { top: -900, bottom: -400, overscan: 8, range: { start: 0, end: 8 }, why: 'the list below the screen' },
    { top: 6000, bottom: 6500, overscan: 8, range: { start: 92, end: 100 }, why: 'the list above the screen' },
  ])('draws $range.start..$range.end for $why', ({ top, bottom, overscan, range }) => {
    expect(windowOf(offsets, top, bottom, overscan)).toEqual(range);
  });

  it('draws nothing of an empty list', () => {
    expect(windowOf(offsetsOf([], 0, 50), 0, 500, 5)).toEqual({ start: 0, end: 0 });
  });

  it('costs the same for thirty thousand rows as for sixty', () => {
    const long = offsetsOf([], 30_000, 50);
    expect(windowOf(long, 750_000, 750_800, 4)).toEqual({ start: 14_996, end: 15_020 });
  });
});

describe('nearEnd', () => {
  it.each([
    { end: 40, count: 60, margin: 10, near: false },
    { end: 50, count: 60, margin: 10, near: true },
    { end: 60, count: 60, margin: 0, near: true },
    { end: 0, count: 0, margin: 10, near: false },
  ])('at $end of $count within $margin is $near', ({ end, count, margin, near }) => {
    expect(nearEnd({ start: 0, end }, count, margin)).toBe(near);
  });
});

describe('recordHeights', () => {
  it('keeps heights by key and reports only real changes', () => {
    const known = new Map<unknown, number>([['a', 40]]);
    expect(recordHeights(known, ['a'], [40.3]), 'half a pixel is rounding, not a change').toBe(false);
    expect(recordHeights(known, ['a', 'b'], [40, 72])).toBe(true);
    expect(known.get('b')).toBe(72);
    expect(recordHeights(known, ['a'], [55])).toBe(true);
    expect(known.get('a')).toBe(55);
  });
});
