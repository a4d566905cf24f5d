// The same format rules the Rust side applies to contacts, so that the form can say
// what is wrong while the user types instead of after a round trip.
import type { ContactKind } from '../../bindings/ContactKind';
import { t } from '../../i18n/i18n.svelte';

export function emailProblem(value: string): string | null {
  const text = value.trim();
  const at = text.indexOf('@');
  if (at < 0) return t('directory.validate.emailAt');
  const local = text.slice(0, at);
  const domain = text.slice(at + 1);
  const wellFormed =
    local !== '' &&
    !domain.includes('@') &&
    domain.includes('.') &&
    !domain.startsWith('.') &&
    !domain.endsWith('.') &&
    !/\s/.test(text);
  return wellFormed ? null : t('directory.validate.email');
}

export function phoneProblem(value: string): string | null {
  const text = value.trim();
  const allowed = /^[\d +\-().]*$/.test(text);
  const plusOnlyFirst = text.indexOf('+', 1) < 0;
  const digits = text.replace(/\D/g, '').length;
  return allowed && plusOnlyFirst && digits >= 7 && digits <= 15 ? null : t('directory.validate.phone');
}

/** What is wrong with a contact's value, or null when it can be saved. */
export function contactProblem(kind: ContactKind, value: string): string | null {
  if (value.trim() === '') return t('directory.validate.contactEmpty');
  if (kind === 'email') return emailProblem(value);
  if (kind === 'phone') return phoneProblem(value);
  return null;
}
