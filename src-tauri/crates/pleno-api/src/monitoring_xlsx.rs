//! The round trip the national mechanisms use (seed §IX): Pleno writes the
//! "Matriz de monitoreo" of one state and semester as an XLSX workbook — an
//! instructions sheet, the matrix with its header block (FECHA, PAÍS, the
//! national mechanism), structure columns locked and the input cells validated —
//! the mechanism fills it in Excel or LibreOffice and sends it back, and Pleno
//! reads it, names every bad cell, and writes nothing unless every cell is valid.

use std::io::Cursor;

use calamine::{open_workbook_from_rs, Data, Range, Reader, Xlsx};
use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime};
use pleno_domain::monitoring::{self, GoalStatus, MonitoringReport, ReportEntry, ReportSource, Semester};
use pleno_domain::plan::{OperatingPlan, Percent};
use pleno_domain::{Language, Localized, Text};
use pleno_store::monitoring_db::{self, ReportQuery};
use rust_xlsxwriter::{
    DataValidation, DataValidationErrorStyle, DataValidationRule, ExcelDateTime, Format, FormatAlign, FormatBorder,
    ProtectionOptions, Workbook, Worksheet, XlsxError,
};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::monitoring::{reporting_state, write_report, ReportDraft};
use crate::poa::read_plan;
use crate::spreadsheet_cells::{write_plain_text, write_text};
use crate::{Api, ApiError, ErrorCode, Result};

pub const INSTRUCTIONS_SHEET: &str = "Instrucciones";
pub const MATRIX_SHEET: &str = "Matriz";
/// A hidden sheet that says which POA, semester and state the workbook is for,
/// and which activity each matrix row holds.
pub const DATA_SHEET: &str = "Pleno";
const MARKER: &str = "pleno-matriz-de-monitoreo";

/// Rows and columns of the matrix (0-based): the header block, the column
/// titles on row 6 and the activities from row 7 ("celda E7" is the first %).
const DATE_CELL: (u32, u16) = (1, 1);
const HEADER_ROW: u32 = 5;
const FIRST_ROW: u32 = 6;
const PROGRESS_COL: u16 = 4;
const STATUS_COL: u16 = 5;
const JUSTIFICATION_COL: u16 = 6;

/// The seed's matrix columns, in the seed's words.
pub const COLUMNS: [&str; 7] =
    ["Objetivo Operativo", "Actividad", "Meta", "Indicador", "% de avance", "Estado de las metas", "Justificación"];

pub use crate::import_mode::ImportMode;

/// Why a whole workbook was refused (a bad cell is a `CellProblem` instead).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "params", rename_all = "snake_case")]
pub enum WorkbookError {
    Unreadable {
        reason: String,
    },
    NotATemplate,
    /// A POA workbook without its «POA» sheet.
    NotAPoaWorkbook,
    CannotWrite {
        reason: String,
    },
}

impl Localized for WorkbookError {
    fn localized(&self, lang: Language) -> String {
        match (self, lang) {
            (WorkbookError::Unreadable { reason }, Language::Es) => {
                format!("el archivo no se puede leer como libro XLSX: {reason}")
            }
            (WorkbookError::Unreadable { reason }, Language::En) => {
                format!("the file cannot be read as an XLSX workbook: {reason}")
            }
            (WorkbookError::NotATemplate, Language::Es) => format!(
                "el libro no es una matriz de monitoreo de Pleno (falta la hoja «{DATA_SHEET}»): descargue la plantilla con «pleno monitoring template»"
            ),
            (WorkbookError::NotATemplate, Language::En) => format!(
                "the workbook is not a Pleno monitoring matrix (the «{DATA_SHEET}» sheet is missing): download the template with «pleno monitoring template»"
            ),
            (WorkbookError::NotAPoaWorkbook, Language::Es) => {
                "el libro no tiene la hoja «POA»: exporte el POA con Pleno y edite esa hoja".into()
            }
            (WorkbookError::NotAPoaWorkbook, Language::En) => {
                "the workbook has no «POA» sheet: export the POA with Pleno and edit that sheet".into()
            }
            (WorkbookError::CannotWrite { reason }, Language::Es) => format!("no se pudo escribir el libro XLSX: {reason}"),
            (WorkbookError::CannotWrite { reason }, Language::En) => format!("the XLSX workbook could not be written: {reason}"),
        }
    }
}

