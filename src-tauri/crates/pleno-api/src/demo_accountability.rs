//! Demo data for the accountability registers, so that every report has
//! content: a session of the Petit Comité with agreements of its own series, a
//! technical session and a regional encounter with its outcomes, the country
//! reports presented at the XIII and XIV meetings, the Presidency's
//! representations (one reported back, two pending), alliances with joint
//! actions, the states' instruments at their stages and good practices
//! replicated. Everything here is invented.

use chrono::{NaiveDate, NaiveDateTime};
use pleno_domain::accountability::{
    AllianceKind, AllianceScope, AllianceSupport, InstrumentKind, Representative, Stage,
};
use pleno_domain::agreement::LinkTarget;
use pleno_domain::meeting::{AttendanceStatus, EventKind, MeetingKind, MeetingStatus, Modality};

use crate::accountability::{AllianceDraft, GoodPracticeDraft, MilestoneDraft, RepresentationDraft};
use crate::agreements::AgreementDraft;
use crate::meetings::MeetingDraft;
use crate::{Api, DemoReport, Result};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a valid demo date")
}

fn moment(date: NaiveDate, hour: u32) -> NaiveDateTime {
    date.and_hms_opt(hour, 0, 0).expect("a valid demo time")
}

fn session(kind: MeetingKind, on: NaiveDate, committee: Option<i64>, event_kind: Option<EventKind>) -> MeetingDraft {
    let in_room = kind == MeetingKind::Evento;
    MeetingDraft {
        kind,
        number: None,
        starts_on: on,
        ends_on: in_room.then(|| on.succ_opt().expect("a valid demo date")),
        start_time: None,
        city: if in_room { "Tegucigalpa".into() } else { String::new() },
        country: in_room.then(|| "HN".into()),
        host: in_room.then(|| "HN".into()),
        modality: if in_room { Modality::Presencial } else { Modality::Virtual },
        link: if in_room { String::new() } else { "https://videoconferencia.example/comites".into() },
        committee,
        event_kind,
    }
}

