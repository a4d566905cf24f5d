// English strings of publishing the archive, typed against the Spanish ones.
import type { publishEs } from './publish.es';

export const publishEn: Record<keyof typeof publishEs, string> = {
  'publish.title': 'Published archive',
  'publish.intro':
    'Writes into a folder a static website with the approved minutes, the register of agreements and the Strategic Plan, with offline search, to put on any web server. It holds no drafts and no contact details.',
  'publish.button': 'Publish the archive…',
  'publish.busy': 'Publishing…',
  'publish.dialogTitle': 'Folder to publish the archive into',
};
