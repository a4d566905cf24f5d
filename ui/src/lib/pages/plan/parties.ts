// The responsible parties of an activity as the form handles them: the kinds the
// domain's `ResponsibleParty` has, which of them need a name or a state, and how a
// chosen party reads. The short form shown beside it is the one the CLI and the POA
// workbook take (`mecanismo:CR`, `comite:Petit Comité`).
import type { ResponsibleParty } from '../../bindings/ResponsibleParty';
import type { MessageKey } from '../../i18n/i18n.svelte';

export type PartyKind = ResponsibleParty['kind'];

export const PARTY_KINDS: PartyKind[] = [
  'coalicion_regional',
  'national_mechanisms',
  'national_mechanism',
  'presidencia',
  'secretaria_tecnica',
  'committee',
  'institution',
];

export const partyKindKey = (kind: PartyKind): MessageKey => `poaEdit.party.${kind}`;

/** What the kind needs besides itself: a state, a name, or nothing. */
export function partyNeeds(kind: PartyKind): 'country' | 'name' | null {
  if (kind === 'national_mechanism') return 'country';
  if (kind === 'committee' || kind === 'institution') return 'name';
  return null;
}

/** The party of `kind` with `detail` (a state's code or a name); undefined while incomplete. */
export function makeParty(kind: PartyKind, detail: string): ResponsibleParty | undefined {
  const text = detail.trim();
  switch (kind) {
    case 'national_mechanism':
      return text === '' ? undefined : { kind, country: text.toUpperCase() };
    case 'committee':
      return text === '' ? undefined : { kind, committee_id: null, name: text };
    case 'institution':
      return text === '' ? undefined : { kind, name: text };
    default:
      return { kind };
  }
}

/** The short form `ResponsibleParty::short_form` writes. */
export function shortForm(party: ResponsibleParty): string {
  switch (party.kind) {
    case 'coalicion_regional':
      return 'coalicion';
    case 'national_mechanisms':
      return 'mecanismos';
    case 'national_mechanism':
      return `mecanismo:${party.country}`;
    case 'presidencia':
      return 'presidencia';
    case 'secretaria_tecnica':
      return 'st';
    case 'committee':
      return `comite:${party.name}`;
    case 'institution':
      return `institucion:${party.name}`;
  }
}

export function sameParty(a: ResponsibleParty, b: ResponsibleParty): boolean {
  return shortForm(a) === shortForm(b);
}
