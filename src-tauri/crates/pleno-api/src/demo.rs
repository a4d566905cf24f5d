//! Demo data: fictional delegations for the nine member states, observer
//! organisations with fictional representatives, offices and committees, so a new
//! user sees Pleno as it looks in use. No real person's contact data: names are
//! invented, e-mails use the reserved `.example` domain, phone numbers are fictitious.

use chrono::{NaiveDate, NaiveDateTime};
use pleno_domain::agreement::{AgreementStatus, LinkTarget};
use pleno_domain::country::Crime;
use pleno_domain::decision::{Base, DecisionMethod, PositionKind, Tally, Threshold, VoteChoice};
use pleno_domain::directory::{Contact, ContactKind, SeatRole};
use pleno_domain::directory_model::{Office, OrganisationKind, PersonDraft};
use pleno_domain::meeting::{
    AgendaItemKind, AttendanceStatus, MeetingKind, MeetingRole, MeetingStatus, Modality, ParticipationMode,
};
use pleno_domain::meeting_model::QuorumReason;
use serde::Serialize;
use ts_rs::TS;

use crate::agreements::{AgreementDraft, FollowUpDraft};
use crate::decisions::DecisionDraft;
use crate::directory::{OrganisationDraft, SeatAssignment};
use crate::meetings::{AgendaItemDraft, MeetingDetail, MeetingDraft};
use crate::{Api, Result};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct DemoReport {
    /// False when the database already had people: demo data never mixes with real data.
    pub loaded: bool,
    pub persons: u32,
    pub seats: u32,
    pub organisations: u32,
    pub meetings: u32,
    pub agreements: u32,
}

struct Delegate {
    honorific: &'static str,
    name: &'static str,
    position: &'static str,
    /// False leaves the seat vacant, as happens between appointments.
    present: bool,
}

const fn d(honorific: &'static str, name: &'static str, position: &'static str) -> Delegate {
    Delegate { honorific, name, position, present: true }
}

const VACANT: Delegate = Delegate { honorific: "", name: "", position: "", present: false };