impl From<WorkbookError> for ApiError {
    fn from(e: WorkbookError) -> Self {
        let code =
            if matches!(e, WorkbookError::CannotWrite { .. }) { ErrorCode::Internal } else { ErrorCode::Invalid };
        ApiError::refusal(code, &e)
    }
}

pub(crate) fn cannot_write(e: XlsxError) -> ApiError {
    WorkbookError::CannotWrite { reason: e.to_string() }.into()
}

/// What is wrong with one cell.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", content = "params", rename_all = "snake_case")]
#[ts(tag = "kind", content = "params", rename_all = "snake_case")]
pub enum CellIssue {
    MissingDate,
    BadDate,
    DateBeforeYear {
        year: i32,
    },
    BadPercent,
    BadStatus,
    MissingStatus,
    MissingPercent,
    /// The row's activity is no longer in the POA.
    UnknownActivity {
        code: String,
    },
    /// The row reads inconsistently ("Cumplida" below 100 %, a delay without a reason).
    Inconsistent {
        es: String,
        en: String,
    },
    /// POA workbooks: a weight that is not a whole number of at least 1.
    BadWeight,
    /// POA workbooks: a responsible party Pleno does not know.
    UnknownParty {
        text: String,
    },
    /// POA workbooks: a code is missing where the row needs one.
    MissingCode,
    /// POA workbooks: the row breaks a rule of the POA (its wording says which).
    Refused {
        es: String,
        en: String,
    },
}

/// One bad cell, named as a person finds it: sheet, cell, the value read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CellProblem {
    pub sheet: String,
    /// "E7".
    pub cell: String,
    pub value: String,
    pub issue: CellIssue,
    /// "Hoja Matriz, celda E7: «120» no es un porcentaje entre 0 y 100".
    pub message: Text,
}

fn issue_words(issue: &CellIssue, value: &str, lang: Language) -> String {
    let statuses = GoalStatus::ALL.iter().map(|s| lang.pick(s.spanish(), s.english())).collect::<Vec<_>>().join(", ");
    match (issue, lang) {
        (CellIssue::MissingDate, Language::Es) => "falta la fecha del informe".into(),
        (CellIssue::MissingDate, Language::En) => "the report's date is missing".into(),
        (CellIssue::BadDate, Language::Es) => format!("«{value}» no es una fecha: use AAAA-MM-DD o DD/MM/AAAA"),
        (CellIssue::BadDate, Language::En) => format!("«{value}» is not a date: use YYYY-MM-DD or DD/MM/YYYY"),
        (CellIssue::DateBeforeYear { year }, Language::Es) => {
            format!("«{value}» es anterior al año {year} que se informa")
        }
        (CellIssue::DateBeforeYear { year }, Language::En) => {
            format!("«{value}» is before the year {year} reported on")
        }
        (CellIssue::BadPercent, Language::Es) => format!("«{value}» no es un porcentaje entre 0 y 100"),
        (CellIssue::BadPercent, Language::En) => format!("«{value}» is not a percentage between 0 and 100"),
        (CellIssue::BadStatus, Language::Es) => {
            format!("«{value}» no es un estado de las metas; use uno de: {statuses}")
        }
        (CellIssue::BadStatus, Language::En) => format!("«{value}» is not a goal status; use one of: {statuses}"),
        (CellIssue::MissingStatus, Language::Es) => "hay % de avance pero falta el estado de las metas".into(),
        (CellIssue::MissingStatus, Language::En) => "there is a % of progress but the goal status is missing".into(),
        (CellIssue::MissingPercent, Language::Es) => "hay estado de las metas pero falta el % de avance".into(),
        (CellIssue::MissingPercent, Language::En) => "there is a goal status but the % of progress is missing".into(),
        (CellIssue::UnknownActivity { code }, Language::Es) => format!("la actividad {code} ya no está en el POA"),
        (CellIssue::UnknownActivity { code }, Language::En) => format!("activity {code} is no longer in the POA"),
        (CellIssue::Inconsistent { es, .. }, Language::Es) => es.clone(),
        (CellIssue::Inconsistent { en, .. }, Language::En) => en.clone(),
        (CellIssue::BadWeight, Language::Es) => format!("«{value}» no es un peso: use un número entero de 1 en adelante"),
        (CellIssue::BadWeight, Language::En) => format!("«{value}» is not a weight: use a whole number of 1 or more"),
        (CellIssue::UnknownParty { text }, Language::Es) => format!(
            "«{text}» no es un responsable: use coalicion, mecanismos, mecanismo:CR, presidencia, st, comite:NOMBRE o institucion:NOMBRE, separados por «;»"
        ),
        (CellIssue::UnknownParty { text }, Language::En) => format!(
            "«{text}» is not a responsible party: use coalicion, mecanismos, mecanismo:CR, presidencia, st, comite:NAME or institucion:NAME, separated by «;»"
        ),
        (CellIssue::MissingCode, Language::Es) => "falta el código".into(),
        (CellIssue::MissingCode, Language::En) => "the code is missing".into(),
        (CellIssue::Refused { es, .. }, Language::Es) => es.clone(),
        (CellIssue::Refused { en, .. }, Language::En) => en.clone(),
    }
}

