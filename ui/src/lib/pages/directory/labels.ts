// Names for the values the directory works with, in the interface language.
import type { ContactKind } from '../../bindings/ContactKind';
import type { Crime } from '../../bindings/Crime';
import type { Office } from '../../bindings/Office';
import type { OrganisationKind } from '../../bindings/OrganisationKind';
import type { SeatRole } from '../../bindings/SeatRole';
import { language, t } from '../../i18n/i18n.svelte';
import { countries } from '../../store.svelte';

export const MANDATES: Crime[] = ['tdp', 'tim'];
export const ROLES: SeatRole[] = ['titular', 'suplente'];
export const CONTACT_KINDS: ContactKind[] = ['email', 'phone', 'messaging', 'address'];
export const ORGANISATION_KINDS: OrganisationKind[] = ['international', 'civil_society'];

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

export function mandateLabel(mandate: Crime): string {
  return t(`directory.mandate.${mandate}`);
}

export function roleLabel(role: SeatRole): string {
  return t(`directory.role.${role}`);
}

export function contactKindLabel(kind: ContactKind): string {
  return t(`directory.contactKind.${kind}`);
}

export function officeLabel(office: Office): string {
  return t(`directory.office.${office}`);
}

export function organisationKindLabel(kind: OrganisationKind): string {
  return t(`directory.orgKind.${kind}`);
}

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
