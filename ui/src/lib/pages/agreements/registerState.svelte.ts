// The register's filters live here rather than in the page, so that coming back from
// an agreement finds the list as it was left.
import { emptyFilter } from '../../api.agreements';
import type { AgreementFilter } from '../../bindings/AgreementFilter';

export const register = $state<{ filter: AgreementFilter }>({ filter: emptyFilter() });

export function isEmptyFilter(filter: AgreementFilter): boolean {
  const empty = emptyFilter();
  return (Object.keys(empty) as (keyof AgreementFilter)[]).every((key) => filter[key] === empty[key]);
}
