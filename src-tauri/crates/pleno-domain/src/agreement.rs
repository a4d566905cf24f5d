//! Agreements (acuerdos): what the plenary adopts, numbered in the register,
//! followed up at later sessions. Indicator 4.3 of the plan counts those fulfilled.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::meeting::{roman, MeetingKind};
use crate::DomainError;

choice_enum!(
    /// The status the Secretariat records; "vencido" is derived, never stored.
    AgreementStatus, "estado del acuerdo" {
        Pendiente => "pendiente" / "pendiente" / "pending",
        EnCurso => "en_curso" / "en curso" / "in progress",
        Cumplido => "cumplido" / "cumplido" / "fulfilled",
        SinEfecto => "sin_efecto" / "sin efecto" / "withdrawn",
    }
);

choice_enum!(
    /// Who answers for an agreement.
    ResponsibleKind, "responsable" {
        State => "state" / "Estado miembro" / "member state",
        Presidencia => "presidencia" / "Presidencia" / "Presidency",
        SecretariaTecnica => "secretaria_tecnica" / "Secretaría Técnica" / "Technical Secretariat",
        Committee => "committee" / "comité" / "committee",
        Person => "person" / "persona" / "person",
    }
);

/// The status shown: the recorded one, or "vencido" when the due date has passed
/// without fulfilment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(rename_all = "snake_case")]
pub enum ShownStatus {
    Pendiente,
    EnCurso,
    Cumplido,
    SinEfecto,
    Vencido,
}

impl ShownStatus {
    pub const ALL: &'static [ShownStatus] = &[
        ShownStatus::Pendiente,
        ShownStatus::EnCurso,
        ShownStatus::Cumplido,
        ShownStatus::SinEfecto,
        ShownStatus::Vencido,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ShownStatus::Pendiente => "pendiente",
            ShownStatus::EnCurso => "en_curso",
            ShownStatus::Cumplido => "cumplido",
            ShownStatus::SinEfecto => "sin_efecto",
            ShownStatus::Vencido => "vencido",
        }
    }

    /// Accepts the stored form, with hyphens for underscores.
    pub fn parse(text: &str) -> Result<Self, DomainError> {
        let wanted = text.trim().replace('-', "_");
        Self::ALL.iter().copied().find(|s| s.as_str() == wanted).ok_or_else(|| DomainError::InvalidChoice {
            field: "estado del acuerdo".into(),
            value: text.into(),
            valid: "pendiente, en-curso, cumplido, sin-efecto, vencido".into(),
        })
    }

    pub fn spanish(self) -> &'static str {
        match self {
            ShownStatus::Pendiente => "pendiente",
            ShownStatus::EnCurso => "en curso",
            ShownStatus::Cumplido => "cumplido",
            ShownStatus::SinEfecto => "sin efecto",
            ShownStatus::Vencido => "vencido",
        }
    }

    pub fn english(self) -> &'static str {
        match self {
            ShownStatus::Pendiente => "pending",
            ShownStatus::EnCurso => "in progress",
            ShownStatus::Cumplido => "fulfilled",
            ShownStatus::SinEfecto => "withdrawn",
            ShownStatus::Vencido => "overdue",
        }
    }

    /// The word in the language asked for.
    pub fn label(self, lang: crate::Language) -> &'static str {
        lang.pick(self.spanish(), self.english())
    }
}

/// The status to show on `today` (the clock is passed in).
pub fn shown_status(status: AgreementStatus, due: Option<NaiveDate>, today: NaiveDate) -> ShownStatus {
    match status {
        AgreementStatus::Cumplido => ShownStatus::Cumplido,
        AgreementStatus::SinEfecto => ShownStatus::SinEfecto,
        _ if due.is_some_and(|d| d < today) => ShownStatus::Vencido,
        AgreementStatus::Pendiente => ShownStatus::Pendiente,
        AgreementStatus::EnCurso => ShownStatus::EnCurso,
    }
}

/// How agreement numbers are written, with placeholders: `{reunion}` (the
/// meeting's number in roman numerals), `{tipo}` (RO or RE), `{año}` (the
/// meeting's year) and `{n}` (the agreement's order in the meeting, two digits).
/// The default gives "XV-RO-2026-03".
/// Serialised as its format string; read back through `Numbering::parse`, so a
/// numbering from JSON is as checked as one typed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(try_from = "String", into = "String")]
#[ts(type = "string")]
pub struct Numbering(String);

impl TryFrom<String> for Numbering {
    type Error = DomainError;

    fn try_from(format: String) -> Result<Self, DomainError> {
        Numbering::parse(&format)
    }
}

impl From<Numbering> for String {
    fn from(numbering: Numbering) -> String {
        numbering.0
    }
}

