// The meetings section's commands: meetings and their agenda, attendance, quorum,
// decisions and votes, each typed with the bindings generated from Rust.
import { call } from './api';
import { language } from './i18n/i18n.svelte';
import type { AgendaItemDraft } from './bindings/AgendaItemDraft';
import type { Agreement } from './bindings/Agreement';
import type { AgreementDraft } from './bindings/AgreementDraft';
import type { AttendanceStatus } from './bindings/AttendanceStatus';
import type { Attendee } from './bindings/Attendee';
import type { Decision } from './bindings/Decision';
import type { DecisionDraft } from './bindings/DecisionDraft';
import type { DecisionResult } from './bindings/DecisionResult';
import type { Meeting } from './bindings/Meeting';
import type { MeetingDetail } from './bindings/MeetingDetail';
import type { MeetingDraft } from './bindings/MeetingDraft';
import type { ParticipationMode } from './bindings/ParticipationMode';
import type { Page } from './bindings/Page';
import type { Person } from './bindings/Person';
import type { PositionKind } from './bindings/PositionKind';
import type { QuorumCheck } from './bindings/QuorumCheck';
import type { QuorumCount } from './bindings/QuorumCount';
import type { QuorumReason } from './bindings/QuorumReason';
import type { Settings } from './bindings/Settings';
import type { Tally } from './bindings/Tally';
import type { VoteChoice } from './bindings/VoteChoice';

/**
 * "HH:MM" typed by the Secretariat, or undefined to let Pleno take the clock. An
 * empty string is treated as "now" so that a cleared field never reaches Rust.
 */
export type At = string | undefined;

function moment(at: At): string | undefined {
  return at && at.trim() !== '' ? at.trim() : undefined;
}

export const meetingsApi = {
  list: (): Promise<Meeting[]> => call('meeting_list'),
  /** Sixty meetings after `cursor`, most recent first, with how many there are. */
  page: (cursor: string | null): Promise<Page<Meeting>> => call('meeting_page', { cursor, limit: 60 }),
  /** The meeting in session, else the earliest that has not closed. */
  next: (): Promise<Meeting | null> => call('meeting_next'),
  get: (id: number): Promise<MeetingDetail> => call('meeting_get', { id }),
  create: (draft: MeetingDraft): Promise<MeetingDetail> => call('meeting_create', { draft }),
  update: (id: number, draft: MeetingDraft): Promise<MeetingDetail> => call('meeting_update', { id, draft }),
  advance: (id: number): Promise<MeetingDetail> => call('meeting_advance', { id }),
  saveIcs: (id: number, path: string): Promise<void> => call('meeting_ics_save', { id, path, language: language() }),
  settings: (): Promise<Settings> => call('settings_get'),
};

export const agendaApi = {
  standard: (meetingId: number): Promise<MeetingDetail> => call('agenda_standard', { meetingId }),
  add: (meetingId: number, draft: AgendaItemDraft): Promise<MeetingDetail> =>
    call('agenda_add', { meetingId, draft }),
  update: (itemId: number, draft: AgendaItemDraft): Promise<MeetingDetail> =>
    call('agenda_update', { itemId, draft }),
  remove: (itemId: number): Promise<MeetingDetail> => call('agenda_remove', { itemId }),
  move: (itemId: number, position: number): Promise<MeetingDetail> => call('agenda_move', { itemId, position }),
  approve: (meetingId: number, amendments: string): Promise<MeetingDetail> =>
    call('agenda_approve', { meetingId, amendments }),
  attach: (itemId: number, path: string): Promise<MeetingDetail> => call('agenda_attach', { itemId, path }),
  saveDocument: (documentId: number, path: string): Promise<void> => call('document_save', { documentId, path }),
};

export const attendanceApi = {
  list: (meetingId: number): Promise<Attendee[]> => call('attendance_list', { meetingId }),
  mark: (
    meetingId: number,
    personId: number,
    status: AttendanceStatus,
    at: At,
    mode?: ParticipationMode,
  ): Promise<Attendee[]> => call('attendance_mark', { meetingId, personId, status, at: moment(at), mode }),
  leave: (meetingId: number, personId: number, at: At): Promise<Attendee[]> =>
    call('attendance_leave', { meetingId, personId, at: moment(at) }),
  guest: (meetingId: number, personId: number): Promise<Attendee[]> =>
    call('attendance_guest', { meetingId, personId }),
  people: (search: string): Promise<Person[]> =>
    call<Page<Person>>('people_page', { search, cursor: null, limit: 50 }).then((page) => page.items),
};

export const quorumApi = {
  get: (meetingId: number, at?: At): Promise<QuorumCount> => call('quorum_get', { meetingId, at: moment(at) }),
  check: (meetingId: number, reason: QuorumReason): Promise<QuorumCheck> =>
    call('quorum_check', { meetingId, reason }),
  history: (meetingId: number): Promise<QuorumCheck[]> => call('quorum_history', { meetingId }),
};

export const decisionsApi = {
  add: (meetingId: number, draft: DecisionDraft, at: At): Promise<Decision> =>
    call('decision_add', { meetingId, draft, at: moment(at) }),
  list: (meetingId: number): Promise<Decision[]> => call('decision_list', { meetingId }),
  get: (id: number): Promise<Decision> => call('decision_get', { id }),
  result: (id: number): Promise<DecisionResult> => call('decision_result', { id }),
  vote: (decisionId: number, country: string, choice: VoteChoice): Promise<DecisionResult> =>
    call('vote_cast', { decisionId, country, choice }),
  recount: (decisionId: number, tally: Tally): Promise<DecisionResult> =>
    call('vote_recount', { decisionId, tally }),
  position: (decisionId: number, country: string, kind: PositionKind, text: string): Promise<DecisionResult> =>
    call('consensus_position', { decisionId, country, kind, text }),
  addAgreement: (draft: AgreementDraft): Promise<Agreement> => call('agreement_add', { draft }),
  agreementsOf: (meetingId: number): Promise<Agreement[]> =>
    call('agreement_list', {
      filter: {
        status: null,
        country: null,
        meeting_id: meetingId,
        year: null,
        axis: null,
        indicator: null,
        overdue: false,
      },
    }),
};