/// Per state: phone prefix, e-mail domain, institution, and the four seats in the
/// order TdP titular, TdP suplente, TIM titular, TIM suplente.
const DELEGATIONS: [(&str, &str, &str, &str, [Delegate; 4]); 9] = [
    (
        "BZ",
        "+501",
        "antitrafficking.example",
        "Ministry of Home Affairs",
        [
            d("Ms.", "Sharon Tillett", "Chief Executive Officer"),
            d("Mr.", "Marcus Flowers", "Anti-Trafficking Coordinator"),
            d("Ms.", "Delia Arnold", "Director of Immigration"),
            d("Mr.", "Kevin Gillett", "Senior Immigration Officer"),
        ],
    ),
    (
        "CR",
        "+506",
        "conatt.example",
        "Dirección General de Migración y Extranjería",
        [
            d("Licda.", "Ana Lucía Vargas Solís", "Secretaria Técnica de la CONATT"),
            d("Lic.", "José Pablo Jiménez Mora", "Coordinador de la Unidad de Trata"),
            d("Dra.", "María Fernanda Rojas Quesada", "Jefa de la Policía Profesional de Migración"),
            d("Lic.", "Luis Diego Chaves Arias", "Asesor legal"),
        ],
    ),
    (
        "SV",
        "+503",
        "cnctp.example",
        "Ministerio de Justicia y Seguridad Pública",
        [
            d("Licda.", "Claudia Marisol Hernández", "Directora Ejecutiva del CNCTP"),
            d("Lic.", "Óscar Armando Menjívar", "Coordinador de Protección a Víctimas"),
            d("Licda.", "Rosa Elena Portillo", "Jefa de la Unidad contra el Tráfico de Personas"),
            VACANT,
        ],
    ),
    (
        "GT",
        "+502",
        "svet.example",
        "Secretaría contra la Violencia Sexual, Explotación y Trata de Personas",
        [
            d("Licda.", "Ingrid Patricia Pérez Juárez", "Secretaria Ejecutiva"),
            d("Lic.", "Carlos Enrique Samayoa", "Director contra la Trata de Personas"),
            d("Licda.", "Lucía Beatriz Ordóñez", "Subdirectora de Migración"),
            d("Lic.", "Julio César Monzón", "Fiscal de Sección"),
        ],
    ),
    (
        "HN",
        "+504",
        "cicesct.example",
        "Comisión Interinstitucional contra la ESC y la Trata",
        [
            d("Abog.", "Karla Yesenia Zelaya", "Secretaria Ejecutiva de la CICESCT"),
            d("Lic.", "Héctor Manuel Reyes", "Coordinador del Equipo de Respuesta Inmediata"),
            d("Abog.", "Gabriela Núñez Castillo", "Directora de Asuntos Migratorios"),
            d("Lic.", "Mario Roberto Funes", "Analista de políticas"),
        ],
    ),
    (
        "MX",
        "+52",
        "segob.example",
        "Secretaría de Gobernación",
        [
            d("Mtra.", "Adriana Sofía Treviño", "Titular de la Unidad de Política Migratoria"),
            d("Mtro.", "Jorge Luis Ávila Ramírez", "Director General Adjunto"),
            d("Mtra.", "Mónica Ibáñez Lozano", "Directora de Protección al Migrante"),
            d("Lic.", "Raúl Peña Gutiérrez", "Subdirector de Cooperación"),
        ],
    ),
    (
        "NI",
        "+505",
        "coalicion-ni.example",
        "Ministerio de Gobernación",
        [
            d("Licda.", "Martha Lorena Úbeda", "Secretaria Ejecutiva de la Coalición Nacional"),
            d("Lic.", "Francisco Javier Téllez", "Oficial de enlace"),
            d("Licda.", "Indiana Gutiérrez Báez", "Directora de Migración"),
            VACANT,
        ],
    ),
    (
        "PA",
        "+507",
        "cnctp-pa.example",
        "Ministerio de Seguridad Pública",
        [
            d("Licda.", "Itzel Marisel Batista", "Secretaria Técnica de la Comisión Nacional"),
            d("Lic.", "Ricardo Alberto Him", "Jefe de Asesoría Legal"),
            d("Licda.", "Yariela González de León", "Subdirectora del Servicio Nacional de Migración"),
            d("Lic.", "Abdiel Sánchez Pitty", "Inspector"),
        ],
    ),
    (
        "DO",
        "+1 809",
        "cipstt.example",
        "Ministerio de Relaciones Exteriores",
        [
            d("Licda.", "Yokasta Altagracia Peña", "Coordinadora de la Comisión Nacional"),
            d("Lic.", "Ramón Antonio Guzmán", "Encargado de Asuntos Consulares"),
            d("Licda.", "Wanda Ivelisse Tejeda", "Directora de Migración"),
            d("Lic.", "Félix Manuel Almonte", "Procurador adjunto"),
        ],
    ),
];

const SEATS: [(Crime, SeatRole); 4] = [
    (Crime::Tdp, SeatRole::Titular),
    (Crime::Tdp, SeatRole::Suplente),
    (Crime::Tim, SeatRole::Titular),
    (Crime::Tim, SeatRole::Suplente),
];

fn date(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid demo date")
}

/// The day the demo's delegates and representatives took up their posts.
fn delegates_since() -> NaiveDate {
    date(2024, 3, 1)
}

fn at(day: NaiveDate, h: u32, m: u32) -> NaiveDateTime {
    day.and_hms_opt(h, m, 0).expect("valid demo time")
}

/// A demo meeting as the steps of `load_demo_meetings` pass it on: its id, its day,
/// its agenda, and the agreements it adopted so far.
struct DemoMeeting {
    id: i64,
    day: NaiveDate,
    detail: MeetingDetail,
    agreements: Vec<i64>,
}

