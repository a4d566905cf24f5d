// English, for Belize and for observers. Typed against the Spanish source so that a
// missing or misspelt key is a type error, not a blank label.
import type { Messages } from './es';
import { accountabilityEn } from './sections/accountability.en';
import { agreementsEn } from './sections/agreements.en';
import { directoryEn } from './sections/directory.en';
import { meetingsEn } from './sections/meetings.en';
import { minutesEn } from './sections/minutes.en';
import { monitoringEn } from './sections/monitoring.en';
import { planEn } from './sections/plan.en';
import { publishEn } from './sections/publish.en';
import { installEn } from './sections/install.en';

const core: Omit<
  Messages,
  | keyof typeof directoryEn
  | keyof typeof meetingsEn
  | keyof typeof agreementsEn
  | keyof typeof minutesEn
  | keyof typeof monitoringEn
  | keyof typeof planEn
  | keyof typeof publishEn
  | keyof typeof installEn
  | keyof typeof accountabilityEn
> = {
  'app.name': 'Pleno',
  'app.org': 'Regional Coalition against Trafficking in Persons and Smuggling of Migrants',
  'app.role': 'Technical Secretariat',
  'app.skipToContent': 'Skip to content',
  'app.loading': 'Loading…',
  'app.noValue': '—',
  'app.page.more': 'Show more',
  'app.page.loading': 'Loading…',

  'nav.label': 'Sections',
  'nav.inicio': 'Home',
  'nav.reuniones': 'Meetings',
  'nav.acuerdos': 'Agreements',
  'nav.plan': 'Plan',
  'nav.directorio': 'Directory',
  'nav.archivo': 'Archive',
  'nav.ajustes': 'Settings',
  'nav.shortcutTooltip': '{section} (shortcut: {keys})',

  'error.title': 'The operation could not be completed',
  'error.retry': 'Try again',
  'error.dismiss': 'Dismiss this notice',
  'error.code': 'Code: {code}',
  'error.notDesktop':
    'This window is not connected to the Pleno database. Open Pleno as a desktop application.',
  'error.unexpected':
    'Something unexpected happened in the interface. You can keep working; if it happens again, restart Pleno.',
  'error.unknownReply': 'Pleno received a reply it did not expect.',

  'home.welcomeTitle': 'Welcome to Pleno',
  'home.intro':
    'Pleno is the tool with which the Technical Secretariat of the Regional Coalition against Trafficking in Persons and Smuggling of Migrants prepares and runs plenary meetings: notices, attendance and quorum, votes, minutes and the follow-up of agreements, always in view of the Strategic Plan. It works offline and keeps everything on this computer.',
  'home.currentScope':
    'All of the Secretariat’s work is here: the directory of delegations, meetings with their agenda, attendance and quorum, decisions and votes, minutes and the register of agreements, linked to the Strategic Plan.',
  'home.today': 'Today is {date}.',
  'home.figuresTitle': 'What the database holds',
  'home.membersTitle': 'Regional Coalition',
  'home.members': 'Member states',
  'home.strategicTitle': 'Strategic Plan {period}',
  'home.axes': 'Axes',
  'home.objectives': 'Strategic objectives',
  'home.results': 'Results',
  'home.indicators': 'Indicators',
  'home.operatingTitle': 'Annual Operating Plan {year}',
  'home.operationalObjectives': 'Operational objectives',
  'home.activities': 'Activities',
  'home.noOperatingPlan': 'There are no annual operating plans in the database yet.',
  'home.installationTitle': 'This installation',
  'home.nextTitle': 'Where to go next',
  'home.next.meeting': 'Go to the {title} ({date})',
  'home.next.newMeeting': 'Prepare a meeting',
  'home.next.strategic': 'View the Strategic Plan',
  'home.next.operating': 'View the Annual Operating Plan {year}',
  'home.next.directory': 'See the member states and their national mechanisms',
  'home.next.settings': 'Settings: language and session rules',

  'about.version': 'Pleno version',
  'about.dbPath': 'Database',
  'about.schemaVersion': 'Schema version',

  'plan.viewsLabel': 'Plan views',
  'plan.tab.strategic': 'Strategic Plan {period}',
  'plan.tab.operating': 'Annual Operating Plan',
  'plan.tab.operatingYear': 'Annual Operating Plan {year}',
  'plan.sourceLanguageNote': 'The Plan’s texts are shown in Spanish, the language in which it was adopted.',
  'plan.generalObjective': 'General objective',
  'plan.jumpToAxis': 'Go to axis',
  'plan.axis': 'Axis {code}',
  'plan.strategicObjective': 'Strategic objective {code}',
  'plan.result': 'Result {code}',
  'plan.indicators': 'Indicators',
  'plan.computed': 'Computed by Pleno',
  'plan.computedNote':
    'Indicators marked “Computed by Pleno” are derived from Pleno’s own record of meetings and agreements; nobody needs to report them by hand.',
  'plan.noStrategicPlan': 'The database holds no Strategic Plan.',
  'plan.noResults': 'This objective has no results recorded yet.',

  'poa.year': 'Year',
  'poa.noOperatingPlans': 'There are no annual operating plans in the database yet.',
  'poa.axisWithoutObjectives': 'This plan has no operational objectives for this axis.',
  'poa.col.objective': 'Operational objective',
  'poa.col.activity': 'Activity',
  'poa.col.target': 'Target',
  'poa.col.indicator': 'Indicator',
  'poa.col.responsible': 'Responsible',
  'poa.col.semester1': '1st semester',
  'poa.col.semester2': '2nd semester',
  'poa.servesObjective': 'Strategic objective {code}',
  'poa.noShare': 'No share planned',

  'hash.copy': 'Copy',
  'hash.copied': 'Copied',
  'hash.copyLabel': 'Copy the full fingerprint {hash}',

  'settings.languageLegend': 'Interface language',
  'settings.languageHint':
    'The Plan’s texts and the names of the national mechanisms are always shown in their original language, Spanish.',
  'settings.language.es': 'Español',
  'settings.language.en': 'English',
  'settings.saving': 'Saving…',
  'settings.saved': 'Language saved.',
  'settings.aboutTitle': 'About this installation',

  'confirm.cancel': 'Cancel',
  'rules.title': 'Session rules',
  'rules.intro': 'The Strategic Plan leaves these rules to the Coalition’s Lineamientos de Actuación. They apply to quorum checks, votes and agreements recorded from now on.',
  'rules.quorum': 'Quorum',
  'rules.quorum.half': 'More than half of the member states (5 of 9)',
  'rules.quorum.twoThirds': 'Two thirds of the member states (6 of 9)',
  'rules.quorum.fixed': 'A fixed number of states:',
  'rules.quorum.fixedCount': 'Number of states',
  'rules.majority': 'Majority of a vote, unless the decision sets another',
  'rules.majority.threshold': 'Majority',
  'rules.majority.base': 'Of',
  'rules.threshold.half': 'More than half',
  'rules.threshold.twoThirds': 'Two thirds',
  'rules.threshold.threeQuarters': 'Three quarters',
  'rules.threshold.unanimity': 'Unanimity',
  'rules.base.cast': 'the votes cast (yes + no)',
  'rules.base.present': 'the states present',
  'rules.base.members': 'the member states',
  'rules.numbering': 'Numbering of agreements',
  'rules.numbering.example': 'Example: the third agreement of the XV Ordinary Meeting of 2026 will be {example}.',
  'rules.numbering.needsN': 'Include {n}, the agreement’s order in the meeting, so that numbers never repeat.',
  'rules.numbering.help': 'Placeholders: {reunion} (the meeting’s roman number), {tipo} (RO or RE), {año} and {n}.',
  'rules.save': 'Save the rules',
  'rules.saved': 'Rules saved.',
  'pdf.save': 'Save PDF',
  'pdf.saving': 'Saving…',
  'pdf.saveNamed': '{name} (PDF)',
  'pdf.savedTo': 'Saved to {path}',
};

export const en: Messages = { ...core, ...directoryEn, ...meetingsEn, ...agreementsEn, ...minutesEn, ...monitoringEn, ...planEn, ...publishEn, ...installEn, ...accountabilityEn };
