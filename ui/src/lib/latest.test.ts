import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterPause, Latest } from './latest';

function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: unknown) => void } {
  let resolve: (value: T) => void = () => {};
  let reject: (error: unknown) => void = () => {};
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('Latest', () => {
  it('drops an older answer that arrives after a newer question', async () => {
    const latest = new Latest();
    const seen: string[] = [];
    const first = deferred<string>();
    const second = deferred<string>();
    latest.ask(first.promise, (v) => seen.push(v), () => seen.push('error'));
    latest.ask(second.promise, (v) => seen.push(v), () => seen.push('error'));
    second.resolve('ana');
    first.resolve('an');
    await settle();
    expect(seen).toEqual(['ana']);
  });

  it('drops the failure of an older question too, and keeps the latest one as an ApiError', async () => {
    const latest = new Latest();
    const failures: string[] = [];
    const first = deferred<string>();
    const second = deferred<string>();
    latest.ask(first.promise, () => {}, (e) => failures.push(e.kind));
    latest.ask(second.promise, () => {}, (e) => failures.push(e.kind));
    first.reject({ code: 'invalid', kind: 'old', params: {}, message: 'a', message_en: 'a' });
    second.reject({ code: 'invalid', kind: 'new', params: {}, message: 'b', message_en: 'b' });
    await settle();
    expect(failures).toEqual(['new']);
  });

  it('answers nothing once its questions are dropped', async () => {
    const latest = new Latest();
    const seen: string[] = [];
    const pending = deferred<string>();
    latest.ask(pending.promise, (v) => seen.push(v), () => {});
    latest.drop();
    pending.resolve('late');
    await settle();
    expect(seen).toEqual([]);
  });
});

describe('afterPause', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs the work once the pause has lasted, and never when cleaned up before', () => {
    const work = vi.fn();
    afterPause(200, work);
    vi.advanceTimersByTime(199);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(work).toHaveBeenCalledOnce();

    const cancelled = vi.fn();
    const cleanup = afterPause(200, cancelled);
    cleanup();
    vi.advanceTimersByTime(500);
    expect(cancelled).not.toHaveBeenCalled();
  });
});