impl DemoMeeting {
    /// The id of a standard agenda item, by its title.
    fn item(&self, title: &str) -> i64 {
        self.detail.agenda.iter().find(|i| i.title == title).map(|i| i.id).expect("standard item")
    }
}

/// An ordinary meeting of the demo, hosted by the state it meets in.
pub(crate) fn demo_meeting(number: u32, day: NaiveDate, city: &str, country: &str, modality: Modality) -> MeetingDraft {
    MeetingDraft {
        committee: None,
        event_kind: None,
        kind: MeetingKind::Ordinaria,
        number: Some(number),
        starts_on: day,
        ends_on: None,
        start_time: chrono::NaiveTime::from_hms_opt(9, 0, 0),
        city: city.into(),
        country: Some(country.into()),
        host: Some(country.into()),
        modality,
        link: if modality == Modality::Presencial {
            String::new()
        } else {
            "https://videoconferencia.example/coalicion".into()
        },
    }
}

/// "Ana Lucía Vargas Solís" → "ana.vargas" (first given name and first surname),
/// without accents, for fictional e-mail addresses.
fn mailbox(name: &str) -> String {
    let words: Vec<String> = pleno_domain::directory::fold(name).split_whitespace().map(String::from).collect();
    let surname = if words.len() >= 4 { &words[2] } else { words.last().expect("a name") };
    format!("{}.{}", words[0], surname)
}

fn contacts(name: &str, domain: &str, prefix: &str, n: usize) -> Vec<Contact> {
    let email = |v: String| Contact { kind: ContactKind::Email, value: v, label: "oficina".into(), preferred: true };
    vec![
        email(format!("{}@{}", mailbox(name), domain)),
        Contact {
            kind: ContactKind::Phone,
            value: format!("{prefix} 5550 {:04}", 1000 + n * 7),
            label: "oficina".into(),
            preferred: true,
        },
    ]
}

impl Api {
    /// Loads the demo archive (directory, meetings, decisions, agreements) into a
    /// database that has no people yet.
    pub fn load_demo(&mut self) -> Result<DemoReport> {
        let mut report = self.load_demo_directory()?;
        if report.loaded {
            self.load_demo_meetings(&mut report)?;
        }
        if report.loaded {
            self.load_demo_monitoring()?;
            self.load_demo_accountability(&mut report)?;
        }
        Ok(report)
    }

    /// Only the demo directory: delegations, observers, offices and committees.
    pub fn load_demo_directory(&mut self) -> Result<DemoReport> {
        let mut report =
            DemoReport { loaded: false, persons: 0, seats: 0, organisations: 0, meetings: 0, agreements: 0 };
        if !self.people(None)?.is_empty() {
            return Ok(report);
        }
        report.loaded = true;
        self.demo_delegations(&mut report)?;
        self.demo_former_titular(&mut report)?;
        self.demo_observers(&mut report)?;
        self.demo_offices()?;
        self.demo_committees()?;
        Ok(report)
    }

    /// The delegates of the nine states, in their seats since March 2024.
    fn demo_delegations(&mut self, report: &mut DemoReport) -> Result<()> {
        let mut n = 0;
        for (code, prefix, domain, institution, delegates) in &DELEGATIONS {
            for (delegate, (mandate, role)) in delegates.iter().zip(SEATS) {
                if !delegate.present {
                    continue;
                }
                n += 1;
                let languages =
                    if *code == "BZ" { vec!["inglés".into(), "español".into()] } else { vec!["español".into()] };
                let person = self.add_person(&PersonDraft {
                    name: delegate.name.into(),
                    honorific: delegate.honorific.into(),
                    position: delegate.position.into(),
                    institution: (*institution).into(),
                    languages,
                    notes: String::new(),
                    contacts: contacts(delegate.name, domain, prefix, n),
                })?;
                report.persons += 1;
                self.assign_seat(&SeatAssignment {
                    person_id: person.id,
                    country: (*code).into(),
                    mandate,
                    role,
                    starts_on: delegates_since(),
                    ends_on: None,
                })?;
                report.seats += 1;
            }
        }
        Ok(())
    }

