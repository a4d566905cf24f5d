// Member states by code, named in the current language. The list comes from the
// shared store, loaded once for every section.
import type { CountryListing } from '../../bindings/CountryListing';
import { language } from '../../i18n/i18n.svelte';
import { countries } from '../../store.svelte';

export function loadCountries(): void {
  countries.load();
}

export function memberStates(): CountryListing[] {
  return countries.data ?? [];
}

export function countryName(code: string | null | undefined): string {
  if (!code) return '';
  const found = countries.data?.find((c) => c.code === code);
  if (!found) return code;
  return language() === 'en' ? found.name_en : found.name;
}