pub(crate) fn problem(sheet: &str, row: u32, col: u16, value: &str, issue: CellIssue) -> CellProblem {
    let cell = cell_name(row, col);
    let message = Text::build(|lang| {
        format!(
            "{} {sheet}, {} {cell}: {}",
            lang.pick("Hoja", "Sheet"),
            lang.pick("celda", "cell"),
            issue_words(&issue, value, lang)
        )
    });
    CellProblem { sheet: sheet.into(), cell, value: value.into(), issue, message }
}

/// "E7" for row 6, column 4 (0-based).
pub fn cell_name(row: u32, col: u16) -> String {
    let mut letters = String::new();
    let mut n = u32::from(col) + 1;
    while n > 0 {
        letters.insert(0, char::from(b'A' + ((n - 1) % 26) as u8));
        n = (n - 1) / 26;
    }
    format!("{letters}{}", row + 1)
}

/// What an import read, checked, and (in `Write` mode, when nothing was wrong) wrote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MonitoringImport {
    pub mode: ImportMode,
    pub year: i32,
    pub semester: Semester,
    pub country: String,
    pub reported_on: Option<NaiveDate>,
    /// The rows filled in, as they will be (or were) recorded.
    pub entries: Vec<ReportEntry>,
    /// Every bad cell; when there is any, nothing was written.
    pub problems: Vec<CellProblem>,
    /// The report written (a new version if the state had one for the semester).
    pub written: Option<MonitoringReport>,
}

/// The state, its name and mechanism, for the header block.
struct Addressee {
    code: String,
    name: String,
    mechanism: String,
}

fn addressee(conn: &pleno_store::Connection, country: &str, year: i32) -> Result<Addressee> {
    let found = reporting_state(conn, country, year)?;
    Ok(Addressee {
        code: found.code.to_string(),
        name: found.name,
        mechanism: found
            .mechanism
            .map(|m| if m.acronym.is_empty() { m.name } else { format!("{} ({})", m.name, m.acronym) })
            .unwrap_or_default(),
    })
}

fn write_instructions(
    sheet: &mut Worksheet,
    plan: &OperatingPlan,
    semester: Semester,
    to: &Addressee,
) -> Result<(), XlsxError> {
    let bold = Format::new().set_bold();
    let lines = [
        format!("Matriz de monitoreo del {} — {} semestre", plan.title, semester.roman()),
        format!("Para: {} ({})", to.mechanism, to.name),
        String::new(),
        "Cómo llenar la matriz:".into(),
        "1. Abra la hoja «Matriz». Las columnas Objetivo Operativo, Actividad, Meta e Indicador están bloqueadas: no las cambie.".into(),
        "2. Escriba la FECHA del informe en la celda B2 (por ejemplo 2018-12-15 o 15/12/2018).".into(),
        "3. En cada actividad, escriba el % de avance: un número entero entre 0 y 100, sin decimales.".into(),
        "4. Elija el Estado de las metas de la lista: No iniciada, En proceso, Cumplida, Con retraso o Suspendida.".into(),
        "5. «No iniciada» va con 0 %, «Cumplida» con 100 %; «Con retraso» y «Suspendida» necesitan una Justificación.".into(),
        "6. Deje en blanco las actividades sobre las que no informa (% de avance y estado vacíos).".into(),
        "7. Guarde el libro en formato XLSX y envíelo a la Secretaría Técnica. No cambie el nombre de las hojas.".into(),
        String::new(),
        "Pleno lee el libro y señala cada celda con un error; no registra nada hasta que todas las celdas sean válidas.".into(),
        "Una versión corregida del informe se registra como una nueva versión; las anteriores se conservan.".into(),
        String::new(),
        "English: fill in the date (B2), then for each activity the % of progress (0–100), the goal status from the list and, for «Con retraso» or «Suspendida», a justification. Save as XLSX and send it back to the Technical Secretariat.".into(),
    ];
    sheet.set_name(INSTRUCTIONS_SHEET)?;
    sheet.set_column_width(0, 120)?;
    for (i, line) in lines.iter().enumerate() {
        if i == 0 || i == 3 {
            write_text(sheet, i as u32, 0, line, &bold)?;
        } else {
            write_plain_text(sheet, i as u32, 0, line)?;
        }
    }
    Ok(())
}

