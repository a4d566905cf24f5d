//! The Strategic Plan and a year's operating plan (POA) as PDF.

use chrono::NaiveDate;
use pleno_domain::Language;

use super::{render, DocumentError};
use crate::{Api, Result};

impl Api {
    pub fn pdf_strategic_plan(&self, issued: NaiveDate, lang: Language) -> Result<Vec<u8>> {
        let plan = self.plan()?;
        if plan.strategic_plan.axes.is_empty() {
            return Err(DocumentError::NoStrategicPlan.into());
        }
        render(&pleno_docs::plan::strategic_plan(&plan.strategic_plan, issued, lang))
    }

    pub fn pdf_operating_plan(&self, year: i32, issued: NaiveDate, lang: Language) -> Result<Vec<u8>> {
        let plan = self.plan()?;
        let poa = plan.operating_plans.iter().find(|p| p.year == year).ok_or_else(|| {
            DocumentError::NoOperatingPlan { year, years: plan.operating_plans.iter().map(|p| p.year).collect() }
        })?;
        render(&pleno_docs::plan::operating_plan(poa, &plan.strategic_plan, issued, lang))
    }
}
