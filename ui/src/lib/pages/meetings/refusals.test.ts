// The form refuses what the API refuses: the same table of cases the API's and the
// CLI's tests read (tests/fixtures/meeting-refusals.json at the repository's root),
// checked here against the form's mirror of the rules.
import { describe, expect, it } from 'vitest';
import type { Modality } from '../../bindings/Modality';
import type { MessageKey } from '../../i18n/i18n.svelte';
import table from '../../../../../tests/fixtures/meeting-refusals.json';
import { meetingProblems, type MeetingFields } from './validation';

type Case = { name: string; modality: Modality; city: string; link: string; refused: string | null };

// The API's refusal kind and the form field and message that mirror it.
const mirror: Record<string, [keyof MeetingFields, MessageKey]> = {
  city_required: ['city', 'meetings.form.cityRequired'],
  link_required: ['link', 'meetings.form.linkRequired'],
  link_not_web: ['link', 'meetings.form.linkInvalid'],
};

describe('the meeting form and the API', () => {
  it.each((table.cases as Case[]).map((c) => [c.name, c] as const))('agree on %s', (_name, c) => {
    const problems = meetingProblems({
      number: '',
      startsOn: '2027-03-01',
      endsOn: '',
      startTime: '09:00',
      city: c.city,
      modality: c.modality,
      link: c.link,
    });
    if (c.refused === null) {
      expect(problems).toEqual({});
    } else {
      const [field, message] = mirror[c.refused];
      expect(problems[field]).toBe(message);
    }
  });
});
