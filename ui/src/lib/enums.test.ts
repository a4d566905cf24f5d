import { describe, expect, it } from 'vitest';
import { keysOf } from './enums';
import { AGENDA_KINDS, MODALITIES } from './pages/meetings/labels';

describe('keysOf', () => {
  it('lists an enumeration in the order its label map gives', () => {
    expect(keysOf({ presencial: 'a', virtual: 'b', hibrida: 'c' })).toEqual(['presencial', 'virtual', 'hibrida']);
  });

  it('gives the meetings screens their lists from the label maps', () => {
    expect(MODALITIES).toEqual(['presencial', 'virtual', 'hibrida']);
    expect(AGENDA_KINDS[0]).toBe('quorum');
    expect(AGENDA_KINDS.at(-1)).toBe('closing');
    expect(AGENDA_KINDS).toHaveLength(9);
  });
});
