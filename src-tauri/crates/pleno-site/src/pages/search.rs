//! The search page, the only one that needs JavaScript: Pagefind's own interface
//! over the bundle in `pagefind/`, with its filters (year, member state, status).
//! Without JavaScript it says so and points to the register and the meetings.

use crate::html::Html;
use crate::layout::{Page, Section};
use crate::Site;

pub fn page(site: &Site) -> Page {
    let lang = site.lang;
    let mut h = Html::new();
    h.el("h1", site.pick("Buscar en el archivo", "Search the archive"));
    h.el(
        "p",
        site.pick(
            "Busca en las actas aprobadas y en el registro de acuerdos, sin importar tildes ni mayúsculas. \
             Los filtros acotan por año, Estado miembro y situación.",
            "Searches the approved minutes and the register of agreements, ignoring accents and case. \
             The filters narrow by year, member state and status.",
        ),
    );
    h.raw("<div id=\"search\" class=\"search\"></div>");
    h.raw("<noscript><p class=\"notice\">");
    h.text(site.pick(
        "La búsqueda necesita JavaScript. Sin él, el archivo se recorre desde ",
        "Search needs JavaScript. Without it, the archive can be browsed from ",
    ));
    h.link("../agreements/index.html", Section::Agreements.name(lang))
        .text(site.pick(" y ", " and "))
        .link("../meetings/index.html", Section::Meetings.name(lang))
        .raw(".</p></noscript>");
    let mut page = Page::new(Section::Search.path(), Section::Search.name(lang), Section::Search, h.into_string());
    page.head = "<link rel=\"stylesheet\" href=\"../pagefind/pagefind-ui.css\">\n\
                 <script src=\"../pagefind/pagefind-ui.js\"></script>\n\
                 <script src=\"search.js\" defer></script>\n"
        .to_string();
    page
}
