// What several agreement screens (and the Plan and Inicio) read, loaded once and
// refreshed after anything that changes an agreement.
import { agreementsApi, PLAN_PERIOD } from '../../api.agreements';
import type { IndicatorValue } from '../../bindings/IndicatorValue';
import type { Meeting } from '../../bindings/Meeting';
import type { PlanProgress } from '../../bindings/PlanProgress';
import type { LinkTarget } from '../../bindings/LinkTarget';
import { Resource } from '../../store.svelte';

export const meetings = new Resource<Meeting[]>(agreementsApi.meetings);
export const planProgress = new Resource<PlanProgress[]>(agreementsApi.planProgress);
export const planIndicators = new Resource<IndicatorValue[]>(() =>
  agreementsApi.indicatorsComputed(PLAN_PERIOD.from, PLAN_PERIOD.to),
);

/** What advances one indicator or activity of the plan: how many agreements, the newest of them. */
export function linkedAgreements(progress: PlanProgress[], target: LinkTarget, code: string): PlanProgress | undefined {
  return progress.find((entry) => entry.target === target && entry.code === code);
}

// A follow-up can fulfil an agreement and a link adds one to the plan: the figures the
// Plan shows must follow. Meetings change elsewhere, so they are asked again too.
export function agreementsChanged(): void {
  planProgress.reload();
  planIndicators.reload();
}