impl std::fmt::Display for Numbering {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

pub const DEFAULT_NUMBERING: &str = "{reunion}-{tipo}-{año}-{n}";

impl Default for Numbering {
    fn default() -> Self {
        Numbering(DEFAULT_NUMBERING.into())
    }
}

impl Numbering {
    pub fn parse(format: &str) -> Result<Self, DomainError> {
        let bad = |why: &str| DomainError::InvalidNumbering(format!("«{format}» {why}"));
        if !format.contains("{n}") {
            return Err(bad("debe incluir {n}, el orden del acuerdo en la reunión, para que no se repitan números"));
        }
        let mut rest = format;
        while let Some(open) = rest.find('{') {
            let close = rest[open..].find('}').ok_or_else(|| bad("tiene una llave sin cerrar"))? + open;
            let name = &rest[open + 1..close];
            if !["reunion", "tipo", "año", "n"].contains(&name) {
                return Err(bad(&format!("usa {{{name}}}, que no existe: use {{reunion}}, {{tipo}}, {{año}} y {{n}}")));
            }
            rest = &rest[close + 1..];
        }
        Ok(Numbering(format.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn number(&self, kind: MeetingKind, meeting_number: u32, year: i32, order: u32) -> String {
        self.number_in_series(&series(kind, None), meeting_number, year, order)
    }

    /// The number in a series (`series`): a committee's agreements have their own.
    pub fn number_in_series(&self, tipo: &str, meeting_number: u32, year: i32, order: u32) -> String {
        self.0
            .replace("{reunion}", &roman(meeting_number))
            .replace("{tipo}", tipo)
            .replace("{año}", &year.to_string())
            .replace("{n}", &format!("{order:02}"))
    }
}

/// The series a meeting's agreements are numbered in: the kind's code, and for a
/// committee session the committee too ("SC2"), so that each committee's
/// agreements are a series of their own.
pub fn series(kind: MeetingKind, committee: Option<i64>) -> String {
    match (kind, committee) {
        (MeetingKind::Comite, Some(id)) => format!("{}{id}", kind.code()),
        _ => kind.code().to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn every_shown_status_parses_from_its_stored_and_its_hyphen_form() {
        for status in ShownStatus::ALL {
            assert_eq!(ShownStatus::parse(status.as_str()), Ok(*status));
            assert_eq!(ShownStatus::parse(&status.as_str().replace('_', "-")), Ok(*status));
        }
        assert!(ShownStatus::parse("archivado").is_err());
    }

    #[test]
    fn vencido_is_derived_from_the_due_date_and_a_fixed_clock() {
        let today = d("2026-11-28");
        let cases = [
            (AgreementStatus::Pendiente, Some("2026-11-27"), ShownStatus::Vencido),
            (AgreementStatus::EnCurso, Some("2026-01-01"), ShownStatus::Vencido),
            (AgreementStatus::Pendiente, Some("2026-11-28"), ShownStatus::Pendiente),
            (AgreementStatus::EnCurso, None, ShownStatus::EnCurso),
            (AgreementStatus::Cumplido, Some("2020-01-01"), ShownStatus::Cumplido),
            (AgreementStatus::SinEfecto, Some("2020-01-01"), ShownStatus::SinEfecto),
        ];
        for (status, due, expected) in cases {
            assert_eq!(shown_status(status, due.map(d), today), expected, "{status:?} due {due:?}");
        }
    }

    #[test]
    fn agreements_are_numbered_by_meeting_with_the_default_scheme() {
        let n = Numbering::default();
        assert_eq!(n.number(MeetingKind::Ordinaria, 15, 2026, 3), "XV-RO-2026-03");
        assert_eq!(n.number(MeetingKind::Extraordinaria, 2, 2025, 12), "II-RE-2025-12");
        let custom = Numbering::parse("Acuerdo {n}/{reunion} ({año})").unwrap();
        assert_eq!(custom.number(MeetingKind::Ordinaria, 16, 2027, 1), "Acuerdo 01/XVI (2027)");
    }

    #[test]
    fn a_numbering_without_order_or_with_unknown_placeholders_is_refused() {
        assert!(Numbering::parse("{reunion}-{año}").unwrap_err().to_string().contains("{n}"));
        assert!(Numbering::parse("{reunion}-{mes}-{n}").unwrap_err().to_string().contains("{mes}"));
        assert!(Numbering::parse("{reunion-{n}").is_err());
    }
}

/// One party answering for an agreement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Responsible {
    pub kind: ResponsibleKind,
    pub country: Option<String>,
    pub committee_id: Option<i64>,
    pub person_id: Option<i64>,
    /// The name to print: the state's, the committee's, the person's or the office's.
    pub label: String,
    /// The same in English: the office's English name; a state's English name; a
    /// committee's or a person's name as it is.
    pub label_en: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct FollowUp {
    pub id: i64,
    pub reported_on: NaiveDate,
    pub meeting_id: Option<i64>,
    pub meeting_title: Option<String>,
    pub meeting_title_en: Option<String>,
    pub text: String,
    pub new_status: Option<AgreementStatus>,
}

/// What an agreement advances in the plan: an indicator of the strategic plan or
/// an activity of an operating plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PlanLink {
    pub target: LinkTarget,
    pub code: String,
    pub title: String,
    pub note: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(rename_all = "snake_case")]
pub enum LinkTarget {
    Indicator,
    Activity,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Agreement {
    pub id: i64,
    pub number: String,
    pub meeting_id: i64,
    pub meeting_title: String,
    pub meeting_title_en: String,
    pub decision_id: Option<i64>,
    pub text: String,
    pub adopted_on: NaiveDate,
    pub due_on: Option<NaiveDate>,
    pub status: AgreementStatus,
    /// The status as shown on the day asked about ("vencido" included).
    pub shown_status: ShownStatus,
    pub responsible: Vec<Responsible>,
    pub follow_ups: Vec<FollowUp>,
    pub links: Vec<PlanLink>,
}
