// Plan monitoring: the roll-up of a year's POA, the national mechanisms' reports,
// the XLSX matrix through the file dialogs, and a state's profile. Typed wrappers
// over the Rust commands; the rules live in Rust.
import { open, save } from '@tauri-apps/plugin-dialog';
import { call } from './api';
import type { CountryProfile } from './bindings/CountryProfile';
import type { Evidence } from './bindings/Evidence';
import type { ImportMode } from './bindings/ImportMode';
import type { MonitoringImport } from './bindings/MonitoringImport';
import type { MonitoringReport } from './bindings/MonitoringReport';
import type { OperatingPlan } from './bindings/OperatingPlan';
import type { ReportDraft } from './bindings/ReportDraft';
import type { ReportEntry } from './bindings/ReportEntry';
import type { Rollup } from './bindings/Rollup';
import type { Semester } from './bindings/Semester';

const XLSX = { name: 'XLSX', extensions: ['xlsx'] };

export const monitoringApi = {
  operatingPlan: (year: number): Promise<OperatingPlan> => call('operating_plan_get', { year }),
  /** The roll-up counting every report of the year, or those up to `upTo`. */
  rollup: (year: number, upTo: Semester | null = null): Promise<Rollup> => call('monitoring_rollup', { year, upTo }),
  reports: (year: number | null, country: string | null): Promise<MonitoringReport[]> =>
    call('monitoring_report_list', { year, country }),
  report: (id: number): Promise<MonitoringReport> => call('monitoring_report_get', { id }),
  addReport: (draft: ReportDraft): Promise<MonitoringReport> => call('monitoring_report_add', { draft }),
  setEntry: (reportId: number, entry: ReportEntry): Promise<MonitoringReport> =>
    call('monitoring_entry_set', { reportId, entry }),
  importFile: (path: string, mode: ImportMode): Promise<MonitoringImport> => call('monitoring_import', { path, mode }),
  /** A state's profile; `from`/`to` are YYYY-MM-DD or null for an open end. */
  profile: (country: string, from: string | null, to: string | null): Promise<CountryProfile> =>
    call('country_profile', { country, from, to }),
};

/**
 * Asks where to save the matrix of one state and semester, then has Pleno write it.
 * Returns the chosen path, or null when the user cancelled.
 */
export async function saveTemplate(year: number, semester: Semester, country: string): Promise<string | null> {
  const roman = semester === 1 ? 'I' : 'II';
  const path = await save({ defaultPath: `Matriz-${year}-${roman}-${country}.xlsx`, filters: [XLSX] });
  if (path === null) return null;
  await call<void>('monitoring_template_save', { year, semester, country, path });
  return path;
}

/** The filled matrix to import, or null when the user cancelled. */
export async function chooseXlsxFile(): Promise<string | null> {
  const chosen = await open({ filters: [XLSX], multiple: false, directory: false });
  return typeof chosen === 'string' ? chosen : null;
}

/**
 * Asks for a file and keeps it as evidence of a report, with its SHA-256.
 * Returns the report as it is now, or null when the user cancelled.
 */
export async function attachReportEvidence(reportId: number): Promise<MonitoringReport | null> {
  const path = await chooseEvidenceFile();
  if (path === null) return null;
  return call<MonitoringReport>('monitoring_evidence_attach', { reportId, path });
}

/** Asks where to save a report's evidence file; Pleno checks its SHA-256 before writing it. */
export async function saveReportEvidence(evidence: Evidence): Promise<string | null> {
  const path = await save({ defaultPath: evidence.file_name });
  if (path === null) return null;
  await call<void>('monitoring_evidence_save', { evidenceId: evidence.id, path });
  return path;
}

/** Any file, as evidence (an oficio, a PDF, a photograph), or null when the user cancelled. */
export async function chooseEvidenceFile(): Promise<string | null> {
  const chosen = await open({ multiple: false, directory: false });
  return typeof chosen === 'string' ? chosen : null;
}
