// English strings of the installation, typed against the Spanish ones.
import type { installEs } from './install.es';

export const installEn: Record<keyof typeof installEs, string> = {
  'aboutPanel.title': 'About Pleno',
  'aboutPanel.version': 'Version',
  'aboutPanel.built': 'Built on {date} (commit {commit})',
  'aboutPanel.dbPath': 'Database',
  'aboutPanel.dbSize': 'Size',
  'aboutPanel.schema': 'Schema version',
  'aboutPanel.lastBackup': 'Last backup',
  'aboutPanel.noBackup': 'None yet',
  'aboutPanel.minutes': 'Approved minutes verified',
  'aboutPanel.licences': 'Licences',
  'aboutPanel.ok': 'The database passed the integrity check and the chain of minutes is intact.',
  'aboutPanel.problems': 'Problems were found:',
  'aboutPanel.copy': 'Copy diagnostics',
  'aboutPanel.copied': 'Diagnostics copied to the clipboard.',
  'aboutPanel.copyHint': 'Includes these facts and the last 200 lines of the log, with no names or texts.',
};
