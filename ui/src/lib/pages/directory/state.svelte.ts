// What the directory screens remember between one another while the app is open.
import { todayIso } from '../../dates';

/** The date the directory is shown at; kept when the user opens a person and comes back. */
export const directoryView = $state({ on: todayIso() });

/**
 * A confirmation to show on the screen the user is sent to after saving ("Nombramiento
 * registrado…"). It belongs to one address so that it does not follow the user around.
 */
export const notice = $state<{ text: string; at: string }>({ text: '', at: '' });

/** The state whose card to bring into view when the directory next opens (after an appointment). */
export const spotlight = $state({ country: '' });

export function announce(text: string, at: string[]): void {
  notice.text = text;
  notice.at = at.join('/');
}