    /// History: Costa Rica's TdP titular before the current one.
    fn demo_former_titular(&mut self, report: &mut DemoReport) -> Result<()> {
        let former = self.add_person(&PersonDraft {
            name: "Rodrigo Alvarado Ureña".into(),
            honorific: "Lic.".into(),
            position: "Ex secretario técnico de la CONATT".into(),
            institution: "Dirección General de Migración y Extranjería".into(),
            languages: vec!["español".into()],
            notes: "Titular de Costa Rica hasta febrero de 2024.".into(),
            contacts: contacts("Rodrigo Alvarado Ureña", "conatt.example", "+506", 99),
        })?;
        report.persons += 1;
        self.assign_seat(&SeatAssignment {
            person_id: former.id,
            country: "CR".into(),
            mandate: Crime::Tdp,
            role: SeatRole::Titular,
            starts_on: date(2021, 3, 1),
            ends_on: Some(delegates_since()),
        })?;
        report.seats += 1;
        Ok(())
    }

    /// Four observer organisations, each with one representative.
    fn demo_observers(&mut self, report: &mut DemoReport) -> Result<()> {
        let organisations = [
            (
                "Organización Internacional para las Migraciones",
                "OIM",
                OrganisationKind::International,
                "Oficial de Protección",
                "Licda.",
                "Daniela Cordero Méndez",
            ),
            (
                "Oficina de las Naciones Unidas contra la Droga y el Delito",
                "UNODC",
                OrganisationKind::International,
                "Oficial de Programa",
                "Lic.",
                "Esteban Lacayo Ruiz",
            ),
            (
                "Save the Children",
                "",
                OrganisationKind::CivilSociety,
                "Asesora regional de protección",
                "Licda.",
                "Verónica Aguilar Pinto",
            ),
            (
                "ECPAT International",
                "ECPAT",
                OrganisationKind::CivilSociety,
                "Coordinadora para América Latina",
                "Licda.",
                "Natalia Ibarra Solano",
            ),
        ];
        // Contact numbers continue after the delegates' (the former titular has its own).
        let mut n = DELEGATIONS.iter().flat_map(|(.., seats)| seats).filter(|d| d.present).count();
        for (name, acronym, kind, position, honorific, representative) in organisations {
            let organisation = self.add_organisation(&OrganisationDraft {
                name: name.into(),
                acronym: acronym.into(),
                kind,
                starts_on: Some(date(2011, 9, 16)),
            })?;
            report.organisations += 1;
            n += 1;
            let person = self.add_person(&PersonDraft {
                name: representative.into(),
                honorific: honorific.into(),
                position: position.into(),
                institution: name.into(),
                languages: vec!["español".into(), "inglés".into()],
                notes: String::new(),
                contacts: contacts(representative, "observador.example", "+506", n),
            })?;
            report.persons += 1;
            self.add_representative(person.id, organisation.id, delegates_since(), None)?;
        }
        Ok(())
    }

    /// Offices from 2025 on; the founding ones of 2011–2013 come with the reference
    /// data, and none of these overlaps them.
    fn demo_offices(&mut self) -> Result<()> {
        self.assign_office(Office::Presidencia, "GT", date(2025, 1, 1), Some(date(2026, 1, 1)))?;
        self.assign_office(Office::Presidencia, "PA", date(2026, 1, 1), Some(date(2027, 1, 1)))?;
        self.assign_office(Office::SecretariaTecnica, "CR", date(2025, 1, 1), Some(date(2027, 1, 1)))?;
        self.assign_office(Office::Vocal, "HN", date(2026, 1, 1), Some(date(2027, 1, 1)))?;
        Ok(())
    }

