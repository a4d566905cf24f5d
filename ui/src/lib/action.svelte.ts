// One shape for everything a person starts with a button: whether it is running (to
// disable the button and say "Guardando…") and why it last failed (for the error
// banner). Screens no longer keep their own busy flag and error beside each call.
import { toApiError, type ApiError } from './api';

export class Action<Args extends unknown[], Result> {
  busy = $state(false);
  error = $state<ApiError | undefined>(undefined);
  readonly #work: (...args: Args) => Promise<Result>;

  constructor(work: (...args: Args) => Promise<Result>) {
    this.#work = work;
  }

  /** Runs the work; answers its result, or undefined when it failed (the error is kept). */
  run = async (...args: Args): Promise<Result | undefined> => {
    this.busy = true;
    this.error = undefined;
    try {
      return await this.#work(...args);
    } catch (failure) {
      this.error = toApiError(failure);
      return undefined;
    } finally {
      this.busy = false;
    }
  };

  /** Forgets the last failure (the banner's "Cerrar"). */
  dismiss = (): void => {
    this.error = undefined;
  };
}

/** `const save = action(async () => …)`; then `save.run()`, `save.busy`, `save.error`. */
export function action<Args extends unknown[], Result>(work: (...args: Args) => Promise<Result>): Action<Args, Result> {
  return new Action(work);
}
