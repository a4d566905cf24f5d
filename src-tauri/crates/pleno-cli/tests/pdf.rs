//! The printed meeting documents through `pleno pdf …`, on a temporary demo archive
//! dated 28 November 2026: each file passes `qpdf --check` and says, as pdftotext
//! reads it, what the Secretariat expects to read, accents included.

use std::path::{Path, PathBuf};
use std::process::Command as Process;

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;
use tempfile::TempDir;

const TODAY: &str = "2026-11-28";

fn pleno(db: &Path) -> Command {
    let mut cmd = Command::cargo_bin("pleno").unwrap();
    cmd.env_remove("PLENO_DB").env("PLENO_TODAY", TODAY).arg("--db").arg(db);
    cmd
}

fn demo() -> (TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("pleno.db");
    pleno(&db).arg("demo").assert().success();
    (dir, db)
}

fn json_of(cmd: &mut Command) -> Value {
    let out = cmd.assert().success().get_output().stdout.clone();
    serde_json::from_slice(&out).expect("stdout is JSON")
}

fn tool(name: &str, args: &[&str], path: &Path) -> String {
    let out = Process::new(name)
        .args(args)
        .arg(path)
        .args(if name == "pdftotext" { &["-"][..] } else { &[][..] })
        .output()
        .unwrap_or_else(|e| panic!("{name} (poppler-utils, qpdf) could not run: {e}"));
    assert!(out.status.success(), "{name} {args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// Table cells wrap their text over lines; a person reads it as one sentence.
fn normalized(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A written, valid PDF, read back as text: as laid out on the page (`text`) and in
/// drawing order (`raw`), where a table reads row by row and cell by cell.
struct Pdf {
    path: PathBuf,
    text: String,
    raw: String,
}

impl Pdf {
    fn has(&self, expected: &str) -> &Self {
        assert!(
            self.text.contains(expected) || self.raw.contains(expected),
            "{:?} not in {}:\n{}",
            expected,
            self.path.display(),
            self.raw
        );
        self
    }

    fn lacks(&self, unexpected: &str) -> &Self {
        assert!(!self.text.contains(unexpected), "{:?} in {}", unexpected, self.path.display());
        self
    }

    fn pages(&self) -> usize {
        tool("pdfinfo", &[], &self.path)
            .lines()
            .find_map(|l| l.strip_prefix("Pages:"))
            .and_then(|n| n.trim().parse().ok())
            .expect("pdfinfo reports the page count")
    }

    fn page(&self, n: usize) -> String {
        let n = n.to_string();
        normalized(&tool("pdftotext", &["-f", &n, "-l", &n], &self.path))
    }
}

/// Runs `pleno pdf <args> -o <dir>/<name>.pdf` and checks the file.
fn pdf(db: &Path, dir: &Path, name: &str, args: &[&str]) -> Pdf {
    let path = dir.join(format!("{name}.pdf"));
    pleno(db).arg("pdf").args(args).arg("-o").arg(&path).assert().success().stderr(predicate::str::contains("Escrito"));
    let check = tool("qpdf", &["--check"], &path);
    assert!(check.contains("No syntax or stream encoding errors found"), "{name}: {check}");
    let fonts = tool("pdffonts", &[], &path);
    assert!(fonts.lines().skip(2).all(|l| l.contains(" yes yes yes ")), "{name}: fonts embedded as subsets:\n{fonts}");
    Pdf {
        text: normalized(&tool("pdftotext", &[], &path)),
        raw: normalized(&tool("pdftotext", &["-raw"], &path)),
        path,
    }
}

#[test]
fn the_notice_convenes_the_national_mechanisms_to_the_xv_meeting() {
    let (dir, db) = demo();
    let notice = pdf(&db, dir.path(), "convocatoria", &["notice", "3"]);
    notice
        .has("Coalición Regional contra la Trata de Personas y el Tráfico Ilícito de Migrantes")
        .has("CONVOCATORIA")
        .has("A los mecanismos nacionales de los Estados miembros:")
        .has("Comisión Nacional contra la Trata de Personas")
        .has("Coalición Nacional contra el Tráfico Ilícito de Migrantes y Trata de Personas (CONNATT)")
        .has("XV Reunión Ordinaria")
        .has("10 de diciembre de 2026")
        .has("Hora: 09:00 horas")
        .has("Lugar: Ciudad de Panamá, Panamá")
        .has("Modalidad: híbrida")
        .has("Enlace: https://videoconferencia.example/coalicion")
        .has("Agenda provisional")
        .has("1. Verificación del quórum — Presidencia")
        .has("Presentación de la línea base de las estrategias regionales de prevención — Petit Comité")
        .has("Contacto de la Secretaría Técnica")
        .has("Secretaría Técnica — Costa Rica")
        .has("Licda. Ana Lucía Vargas Solís")
        .has("ana.vargas@conatt.example")
        // Issued on the notice date, in the Presidency's name.
        .has("Panamá, 10 de noviembre de 2026.")
        .has("Licda. Itzel Marisel Batista Presidencia de la Coalición Regional Panamá");
    for state in ["Belice", "Costa Rica", "El Salvador", "Guatemala", "Honduras", "México", "Nicaragua", "Panamá"] {
        notice.has(&format!("{state} —"));
    }
    notice.has("República Dominicana — Comisión Nacional contra la Trata de Personas");
}

#[test]
fn the_agenda_times_each_item_and_names_its_documents_and_its_approval() {
    let (dir, db) = demo();
    let agenda = json_of(pleno(&db).args(["agenda", "list", "3", "--json"]));
    let follow_up = agenda.as_array().unwrap().iter().find(|i| i["kind"] == "follow_up").unwrap()["id"].to_string();
    let file = dir.path().join("Informe de seguimiento de acuerdos 2026.pdf");
    std::fs::write(&file, b"%PDF-1.7 informe").unwrap();
    pleno(&db).args(["agenda", "attach", &follow_up]).arg(&file).assert().success();

    pdf(&db, dir.path(), "agenda", &["agenda", "3"])
        .has("AGENDA")
        .has("Orden del día de la XV Reunión Ordinaria")
        .has("Agenda provisional, pendiente de aprobación por el pleno.")
        .has("1. 09:00–09:10 Verificación del quórum Presidencia")
        .has("2. 09:10–09:20 Aprobación de la agenda")
        .has("Seguimiento de acuerdos Secretaría Técnica Informe de seguimiento de acuerdos 2026.pdf")
        .has("17. 13:05–13:50 Presentación de la línea base de las estrategias regionales de prevención Petit Comité")
        .has("Duración prevista: 4 h 50 min (de las 09:00 a las 13:50 horas)");
    pdf(&db, dir.path(), "agenda-xiii", &["agenda", "1"])
        .has("Agenda aprobada por el pleno el 20 de noviembre de 2025 a las 09:20 horas, sin enmiendas.");
    pdf(&db, dir.path(), "agenda-xiv", &["agenda", "2"]).has(
        "con las siguientes enmiendas: Se incorpora en asuntos varios la propuesta de calendario de reuniones 2027.",
    );
}

#[test]
fn a_meeting_without_agenda_still_prints_and_says_so() {
    let (dir, db) = demo();
    let created = json_of(pleno(&db).args([
        "meeting",
        "create",
        "--kind",
        "extraordinaria",
        "--date",
        "2027-02-15",
        "--place",
        "Tegucigalpa",
        "--country",
        "HN",
        "--modality",
        "virtual",
        "--link",
        "https://videoconferencia.example/extra",
        "--json",
    ]));
    let id = created["id"].to_string();
    pdf(&db, dir.path(), "notice-empty", &["notice", &id])
        .has("I Reunión Extraordinaria")
        .has("15 de febrero de 2027")
        .has("Modalidad: virtual")
        .has("La agenda está vacía")
        .lacks("Lugar:");
    pdf(&db, dir.path(), "agenda-empty", &["agenda", &id]).has("La agenda está vacía.");
    pdf(&db, dir.path(), "sheet-empty", &["attendance-sheet", &id]).has("Hora de conexión");
    pdf(&db, dir.path(), "minutes-empty", &["minutes", &id]).has("BORRADOR").has("La agenda está vacía.");
}

#[test]
fn the_attendance_sheet_has_a_row_to_sign_for_every_expected_person() {
    let (dir, db) = demo();
    let expected = json_of(pleno(&db).args(["attendance", "expected", "3", "--json"]));
    let sheet = pdf(&db, dir.path(), "lista", &["attendance-sheet", "3"]);
    sheet.has("LISTA DE ASISTENCIA").has("Firma").has("Costa Rica — Coalición Nacional contra el Tráfico Ilícito");
    let costa_rica: Vec<&str> = expected
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["country"] == "CR")
        .map(|a| a["name"].as_str().unwrap())
        .collect();
    assert_eq!(costa_rica.len(), 4, "four seats, four people");
    for name in &costa_rica {
        sheet.has(name);
    }
    sheet.has("Licda. Ana Lucía Vargas Solís Dirección General de Migración y Extranjería titular (TdP)");
    for person in expected.as_array().unwrap() {
        sheet.has(person["name"].as_str().unwrap());
    }
    sheet
        .has("Observadores")
        .has("Licda. Natalia Ibarra Solano ECPAT International observador")
        .has("Totales: 38 personas previstas — 34 delegados de 9 Estados miembros, 4 observadores y 0 invitados.")
        .has("Estados miembros presentes: ______ de 9. Quórum: 5 Estados");
    assert_eq!(expected.as_array().unwrap().len(), 38);
}

#[test]
fn the_attendance_report_gives_times_modes_states_and_every_quorum_check() {
    let (dir, db) = demo();
    pdf(&db, dir.path(), "asistencia-xiii", &["attendance", "1"])
        .has("INFORME DE ASISTENCIA")
        .has("Presentes: 7 de 9 — Belice, Costa Rica, El Salvador, Guatemala, Honduras, Panamá, República Dominicana.")
        .has("No presentes: 2 — México (excusado), Nicaragua.")
        .has("Licda. Claudia Marisol Hernández")
        .has("a distancia")
        .has("presencial")
        .has("excusado")
        .has("09:00–17:30")
        .has("Verificaciones del quórum")
        .has("09:10 al abrir la sesión 7 de 9: Belice, Costa Rica")
        .has("16:30 a solicitud")
        .has("hay quórum")
        .has("Regla de quórum aplicada: más de la mitad de los Estados miembros.");

    // Someone who leaves and comes back: both stays, in the order they happened.
    let on_the_day = |cmd: &mut Command| {
        cmd.env("PLENO_TODAY", "2026-12-10");
    };
    for args in [
        &["attendance", "mark", "3", "present", "--person", "5", "--at", "09:00"][..],
        &["attendance", "leave", "3", "--person", "5", "--at", "12:30"],
        &["attendance", "mark", "3", "present", "--person", "5", "--at", "14:00"],
        &["attendance", "leave", "3", "--person", "5", "--at", "17:30"],
        &["quorum", "check", "3", "--at", "10:00"],
    ] {
        let mut cmd = pleno(&db);
        on_the_day(&mut cmd);
        cmd.args(args).assert().success();
    }
    pdf(&db, dir.path(), "asistencia-xv", &["attendance", "3"])
        .has("Licda. Ana Lucía Vargas Solís")
        .has("09:00–12:30, 14:00–17:30")
        .has("Presentes: 1 de 9 — Costa Rica.")
        .has("10:00 a solicitud 1 de 9: Costa Rica 5 sin quórum");
}

#[test]
fn the_register_of_agreements_is_landscape_and_marks_what_is_overdue() {
    let (dir, db) = demo();
    let register = pdf(&db, dir.path(), "acuerdos", &["agreements"]);
    register
        .has("Registro de acuerdos")
        .has("Todos los acuerdos.")
        .has("Situación al 28 de noviembre de 2026")
        .has("XIII-RO-2025-02")
        .has("vencido")
        .has("cumplido")
        .has("Indicador 2.2.1")
        .has("Seis mecanismos informaron; Costa Rica y Panamá tienen el protocolo aprobado.")
        .has("Total: 8 acuerdos: 2 cumplidos, 1 pendiente, 5 vencidos.");
    let info = tool("pdfinfo", &[], &register.path);
    assert!(info.contains("792 x 612 pts (letter)"), "landscape Letter: {info}");

    pdf(&db, dir.path(), "acuerdos-xiv", &["agreements", "--meeting", "2"])
        .has("Acuerdos de la XIV Reunión Ordinaria.")
        .has("XIV-RO-2026-01")
        .lacks("XIII-RO-2025-01");
    pdf(&db, dir.path(), "acuerdos-eje-4", &["agreements", "--axis", "4"])
        .has("Acuerdos que contribuyen al Eje 4.")
        .has("XIII-RO-2025-03")
        .has("XIV-RO-2026-01")
        .lacks("XIII-RO-2025-02");
    pleno(&db)
        .args(["pdf", "agreements", "--axis", "9", "-o"])
        .arg(dir.path().join("x.pdf"))
        .assert()
        .failure()
        .stderr(predicate::str::contains("No existe el eje «9» en el Plan Estratégico"));
    assert!(!dir.path().join("x.pdf").exists());
}

#[test]
fn the_directory_lists_every_seat_with_its_holder_or_vacante() {
    let (dir, db) = demo();
    pdf(&db, dir.path(), "directorio", &["directory"])
        .has("DIRECTORIO")
        .has("al 28 de noviembre de 2026")
        .has("Mecanismo nacional: Comisión Interinstitucional contra la Explotación Sexual Comercial y la Trata de Personas (CICESCT)")
        .has("Abog. Gabriela Núñez Castillo Directora de Asuntos Migratorios")
        .has("gabriela.castillo@cicesct.example")
        .has("Vacante")
        .has("Organizaciones observadoras")
        .has("Organización Internacional para las Migraciones")
        .has("Licda. Daniela Cordero Méndez")
        .has("Cargos de la Coalición")
        .has("Secretaría Técnica Costa Rica del 1 de enero de 2025 al 31 de diciembre de 2026")
        .has("Comités de trabajo")
        .has("Petit Comité")
        .has("Integrantes: Guatemala, México, Panamá");
    // On an earlier date, the holder of that day.
    pdf(&db, dir.path(), "directorio-2023", &["directory", "--on", "2023-06-01"])
        .has("al 1 de junio de 2023")
        .has("Lic. Rodrigo Alvarado Ureña")
        .lacks("Gabriela Núñez Castillo");
}

#[test]
fn the_approved_acta_carries_its_hash_and_approval_on_every_page() {
    let (dir, db) = demo();
    let shown = json_of(pleno(&db).args(["minutes", "show", "1", "--json"]));
    let hash = shown["hash"].as_str().unwrap();
    assert_eq!(hash.len(), 64);
    pleno(&db)
        .args([
            "erratum",
            "add",
            "1",
            "--text",
            "Donde dice «foro regional de fiscales» debe decir «Foro Regional de Fiscales».",
        ])
        .assert()
        .success();
    let acta = pdf(&db, dir.path(), "acta-xiii", &["minutes", "1"]);
    acta.has("ACTA DE LA XIII REUNIÓN ORDINARIA DE LA COALICIÓN REGIONAL CONTRA LA TRATA DE PERSONAS Y EL TRÁFICO ILÍCITO DE MIGRANTES")
        .has("Acta Nº XIII-RO-2025")
        .has("En Ciudad de Guatemala, Guatemala, a las 09:10 horas del 20 de noviembre de 2025")
        .has("ASISTENCIA")
        .has("México no presente Mtra. Adriana Sofía Treviño, titular")
        .has("Observadores")
        .has("VERIFICACIÓN DEL QUÓRUM")
        .has("A las 09:10 (al abrir la sesión): 7 de 9 Estados miembros presentes")
        .has("La agenda fue aprobada a las 09:20 horas sin enmiendas.")
        .has("14. Seguimiento de acuerdos")
        .has("• la necesidad de una línea base regional para las estrategias de prevención;")
        .has("Decisión (consenso, 11:00 horas):")
        .has("Reserva de Panamá: Sujeto a la confirmación de su Cancillería.")
        .has("Decisión (votación, 12:00 horas):")
        .has("Mayoría requerida: dos tercios de los Estados presentes.")
        .has("Panamá abstención")
        .has("Conteo: 6 votos a favor, 0 en contra, 1 abstención.")
        .has("Recuento: 6 votos a favor, 0 en contra, 1 abstención.")
        .has("ACUERDOS")
        .has("Acuerdo XIII-RO-2025-02. Cada mecanismo nacional presentará")
        .has("Plazo: 10 de junio de 2026.")
        .has("Contribuye a: indicador 2.2.1")
        .has("No habiendo más asuntos que tratar, se cierra la sesión a las 17:30 horas.")
        .has("Licda. Ingrid Patricia Pérez Juárez")
        .has("FE DE ERRATAS")
        .has("Fe de erratas n.º 1 — registrada el 28 de noviembre de 2026; pendiente de aprobación.")
        .lacks("BORRADOR");
    let at = |s: &str| acta.text.find(s).unwrap_or_else(|| panic!("{s}"));
    assert!(at("ASISTENCIA") < at("VERIFICACIÓN DEL QUÓRUM"));
    assert!(at("VERIFICACIÓN DEL QUÓRUM") < at("APROBACIÓN DE LA AGENDA"));
    assert!(at("APROBACIÓN DE LA AGENDA") < at("14. Seguimiento de acuerdos"));
    assert!(at("14. Seguimiento de acuerdos") < at("ACUERDOS Acuerdo XIII-RO-2025-01"));
    assert!(at("No habiendo más asuntos") < at("FE DE ERRATAS"));
    for page in 1..=acta.pages() {
        let text = acta.page(page);
        assert!(text.contains(&format!("SHA-256 {hash}")), "page {page} carries the hash: {text}");
        assert!(text.contains("Aprobada en la XIV Reunión Ordinaria el 10 de junio de 2026"), "page {page}");
    }
}

#[test]
fn a_circulated_acta_is_a_draft_on_every_page() {
    let (dir, db) = demo();
    let acta = pdf(&db, dir.path(), "acta-xiv", &["minutes", "2"]);
    acta.has("ACTA DE LA XIV REUNIÓN ORDINARIA")
        .has("BORRADOR")
        .has("BORRADOR — versión 1 circulada para observaciones")
        .has("Aprobar el acta de la XIII Reunión Ordinaria.")
        .has("SEGUIMIENTO DE ACUERDOS ANTERIORES")
        .has("Acuerdo XIII-RO-2025-01: El Petit Comité se instaló el 2 de marzo de 2026")
        .has("No habiendo más asuntos que tratar, se cierra la sesión a las 17:00 horas.")
        .lacks("SHA-256");
    for page in 1..=acta.pages() {
        assert!(acta.page(page).contains("Acta Nº XIV-RO-2026 — BORRADOR"), "page {page} says it is a draft");
    }
}

#[test]
fn a_missing_meeting_or_an_unwritable_path_fails_clearly_and_writes_nothing() {
    let (dir, db) = demo();
    for command in ["notice", "agenda", "attendance-sheet", "attendance", "minutes"] {
        let path = dir.path().join(format!("{command}.pdf"));
        pleno(&db)
            .args(["pdf", command, "99", "-o"])
            .arg(&path)
            .assert()
            .failure()
            .stderr(predicate::str::contains("No existe la reunión 99"));
        assert!(!path.exists(), "{command} left a file");
    }
    pleno(&db)
        .args(["pdf", "agreements", "--meeting", "99", "-o"])
        .arg(dir.path().join("acuerdos.pdf"))
        .assert()
        .failure()
        .stderr(predicate::str::contains("No existe la reunión 99"));

    let missing = dir.path().join("no-existe").join("acta.pdf");
    pleno(&db)
        .args(["pdf", "minutes", "1", "-o"])
        .arg(&missing)
        .assert()
        .failure()
        .stderr(predicate::str::contains("No se pudo escribir").and(predicate::str::contains("no existe")));
    assert!(!missing.exists());
    pleno(&db)
        .args(["pdf", "directory", "-o"])
        .arg(dir.path())
        .assert()
        .failure()
        .stderr(predicate::str::contains("es una carpeta"));
    let left: Vec<String> =
        std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    assert!(left.iter().all(|name| name.starts_with("pleno.db")), "no PDF and no temporary file: {left:?}");

    pleno(&db).args(["pdf", "agreements", "--meeting", "1", "--axis", "2", "-o", "x.pdf"]).assert().code(2);
    pleno(&db)
        .args(["pdf", "directory", "--on", "28/11/2026", "-o"])
        .arg(dir.path().join("d.pdf"))
        .assert()
        .failure()
        .stderr(predicate::str::contains("--on"));
}