    /// The two working committees the demo agreements name ("comite:1", "comite:2").
    fn demo_committees(&mut self) -> Result<()> {
        let petit = self.add_committee(
            "Petit Comité",
            "Elaborar la línea base de las estrategias regionales de prevención (POA, actividades 1.1.2 y 1.2.2).",
            date(2025, 3, 1),
            None,
        )?;
        for code in ["GT", "MX", "PA"] {
            self.add_committee_member(petit.id, Some(code), None, date(2025, 3, 1), None)?;
        }
        let communication = self.add_committee(
            "Comité de Estrategia de Comunicación",
            "Elaborar la Estrategia Institucional de Comunicación (POA, actividad 4.1.2.1).",
            date(2025, 6, 1),
            None,
        )?;
        for code in ["CR", "SV", "DO"] {
            self.add_committee_member(communication.id, Some(code), None, date(2025, 6, 1), None)?;
        }
        Ok(())
    }

    /// Two past meetings with attendance, decisions and agreements (some fulfilled,
    /// one overdue), and an upcoming one with its agenda.
    fn load_demo_meetings(&mut self, totals: &mut DemoReport) -> Result<()> {
        let xiii = self.demo_meeting_xiii()?;
        let xiv = self.demo_meeting_xiv_opens()?;
        self.demo_minutes_xiii_approved_at(&xiii, &xiv)?;
        self.demo_follow_ups_at(&xiii, &xiv)?;
        self.demo_agreements_of_xiv(&xiv)?;
        self.demo_meeting_xiv_closes(&xiv)?;
        totals.meetings += 2;
        totals.agreements += 5;
        self.demo_meeting_xv()?;
        totals.meetings += 1;
        Ok(())
    }

    /// XIII: Guatemala, November 2025 — held, closed, with three agreements.
    fn demo_meeting_xiii(&mut self) -> Result<DemoMeeting> {
        let day = date(2025, 11, 20);
        let created = self.create_meeting(&demo_meeting(13, day, "Ciudad de Guatemala", "GT", Modality::Presencial))?;
        let detail = self.insert_standard_agenda(created.meeting.id)?;
        let mut xiii = DemoMeeting { id: detail.meeting.id, day, detail, agreements: Vec::new() };
        self.advance_to(xiii.id, MeetingStatus::Convocada, at(date(2025, 10, 20), 10, 0))?;
        self.roll_call(xiii.id, day, &["BZ", "CR", "SV", "GT", "HN", "PA", "DO"], &["MX"])?;
        self.approve_agenda(xiii.id, at(day, 9, 20), "")?;
        xiii.agreements.push(self.demo_petit_comite_agreement(&xiii)?);
        xiii.agreements.push(self.demo_repatriation_agreement(&xiii)?);
        xiii.agreements.push(self.demo_mapping_agreement(&xiii)?);
        self.check_quorum(xiii.id, at(day, 16, 30), QuorumReason::Solicitud)?;
        self.advance_to(xiii.id, MeetingStatus::Cerrada, at(day, 17, 30))?;
        Ok(xiii)
    }

    /// XIII, agreement 1: by consensus with Panamá's reservation.
    fn demo_petit_comite_agreement(&mut self, xiii: &DemoMeeting) -> Result<i64> {
        let (m13, day13) = (xiii.id, xiii.day);
        let strategy = self.add_decision(m13, &DecisionDraft {
            agenda_item_id: xiii.item("Seguimiento de acuerdos"),
            text: "Aprobar la conformación del Petit Comité para la línea base de las estrategias regionales de prevención.".into(),
            method: DecisionMethod::Consensus,
            threshold: None,
            base: None,
        }, at(day13, 11, 0))?;
        self.consensus_position(
            strategy.id,
            "PA",
            PositionKind::Reservation,
            "Sujeto a la confirmación de su Cancillería.",
        )?;
        let a1 = self.add_agreement(&AgreementDraft {
            meeting_id: m13,
            decision_id: Some(strategy.id),
            text: "Conformar el Petit Comité con Guatemala, México y Panamá para elaborar la línea base de las estrategias regionales de prevención de la trata de personas y del tráfico ilícito de migrantes.".into(),
            responsible: vec!["comite:1".into(), "secretaria-tecnica".into()],
            due_on: Some(date(2026, 3, 31)),
        }, day13)?;
        self.link_agreement(
            a1.id,
            LinkTarget::Indicator,
            "1.1.1",
            "Primer paso hacia la Estrategia Regional de prevención.",
            day13,
        )?;
        self.link_agreement(a1.id, LinkTarget::Activity, "1.1.2", "", day13)?;
        Ok(a1.id)
    }

