//! A POA as an XLSX workbook, in the columns of the seed's "Matriz del Plan
//! Operativo" (Objetivo operativo, Actividad, Meta, Indicador, Responsable,
//! I Semestre, II Semestre) with the codes, the weight, the strategic objective
//! and the typed responsible parties beside them, so the Secretariat can edit a
//! POA in a spreadsheet and bring it back. The import names every bad cell and
//! applies the differences — objectives and activities added, activities
//! changed or removed — as the same recorded changes the API makes one by one,
//! all in one transaction (an approved POA needs the decision of the amendment).

use calamine::{Data, Range};
use pleno_domain::plan::{Activity, OperatingPlan, Percent};
use pleno_domain::poa::{ActivityDraft, ActivityPatch, ResponsibleParty, Weight};
use pleno_domain::{Language, Localized};
use pleno_store::Transaction;
use rust_xlsxwriter::{Format, FormatBorder, Workbook, XlsxError};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::monitoring_xlsx::{
    cannot_write, open, problem, text_of, whole_number, CellIssue, CellProblem, ImportMode, WorkbookError,
};
use crate::poa::{
    add_activity_in, add_objective_in, edit_activity_in, read_plan, remove_activity_in, ObjectiveDraft, PoaEdit,
};
use crate::spreadsheet_cells::{write_plain_text, write_text};
use crate::{Api, ApiError, Result};

pub const POA_SHEET: &str = "POA";
const HEADER_ROW: u32 = 2;
const FIRST_ROW: u32 = 3;

/// The workbook's columns: the seed's seven, with the codes beside them, then Pleno's.
pub const POA_COLUMNS: [&str; 12] = [
    "Código del objetivo",
    "Objetivo operativo",
    "Código de la actividad",
    "Actividad",
    "Meta",
    "Indicador",
    "Responsable",
    "I Semestre",
    "II Semestre",
    "Peso",
    "Objetivo estratégico",
    "Responsables (códigos)",
];

/// What a POA import found and (in `Write` mode, when nothing was wrong) did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PoaImport {
    pub mode: ImportMode,
    pub year: i32,
    pub objectives_added: Vec<String>,
    pub added: Vec<String>,
    pub edited: Vec<String>,
    pub removed: Vec<String>,
    /// Every bad cell; when there is any, nothing was changed.
    pub problems: Vec<CellProblem>,
    pub written: bool,
}

/// One activity row as read.
struct Row {
    objective: ObjectiveDraft,
    draft: ActivityDraft,
}

fn parties_cell(parties: &[ResponsibleParty]) -> String {
    parties.iter().map(ResponsibleParty::short_form).collect::<Vec<_>>().join("; ")
}

fn write_sheet(book: &mut Workbook, plan: &OperatingPlan) -> Result<(), XlsxError> {
    let sheet = book.add_worksheet();
    sheet.set_name(POA_SHEET)?;
    let bold = Format::new().set_bold();
    let header = Format::new().set_bold().set_text_wrap().set_border(FormatBorder::Thin).set_background_color("D9E2F3");
    let wrap = Format::new().set_text_wrap();
    write_text(sheet, 0, 0, &format!("MATRIZ DEL PLAN OPERATIVO {} ({})", plan.year, plan.status.spanish()), &bold)?;
    write_plain_text(
        sheet,
        1,
        0,
        "Responsables (códigos): coalicion, mecanismos, mecanismo:CR, presidencia, st, comite:NOMBRE, institucion:NOMBRE, separados por «;». Peso: 1 o más.",
    )?;
    for (col, title) in POA_COLUMNS.iter().enumerate() {
        write_text(sheet, HEADER_ROW, col as u16, title, &header)?;
    }
    for (col, width) in [10.0, 35.0, 10.0, 40.0, 30.0, 30.0, 30.0, 10.0, 10.0, 8.0, 12.0, 30.0].into_iter().enumerate()
    {
        sheet.set_column_width(col as u16, width)?;
    }
    let mut row = FIRST_ROW;
    for objective in &plan.objectives {
        for a in &objective.activities {
            let texts = [&objective.code, &objective.title, &a.code, &a.title, &a.target, &a.indicator, &a.responsible];
            for (col, text) in texts.into_iter().enumerate() {
                write_text(sheet, row, col as u16, text, &wrap)?;
            }
            for (col, share) in [(7, a.semester_1), (8, a.semester_2)] {
                if let Some(p) = share {
                    sheet.write_number(row, col, f64::from(p.value()))?;
                }
            }
            sheet.write_number(row, 9, f64::from(a.weight.value()))?;
            write_plain_text(sheet, row, 10, &objective.strategic_objective)?;
            write_plain_text(sheet, row, 11, &parties_cell(&a.parties))?;
            row += 1;
        }
    }
    sheet.set_freeze_panes(FIRST_ROW, 0)?;
    Ok(())
}

