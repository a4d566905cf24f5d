// Names for the values the directory works with, in the interface language.
import type { ContactKind } from '../../bindings/ContactKind';
import type { Crime } from '../../bindings/Crime';
import type { Office } from '../../bindings/Office';
import type { OrganisationKind } from '../../bindings/OrganisationKind';
import type { SeatRole } from '../../bindings/SeatRole';
import { addDays, longDate } from '../../dates';
import { keysOf, wordsOf } from '../../enums';
import { language, t, type MessageKey } from '../../i18n/i18n.svelte';
import { countries } from '../../store.svelte';

const mandateKey: Record<Crime, MessageKey> = {
  tdp: 'directory.mandate.tdp',
  tim: 'directory.mandate.tim',
};
const roleKey: Record<SeatRole, MessageKey> = {
  titular: 'directory.role.titular',
  suplente: 'directory.role.suplente',
};
const contactKindKey: Record<ContactKind, MessageKey> = {
  email: 'directory.contactKind.email',
  phone: 'directory.contactKind.phone',
  messaging: 'directory.contactKind.messaging',
  address: 'directory.contactKind.address',
};
const officeKey: Record<Office, MessageKey> = {
  coordinador: 'directory.office.coordinador',
  presidencia: 'directory.office.presidencia',
  secretaria_tecnica: 'directory.office.secretaria_tecnica',
  vocal: 'directory.office.vocal',
};
const organisationKindKey: Record<OrganisationKind, MessageKey> = {
  international: 'directory.orgKind.international',
  civil_society: 'directory.orgKind.civil_society',
};

export const MANDATES = keysOf(mandateKey);
export const ROLES = keysOf(roleKey);
export const CONTACT_KINDS = keysOf(contactKindKey);
export const OFFICES = keysOf(officeKey);
export const ORGANISATION_KINDS = keysOf(organisationKindKey);

/** "Trata de personas · Titular". */
export function seatLabel(mandate: Crime, role: SeatRole): string {
  return `${mandateLabel(mandate)} · ${roleLabel(role)}`;
}

/** "suplente de tráfico ilícito de migrantes", for use inside a sentence. */
export function seatPhrase(mandate: Crime, role: SeatRole): string {
  return t('directory.seatPhrase', {
    role: roleLabel(role).toLocaleLowerCase(language()),
    mandate: mandateLabel(mandate).toLocaleLowerCase(language()),
  });
}

export const mandateLabel = wordsOf(mandateKey);
export const roleLabel = wordsOf(roleKey);
export const contactKindLabel = wordsOf(contactKindKey);
export const officeLabel = wordsOf(officeKey);
export const organisationKindLabel = wordsOf(organisationKindKey);

/**
 * A state's name in the interface language. The directory gives the Spanish name;
 * the English one comes from the list of countries, once it has loaded.
 */
export function countryName(code: string, spanish?: string): string {
  const listing = countries.data?.find((c) => c.code === code);
  if (language() === 'en' && listing?.name_en) return listing.name_en;
  return listing?.name ?? spanish ?? code;
}

/** "Licda. Ana Lucía Vargas Solís"; the honorific is optional. */
export function fullName(honorific: string, name: string): string {
  return honorific.trim() ? `${honorific.trim()} ${name}` : name;
}

/** A seat of a member state: which state, for which crime, titular or suplente. */
export type SeatTarget = { country: string; mandate: Crime; role: SeatRole };

/**
 * "desde el 1 de marzo de 2024" or "del 1 de enero de 2026 al 31 de diciembre de 2026".
 * Terms are half-open in the database (`endsOn` is the first day no longer held, so a
 * successor can start that very day); people read a range up to its last day.
 */
export function termText(startsOn: string, endsOn: string | null): string {
  if (endsOn === null) return t('directory.term.since', { date: longDate(startsOn) });
  const lastDay = endsOn > startsOn ? addDays(endsOn, -1) : endsOn;
  return t('directory.term.range', { from: longDate(startsOn), to: longDate(lastDay) });
}
