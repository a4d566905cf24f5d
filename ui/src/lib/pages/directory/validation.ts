// The rules the API applies to people, contacts and terms, mirrored here so that a form
// can say what is wrong while the user types instead of after a round trip. Pure: each
// check answers the message key of its problem (or null), and the form words it.
import type { ContactKind } from '../../bindings/ContactKind';
import { isIsoDay } from '../../dates';
import type { MessageKey } from '../../i18n/i18n.svelte';

export type Problem = MessageKey | null;

export function emailProblem(value: string): Problem {
  const text = value.trim();
  const at = text.indexOf('@');
  if (at < 0) return 'directory.validate.emailAt';
  const local = text.slice(0, at);
  const domain = text.slice(at + 1);
  const wellFormed =
    local !== '' &&
    !domain.includes('@') &&
    domain.includes('.') &&
    !domain.startsWith('.') &&
    !domain.endsWith('.') &&
    !/\s/.test(text);
  return wellFormed ? null : 'directory.validate.email';
}

export function phoneProblem(value: string): Problem {
  const text = value.trim();
  const allowed = /^[\d +\-().]*$/.test(text);
  const plusOnlyFirst = text.indexOf('+', 1) < 0;
  const digits = text.replace(/\D/g, '').length;
  return allowed && plusOnlyFirst && digits >= 7 && digits <= 15 ? null : 'directory.validate.phone';
}

/** What is wrong with a contact's value, or null when it can be saved. */
export function contactProblem(kind: ContactKind, value: string): Problem {
  if (value.trim() === '') return 'directory.validate.contactEmpty';
  if (kind === 'email') return emailProblem(value);
  if (kind === 'phone') return phoneProblem(value);
  return null;
}

/** A person needs a name; everything else about them is optional. */
export function personNameProblem(name: string): Problem {
  return name.trim() === '' ? 'directory.validate.nameRequired' : null;
}

/** An optional day: empty, or on the calendar. */
export function optionalDayProblem(day: string): Problem {
  return day !== '' && !isIsoDay(day) ? 'directory.validate.date' : null;
}

/**
 * A term (seat, representation, office, membership): it starts on a calendar day and,
 * when it ends, ends after it starts (terms are half-open, so the end is the first day
 * no longer held).
 */
export function termProblems(startsOn: string, endsOn: string): { startsOn: Problem; endsOn: Problem } {
  const start: Problem = isIsoDay(startsOn) ? null : 'directory.validate.date';
  let end: Problem = null;
  if (endsOn !== '') {
    if (!isIsoDay(endsOn)) end = 'directory.validate.date';
    else if (start === null && endsOn <= startsOn) end = 'directory.validate.endAfterStart';
  }
  return { startsOn: start, endsOn: end };
}
