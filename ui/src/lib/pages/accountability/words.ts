// The words of the registers' choices, as label maps (value → message key) like the
// rest of the interface: a value added to a Rust enum (and so to its binding) is a
// type error here until it has its words. The values are what the API receives.
import type { AllianceKind } from '../../bindings/AllianceKind';
import type { AllianceScope } from '../../bindings/AllianceScope';
import type { AllianceSupport } from '../../bindings/AllianceSupport';
import type { InstrumentKind } from '../../bindings/InstrumentKind';
import type { Stage } from '../../bindings/Stage';
import { keysOf, wordsOf } from '../../enums';
import type { MessageKey } from '../../i18n/i18n.svelte';

const kindKey: Record<AllianceKind, MessageKey> = {
  gubernamental: 'accountability.kind.gubernamental',
  no_gubernamental: 'accountability.kind.no_gubernamental',
};
const supportKey: Record<AllianceSupport, MessageKey> = {
  financiero: 'accountability.support.financiero',
  tecnico: 'accountability.support.tecnico',
  otro: 'accountability.support.otro',
};
const scopeKey: Record<AllianceScope, MessageKey> = {
  nacional: 'accountability.scope.nacional',
  regional: 'accountability.scope.regional',
  extrarregional: 'accountability.scope.extrarregional',
};
const instrumentKey: Record<InstrumentKind, MessageKey> = {
  protocolo: 'accountability.instrument.protocolo',
  estrategia: 'accountability.instrument.estrategia',
  ruta: 'accountability.instrument.ruta',
  convenio: 'accountability.instrument.convenio',
};
const stageKey: Record<Stage, MessageKey> = {
  elaborado: 'accountability.stage.elaborado',
  aprobado: 'accountability.stage.aprobado',
  implementado: 'accountability.stage.implementado',
};

export const KINDS = keysOf(kindKey);
export const kindLabel = wordsOf(kindKey);
export const SUPPORTS = keysOf(supportKey);
export const supportLabel = wordsOf(supportKey);
export const SCOPES = keysOf(scopeKey);
export const scopeLabel = wordsOf(scopeKey);
export const INSTRUMENTS = keysOf(instrumentKey);
export const instrumentLabel = wordsOf(instrumentKey);
export const STAGES = keysOf(stageKey);
export const stageLabel = wordsOf(stageKey);
