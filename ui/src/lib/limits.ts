// Generated from pleno_domain::limits by `cargo test -p pleno-api --test limits`
// (UPDATE_BINDINGS=1 writes it again). The API refuses beyond these; the forms
// take them as maxlength/min/max so a person meets the limit while typing.
export const LIMITS = {
  name: 200,
  title: 500,
  longText: 20000,
  earliestDate: '2000-01-01',
  latestDate: '2100-12-31',
  fields: {
    person_name: 200,
    honorific: 200,
    position: 500,
    institution: 500,
    person_notes: 20000,
    contact_value: 500,
    contact_label: 200,
    organisation_name: 500,
    acronym: 200,
    state_name: 200,
    committee_name: 500,
    city: 200,
    link: 500,
    agenda_item_title: 500,
    presenter: 200,
    agenda_notes: 20000,
    agreement_text: 20000,
    follow_up_text: 20000,
    decision_text: 20000,
    position_text: 20000,
    erratum_text: 20000,
    minutes_note: 20000,
  },
} as const;