fn read_share(cell: Option<&Data>, row: u32, col: u16, problems: &mut Vec<CellProblem>) -> Option<Percent> {
    let text = text_of(cell);
    if text.is_empty() {
        return None;
    }
    let share = cell.and_then(whole_number).and_then(|v| Percent::new(v).ok());
    if share.is_none() {
        problems.push(problem(POA_SHEET, row, col, &text, CellIssue::BadPercent));
    }
    share
}

fn read_parties(text: &str, row: u32, problems: &mut Vec<CellProblem>) -> Vec<ResponsibleParty> {
    let mut parties = Vec::new();
    for part in text.split(';').map(str::trim).filter(|p| !p.is_empty()) {
        match ResponsibleParty::parse(part) {
            Ok(party) => parties.push(party),
            Err(_) => problems.push(problem(POA_SHEET, row, 11, text, CellIssue::UnknownParty { text: part.into() })),
        }
    }
    parties
}

fn read_row(sheet: &Range<Data>, row: u32, problems: &mut Vec<CellProblem>) -> Option<Row> {
    let cell = |col: u16| sheet.get_value((row, col.into()));
    let text = |col: u16| text_of(cell(col));
    let before = problems.len();
    for col in [0, 2] {
        if text(col).is_empty() {
            problems.push(problem(POA_SHEET, row, col, "", CellIssue::MissingCode));
        }
    }
    let weight_text = text(9);
    let weight = if weight_text.is_empty() {
        None
    } else {
        let w = cell(9).and_then(whole_number).and_then(|v| u32::try_from(v).ok()).and_then(|v| Weight::new(v).ok());
        if w.is_none() {
            problems.push(problem(POA_SHEET, row, 9, &weight_text, CellIssue::BadWeight));
        }
        w
    };
    let draft = ActivityDraft {
        objective: text(0),
        code: text(2),
        title: text(3),
        target: text(4),
        indicator: text(5),
        semester_1: read_share(cell(7), row, 7, problems),
        semester_2: read_share(cell(8), row, 8, problems),
        weight,
        parties: read_parties(&text(11), row, problems),
    };
    if problems.len() > before {
        return None;
    }
    if let Err(e) = draft.validate() {
        let issue = CellIssue::Refused { es: e.localized(Language::Es), en: e.localized(Language::En) };
        problems.push(problem(POA_SHEET, row, 2, &draft.code, issue));
        return None;
    }
    let objective = ObjectiveDraft { code: text(0), title: text(1), strategic_objective: text(10) };
    Some(Row { objective, draft })
}

/// The changes that bring `current` to what the rows say, field by field; the
/// typed parties are compared by their short form so that a committee keeps its
/// link to the directory.
fn patch(current: &Activity, draft: &ActivityDraft) -> Option<ActivityPatch> {
    let text = |new: &str, old: &str| (new != old).then(|| new.to_string());
    let same_parties = parties_cell(&current.parties) == parties_cell(&draft.parties);
    let p = ActivityPatch {
        title: text(&draft.title, &current.title),
        target: text(&draft.target, &current.target),
        indicator: text(&draft.indicator, &current.indicator),
        parties: (!same_parties).then(|| draft.parties.clone()),
        semester_1: draft.semester_1.filter(|s| Some(*s) != current.semester_1),
        semester_2: draft.semester_2.filter(|s| Some(*s) != current.semester_2),
        weight: Some(draft.weight.unwrap_or_default()).filter(|w| *w != current.weight),
    };
    (p != ActivityPatch::default()).then_some(p)
}

