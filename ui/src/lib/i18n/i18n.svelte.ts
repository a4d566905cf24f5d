// The current language and the functions that read it. Because t() reads reactive
// state, every template that calls it re-renders when the language changes; no
// component has to subscribe to anything.
import type { Language } from '../bindings/Language';
import type { Text } from '../bindings/Text';
import { en } from './en';
import { pluralForm } from './plural';
import { es, type MessageKey, type Messages } from './es';

export type { MessageKey };

const catalogues: Record<Language, Messages> = { es, en };

const current = $state<{ language: Language }>({ language: 'es' });

export function language(): Language {
  return current.language;
}

export function setLanguage(next: Language): void {
  current.language = next;
  // Screen readers and hyphenation follow the document language.
  document.documentElement.lang = next;
}

/** Words the API made in both languages (`Text`), in the interface's language. */
export function tx(text: Text): string {
  return current.language === 'en' ? text.en : text.es;
}

/**
 * A payload field that comes in Spanish with an English sibling (`title` and
 * `title_en`), in the interface's language; the Spanish one where no English exists.
 */
export function pick(es: string, en: string | null | undefined): string {
  return current.language === 'en' && en ? en : es;
}

export type Params = Record<string, string | number>;

export function t(key: MessageKey, params?: Params): string {
  const template = catalogues[current.language][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/**
 * The message for a count, in the form the language's plural rules pick: `one` for
 * "1 acuerdo", `other` for "3 acuerdos". The count is passed as both `{n}` and `{count}`.
 */
export function plural(count: number, one: MessageKey, other: MessageKey, params?: Params): string {
  return t(pluralForm(count, current.language, { one, other }), { n: count, count, ...params });
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat(current.language, { maximumFractionDigits: 1 }).format(value);
}

/**
 * "50 %" in Spanish (a non-breaking space keeps the sign with its number, as the RAE
 * asks), "50%" in English.
 */
export function formatPercent(value: number): string {
  const number = formatNumber(value);
  return current.language === 'es' ? `${number}\u00a0%` : `${number}%`;
}
