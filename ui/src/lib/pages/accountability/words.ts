// The words of the registers' choices in both languages, as the Rust enums word
// them (choice_enum!); the stored value is what the API receives.
import type { AllianceKind } from '../../bindings/AllianceKind';
import type { AllianceScope } from '../../bindings/AllianceScope';
import type { AllianceSupport } from '../../bindings/AllianceSupport';
import type { InstrumentKind } from '../../bindings/InstrumentKind';
import type { Stage } from '../../bindings/Stage';
import { pick } from '../../i18n/i18n.svelte';

export type Choice<T extends string> = { value: T; es: string; en: string };

export const KINDS: Choice<AllianceKind>[] = [
  { value: 'gubernamental', es: 'gubernamental', en: 'governmental' },
  { value: 'no_gubernamental', es: 'no gubernamental', en: 'non-governmental' },
];
export const SUPPORTS: Choice<AllianceSupport>[] = [
  { value: 'financiero', es: 'financiero', en: 'financial' },
  { value: 'tecnico', es: 'técnico', en: 'technical' },
  { value: 'otro', es: 'otro', en: 'other' },
];
export const SCOPES: Choice<AllianceScope>[] = [
  { value: 'nacional', es: 'nacional', en: 'national' },
  { value: 'regional', es: 'regional', en: 'regional' },
  { value: 'extrarregional', es: 'extrarregional', en: 'extra-regional' },
];
export const INSTRUMENTS: Choice<InstrumentKind>[] = [
  { value: 'protocolo', es: 'protocolo', en: 'protocol' },
  { value: 'estrategia', es: 'estrategia', en: 'strategy' },
  { value: 'ruta', es: 'ruta de coordinación', en: 'coordination route' },
  { value: 'convenio', es: 'convenio', en: 'agreement' },
];
export const STAGES: Choice<Stage>[] = [
  { value: 'elaborado', es: 'elaborado', en: 'drafted' },
  { value: 'aprobado', es: 'aprobado', en: 'approved' },
  { value: 'implementado', es: 'implementado', en: 'implemented' },
];

export function word<T extends string>(choices: Choice<T>[], value: T): string {
  const found = choices.find((c) => c.value === value);
  return found ? pick(found.es, found.en) : value;
}
