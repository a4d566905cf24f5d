//! Meetings of the plenary: their kind, number, modality and status, the standard
//! agenda the Presidency starts from, and attendance over the day (a person may
//! leave and come back more than once).

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::directory_model::Office;
use crate::{DomainError, Language, Text};

choice_enum!(
    /// Ordinary or extraordinary session of the plenary (seed §VII, indicator 4.3),
    /// a session of a working committee or the Petit Comité (§X), a technical
    /// session, or an event (a seminar, workshop or regional encounter).
    MeetingKind, "tipo de reunión" {
        Ordinaria => "ordinaria" / "Ordinaria" / "Ordinary",
        Extraordinaria => "extraordinaria" / "Extraordinaria" / "Extraordinary",
        Comite => "comite" / "Sesión de Comité" / "Committee Session",
        Tecnica => "tecnica" / "Sesión Técnica" / "Technical Session",
        Evento => "evento" / "Evento" / "Event",
    }
);

choice_enum!(
    /// What kind of event an event is.
    EventKind, "tipo de evento" {
        Seminario => "seminario" / "Seminario" / "Seminar",
        Taller => "taller" / "Taller" / "Workshop",
        EncuentroRegional => "encuentro_regional" / "Encuentro Regional" / "Regional Encounter",
        Otro => "otro" / "Evento" / "Event",
    }
);

impl MeetingKind {
    /// The short code of the kind in agreement and minutes numbers ("XV-RO-2026-03").
    pub fn code(self) -> &'static str {
        match self {
            MeetingKind::Ordinaria => "RO",
            MeetingKind::Extraordinaria => "RE",
            MeetingKind::Comite => "SC",
            MeetingKind::Tecnica => "ST",
            MeetingKind::Evento => "EV",
        }
    }

    /// Whether it is a session of the plenary (ordinary or extraordinary).
    pub fn is_plenary(self) -> bool {
        matches!(self, MeetingKind::Ordinaria | MeetingKind::Extraordinaria)
    }

    /// Events keep participants and outcomes, not quorum.
    pub fn has_quorum(self) -> bool {
        self != MeetingKind::Evento
    }
}

/// What a meeting of a kind says about its committee and its event kind: a
/// committee session names its committee, an event is of some kind ("otro" when
/// none is given), and nothing else names either. Returns the event kind to keep.
pub fn check_body(
    kind: MeetingKind,
    committee: Option<i64>,
    event_kind: Option<EventKind>,
) -> Result<Option<EventKind>, MeetingRule> {
    match (kind, committee, event_kind) {
        (MeetingKind::Comite, None, _) => Err(MeetingRule::CommitteeRequired),
        (MeetingKind::Comite, Some(_), None) => Ok(None),
        (MeetingKind::Evento, None, given) => Ok(Some(given.unwrap_or(EventKind::Otro))),
        (_, Some(_), _) => Err(MeetingRule::CommitteeOnlyForCommitteeSessions),
        (_, None, Some(_)) => Err(MeetingRule::EventKindOnlyForEvents),
        (_, None, None) => Ok(None),
    }
}

choice_enum!(
    Modality, "modalidad" {
        Presencial => "presencial" / "presencial" / "in person",
        Virtual => "virtual" / "virtual" / "virtual",
        Hibrida => "hibrida" / "híbrida" / "hybrid",
    }
);

choice_enum!(
    /// borrador → convocada → en curso → cerrada.
    MeetingStatus, "estado de la reunión" {
        Borrador => "borrador" / "borrador" / "draft",
        Convocada => "convocada" / "convocada" / "convened",
        EnCurso => "en_curso" / "en curso" / "in session",
        Cerrada => "cerrada" / "cerrada" / "closed",
    }
);

