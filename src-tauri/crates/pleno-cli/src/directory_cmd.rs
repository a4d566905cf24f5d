//! The directory's commands: persons, seats, the directory on a date, exports and
//! imports, organisations, memberships, offices and committees.

use chrono::NaiveDate;
use pleno_api::directory::{MemberDraft, OrganisationDraft, SeatAssignment};
use pleno_api::directory_vcard::VcardScope;
use pleno_api::{Api, ApiError};
use pleno_domain::country::Crime;
use pleno_domain::dates::parse_date;
use pleno_domain::directory::{Contact, ContactKind, SeatRole};
use pleno_domain::directory_model::{Office, OrganisationKind, PersonDraft};

use crate::args::*;
use crate::output;

type Result<T> = std::result::Result<T, ApiError>;

pub(crate) fn date(field: &str, text: &str) -> Result<NaiveDate> {
    Ok(parse_date(field, text)?)
}

pub(crate) fn optional_date(field: &str, text: Option<&str>) -> Result<Option<NaiveDate>> {
    text.map(|t| date(field, t)).transpose()
}

fn mandate(m: MandateArg) -> Crime {
    match m {
        MandateArg::Tdp => Crime::Tdp,
        MandateArg::Tim => Crime::Tim,
    }
}

/// Applies the fields given on the command line to a draft; contacts given for a
/// kind replace the draft's contacts of that kind, the first one preferred.
fn apply_fields(mut draft: PersonDraft, f: &PersonFields) -> PersonDraft {
    let set = |target: &mut String, value: &Option<String>| {
        if let Some(v) = value {
            *target = v.clone();
        }
    };
    set(&mut draft.name, &f.name);
    set(&mut draft.honorific, &f.title);
    set(&mut draft.position, &f.position);
    set(&mut draft.institution, &f.institution);
    set(&mut draft.notes, &f.notes);
    if !f.language.is_empty() {
        draft.languages = f.language.clone();
    }
    for (kind, values) in [
        (ContactKind::Email, &f.email),
        (ContactKind::Phone, &f.phone),
        (ContactKind::Messaging, &f.messaging),
        (ContactKind::Address, &f.address),
    ] {
        if values.is_empty() {
            continue;
        }
        draft.contacts.retain(|c| c.kind != kind);
        draft.contacts.extend(values.iter().enumerate().map(|(i, v)| Contact {
            kind,
            value: v.clone(),
            label: String::new(),
            preferred: i == 0,
        }));
    }
    draft
}

pub fn run(api: &mut Api, command: Command, today: NaiveDate) -> Result<()> {
    match command {
        Command::Person { command } => person(api, command),
        Command::Seat { command } => seat(api, command),
        Command::Directory { command: None, show } => {
            let on = optional_date("--on", show.on.as_deref())?.unwrap_or(today);
            let directory = api.directory(on)?;
            if show.json {
                output::json(&directory)
            } else {
                output::directory(&directory);
                Ok(())
            }
        }
        Command::Directory { command: Some(command), .. } => directory(api, command, today),
        Command::Org { command } => org(api, command),
        Command::Member { command } => member(api, command),
        Command::Office { command } => office(api, command),
        Command::Committee { command } => committee(api, command),
        _ => unreachable!("dispatched by main"),
    }
}

fn person(api: &mut Api, command: PersonCommand) -> Result<()> {
    match command {
        PersonCommand::Add { fields, json } => {
            let person = api.add_person(&apply_fields(PersonDraft::default(), &fields))?;
            output::json_or(json, &person, || println!("Persona {} añadida: {}", person.id, person.display_name()))
        }
        PersonCommand::Edit { id, fields, json } => {
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
            let person = api.update_person(id, &apply_fields(draft, &fields))?;
            output::json_or(json, &person, || println!("Persona {} actualizada: {}", person.id, person.display_name()))
        }
        PersonCommand::Show { id, json } => {
            let detail = api.person(id)?;
            output::json_or(json, &detail, || output::person_detail(&detail))
        }
        PersonCommand::List { search, json } => {
            let people = api.people(search.as_deref())?;
            output::json_or(json, &people, || output::people(&people))
        }
    }
}

fn seat(api: &mut Api, command: SeatCommand) -> Result<()> {
    match command {
        SeatCommand::Assign { person, country, mandate: m, role, from, to, json } => {
            let seat = api.assign_seat(&SeatAssignment {
                person_id: person,
                country,
                mandate: mandate(m),
                role: match role {
                    RoleArg::Titular => SeatRole::Titular,
                    RoleArg::Suplente => SeatRole::Suplente,
                },
                starts_on: date("--from", &from)?,
                ends_on: optional_date("--to", to.as_deref())?,
            })?;
            output::json_or(json, &seat, || output::seat(&seat))
        }
        SeatCommand::End { person, country, mandate: m, on, json } => {
            let seat = api.end_seat(person, &country, mandate(m), date("--on", &on)?)?;
            output::json_or(json, &seat, || output::seat(&seat))
        }
    }
}

