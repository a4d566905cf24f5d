// English words of the accountability registers' choices, typed against the Spanish ones.
import type { accountabilityEs } from './accountability.es';

export const accountabilityEn: Record<keyof typeof accountabilityEs, string> = {
  'accountability.kind.gubernamental': 'governmental',
  'accountability.kind.no_gubernamental': 'non-governmental',
  'accountability.support.financiero': 'financial',
  'accountability.support.tecnico': 'technical',
  'accountability.support.otro': 'other',
  'accountability.scope.nacional': 'national',
  'accountability.scope.regional': 'regional',
  'accountability.scope.extrarregional': 'extra-regional',
  'accountability.instrument.protocolo': 'protocol',
  'accountability.instrument.estrategia': 'strategy',
  'accountability.instrument.ruta': 'coordination route',
  'accountability.instrument.convenio': 'agreement',
  'accountability.stage.elaborado': 'drafted',
  'accountability.stage.aprobado': 'approved',
  'accountability.stage.implementado': 'implemented',
};