choice_enum!(
    AgendaItemKind, "tipo de punto" {
        Quorum => "quorum" / "Verificación del quórum" / "Verification of quorum",
        AgendaApproval => "agenda_approval" / "Aprobación de la agenda" / "Approval of the agenda",
        PreviousMinutes => "previous_minutes" / "Lectura y aprobación del acta anterior" / "Reading and approval of the previous minutes",
        PresidencyReport => "presidency_report" / "Informe de la Presidencia sobre representaciones" / "Report of the Presidency on representations",
        CountryReport => "country_report" / "Informe de país" / "Country report",
        FollowUp => "follow_up" / "Seguimiento de acuerdos" / "Follow-up of agreements",
        Discussion => "discussion" / "Punto para discusión y decisión" / "Item for discussion and decision",
        OtherBusiness => "other_business" / "Asuntos varios" / "Any other business",
        Closing => "closing" / "Cierre" / "Closing",
    }
);

choice_enum!(
    AttendanceStatus, "asistencia" {
        Presente => "presente" / "presente" / "present",
        Ausente => "ausente" / "ausente" / "absent",
        Excusado => "excusado" / "excusado" / "excused",
    }
);

choice_enum!(
    /// The role a person holds in one meeting.
    MeetingRole, "rol en la reunión" {
        Titular => "titular" / "titular" / "principal",
        Suplente => "suplente" / "suplente" / "alternate",
        Observador => "observador" / "observador" / "observer",
        Invitado => "invitado" / "invitado" / "guest",
    }
);

