//! The published archive as a reader gets it: the demo archive (which has phones,
//! e-mails, draft and circulated actas) published in both languages, and every
//! file of the result read back — pages as text, the actas' PDFs through
//! `pdftotext`, Pagefind's compressed index files unpacked — to prove that no
//! contact data and nothing withheld is in it, and that every link leads to a file.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use flate2::read::GzDecoder;
use pleno_api::Api;
use pleno_domain::directory::ContactKind;
use pleno_domain::Language;
use regex::Regex;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()
}

fn demo() -> Api {
    let mut api = Api::in_memory().unwrap();
    assert!(api.load_demo().unwrap().loaded);
    api
}

fn publish(api: &Api, lang: Language) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    pleno_site::publish(api, dir.path(), lang, today()).unwrap();
    dir
}

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                todo.push(path);
            } else {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

/// What a file says: a PDF's text, an index file unpacked, anything else as it is.
fn readable(path: &Path) -> String {
    let bytes = std::fs::read(path).unwrap();
    if path.extension().is_some_and(|e| e == "pdf") {
        let out =
            std::process::Command::new("pdftotext").arg(path).arg("-").output().expect("pdftotext (poppler-utils)");
        assert!(out.status.success(), "pdftotext failed on {}", path.display());
        return String::from_utf8(out.stdout).unwrap();
    }
    if bytes.starts_with(&[0x1f, 0x8b]) {
        let mut unpacked = Vec::new();
        std::io::Read::read_to_end(&mut GzDecoder::new(&bytes[..]), &mut unpacked).unwrap();
        return String::from_utf8_lossy(&unpacked).into_owned();
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

fn everything(dir: &Path) -> Vec<(PathBuf, String)> {
    files(dir).into_iter().map(|p| (p.clone(), readable(&p))).collect()
}

fn email() -> Regex {
    Regex::new(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+").unwrap()
}

/// International numbers as people write them, in groups ("+506 5550 1007",
/// "+52 (55) 5550-1007"), and local ones in two groups of four ("5550 1007",
/// "5550-1007"). A bare "+131072" is arithmetic in a script, not a number to call.
fn phone() -> Regex {
    Regex::new(r"\+\d{1,3}[\s.(-]+\d{1,4}\)?([\s.-]\d{2,4}){1,3}|\b\d{4}[\s-]\d{4}\b").unwrap()
}

/// The first phone number in `text`; two years joined ("2018-2027", the plan's
/// period) are a period, not a number.
fn first_phone(text: &str) -> Option<&str> {
    let year = |s: &str| s.parse::<u32>().is_ok_and(|y| (1900..=2100).contains(&y));
    phone().find_iter(text).map(|m| m.as_str()).find(|m| {
        let groups: Vec<&str> = m.split([' ', '-']).collect();
        !(groups.len() == 2 && groups.iter().all(|g| year(g)))
    })
}

/// Every contact value of every person in the archive, by kind.
fn contacts(api: &Api) -> Vec<(ContactKind, String)> {
    api.people(None).unwrap().into_iter().flat_map(|p| p.contacts).map(|c| (c.kind, c.value)).collect()
}

#[test]
fn no_e_mail_address_or_phone_number_appears_in_any_published_file() {
    let api = demo();
    let known = contacts(&api);
    // The check is not vacuous: the demo has contact data, and the patterns catch it.
    assert!(known.iter().any(|(k, _)| *k == ContactKind::Email) && known.iter().any(|(k, _)| *k == ContactKind::Phone));
    for (kind, value) in &known {
        match kind {
            ContactKind::Email => assert!(email().is_match(value), "the e-mail pattern misses {value}"),
            ContactKind::Phone => assert!(first_phone(value).is_some(), "the phone pattern misses {value}"),
            _ => {}
        }
    }
    for lang in Language::ALL {
        let site = publish(&api, *lang);
        let read = everything(site.path());
        // And the reading is real: the PDF's text and the unpacked index are there.
        assert!(read.iter().any(|(p, t)| p.extension().is_some_and(|e| e == "pdf") && t.contains("XIII")));
        assert!(read.iter().any(|(p, t)| p.to_string_lossy().ends_with(".pf_fragment") && t.contains("repatri")));
        for (path, text) in &read {
            let shown = path.strip_prefix(site.path()).unwrap().display();
            if let Some(m) = email().find(text) {
                panic!("{shown} ({lang:?}) has an e-mail address: {}", m.as_str());
            }
            if let Some(m) = first_phone(text) {
                panic!("{shown} ({lang:?}) has a phone number: {m}");
            }
            for (_, value) in &known {
                assert!(!text.contains(value.as_str()), "{shown} ({lang:?}) has the contact «{value}»");
            }
        }
    }
}

#[test]
fn drafts_and_what_depends_on_them_are_never_published() {
    let api = demo();
    let site = publish(&api, Language::Es);
    let read = everything(site.path());
    let withheld = [
        // The XIV meeting's acta is circulated, not approved; the XV's is a draft.
        "ACTA DE LA XIV REUNIÓN ORDINARIA",
        "ACTA DE LA XV REUNIÓN ORDINARIA",
        // Agreements the XIV adopted, and a follow-up reported there.
        "a más tardar el 30 de septiembre de 2026",
        "Celebrar el Encuentro Regional",
        "El Petit Comité se instaló",
        // The videoconference link of a virtual meeting.
        "videoconferencia.example",
        "BORRADOR",
    ];
    for text in withheld {
        for (path, content) in &read {
            assert!(!content.contains(text), "{} publishes «{text}»", path.display());
        }
    }
    let xiv = std::fs::read_to_string(site.path().join("meetings/2.html")).unwrap();
    assert!(xiv.contains("aún no ha sido aprobada"), "the XIV's page says why its acta is missing");
    let first = std::fs::read_to_string(site.path().join("agreements/1.html")).unwrap();
    assert!(first.contains("1 seguimiento posterior se publicará"), "the page says a follow-up is pending");
    assert!(first.contains("vencido"), "the status is the one the approved actas give, on the day published");
}

#[test]
fn the_approved_acta_is_published_in_html_and_pdf_with_its_agreements_linked() {
    let api = demo();
    let site = publish(&api, Language::Es);
    let page = std::fs::read_to_string(site.path().join("meetings/1.html")).unwrap();
    for text in [
        "ACTA DE LA XIII REUNIÓN ORDINARIA",
        "20 de noviembre de 2025",
        "href=\"1-acta.pdf\"",
        "href=\"../agreements/2.html\">XIII-RO-2025-02</a>",
        "repatriación",
        "VERIFICACIÓN DEL QUÓRUM",
    ] {
        assert!(page.contains(text), "the XIII's page lacks «{text}»");
    }
    let pdf = readable(&site.path().join("meetings/1-acta.pdf"));
    assert!(pdf.contains("XIII"), "the PDF is the XIII's acta: {pdf:.200}");
    let plan = std::fs::read_to_string(site.path().join("plan/index.html")).unwrap();
    assert!(plan.contains("id=\"indicator-2.2.1\""), "the plan anchors its indicators");
    assert!(plan.contains("href=\"../agreements/2.html\""), "the agreement shows under the indicator it advances");
    assert!(plan.contains("4.3.2"), "the computed indicators are there");
}

#[test]
fn every_link_and_script_of_every_page_leads_to_a_published_file() {
    let api = demo();
    let site = publish(&api, Language::Es);
    let reference = Regex::new(r#"(?:href|src)="([^"]+)""#).unwrap();
    let mut checked = 0;
    for path in files(site.path()).into_iter().filter(|p| p.extension().is_some_and(|e| e == "html")) {
        let html = std::fs::read_to_string(&path).unwrap();
        for target in reference.captures_iter(&html).map(|c| c[1].to_string()) {
            let file = target.split('#').next().unwrap();
            if file.is_empty() {
                continue;
            }
            assert!(!file.contains("://"), "{} links outside the site: {target}", path.display());
            let resolved = path.parent().unwrap().join(file);
            assert!(resolved.is_file(), "{} links to {target}, which is not published", path.display());
            checked += 1;
        }
    }
    assert!(checked > 50, "only {checked} links were found");
}

#[test]
fn the_english_site_speaks_english_and_keeps_the_plans_official_titles() {
    let api = demo();
    let site = publish(&api, Language::En);
    let index = std::fs::read_to_string(site.path().join("index.html")).unwrap();
    assert!(index.contains("<html lang=\"en\">") && index.contains("Register of agreements"));
    assert!(index.contains("10 December 2026"), "dates in English");
    let agreement = std::fs::read_to_string(site.path().join("agreements/2.html")).unwrap();
    assert!(agreement.contains("overdue") && agreement.contains("XIII Ordinary Meeting"));
    let plan = std::fs::read_to_string(site.path().join("plan/index.html")).unwrap();
    assert!(plan.contains("Plan Estratégico 2018-2027"), "the plan's title stays Spanish");
    assert!(plan.contains("Axis 1. Prevención"), "the axis keeps its official name");
    assert!(site.path().join("pagefind/wasm.en.pagefind").is_file(), "the index is built for English");
}

#[test]
fn the_search_index_holds_the_actas_and_agreements_with_their_filters() {
    let api = demo();
    let site = publish(&api, Language::Es);
    let bundle = site.path().join("pagefind");
    for file in ["pagefind.js", "pagefind-worker.js", "pagefind-entry.json", "wasm.es.pagefind"] {
        assert!(bundle.join(file).is_file(), "the bundle lacks {file}");
    }
    let filters: String =
        files(&bundle).iter().filter(|p| p.to_string_lossy().ends_with(".pf_filter")).map(|p| readable(p)).collect();
    for value in ["Año", "2025", "Estado miembro", "Guatemala", "Situación", "vencido"] {
        assert!(filters.contains(value), "the filters lack «{value}»");
    }
    let fragments: Vec<String> =
        files(&bundle).iter().filter(|p| p.to_string_lossy().ends_with(".pf_fragment")).map(|p| readable(p)).collect();
    // Three agreements and the one approved acta; not the draft meetings' pages.
    assert_eq!(fragments.len(), 4, "one fragment per searchable page");
    assert!(fragments.iter().any(|f| f.contains("/agreements/2.html") && f.contains("repatriación")));
}

#[test]
fn publishing_again_replaces_the_search_index_instead_of_adding_to_it() {
    let api = demo();
    let site = publish(&api, Language::Es);
    pleno_site::publish(&api, site.path(), Language::Es, today()).unwrap();
    let fragments = files(&site.path().join("pagefind"))
        .into_iter()
        .filter(|p| p.to_string_lossy().ends_with(".pf_fragment"))
        .count();
    assert_eq!(fragments, 4);
}

#[test]
fn an_archive_without_meetings_publishes_a_whole_site_that_says_so() {
    let api = Api::in_memory().unwrap();
    let site = publish(&api, Language::Es);
    let index = std::fs::read_to_string(site.path().join("index.html")).unwrap();
    assert!(index.contains("Todavía no hay reuniones publicadas."));
    for page in ["meetings/index.html", "agreements/index.html", "plan/index.html", "search/index.html"] {
        assert!(site.path().join(page).is_file(), "{page} is there");
    }
}
