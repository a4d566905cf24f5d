// English strings of the minutes (acta) screens, typed against the Spanish ones.
import type { minutesEs } from './minutes.es';

export const minutesEn: Record<keyof typeof minutesEs, string> = {
  'minutes.link': 'Minutes',
  'minutes.heading': 'Minutes of the {title}',
  'minutes.back.meeting': '← {title}',
  'minutes.back.list': '← All meetings',
  'minutes.notFound.title': 'This meeting does not exist',
  'minutes.notFound.body': 'There are no minutes to show. The address may be mistyped; the list of meetings shows every one there is.',
  'minutes.noValue': '—',
  'minutes.languageNote': "The minutes are written in Spanish, the Coalition's working language.",

  'minutes.status.borrador': 'Draft',
  'minutes.status.circulada': 'Circulated — version {version}',
  'minutes.status.aprobada': 'Approved',

  'minutes.action.circulate': 'Circulate for comments',
  'minutes.action.circulateVersion': 'Circulate version {version} for comments',
  'minutes.action.recirculate': 'Circulate version {version}',
  'minutes.action.approve': 'Approve at a later meeting…',

  'minutes.draftNote':
    "The draft is written from the meeting's record; its narratives are kept when it is generated again.",
  'minutes.borradorNote':
    'Write the narrative of each item and circulate the minutes for comments; only circulated minutes can be approved.',
  'minutes.circulatedNote':
    'Version {version} is in circulation. If you correct a narrative, circulate a new version before approving.',
  'minutes.circulatedEdited':
    'You changed narratives after circulating version {version}: circulate the new version so that the delegations comment on the text to be approved.',
  'minutes.meetingOpen':
    'The meeting has not been closed yet: the minutes will include whatever is recorded until it closes.',

  'minutes.circulate.title': 'Circulate version {version} of the minutes?',
  'minutes.circulate.confirm': 'Circulate for comments',
  'minutes.circulate.bodyFirst':
    'Version 1 of the minutes is recorded, written from the record and the narratives as they stand now, for the delegations to comment on. You can keep correcting the narratives and circulate new versions until they are approved.',
  'minutes.circulate.bodyAgain':
    'Version {version} has already been circulated. Circulating again creates version {next} with the current record and narratives; the delegations will need to comment on the new version.',

  'minutes.approve.title': 'Approve the minutes of the {title}',
  'minutes.approve.confirm': 'Approve the minutes',
  'minutes.approve.meeting': 'Meeting that approves them',
  'minutes.approve.option': '{title} — {date}',
  'minutes.approve.noItem': 'without the item “Reading and approval of the previous minutes”',
  'minutes.approve.noLater':
    'There is no later meeting at which to approve the minutes. Create or convene the next meeting, with the item “Reading and approval of the previous minutes” on its agenda.',
  'minutes.approve.createMeeting': 'Create the next meeting',
  'minutes.approve.thatMeeting': 'the chosen meeting',
  'minutes.approve.explain':
    'The approval is recorded as a consensus decision of the {meeting}, taken now, under its item “Reading and approval of the previous minutes”. Pleno does not record it if that meeting has no quorum.',
  'minutes.approve.lockWarning': 'Once approved, the minutes cannot be changed: corrections are made with an erratum.',

  'minutes.locked.title': 'Approved minutes',
  'minutes.locked.body':
    'Minutes approved at the {meeting} on {date}. They cannot be changed; corrections are made with an erratum.',
  'minutes.locked.bodyShort': 'They cannot be changed; corrections are made with an erratum.',

  'minutes.dialog.cancel': 'Cancel',
  'minutes.dialog.working': 'One moment…',
  'minutes.dialog.loadingMeetings': 'Loading the later meetings…',

  'minutes.doc.draftMark': 'DRAFT',
  'minutes.doc.number': 'Minutes No. {number}',
  'minutes.doc.attendance': 'Attendance',
  'minutes.doc.observers': 'Observers',
  'minutes.doc.guests': 'Guests',
  'minutes.doc.quorum': 'Verification of quorum',
  'minutes.doc.agendaApproval': 'Approval of the agenda',
  'minutes.doc.items': 'Proceedings',
  'minutes.doc.noItems': "The meeting's agenda has no items yet; add them in the meeting's Agenda tab.",
  'minutes.doc.agreements': 'Agreements',
  'minutes.doc.followUps': 'Follow-up of earlier agreements',
  'minutes.doc.signatures': 'Signatures',

  'minutes.attendance.summary': '{present} of {members} member states present.',
  'minutes.attendance.state': 'State',
  'minutes.attendance.delegate': 'Delegation',
  'minutes.attendance.presence': 'Attendance',
  'minutes.attendance.name': 'Name',
  'minutes.attendance.institution': 'Institution',
  'minutes.attendance.notPresent': 'not present',
  'minutes.attendance.noDelegates': 'No attendance recorded',
  'minutes.attendance.remote': 'remote',
  'minutes.attendance.none': 'None.',

  'minutes.quorum.none': 'No verification of quorum was recorded.',
  'minutes.quorum.time': 'Time',
  'minutes.quorum.reason': 'When',
  'minutes.quorum.present': 'States present',
  'minutes.quorum.result': 'Result',
  'minutes.quorum.count': '{present} of {members} ({required} required)',
  'minutes.quorum.yes': 'Quorum',
  'minutes.quorum.no': 'No quorum',

  'minutes.item.presenter': 'Presented by: {presenter}',

  'minutes.narrative.label': 'Narrative of the item “{title}”',
  'minutes.narrative.placeholder': 'Summary of the presentation and the discussion…',
  'minutes.narrative.hint':
    'Paragraphs separated by a blank line; lists with lines starting with “- ”. Saved when you leave the field or with Ctrl+Enter.',
  'minutes.narrative.save': 'Save narrative',
  'minutes.narrative.saving': 'Saving…',
  'minutes.narrative.saved': 'Saved',
  'minutes.narrative.unsaved': 'Unsaved changes',

  'minutes.decision.label': 'Decision ({method}, {time})',
  'minutes.decision.adopted': 'Adopted',
  'minutes.decision.rejected': 'Not adopted',
  'minutes.decision.rule': 'Majority required: {rule}',
  'minutes.decision.votesCaption': 'Votes by state',
  'minutes.decision.state': 'State',
  'minutes.decision.vote': 'Vote',
  'minutes.decision.count': 'Count',
  'minutes.decision.recount': 'Recount',
  'minutes.decision.discrepancy':
    "The Technical Secretariat's recount differs from the count; the recount stands.",
  'minutes.decision.reservations': 'Reservations',
  'minutes.decision.objections': 'Objections',

  'minutes.agreements.none': 'No agreements were adopted at this meeting.',
  'minutes.agreements.number': 'Agreement {number}',
  'minutes.agreements.responsible': 'Responsible',
  'minutes.agreements.due': 'Due',
  'minutes.agreements.noDue': 'No due date',
  'minutes.agreements.advances': 'Advances',

  'minutes.followUps.agreement': 'Agreement',
  'minutes.followUps.report': 'Report',
  'minutes.followUps.status': 'Status',

  'minutes.signature.vacant': 'Office vacant',

  'minutes.integrity.title': 'Integrity',
  'minutes.integrity.intro':
    'The SHA-256 fingerprint sums up the approved text and the fingerprint of the minutes approved before these: any later change to these minutes, or to earlier ones, alters it.',
  'minutes.integrity.hash': 'SHA-256 fingerprint',
  'minutes.integrity.previous': 'Previous minutes’ fingerprint',
  'minutes.integrity.first': 'None: these are the first approved minutes of the chain.',
  'minutes.integrity.verify': 'Verify integrity',
  'minutes.integrity.verifying': 'Verifying…',
  'minutes.integrity.intact': 'Intact.',
  'minutes.integrity.intactBody': 'The stored text matches its fingerprint and the chain of approved minutes.',
  'minutes.integrity.altered': 'Altered.',
  'minutes.integrity.alteredBody':
    'The stored text no longer matches its fingerprint: someone changed it outside Pleno. Keep a copy of the database and inform the Presidency.',
  'minutes.integrity.matches': "The meeting's current record still drafts the same minutes.",
  'minutes.integrity.differs':
    "The meeting's record changed after the approval (for instance, a corrected name). The approved minutes do not change; if the change affects them, record an erratum.",
  'minutes.integrity.notInChain': 'These minutes are not in the chain of approved minutes.',
  'minutes.integrity.chainOkOne': 'The whole chain is intact ({count} approved acta).',
  'minutes.integrity.chainOkMany':  'The whole chain is intact ({count} approved minutes).',
  'minutes.integrity.chainBroken': 'The chain of minutes is altered from the minutes of the {title} on.',

  'minutes.errata.title': 'Errata',
  'minutes.errata.none': 'These minutes have no errata.',
  'minutes.errata.recorded': 'Recorded on {date}',
  'minutes.errata.approvedAt': 'Approved at the {meeting} on {date}',
  'minutes.errata.approvedBy': 'Approved at the {meeting}',
  'minutes.errata.pending': 'Awaiting approval',
  'minutes.errata.approve': 'Approve erratum at…',
  'minutes.errata.approveTitle': 'Approve the erratum',
  'minutes.errata.approveConfirm': 'Approve the erratum',
  'minutes.errata.approveBody':
    'An erratum is approved at a meeting after the minutes and printed with them, without changing their text or fingerprint.',
  'minutes.errata.textLabel': 'Record an erratum',
  'minutes.errata.placeholder': 'Reads: … Should read: …',
  'minutes.errata.hint': 'Say what the minutes read and what they should read. It is approved later at a meeting.',
  'minutes.errata.required': 'Write the text of the erratum.',
  'minutes.errata.add': 'Record erratum',
};