fn write_matrix(
    sheet: &mut Worksheet,
    plan: &OperatingPlan,
    semester: Semester,
    to: &Addressee,
    previous: Option<&MonitoringReport>,
) -> Result<(), XlsxError> {
    sheet.set_name(MATRIX_SHEET)?;
    write_header_block(sheet, plan, semester, to, previous)?;
    let last_row = write_activity_rows(sheet, plan, previous)?;
    if let Some(last_row) = last_row {
        add_validations(sheet, last_row)?;
    }
    sheet.set_freeze_panes(FIRST_ROW, 0)?;
    sheet.protect_with_options(&ProtectionOptions {
        format_columns: true,
        format_rows: true,
        ..ProtectionOptions::default()
    });
    Ok(())
}

/// The seed's header block (FECHA, PAÍS, the national mechanism) and the column titles.
fn write_header_block(
    sheet: &mut Worksheet,
    plan: &OperatingPlan,
    semester: Semester,
    to: &Addressee,
    previous: Option<&MonitoringReport>,
) -> Result<(), XlsxError> {
    let bold = Format::new().set_bold();
    let header = Format::new().set_bold().set_text_wrap().set_border(FormatBorder::Thin).set_background_color("D9E2F3");
    let date_input = Format::new().set_unlocked().set_num_format("yyyy-mm-dd").set_background_color("FFF9E5");
    let title = format!(
        "MATRIZ DE MONITOREO: INFORME DE SEGUIMIENTO AL PLAN OPERATIVO ANUAL {} — {} SEMESTRE",
        plan.year,
        semester.roman()
    );
    write_text(sheet, 0, 0, &title, &bold)?;
    write_text(sheet, 1, 0, "FECHA:", &bold)?;
    match previous {
        Some(r) => {
            let d = r.reported_on;
            let date = ExcelDateTime::from_ymd(d.year() as u16, d.month() as u8, d.day() as u8)?;
            sheet.write_datetime_with_format(DATE_CELL.0, DATE_CELL.1, &date, &date_input)?;
        }
        None => {
            sheet.write_blank(DATE_CELL.0, DATE_CELL.1, &date_input)?;
        }
    }
    write_text(sheet, 2, 0, "PAÍS:", &bold)?;
    write_plain_text(sheet, 2, 1, &to.name)?;
    write_text(sheet, 3, 0, "COALICIÓN, COMITÉ, COMISIÓN Y/O CONSEJO NACIONAL:", &bold)?;
    write_plain_text(sheet, 3, 1, &to.mechanism)?;
    for (col, title) in COLUMNS.iter().enumerate() {
        write_text(sheet, HEADER_ROW, col as u16, title, &header)?;
    }
    for (col, width) in [30.0, 40.0, 30.0, 30.0, 12.0, 18.0, 40.0].into_iter().enumerate() {
        sheet.set_column_width(col as u16, width)?;
    }
    Ok(())
}

