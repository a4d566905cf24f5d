// English strings of the directory screens, typed against the Spanish ones.
import type { directoryEs } from './directory.es';

export const directoryEn: Record<keyof typeof directoryEs, string> = {};
