//! `pleno person …`: the people of the directory and their contacts.

use clap::{Args, Subcommand};
use pleno_api::Api;
use pleno_domain::directory::{Contact, ContactKind};
use pleno_domain::directory_model::PersonDraft;

use crate::cli::{Ctx, PageArgs, Result};
use crate::output;

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
    },
    /// Corrige los datos de una persona (los contactos dados reemplazan a los de su tipo)
    Edit {
        /// Número de la persona
        #[arg(value_name = "PERSONA")]
        id: i64,
        #[command(flatten)]
        fields: PersonFields,
    },
    /// Muestra una persona con su historial de nombramientos
    Show {
        #[arg(value_name = "PERSONA")]
        id: i64,
    },
    /// Lista las personas; busca sin importar tildes ni mayúsculas
    List {
        /// Texto a buscar en el nombre, la institución o el cargo
        #[arg(long, value_name = "TEXTO")]
        search: Option<String>,
        #[command(flatten)]
        page: PageArgs,
    },
}

/// Applies the fields given on the command line to a draft; contacts given for a
/// kind replace the draft's contacts of that kind, the first one preferred.
fn apply_fields(mut draft: PersonDraft, f: PersonFields) -> PersonDraft {
    let set = |target: &mut String, value: Option<String>| {
        if let Some(v) = value {
            *target = v;
        }
    };
    set(&mut draft.name, f.name);
    set(&mut draft.honorific, f.title);
    set(&mut draft.position, f.position);
    set(&mut draft.institution, f.institution);
    set(&mut draft.notes, f.notes);
    if !f.language.is_empty() {
        draft.languages = f.language;
    }
    for (kind, values) in [
        (ContactKind::Email, f.email),
        (ContactKind::Phone, f.phone),
        (ContactKind::Messaging, f.messaging),
        (ContactKind::Address, f.address),
    ] {
        if values.is_empty() {
            continue;
        }
        draft.contacts.retain(|c| c.kind != kind);
        draft.contacts.extend(values.into_iter().enumerate().map(|(i, value)| Contact {
            kind,
            value,
            label: String::new(),
            preferred: i == 0,
        }));
    }
    draft
}

pub fn run(api: &mut Api, command: PersonCommand, ctx: &Ctx) -> Result<()> {
    match command {
        PersonCommand::Add { fields } => {
            let p = api.add_person(&apply_fields(PersonDraft::default(), fields))?;
            let (id, name) = (p.id, p.display_name());
            ctx.say(&p, format!("Persona {id} añadida: {name}"), format!("Person {id} added: {name}"))
        }
        PersonCommand::Edit { id, fields } => {
            let current = api.person(id)?.person;
            let draft = PersonDraft {
                name: current.name,
                honorific: current.honorific,
                position: current.position,
                institution: current.institution,
                languages: current.languages,
                notes: current.notes,
                contacts: current.contacts,
            };
            let p = api.update_person(id, &apply_fields(draft, fields))?;
            let (id, name) = (p.id, p.display_name());
            ctx.say(&p, format!("Persona {id} actualizada: {name}"), format!("Person {id} updated: {name}"))
        }
        PersonCommand::Show { id } => {
            let detail = api.person(id)?;
            ctx.show(&detail, || output::person_detail(&detail, ctx.lang))
        }
        PersonCommand::List { search, page: PageArgs { limit: Some(limit), cursor } } => {
            let page = api.people_page(search.as_deref(), cursor.as_deref(), limit)?;
            ctx.show_page(&page, page.next_cursor.as_deref(), page.total, || output::people(&page.items, ctx.lang))
        }
        PersonCommand::List { search, .. } => {
            let people = api.people(search.as_deref())?;
            ctx.show(&people, || output::people(&people, ctx.lang))
        }
    }
}
