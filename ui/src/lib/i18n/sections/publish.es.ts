// Strings of publishing the archive (the static site with search), in Spanish.
export const publishEs = {
  'publish.title': 'Archivo publicado',
  'publish.intro':
    'Escribe en una carpeta un sitio web estático con las actas aprobadas, el registro de acuerdos y el Plan Estratégico, con búsqueda sin conexión, para ponerlo en cualquier servidor web. No incluye borradores ni datos de contacto.',
  'publish.button': 'Publicar archivo…',
  'publish.busy': 'Publicando…',
  'publish.dialogTitle': 'Carpeta donde publicar el archivo',
};
