import { describe, expect, it } from 'vitest';
import { action } from './action.svelte';

describe('action', () => {
  it('is busy while its work runs and answers the result', async () => {
    let release: (value: number) => void = () => {};
    const save = action(() => new Promise<number>((resolve) => (release = resolve)));
    const running = save.run();
    expect(save.busy).toBe(true);
    release(7);
    expect(await running).toBe(7);
    expect(save.busy).toBe(false);
    expect(save.error).toBeUndefined();
  });

  it('keeps the refusal of the Rust side as it came', async () => {
    const refusal = { code: 'invalid', kind: 'city_required', params: {}, message: 'Falta la ciudad.', message_en: 'The city is missing.' };
    const save = action(async () => {
      throw refusal;
    });
    expect(await save.run()).toBeUndefined();
    expect(save.error).toEqual(refusal);
    expect(save.busy).toBe(false);
  });

  it('forgets the last failure when it runs again or is dismissed', async () => {
    let fail = true;
    const save = action(async (value: string) => {
      if (fail) throw { code: 'invalid', kind: 'x', params: {}, message: 'no', message_en: 'no' };
      return value;
    });
    await save.run('a');
    save.dismiss();
    expect(save.error).toBeUndefined();
    await save.run('a');
    fail = false;
    expect(await save.run('b')).toBe('b');
    expect(save.error).toBeUndefined();
  });
});
