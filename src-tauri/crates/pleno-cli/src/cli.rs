//! The command line's shape: the global flags and one top-level command per noun
//! (a meeting, an agreement, the directory …), each noun's subcommands and
//! handler in its own module. Names of commands, flags and JSON fields are a
//! public contract for the Secretariat's scripts: add, never rename.

pub mod agenda;
pub mod agreement;
pub mod alliance;
pub mod archive;
pub mod attendance;
pub mod backup;
pub mod bundle;
pub mod committee;
pub mod consensus;
pub mod country;
pub mod decision;
pub mod directory;
pub mod doctor;
pub mod erratum;
pub mod indicator;
pub mod indicators;
pub mod meeting;
pub mod member;
pub mod milestone;
pub mod minutes;
pub mod monitoring;
pub mod office;
pub mod org;
pub mod pdf;
pub mod person;
pub mod plan;
pub mod poa;
pub mod practice;
pub mod publish;
pub mod quorum;
pub mod report;
pub mod representation;
pub mod search;
pub mod seat;
pub mod settings;
pub mod setup;
pub mod vote;

use std::path::PathBuf;

use chrono::{NaiveDate, NaiveDateTime};
use clap::{Args, Parser, Subcommand};
use pleno_api::{ApiError, Language};
use serde::Serialize;

use crate::error::CliError;
use crate::output;
use crate::values::choice;

pub type Result<T> = std::result::Result<T, ApiError>;

#[derive(Debug, Parser)]
#[command(
    name = "pleno",
    version = pleno_api::diagnostics::VERSION_LINE,
    about = "Pleno: la Secretaría Técnica de la Coalición Regional contra la Trata de Personas y el Tráfico Ilícito de Migrantes, en la línea de comandos."
)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,

    #[command(subcommand)]
    pub command: Command,
}

/// The flags every command takes, before or after the command's name.
#[derive(Debug, Args)]
pub struct Global {
    /// Archivo de la base de datos (por defecto, PLENO_DB o la carpeta de datos del usuario)
    #[arg(long, global = true, display_order = 899, value_name = "RUTA")]
    pub db: Option<PathBuf>,

    /// Salida en JSON
    #[arg(long, global = true, display_order = 900)]
    pub json: bool,

    /// Idioma de los mensajes: es o en (por defecto, el de los ajustes de la base de datos)
    #[arg(long, global = true, display_order = 901, value_name = "IDIOMA", value_parser = choice::<Language>())]
    pub lang: Option<Language>,

    /// Abre la base de datos (o un archivo .pleno) como copia de consulta: toda escritura se rechaza
    #[arg(long, global = true, display_order = 902)]
    pub read_only: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Crea o actualiza la base de datos y carga los datos de referencia si está vacía
    Init,
    /// Configura una base de datos vacía: idioma, Presidencia y Secretaría Técnica, quórum, numeración, directorio
    Setup(setup::SetupArgs),
    /// Crea una base de datos con datos de demostración (delegaciones ficticias)
    Demo(archive::DemoArgs),
    /// Versión, base de datos, esquema, última copia; comprueba la integridad, la cadena de actas y los recuentos guardados
    Doctor(doctor::DoctorArgs),
    /// El Plan Estratégico y los planes operativos
    Plan {
        #[command(subcommand)]
        command: plan::PlanCommand,
    },
    /// El plan operativo anual (POA) de un año: crear, editar, aprobar, exportar, importar
    Poa {
        #[command(subcommand)]
        command: poa::PoaCommand,
    },
    /// Línea base, meta y mediciones de un indicador del Plan Estratégico
    Indicator {
        #[command(subcommand)]
        command: indicator::IndicatorCommand,
    },
    /// El seguimiento del POA: informes de los Estados, matriz XLSX, resultados regionales
    Monitoring {
        #[command(subcommand)]
        command: monitoring::MonitoringCommand,
    },
    /// Los Estados miembros
    Country {
        #[command(subcommand)]
        command: country::CountryCommand,
    },
    /// Las personas del directorio y sus contactos
    Person {
        #[command(subcommand)]
        command: person::PersonCommand,
    },
    /// Los puestos de titular y suplente de cada Estado
    Seat {
        #[command(subcommand)]
        command: seat::SeatCommand,
    },
    /// El directorio en una fecha; exportación e importación
    #[command(args_conflicts_with_subcommands = true)]
    Directory(directory::DirectoryArgs),
    /// Las organizaciones observadoras y sus representantes
    Org {
        #[command(subcommand)]
        command: org::OrgCommand,
    },
    /// La membresía de los Estados en la Coalición
    Member {
        #[command(subcommand)]
        command: member::MemberCommand,
    },
    /// Los cargos de la Coalición: Presidencia, Secretaría Técnica, vocalía
    Office {
        #[command(subcommand)]
        command: office::OfficeCommand,
    },
    /// Los comités de trabajo y el Petit Comité
    Committee {
        #[command(subcommand)]
        command: committee::CommitteeCommand,
    },
    /// Las reuniones del pleno, sesiones de comité, sesiones técnicas y eventos: crear, listar, ver, convocar, exportar al calendario
    Meeting {
        #[command(subcommand)]
        command: meeting::MeetingCommand,
    },
    /// La agenda (orden del día) de una reunión
    Agenda {
        #[command(subcommand)]
        command: agenda::AgendaCommand,
    },
    /// El registro de asistencia de una reunión
    Attendance {
        #[command(subcommand)]
        command: attendance::AttendanceCommand,
    },
    /// El quórum de una reunión en un momento; «check» registra la verificación
    #[command(args_conflicts_with_subcommands = true)]
    Quorum(quorum::QuorumArgs),
    /// Los ajustes de la Secretaría: idioma, quórum, mayoría y numeración de acuerdos
    Settings {
        #[command(subcommand)]
        command: settings::SettingsCommand,
    },
    /// Las decisiones de una reunión: por consenso o por votación
    Decision {
        #[command(subcommand)]
        command: decision::DecisionCommand,
    },
    /// Los votos de una decisión: por Estado, y el recuento de la Secretaría
    Vote {
        #[command(subcommand)]
        command: vote::VoteCommand,
    },
    /// Reservas y objeciones a una decisión por consenso
    Consensus {
        #[command(subcommand)]
        command: consensus::ConsensusCommand,
    },
    /// El registro de acuerdos: alta, seguimiento, vínculos con el plan, exportación
    Agreement {
        #[command(subcommand)]
        command: agreement::AgreementCommand,
    },
    /// Los indicadores que Pleno calcula de su registro (4.3)
    Indicators(indicators::IndicatorsArgs),
    /// Las actas: borrador, notas, circulación, aprobación y verificación
    Minutes {
        #[command(subcommand)]
        command: minutes::MinutesCommand,
    },
    /// Fe de erratas de un acta aprobada
    Erratum {
        #[command(subcommand)]
        command: erratum::ErratumCommand,
    },
    /// Documentos en PDF: plan, POA, convocatoria, agenda, asistencia, acuerdos, directorio, actas
    Pdf {
        #[command(subcommand)]
        command: pdf::PdfCommand,
    },
    /// Busca en acuerdos, seguimientos y decisiones sin importar tildes ni mayúsculas
    Search(search::SearchArgs),
    /// Publica el archivo como sitio estático con búsqueda: actas aprobadas, acuerdos y plan
    Publish(publish::PublishArgs),
    /// Copia de seguridad comprobada (integridad y cadena de actas) mientras la base está en uso
    Backup(backup::BackupArgs),
    /// Restaura una copia en lugar de --db; la base anterior se guarda al lado, fechada
    Restore(backup::RestoreArgs),
    /// El archivo de traspaso de la Secretaría (.pleno): exportar, comprobar, importar
    Archive {
        #[command(subcommand)]
        command: bundle::ArchiveCommand,
    },
    /// Informes de país presentados; informes de fin de período y de rendición de cuentas
    Report {
        #[command(subcommand)]
        command: report::ReportCommand,
    },
    /// Las representaciones de la Presidencia en eventos, y dónde las informó
    Representation {
        #[command(subcommand)]
        command: representation::RepresentationCommand,
    },
    /// Las alianzas de la Coalición y sus acciones conjuntas
    Alliance {
        #[command(subcommand)]
        command: alliance::AllianceCommand,
    },
    /// Los hitos de los instrumentos de cada Estado: elaborado, aprobado, implementado
    Milestone {
        #[command(subcommand)]
        command: milestone::MilestoneCommand,
    },
    /// Las buenas prácticas y los Estados que las replicaron
    Practice {
        #[command(subcommand)]
        command: practice::PracticeCommand,
    },
}

