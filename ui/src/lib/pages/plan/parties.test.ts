import { describe, expect, it } from 'vitest';
import { makeParty, PARTY_KINDS, partyNeeds, shortForm } from './parties';

describe('responsible parties in the POA form', () => {
  it('a kind that names a state or a body is incomplete without it', () => {
    for (const kind of PARTY_KINDS) {
      const missing = makeParty(kind, '  ');
      expect(missing === undefined, kind).toBe(partyNeeds(kind) !== null);
    }
  });

  it('writes the short forms the CLI and the workbook read', () => {
    const cases: [Parameters<typeof makeParty>, string][] = [
      [['coalicion_regional', ''], 'coalicion'],
      [['national_mechanism', 'cr'], 'mecanismo:CR'],
      [['secretaria_tecnica', ''], 'st'],
      [['committee', ' Petit Comité '], 'comite:Petit Comité'],
      [['institution', 'OIM'], 'institucion:OIM'],
    ];
    for (const [[kind, detail], expected] of cases) {
      const party = makeParty(kind, detail);
      expect(party && shortForm(party)).toBe(expected);
    }
  });
});
