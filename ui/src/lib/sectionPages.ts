// The screens of the sections other than Inicio, each loaded the first time it is
// opened (its own chunk in the build): the window's first screen needs only the
// shell and Inicio. Every screen takes the rest of the route as `path`.
import type { Component } from 'svelte';
import type { Section } from './router.svelte';

type SectionPage = Component<{ path: string[] }>;

const loaders: Record<Exclude<Section, 'inicio'>, () => Promise<{ default: unknown }>> = {
  reuniones: () => import('./pages/MeetingsPage.svelte'),
  acuerdos: () => import('./pages/AgreementsPage.svelte'),
  plan: () => import('./pages/PlanPage.svelte'),
  directorio: () => import('./pages/DirectoryPage.svelte'),
  archivo: () => import('./pages/ArchivePage.svelte'),
  ajustes: () => import('./pages/SettingsPage.svelte'),
};

export async function sectionPage(section: Exclude<Section, 'inicio'>): Promise<SectionPage> {
  return (await loaders[section]()).default as SectionPage;
}
