import { describe, expect, it } from 'vitest';
import { labelOf, Pending, remember, settled, type Labelled, type PerfEntry, type Waits } from './perf';

function element(attributes: Record<string, string>, id = '', text: string | null = null): Labelled {
  return { getAttribute: (name) => attributes[name] ?? null, id, textContent: text };
}

describe('labelOf', () => {
  it.each([
    { el: element({ 'data-testid': 'nav-acuerdos' }, 'x', 'Acuerdos'), label: 'nav-acuerdos', why: 'the test id first' },
    { el: element({}, 'agreement-search', 'Buscar'), label: 'agreement-search', why: 'then the id' },
    { el: element({}, '', '  Guardar \n cambios '), label: 'Guardar cambios', why: 'then the words, in one line' },
    { el: element({}, '', 'x'.repeat(60)), label: `${'x'.repeat(39)}…`, why: 'long words cut short' },
    { el: element({}, '', '   '), label: 'page', why: 'nothing to go by' },
    { el: null, label: 'page', why: 'a click on the page itself' },
  ])('names it "$label" ($why)', ({ el, label }) => {
    expect(labelOf(el)).toBe(label);
  });
});

describe('remember', () => {
  it('keeps the newest entries in the same array', () => {
    const entries: PerfEntry[] = [];
    for (let i = 0; i < 5; i++) remember(entries, { label: `c${i}`, ms: i }, 3);
    expect(entries.map((e) => e.label)).toEqual(['c2', 'c3', 'c4']);
  });
});

describe('settled', () => {
  /** Waits that log what they waited for, so the order can be checked. */
  function loggingWaits(log: string[]): Waits {
    return {
      frame: async () => void log.push('frame'),
      update: async () => void log.push('update'),
      turn: async () => void log.push('turn'),
    };
  }

  it('waits for an unanswered command, and for the one its answer asks', async () => {
    const work = new Pending();
    const log: string[] = [];
    const first = work.begin();
    const done = settled(work, {
      ...loggingWaits(log),
      update: async () => {
        log.push('update');
        // The first answer's update asks a second question, answered a turn later.
        if (log.filter((l) => l === 'update').length === 1) {
          const second = work.begin();
          setTimeout(() => {
            log.push('second answered');
            second();
          }, 5);
        }
      },
    });
    setTimeout(() => {
      log.push('first answered');
      first();
    }, 5);
    await done;
    expect(log).toEqual(['frame', 'first answered', 'update', 'turn', 'second answered', 'update', 'turn', 'frame']);
  });

  it('settles after two frames when the click asked nothing', async () => {
    const log: string[] = [];
    await settled(new Pending(), loggingWaits(log));
    expect(log).toEqual(['frame', 'update', 'turn', 'frame']);
  });
});

describe('Pending', () => {
  it('counts an answer once however often it is reported', async () => {
    const work = new Pending();
    const answered = work.begin();
    answered();
    answered();
    expect(work.count).toBe(0);
    await expect(work.idle()).resolves.toBeUndefined();
  });
});