/// One row per activity: the structure locked, the inputs unlocked (and filled
/// with the latest figures reported, if any). Returns the last row written.
fn write_activity_rows(
    sheet: &mut Worksheet,
    plan: &OperatingPlan,
    previous: Option<&MonitoringReport>,
) -> Result<Option<u32>, XlsxError> {
    let locked = Format::new().set_text_wrap().set_border(FormatBorder::Thin).set_align(FormatAlign::Top);
    let input = locked.clone().set_unlocked().set_background_color("FFF9E5");
    let mut row = FIRST_ROW;
    for objective in &plan.objectives {
        for activity in &objective.activities {
            let cells = [
                format!("{} {}", objective.code, objective.title),
                format!("{} {}", activity.code, activity.title),
                activity.target.clone(),
                activity.indicator.clone(),
            ];
            for (col, text) in cells.iter().enumerate() {
                write_text(sheet, row, col as u16, text, &locked)?;
            }
            match previous.and_then(|r| r.entries.iter().find(|e| e.activity == activity.code)) {
                Some(e) => {
                    sheet.write_number_with_format(row, PROGRESS_COL, f64::from(e.progress.value()), &input)?;
                    write_text(sheet, row, STATUS_COL, e.status.spanish(), &input)?;
                    write_text(sheet, row, JUSTIFICATION_COL, &e.justification, &input)?;
                }
                None => {
                    for col in PROGRESS_COL..=JUSTIFICATION_COL {
                        sheet.write_blank(row, col, &input)?;
                    }
                }
            }
            row += 1;
        }
    }
    Ok((row > FIRST_ROW).then(|| row - 1))
}

fn add_validations(sheet: &mut Worksheet, last_row: u32) -> Result<(), XlsxError> {
    let progress = DataValidation::new()
        .allow_whole_number(DataValidationRule::Between(0, 100))
        .set_error_style(DataValidationErrorStyle::Stop)
        .set_error_title("% de avance")?
        .set_error_message("Escriba un número entero entre 0 y 100.")?
        .set_input_message("Número entero entre 0 y 100")?;
    sheet.add_data_validation(FIRST_ROW, PROGRESS_COL, last_row, PROGRESS_COL, &progress)?;
    let names: Vec<&str> = GoalStatus::ALL.iter().map(|s| s.spanish()).collect();
    let status = DataValidation::new()
        .allow_list_strings(&names)?
        .set_error_title("Estado de las metas")?
        .set_error_message("Elija un estado de la lista.")?;
    sheet.add_data_validation(FIRST_ROW, STATUS_COL, last_row, STATUS_COL, &status)?;
    Ok(())
}

fn write_data_sheet(
    sheet: &mut Worksheet,
    plan: &OperatingPlan,
    semester: Semester,
    to: &Addressee,
) -> Result<(), XlsxError> {
    sheet.set_name(DATA_SHEET)?;
    write_plain_text(sheet, 0, 0, MARKER)?;
    write_plain_text(sheet, 1, 0, "año")?;
    sheet.write_number(1, 1, f64::from(plan.year))?;
    write_plain_text(sheet, 2, 0, "semestre")?;
    sheet.write_number(2, 1, f64::from(semester.number()))?;
    write_plain_text(sheet, 3, 0, "país")?;
    write_plain_text(sheet, 3, 1, &to.code)?;
    // Row r here names the activity of row r of the matrix.
    for (i, activity) in plan.activities().enumerate() {
        write_plain_text(sheet, FIRST_ROW + i as u32, 0, &activity.code)?;
    }
    sheet.set_hidden(true);
    sheet.protect();
    Ok(())
}

/// The header of a filled workbook: which POA, semester and state it is for.
struct Header {
    year: i32,
    semester: Semester,
    country: String,
}

fn read_header(data: &Range<Data>) -> Result<Header> {
    let not_template = || ApiError::from(WorkbookError::NotATemplate);
    if text_of(data.get_value((0, 0))) != MARKER {
        return Err(not_template());
    }
    let number = |row| data.get_value((row, 1)).and_then(whole_number).ok_or_else(not_template);
    let year = i32::try_from(number(1)?).map_err(|_| not_template())?;
    let semester = Semester::new(number(2)?).map_err(|_| not_template())?;
    let country = text_of(data.get_value((3, 1)));
    Ok(Header { year, semester, country })
}

pub(crate) fn text_of(cell: Option<&Data>) -> String {
    match cell {
        None | Some(Data::Empty) => String::new(),
        Some(Data::String(s)) | Some(Data::DateTimeIso(s)) | Some(Data::DurationIso(s)) => s.trim().to_string(),
        Some(Data::Int(i)) => i.to_string(),
        Some(Data::Float(f)) => f.to_string(),
        Some(Data::Bool(b)) => b.to_string(),
        Some(Data::DateTime(d)) => {
            excel_date(d.as_f64()).map(|d| d.to_string()).unwrap_or_else(|| d.as_f64().to_string())
        }
        Some(Data::Error(e)) => e.to_string(),
    }
}

