//! `pleno poa …`: a POA for every year (seed §IX) — created empty or copied,
//! edited while borrador, approved by a decision, then amended only citing one
//! (the API refuses otherwise); exported and imported as XLSX and JSON.

use std::path::{Path, PathBuf};

use clap::{Args, Subcommand, ValueEnum};
use pleno_api::poa::{ObjectiveDraft, PoaEdit};
use pleno_api::{Api, ImportMode};
use pleno_domain::plan::{Activity, OperatingPlan, Percent};
use pleno_domain::poa::{parties_label, ActivityDraft, ActivityPatch, PoaChange, ResponsibleParty, Weight};
use pleno_domain::Language;

use crate::cli::{Ctx, Result};
use crate::error::CliError;
use crate::output;

#[derive(Debug, Subcommand)]
pub enum PoaCommand {
    /// Crea el POA de un año, vacío o como copia de la estructura de otro año
    Create {
        #[arg(long, value_name = "AÑO")]
        year: i32,
        /// Año del POA cuya estructura se copia
        #[arg(long, value_name = "AÑO")]
        copy_from: Option<i32>,
    },
    /// Muestra el POA de un año con sus objetivos y actividades
    Show {
        #[arg(long, value_name = "AÑO")]
        year: i32,
    },
    /// El historial de cambios del POA de un año
    History {
        #[arg(long, value_name = "AÑO")]
        year: i32,
    },
    /// Los objetivos operativos de un POA
    Objective {
        #[command(subcommand)]
        command: ObjectiveCommand,
    },
    /// Las actividades de un POA
    Activity {
        #[command(subcommand)]
        command: ActivityCommand,
    },
    /// Aprueba el POA de un año por una decisión del pleno
    Approve {
        #[arg(long, value_name = "AÑO")]
        year: i32,
        #[arg(long, value_name = "DECISIÓN")]
        decision: i64,
    },
    /// Exporta el POA de un año en XLSX (las columnas del documento) o JSON
    Export {
        #[arg(long, value_name = "AÑO")]
        year: i32,
        #[arg(long, value_enum, value_name = "FORMATO")]
        format: PoaFormat,
        /// Archivo de salida (por defecto, la salida estándar para json)
        #[arg(short, long, value_name = "ARCHIVO")]
        output: Option<PathBuf>,
    },
    /// Importa un POA editado en XLSX; no escribe nada si alguna celda tiene errores
    Import {
        #[arg(long, value_name = "AÑO")]
        year: i32,
        #[arg(value_name = "ARCHIVO")]
        file: PathBuf,
        /// Revisa el archivo sin escribir nada
        #[arg(long)]
        dry_run: bool,
        /// La decisión que aprobó la enmienda (obligatoria si el POA está aprobado)
        #[arg(long, value_name = "DECISIÓN")]
        decision: Option<i64>,
    },
}

/// The POA's export formats (the command line's own, not the domain's).
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum PoaFormat {
    Xlsx,
    Json,
}

#[derive(Debug, Subcommand)]
pub enum ObjectiveCommand {
    /// Añade un objetivo operativo al servicio de un objetivo estratégico
    Add {
        #[arg(long, value_name = "AÑO")]
        year: i32,
        #[arg(long, value_name = "CÓDIGO")]
        code: String,
        #[arg(long, value_name = "TEXTO")]
        title: String,
        /// Código del objetivo estratégico (p. ej. 2.1)
        #[arg(long, value_name = "CÓDIGO")]
        strategic: String,
        #[arg(long, value_name = "DECISIÓN")]
        decision: Option<i64>,
    },
}

#[derive(Debug, Subcommand)]
pub enum ActivityCommand {
    /// Añade una actividad
    Add(ActivityArgs),
    /// Modifica los campos indicados de una actividad
    Edit(ActivityArgs),
    /// Elimina una actividad que ningún acuerdo ni informe cita
    Remove {
        #[arg(long, value_name = "AÑO")]
        year: i32,
        #[arg(long, value_name = "CÓDIGO")]
        code: String,
        #[arg(long, value_name = "DECISIÓN")]
        decision: Option<i64>,
    },
}

