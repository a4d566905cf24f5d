// How long the screen takes to answer a click, measured in the app itself and always
// on: each click starts a mark, and once the work it set off has settled (the Rust
// commands it called have answered, Svelte has updated the page, the next frame has
// been painted) a `performance.measure` is taken. The last few hundred are kept in
// `window.__plenoPerf`, a plain array an end-to-end test reads with WebDriver
// (tests/performance.rs). Nothing is shown and nothing is sent anywhere.
import { tick } from 'svelte';

/** One click answered: what was clicked, and the milliseconds until the screen showed it. */
export type PerfEntry = { label: string; ms: number };

/** How many answers are kept; older ones are forgotten. */
export const KEPT = 500;
/** How long a label may be, in characters. */
const LABEL_MAX = 40;
/** Rounds of "wait for the commands, then for Svelte" before a click counts as settled. */
const ROUNDS = 20;

declare global {
  interface Window {
    __plenoPerf?: PerfEntry[];
  }
}

/** The Rust commands still unanswered, so a click knows when its work is done. */
export class Pending {
  #count = 0;
  #waiting: (() => void)[] = [];

  get count(): number {
    return this.#count;
  }

  /** A command was sent; the answer is the function to call when it is answered. */
  begin(): () => void {
    this.#count++;
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      this.#count--;
      if (this.#count === 0) this.#waiting.splice(0).forEach((wake) => wake());
    };
  }

  /** Resolves when no command is unanswered. */
  idle(): Promise<void> {
    if (this.#count === 0) return Promise.resolve();
    return new Promise((wake) => this.#waiting.push(wake));
  }
}

/** Every command the app sends counts here (api.ts `call`). */
export const pending = new Pending();

/** The part of an element the label is read from (an interface, so tests need no DOM). */
export type Labelled = {
  getAttribute(name: string): string | null;
  id: string;
  textContent: string | null;
};

/** A short name for what was clicked: its data-testid, else its id, else its words. */
export function labelOf(element: Labelled | null): string {
  if (!element) return 'page';
  const name = element.getAttribute('data-testid') || element.id || (element.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (name === '') return 'page';
  return name.length > LABEL_MAX ? `${name.slice(0, LABEL_MAX - 1)}…` : name;
}

/** What a click is on: the nearest thing meant to be clicked, or that has a name. */
const CLICKABLE = 'a, button, input, select, textarea, label, summary, [role], [data-testid], [id]';

/** Adds `entry`, keeping the last `kept` entries (oldest first) in the same array. */
export function remember(entries: PerfEntry[], entry: PerfEntry, kept: number = KEPT): void {
  entries.push(entry);
  if (entries.length > kept) entries.splice(0, entries.length - kept);
}

export type Waits = {
  /** The next animation frame. */
  frame: () => Promise<void>;
  /** Svelte's pending updates applied. */
  update: () => Promise<void>;
  /** The tasks already queued (a hash change, a timer of zero) have run. */
  turn: () => Promise<void>;
};

const browserWaits: Waits = {
  frame: () => new Promise((done) => requestAnimationFrame(() => done())),
  update: tick,
  turn: () => new Promise((done) => setTimeout(done, 0)),
};

/**
 * Resolves once a click's work has settled: a frame for the click's own changes (a
 * route), then, as long as commands are unanswered, their answers and the updates
 * they cause (an answer may ask another question), then the frame that shows it.
 */
export async function settled(work: Pending, waits: Waits = browserWaits): Promise<void> {
  await waits.frame();
  for (let round = 0; round < ROUNDS; round++) {
    await work.idle();
    await waits.update();
    await waits.turn();
    if (work.count === 0) break;
  }
  await waits.frame();
}

let serial = 0;
/** The names of the measures on the timeline, oldest first, to forget them with the array. */
const measured: string[] = [];

/** Measures one click from `start` until it has settled, and keeps the answer. */
async function measureClick(label: string, start: number): Promise<void> {
  await settled(pending);
  const ms = Math.round((performance.now() - start) * 10) / 10;
  const name = `pleno ${++serial} ${label}`;
  try {
    performance.measure(name, { start, duration: ms });
    measured.push(name);
    if (measured.length > KEPT) performance.clearMeasures(measured.shift());
  } catch {
    // An engine without measure options: the array still has the answer.
  }
  remember((window.__plenoPerf ??= []), { label, ms });
}

/** Starts measuring every click on the page; once, from main.ts. */
export function measureClicks(): void {
  window.__plenoPerf ??= [];
  document.addEventListener(
    'click',
    (event) => {
      const start = performance.now();
      const target = event.target instanceof Element ? event.target.closest(CLICKABLE) : null;
      void measureClick(labelOf(target), start);
    },
    { capture: true, passive: true },
  );
}
