//! The command line's shape. Names of subcommands, flags and JSON fields are a
//! public contract for the Secretariat's scripts: add, never rename.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "pleno",
    version,
    about = "Pleno: la Secretaría Técnica de la Coalición Regional contra la Trata de Personas y el Tráfico Ilícito de Migrantes, en la línea de comandos."
)]
pub struct Cli {
    /// Archivo de la base de datos (por defecto, PLENO_DB o la carpeta de datos del usuario)
    #[arg(long, global = true, value_name = "RUTA")]
    pub db: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Crea o actualiza la base de datos y carga los datos de referencia si está vacía
    Init,
    /// Crea una base de datos con datos de demostración (delegaciones ficticias)
    Demo,
    /// El Plan Estratégico y los planes operativos
    Plan {
        #[command(subcommand)]
        command: PlanCommand,
    },
    /// Los Estados miembros
    Country {
        #[command(subcommand)]
        command: CountryCommand,
    },
    /// Las personas del directorio y sus contactos
    Person {
        #[command(subcommand)]
        command: PersonCommand,
    },
    /// Los puestos de titular y suplente de cada Estado
    Seat {
        #[command(subcommand)]
        command: SeatCommand,
    },
    /// El directorio en una fecha; exportación e importación
    #[command(args_conflicts_with_subcommands = true)]
    Directory {
        #[command(subcommand)]
        command: Option<DirectoryCommand>,
        #[command(flatten)]
        show: DirectoryShow,
    },
    /// Las organizaciones observadoras y sus representantes
    Org {
        #[command(subcommand)]
        command: OrgCommand,
    },
    /// La membresía de los Estados en la Coalición
    Member {
        #[command(subcommand)]
        command: MemberCommand,
    },
    /// Los cargos de la Coalición: Presidencia, Secretaría Técnica, vocalía
    Office {
        #[command(subcommand)]
        command: OfficeCommand,
    },
    /// Los comités de trabajo y el Petit Comité
    Committee {
        #[command(subcommand)]
        command: CommitteeCommand,
    },
    /// Las reuniones del pleno: crear, listar, ver, convocar, exportar al calendario
    Meeting {
        #[command(subcommand)]
        command: MeetingCommand,
    },
    /// La agenda (orden del día) de una reunión
    Agenda {
        #[command(subcommand)]
        command: AgendaCommand,
    },
    /// El registro de asistencia de una reunión
    Attendance {
        #[command(subcommand)]
        command: AttendanceCommand,
    },
    /// El quórum de una reunión en un momento; «check» registra la verificación
    #[command(args_conflicts_with_subcommands = true)]
    Quorum {
        #[command(subcommand)]
        command: Option<QuorumCommand>,
        #[command(flatten)]
        show: QuorumAt,
    },
    /// Los ajustes de la Secretaría: idioma, quórum, mayoría y numeración de acuerdos
    Settings {
        #[command(subcommand)]
        command: SettingsCommand,
    },
    /// Las decisiones de una reunión: por consenso o por votación
    Decision {
        #[command(subcommand)]
        command: DecisionCommand,
    },
    /// Los votos de una decisión: por Estado, y el recuento de la Secretaría
    Vote {
        #[command(subcommand)]
        command: VoteCommand,
    },
    /// Reservas y objeciones a una decisión por consenso
    Consensus {
        #[command(subcommand)]
        command: ConsensusCommand,
    },
    /// El registro de acuerdos: alta, seguimiento, vínculos con el plan, exportación
    Agreement {
        #[command(subcommand)]
        command: AgreementCommand,
    },
    /// Los indicadores que Pleno calcula de su registro (4.3)
    Indicators {
        /// Desde (AAAA-MM-DD)
        #[arg(long, value_name = "FECHA")]
        from: Option<String>,
        /// Hasta (AAAA-MM-DD)
        #[arg(long, value_name = "FECHA")]
        to: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Las actas: borrador, notas, circulación, aprobación y verificación
    Minutes {
        #[command(subcommand)]
        command: MinutesCommand,
    },
    /// Fe de erratas de un acta aprobada
    Erratum {
        #[command(subcommand)]
        command: ErratumCommand,
    },
    /// Documentos en PDF: plan, POA, convocatoria, agenda, asistencia, acuerdos, directorio, actas
    Pdf {
        #[command(subcommand)]
        command: PdfCommand,
    },
    /// Busca en acuerdos, seguimientos y decisiones sin importar tildes ni mayúsculas
    Search {
        #[arg(value_name = "TEXTO")]
        text: String,
        /// Cuántos resultados como máximo
        #[arg(long, value_name = "N", default_value_t = 50)]
        limit: u32,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum MethodArg {
    Consensus,
    Vote,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ThresholdArg {
    Half,
    TwoThirds,
    ThreeQuarters,
    Unanimity,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum BaseArg {
    Cast,
    Present,
    Members,
}

#[derive(Debug, Subcommand)]
pub enum DecisionCommand {
    /// Toma una decisión sobre un punto de la agenda (verifica y registra el quórum)
    Add {
        #[arg(value_name = "REUNIÓN")]
        meeting: i64,
        /// Punto de la agenda
        #[arg(long, value_name = "PUNTO")]
        item: i64,
        #[arg(long, value_name = "TEXTO")]
        text: String,
        /// consensus o vote
        #[arg(long, value_enum, value_name = "MÉTODO", hide_possible_values = true)]
        method: MethodArg,
        /// half, two-thirds, three-quarters o unanimity (votaciones)
        #[arg(long, value_enum, value_name = "MAYORÍA", hide_possible_values = true)]
        threshold: Option<ThresholdArg>,
        /// cast (votos emitidos), present (Estados presentes) o members (Estados miembros)
        #[arg(long, value_enum, value_name = "BASE", hide_possible_values = true)]
        base: Option<BaseArg>,
        /// Hora (HH:MM); por defecto, ahora
        #[arg(long, value_name = "HH:MM")]
        at: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// El resultado de una decisión
    Result {
        #[arg(value_name = "DECISIÓN")]
        decision: i64,
        #[arg(long)]
        json: bool,
    },
    /// Una decisión con sus votos, recuento, reservas y objeciones
    Show {
        #[arg(value_name = "DECISIÓN")]
        decision: i64,
        #[arg(long)]
        json: bool,
    },
    /// Las decisiones de una reunión
    List {
        #[arg(value_name = "REUNIÓN")]
        meeting: i64,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ChoiceArg {
    Yes,
    No,
    Abstain,
}

#[derive(Debug, Subcommand)]
pub enum VoteCommand {
    /// Registra el voto de un Estado presente (otra vez, lo corrige)
    Cast {
        #[arg(value_name = "DECISIÓN")]
        decision: i64,
        #[arg(long, value_name = "CÓDIGO")]
        country: String,
        /// yes, no o abstain
        #[arg(value_enum, value_name = "VOTO", hide_possible_values = true)]
        choice: ChoiceArg,
    },
    /// Registra el recuento de la Secretaría Técnica
    Recount {
        #[arg(value_name = "DECISIÓN")]
        decision: i64,
        #[arg(long, value_name = "N")]
        yes: u32,
        #[arg(long, value_name = "N")]
        no: u32,
        #[arg(long, value_name = "N")]
        abstain: u32,
    },
}

#[derive(Debug, Subcommand)]
pub enum ConsensusCommand {
    /// Registra la reserva de un Estado (se suma al consenso)
    Reserve {
        #[arg(value_name = "DECISIÓN")]
        decision: i64,
        #[arg(long, value_name = "CÓDIGO")]
        country: String,
        #[arg(long, value_name = "TEXTO")]
        text: String,
    },
    /// Registra la objeción de un Estado (impide el consenso)
    Object {
        #[arg(value_name = "DECISIÓN")]
        decision: i64,
        #[arg(long, value_name = "CÓDIGO")]
        country: String,
        #[arg(long, value_name = "TEXTO")]
        text: String,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum StatusArg {
    Pendiente,
    EnCurso,
    Cumplido,
    SinEfecto,
    Vencido,
}

#[derive(Debug, Subcommand)]
pub enum AgreementCommand {
    /// Añade un acuerdo al registro
    Add {
        #[arg(long, value_name = "REUNIÓN")]
        meeting: i64,
        /// La decisión adoptada de la que nace
        #[arg(long, value_name = "DECISIÓN")]
        decision: Option<i64>,
        #[arg(long, value_name = "TEXTO")]
        text: String,
        /// Responsables: código de Estado, presidencia, secretaria-tecnica, comite:N o persona:N
        #[arg(long, value_name = "RESPONSABLE", num_args = 1..)]
        responsible: Vec<String>,
        /// Fecha límite (AAAA-MM-DD)
        #[arg(long, value_name = "FECHA")]
        due: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Lista los acuerdos, con filtros
    List {
        #[arg(long, value_enum, value_name = "ESTADO")]
        status: Option<StatusArg>,
        /// Estado miembro responsable
        #[arg(long, value_name = "CÓDIGO")]
        country: Option<String>,
        #[arg(long, value_name = "REUNIÓN")]
        meeting: Option<i64>,
        #[arg(long, value_name = "AÑO")]
        year: Option<i32>,
        /// Eje del plan (1 a 4)
        #[arg(long, value_name = "EJE")]
        axis: Option<String>,
        /// Indicador del plan (p. ej. 4.3.1)
        #[arg(long, value_name = "CÓDIGO")]
        indicator: Option<String>,
        /// Solo los vencidos
        #[arg(long)]
        overdue: bool,
        #[arg(long)]
        json: bool,
    },
    /// Muestra un acuerdo con su seguimiento y vínculos
    Show {
        #[arg(value_name = "ACUERDO")]
        id: i64,
        #[arg(long)]
        json: bool,
    },
    /// Añade un seguimiento (nunca reemplaza los anteriores)
    FollowUp {
        #[arg(value_name = "ACUERDO")]
        id: i64,
        #[arg(long, value_name = "TEXTO")]
        text: String,
        #[arg(long, value_enum, value_name = "ESTADO")]
        status: Option<StatusArg>,
        /// Reunión en la que se informó
        #[arg(long, value_name = "REUNIÓN")]
        meeting: Option<i64>,
        /// Fecha del informe (por defecto, hoy)
        #[arg(long, value_name = "FECHA")]
        on: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Vincula el acuerdo a un indicador o una actividad del plan
    Link {
        #[arg(value_name = "ACUERDO")]
        id: i64,
        #[arg(long, value_name = "CÓDIGO", conflicts_with = "activity", required_unless_present = "activity")]
        indicator: Option<String>,
        #[arg(long, value_name = "CÓDIGO")]
        activity: Option<String>,
        /// Cómo contribuye
        #[arg(long, value_name = "TEXTO", default_value = "")]
        note: String,
        #[arg(long)]
        json: bool,
    },
    /// Exporta el registro de acuerdos
    Export {
        /// csv
        #[arg(long, value_enum, value_name = "FORMATO", hide_possible_values = true)]
        format: ImportFormat,
        #[arg(short, long, value_name = "ARCHIVO")]
        output: Option<PathBuf>,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum KindArg {
    Ordinaria,
    Extraordinaria,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ModalityArg {
    Presencial,
    Virtual,
    Hibrida,
}

/// A meeting's details, as typed on the command line.
#[derive(Debug, Args)]
pub struct MeetingFields {
    /// ordinaria o extraordinaria
    #[arg(long, value_enum, value_name = "TIPO", hide_possible_values = true)]
    pub kind: KindArg,
    /// Primer día (AAAA-MM-DD)
    #[arg(long, value_name = "FECHA")]
    pub date: String,
    /// Último día, si dura más de uno
    #[arg(long, value_name = "FECHA")]
    pub end_date: Option<String>,
    /// Hora de inicio (HH:MM); 09:00 por defecto
    #[arg(long, value_name = "HH:MM")]
    pub time: Option<String>,
    /// Ciudad
    #[arg(long, value_name = "TEXTO")]
    pub place: String,
    /// Código del país donde se celebra
    #[arg(long, value_name = "CÓDIGO")]
    pub country: Option<String>,
    /// Código del Estado anfitrión
    #[arg(long, value_name = "CÓDIGO")]
    pub host: Option<String>,
    /// presencial, virtual o hibrida
    #[arg(long, value_enum, value_name = "MODALIDAD", default_value_t = ModalityArg::Presencial, hide_default_value = true, hide_possible_values = true)]
    pub modality: ModalityArg,
    /// Número de la reunión (por defecto, el siguiente de su tipo)
    #[arg(long, value_name = "N")]
    pub number: Option<u32>,
    /// Enlace de la videoconferencia
    #[arg(long, value_name = "URL", default_value = "")]
    pub link: String,
}

#[derive(Debug, Subcommand)]
pub enum MeetingCommand {
    /// Crea una reunión en borrador
    Create {
        #[command(flatten)]
        fields: MeetingFields,
        #[arg(long)]
        json: bool,
    },
    /// Corrige los datos de una reunión
    Edit {
        #[arg(value_name = "REUNIÓN")]
        id: i64,
        #[command(flatten)]
        fields: MeetingFields,
        #[arg(long)]
        json: bool,
    },
    /// Lista las reuniones, la más reciente primero
    List {
        #[arg(long)]
        json: bool,
    },
    /// Muestra una reunión con su agenda
    Show {
        #[arg(value_name = "REUNIÓN")]
        id: i64,
        #[arg(long)]
        json: bool,
    },
    /// Pasa la reunión al estado siguiente: borrador → convocada → en curso → cerrada
    Advance {
        #[arg(value_name = "REUNIÓN")]
        id: i64,
    },
    /// Escribe la reunión como evento de calendario (.ics)
    Ics {
        #[arg(value_name = "REUNIÓN")]
        id: i64,
        #[arg(short, long, value_name = "ARCHIVO")]
        output: Option<PathBuf>,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ItemKindArg {
    Quorum,
    AgendaApproval,
    PreviousMinutes,
    PresidencyReport,
    CountryReport,
    FollowUp,
    Discussion,
    OtherBusiness,
    Closing,
}

#[derive(Debug, Subcommand)]
pub enum AgendaCommand {
    /// Inserta la agenda estándar en una reunión con la agenda vacía
    Standard {
        #[arg(value_name = "REUNIÓN")]
        meeting: i64,
    },
    /// Añade un punto al final de la agenda
    Add {
        #[arg(value_name = "REUNIÓN")]
        meeting: i64,
        #[arg(long, value_name = "TEXTO")]
        title: String,
        /// Tipo de punto (discussion por defecto)
        #[arg(long, value_enum, value_name = "TIPO", default_value_t = ItemKindArg::Discussion, hide_default_value = true)]
        kind: ItemKindArg,
        /// Quién lo presenta (Estado, órgano o persona)
        #[arg(long, value_name = "TEXTO", default_value = "")]
        presenter: String,
        /// Minutos asignados
        #[arg(long, value_name = "N", default_value_t = 15)]
        minutes: u32,
        /// Estado al que se refiere (informes de país)
        #[arg(long, value_name = "CÓDIGO")]
        country: Option<String>,
        #[arg(long, value_name = "TEXTO", default_value = "")]
        notes: String,
    },
    /// Lista los puntos de la agenda
    List {
        #[arg(value_name = "REUNIÓN")]
        meeting: i64,
        #[arg(long)]
        json: bool,
    },
    /// Mueve un punto a otra posición
    Move {
        #[arg(value_name = "PUNTO")]
        item: i64,
        #[arg(long, value_name = "N")]
        to: u32,
    },
    /// Quita un punto de la agenda
    Remove {
        #[arg(value_name = "PUNTO")]
        item: i64,
    },
    /// Adjunta un documento de referencia a un punto (se guarda con su SHA-256)
    Attach {
        #[arg(value_name = "PUNTO")]
        item: i64,
        #[arg(value_name = "ARCHIVO")]
        file: PathBuf,
    },
    /// Registra la aprobación de la agenda por el pleno
    Approve {
        #[arg(value_name = "REUNIÓN")]
        meeting: i64,
        #[arg(long, value_name = "HH:MM")]
        at: Option<String>,
        /// Enmiendas aprobadas con la agenda
        #[arg(long, value_name = "TEXTO", default_value = "")]
        amendments: String,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum MarkArg {
    Present,
    Absent,
    Excused,
}

#[derive(Debug, Subcommand)]
pub enum AttendanceCommand {
    /// La lista de asistencia esperada, según el directorio en la fecha de la reunión
    Expected {
        #[arg(value_name = "REUNIÓN")]
        meeting: i64,
        #[arg(long)]
        json: bool,
    },
    /// Marca a una persona presente, ausente o excusada
    Mark {
        #[arg(value_name = "REUNIÓN")]
        meeting: i64,
        #[arg(long, value_name = "PERSONA")]
        person: i64,
        /// present, absent o excused
        #[arg(value_enum, value_name = "ASISTENCIA", hide_possible_values = true)]
        status: MarkArg,
        /// Hora (HH:MM); por defecto, ahora
        #[arg(long, value_name = "HH:MM")]
        at: Option<String>,
        /// Participa a distancia
        #[arg(long)]
        remote: bool,
    },
    /// Registra la salida de una persona (puede volver más tarde)
    Leave {
        #[arg(value_name = "REUNIÓN")]
        meeting: i64,
        #[arg(long, value_name = "PERSONA")]
        person: i64,
        #[arg(long, value_name = "HH:MM")]
        at: Option<String>,
    },
    /// Añade una persona invitada a la lista
    Guest {
        #[arg(value_name = "REUNIÓN")]
        meeting: i64,
        #[arg(long, value_name = "PERSONA")]
        person: i64,
    },
}

#[derive(Debug, Args)]
pub struct QuorumAt {
    #[arg(value_name = "REUNIÓN")]
    pub meeting: Option<i64>,
    /// Hora (HH:MM); por defecto, ahora
    #[arg(long, value_name = "HH:MM")]
    pub at: Option<String>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum QuorumCommand {
    /// Verifica el quórum y registra la verificación
    Check {
        #[arg(value_name = "REUNIÓN")]
        meeting: i64,
        #[arg(long, value_name = "HH:MM")]
        at: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Las verificaciones registradas en una reunión
    History {
        #[arg(value_name = "REUNIÓN")]
        meeting: i64,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum LanguageArg {
    Es,
    En,
}

#[derive(Debug, Subcommand)]
pub enum SettingsCommand {
    /// Muestra los ajustes
    Show {
        #[arg(long)]
        json: bool,
    },
    /// Cambia los ajustes
    Set {
        /// es o en
        #[arg(long, value_enum, value_name = "IDIOMA", hide_possible_values = true)]
        language: Option<LanguageArg>,
        /// mas-de-la-mitad, dos-tercios o un número de Estados
        #[arg(long, value_name = "REGLA")]
        quorum: Option<String>,
        /// Mayoría por defecto de una votación: half, two-thirds, three-quarters o unanimity
        #[arg(long, value_enum, value_name = "MAYORÍA", hide_possible_values = true)]
        threshold: Option<ThresholdArg>,
        /// Base por defecto: cast (votos emitidos), present (Estados presentes) o members
        #[arg(long, value_enum, value_name = "BASE", hide_possible_values = true)]
        base: Option<BaseArg>,
        /// Numeración de acuerdos, p. ej. "{reunion}-{tipo}-{año}-{n}"
        #[arg(long, value_name = "FORMATO")]
        numbering: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum PlanCommand {
    /// Exporta el plan completo (Plan Estratégico y POA)
    Export {
        /// Formato de salida: json (el único por ahora)
        #[arg(long, value_enum, value_name = "FORMATO", default_value_t = PlanFormat::Json, hide_default_value = true, hide_possible_values = true)]
        format: PlanFormat,
        /// Archivo de salida (por defecto, la salida estándar)
        #[arg(short, long, value_name = "ARCHIVO")]
        output: Option<PathBuf>,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum PlanFormat {
    Json,
}

#[derive(Debug, Subcommand)]
pub enum CountryCommand {
    /// Lista los Estados miembros con su mecanismo nacional y sus puestos de hoy
    List {
        /// Salida en JSON
        #[arg(long)]
        json: bool,
    },
}

/// A person's details, as typed on the command line.
#[derive(Debug, Args)]
pub struct PersonFields {
    /// Nombre completo
    #[arg(long, value_name = "TEXTO")]
    pub name: Option<String>,
    /// Tratamiento (Lic., Licda., Dra., Mtro. …)
    #[arg(long, value_name = "TEXTO")]
    pub title: Option<String>,
    /// Cargo
    #[arg(long, value_name = "TEXTO")]
    pub position: Option<String>,
    /// Institución
    #[arg(long, value_name = "TEXTO")]
    pub institution: Option<String>,
    /// Correo electrónico (se puede repetir; el primero es el preferido)
    #[arg(long, value_name = "CORREO")]
    pub email: Vec<String>,
    /// Teléfono (se puede repetir; el primero es el preferido)
    #[arg(long, value_name = "TELÉFONO")]
    pub phone: Vec<String>,
    /// Cuenta de mensajería (se puede repetir)
    #[arg(long, value_name = "CUENTA")]
    pub messaging: Vec<String>,
    /// Dirección postal (se puede repetir)
    #[arg(long, value_name = "TEXTO")]
    pub address: Vec<String>,
    /// Idioma de trabajo (se puede repetir): español, inglés …
    #[arg(long, value_name = "IDIOMA")]
    pub language: Vec<String>,
    /// Notas
    #[arg(long, value_name = "TEXTO")]
    pub notes: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum PersonCommand {
    /// Añade una persona al directorio
    Add {
        #[command(flatten)]
        fields: PersonFields,
        /// Salida en JSON
        #[arg(long)]
        json: bool,
    },
    /// Corrige los datos de una persona (los contactos dados reemplazan a los de su tipo)
    Edit {
        /// Número de la persona
        #[arg(value_name = "PERSONA")]
        id: i64,
        #[command(flatten)]
        fields: PersonFields,
        /// Salida en JSON
        #[arg(long)]
        json: bool,
    },
    /// Muestra una persona con su historial de nombramientos
    Show {
        #[arg(value_name = "PERSONA")]
        id: i64,
        #[arg(long)]
        json: bool,
    },
    /// Lista las personas; busca sin importar tildes ni mayúsculas
    List {
        /// Texto a buscar en el nombre, la institución o el cargo
        #[arg(long, value_name = "TEXTO")]
        search: Option<String>,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum MandateArg {
    Tdp,
    Tim,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum RoleArg {
    Titular,
    Suplente,
}

#[derive(Debug, Subcommand)]
pub enum SeatCommand {
    /// Nombra a una persona titular o suplente de un Estado para un mandato
    Assign {
        #[arg(long, value_name = "PERSONA")]
        person: i64,
        /// Código del Estado (CR, GT …)
        #[arg(long, value_name = "CÓDIGO")]
        country: String,
        /// tdp (trata de personas) o tim (tráfico ilícito de migrantes)
        #[arg(long, value_enum, value_name = "MANDATO", hide_possible_values = true)]
        mandate: MandateArg,
        /// titular o suplente
        #[arg(long, value_enum, value_name = "ROL", hide_possible_values = true)]
        role: RoleArg,
        /// Primer día del nombramiento (AAAA-MM-DD)
        #[arg(long, value_name = "FECHA")]
        from: String,
        /// Día en que deja el puesto (AAAA-MM-DD), si ya se conoce
        #[arg(long, value_name = "FECHA")]
        to: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Termina el nombramiento abierto de una persona: desde esa fecha ya no ocupa el puesto
    End {
        #[arg(long, value_name = "PERSONA")]
        person: i64,
        #[arg(long, value_name = "CÓDIGO")]
        country: String,
        #[arg(long, value_enum, value_name = "MANDATO", hide_possible_values = true)]
        mandate: MandateArg,
        #[arg(long, value_name = "FECHA")]
        on: String,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Args)]
pub struct DirectoryShow {
    /// Fecha (AAAA-MM-DD); por defecto, hoy
    #[arg(long, value_name = "FECHA")]
    pub on: Option<String>,
    /// Salida en JSON
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum DirectoryFormat {
    Csv,
    Vcf,
}

#[derive(Debug, Subcommand)]
pub enum DirectoryCommand {
    /// Exporta el directorio en CSV o vCard 4.0
    Export {
        /// csv o vcf
        #[arg(long, value_enum, value_name = "FORMATO", hide_possible_values = true)]
        format: DirectoryFormat,
        /// Archivo de salida (por defecto, la salida estándar)
        #[arg(short, long, value_name = "ARCHIVO")]
        output: Option<PathBuf>,
        /// Solo esta persona (vcf)
        #[arg(long, value_name = "PERSONA", conflicts_with = "country")]
        person: Option<i64>,
        /// Solo quienes ocupan hoy los puestos de este Estado (vcf)
        #[arg(long, value_name = "CÓDIGO")]
        country: Option<String>,
    },
    /// Importa un directorio en CSV; no escribe nada si alguna línea tiene errores
    Import {
        /// csv
        #[arg(long, value_enum, value_name = "FORMATO", hide_possible_values = true)]
        format: ImportFormat,
        #[arg(value_name = "ARCHIVO")]
        file: PathBuf,
        /// Revisa el archivo sin escribir nada
        #[arg(long)]
        dry_run: bool,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ImportFormat {
    Csv,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum OrgKindArg {
    International,
    CivilSociety,
}

#[derive(Debug, Subcommand)]
pub enum OrgCommand {
    /// Registra una organización observadora
    Add {
        #[arg(long, value_name = "TEXTO")]
        name: String,
        /// international o civil-society
        #[arg(long, value_enum, value_name = "TIPO", hide_possible_values = true)]
        kind: OrgKindArg,
        #[arg(long, value_name = "SIGLAS")]
        acronym: Option<String>,
        /// Fecha de admisión por el pleno (AAAA-MM-DD)
        #[arg(long, value_name = "FECHA")]
        since: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Lista las organizaciones observadoras
    List {
        #[arg(long)]
        json: bool,
    },
    /// Registra a una persona como representante de una organización
    Represent {
        #[arg(long, value_name = "ORGANIZACIÓN")]
        org: i64,
        #[arg(long, value_name = "PERSONA")]
        person: i64,
        #[arg(long, value_name = "FECHA")]
        from: String,
        #[arg(long, value_name = "FECHA")]
        to: Option<String>,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum MemberCommand {
    /// Incorpora un Estado miembro
    Add {
        /// Código ISO 3166 de dos letras
        #[arg(long, value_name = "CÓDIGO")]
        code: String,
        #[arg(long, value_name = "NOMBRE")]
        name: String,
        /// Nombre en inglés
        #[arg(long, value_name = "NOMBRE")]
        name_en: Option<String>,
        #[arg(long, value_name = "FECHA")]
        since: String,
        #[arg(long, value_name = "FECHA")]
        until: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Registra que un Estado deja la Coalición en una fecha
    End {
        #[arg(long, value_name = "CÓDIGO")]
        code: String,
        #[arg(long, value_name = "FECHA")]
        on: String,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum OfficeArg {
    Presidencia,
    SecretariaTecnica,
    Vocal,
}

#[derive(Debug, Subcommand)]
pub enum OfficeCommand {
    /// Asigna un cargo a un Estado por un periodo
    Assign {
        /// presidencia, secretaria-tecnica o vocal
        #[arg(long, value_enum, value_name = "CARGO", hide_possible_values = true)]
        office: OfficeArg,
        #[arg(long, value_name = "CÓDIGO")]
        country: String,
        #[arg(long, value_name = "FECHA")]
        from: String,
        #[arg(long, value_name = "FECHA")]
        to: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Lista quién ejerció cada cargo
    List {
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum CommitteeCommand {
    /// Crea un comité de trabajo
    Add {
        #[arg(long, value_name = "TEXTO")]
        name: String,
        #[arg(long, value_name = "TEXTO", default_value = "")]
        mandate: String,
        #[arg(long, value_name = "FECHA")]
        from: String,
        #[arg(long, value_name = "FECHA")]
        to: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Añade un Estado o una persona a un comité
    Member {
        #[arg(value_name = "COMITÉ")]
        committee: i64,
        #[arg(long, value_name = "CÓDIGO", conflicts_with = "person", required_unless_present = "person")]
        country: Option<String>,
        #[arg(long, value_name = "PERSONA")]
        person: Option<i64>,
        #[arg(long, value_name = "FECHA")]
        from: String,
        #[arg(long, value_name = "FECHA")]
        to: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Lista los comités
    List {
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum MinutesCommand {
    /// Redacta (o vuelve a redactar) el borrador desde el registro; las notas se conservan
    Draft {
        #[arg(value_name = "REUNIÓN")]
        meeting: i64,
    },
    /// Escribe la relación de un punto de la agenda
    Note {
        #[arg(value_name = "REUNIÓN")]
        meeting: i64,
        #[arg(long, value_name = "PUNTO")]
        item: i64,
        #[arg(long, value_name = "TEXTO")]
        text: String,
    },
    /// Circula una nueva versión numerada para comentarios
    Circulate {
        #[arg(value_name = "REUNIÓN")]
        meeting: i64,
    },
    /// Aprueba el acta en una reunión posterior (en su punto de lectura y aprobación del acta anterior)
    Approve {
        #[arg(value_name = "REUNIÓN")]
        meeting: i64,
        /// La reunión en que se aprueba
        #[arg(long, value_name = "REUNIÓN")]
        at: i64,
        /// Una decisión ya adoptada que la aprueba; si no, se toma por consenso ahora
        #[arg(long, value_name = "DECISIÓN")]
        decision: Option<i64>,
        /// Hora de la aprobación (HH:MM); por defecto, ahora
        #[arg(long, value_name = "HH:MM")]
        time: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Muestra el acta (texto, o JSON con estado, versión y huella)
    Show {
        #[arg(value_name = "REUNIÓN")]
        meeting: i64,
        #[arg(long)]
        json: bool,
    },
    /// Comprueba la cadena de huellas de todas las actas aprobadas
    Verify {
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum ErratumCommand {
    /// Registra una fe de erratas a un acta aprobada
    Add {
        #[arg(value_name = "REUNIÓN")]
        meeting: i64,
        #[arg(long, value_name = "TEXTO")]
        text: String,
    },
    /// Registra la aprobación de una fe de erratas en una reunión posterior
    Approve {
        #[arg(value_name = "ERRATA")]
        id: i64,
        #[arg(long, value_name = "REUNIÓN")]
        at: i64,
    },
}

#[derive(Debug, Subcommand)]
pub enum PdfCommand {
    /// El Plan Estratégico
    Plan {
        /// Archivo PDF de salida
        #[arg(short, long, value_name = "ARCHIVO")]
        output: PathBuf,
    },
    /// La matriz del plan operativo anual de un año
    Poa {
        #[arg(long, value_name = "AÑO")]
        year: i32,
        #[arg(short, long, value_name = "ARCHIVO")]
        output: PathBuf,
    },
    /// La convocatoria de una reunión, con la agenda provisional
    Notice {
        #[arg(value_name = "REUNIÓN")]
        meeting: i64,
        #[arg(short, long, value_name = "ARCHIVO")]
        output: PathBuf,
    },
    /// La agenda (orden del día) con horarios, ponentes y documentos de referencia
    Agenda {
        #[arg(value_name = "REUNIÓN")]
        meeting: i64,
        #[arg(short, long, value_name = "ARCHIVO")]
        output: PathBuf,
    },
    /// La lista de asistencia para firmar, por Estado, observadores e invitados
    AttendanceSheet {
        #[arg(value_name = "REUNIÓN")]
        meeting: i64,
        #[arg(short, long, value_name = "ARCHIVO")]
        output: PathBuf,
    },
    /// El informe de asistencia: horarios, modalidad y verificaciones del quórum
    Attendance {
        #[arg(value_name = "REUNIÓN")]
        meeting: i64,
        #[arg(short, long, value_name = "ARCHIVO")]
        output: PathBuf,
    },
    /// El registro de acuerdos (todos, los de una reunión o los de un eje del plan)
    Agreements {
        #[arg(long, value_name = "REUNIÓN", conflicts_with = "axis")]
        meeting: Option<i64>,
        /// Eje del plan (1 a 4)
        #[arg(long, value_name = "EJE")]
        axis: Option<String>,
        #[arg(short, long, value_name = "ARCHIVO")]
        output: PathBuf,
    },
    /// El directorio en una fecha (hoy por defecto)
    Directory {
        /// Fecha (AAAA-MM-DD)
        #[arg(long, value_name = "FECHA")]
        on: Option<String>,
        #[arg(short, long, value_name = "ARCHIVO")]
        output: PathBuf,
    },
    /// El acta de una reunión: aprobada con su huella SHA-256, o borrador con marca de agua
    Minutes {
        #[arg(value_name = "REUNIÓN")]
        meeting: i64,
        #[arg(short, long, value_name = "ARCHIVO")]
        output: PathBuf,
    },
}
