// Whether the window shows a copy to consult. Read once from app_info at start;
// the root element's `data-read-only` then hides every `data-edit` control
// (styles/read-only.css), the one mechanism for the whole interface.
import { api } from './api';
import type { ConsultCopy } from './bindings/ConsultCopy';

export const readOnly = $state<{ copy: ConsultCopy | null }>({ copy: null });

export async function loadReadOnly(): Promise<void> {
  const info = await api.appInfo();
  readOnly.copy = info.read_only;
  document.documentElement.toggleAttribute('data-read-only', info.read_only !== null);
}