/// `--limit N [--cursor C]`: one page of a long list instead of all of it; under
/// `--json` the answer is then `{"items": […], "next_cursor": C or null, "total": N}`.
#[derive(Debug, Args)]
pub struct PageArgs {
    /// Una página de N filas (hasta 500) en lugar de la lista entera
    #[arg(long, value_name = "N")]
    pub limit: Option<u32>,
    /// Dónde empieza la página: el next_cursor de la página anterior
    #[arg(long, value_name = "CURSOR", requires = "limit")]
    pub cursor: Option<String>,
}

/// What every handler is given besides its arguments: how to answer (`--json`),
/// in which language, and the clock, read once at the boundary.
#[derive(Debug, Clone, Copy)]
pub struct Ctx {
    pub json: bool,
    pub lang: Language,
    pub now: NaiveDateTime,
}

impl Ctx {
    pub fn today(&self) -> NaiveDate {
        self.now.date()
    }

    /// The words for this run's language, out of a Spanish and an English sentence.
    pub fn pick(&self, es: String, en: String) -> String {
        self.lang.pick(es, en)
    }

    /// JSON under `--json`, else the human form `print`.
    pub fn show(&self, value: &impl Serialize, print: impl FnOnce()) -> Result<()> {
        output::json_or(self.json, value, print)
    }

    /// A page of a list: its JSON under `--json`; else its rows (`print`), then
    /// where the next page starts.
    pub fn show_page(&self, page: &impl Serialize, next: Option<&str>, total: u32, print: impl FnOnce()) -> Result<()> {
        self.show(page, || {
            print();
            let line = match next {
                Some(c) => self.pick(
                    format!("{total} en total; página siguiente: --cursor {c}"),
                    format!("{total} in all; next page: --cursor {c}"),
                ),
                None => self.pick(format!("{total} en total; última página."), format!("{total} in all; last page.")),
            };
            println!("{line}");
        })
    }

    /// JSON of `value` under `--json`, else one sentence.
    pub fn say(&self, value: &impl Serialize, es: String, en: String) -> Result<()> {
        self.show(value, || println!("{}", self.pick(es, en)))
    }

    /// As `say`, for a command whose JSON answer was already the parent record (the
    /// agreement of a follow-up): the record just made is added to it under `key`,
    /// so scripts reading the parent's fields keep working.
    pub fn say_made(
        &self,
        parent: &impl Serialize,
        key: &str,
        made: &impl Serialize,
        es: String,
        en: String,
    ) -> Result<()> {
        let json = |e: serde_json::Error| CliError::Json { reason: e.to_string() };
        let mut answer = serde_json::to_value(parent).map_err(json)?;
        if let serde_json::Value::Object(fields) = &mut answer {
            fields.insert(key.to_string(), serde_json::to_value(made).map_err(json)?);
        }
        self.say(&answer, es, en)
    }
}
