// English strings of the agreements screens, typed against the Spanish ones.
import type { agreementsEs } from './agreements.es';

export const agreementsEn: Record<keyof typeof agreementsEs, string> = {};
