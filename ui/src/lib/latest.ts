// Questions a screen asks the Rust side can be asked faster than they are answered: a
// search as one types, the directory on a date being typed. Only the answer to the
// latest question may fill the screen; an older one that arrives late is dropped.
import { toApiError, type ApiError } from './api';

export class Latest {
  #asked = 0;

  /** Asks; `answer` or `fail` runs only if no question was asked (or dropped) since. */
  ask<T>(question: Promise<T>, answer: (value: T) => void, fail: (error: ApiError) => void): void {
    const mine = ++this.#asked;
    question.then(
      (value) => {
        if (mine === this.#asked) answer(value);
      },
      (failure: unknown) => {
        if (mine === this.#asked) fail(toApiError(failure));
      },
    );
  }

  /** Forgets the questions asked so far (the search box was emptied, say). */
  drop(): void {
    this.#asked++;
  }
}

/**
 * Runs `work` once typing pauses for `ms`; answers the cleanup, which an `$effect`
 * returns so that the next keystroke restarts the wait.
 */
export function afterPause(ms: number, work: () => void): () => void {
  const timer = setTimeout(work, ms);
  return () => clearTimeout(timer);
}