    /// XIII, agreement 2: by a two-thirds vote of the states present, recounted.
    fn demo_repatriation_agreement(&mut self, xiii: &DemoMeeting) -> Result<i64> {
        let (m13, day13) = (xiii.id, xiii.day);
        let repatriation = self.add_decision(m13, &DecisionDraft {
            agenda_item_id: xiii.item("Seguimiento de acuerdos"),
            text: "Adoptar la hoja de ruta para la aprobación de los protocolos nacionales de repatriación de víctimas.".into(),
            method: DecisionMethod::Vote,
            threshold: Some(Threshold::TwoThirds),
            base: Some(Base::Present),
        }, at(day13, 12, 0))?;
        for (country, choice) in [
            ("BZ", VoteChoice::Yes),
            ("CR", VoteChoice::Yes),
            ("SV", VoteChoice::Yes),
            ("GT", VoteChoice::Yes),
            ("HN", VoteChoice::Yes),
            ("PA", VoteChoice::Abstain),
            ("DO", VoteChoice::Yes),
        ] {
            self.cast_vote(repatriation.id, country, choice)?;
        }
        self.recount(repatriation.id, Tally { yes: 6, no: 0, abstain: 1 }, at(day13, 12, 10))?;
        let a2 = self.add_agreement(&AgreementDraft {
            meeting_id: m13,
            decision_id: Some(repatriation.id),
            text: "Cada mecanismo nacional presentará en la próxima reunión el estado de aprobación de su protocolo nacional de repatriación de víctimas de trata de personas.".into(),
            responsible: ["BZ", "CR", "SV", "GT", "HN", "MX", "NI", "PA", "DO"].map(String::from).to_vec(),
            due_on: Some(date(2026, 6, 10)),
        }, day13)?;
        self.link_agreement(a2.id, LinkTarget::Indicator, "2.2.1", "Protocolos nacionales aprobados.", day13)?;
        self.link_agreement(a2.id, LinkTarget::Activity, "2.1.3.3", "", day13)?;
        Ok(a2.id)
    }

    /// XIII, agreement 3: recorded without a decision of its own.
    fn demo_mapping_agreement(&mut self, xiii: &DemoMeeting) -> Result<i64> {
        let (m13, day13) = (xiii.id, xiii.day);
        let a3 = self.add_agreement(&AgreementDraft {
            meeting_id: m13,
            decision_id: None,
            text: "Solicitar a la Secretaría Técnica el mapeo de actores nacionales, regionales y extrarregionales para nuevas alianzas.".into(),
            responsible: vec!["secretaria-tecnica".into(), "presidencia".into()],
            due_on: Some(date(2026, 5, 31)),
        }, day13)?;
        self.link_agreement(a3.id, LinkTarget::Indicator, "4.1.1", "", day13)?;
        self.link_agreement(a3.id, LinkTarget::Activity, "4.1.1.1", "", day13)?;
        Ok(a3.id)
    }

    /// XIV: San José, June 2026, hybrid — convened, roll call and agenda approved.
    fn demo_meeting_xiv_opens(&mut self) -> Result<DemoMeeting> {
        let day = date(2026, 6, 10);
        let created = self.create_meeting(&demo_meeting(14, day, "San José", "CR", Modality::Hibrida))?;
        let detail = self.insert_standard_agenda(created.meeting.id)?;
        let xiv = DemoMeeting { id: detail.meeting.id, day, detail, agreements: Vec::new() };
        self.advance_to(xiv.id, MeetingStatus::Convocada, at(date(2026, 5, 11), 10, 0))?;
        self.roll_call(xiv.id, day, &["BZ", "CR", "SV", "GT", "HN", "MX", "NI", "PA"], &["DO"])?;
        self.approve_agenda(
            xiv.id,
            at(day, 9, 15),
            "Se incorpora en asuntos varios la propuesta de calendario de reuniones 2027.",
        )?;
        Ok(xiv)
    }

