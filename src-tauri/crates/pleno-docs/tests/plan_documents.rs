//! The Strategic Plan and the POA 2018 matrix from the shipped reference data: every
//! title prints exactly, accents included, in files a reader's tools accept.

mod common;

use common::{issued, normalized, page_count, page_text, raw_text, run, text, write_pdf, PdfFile};
use pleno_docs::plan::{operating_plan, strategic_plan};
use pleno_docs::render;
use pleno_domain::plan::PlanExport;
use pleno_domain::reference::ReferenceData;
use pleno_domain::Language;

fn export() -> PlanExport {
    ReferenceData::shipped().plan()
}

fn plan_pdf() -> PdfFile {
    write_pdf(&render(&strategic_plan(&export().strategic_plan, issued(), Language::Es)).unwrap())
}

fn poa_pdf() -> PdfFile {
    let export = export();
    write_pdf(
        &render(&operating_plan(&export.operating_plans[0], &export.strategic_plan, issued(), Language::Es)).unwrap(),
    )
}

#[test]
fn the_strategic_plan_prints_every_indicator_title_exactly() {
    let export = export();
    let plan = &export.strategic_plan;
    assert_eq!(plan.indicators().count(), 12);
    let text = normalized(&text(&plan_pdf()));
    for indicator in plan.indicators() {
        assert!(text.contains(&indicator.title), "indicator {} missing: {}", indicator.code, indicator.title);
        assert!(text.contains(&indicator.code));
    }
}

#[test]
fn the_strategic_plan_prints_axes_objectives_and_results_with_their_codes() {
    let export = export();
    let plan = &export.strategic_plan;
    let text = normalized(&text(&plan_pdf()));
    assert!(text.contains(&plan.general_objective));
    for axis in &plan.axes {
        assert!(text.contains(&format!("Eje {}. {}", axis.code, axis.title)), "axis {}", axis.code);
        assert!(text.contains(&axis.description), "description of axis {}", axis.code);
    }
    for (_, objective) in plan.objectives() {
        assert!(text.contains(&format!("Objetivo estratégico {} {}", objective.code, objective.title)));
    }
    for result in plan.results() {
        assert!(text.contains(&format!("Resultado {} {}", result.code, result.title)), "result {}", result.code);
    }
    // Reading order: the axes come in the plan's order.
    let positions: Vec<usize> = plan.axes.iter().map(|a| text.find(&format!("Eje {}.", a.code)).unwrap()).collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]));
}

#[test]
fn the_strategic_plan_opens_with_a_plain_title_page_and_counts_its_pages() {
    let pdf = plan_pdf();
    let pages = page_count(&pdf);
    let cover = normalized(&page_text(&pdf, 1));
    assert!(cover.contains("Plan Estratégico 2018–2027"), "{cover}");
    assert!(cover.contains("Secretaría Técnica 28 de noviembre de 2026"), "{cover}");
    assert!(!cover.contains("Página"), "the title page has no footer: {cover}");
    let second = page_text(&pdf, 2);
    assert!(second.contains(&format!("Página 2 de {pages}")), "{second}");
    assert!(second.contains("Coalición Regional contra la Trata de Personas y el Tráfico Ilícito de Migrantes"));
    let info = run("pdfinfo", &[], &pdf);
    assert!(info.contains("612 x 792 pts (letter)"), "{info}");
}

#[test]
fn the_poa_matrix_prints_every_activity_title_exactly() {
    let export = export();
    let poa = &export.operating_plans[0];
    assert_eq!(poa.activities().count(), 19);
    let text = normalized(&text(&poa_pdf()));
    for objective in &poa.objectives {
        assert!(text.contains(&format!("{} {}", objective.code, objective.title)), "objective {}", objective.code);
    }
    for activity in poa.activities() {
        assert!(text.contains(&format!("{} {}", activity.code, activity.title)), "activity {}", activity.code);
        assert!(text.contains(&activity.target), "target of {}", activity.code);
        assert!(text.contains(&activity.responsible), "responsible of {}", activity.code);
        for indicator in activity.indicator.lines() {
            assert!(text.contains(indicator), "indicator line {indicator:?} of {}", activity.code);
        }
    }
}

