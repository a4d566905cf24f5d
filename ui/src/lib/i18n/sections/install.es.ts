// Spanish strings of the installation: About (keys "aboutPanel.") and the first-run
// setup ("setup."). The English file is typed against it.
export const installEs = {
  'aboutPanel.title': 'Acerca de Pleno',
  'aboutPanel.version': 'Versión',
  'aboutPanel.built': 'Compilada el {date} (commit {commit})',
  'aboutPanel.dbPath': 'Base de datos',
  'aboutPanel.dbSize': 'Tamaño',
  'aboutPanel.schema': 'Versión del esquema',
  'aboutPanel.lastBackup': 'Última copia de seguridad',
  'aboutPanel.noBackup': 'Ninguna todavía',
  'aboutPanel.minutes': 'Actas aprobadas verificadas',
  'aboutPanel.licences': 'Licencias',
  'aboutPanel.ok': 'La base de datos pasó la comprobación de integridad y la cadena de actas está intacta.',
  'aboutPanel.problems': 'Se encontraron problemas:',
  'aboutPanel.copy': 'Copiar diagnóstico',
  'aboutPanel.copied': 'Diagnóstico copiado al portapapeles.',
  'aboutPanel.copyHint': 'Incluye estos datos y las últimas 200 líneas del registro, sin nombres ni textos.',
} satisfies Record<string, string>;
