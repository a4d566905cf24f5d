// Which of a message's forms a count takes, by the language's own rules
// (Intl.PluralRules), so no screen writes `count === 1 ? … : …` by hand. Pleno's
// catalogues carry two forms, "one" and "other"; every other category CLDR knows
// (Spanish "many" for a million) reads as "other".
import type { Language } from '../bindings/Language';

export type PluralForms<T> = { one: T; other: T };

const rules = new Map<Language, Intl.PluralRules>();

function rulesOf(lang: Language): Intl.PluralRules {
  let found = rules.get(lang);
  if (!found) {
    found = new Intl.PluralRules(lang);
    rules.set(lang, found);
  }
  return found;
}

/** The form of `forms` that `count` takes in `lang`. */
export function pluralForm<T>(count: number, lang: Language, forms: PluralForms<T>): T {
  return rulesOf(lang).select(count) === 'one' ? forms.one : forms.other;
}
