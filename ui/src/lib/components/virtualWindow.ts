// The arithmetic of a list that draws only the rows in view: where each row starts
// (from the heights measured so far, and a guess for the rest), and which rows a
// stretch of the screen covers. Kept apart from VirtualList.svelte so it can be
// tested without a browser.

/** A stretch of rows: `start` is the first drawn, `end` the one after the last. */
export type Range = { start: number; end: number };

/** What the list knows of its rows' heights: measured ones, `undefined` for the rest. */
export type Heights = (number | undefined)[];

/**
 * The guess for a row not yet drawn: the mean of those measured, or `fallback`
 * before any was.
 */
export function estimateHeight(heights: Heights, count: number, fallback: number): number {
  let sum = 0;
  let measured = 0;
  for (let i = 0; i < count; i++) {
    const height = heights[i];
    if (height === undefined) continue;
    sum += height;
    measured++;
  }
  return measured === 0 ? fallback : sum / measured;
}

/**
 * Where each of `count` rows starts: `offsets[i]` is the top of row `i` and
 * `offsets[count]` the height of the whole list.
 */
export function offsetsOf(heights: Heights, count: number, estimate: number): Float64Array {
  const offsets = new Float64Array(count + 1);
  for (let i = 0; i < count; i++) offsets[i + 1] = offsets[i] + (heights[i] ?? estimate);
  return offsets;
}

/** The first row whose bottom lies below `y` (the row under `y`), by bisection. */
export function rowAt(offsets: Float64Array, y: number): number {
  const count = offsets.length - 1;
  let low = 0;
  let high = count;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (offsets[mid + 1] <= y) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The rows to draw for the part of the list between `top` and `bottom` (pixels
 * from the list's own top; either may lie outside it), with `overscan` rows more on
 * each side so that a short scroll or a Tab finds its row already there.
 */
export function windowOf(offsets: Float64Array, top: number, bottom: number, overscan: number): Range {
  const count = offsets.length - 1;
  if (count === 0 || bottom <= 0 || top >= offsets[count]) {
    // The list is off the screen; its edge nearest the screen is drawn anyway, so
    // that the page keeps its height and the first rows are there when scrolled to.
    const nearTop = bottom <= 0 || count === 0;
    return nearTop
      ? { start: 0, end: Math.min(count, overscan) }
      : { start: Math.max(0, count - overscan), end: count };
  }
  const first = rowAt(offsets, Math.max(0, top));
  const last = rowAt(offsets, Math.min(bottom, offsets[count]) - 0.5);
  return { start: Math.max(0, first - overscan), end: Math.min(count, last + 1 + overscan) };
}

/** Whether the drawn rows come within `margin` rows of the last one loaded. */
export function nearEnd(range: Range, count: number, margin: number): boolean {
  return count > 0 && range.end >= count - margin;
}

/**
 * Records the heights just measured for the rows of `keys`; answers whether any
 * differed (by more than half a pixel) from what was known. Heights are kept by a
 * row's key, so a list that grows or is filtered keeps what it measured.
 */
export function recordHeights(known: Map<unknown, number>, keys: unknown[], measured: number[]): boolean {
  let changed = false;
  measured.forEach((height, i) => {
    const before = known.get(keys[i]);
    if (before !== undefined && Math.abs(before - height) <= 0.5) return;
    known.set(keys[i], height);
    changed = true;
  });
  return changed;
}
