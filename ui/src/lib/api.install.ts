// The commands of About and the first run (src-tauri/src/commands_install.rs).
import { call } from './api';
import type { Diagnostics } from './bindings/Diagnostics';
import type { Language } from './bindings/Language';
import type { SetupDraft } from './bindings/SetupDraft';
import type { SetupReport } from './bindings/SetupReport';
import type { SetupStatus } from './bindings/SetupStatus';

export const installApi = {
  diagnostics: (): Promise<Diagnostics> => call('diagnostics_get'),
  /** The report in `language` and the log's last 200 lines, for the clipboard. */
  diagnosticsText: (language: Language): Promise<string> => call('diagnostics_text', { language }),
  setupStatus: (): Promise<SetupStatus> => call('setup_status'),
  setupRun: (draft: SetupDraft): Promise<SetupReport> => call('setup_run', { draft }),
  /** Opens the demo archive (a file of its own); answers its path. */
  setupOpenDemo: (): Promise<string> => call('setup_open_demo'),
};
