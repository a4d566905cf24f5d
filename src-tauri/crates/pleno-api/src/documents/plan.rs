//! The Strategic Plan and a year's operating plan (POA) as PDF.

use chrono::NaiveDate;

use super::render;
use crate::{Api, ApiError, Result};

impl Api {
    pub fn pdf_strategic_plan(&self, issued: NaiveDate) -> Result<Vec<u8>> {
        let plan = self.plan()?;
        if plan.strategic_plan.axes.is_empty() {
            return Err(ApiError::invalid("La base de datos no tiene el Plan Estratégico: ejecute «pleno init»"));
        }
        render(&pleno_docs::plan::strategic_plan(&plan.strategic_plan, issued))
    }

    pub fn pdf_operating_plan(&self, year: i32, issued: NaiveDate) -> Result<Vec<u8>> {
        let plan = self.plan()?;
        let poa = plan.operating_plans.iter().find(|p| p.year == year).ok_or_else(|| {
            let years: Vec<String> = plan.operating_plans.iter().map(|p| p.year.to_string()).collect();
            ApiError::invalid(format!(
                "No hay plan operativo de {year}; los hay de: {}",
                if years.is_empty() { "ninguno".to_string() } else { years.join(", ") }
            ))
        })?;
        render(&pleno_docs::plan::operating_plan(poa, &plan.strategic_plan, issued))
    }
}
