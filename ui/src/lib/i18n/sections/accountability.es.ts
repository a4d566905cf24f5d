// Spanish words of the accountability registers' choices (alliances, instruments and
// their stages), as the Rust enums word them (choice_enum!); keys "accountability.".
// The English file is typed against it.
export const accountabilityEs = {
  'accountability.kind.gubernamental': 'gubernamental',
  'accountability.kind.no_gubernamental': 'no gubernamental',
  'accountability.support.financiero': 'financiero',
  'accountability.support.tecnico': 'técnico',
  'accountability.support.otro': 'otro',
  'accountability.scope.nacional': 'nacional',
  'accountability.scope.regional': 'regional',
  'accountability.scope.extrarregional': 'extrarregional',
  'accountability.instrument.protocolo': 'protocolo',
  'accountability.instrument.estrategia': 'estrategia',
  'accountability.instrument.ruta': 'ruta de coordinación',
  'accountability.instrument.convenio': 'convenio',
  'accountability.stage.elaborado': 'elaborado',
  'accountability.stage.aprobado': 'aprobado',
  'accountability.stage.implementado': 'implementado',
} satisfies Record<string, string>;
