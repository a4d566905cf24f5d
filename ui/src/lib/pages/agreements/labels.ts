// The words for the values the Rust side sends as codes.
import type { AgreementStatus } from '../../bindings/AgreementStatus';
import type { LinkTarget } from '../../bindings/LinkTarget';
import type { ShownStatus } from '../../bindings/ShownStatus';
import type { CountryListing } from '../../bindings/CountryListing';
import { keysOf, wordsOf } from '../../enums';
import { language, type MessageKey } from '../../i18n/i18n.svelte';

const statusKey: Record<ShownStatus, MessageKey> = {
  pendiente: 'agreements.status.pendiente',
  en_curso: 'agreements.status.en_curso',
  cumplido: 'agreements.status.cumplido',
  sin_efecto: 'agreements.status.sin_efecto',
  vencido: 'agreements.status.vencido',
};

export const SHOWN_STATUSES = keysOf(statusKey);
export const statusLabel = wordsOf(statusKey);

/** The statuses a person can record; "vencido" is derived from the due date. */
export const RECORDED_STATUSES = SHOWN_STATUSES.filter(
  (status): status is AgreementStatus => status !== 'vencido',
);

const targetKey: Record<LinkTarget, MessageKey> = {
  indicator: 'agreements.link.indicator',
  activity: 'agreements.link.activity',
};
export const targetLabel = wordsOf(targetKey);

/** A member state's name in the interface language (the Rust side gives both). */
export function countryName(country: CountryListing): string {
  return language() === 'en' && country.name_en ? country.name_en : country.name;
}
