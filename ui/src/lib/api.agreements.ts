// The register of agreements, the full-text search and what the meetings did for the
// plan: typed wrappers over the Rust commands.
import { save } from '@tauri-apps/plugin-dialog';
import { call } from './api';
import type { Agreement } from './bindings/Agreement';
import type { AgreementDraft } from './bindings/AgreementDraft';
import type { AgreementFilter } from './bindings/AgreementFilter';
import type { Decision } from './bindings/Decision';
import type { DecisionResult } from './bindings/DecisionResult';
import type { Directory } from './bindings/Directory';
import type { FollowUpDraft } from './bindings/FollowUpDraft';
import type { IndicatorValue } from './bindings/IndicatorValue';
import type { LinkTarget } from './bindings/LinkTarget';
import type { Meeting } from './bindings/Meeting';
import type { Person } from './bindings/Person';
import type { PlanProgress } from './bindings/PlanProgress';
import type { SearchHit } from './bindings/SearchHit';
import type { AgreementPage } from './bindings/AgreementPage';
import type { Page } from './bindings/Page';

export type { Agreement, AgreementDraft, AgreementFilter, AgreementPage, FollowUpDraft, IndicatorValue, Page, SearchHit };

/** Rows asked for at a time: a screen and a half of the register. */
export const PAGE_SIZE = 60;

/** A filter that lets every agreement through. */
export function emptyFilter(): AgreementFilter {
  return { status: null, country: null, meeting_id: null, year: null, axis: null, indicator: null, overdue: false };
}

/** The period of the Strategic Plan, for indicators counted over the whole plan. */
export const PLAN_PERIOD = { from: '2018-01-01', to: '2027-12-31' } as const;

export const agreementsApi = {
  get: (id: number): Promise<Agreement> => call('agreement_get', { id }),
  add: (draft: AgreementDraft): Promise<Agreement> => call('agreement_add', { draft }),
  followUp: (id: number, draft: FollowUpDraft): Promise<Agreement> => call('agreement_follow_up', { id, draft }),
  link: (id: number, target: LinkTarget, code: string, note: string): Promise<Agreement> =>
    call('agreement_link', { id, target, code, note }),
  search: (text: string, limit?: number): Promise<SearchHit[]> => call('search', { text, limit: limit ?? null }),
  /** A page of the register: `limit` agreements after `cursor` (the first page without one). */
  page: (filter: AgreementFilter, cursor: string | null, limit = PAGE_SIZE): Promise<AgreementPage> =>
    call('agreement_page', { filter, cursor, limit }),
  searchPage: (text: string, cursor: string | null): Promise<Page<SearchHit>> =>
    call('search_page', { text, cursor, limit: PAGE_SIZE / 2 }),
  indicatorsComputed: (from: string | null, to: string | null): Promise<IndicatorValue[]> =>
    call('indicators_computed', { from, to }),
  planProgress: (): Promise<PlanProgress[]> => call('plan_progress'),
  meetings: (): Promise<Meeting[]> => call('meeting_list'),
  decisions: (meetingId: number): Promise<Decision[]> => call('decision_list', { meetingId }),
  decisionGet: (id: number): Promise<Decision> => call('decision_get', { id }),
  decisionResult: (id: number): Promise<DecisionResult> => call('decision_result', { id }),
  directory: (): Promise<Directory> => call('directory_get', { on: null }),
  people: (): Promise<Person[]> => call('people_list', { search: null }),

  /**
   * Asks where to save, then writes the register under `filter` as CSV. Returns the
   * path, or null when the user cancelled the dialog.
   */
  async exportCsv(filter: AgreementFilter, suggestedName: string): Promise<string | null> {
    const path = await save({ defaultPath: suggestedName, filters: [{ name: 'CSV', extensions: ['csv'] }] });
    if (path === null) return null;
    await call<void>('agreements_export', { filter, path });
    return path;
  },
};

/** The decisions of a meeting that were adopted: only those give rise to agreements. */
export async function adoptedDecisions(meetingId: number): Promise<Decision[]> {
  const decisions = await agreementsApi.decisions(meetingId);
  const results = await Promise.all(decisions.map((decision) => agreementsApi.decisionResult(decision.id)));
  return decisions.filter((_, index) => results[index].adopted);
}
