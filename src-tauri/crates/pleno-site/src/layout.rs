//! The frame every page shares: the document head with the one stylesheet, a skip
//! link, the Coalition's name, the navigation (the current section marked for
//! screen readers), the page's `<main>` and a footer saying what the archive is
//! and what it leaves out. Paths are relative, so the site works from any folder
//! of any host, and from the disk.

use pleno_domain::lang::long_date;
use pleno_domain::Language;

use crate::html::esc;
use crate::Site;

/// The sections of the navigation, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Home,
    Meetings,
    Agreements,
    Plan,
    Search,
}

impl Section {
    const ALL: [Section; 5] = [Section::Home, Section::Meetings, Section::Agreements, Section::Plan, Section::Search];

    /// The section's page, from the site's root.
    pub fn path(self) -> &'static str {
        match self {
            Section::Home => "index.html",
            Section::Meetings => "meetings/index.html",
            Section::Agreements => "agreements/index.html",
            Section::Plan => "plan/index.html",
            Section::Search => "search/index.html",
        }
    }

    pub fn name(self, lang: Language) -> &'static str {
        match self {
            Section::Home => lang.pick("Inicio", "Home"),
            Section::Meetings => lang.pick("Reuniones y actas", "Meetings and minutes"),
            Section::Agreements => lang.pick("Registro de acuerdos", "Register of agreements"),
            Section::Plan => lang.pick("Plan Estratégico", "Strategic Plan"),
            Section::Search => lang.pick("Buscar", "Search"),
        }
    }
}

/// One page to write: where, its title, its section, and its `<main>` content.
pub struct Page {
    /// From the site's root: "agreements/3.html".
    pub path: String,
    pub title: String,
    pub section: Section,
    pub main: String,
    /// Whether the search index takes it (meetings with an acta, agreements).
    pub searchable: bool,
    /// Markup for the head, after the stylesheet (the search page's own).
    pub head: String,
}

impl Page {
    pub fn new(path: impl Into<String>, title: impl Into<String>, section: Section, main: String) -> Page {
        Page { path: path.into(), title: title.into(), section, main, searchable: false, head: String::new() }
    }

    pub fn searchable(mut self) -> Page {
        self.searchable = true;
        self
    }

    /// "../" for each folder the page is in, to reach the root.
    pub fn root(&self) -> String {
        "../".repeat(self.path.matches('/').count())
    }

    /// The whole document.
    pub fn render(&self, site: &Site) -> String {
        let lang = site.lang;
        let root = self.root();
        let coalition = lang.pick(
            "Coalición Regional contra la Trata de Personas y el Tráfico Ilícito de Migrantes",
            "Regional Coalition against Trafficking in Persons and Smuggling of Migrants",
        );
        let body_attr = if self.searchable { " data-pagefind-body" } else { "" };
        format!(
            "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <title>{title} — {archive}</title>\n<link rel=\"stylesheet\" href=\"{root}style.css\">\n{head}</head>\n<body>\n\
             <a class=\"skip\" href=\"#main\">{skip}</a>\n\
             <header class=\"site\"><p class=\"org\"><a href=\"{root}index.html\">{coalition}</a></p>\n\
             <p class=\"sub\">{archive}</p>\n{nav}</header>\n\
             <main id=\"main\"{body_attr}>\n{main}\n</main>\n{footer}</body>\n</html>\n",
            lang = lang.as_str(),
            title = esc(&self.title),
            archive = esc(&archive_name(lang)),
            head = self.head,
            skip = lang.pick("Saltar al contenido", "Skip to content"),
            nav = self.nav(lang, &root),
            main = self.main,
            footer = footer(site),
        )
    }

    fn nav(&self, lang: Language, root: &str) -> String {
        let items: String = Section::ALL
            .iter()
            .map(|s| {
                let current = if *s == self.section { " aria-current=\"page\"" } else { "" };
                format!("<li><a href=\"{root}{}\"{current}>{}</a></li>", s.path(), s.name(lang))
            })
            .collect();
        format!("<nav aria-label=\"{}\"><ul>{items}</ul></nav>\n", lang.pick("Secciones", "Sections"))
    }
}

pub fn archive_name(lang: Language) -> String {
    lang.pick("Archivo público de la Coalición", "Public archive of the Coalition").to_string()
}

fn footer(site: &Site) -> String {
    let lang = site.lang;
    format!(
        "<footer class=\"site\"><p>{published}</p><p>{excluded}</p></footer>\n",
        published = esc(&match lang {
            Language::Es => format!(
                "Publicado por la Secretaría Técnica el {}; la situación de los acuerdos es la de ese día.",
                long_date(lang, site.today)
            ),
            Language::En => format!(
                "Published by the Technical Secretariat on {}; the status of agreements is as of that day.",
                long_date(lang, site.today)
            ),
        }),
        excluded = lang.pick(
            "Solo se publican las actas aprobadas y lo que ellas registran; los borradores y los datos de contacto \
             de las personas no se publican.",
            "Only approved minutes and what they record are published; drafts and people's contact details are not."
        ),
    )
}