choice_enum!(
    ParticipationMode, "forma de participación" {
        Presencial => "presencial" / "presencial" / "in person",
        Remota => "remota" / "remota" / "remote",
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

/// "XV Reunión Ordinaria" / "XV Ordinary Meeting"; "II Sesión de Comité" /
/// "II Committee Session" for the other kinds.
pub fn meeting_title(kind: MeetingKind, number: u32, lang: Language) -> String {
    match (lang, kind.is_plenary()) {
        (Language::Es, true) => format!("{} Reunión {}", roman(number), kind.spanish()),
        (Language::En, true) => format!("{} {} Meeting", roman(number), kind.english()),
        (_, false) => format!("{} {}", roman(number), kind.label(lang)),
    }
}

/// The full title of any meeting: a committee session names its committee
/// ("II Sesión del Comité Petit Comité" reads badly, so "II Sesión — Petit Comité"),
/// an event its kind ("I Seminario").
pub fn session_title(
    kind: MeetingKind,
    number: u32,
    committee: Option<&str>,
    event_kind: Option<EventKind>,
    lang: Language,
) -> String {
    match (kind, committee, event_kind) {
        (MeetingKind::Comite, Some(name), _) => {
            format!("{} {} — {name}", roman(number), lang.pick("Sesión", "Session"))
        }
        (MeetingKind::Evento, _, Some(event)) => format!("{} {}", roman(number), event.label(lang)),
        _ => meeting_title(kind, number, lang),
    }
}

impl ParticipationMode {
    /// How a person marked present takes part when nobody says otherwise: remotely
    /// in a virtual meeting, in the room otherwise (a hybrid meeting's remote
    /// delegates are marked so explicitly).
    pub fn default_for(modality: Modality) -> Self {
        match modality {
            Modality::Virtual => ParticipationMode::Remota,
            Modality::Presencial | Modality::Hibrida => ParticipationMode::Presencial,
        }
    }
}

impl MeetingStatus {
    /// What moving to this status at `at` records beside the status itself.
    pub fn effects(self, at: NaiveDateTime) -> StatusEffects {
        match self {
            MeetingStatus::Convocada => StatusEffects { notice_date: Some(at.date()), closed_at: None },
            MeetingStatus::Cerrada => StatusEffects { notice_date: None, closed_at: Some(at) },
            MeetingStatus::Borrador | MeetingStatus::EnCurso => StatusEffects::default(),
        }
    }
}

/// Convening issues the notice that day; closing records the time, and whoever is
/// still in the room leaves at the close.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct StatusEffects {
    pub notice_date: Option<NaiveDate>,
    pub closed_at: Option<NaiveDateTime>,
}

/// Where a meeting takes place, checked as one: a city for meetings in a room, an
/// http(s) link for meetings on line; a hybrid meeting has both.
pub fn check_place(modality: Modality, city: &str, link: &str) -> Result<(), MeetingRule> {
    let in_room = modality != Modality::Virtual;
    let on_line = modality != Modality::Presencial;
    if in_room && city.trim().is_empty() {
        return Err(MeetingRule::CityRequired { modality });
    }
    if on_line && link.trim().is_empty() {
        return Err(MeetingRule::LinkRequired { modality });
    }
    let link = link.trim();
    let web = link.starts_with("https://") || link.starts_with("http://");
    if !link.is_empty() && (!web || link.contains(char::is_whitespace)) {
        return Err(MeetingRule::LinkNotWeb { link: link.to_string() });
    }
    Ok(())
}

/// The moments of an agenda, (start, end) per item: each item starts when the one
/// before it ends. Times wrap past midnight rather than fail: the schedule is
/// indicative.
pub fn schedule(start: NaiveTime, minutes: &[u32]) -> Vec<(NaiveTime, NaiveTime)> {
    let mut at = start;
    minutes
        .iter()
        .map(|m| {
            let starts = at;
            at = at.overflowing_add_signed(chrono::Duration::minutes(i64::from(*m))).0;
            (starts, at)
        })
        .collect()
}

/// A meeting's own rules, as a refusal the Secretariat reads.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "params", rename_all = "snake_case")]
pub enum MeetingRule {
    CityRequired { modality: Modality },
    LinkRequired { modality: Modality },
    LinkNotWeb { link: String },
    EndsBeforeStart { starts_on: NaiveDate, ends_on: NaiveDate },
    NumberZero,
    NumberTaken { title: Text },
    AlreadyClosed { title: Text },
    CommitteeRequired,
    CommitteeOnlyForCommitteeSessions,
    EventKindOnlyForEvents,
}

impl crate::Localized for MeetingRule {
    fn localized(&self, lang: Language) -> String {
        use MeetingRule::*;
        match (self, lang) {
            (CityRequired { modality }, Language::Es) => {
                format!("falta la ciudad: una reunión {} se celebra en un lugar", modality.spanish())
            }
            (CityRequired { modality }, Language::En) => {
                format!("the city is missing: a meeting {} takes place somewhere", modality.english())
            }
            (LinkRequired { modality }, Language::Es) => {
                format!("falta el enlace: una reunión {} necesita el enlace de conexión", modality.spanish())
            }
            (LinkRequired { modality }, Language::En) => {
                format!("the link is missing: a {} meeting needs the link to connect", modality.english())
            }
            (LinkNotWeb { link }, Language::Es) => {
                format!("«{link}» no es un enlace web: debe empezar por https:// (o http://) y no tener espacios")
            }
            (LinkNotWeb { link }, Language::En) => {
                format!("«{link}» is not a web link: it must start with https:// (or http://) and have no spaces")
            }
            (EndsBeforeStart { .. }, Language::Es) => {
                "la reunión debe terminar el mismo día o después de empezar".into()
            }
            (EndsBeforeStart { .. }, Language::En) => "the meeting must end on the day it starts or later".into(),
            (NumberZero, Language::Es) => "el número de la reunión debe ser 1 o más".into(),
            (NumberZero, Language::En) => "the meeting's number must be 1 or more".into(),
            (NumberTaken { title }, Language::Es) => format!("ya existe la {}", title.es),
            (NumberTaken { title }, Language::En) => format!("the {} already exists", title.en),
            (AlreadyClosed { title }, Language::Es) => format!("la {} ya está cerrada", title.es),
            (AlreadyClosed { title }, Language::En) => format!("the {} is already closed", title.en),
            (CommitteeRequired, Language::Es) => "una sesión de comité debe indicar su comité".into(),
            (CommitteeRequired, Language::En) => "a committee session must name its committee".into(),
            (CommitteeOnlyForCommitteeSessions, Language::Es) => {
                "solo una sesión de comité pertenece a un comité: use el tipo «comite»".into()
            }
            (CommitteeOnlyForCommitteeSessions, Language::En) => {
                "only a committee session belongs to a committee: use the kind «comite»".into()
            }
            (EventKindOnlyForEvents, Language::Es) => "solo un evento tiene tipo de evento".into(),
            (EventKindOnlyForEvents, Language::En) => "only an event has an event kind".into(),
        }
    }
}

/// One item of the standard agenda; country reports expand to one per member state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateItem {
    pub kind: AgendaItemKind,
    pub title: String,
    /// Who presents it: the Presidency, the Secretariat, or the reporting state.
    pub presenter: String,
    /// The state whose report this is, for country reports.
    pub country: Option<String>,
    pub minutes: u32,
}