#[test]
fn the_poa_matrix_is_landscape_with_one_table_per_axis_and_the_seed_columns() {
    let export = export();
    let pdf = poa_pdf();
    let info = run("pdfinfo", &[], &pdf);
    assert!(info.contains("792 x 612 pts (letter)"), "{info}");
    let text = normalized(&raw_text(&pdf));
    for axis in &export.strategic_plan.axes {
        assert!(text.contains(&format!("Eje {}. {}", axis.code, axis.title)), "axis {}", axis.code);
    }
    let header = "Objetivo operativo Actividad Meta Indicador Responsable I Semestre II Semestre";
    assert!(text.matches(header).count() >= export.strategic_plan.axes.len(), "a header row per table:\n{text}");
}

#[test]
fn the_poa_matrix_reads_row_by_row_in_drawing_order() {
    let text = normalized(&raw_text(&poa_pdf()));
    let row = "1.1 Formular una estrategia regional para la prevención de la trata de personas. \
               1.1.1 Integrar un Comité de Trabajo Comité de elaboración conformado y aprobado \
               Número de Acuerdos tomados por el Comité Coalición Regional 100% —";
    assert!(text.contains(&normalized(row)), "{text}");
}

#[test]
fn every_page_of_the_poa_matrix_holding_rows_repeats_the_header_row() {
    let pdf = poa_pdf();
    for page in 1..=page_count(&pdf) {
        let text = page_text(&pdf, page);
        for title in ["Objetivo operativo", "Actividad", "Meta", "Indicador", "Responsable", "I Semestre"] {
            assert!(text.contains(title), "page {page} lacks {title}:\n{text}");
        }
    }
}

#[test]
fn the_poa_matrix_shows_each_two_indicator_cell_as_two_paragraphs() {
    let export = export();
    let laid =
        pleno_docs::layout(&operating_plan(&export.operating_plans[0], &export.strategic_plan, issued(), Language::Es))
            .unwrap();
    let runs: Vec<&pleno_docs::TextRun> = laid
        .pages
        .iter()
        .flat_map(|p| &p.items)
        .filter_map(|i| match i {
            pleno_docs::Item::Text(t) => Some(t),
            _ => None,
        })
        .collect();
    let end = runs.iter().position(|t| t.text.ends_with("socialización")).expect("the first indicator");
    let next = runs[end + 1];
    assert!(next.text.starts_with("Número de"), "{:?}", next.text);
    assert_eq!(next.x, runs[end].x, "the second indicator starts a line of its own");
    let step = next.y - runs[end].y;
    assert!(step > 8.5 * 1.25 + 2.0, "a paragraph gap separates them ({step} pt)");

    let raw = raw_text(&poa_pdf());
    assert!(raw.contains("socialización\nNúmero de"), "{raw}");
}

#[test]
fn both_plan_documents_pass_qpdf_and_embed_their_fonts() {
    for pdf in [plan_pdf(), poa_pdf()] {
        let check = run("qpdf", &["--check"], &pdf);
        assert!(check.contains("No syntax or stream encoding errors found"), "{check}");
        let fonts = run("pdffonts", &[], &pdf);
        let embedded: Vec<&str> = fonts.lines().skip(2).collect();
        assert!(!embedded.is_empty());
        for line in embedded {
            assert!(line.contains("NotoSans"), "{line}");
            let columns: Vec<&str> = line.split_whitespace().collect();
            assert_eq!(&columns[4..7], ["yes", "yes", "yes"], "{line}");
        }
    }
}

#[test]
fn the_plan_documents_report_their_sizes() {
    let plan = std::fs::metadata(plan_pdf().path).unwrap().len();
    let poa = std::fs::metadata(poa_pdf().path).unwrap().len();
    println!("plan: {plan} bytes, POA 2018: {poa} bytes");
    assert!(plan < 60_000 && poa < 60_000, "plan {plan} bytes, POA {poa} bytes");
}
