//! Each draft the API takes, held to the limits of `pleno_domain::limits`: one
//! function per draft, called first by the operation that takes it, so a 10 000
//! character name or a meeting in 9999 is refused before anything is written.

use chrono::NaiveDate;
use pleno_domain::directory_model::PersonDraft;
use pleno_domain::limits::{date, optional_date, text, Field, LimitError};

use crate::agreements::{AgreementDraft, FollowUpDraft};
use crate::directory::{MemberDraft, OrganisationDraft, SeatAssignment};
use crate::meetings::{AgendaItemDraft, MeetingDraft};

type Checked = Result<(), LimitError>;

pub(crate) fn meeting(d: &MeetingDraft) -> Checked {
    date(Field::MeetingStart, d.starts_on)?;
    optional_date(Field::MeetingEnd, d.ends_on)?;
    text(Field::City, &d.city)?;
    text(Field::Link, &d.link)
}

pub(crate) fn agenda_item(d: &AgendaItemDraft) -> Checked {
    text(Field::AgendaItemTitle, &d.title)?;
    text(Field::Presenter, &d.presenter)?;
    text(Field::AgendaNotes, &d.notes)
}

pub(crate) fn agreement(d: &AgreementDraft) -> Checked {
    text(Field::AgreementText, &d.text)?;
    optional_date(Field::DueDate, d.due_on)
}

pub(crate) fn follow_up(d: &FollowUpDraft) -> Checked {
    text(Field::FollowUpText, &d.text)?;
    date(Field::FollowUpDate, d.reported_on)
}

pub(crate) fn person(d: &PersonDraft) -> Checked {
    text(Field::PersonName, &d.name)?;
    text(Field::Honorific, &d.honorific)?;
    text(Field::Position, &d.position)?;
    text(Field::Institution, &d.institution)?;
    text(Field::PersonNotes, &d.notes)?;
    for c in &d.contacts {
        text(Field::ContactValue, &c.value)?;
        text(Field::ContactLabel, &c.label)?;
    }
    Ok(())
}

pub(crate) fn term(starts_on: NaiveDate, ends_on: Option<NaiveDate>) -> Checked {
    date(Field::TermStart, starts_on)?;
    optional_date(Field::TermEnd, ends_on)
}

pub(crate) fn seat(a: &SeatAssignment) -> Checked {
    term(a.starts_on, a.ends_on)
}

pub(crate) fn organisation(d: &OrganisationDraft) -> Checked {
    text(Field::OrganisationName, &d.name)?;
    text(Field::Acronym, &d.acronym)?;
    optional_date(Field::TermStart, d.starts_on)
}

pub(crate) fn member(d: &MemberDraft) -> Checked {
    text(Field::StateName, &d.name)?;
    text(Field::StateName, &d.name_en)?;
    term(d.starts_on, d.ends_on)
}

pub(crate) fn committee(name: &str, starts_on: NaiveDate, ends_on: Option<NaiveDate>) -> Checked {
    text(Field::CommitteeName, name)?;
    term(starts_on, ends_on)
}
