//! Demo data: fictional delegations for the nine member states, observer
//! organisations with fictional representatives, offices and committees, so a new
//! user sees Pleno as it looks in use. No real person's contact data: names are
//! invented, e-mails use the reserved `.example` domain, phone numbers are fictitious.

use chrono::NaiveDate;
use pleno_domain::country::Crime;
use pleno_domain::directory::{Contact, ContactKind, SeatRole};
use pleno_domain::directory_model::{Office, OrganisationKind, PersonDraft};
use serde::Serialize;
use ts_rs::TS;

use crate::directory::{OrganisationDraft, SeatAssignment};
use crate::{Api, Result};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct DemoReport {
    /// False when the database already had people: demo data never mixes with real data.
    pub loaded: bool,
    pub persons: u32,
    pub seats: u32,
    pub organisations: u32,
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
    /// Loads the demo directory into a database that has no people yet.
    pub fn load_demo(&mut self) -> Result<DemoReport> {
        if !self.people(None)?.is_empty() {
            return Ok(DemoReport { loaded: false, persons: 0, seats: 0, organisations: 0 });
        }
        let mut report = DemoReport { loaded: true, persons: 0, seats: 0, organisations: 0 };
        let mut n = 0;
        let since = date(2024, 3, 1);
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
                    starts_on: since,
                    ends_on: None,
                })?;
                report.seats += 1;
            }
        }
        // History: Costa Rica's TdP titular before the current one.
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
            ends_on: Some(since),
        })?;
        report.seats += 1;

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
            self.add_representative(person.id, organisation.id, since, None)?;
        }

        self.assign_office(Office::Presidencia, "GT", date(2025, 1, 1), Some(date(2026, 1, 1)))?;
        self.assign_office(Office::Presidencia, "PA", date(2026, 1, 1), Some(date(2027, 1, 1)))?;
        self.assign_office(Office::SecretariaTecnica, "CR", date(2025, 1, 1), Some(date(2027, 1, 1)))?;
        self.assign_office(Office::Vocal, "HN", date(2026, 1, 1), Some(date(2027, 1, 1)))?;

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
        Ok(report)
    }
}
