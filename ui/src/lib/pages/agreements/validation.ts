// The rules the API applies to a new agreement and to a follow-up, mirrored for
// instant feedback: an agreement has a meeting, a text and at least one responsible,
// and falls due on a calendar day not before its meeting; a follow-up has a text and
// is reported on a calendar day not before the agreement was adopted. Pure: each
// problem is the message key the form words.
import { isIsoDay } from '../../dates';
import type { MessageKey } from '../../i18n/i18n.svelte';

export type AgreementFields = {
  meetingId: string;
  text: string;
  responsible: string[];
  dueOn: string;
  /** The chosen meeting's first day, once known. */
  meetingStartsOn: string | undefined;
};

export type AgreementProblems = Partial<Record<'meeting' | 'text' | 'responsible' | 'due', MessageKey>>;

export function agreementProblems(fields: AgreementFields): AgreementProblems {
  const found: AgreementProblems = {};
  if (fields.meetingId === '') found.meeting = 'agreements.form.meetingRequired';
  if (fields.text.trim() === '') found.text = 'agreements.form.textRequired';
  if (fields.responsible.length === 0) found.responsible = 'agreements.form.responsibleRequired';
  if (fields.dueOn !== '') {
    if (!isIsoDay(fields.dueOn)) found.due = 'agreements.form.dateInvalid';
    else if (fields.meetingStartsOn && fields.dueOn < fields.meetingStartsOn) found.due = 'agreements.form.dueBeforeMeeting';
  }
  return found;
}

export type FollowUpProblems = Partial<Record<'text' | 'date', MessageKey>>;

export function followUpProblems(text: string, reportedOn: string, adoptedOn: string): FollowUpProblems {
  const found: FollowUpProblems = {};
  if (text.trim() === '') found.text = 'agreements.followUp.textRequired';
  if (!isIsoDay(reportedOn)) found.date = 'agreements.form.dateInvalid';
  else if (reportedOn < adoptedOn) found.date = 'agreements.followUp.dateBeforeAdoption';
  return found;
}