#[derive(Debug, Args)]
pub struct ActivityArgs {
    #[arg(long, value_name = "AÑO")]
    year: i32,
    /// Código de la actividad (p. ej. 2.1.1.3)
    #[arg(long, value_name = "CÓDIGO")]
    code: String,
    /// Objetivo operativo (por defecto, el código sin su último número)
    #[arg(long, value_name = "CÓDIGO")]
    objective: Option<String>,
    #[arg(long, value_name = "TEXTO")]
    title: Option<String>,
    #[arg(long, value_name = "TEXTO")]
    meta: Option<String>,
    #[arg(long, value_name = "TEXTO")]
    indicator: Option<String>,
    /// Responsables: coalicion, mecanismos, mecanismo:CR, presidencia, st, comite:NOMBRE, institucion:NOMBRE
    #[arg(long, value_name = "RESPONSABLE", num_args = 1..)]
    responsible: Vec<String>,
    /// % previsto en el I semestre
    #[arg(long, value_name = "N")]
    s1: Option<i64>,
    /// % previsto en el II semestre
    #[arg(long, value_name = "N")]
    s2: Option<i64>,
    /// Peso en los resultados ponderados (1 por defecto)
    #[arg(long, value_name = "N")]
    weight: Option<u32>,
    /// La decisión que aprobó la enmienda (obligatoria si el POA está aprobado)
    #[arg(long, value_name = "DECISIÓN")]
    decision: Option<i64>,
}

/// The typed values of an activity's flags, each refused in the domain's words.
struct Typed {
    parties: Option<Vec<ResponsibleParty>>,
    s1: Option<Percent>,
    s2: Option<Percent>,
    weight: Option<Weight>,
}

impl ActivityArgs {
    fn typed(&self) -> Result<Typed> {
        let parties = match self.responsible.is_empty() {
            true => None,
            false => Some(
                self.responsible.iter().map(|p| ResponsibleParty::parse(p)).collect::<std::result::Result<_, _>>()?,
            ),
        };
        Ok(Typed {
            parties,
            s1: self.s1.map(Percent::new).transpose()?,
            s2: self.s2.map(Percent::new).transpose()?,
            weight: self.weight.map(Weight::new).transpose()?,
        })
    }

    fn draft(&self) -> Result<ActivityDraft> {
        let typed = self.typed()?;
        let objective = match &self.objective {
            Some(o) => o.clone(),
            None => self.code.rsplit_once('.').map(|(head, _)| head.to_string()).unwrap_or_default(),
        };
        Ok(ActivityDraft {
            objective,
            code: self.code.clone(),
            title: self.title.clone().unwrap_or_default(),
            target: self.meta.clone().unwrap_or_default(),
            indicator: self.indicator.clone().unwrap_or_default(),
            parties: typed.parties.unwrap_or_default(),
            semester_1: typed.s1,
            semester_2: typed.s2,
            weight: typed.weight,
        })
    }

    fn patch(&self) -> Result<ActivityPatch> {
        let typed = self.typed()?;
        Ok(ActivityPatch {
            title: self.title.clone(),
            target: self.meta.clone(),
            indicator: self.indicator.clone(),
            parties: typed.parties,
            semester_1: typed.s1,
            semester_2: typed.s2,
            weight: typed.weight,
        })
    }
}

/// Who makes a change from the command line: the Secretariat, now.
fn edit(ctx: &Ctx, decision_id: Option<i64>) -> PoaEdit {
    PoaEdit { by: "Secretaría Técnica".into(), at: ctx.now, decision_id }
}

pub fn run(api: &mut Api, command: PoaCommand, ctx: &Ctx) -> Result<()> {
    match command {
        PoaCommand::Create { year, copy_from } => {
            let plan = api.create_operating_plan(year, copy_from, &edit(ctx, None))?;
            let n = plan.activities().count();
            ctx.say(
                &plan,
                format!("POA {year} creado ({n} actividades)"),
                format!("POA {year} created ({n} activities)"),
            )
        }
        PoaCommand::Show { year } => {
            let plan = api.operating_plan(year)?;
            ctx.show(&plan, || print_plan(&plan, ctx.lang))
        }
        PoaCommand::History { year } => {
            let changes = api.poa_history(year)?;
            ctx.show(&changes, || print_history(&changes, ctx.lang))
        }
        PoaCommand::Objective { command: ObjectiveCommand::Add { year, code, title, strategic, decision } } => {
            let draft = ObjectiveDraft { code: code.clone(), title, strategic_objective: strategic };
            let plan = api.add_operational_objective(year, &draft, &edit(ctx, decision))?;
            ctx.say(
                &plan,
                format!("Objetivo {code} añadido al POA {year}"),
                format!("Objective {code} added to POA {year}"),
            )
        }
        PoaCommand::Activity { command } => activity(api, command, ctx),
        PoaCommand::Approve { year, decision } => {
            let plan = api.approve_operating_plan(year, decision, "Secretaría Técnica", ctx.now)?;
            ctx.say(
                &plan,
                format!("POA {year} aprobado por la decisión {decision}"),
                format!("POA {year} approved by decision {decision}"),
            )
        }
        PoaCommand::Export { year, format: PoaFormat::Json, output: to } => {
            output::text_to(&api.export_poa_json(year)?, to.as_deref(), ctx.lang)
        }
        PoaCommand::Export { year, format: PoaFormat::Xlsx, output: to } => {
            let Some(to) = to else { return Err(CliError::OutputRequired { format: "xlsx".into() }.into()) };
            write(&to, &api.export_poa_xlsx(year)?, ctx.lang)
        }
        PoaCommand::Import { year, file, dry_run, decision } => {
            let import = api.import_poa_file(year, &file, ImportMode::dry_run(dry_run), &edit(ctx, decision))?;
            ctx.show(&import, || {
                let w = |label_es: &str, label_en: &str, codes: &[String]| {
                    if !codes.is_empty() {
                        println!("{}: {}", ctx.lang.pick(label_es, label_en), codes.join(", "));
                    }
                };
                w("Objetivos añadidos", "Objectives added", &import.objectives_added);
                w("Actividades añadidas", "Activities added", &import.added);
                w("Actividades modificadas", "Activities changed", &import.edited);
                w("Actividades eliminadas", "Activities removed", &import.removed);
                print_done(import.problems.is_empty(), import.written, ctx.lang);
            })?;
            super::monitoring::rejected(&import.problems)
        }
    }
}