pub(crate) fn whole_number(cell: &Data) -> Option<i64> {
    match cell {
        Data::Int(i) => Some(*i),
        Data::Float(f) if f.fract() == 0.0 => Some(*f as i64),
        Data::String(s) => s.trim().trim_end_matches('%').trim().parse().ok(),
        _ => None,
    }
}

/// A date from Excel's serial day count (1900 system, day 0 = 1899-12-30).
fn excel_date(serial: f64) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(1899, 12, 30)?.checked_add_signed(Duration::days(serial.floor() as i64))
}

fn read_date(cell: Option<&Data>) -> Option<NaiveDate> {
    match cell? {
        Data::DateTime(d) => excel_date(d.as_f64()),
        Data::DateTimeIso(s) => NaiveDate::parse_from_str(s.get(..10)?, "%Y-%m-%d").ok(),
        Data::String(s) => {
            let s = s.trim();
            NaiveDate::parse_from_str(s, "%Y-%m-%d").or_else(|_| NaiveDate::parse_from_str(s, "%d/%m/%Y")).ok()
        }
        _ => None,
    }
}

/// Reads the date cell and every activity row, naming each bad cell.
fn read_matrix(
    matrix: &Range<Data>,
    data: &Range<Data>,
    plan: &OperatingPlan,
) -> (Option<NaiveDate>, Vec<ReportEntry>, Vec<CellProblem>) {
    let mut problems = Vec::new();
    let date_cell = matrix.get_value((DATE_CELL.0, DATE_CELL.1.into()));
    let date_text = text_of(date_cell);
    let reported_on = if date_text.is_empty() {
        problems.push(problem(MATRIX_SHEET, DATE_CELL.0, DATE_CELL.1, "", CellIssue::MissingDate));
        None
    } else {
        let date = read_date(date_cell);
        match date {
            None => problems.push(problem(MATRIX_SHEET, DATE_CELL.0, DATE_CELL.1, &date_text, CellIssue::BadDate)),
            Some(d) if d.year() < plan.year => problems.push(problem(
                MATRIX_SHEET,
                DATE_CELL.0,
                DATE_CELL.1,
                &date_text,
                CellIssue::DateBeforeYear { year: plan.year },
            )),
            Some(_) => {}
        }
        date
    };
    let mut entries = Vec::new();
    let mut row = FIRST_ROW;
    loop {
        let code = text_of(data.get_value((row, 0)));
        if code.is_empty() {
            break;
        }
        if let Some(entry) = read_row(matrix, row, &code, plan, &mut problems) {
            entries.push(entry);
        }
        row += 1;
    }
    (reported_on, entries, problems)
}

fn read_row(
    matrix: &Range<Data>,
    row: u32,
    code: &str,
    plan: &OperatingPlan,
    problems: &mut Vec<CellProblem>,
) -> Option<ReportEntry> {
    let cell = |col: u16| matrix.get_value((row, col.into()));
    let progress_text = text_of(cell(PROGRESS_COL));
    let status_text = text_of(cell(STATUS_COL));
    let justification = text_of(cell(JUSTIFICATION_COL));
    if progress_text.is_empty() && status_text.is_empty() {
        return None; // Not reported on, as the instructions allow.
    }
    if !plan.activities().any(|a| a.code == code) {
        problems.push(problem(MATRIX_SHEET, row, 1, code, CellIssue::UnknownActivity { code: code.into() }));
        return None;
    }
    let before = problems.len();
    let progress = if progress_text.is_empty() {
        problems.push(problem(MATRIX_SHEET, row, PROGRESS_COL, "", CellIssue::MissingPercent));
        None
    } else {
        let p = cell(PROGRESS_COL).and_then(whole_number).and_then(|v| Percent::new(v).ok());
        if p.is_none() {
            problems.push(problem(MATRIX_SHEET, row, PROGRESS_COL, &progress_text, CellIssue::BadPercent));
        }
        p
    };
    let status = if status_text.is_empty() {
        problems.push(problem(MATRIX_SHEET, row, STATUS_COL, "", CellIssue::MissingStatus));
        None
    } else {
        let s = GoalStatus::read(&status_text);
        if s.is_none() {
            problems.push(problem(MATRIX_SHEET, row, STATUS_COL, &status_text, CellIssue::BadStatus));
        }
        s
    };
    let (Some(progress), Some(status)) = (progress, status) else { return None };
    debug_assert_eq!(problems.len(), before);
    let entry = ReportEntry { activity: code.into(), progress, status, justification };
    if let Err(e) = monitoring::check_entry(&entry) {
        let col = if status == GoalStatus::ConRetraso || status == GoalStatus::Suspendida {
            JUSTIFICATION_COL
        } else {
            PROGRESS_COL
        };
        let value = if col == JUSTIFICATION_COL { entry.justification.clone() } else { progress_text.clone() };
        let issue = CellIssue::Inconsistent { es: e.localized(Language::Es), en: e.localized(Language::En) };
        problems.push(problem(MATRIX_SHEET, row, col, &value, issue));
        return None;
    }
    Some(entry)
}

