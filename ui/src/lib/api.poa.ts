// A year's POA as the Secretariat edits it (created, its activities added, changed
// and removed, approved by a decision of a plenary, its history) and the targets and
// measurements of the Strategic Plan's indicators. Typed wrappers over the Rust
// commands; the rules (which change needs a decision, what a code must fit) live there.
import { save } from '@tauri-apps/plugin-dialog';
import { call } from './api';
import { chooseEvidenceFile } from './api.monitoring';
import { decisionsApi, meetingsApi } from './api.meetings';
import type { Activity } from './bindings/Activity';
import type { ActivityDraft } from './bindings/ActivityDraft';
import type { ActivityPatch } from './bindings/ActivityPatch';
import type { Decision } from './bindings/Decision';
import type { Evidence } from './bindings/Evidence';
import type { IndicatorDetail } from './bindings/IndicatorDetail';
import type { IndicatorTarget } from './bindings/IndicatorTarget';
import type { Meeting } from './bindings/Meeting';
import type { MeasurementDraft } from './bindings/MeasurementDraft';
import type { ObjectiveDraft } from './bindings/ObjectiveDraft';
import type { OperatingPlan } from './bindings/OperatingPlan';
import type { PoaChange } from './bindings/PoaChange';

export const poaApi = {
  create: (year: number, copyFrom: number | null): Promise<OperatingPlan> => call('poa_create', { year, copyFrom }),
  addObjective: (year: number, draft: ObjectiveDraft, decisionId: number | null): Promise<OperatingPlan> =>
    call('poa_objective_add', { year, draft, decisionId }),
  addActivity: (year: number, draft: ActivityDraft, decisionId: number | null): Promise<Activity> =>
    call('poa_activity_add', { year, draft, decisionId }),
  editActivity: (year: number, code: string, patch: ActivityPatch, decisionId: number | null): Promise<Activity> =>
    call('poa_activity_edit', { year, code, patch, decisionId }),
  removeActivity: (year: number, code: string, decisionId: number | null): Promise<void> =>
    call('poa_activity_remove', { year, code, decisionId }),
  approve: (year: number, decisionId: number): Promise<OperatingPlan> => call('poa_approve', { year, decisionId }),
  history: (year: number): Promise<PoaChange[]> => call('poa_history', { year }),
};

export const indicatorApi = {
  detail: (code: string): Promise<IndicatorDetail> => call('indicator_detail', { code }),
  setTarget: (code: string, target: IndicatorTarget): Promise<IndicatorDetail> =>
    call('indicator_target_set', { code, target }),
  addMeasurement: (code: string, draft: MeasurementDraft): Promise<IndicatorDetail> =>
    call('indicator_measurement_add', { code, draft }),
};

/**
 * Asks for a file and keeps it as evidence of a measurement, with its SHA-256.
 * Returns the indicator as it is now, or null when the user cancelled.
 */
export async function attachMeasurementEvidence(measurementId: number): Promise<IndicatorDetail | null> {
  const path = await chooseEvidenceFile();
  if (path === null) return null;
  return call<IndicatorDetail>('indicator_evidence_attach', { measurementId, path });
}

/** Asks where to save a measurement's evidence file; Pleno checks its SHA-256 before writing it. */
export async function saveMeasurementEvidence(evidence: Evidence): Promise<string | null> {
  const path = await save({ defaultPath: evidence.file_name });
  if (path === null) return null;
  await call<void>('indicator_evidence_save', { evidenceId: evidence.id, path });
  return path;
}

/** A decision of a plenary with the meeting that took it, for a picker. */
export type PlenaryDecision = { decision: Decision; meeting: Meeting };

/** Every decision the plenaries took, the latest first. */
export async function plenaryDecisions(): Promise<PlenaryDecision[]> {
  const meetings = await meetingsApi.list();
  const lists = await Promise.all(
    meetings.map(async (meeting) => (await decisionsApi.list(meeting.id)).map((decision) => ({ decision, meeting }))),
  );
  return lists.flat().sort((a, b) => b.decision.decided_at.localeCompare(a.decision.decided_at));
}
