// The commands of About and the first run (src-tauri/src/commands_install.rs).
import { call } from './api';
import type { Diagnostics } from './bindings/Diagnostics';
import type { Language } from './bindings/Language';

export const installApi = {
  diagnostics: (): Promise<Diagnostics> => call('diagnostics_get'),
  /** The report in `language` and the log's last 200 lines, for the clipboard. */
  diagnosticsText: (language: Language): Promise<string> => call('diagnostics_text', { language }),
};