/// (instrument, state, title, [(stage, date)]) of the demo's milestones.
type Instrument = (InstrumentKind, &'static str, &'static str, &'static [(Stage, (i32, u32, u32))]);

const INSTRUMENTS: [Instrument; 7] = [
    (
        InstrumentKind::Protocolo,
        "GT",
        "Protocolo nacional de repatriación de víctimas",
        &[(Stage::Elaborado, (2025, 3, 14)), (Stage::Aprobado, (2025, 9, 30)), (Stage::Implementado, (2026, 5, 4))],
    ),
    (
        InstrumentKind::Protocolo,
        "HN",
        "Protocolo nacional de repatriación de víctimas",
        &[(Stage::Elaborado, (2025, 6, 2)), (Stage::Aprobado, (2026, 7, 21))],
    ),
    (
        InstrumentKind::Estrategia,
        "CR",
        "Estrategia nacional de atención integral a víctimas",
        &[(Stage::Elaborado, (2025, 2, 10)), (Stage::Aprobado, (2025, 8, 18)), (Stage::Implementado, (2026, 3, 2))],
    ),
    (
        InstrumentKind::Estrategia,
        "SV",
        "Estrategia nacional de atención integral a víctimas",
        &[(Stage::Elaborado, (2026, 4, 6))],
    ),
    (
        InstrumentKind::Ruta,
        "PA",
        "Ruta de coordinación entre fiscalía y atención a víctimas",
        &[(Stage::Aprobado, (2025, 11, 3)), (Stage::Implementado, (2026, 6, 1))],
    ),
    (
        InstrumentKind::Ruta,
        "DO",
        "Ruta de coordinación entre fiscalía y atención a víctimas",
        &[(Stage::Elaborado, (2026, 8, 12))],
    ),
    (
        InstrumentKind::Convenio,
        "MX",
        "Convenio de intercambio de información con Guatemala",
        &[(Stage::Aprobado, (2026, 2, 20))],
    ),
];

impl Api {
    pub(crate) fn load_demo_accountability(&mut self, totals: &mut DemoReport) -> Result<()> {
        self.demo_committee_session()?;
        self.demo_technical_session()?;
        self.demo_regional_encounter()?;
        totals.meetings += 3;
        totals.agreements += 3;
        self.demo_country_reports()?;
        self.demo_representations()?;
        self.demo_alliances()?;
        self.demo_milestones()?;
        self.demo_good_practices()?;
        Ok(())
    }

    /// I session of the Petit Comité (committee 1): its three member states, and
    /// two agreements numbered in the committee's own series.
    fn demo_committee_session(&mut self) -> Result<()> {
        let on = day(2026, 2, 10);
        let m = self.create_meeting(&session(MeetingKind::Comite, on, Some(1), None))?.meeting.id;
        self.insert_standard_agenda(m)?;
        self.advance_to(m, MeetingStatus::Convocada, moment(day(2026, 1, 26), 10))?;
        self.roll_call(m, on, &["GT", "MX", "PA"], &[])?;
        let agreements = [
            ("1.1.1", "Aprobar el plan de trabajo de la línea base de la estrategia regional de prevención de la trata de personas."),
            ("1.2.1", "Aprobar el plan de trabajo de la línea base de la estrategia regional de prevención del tráfico ilícito de migrantes."),
            ("1.1.1", "Solicitar a los mecanismos nacionales sus diagnósticos de prevención antes del 30 de abril de 2026."),
        ];
        for (activity, text) in agreements {
            let a = self.add_agreement(
                &AgreementDraft {
                    meeting_id: m,
                    decision_id: None,
                    text: text.into(),
                    responsible: vec!["comite:1".into()],
                    due_on: Some(day(2026, 4, 30)),
                },
                on,
            )?;
            self.link_agreement(a.id, LinkTarget::Activity, activity, "", on)?;
        }
        self.advance_to(m, MeetingStatus::Cerrada, moment(on, 12))?;
        Ok(())
    }

    /// I technical session: the review of the Regional Strategy (POA 2.1.1.1).
    fn demo_technical_session(&mut self) -> Result<()> {
        let on = day(2026, 4, 15);
        let m = self.create_meeting(&session(MeetingKind::Tecnica, on, None, None))?.meeting.id;
        self.advance_to(m, MeetingStatus::Convocada, moment(day(2026, 4, 1), 10))?;
        self.roll_call(m, on, &["BZ", "CR", "SV", "GT", "HN", "PA"], &["NI"])?;
        self.add_outcome(m, "Propuestas de actualización de la Estrategia Regional consolidadas por la ST.", on)?;
        self.advance_to(m, MeetingStatus::Cerrada, moment(on, 13))?;
        Ok(())
    }

    /// I Regional Encounter on good practices (POA 3.1.1): participants and
    /// outcomes, no quorum.
    fn demo_regional_encounter(&mut self) -> Result<()> {
        let on = day(2026, 9, 22);
        let draft = session(MeetingKind::Evento, on, None, Some(EventKind::EncuentroRegional));
        let m = self.create_meeting(&draft)?.meeting.id;
        self.advance_to(m, MeetingStatus::EnCurso, moment(day(2026, 9, 1), 10))?;
        let register = self.attendance(m)?;
        for a in register.iter().take(12) {
            self.mark_attendance(m, a.person_id, AttendanceStatus::Presente, moment(on, 9), None)?;
        }
        self.add_outcome(m, "Catálogo regional de buenas prácticas en investigación y persecución.", on)?;
        self.add_outcome(m, "Compromiso de replicar la línea gratuita de denuncia en dos Estados más.", on)?;
        self.advance_to(m, MeetingStatus::Cerrada, moment(on, 17))?;
        Ok(())
    }

    /// Country reports: six states at the XIII meeting, seven at the XIV.
    fn demo_country_reports(&mut self) -> Result<()> {
        let meetings = self.meetings()?;
        let of = |n: u32| meetings.iter().find(|m| m.kind == MeetingKind::Ordinaria && m.number == n).map(|m| m.id);
        let presented =
            [(13, &["BZ", "CR", "SV", "GT", "HN", "PA"][..]), (14, &["BZ", "CR", "SV", "GT", "HN", "MX", "PA"][..])];
        for (number, states) in presented {
            let Some(m) = of(number) else { continue };
            for (n, state) in states.iter().enumerate() {
                let text = format!("Informe de país {state} para la reunión {number} (demostración).\n");
                let file_name = format!("informe-{}-{number}.txt", state.to_lowercase());
                let file = (n % 3 != 2).then_some((file_name.as_str(), text.as_bytes()));
                self.record_country_report(m, state, file, moment(day(2026, 1, 1), 9))?;
            }
        }
        Ok(())
    }

    /// Three representations: one reported back at the XIV meeting, two pending
    /// (one by a delegate the Presidency named).
    fn demo_representations(&mut self) -> Result<()> {
        let state = |c: &str| Representative::State { country: c.into() };
        let first = self.add_representation(
            &RepresentationDraft {
                event: "Conferencia Regional sobre Migración".into(),
                held_on: day(2026, 3, 18),
                place: "Ciudad de Panamá".into(),
                representative: state("PA"),
            },
            moment(day(2026, 3, 20), 10),
        )?;
        let xiv = self.meetings()?.into_iter().find(|m| m.kind == MeetingKind::Ordinaria && m.number == 14);
        if let Some(xiv) = xiv {
            let item = self
                .meeting(xiv.id)?
                .agenda
                .iter()
                .find(|i| i.item.kind == pleno_domain::meeting::AgendaItemKind::PresidencyReport)
                .map(|i| i.item.id);
            self.report_back(first.id, xiv.id, item)?;
        }
        self.add_representation(
            &RepresentationDraft {
                event: "Foro hemisférico sobre trata de personas".into(),
                held_on: day(2026, 8, 27),
                place: "Washington D. C.".into(),
                representative: state("GT"),
            },
            moment(day(2026, 8, 31), 10),
        )?;
        let delegate = self.people(None)?.into_iter().next().map(|p| p.id);
        if let Some(person_id) = delegate {
            self.add_representation(
                &RepresentationDraft {
                    event: "Reunión técnica del SICA sobre migración".into(),
                    held_on: day(2026, 10, 8),
                    place: "San Salvador".into(),
                    representative: Representative::Person { person_id },
                },
                moment(day(2026, 10, 9), 10),
            )?;
        }
        Ok(())
    }

    fn demo_alliances(&mut self) -> Result<()> {
        let alliances = [
            (
                "Secretaría General del SICA",
                AllianceKind::Gubernamental,
                AllianceSupport::Tecnico,
                AllianceScope::Regional,
                day(2025, 4, 1),
                None,
                &["Taller regional de identificación de víctimas", "Guía regional de derivación"][..],
            ),
            (
                "Save the Children",
                AllianceKind::NoGubernamental,
                AllianceSupport::Tecnico,
                AllianceScope::Regional,
                day(2025, 9, 15),
                None,
                &["Campaña regional de prevención en escuelas"][..],
            ),
            (
                "Fondo Solidario para Víctimas (ficticio)",
                AllianceKind::NoGubernamental,
                AllianceSupport::Financiero,
                AllianceScope::Extrarregional,
                day(2026, 1, 10),
                Some(day(2026, 12, 31)),
                &["Financiamiento del Encuentro Regional"][..],
            ),
            (
                "Ministerio de Seguridad Pública de Costa Rica",
                AllianceKind::Gubernamental,
                AllianceSupport::Otro,
                AllianceScope::Nacional,
                day(2026, 5, 5),
                None,
                &[][..],
            ),
        ];
        let actions_on = [day(2025, 6, 12), day(2026, 7, 9), day(2026, 9, 22)];
        for (n, (partner, kind, support, scope, starts_on, ends_on, actions)) in alliances.into_iter().enumerate() {
            let a = self.add_alliance(&AllianceDraft {
                partner: partner.into(),
                kind,
                support,
                scope,
                starts_on,
                ends_on,
            })?;
            for (k, title) in actions.iter().enumerate() {
                let on = actions_on[(n + k) % actions_on.len()].max(starts_on);
                self.add_alliance_action(a.id, title, on)?;
            }
        }
        Ok(())
    }

    fn demo_milestones(&mut self) -> Result<()> {
        for (instrument, country, title, stages) in INSTRUMENTS {
            for (stage, (y, m, d)) in stages {
                self.add_milestone(&MilestoneDraft {
                    country: country.into(),
                    instrument,
                    title: title.into(),
                    stage: *stage,
                    reached_on: day(*y, *m, *d),
                    evidence: format!("Oficio de {country} a la Secretaría Técnica"),
                })?;
            }
        }
        Ok(())
    }

    fn demo_good_practices(&mut self) -> Result<()> {
        let line = self.add_good_practice(&GoodPracticeDraft {
            title: "Línea telefónica gratuita de denuncia".into(),
            origin: "CR".into(),
            recorded_on: day(2025, 5, 1),
            description: "Atención 24 horas con derivación inmediata a los equipos de respuesta.".into(),
        })?;
        self.replicate_practice(line.id, "PA", day(2026, 2, 3))?;
        self.replicate_practice(line.id, "GT", day(2026, 10, 1))?;
        let units = self.add_good_practice(&GoodPracticeDraft {
            title: "Unidades fiscales especializadas con equipos mixtos".into(),
            origin: "MX".into(),
            recorded_on: day(2026, 9, 22),
            description: String::new(),
        })?;
        self.replicate_practice(units.id, "HN", day(2026, 11, 2))?;
        self.add_good_practice(&GoodPracticeDraft {
            title: "Protocolo de entrevista única a víctimas menores de edad".into(),
            origin: "SV".into(),
            recorded_on: day(2026, 9, 22),
            description: String::new(),
        })?;
        Ok(())
    }
}
