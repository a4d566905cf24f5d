// What the monitoring screens tell each other: the sentence shown on the overview
// after a report was recorded or imported, for the address it belongs to.
export const notice = $state<{ text: string; at: string }>({ text: '', at: '' });

export function announce(text: string, at: string): void {
  notice.text = text;
  notice.at = at;
}
