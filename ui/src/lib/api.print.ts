// Printing: every "Guardar PDF" button asks the user where to save, then has Pleno
// write the document there.
import { save } from '@tauri-apps/plugin-dialog';
import { call } from './api';
import type { PrintRequest } from './bindings/PrintRequest';
import { language } from './i18n/i18n.svelte';

/**
 * Asks for a destination and writes the document, in the language the interface
 * is shown in (a request that names its own language keeps it). Returns the chosen path, or null
 * when the user cancelled the dialog.
 */
export async function savePdf(request: PrintRequest, suggestedName: string): Promise<string | null> {
  const path = await save({
    defaultPath: suggestedName,
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  });
  if (path === null) return null;
  await call<void>('pdf_save', { request: { ...request, language: request.language ?? language() }, path });
  return path;
}
