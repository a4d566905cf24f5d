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
