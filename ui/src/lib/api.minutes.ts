// The minutes (acta) commands, typed with the bindings generated from Rust. The two
// meeting reads are repeated here so the minutes screen does not depend on another
// section's module while it is being built.
import { call } from './api';
import type { Meeting } from './bindings/Meeting';
import type { MeetingDetail } from './bindings/MeetingDetail';
import type { MinutesView } from './bindings/MinutesView';
import type { VerifyReport } from './bindings/VerifyReport';

export const minutesApi = {
  get: (meetingId: number): Promise<MinutesView> => call('minutes_get', { meetingId }),
  /** The Secretariat's narrative of one agenda item; refused once approved. */
  note: (meetingId: number, itemId: number, text: string): Promise<MinutesView> =>
    call('minutes_note', { meetingId, itemId, text }),
  /** A new numbered version for comments. */
  circulate: (meetingId: number): Promise<MinutesView> => call('minutes_circulate', { meetingId }),
  /**
   * Approval at a later meeting: Pleno records a consensus decision of that meeting,
   * now, under its "Lectura y aprobación del acta anterior" item.
   */
  approve: (meetingId: number, atMeeting: number): Promise<MinutesView> =>
    call('minutes_approve', { meetingId, atMeeting, decisionId: null }),
  verify: (): Promise<VerifyReport> => call('minutes_verify'),
  addErratum: (meetingId: number, text: string): Promise<MinutesView> => call('erratum_add', { meetingId, text }),
  approveErratum: (erratumId: number, atMeeting: number): Promise<MinutesView> =>
    call('erratum_approve', { erratumId, atMeeting }),
  meetings: (): Promise<Meeting[]> => call('meeting_list'),
  meeting: (id: number): Promise<MeetingDetail> => call('meeting_get', { id }),
};
