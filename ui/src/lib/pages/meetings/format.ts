// Display and keyboard helpers of the meetings screens that are not dates (those are
// in lib/dates.ts).
import { language } from '../../i18n/i18n.svelte';

/** "1,2 MB", "380 KB". */
export function formatSize(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const number = new Intl.NumberFormat(language(), { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value);
  return `${number}\u00a0${units[unit]}`;
}

/** True when the keystroke was typed into a field, where letters are text, not commands. */
export function typingInField(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null;
  if (!target) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** A keystroke without modifiers (Shift aside), as a lower-case letter or key name. */
export function plainKey(event: KeyboardEvent): string | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey) return undefined;
  return event.key.length === 1 ? event.key.toLowerCase() : event.key;
}
