// The words for the meetings section's enumerations, in the current language.
import type { AgendaItemKind } from '../../bindings/AgendaItemKind';
import type { AttendanceStatus } from '../../bindings/AttendanceStatus';
import type { Base } from '../../bindings/Base';
import type { MajorityRule } from '../../bindings/MajorityRule';
import type { MeetingKind } from '../../bindings/MeetingKind';
import type { MeetingRole } from '../../bindings/MeetingRole';
import type { MeetingStatus } from '../../bindings/MeetingStatus';
import type { Modality } from '../../bindings/Modality';
import type { ParticipationMode } from '../../bindings/ParticipationMode';
import type { QuorumReason } from '../../bindings/QuorumReason';
import type { Threshold } from '../../bindings/Threshold';
import { keysOf, wordsOf } from '../../enums';
import { t, type MessageKey } from '../../i18n/i18n.svelte';

const kind: Record<MeetingKind, MessageKey> = {
  ordinaria: 'meetings.kind.ordinaria',
  extraordinaria: 'meetings.kind.extraordinaria',
  comite: 'meetings.kind.comite',
  tecnica: 'meetings.kind.tecnica',
  evento: 'meetings.kind.evento',
};
const modality: Record<Modality, MessageKey> = {
  presencial: 'meetings.modality.presencial',
  virtual: 'meetings.modality.virtual',
  hibrida: 'meetings.modality.hibrida',
};
const status: Record<MeetingStatus, MessageKey> = {
  borrador: 'meetings.status.borrador',
  convocada: 'meetings.status.convocada',
  en_curso: 'meetings.status.en_curso',
  cerrada: 'meetings.status.cerrada',
};
const agendaKind: Record<AgendaItemKind, MessageKey> = {
  quorum: 'meetings.agendaKind.quorum',
  agenda_approval: 'meetings.agendaKind.agenda_approval',
  previous_minutes: 'meetings.agendaKind.previous_minutes',
  presidency_report: 'meetings.agendaKind.presidency_report',
  country_report: 'meetings.agendaKind.country_report',
  discussion: 'meetings.agendaKind.discussion',
  follow_up: 'meetings.agendaKind.follow_up',
  other_business: 'meetings.agendaKind.other_business',
  closing: 'meetings.agendaKind.closing',
};
const role: Record<MeetingRole, MessageKey> = {
  titular: 'meetings.role.titular',
  suplente: 'meetings.role.suplente',
  observador: 'meetings.role.observador',
  invitado: 'meetings.role.invitado',
};
const attendance: Record<AttendanceStatus, MessageKey> = {
  presente: 'meetings.attendance.presente',
  ausente: 'meetings.attendance.ausente',
  excusado: 'meetings.attendance.excusado',
};
const mode: Record<ParticipationMode, MessageKey> = {
  presencial: 'meetings.mode.presencial',
  remota: 'meetings.mode.remota',
};
const reason: Record<QuorumReason, MessageKey> = {
  apertura: 'meetings.reason.apertura',
  decision: 'meetings.reason.decision',
  solicitud: 'meetings.reason.solicitud',
};
const threshold: Record<Threshold, MessageKey> = {
  half: 'meetings.threshold.half',
  two_thirds: 'meetings.threshold.two_thirds',
  three_quarters: 'meetings.threshold.three_quarters',
  unanimity: 'meetings.threshold.unanimity',
};
const base: Record<Base, MessageKey> = {
  cast: 'meetings.base.cast',
  present: 'meetings.base.present',
  members: 'meetings.base.members',
};

export const MEETING_KINDS = keysOf(kind);
export const MODALITIES = keysOf(modality);
export const AGENDA_KINDS = keysOf(agendaKind);
export const THRESHOLDS = keysOf(threshold);
export const BASES = keysOf(base);

export const label = {
  kind: wordsOf(kind),
  modality: wordsOf(modality),
  status: wordsOf(status),
  agendaKind: wordsOf(agendaKind),
  role: wordsOf(role),
  attendance: wordsOf(attendance),
  mode: wordsOf(mode),
  reason: wordsOf(reason),
  threshold: wordsOf(threshold),
  base: wordsOf(base),
  /** "más de la mitad de los votos emitidos". */
  rule: (rule: MajorityRule) => t('meetings.rule', { threshold: t(threshold[rule.threshold]), base: t(base[rule.base]) }),
};

/** The meetings screens pick singular or plural from here, as the rest of their words. */
export { plural } from '../../i18n/i18n.svelte';