fn activity(api: &mut Api, command: ActivityCommand, ctx: &Ctx) -> Result<()> {
    match command {
        ActivityCommand::Add(args) => {
            let made = api.add_activity(args.year, &args.draft()?, &edit(ctx, args.decision))?;
            let code = &made.code;
            ctx.say(&made, format!("Actividad {code} añadida"), format!("Activity {code} added"))
        }
        ActivityCommand::Edit(args) => {
            let changed = api.edit_activity(args.year, &args.code, &args.patch()?, &edit(ctx, args.decision))?;
            let code = &changed.code;
            ctx.say(&changed, format!("Actividad {code} modificada"), format!("Activity {code} changed"))
        }
        ActivityCommand::Remove { year, code, decision } => {
            api.remove_activity(year, &code, &edit(ctx, decision))?;
            let answer = serde_json::json!({ "year": year, "code": code, "removed": true });
            ctx.say(&answer, format!("Actividad {code} eliminada"), format!("Activity {code} removed"))
        }
    }
}

/// Writes a binary file atomically and says so on stderr (stdout stays for JSON).
pub(crate) fn write(to: &Path, bytes: &[u8], lang: Language) -> Result<()> {
    pleno_api::write_file_atomically(to, bytes)?;
    eprintln!("{} {} ({} KB)", lang.pick("Escrito", "Written"), to.display(), bytes.len().div_ceil(1024));
    Ok(())
}

pub(crate) fn print_done(clean: bool, written: bool, lang: Language) {
    let line = match (clean, written) {
        (false, _) => lang.pick("Hay errores: no se escribió nada.", "There are errors: nothing was written."),
        (true, true) => lang.pick("Importado.", "Imported."),
        (true, false) => {
            lang.pick("Sin errores (ensayo: no se escribió nada).", "No errors (dry run: nothing written).")
        }
    };
    println!("{line}");
}

fn percent(p: Option<Percent>) -> String {
    p.map_or("—".into(), |p| format!("{}%", p.value()))
}

fn print_plan(plan: &OperatingPlan, lang: Language) {
    println!("{} — {}", plan.title, plan.status.label(lang));
    for objective in &plan.objectives {
        println!("{} {}", objective.code, objective.title);
        for a in &objective.activities {
            print_activity(a, lang);
        }
    }
}

fn print_activity(a: &Activity, lang: Language) {
    let weight = lang.pick("peso", "weight");
    println!(
        "  {} {} [I {} · II {} · {weight} {}] {}",
        a.code,
        a.title,
        percent(a.semester_1),
        percent(a.semester_2),
        a.weight.value(),
        parties_label(&a.parties, lang)
    );
}

fn print_history(changes: &[PoaChange], lang: Language) {
    for c in changes {
        let decision =
            c.decision_id.map(|d| format!(" ({} {d})", lang.pick("decisión", "decision"))).unwrap_or_default();
        let words: Vec<&str> = c.fields.iter().map(|f| f.label(lang)).collect();
        let fields = if words.is_empty() { String::new() } else { format!(": {}", words.join(", ")) };
        let code = c.code.as_deref().unwrap_or("");
        println!("{} {} — {} {code}{fields}{decision}", c.at.format("%Y-%m-%d %H:%M"), c.by, c.kind.label(lang));
    }
}
