//! Writes the Strategic Plan and the POA 2018 matrix from the shipped reference data,
//! so a person can look at them: `cargo run -p pleno-docs --example plan_pdfs -- DIR`.

use chrono::NaiveDate;
use pleno_domain::reference::ReferenceData;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::path::PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| ".".into()));
    std::fs::create_dir_all(&dir)?;
    let export = ReferenceData::shipped().plan();
    let issued = NaiveDate::from_ymd_opt(2026, 11, 28).expect("a valid date");
    let plan = pleno_docs::plan::strategic_plan(&export.strategic_plan, issued, pleno_domain::Language::Es);
    let poa = pleno_docs::plan::operating_plan(
        &export.operating_plans[0],
        &export.strategic_plan,
        issued,
        pleno_domain::Language::Es,
    );
    for (name, doc) in [("plan-estrategico.pdf", plan), ("poa-2018.pdf", poa)] {
        let bytes = pleno_docs::render(&doc)?;
        std::fs::write(dir.join(name), &bytes)?;
        println!("{name}: {} bytes", bytes.len());
    }
    Ok(())
}
