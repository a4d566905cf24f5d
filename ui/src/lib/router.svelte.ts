// Hash routing: "#/plan/poa/2018". The hash survives a reload of the webview and needs
// no server, which is what tauri://localhost is.
import { keysOf } from './enums';
import type { MessageKey } from './i18n/i18n.svelte';

/** Every section with the words of its link, in the order of the navigation. */
export const sectionLabel = {
  inicio: 'nav.inicio',
  reuniones: 'nav.reuniones',
  acuerdos: 'nav.acuerdos',
  plan: 'nav.plan',
  directorio: 'nav.directorio',
  archivo: 'nav.archivo',
  ajustes: 'nav.ajustes',
} as const satisfies Record<string, MessageKey>;

export type Section = keyof typeof sectionLabel;

/** The six working sections (Ajustes aside), in the order of Alt+1…Alt+6. */
export const SECTIONS = keysOf(sectionLabel).filter(
  (section): section is Exclude<Section, 'ajustes'> => section !== 'ajustes',
);

function isSection(value: string): value is Section {
  return value in sectionLabel;
}

type Route = { section: Section; path: string[] };

function parse(hash: string): Route {
  const parts = hash
    .replace(/^#\/?/, '')
    .split('/')
    .filter((part) => part !== '')
    .map((part) => decodeURIComponent(part));
  const [first, ...rest] = parts;
  if (first !== undefined && isSection(first)) return { section: first, path: rest };
  return { section: 'inicio', path: [] };
}

export const route = $state<Route>(parse(window.location.hash));

window.addEventListener('hashchange', () => {
  const next = parse(window.location.hash);
  route.section = next.section;
  route.path = next.path;
});

export function href(section: Section, ...path: string[]): string {
  return '#/' + [section, ...path].map((part) => encodeURIComponent(part)).join('/');
}

export function navigate(section: Section, ...path: string[]): void {
  window.location.hash = href(section, ...path);
}

/** The section reached with Alt+n, n from 1 to 6. */
export function shortcutFor(section: Section): string | undefined {
  const index = (SECTIONS as readonly string[]).indexOf(section);
  return index < 0 ? undefined : `Alt+${index + 1}`;
}
