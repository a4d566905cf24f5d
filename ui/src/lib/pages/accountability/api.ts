// The accountability registers and reports: typed wrappers over the Rust commands
// of commands_account.rs. The rules, the figures and the CSV live in Rust.
import { open, save } from '@tauri-apps/plugin-dialog';
import { call } from '../../api';
import type { AccountabilityReport } from '../../bindings/AccountabilityReport';
import type { Alliance } from '../../bindings/Alliance';
import type { AllianceDraft } from '../../bindings/AllianceDraft';
import type { CountryReport } from '../../bindings/CountryReport';
import type { CsvRegister } from '../../bindings/CsvRegister';
import type { GoodPractice } from '../../bindings/GoodPractice';
import type { GoodPracticeDraft } from '../../bindings/GoodPracticeDraft';
import type { Milestone } from '../../bindings/Milestone';
import type { MilestoneDraft } from '../../bindings/MilestoneDraft';
import type { Office } from '../../bindings/Office';
import type { PresidencyRepresentation } from '../../bindings/PresidencyRepresentation';
import type { RegisterIndicator } from '../../bindings/RegisterIndicator';
import type { RepresentationDraft } from '../../bindings/RepresentationDraft';

export const accountabilityApi = {
  representations: (pending: boolean): Promise<PresidencyRepresentation[]> => call('representation_list', { pending }),
  addRepresentation: (draft: RepresentationDraft): Promise<PresidencyRepresentation> =>
    call('representation_add', { draft }),
  reportBack: (id: number, meetingId: number, itemId: number | null): Promise<PresidencyRepresentation> =>
    call('representation_report_back', { id, meetingId, itemId }),
  alliances: (): Promise<Alliance[]> => call('alliance_list'),
  addAlliance: (draft: AllianceDraft): Promise<Alliance> => call('alliance_add', { draft }),
  addAction: (id: number, title: string, doneOn: string): Promise<Alliance> =>
    call('alliance_action_add', { id, title, doneOn }),
  milestones: (): Promise<Milestone[]> => call('milestone_list'),
  addMilestone: (draft: MilestoneDraft): Promise<Milestone> => call('milestone_add', { draft }),
  practices: (): Promise<GoodPractice[]> => call('practice_list'),
  addPractice: (draft: GoodPracticeDraft): Promise<GoodPractice> => call('practice_add', { draft }),
  replicate: (id: number, country: string, on: string): Promise<GoodPractice> =>
    call('practice_replicate', { id, country, on }),
  countryReports: (): Promise<CountryReport[]> => call('country_report_list'),
  recordCountryReport: (meetingId: number, country: string, path: string | null): Promise<CountryReport> =>
    call('country_report_record', { meetingId, country, path }),
  indicators: (from: string, to: string): Promise<RegisterIndicator[]> => call('register_indicators', { from, to }),
  termReport: (office: Office, on: string | null): Promise<AccountabilityReport> => call('report_term', { office, on }),
  accountabilityReport: (from: string, to: string): Promise<AccountabilityReport> =>
    call('report_accountability', { from, to }),
};

/** Asks where to save a register as CSV, then has Pleno write it; null when cancelled. */
export async function saveCsv(register: CsvRegister, suggestedName: string): Promise<string | null> {
  const path = await save({ defaultPath: suggestedName, filters: [{ name: 'CSV', extensions: ['csv'] }] });
  if (path === null) return null;
  await call<void>('register_csv_save', { register, path });
  return path;
}

/** Asks for the file of a country report; null when cancelled. */
export async function chooseReportFile(): Promise<string | null> {
  const path = await open({ multiple: false, directory: false });
  return typeof path === 'string' ? path : null;
}