fn apply(tx: &Transaction, year: i32, rows: &[Row], edit: &PoaEdit, import: &mut PoaImport) -> Result<()> {
    let plan = read_plan(tx, year)?;
    for row in rows {
        let known = plan.objectives.iter().any(|o| o.code == row.objective.code)
            || import.objectives_added.contains(&row.objective.code);
        if !known {
            add_objective_in(tx, year, &row.objective, edit)?;
            import.objectives_added.push(row.objective.code.clone());
        }
        match plan.activities().find(|a| a.code == row.draft.code) {
            None => {
                add_activity_in(tx, year, &row.draft, edit)?;
                import.added.push(row.draft.code.clone());
            }
            Some(current) => {
                if let Some(p) = patch(current, &row.draft) {
                    edit_activity_in(tx, year, &current.code, &p, edit)?;
                    import.edited.push(current.code.clone());
                }
            }
        }
    }
    for gone in plan.activities().filter(|a| !rows.iter().any(|r| r.draft.code == a.code)) {
        remove_activity_in(tx, year, &gone.code, edit)?;
        import.removed.push(gone.code.clone());
    }
    Ok(())
}

impl Api {
    /// The POA of `year` as an XLSX workbook in the seed's columns.
    pub fn export_poa_xlsx(&self, year: i32) -> Result<Vec<u8>> {
        let plan = self.operating_plan(year)?;
        let mut book = Workbook::new();
        write_sheet(&mut book, &plan).map_err(cannot_write)?;
        book.save_to_buffer().map_err(cannot_write)
    }

    /// Brings the POA of `year` to what an edited workbook says. Every bad cell is
    /// named and then nothing changes; `DryRun` checks everything a write would.
    /// `import_poa_xlsx` of the workbook at `path` (the CLI's FILE, a dialog's choice).
    pub fn import_poa_file(
        &mut self,
        year: i32,
        path: &std::path::Path,
        mode: ImportMode,
        edit: &PoaEdit,
    ) -> Result<PoaImport> {
        self.import_poa_xlsx(year, &crate::files::read_file(path)?, mode, edit)
    }

    pub fn import_poa_xlsx(&mut self, year: i32, bytes: &[u8], mode: ImportMode, edit: &PoaEdit) -> Result<PoaImport> {
        let mut book = open(bytes)?;
        use calamine::Reader;
        if !book.sheet_names().iter().any(|n| n == POA_SHEET) {
            return Err(WorkbookError::NotAPoaWorkbook.into());
        }
        let sheet = book
            .worksheet_range(POA_SHEET)
            .map_err(|e| ApiError::from(WorkbookError::Unreadable { reason: e.to_string() }))?;
        let mut import = PoaImport {
            mode,
            year,
            objectives_added: Vec::new(),
            added: Vec::new(),
            edited: Vec::new(),
            removed: Vec::new(),
            problems: Vec::new(),
            written: false,
        };
        let last = sheet.end().map_or(0, |(row, _)| row);
        let mut rows = Vec::new();
        for row in FIRST_ROW..=last {
            let blank = (0..12).all(|col| text_of(sheet.get_value((row, col))).is_empty());
            if !blank {
                rows.extend(read_row(&sheet, row, &mut import.problems));
            }
        }
        if !import.problems.is_empty() {
            return Ok(import);
        }
        let done = match mode {
            ImportMode::DryRun => self.store.rehearse(|tx| {
                apply(tx, year, &rows, edit, &mut import)?;
                Ok::<_, ApiError>(false)
            })?,
            ImportMode::Write => self.store.write(|tx| {
                apply(tx, year, &rows, edit, &mut import)?;
                Ok::<_, ApiError>(true)
            })?,
        };
        import.written = done;
        Ok(import)
    }
}