    /// The XIII minutes: narrative, circulated in December, approved at the XIV.
    fn demo_minutes_xiii_approved_at(&mut self, xiii: &DemoMeeting, xiv: &DemoMeeting) -> Result<()> {
        let notes13 = [
            ("Verificación del quórum", "La Presidencia verificó el quórum con siete Estados miembros presentes."),
            ("Informe de la Presidencia sobre representaciones", "La Presidencia informó de su participación en la Conferencia Regional sobre Migración y en el foro regional de fiscales contra la trata de personas."),
            ("Seguimiento de acuerdos", "La Secretaría Técnica presentó el estado de los acuerdos de la XII Reunión Ordinaria. Se destacó:\n- la necesidad de una línea base regional para las estrategias de prevención;\n- el avance desigual de los protocolos nacionales de repatriación."),
        ];
        for (title, text) in notes13 {
            self.set_minutes_note(xiii.id, xiii.item(title), text)?;
        }
        self.circulate_minutes(xiii.id, at(date(2025, 12, 15), 10, 0))?;
        self.approve_minutes(xiii.id, xiv.id, None, at(xiv.day, 9, 40))?;
        Ok(())
    }

    /// The XIII agreements reported on at the XIV: two fulfilled, one under way.
    fn demo_follow_ups_at(&mut self, xiii: &DemoMeeting, xiv: &DemoMeeting) -> Result<()> {
        let reports = [
            (
                "El Petit Comité se instaló el 2 de marzo de 2026 y presentó su plan de trabajo.",
                AgreementStatus::Cumplido,
            ),
            ("Seis mecanismos informaron; Costa Rica y Panamá tienen el protocolo aprobado.", AgreementStatus::EnCurso),
            ("Directorio de actores priorizados entregado a los Estados miembros.", AgreementStatus::Cumplido),
        ];
        for (agreement, (text, status)) in xiii.agreements.iter().zip(reports) {
            let report = FollowUpDraft {
                text: text.into(),
                status: Some(status),
                meeting_id: Some(xiv.id),
                reported_on: xiv.day,
            };
            self.add_follow_up(*agreement, &report, xiv.day)?;
        }
        Ok(())
    }

    /// The XIV's own agreements: one by consensus, one recorded directly.
    fn demo_agreements_of_xiv(&mut self, xiv: &DemoMeeting) -> Result<()> {
        let (m14, day14) = (xiv.id, xiv.day);
        let communication = self.add_decision(m14, &DecisionDraft {
            agenda_item_id: xiv.item("Seguimiento de acuerdos"),
            text: "Encargar al Comité de Estrategia de Comunicación el documento preliminar de la Estrategia Institucional de Comunicación.".into(),
            method: DecisionMethod::Consensus,
            threshold: None,
            base: None,
        }, at(day14, 11, 30))?;
        let a4 = self.add_agreement(&AgreementDraft {
            meeting_id: m14,
            decision_id: Some(communication.id),
            text: "El Comité de Estrategia de Comunicación presentará el documento preliminar de la Estrategia Institucional de Comunicación a más tardar el 30 de septiembre de 2026.".into(),
            responsible: vec!["comite:2".into()],
            due_on: Some(date(2026, 9, 30)),
        }, day14)?;
        self.link_agreement(a4.id, LinkTarget::Indicator, "4.2.1", "Estrategia Institucional de Comunicación.", day14)?;
        self.link_agreement(a4.id, LinkTarget::Activity, "4.1.2.2", "", day14)?;
        let a5 = self.add_agreement(&AgreementDraft {
            meeting_id: m14,
            decision_id: None,
            text: "Celebrar el Encuentro Regional de buenas prácticas en investigación y persecución en el primer semestre de 2027.".into(),
            responsible: vec!["presidencia".into(), "secretaria-tecnica".into()],
            due_on: Some(date(2027, 6, 30)),
        }, day14)?;
        self.link_agreement(a5.id, LinkTarget::Indicator, "3.1.1", "", day14)?;
        self.link_agreement(a5.id, LinkTarget::Activity, "3.1.1.1", "", day14)?;
        Ok(())
    }

