// How the POA's statuses and recorded changes read in the current language.
import type { ActivityField } from '../../bindings/ActivityField';
import type { PoaChangeKind } from '../../bindings/PoaChangeKind';
import type { PoaStatus } from '../../bindings/PoaStatus';
import { t } from '../../i18n/i18n.svelte';

export const poaStatusLabel = (status: PoaStatus): string => t(`poaEdit.status.${status}`);

export const poaChangeLabel = (kind: PoaChangeKind): string => t(`poaEdit.change.${kind}`);

export const activityFieldLabel = (field: ActivityField): string => t(`poaEdit.changed.${field}`);
