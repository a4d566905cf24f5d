//! Meetings of the plenary: their kind, number, modality and status, the standard
//! agenda the Presidency starts from, and attendance over the day (a person may
//! leave and come back more than once).

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::DomainError;

choice_enum!(
    /// Ordinary or extraordinary session (seed §VII, indicator 4.3).
    MeetingKind, "tipo de reunión" {
        Ordinaria => "ordinaria" / "Ordinaria",
        Extraordinaria => "extraordinaria" / "Extraordinaria",
    }
);

choice_enum!(
    Modality, "modalidad" {
        Presencial => "presencial" / "presencial",
        Virtual => "virtual" / "virtual",
        Hibrida => "hibrida" / "híbrida",
    }
);

choice_enum!(
    /// borrador → convocada → en curso → cerrada.
    MeetingStatus, "estado de la reunión" {
        Borrador => "borrador" / "borrador",
        Convocada => "convocada" / "convocada",
        EnCurso => "en_curso" / "en curso",
        Cerrada => "cerrada" / "cerrada",
    }
);

choice_enum!(
    AgendaItemKind, "tipo de punto" {
        Quorum => "quorum" / "Verificación del quórum",
        AgendaApproval => "agenda_approval" / "Aprobación de la agenda",
        PreviousMinutes => "previous_minutes" / "Lectura y aprobación del acta anterior",
        PresidencyReport => "presidency_report" / "Informe de la Presidencia sobre representaciones",
        CountryReport => "country_report" / "Informe de país",
        FollowUp => "follow_up" / "Seguimiento de acuerdos",
        Discussion => "discussion" / "Punto para discusión y decisión",
        OtherBusiness => "other_business" / "Asuntos varios",
        Closing => "closing" / "Cierre",
    }
);

choice_enum!(
    AttendanceStatus, "asistencia" {
        Presente => "presente" / "presente",
        Ausente => "ausente" / "ausente",
        Excusado => "excusado" / "excusado",
    }
);

choice_enum!(
    /// The role a person holds in one meeting.
    MeetingRole, "rol en la reunión" {
        Titular => "titular" / "titular",
        Suplente => "suplente" / "suplente",
        Observador => "observador" / "observador",
        Invitado => "invitado" / "invitado",
    }
);

choice_enum!(
    ParticipationMode, "forma de participación" {
        Presencial => "presencial" / "presencial",
        Remota => "remota" / "remota",
    }
);

impl MeetingStatus {
    /// The next status in the meeting's life, if any.
    pub fn next(self) -> Option<Self> {
        match self {
            MeetingStatus::Borrador => Some(MeetingStatus::Convocada),
            MeetingStatus::Convocada => Some(MeetingStatus::EnCurso),
            MeetingStatus::EnCurso => Some(MeetingStatus::Cerrada),
            MeetingStatus::Cerrada => None,
        }
    }
}

/// Roman numerals as meetings are numbered ("XV Reunión Ordinaria").
pub fn roman(mut n: u32) -> String {
    const TABLE: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for (value, numeral) in TABLE {
        while n >= value {
            out.push_str(numeral);
            n -= value;
        }
    }
    out
}

/// "XV Reunión Ordinaria".
pub fn meeting_title(kind: MeetingKind, number: u32) -> String {
    format!("{} Reunión {}", roman(number), kind.spanish())
}

/// One item of the standard agenda; country reports expand to one per member state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateItem {
    pub kind: AgendaItemKind,
    pub title: String,
    /// The state whose report this is, for country reports.
    pub country: Option<String>,
    pub minutes: u32,
}

/// The standard agenda (DOMAIN.md): quorum, agenda, previous minutes, Presidency
/// report, one country report per member state on the meeting's date, follow-up
/// of agreements, any other business, closing. `states` are (code, name) pairs.
pub fn standard_agenda(states: &[(String, String)]) -> Vec<TemplateItem> {
    let fixed =
        |kind: AgendaItemKind, minutes| TemplateItem { kind, title: kind.spanish().into(), country: None, minutes };
    let mut items = vec![
        fixed(AgendaItemKind::Quorum, 10),
        fixed(AgendaItemKind::AgendaApproval, 10),
        fixed(AgendaItemKind::PreviousMinutes, 20),
        fixed(AgendaItemKind::PresidencyReport, 20),
    ];
    items.extend(states.iter().map(|(code, name)| TemplateItem {
        kind: AgendaItemKind::CountryReport,
        title: format!("Informe de país: {name}"),
        country: Some(code.clone()),
        minutes: 15,
    }));
    items.extend([
        fixed(AgendaItemKind::FollowUp, 30),
        fixed(AgendaItemKind::OtherBusiness, 15),
        fixed(AgendaItemKind::Closing, 5),
    ]);
    items
}

