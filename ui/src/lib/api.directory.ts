// The directory: states and their seats, people, observers, exports and the CSV import.
// Typed wrappers over the Rust commands, and the file dialogs that go with them.
import { open, save } from '@tauri-apps/plugin-dialog';
import { call } from './api';
import type { Committee } from './bindings/Committee';
import type { CountryListing } from './bindings/CountryListing';
import type { MemberDraft } from './bindings/MemberDraft';
import type { Office } from './bindings/Office';
import type { OfficeTerm } from './bindings/OfficeTerm';
import type { Crime } from './bindings/Crime';
import type { Directory } from './bindings/Directory';
import type { ImportMode } from './bindings/ImportMode';
import type { ImportReport } from './bindings/ImportReport';
import type { Organisation } from './bindings/Organisation';
import type { OrganisationDraft } from './bindings/OrganisationDraft';
import type { Page } from './bindings/Page';
import type { Person } from './bindings/Person';
import type { PersonDetail } from './bindings/PersonDetail';
import type { PersonDraft } from './bindings/PersonDraft';
import type { Representation } from './bindings/Representation';
import type { SeatAppointment } from './bindings/SeatAppointment';
import type { SeatAssignment } from './bindings/SeatAssignment';

export type ExportFormat = 'csv' | 'vcf';

const FILTERS: Record<ExportFormat, { name: string; extensions: string[] }> = {
  csv: { name: 'CSV', extensions: ['csv'] },
  vcf: { name: 'vCard', extensions: ['vcf'] },
};

export const directoryApi = {
  /** The directory as it stood on `on` (YYYY-MM-DD), today when omitted. */
  get: (on?: string): Promise<Directory> => call('directory_get', { on: on ?? null }),
  /** The first `limit` people found, with how many there are in all. */
  people: (search?: string, limit = 50): Promise<Page<Person>> =>
    call('people_page', { search: search?.trim() || null, cursor: null, limit }),
  person: (id: number): Promise<PersonDetail> => call('person_get', { id }),
  addPerson: (draft: PersonDraft): Promise<Person> => call('person_add', { draft }),
  updatePerson: (id: number, draft: PersonDraft): Promise<Person> => call('person_update', { id, draft }),
  assignSeat: (assignment: SeatAssignment): Promise<SeatAppointment> => call('seat_assign', { assignment }),
  endSeat: (personId: number, country: string, mandate: Crime, on: string): Promise<SeatAppointment> =>
    call('seat_end', { personId, country, mandate, on }),
  organisations: (): Promise<Organisation[]> => call('organisation_list'),
  addOrganisation: (draft: OrganisationDraft): Promise<Organisation> => call('organisation_add', { draft }),
  addRepresentative: (
    personId: number,
    organisationId: number,
    startsOn: string,
    endsOn: string | null,
  ): Promise<Representation> => call('representative_add', { personId, organisationId, startsOn, endsOn }),
  importCsv: (path: string, mode: ImportMode): Promise<ImportReport> => call('directory_import', { path, mode }),
  assignOffice: (office: Office, country: string, startsOn: string, endsOn: string | null): Promise<OfficeTerm> =>
    call('office_assign', { office, country, startsOn, endsOn }),
  addMember: (draft: MemberDraft): Promise<CountryListing> => call('member_add', { draft }),
  addCommittee: (name: string, mandate: string, startsOn: string, endsOn: string | null): Promise<Committee> =>
    call('committee_add', { name, mandate, startsOn, endsOn }),
  addCommitteeMember: (
    committeeId: number,
    member: { country: string } | { personId: number },
    startsOn: string,
  ): Promise<Committee> =>
    call('committee_member_add', {
      committeeId,
      country: 'country' in member ? member.country : null,
      personId: 'personId' in member ? member.personId : null,
      startsOn,
      endsOn: null,
    }),
};

/**
 * Asks where to save, then has Pleno write the whole directory there. Returns the
 * chosen path, or null when the user cancelled.
 */
export async function exportDirectory(format: ExportFormat, suggestedName: string): Promise<string | null> {
  const path = await save({ defaultPath: suggestedName, filters: [FILTERS[format]] });
  if (path === null) return null;
  await call<void>('directory_export', { format, path, country: null });
  return path;
}

/** One person's card, saved where the user says. */
export async function exportPersonVcard(id: number, suggestedName: string): Promise<string | null> {
  const path = await save({ defaultPath: suggestedName, filters: [FILTERS.vcf] });
  if (path === null) return null;
  await call<void>('person_vcard_export', { id, path });
  return path;
}

/** The CSV file to import, or null when the user cancelled. */
export async function chooseCsvFile(): Promise<string | null> {
  const chosen = await open({ filters: [FILTERS.csv], multiple: false, directory: false });
  return typeof chosen === 'string' ? chosen : null;
}
