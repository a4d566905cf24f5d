// Copies of the archive: the automatic backups, a restore, the handover bundle and
// a copy opened to consult. Paths come from the system's dialogs.
import { open, save } from '@tauri-apps/plugin-dialog';
import { call } from './api';
import type { AppInfo } from './bindings/AppInfo';
import type { ArchivePage } from './bindings/ArchivePage';
import type { BackupPolicy } from './bindings/BackupPolicy';
import type { Backups } from './bindings/Backups';
import type { CopyCheck } from './bindings/CopyCheck';
import type { ExportReport } from './bindings/ExportReport';
import type { RestoreReport } from './bindings/RestoreReport';

const COPIES = [{ name: 'Pleno', extensions: ['sqlite3', 'db', 'bak'] }];
const BUNDLES = [{ name: 'Pleno', extensions: ['pleno'] }];

/** How many closed meetings the archive shows per page. */
export const ARCHIVE_PAGE = 10;

export const archiveApi = {
  page: (cursor: string | null): Promise<ArchivePage> => call('archive_page', { cursor, limit: ARCHIVE_PAGE }),
  backups: (): Promise<Backups> => call('backup_list'),
  backupNow: (): Promise<CopyCheck> => call('backup_now'),
  setPolicy: (policy: BackupPolicy): Promise<BackupPolicy> => call('backup_policy_set', { policy }),
  restore: (path: string): Promise<RestoreReport> => call('backup_restore', { path }),
};

/** Asks where to save the handover bundle and writes it; null when cancelled. */
export async function exportBundle(suggestedName: string): Promise<ExportReport | null> {
  const path = await save({ defaultPath: suggestedName, filters: BUNDLES });
  if (path === null) return null;
  return call<ExportReport>('archive_export', { path });
}

/** Asks for a copy from another folder to restore; null when cancelled. */
export async function chooseCopy(): Promise<string | null> {
  const path = await open({ multiple: false, directory: false, filters: COPIES });
  return typeof path === 'string' ? path : null;
}

/** «Abrir copia de consulta…»: a bundle or a database, opened read-only. */
export async function openConsultCopy(): Promise<AppInfo | null> {
  const path = await open({ multiple: false, directory: false, filters: [...BUNDLES, ...COPIES] });
  if (typeof path !== 'string') return null;
  return call<AppInfo>('readonly_open', { path });
}
