// The sections of a meeting's page, each with its own address (#/reuniones/3/asistencia).
export const TABS = ['agenda', 'asistencia', 'decisiones', 'quorum'] as const;
export type Tab = (typeof TABS)[number];

export function isTab(value: string): value is Tab {
  return (TABS as readonly string[]).includes(value);
}
