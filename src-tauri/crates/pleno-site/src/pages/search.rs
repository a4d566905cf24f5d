//! The search page, the only one that needs JavaScript: a search box and the
//! filters (year, member state, status) over Pagefind's index in `pagefind/`,
//! driven by `search.js`. The words the script shows are given here, in the
//! site's language. Without JavaScript the page says so and points to the
//! register and the meetings.

use crate::html::{esc, Html};
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
    h.raw(&format!(
        "<form id=\"search-form\" role=\"search\" hidden data-searching=\"{}\" data-none=\"{}\" data-one=\"{}\" \
         data-other=\"{}\" data-all=\"{}\">",
        esc(site.pick("Buscando…", "Searching…")),
        esc(site.pick("Ningún resultado para «{q}».", "No results for “{q}”.")),
        esc(site.pick("1 resultado", "1 result")),
        esc(site.pick("{n} resultados", "{n} results")),
        esc(site.pick("Todos", "All")),
    ));
    h.raw("<label for=\"q\">").text(site.pick("Palabras", "Words")).raw("</label> ");
    h.raw("<input id=\"q\" name=\"q\" type=\"search\" autocomplete=\"off\" autofocus> ");
    h.raw("<button type=\"submit\">").text(site.pick("Buscar", "Search")).raw("</button>");
    h.raw(&format!(
        "<fieldset id=\"search-filters\" hidden><legend>{}</legend></fieldset>",
        esc(site.pick("Filtros", "Filters"))
    ));
    h.raw("</form>");
    h.raw("<p id=\"search-status\" role=\"status\" aria-live=\"polite\"></p><ol id=\"search-results\"></ol>");
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
    page.head = "<script type=\"module\" src=\"search.js\"></script>\n".to_string();
    page
}
