// What each accountability register keeps: its records as last read, the one
// selected for the detail, and the reading itself (an Action, for its error banner).
import { action, type Action } from '../../action.svelte';

export class Records<T extends { id: number }> {
  list = $state.raw<T[]>([]);
  selected = $state<number | null>(null);
  readonly current = $derived(this.list.find((record) => record.id === this.selected));
  readonly load: Action<[], void>;

  constructor(read: () => Promise<T[]>) {
    this.load = action(async () => {
      this.list = await read();
    });
  }

  /** Selects a record just recorded, and reads the register again to show it. */
  async added(record: T): Promise<void> {
    this.selected = record.id;
    await this.load.run();
  }
}
