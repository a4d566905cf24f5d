// The stored settings, kept whole: settings_set takes the full record, so changing
// the language must send back every other setting (the quorum rule, and whatever
// comes next) exactly as it was read.
import { readOnly } from './readOnly.svelte';
import { api } from './api';
import type { Language } from './bindings/Language';
import type { Settings } from './bindings/Settings';
import { setLanguage } from './i18n/i18n.svelte';

const stored = $state<{ settings: Settings | undefined }>({ settings: undefined });

export async function loadSettings(): Promise<Settings> {
  const settings = await api.settingsGet();
  stored.settings = settings;
  setLanguage(settings.language);
  return settings;
}

export async function saveLanguage(language: Language): Promise<Settings> {
  const base = stored.settings ?? (await api.settingsGet());
  // A copy to consult keeps nothing: the language changes for this window only.
  if (readOnly.copy) {
    setLanguage(language);
    return { ...base, language };
  }
  const saved = await api.settingsSet({ ...base, language });
  stored.settings = saved;
  setLanguage(saved.language);
  return saved;
}

/** The settings as last read or saved (undefined before the first load). */
export function currentSettings(): Settings | undefined {
  return stored.settings;
}

/** Saves the Secretariat's rules, keeping every other setting as it was. */
export async function saveRules(
  rules: Pick<Settings, 'quorum_rule' | 'majority_rule' | 'agreement_numbering'>,
): Promise<Settings> {
  const base = stored.settings ?? (await api.settingsGet());
  const saved = await api.settingsSet({ ...base, ...rules });
  stored.settings = saved;
  return saved;
}
