// The source catalogue. Spanish is the Coalition's working language, so every other
// catalogue is typed against this one: a key missing there fails `npm run check`.
// Placeholders are written {name} and filled by t().

import { accountabilityEs } from './sections/accountability.es';
import { agreementsEs } from './sections/agreements.es';
import { directoryEs } from './sections/directory.es';
import { meetingsEs } from './sections/meetings.es';
import { minutesEs } from './sections/minutes.es';
import { monitoringEs } from './sections/monitoring.es';
import { planEs } from './sections/plan.es';
import { publishEs } from './sections/publish.es';
import { installEs } from './sections/install.es';

// Each working section keeps its strings in its own file under sections/, so the
// screens of one section can grow without touching another's.
const core = {
  'app.name': 'Pleno',
  'app.org': 'Coalición Regional contra la Trata de Personas y el Tráfico Ilícito de Migrantes',
  'app.role': 'Secretaría Técnica',
  'app.skipToContent': 'Saltar al contenido',
  'app.loading': 'Cargando…',
  'app.noValue': '—',
  'app.page.more': 'Mostrar más',
  'app.page.loading': 'Cargando…',

  'nav.label': 'Secciones',
  'nav.inicio': 'Inicio',
  'nav.reuniones': 'Reuniones',
  'nav.acuerdos': 'Acuerdos',
  'nav.plan': 'Plan',
  'nav.directorio': 'Directorio',
  'nav.archivo': 'Archivo',
  'nav.ajustes': 'Ajustes',
  'nav.shortcutTooltip': '{section} (atajo: {keys})',

  'error.title': 'No se pudo completar la operación',
  'error.retry': 'Reintentar',
  'error.dismiss': 'Cerrar el aviso',
  'error.code': 'Código: {code}',
  'error.notDesktop':
    'Esta ventana no está conectada a la base de datos de Pleno. Abra Pleno como aplicación de escritorio.',
  'error.unexpected':
    'Ocurrió un error inesperado en la interfaz. Puede seguir trabajando; si se repite, reinicie Pleno.',
  'error.unknownReply': 'Pleno recibió una respuesta que no esperaba.',

  'home.welcomeTitle': 'Le damos la bienvenida a Pleno',
  'home.intro':
    'Pleno es la herramienta de la Secretaría Técnica de la Coalición Regional contra la Trata de Personas y el Tráfico Ilícito de Migrantes para preparar y conducir las reuniones del Pleno: convocatorias, asistencia y quórum, votaciones, actas y seguimiento de los acuerdos, siempre a la vista del Plan Estratégico. Funciona sin conexión y guarda todo en este equipo.',
  'home.currentScope':
    'Todo el trabajo de la Secretaría está aquí: el directorio de las delegaciones, las reuniones con su agenda, asistencia y quórum, las decisiones y votaciones, las actas y el registro de acuerdos, vinculados al Plan Estratégico.',
  'home.today': 'Hoy es {date}.',
  'home.figuresTitle': 'Lo que contiene la base de datos',
  'home.membersTitle': 'Coalición Regional',
  'home.members': 'Estados miembros',
  'home.strategicTitle': 'Plan Estratégico {period}',
  'home.axes': 'Ejes',
  'home.objectives': 'Objetivos estratégicos',
  'home.results': 'Resultados',
  'home.indicators': 'Indicadores',
  'home.operatingTitle': 'Plan Operativo Anual {year}',
  'home.operationalObjectives': 'Objetivos operativos',
  'home.activities': 'Actividades',
  'home.noOperatingPlan': 'Todavía no hay planes operativos anuales en la base de datos.',
  'home.installationTitle': 'Esta instalación',
  'home.nextTitle': 'Por dónde seguir',
  'home.next.meeting': 'Ir a la {title} ({date})',
  'home.next.newMeeting': 'Preparar una reunión',
  'home.next.strategic': 'Ver el Plan Estratégico',
  'home.next.operating': 'Ver el Plan Operativo Anual {year}',
  'home.next.directory': 'Consultar los Estados miembros y sus mecanismos nacionales',
  'home.next.settings': 'Ajustes: idioma y reglas de las sesiones',

  'about.version': 'Versión de Pleno',
  'about.dbPath': 'Base de datos',
  'about.schemaVersion': 'Versión del esquema',

  'plan.viewsLabel': 'Vistas del Plan',
  'plan.tab.strategic': 'Plan Estratégico {period}',
  'plan.tab.operating': 'Plan Operativo Anual',
  'plan.tab.operatingYear': 'Plan Operativo Anual {year}',
  'plan.sourceLanguageNote': 'Los textos del Plan se muestran en español, su idioma original.',
  'plan.generalObjective': 'Objetivo general',
  'plan.jumpToAxis': 'Ir al eje',
  'plan.axis': 'Eje {code}',
  'plan.strategicObjective': 'Objetivo estratégico {code}',
  'plan.result': 'Resultado {code}',
  'plan.indicators': 'Indicadores',
  'plan.computed': 'Calculado por Pleno',
  'plan.computedNote':
    'Los indicadores marcados «Calculado por Pleno» se obtienen de los registros de reuniones y acuerdos de Pleno; no hace falta informarlos a mano.',
  'plan.noStrategicPlan': 'La base de datos no contiene un Plan Estratégico.',
  'plan.noResults': 'Este objetivo todavía no tiene resultados registrados.',

  'poa.year': 'Año',
  'poa.noOperatingPlans': 'Todavía no hay planes operativos anuales en la base de datos.',
  'poa.axisWithoutObjectives': 'Este plan no tiene objetivos operativos para este eje.',
  'poa.col.objective': 'Objetivo operativo',
  'poa.col.activity': 'Actividad',
  'poa.col.target': 'Meta',
  'poa.col.indicator': 'Indicador',
  'poa.col.responsible': 'Responsable',
  'poa.col.semester1': 'I Semestre',
  'poa.col.semester2': 'II Semestre',
  'poa.servesObjective': 'Objetivo estratégico {code}',
  'poa.noShare': 'Sin porcentaje previsto',

  'hash.copy': 'Copiar',
  'hash.copied': 'Copiada',
  'hash.copyLabel': 'Copiar la huella completa {hash}',

  'settings.languageLegend': 'Idioma de la interfaz',
  'settings.languageHint':
    'Los textos del Plan y los nombres de los mecanismos nacionales se muestran siempre en su idioma original, el español.',
  'settings.language.es': 'Español',
  'settings.language.en': 'English',
  'settings.saving': 'Guardando…',
  'settings.saved': 'Idioma guardado.',
  'settings.aboutTitle': 'Acerca de esta instalación',

  'confirm.cancel': 'Cancelar',
  'rules.title': 'Reglas de las sesiones',
  'rules.intro': 'El Plan Estratégico remite estas reglas a los Lineamientos de Actuación de la Coalición. Se aplican a las verificaciones de quórum, a las votaciones y a los acuerdos que se registren desde ahora.',
  'rules.quorum': 'Quórum',
  'rules.quorum.half': 'Más de la mitad de los Estados miembros (5 de 9)',
  'rules.quorum.twoThirds': 'Dos tercios de los Estados miembros (6 de 9)',
  'rules.quorum.fixed': 'Un número fijo de Estados:',
  'rules.quorum.fixedCount': 'Número de Estados',
  'rules.majority': 'Mayoría de una votación, salvo que la decisión indique otra',
  'rules.majority.threshold': 'Mayoría',
  'rules.majority.base': 'Sobre',
  'rules.threshold.half': 'Más de la mitad',
  'rules.threshold.twoThirds': 'Dos tercios',
  'rules.threshold.threeQuarters': 'Tres cuartos',
  'rules.threshold.unanimity': 'Unanimidad',
  'rules.base.cast': 'los votos emitidos (sí + no)',
  'rules.base.present': 'los Estados presentes',
  'rules.base.members': 'los Estados miembros',
  'rules.numbering': 'Numeración de los acuerdos',
  'rules.numbering.example': 'Ejemplo: el tercer acuerdo de la XV Reunión Ordinaria de 2026 será {example}.',
  'rules.numbering.needsN': 'Incluya {n}, el orden del acuerdo en la reunión, para que no se repitan números.',
  'rules.numbering.help': 'Marcadores: {reunion} (número romano de la reunión), {tipo} (RO o RE), {año} y {n}.',
  'rules.save': 'Guardar las reglas',
  'rules.saved': 'Reglas guardadas.',
  'pdf.save': 'Guardar PDF',
  'pdf.saving': 'Guardando…',
  'pdf.saveNamed': '{name} (PDF)',
  'pdf.savedTo': 'Guardado en {path}',
} satisfies Record<string, string>;

export const es = { ...core, ...directoryEs, ...meetingsEs, ...agreementsEs, ...minutesEs, ...monitoringEs, ...planEs, ...publishEs, ...installEs, ...accountabilityEs };

export type MessageKey = keyof typeof es;

/** What every other catalogue must provide: exactly the Spanish keys, as strings. */
export type Messages = Record<MessageKey, string>;