/// A stretch of time a person was in the room (or connected): from `arrived`
/// until `left`, or still there when `left` is `None`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Stay {
    pub arrived: NaiveDateTime,
    pub left: Option<NaiveDateTime>,
}

impl Stay {
    pub fn contains(&self, at: NaiveDateTime) -> bool {
        self.arrived <= at && self.left.is_none_or(|left| at < left)
    }
}

/// Whether someone with these stays was present at `at`.
pub fn present_at(stays: &[Stay], at: NaiveDateTime) -> bool {
    stays.iter().any(|s| s.contains(at))
}

/// Checks that an arrival may be recorded at `at`: not while already present, and
/// not inside an earlier stay.
pub fn check_arrival(stays: &[Stay], at: NaiveDateTime) -> Result<(), DomainError> {
    if let Some(open) = stays.iter().find(|s| s.left.is_none()) {
        return Err(DomainError::Attendance(format!(
            "ya está presente desde las {}; registre primero su salida",
            open.arrived.format("%H:%M")
        )));
    }
    if stays.iter().any(|s| s.contains(at)) {
        return Err(DomainError::Attendance(format!("a las {} ya estaba presente", at.format("%H:%M"))));
    }
    Ok(())
}

/// Checks that a departure at `at` closes the open stay.
pub fn check_departure(stays: &[Stay], at: NaiveDateTime) -> Result<(), DomainError> {
    let open = stays
        .iter()
        .find(|s| s.left.is_none())
        .ok_or_else(|| DomainError::Attendance("no está presente: no se puede registrar su salida".into()))?;
    if at <= open.arrived {
        return Err(DomainError::Attendance(format!(
            "la salida debe ser después de la llegada ({})",
            open.arrived.format("%H:%M")
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(hm: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(&format!("2026-11-28 {hm}"), "%Y-%m-%d %H:%M").unwrap()
    }

    #[test]
    fn meetings_are_numbered_in_roman_numerals() {
        assert_eq!(meeting_title(MeetingKind::Ordinaria, 15), "XV Reunión Ordinaria");
        assert_eq!(meeting_title(MeetingKind::Extraordinaria, 4), "IV Reunión Extraordinaria");
        assert_eq!(roman(1994), "MCMXCIV");
        assert_eq!(roman(49), "XLIX");
    }

    #[test]
    fn choices_parse_with_or_without_accents_and_hyphens() {
        assert_eq!(Modality::parse("híbrida").unwrap(), Modality::Hibrida);
        assert_eq!(MeetingStatus::parse("en-curso").unwrap(), MeetingStatus::EnCurso);
        let error = MeetingKind::parse("especial").unwrap_err().to_string();
        assert!(error.contains("«especial»") && error.contains("ordinaria, extraordinaria"), "{error}");
    }

    #[test]
    fn the_standard_agenda_has_a_country_report_per_member_state() {
        let states = [("CR".to_string(), "Costa Rica".to_string()), ("PA".into(), "Panamá".into())];
        let agenda = standard_agenda(&states);
        let titles: Vec<&str> = agenda.iter().map(|i| i.title.as_str()).collect();
        assert_eq!(
            titles,
            [
                "Verificación del quórum",
                "Aprobación de la agenda",
                "Lectura y aprobación del acta anterior",
                "Informe de la Presidencia sobre representaciones",
                "Informe de país: Costa Rica",
                "Informe de país: Panamá",
                "Seguimiento de acuerdos",
                "Asuntos varios",
                "Cierre",
            ]
        );
        assert_eq!(agenda[5].country.as_deref(), Some("PA"));
    }

    #[test]
    fn attendance_timelines_with_leaving_and_coming_back() {
        let stays = [Stay { arrived: t("09:00"), left: Some(t("10:30")) }, Stay { arrived: t("11:00"), left: None }];
        let cases = [
            ("08:59", false),
            ("09:00", true),
            ("10:29", true),
            ("10:30", false),
            ("10:45", false),
            ("11:00", true),
            ("18:00", true),
        ];
        for (at, expected) in cases {
            assert_eq!(present_at(&stays, t(at)), expected, "at {at}");
        }
    }

    #[test]
    fn arrivals_and_departures_must_make_sense() {
        let open = [Stay { arrived: t("09:00"), left: None }];
        assert!(check_arrival(&open, t("10:00")).unwrap_err().to_string().contains("ya está presente desde las 09:00"));
        assert!(check_departure(&open, t("08:00")).is_err());
        assert!(check_departure(&open, t("10:00")).is_ok());
        let closed = [Stay { arrived: t("09:00"), left: Some(t("10:00")) }];
        assert!(check_departure(&closed, t("11:00")).is_err());
        assert!(check_arrival(&closed, t("09:30")).is_err());
        assert!(check_arrival(&closed, t("10:00")).is_ok());
    }
}