    /// The XIV closes; its minutes are noted and circulated, not yet approved.
    fn demo_meeting_xiv_closes(&mut self, xiv: &DemoMeeting) -> Result<()> {
        self.advance_to(xiv.id, MeetingStatus::Cerrada, at(xiv.day, 17, 0))?;
        self.set_minutes_note(
            xiv.id,
            xiv.item("Seguimiento de acuerdos"),
            "La Secretaría Técnica informó del cumplimiento de dos de los tres acuerdos de la XIII Reunión Ordinaria.",
        )?;
        self.circulate_minutes(xiv.id, at(date(2026, 7, 1), 10, 0))?;
        Ok(())
    }

    /// XV: Panamá, December 2026, convened, with its agenda.
    fn demo_meeting_xv(&mut self) -> Result<()> {
        let day15 = date(2026, 12, 10);
        let xv = self.create_meeting(&demo_meeting(15, day15, "Ciudad de Panamá", "PA", Modality::Hibrida))?;
        let m15 = xv.meeting.id;
        self.insert_standard_agenda(m15)?;
        self.add_agenda_item(
            m15,
            &AgendaItemDraft {
                kind: AgendaItemKind::Discussion,
                title: "Presentación de la línea base de las estrategias regionales de prevención".into(),
                presenter: "Petit Comité".into(),
                country: None,
                minutes: 45,
                notes: String::new(),
            },
        )?;
        self.advance_to(m15, MeetingStatus::Convocada, at(date(2026, 11, 10), 10, 0))?;
        Ok(())
    }

    /// Marks the titulares of `present` present from 09:00 (a suplente where the
    /// titular seat is vacant), and the titulares of `excused` excused.
    pub(crate) fn roll_call(&mut self, meeting: i64, day: NaiveDate, present: &[&str], excused: &[&str]) -> Result<()> {
        let register = self.attendance(meeting)?;
        let seat = |country: &str| {
            let of_country = |role| register.iter().find(|a| a.country.as_deref() == Some(country) && a.role == role);
            of_country(MeetingRole::Titular).or_else(|| of_country(MeetingRole::Suplente)).map(|a| a.person_id)
        };
        let nine = day.and_hms_opt(9, 0, 0).expect("valid time");
        for (n, country) in present.iter().enumerate() {
            if let Some(person) = seat(country) {
                let mode = (n % 3 == 2).then_some(ParticipationMode::Remota);
                self.mark_attendance(meeting, person, AttendanceStatus::Presente, nine, mode)?;
            }
        }
        for country in excused {
            if let Some(person) = seat(country) {
                self.mark_attendance(meeting, person, AttendanceStatus::Excusado, nine, None)?;
            }
        }
        if let Some(observer) = register.iter().find(|a| a.role == MeetingRole::Observador) {
            self.mark_attendance(meeting, observer.person_id, AttendanceStatus::Presente, nine, None)?;
        }
        self.check_quorum(meeting, day.and_hms_opt(9, 10, 0).expect("valid time"), QuorumReason::Apertura)?;
        Ok(())
    }

    pub(crate) fn advance_to(&mut self, meeting: i64, status: MeetingStatus, at: chrono::NaiveDateTime) -> Result<()> {
        while self.meeting(meeting)?.meeting.status != status {
            self.advance_meeting(meeting, at)?;
        }
        Ok(())
    }
}
