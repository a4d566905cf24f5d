// English strings of the meetings screens, typed against the Spanish ones.
import type { meetingsEs } from './meetings.es';

export const meetingsEn: Record<keyof typeof meetingsEs, string> = {};