/// The standard agenda (DOMAIN.md): quorum, agenda, previous minutes, Presidency
/// report, one country report per member state on the meeting's date, follow-up
/// of agreements, any other business, closing. `states` are (code, name) pairs.
/// The agenda is the meeting's own record, written in the working language.
pub fn standard_agenda(states: &[(String, String)]) -> Vec<TemplateItem> {
    let fixed = |kind: AgendaItemKind, presenter: Option<Office>, minutes| TemplateItem {
        kind,
        title: kind.spanish().into(),
        presenter: presenter.map(Office::spanish).unwrap_or_default().into(),
        country: None,
        minutes,
    };
    let presidency = Some(Office::Presidencia);
    let mut items = vec![
        fixed(AgendaItemKind::Quorum, presidency, 10),
        fixed(AgendaItemKind::AgendaApproval, None, 10),
        fixed(AgendaItemKind::PreviousMinutes, presidency, 20),
        fixed(AgendaItemKind::PresidencyReport, presidency, 20),
    ];
    items.extend(states.iter().map(|(code, name)| TemplateItem {
        kind: AgendaItemKind::CountryReport,
        title: AgendaItemKind::CountryReport.titled(name, Language::Es),
        presenter: name.clone(),
        country: Some(code.clone()),
        minutes: 15,
    }));
    items.extend([
        fixed(AgendaItemKind::FollowUp, Some(Office::SecretariaTecnica), 30),
        fixed(AgendaItemKind::OtherBusiness, None, 15),
        fixed(AgendaItemKind::Closing, None, 5),
    ]);
    items
}

impl AgendaItemKind {
    /// "Informe de país: Panamá": the kind's words, then what the item is about
    /// (as the standard agenda titles a country report).
    pub fn titled(self, about: &str, lang: Language) -> String {
        format!("{}: {about}", self.label(lang))
    }

    /// An item's title as `lang` reads it. The standard agenda titles each item
    /// with its kind's Spanish words ("Cierre", "Informe de país: Panamá"), the
    /// record's working language; a title still so reads in `lang`, while a title
    /// the Secretariat typed stays as typed.
    pub fn title_in(self, title: &str, lang: Language) -> String {
        if title == self.spanish() {
            return self.label(lang).into();
        }
        let about = title.strip_prefix(self.spanish()).and_then(|rest| rest.strip_prefix(": "));
        match about {
            Some(about) if self == AgendaItemKind::CountryReport => self.titled(about, lang),
            _ => title.into(),
        }
    }

    /// As [`AgendaItemKind::title_in`], for a title whose kind is not kept (the
    /// items of a minutes record): a title that is some kind's default reads as it.
    pub fn any_title_in(title: &str, lang: Language) -> String {
        Self::ALL
            .iter()
            .map(|kind| kind.title_in(title, lang))
            .find(|shown| shown != title)
            .unwrap_or_else(|| title.into())
    }
}