pub(crate) fn open(bytes: &[u8]) -> Result<Xlsx<Cursor<&[u8]>>> {
    open_workbook_from_rs(Cursor::new(bytes))
        .map_err(|e: calamine::XlsxError| WorkbookError::Unreadable { reason: e.to_string() }.into())
}

pub(crate) fn sheet(book: &mut Xlsx<Cursor<&[u8]>>, name: &str) -> Result<Range<Data>> {
    if !book.sheet_names().iter().any(|n| n == name) {
        return Err(WorkbookError::NotATemplate.into());
    }
    book.worksheet_range(name).map_err(|e| WorkbookError::Unreadable { reason: e.to_string() }.into())
}

impl Api {
    /// The XLSX matrix for one state and semester of the POA of `year`, with the
    /// activity rows filled in; a state that already reported finds its latest
    /// figures in it, ready to be corrected.
    pub fn monitoring_template(&self, year: i32, semester: Semester, country: &str) -> Result<Vec<u8>> {
        let (plan, to, previous) = self.store.read(|conn| {
            let plan = read_plan(conn, year)?;
            let to = addressee(conn, country, year)?;
            let previous = monitoring_db::reports(
                conn,
                &ReportQuery { year: Some(year), country: Some(&to.code), ..Default::default() },
            )?
            .into_iter()
            .filter(|r| r.semester == semester)
            .max_by_key(|r| r.version);
            Ok::<_, ApiError>((plan, to, previous))
        })?;
        let mut book = Workbook::new();
        write_instructions(book.add_worksheet(), &plan, semester, &to).map_err(cannot_write)?;
        write_matrix(book.add_worksheet().set_active(true), &plan, semester, &to, previous.as_ref())
            .map_err(cannot_write)?;
        write_data_sheet(book.add_worksheet(), &plan, semester, &to).map_err(cannot_write)?;
        book.save_to_buffer().map_err(cannot_write)
    }

    /// Reads a filled matrix. Every bad cell is named in `problems`, and then
    /// nothing is written; in `DryRun` mode nothing is written either, but every
    /// check a write would make is made.
    pub fn import_monitoring_xlsx(
        &mut self,
        bytes: &[u8],
        mode: ImportMode,
        now: NaiveDateTime,
    ) -> Result<MonitoringImport> {
        let mut book = open(bytes)?;
        let data = sheet(&mut book, DATA_SHEET)?;
        let header = read_header(&data)?;
        let matrix = sheet(&mut book, MATRIX_SHEET)?;
        let plan = self.operating_plan(header.year)?;
        let (reported_on, entries, problems) = read_matrix(&matrix, &data, &plan);
        let mut import = MonitoringImport {
            mode,
            year: header.year,
            semester: header.semester,
            country: header.country.clone(),
            reported_on,
            entries,
            problems,
            written: None,
        };
        let Some(reported_on) = reported_on.filter(|_| import.problems.is_empty()) else { return Ok(import) };
        let draft = ReportDraft {
            year: header.year,
            semester: header.semester,
            country: Some(header.country),
            reported_on,
            entries: import.entries.clone(),
        };
        let write = |tx: &pleno_store::Transaction| {
            let id = write_report(tx, &draft, ReportSource::Xlsx, now)?;
            Ok::<_, ApiError>(monitoring_db::reports(tx, &ReportQuery { id: Some(id), ..Default::default() })?.pop())
        };
        match mode {
            ImportMode::DryRun => {
                self.store.rehearse(write)?;
            }
            ImportMode::Write => import.written = self.store.write(write)?,
        }
        Ok(import)
    }
}