fn directory(api: &mut Api, command: DirectoryCommand, today: NaiveDate) -> Result<()> {
    match command {
        DirectoryCommand::Export { format, output: path, person, country } => {
            let format = match format {
                DirectoryFormat::Csv => pleno_api::directory_vcard::DirectoryFormat::Csv,
                DirectoryFormat::Vcf => pleno_api::directory_vcard::DirectoryFormat::Vcf,
            };
            let text = api.export_directory(format, &VcardScope::choose(person, country, today))?;
            output::text_to(&text, path.as_deref())
        }
        DirectoryCommand::Import { format: ImportFormat::Csv, file, dry_run, json } => {
            let report = api.import_directory_file(&file, pleno_api::directory_csv::ImportMode::dry_run(dry_run))?;
            if json {
                output::json(&report)?;
            } else {
                output::import_report(&report);
            }
            if report.problems.is_empty() {
                Ok(())
            } else {
                Err(ApiError::invalid(format!("{} línea(s) con errores; no se escribió nada", report.problems.len())))
            }
        }
    }
}

fn org(api: &mut Api, command: OrgCommand) -> Result<()> {
    match command {
        OrgCommand::Add { name, kind, acronym, since, json } => {
            let organisation = api.add_organisation(&OrganisationDraft {
                name,
                acronym: acronym.unwrap_or_default(),
                kind: match kind {
                    OrgKindArg::International => OrganisationKind::International,
                    OrgKindArg::CivilSociety => OrganisationKind::CivilSociety,
                },
                starts_on: optional_date("--since", since.as_deref())?,
            })?;
            output::json_or(json, &organisation, || {
                println!("Organización {} registrada: {}", organisation.id, organisation.name)
            })
        }
        OrgCommand::List { json } => {
            let organisations = api.organisations()?;
            output::json_or(json, &organisations, || {
                for o in &organisations {
                    println!("{:>3}  {} ({})", o.id, o.name, o.kind.spanish());
                }
            })
        }
        OrgCommand::Represent { org, person, from, to, json } => {
            let r =
                api.add_representative(person, org, date("--from", &from)?, optional_date("--to", to.as_deref())?)?;
            output::json_or(json, &r, || println!("{} representa a {}", r.person_name, r.organisation_name))
        }
    }
}

fn member(api: &mut Api, command: MemberCommand) -> Result<()> {
    match command {
        MemberCommand::Add { code, name, name_en, since, until, json } => {
            let listing = api.add_member(&MemberDraft {
                code,
                name,
                name_en: name_en.unwrap_or_default(),
                starts_on: date("--since", &since)?,
                ends_on: optional_date("--until", until.as_deref())?,
            })?;
            output::json_or(json, &listing, || {
                println!("{} ({}) es miembro de la Coalición", listing.name, listing.code)
            })
        }
        MemberCommand::End { code, on } => {
            api.end_membership(&code, date("--on", &on)?)?;
            println!("Membresía de {code} terminada el {on}");
            Ok(())
        }
    }
}

fn office(api: &mut Api, command: OfficeCommand) -> Result<()> {
    match command {
        OfficeCommand::Assign { office, country, from, to, json } => {
            let office = match office {
                OfficeArg::Presidencia => Office::Presidencia,
                OfficeArg::SecretariaTecnica => Office::SecretariaTecnica,
                OfficeArg::Vocal => Office::Vocal,
            };
            let term =
                api.assign_office(office, &country, date("--from", &from)?, optional_date("--to", to.as_deref())?)?;
            output::json_or(json, &term, || println!("{}: {}", term.office.spanish(), term.country_name))
        }
        OfficeCommand::List { json } => {
            let terms: Vec<_> = Office::ALL.iter().map(|o| api.office_terms(*o)).collect::<Result<Vec<_>>>()?.concat();
            output::json_or(json, &terms, || output::office_terms(&terms))
        }
    }
}

fn committee(api: &mut Api, command: CommitteeCommand) -> Result<()> {
    match command {
        CommitteeCommand::Add { name, mandate, from, to, json } => {
            let c =
                api.add_committee(&name, &mandate, date("--from", &from)?, optional_date("--to", to.as_deref())?)?;
            output::json_or(json, &c, || println!("Comité {} creado: {}", c.id, c.name))
        }
        CommitteeCommand::Member { committee, country, person, from, to, json } => {
            let c = api.add_committee_member(
                committee,
                country.as_deref(),
                person,
                date("--from", &from)?,
                optional_date("--to", to.as_deref())?,
            )?;
            output::json_or(json, &c, || println!("{}: {} miembros", c.name, c.members.len()))
        }
        CommitteeCommand::List { json } => {
            let committees = api.committees(None)?;
            output::json_or(json, &committees, || output::committees(&committees))
        }
    }
}