/// Who presents an item or answers for an agreement, as `lang` reads it where
/// only the name is kept (an agenda item's presenter, a minutes record): an
/// office's Spanish name ("Presidencia", "Secretaría Técnica", as the standard
/// agenda writes it) reads as the office's name in `lang`; a state, a committee
/// or a person stays as written.
pub fn party_in(name: &str, lang: Language) -> String {
    Office::ALL
        .into_iter()
        .find(|office| office.spanish() == name)
        .map_or_else(|| name.into(), |office| office.label(lang).into())
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
        return Err(DomainError::AlreadyPresent { since: open.arrived.time() });
    }
    if stays.iter().any(|s| s.contains(at)) {
        return Err(DomainError::PresentThen { at: at.time() });
    }
    Ok(())
}

/// Checks that a departure at `at` closes the open stay.
pub fn check_departure(stays: &[Stay], at: NaiveDateTime) -> Result<(), DomainError> {
    let open = stays.iter().find(|s| s.left.is_none()).ok_or(DomainError::NotPresent)?;
    if at <= open.arrived {
        return Err(DomainError::LeavesBeforeArriving { arrived: open.arrived.time() });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hm(text: &str) -> NaiveTime {
        NaiveTime::parse_from_str(text, "%H:%M").unwrap()
    }

    #[test]
    fn each_item_starts_when_the_ones_before_it_end() {
        let times = schedule(hm("09:00"), &[10, 20, 45]);
        assert_eq!(times, [(hm("09:00"), hm("09:10")), (hm("09:10"), hm("09:30")), (hm("09:30"), hm("10:15"))]);
        assert_eq!(schedule(hm("23:50"), &[20]), [(hm("23:50"), hm("00:10"))], "an indicative schedule wraps");
    }

    #[test]
    fn the_place_of_a_meeting_is_checked_by_its_modality() {
        use Modality::*;
        let cases = [
            (Presencial, "San José", "", true),
            (Presencial, "", "", false),
            (Virtual, "", "https://meet.example/x", true),
            (Virtual, "", "", false),
            (Virtual, "", "meet.example/x", false),
            (Virtual, "", "https://meet example", false),
            (Hibrida, "Panamá", "https://meet.example/x", true),
            (Hibrida, "Panamá", "", false),
            (Hibrida, "", "https://meet.example/x", false),
            (Presencial, "San José", "ftp://x", false),
        ];
        for (modality, city, link, ok) in cases {
            assert_eq!(check_place(modality, city, link).is_ok(), ok, "{modality:?} «{city}» «{link}»");
        }
    }

    #[test]
    fn a_virtual_meeting_marks_presence_as_remote() {
        assert_eq!(ParticipationMode::default_for(Modality::Virtual), ParticipationMode::Remota);
        assert_eq!(ParticipationMode::default_for(Modality::Hibrida), ParticipationMode::Presencial);
    }

    #[test]
    fn convening_issues_the_notice_and_closing_records_the_time() {
        let at = NaiveDate::from_ymd_opt(2026, 12, 10).unwrap().and_hms_opt(17, 30, 0).unwrap();
        assert_eq!(MeetingStatus::Convocada.effects(at).notice_date, Some(at.date()));
        assert_eq!(MeetingStatus::Cerrada.effects(at).closed_at, Some(at));
        assert_eq!(MeetingStatus::EnCurso.effects(at), StatusEffects::default());
    }

    fn t(hm: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(&format!("2026-11-28 {hm}"), "%Y-%m-%d %H:%M").unwrap()
    }

    #[test]
    fn a_committee_session_names_its_committee_and_only_an_event_has_an_event_kind() {
        use MeetingKind::*;
        let cases = [
            (Comite, Some(1), None, Ok(None)),
            (Comite, None, None, Err(MeetingRule::CommitteeRequired)),
            (Evento, None, None, Ok(Some(EventKind::Otro))),
            (Evento, None, Some(EventKind::Taller), Ok(Some(EventKind::Taller))),
            (Evento, Some(1), None, Err(MeetingRule::CommitteeOnlyForCommitteeSessions)),
            (Ordinaria, Some(1), None, Err(MeetingRule::CommitteeOnlyForCommitteeSessions)),
            (Tecnica, None, Some(EventKind::Seminario), Err(MeetingRule::EventKindOnlyForEvents)),
            (Extraordinaria, None, None, Ok(None)),
        ];
        for (kind, committee, event, expected) in cases {
            assert_eq!(check_body(kind, committee, event), expected, "{kind:?} {committee:?} {event:?}");
        }
    }

    #[test]
    fn sessions_other_than_the_plenarys_are_titled_by_their_body() {
        let es = Language::Es;
        assert_eq!(session_title(MeetingKind::Comite, 2, Some("Petit Comité"), None, es), "II Sesión — Petit Comité");
        assert_eq!(session_title(MeetingKind::Tecnica, 3, None, None, Language::En), "III Technical Session");
        assert_eq!(
            session_title(MeetingKind::Evento, 1, None, Some(EventKind::EncuentroRegional), es),
            "I Encuentro Regional"
        );
        assert_eq!(session_title(MeetingKind::Ordinaria, 15, None, None, es), "XV Reunión Ordinaria");
    }

    #[test]
    fn meetings_are_numbered_in_roman_numerals() {
        assert_eq!(meeting_title(MeetingKind::Ordinaria, 15, Language::Es), "XV Reunión Ordinaria");
        assert_eq!(meeting_title(MeetingKind::Extraordinaria, 4, Language::Es), "IV Reunión Extraordinaria");
        assert_eq!(meeting_title(MeetingKind::Ordinaria, 15, Language::En), "XV Ordinary Meeting");
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
    fn a_default_title_reads_in_the_language_asked_and_a_typed_one_as_typed() {
        use AgendaItemKind::*;
        let en = Language::En;
        let cases = [
            (Quorum, "Verificación del quórum", "Verification of quorum"),
            (FollowUp, "Seguimiento de acuerdos", "Follow-up of agreements"),
            (Closing, "Cierre", "Closing"),
            (CountryReport, "Informe de país: Panamá", "Country report: Panamá"),
            (CountryReport, "Informe de país", "Country report"),
            (Closing, "Clausura de la sesión", "Clausura de la sesión"),
            (Discussion, "Protocolo regional de repatriación", "Protocolo regional de repatriación"),
            (Discussion, "Seguimiento de acuerdos", "Seguimiento de acuerdos"),
            (Quorum, "Verificación del quórum: segunda", "Verificación del quórum: segunda"),
        ];
        for (kind, title, english) in cases {
            assert_eq!(kind.title_in(title, en), english, "{kind:?} «{title}»");
            assert_eq!(kind.title_in(title, Language::Es), title, "Spanish reads as stored");
        }
        assert_eq!(AgendaItemKind::any_title_in("Seguimiento de acuerdos", en), "Follow-up of agreements");
        assert_eq!(AgendaItemKind::any_title_in("Informe de país: Belice", en), "Country report: Belice");
        assert_eq!(AgendaItemKind::any_title_in("Presupuesto 2027", en), "Presupuesto 2027");
        assert_eq!(party_in("Secretaría Técnica", en), "Technical Secretariat");
        assert_eq!(party_in("Presidencia", en), "Presidency");
        assert_eq!(party_in("Panamá", en), "Panamá");
    }

    #[test]
    fn every_standard_title_reads_in_english() {
        let states = [("BZ".to_string(), "Belice".to_string())];
        for item in standard_agenda(&states) {
            let english = item.kind.title_in(&item.title, Language::En);
            assert_ne!(english, item.title, "{:?}", item.kind);
            assert!(english.starts_with(item.kind.english()), "{english}");
        }
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
