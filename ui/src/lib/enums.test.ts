import { describe, expect, it } from 'vitest';
import { keysOf, wordsOf } from './enums';
import { INSTRUMENTS, kindLabel, STAGES, stageLabel } from './pages/accountability/words';
import { officeLabel } from './pages/directory/labels';
import { AGENDA_KINDS, MODALITIES, label } from './pages/meetings/labels';

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

describe('wordsOf', () => {
  it('words each value with the message its map names, in the interface language', () => {
    const modality = wordsOf({ presencial: 'meetings.modality.presencial', virtual: 'meetings.modality.virtual' });
    expect(modality('presencial')).toBe('Presencial');
    expect(modality('virtual')).toBe('Virtual');
  });

  it('gives the directory and the meetings screens the same kind of label function', () => {
    expect(officeLabel('secretaria_tecnica')).toBe('Secretaría Técnica');
    expect(label.status('en_curso')).toBe('En curso');
    expect(label.rule({ threshold: 'two_thirds', base: 'present' })).toBe('dos tercios de los Estados presentes');
  });
});

describe('the accountability registers\' choices', () => {
  it('come from their label maps, worded as the Rust enums word them', () => {
    expect(STAGES).toEqual(['elaborado', 'aprobado', 'implementado']);
    expect(INSTRUMENTS).toContain('ruta');
    expect(kindLabel('no_gubernamental')).toBe('no gubernamental');
    expect(stageLabel('implementado')).toBe('implementado');
  });
});
