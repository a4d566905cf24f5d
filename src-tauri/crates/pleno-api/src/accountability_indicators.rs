//! The plan's indicators the accountability registers feed, computed from the
//! record and never typed in: the agreements of the working committees (POA
//! 1.1.1, 1.2.1), the states' instruments counting those implemented with the
//! breakdown by stage beside them (2.1.1, 2.2.1, 3.2.1), good practices
//! replicated (3.1.1), and alliances and joint actions (4.1.1, 4.1.1.2, 4.1.2).
//! Each value carries the records behind it, so the figure is one click away
//! from what it counts.

use chrono::NaiveDate;
use pleno_domain::accountability::{
    alliance_breakdown, replicated_practices, stages_on, states_implementing, Alliance, GoodPractice, InstrumentKind,
    Milestone, Stage,
};
use pleno_domain::agreement::LinkTarget;
use pleno_domain::meeting::MeetingKind;
use pleno_domain::{Language, Text};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::agreements::AgreementFilter;
use crate::{Api, Result};

/// The register a record behind a figure belongs to, so the app can open it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(rename_all = "snake_case")]
pub enum Register {
    Agreement,
    Milestone,
    GoodPractice,
    Alliance,
    AllianceAction,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RecordRef {
    pub register: Register,
    pub id: i64,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BreakdownItem {
    pub label: Text,
    pub value: u32,
}

/// One indicator's value over a period, with its target and what it counts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct RegisterIndicator {
    pub code: String,
    pub title: Text,
    pub value: u32,
    /// The target set for the Strategic Plan's indicator of that code, if any.
    pub target: Option<f64>,
    pub breakdown: Vec<BreakdownItem>,
    pub records: Vec<RecordRef>,
}

/// What the indicators are computed from: the registers, read once.
pub(crate) struct Registers {
    pub milestones: Vec<Milestone>,
    pub practices: Vec<GoodPractice>,
    pub alliances: Vec<Alliance>,
    /// Agreements of committee sessions: (id, number, committee's name, adopted on, activity codes linked).
    pub committee_agreements: Vec<(i64, String, String, NaiveDate, Vec<String>)>,
}

fn text(es: &str, en: &str) -> Text {
    Text::new(es, en)
}

fn within(day: NaiveDate, from: NaiveDate, to: NaiveDate) -> bool {
    from <= day && day <= to
}

/// The committees' agreements linked to a POA activity (1.1.1, 1.2.1: "Número de
/// Acuerdos tomados por el Comité"), by committee.
fn committee_agreements(r: &Registers, code: &str, title: Text, from: NaiveDate, to: NaiveDate) -> RegisterIndicator {
    let counted: Vec<_> =
        r.committee_agreements.iter().filter(|a| within(a.3, from, to) && a.4.iter().any(|c| c == code)).collect();
    let mut by_committee: Vec<BreakdownItem> = Vec::new();
    for a in &counted {
        match by_committee.iter_mut().find(|b| b.label.es == a.2) {
            Some(b) => b.value += 1,
            None => by_committee.push(BreakdownItem { label: Text::new(a.2.clone(), a.2.clone()), value: 1 }),
        }
    }
    RegisterIndicator {
        code: code.into(),
        title,
        value: counted.len() as u32,
        target: None,
        breakdown: by_committee,
        records: counted
            .iter()
            .map(|a| RecordRef { register: Register::Agreement, id: a.0, label: a.1.clone() })
            .collect(),
    }
}

fn stage_items(milestones: &[Milestone], instrument: InstrumentKind, on: NaiveDate) -> Vec<BreakdownItem> {
    let b = stages_on(milestones, instrument, on);
    [(Stage::Elaborado, b.elaborado), (Stage::Aprobado, b.aprobado), (Stage::Implementado, b.implementado)]
        .into_iter()
        .map(|(stage, value)| BreakdownItem { label: text(stage.spanish(), stage.english()), value })
        .collect()
}

fn milestone_refs(milestones: &[Milestone], instrument: InstrumentKind, on: NaiveDate) -> Vec<RecordRef> {
    milestones
        .iter()
        .filter(|m| m.instrument == instrument && m.reached_on <= on)
        .map(|m| RecordRef {
            register: Register::Milestone,
            id: m.id,
            label: format!("{} · {} · {}", m.country, m.title, m.stage.spanish()),
        })
        .collect()
}

/// Instruments implemented on `to`, the breakdown by stage beside the figure.
fn instruments(r: &Registers, code: &str, title: Text, instrument: InstrumentKind, to: NaiveDate) -> RegisterIndicator {
    RegisterIndicator {
        code: code.into(),
        title,
        value: stages_on(&r.milestones, instrument, to).implementado,
        target: None,
        breakdown: stage_items(&r.milestones, instrument, to),
        records: milestone_refs(&r.milestones, instrument, to),
    }
}

/// 3.2.1 counts states, not instruments: those with a coordination route implemented.
fn states_with_route(r: &Registers, to: NaiveDate) -> RegisterIndicator {
    let states = states_implementing(&r.milestones, InstrumentKind::Ruta, to);
    RegisterIndicator {
        code: "3.2.1".into(),
        title: text(
            "Países miembros con un procedimiento de coordinación para la protección a las víctimas implementado",
            "Member states with a coordination procedure for the protection of victims implemented",
        ),
        value: states.len() as u32,
        target: None,
        breakdown: stage_items(&r.milestones, InstrumentKind::Ruta, to),
        records: milestone_refs(&r.milestones, InstrumentKind::Ruta, to),
    }
}

fn practices(r: &Registers, to: NaiveDate) -> RegisterIndicator {
    let replicated = replicated_practices(&r.practices, to);
    let replications =
        replicated.iter().map(|p| p.replications.iter().filter(|x| x.replicated_on <= to).count()).sum::<usize>();
    RegisterIndicator {
        code: "3.1.1".into(),
        title: text(
            "Buenas prácticas replicadas entre los países miembros",
            "Good practices replicated among the member states",
        ),
        value: replicated.len() as u32,
        target: None,
        breakdown: vec![
            BreakdownItem {
                label: text("prácticas registradas", "practices recorded"),
                value: r.practices.len() as u32,
            },
            BreakdownItem { label: text("réplicas", "replications"), value: replications as u32 },
        ],
        records: replicated
            .iter()
            .map(|p| RecordRef {
                register: Register::GoodPractice,
                id: p.id,
                label: format!("{} ({})", p.title, p.origin),
            })
            .collect(),
    }
}

fn alliance_refs(alliances: &[&Alliance]) -> Vec<RecordRef> {
    alliances.iter().map(|a| RecordRef { register: Register::Alliance, id: a.id, label: a.partner.clone() }).collect()
}

/// 4.1.1 and 4.1.1.2: the alliances in force in the period, by level, and by
/// actor, support and level.
fn alliances(r: &Registers, from: NaiveDate, to: NaiveDate) -> [RegisterIndicator; 2] {
    let in_force: Vec<&Alliance> = r.alliances.iter().filter(|a| a.overlaps(from, to)).collect();
    let b = alliance_breakdown(in_force.iter().copied());
    let items = |map: &std::collections::BTreeMap<String, u32>, word: fn(&str, Language) -> String| {
        map.iter()
            .map(|(k, v)| BreakdownItem { label: Text::new(word(k, Language::Es), word(k, Language::En)), value: *v })
            .collect::<Vec<_>>()
    };
    use pleno_domain::accountability::{AllianceKind, AllianceScope, AllianceSupport};
    let scope = |k: &str, l| AllianceScope::parse(k).map(|s| s.label(l).to_string()).unwrap_or_default();
    let kind = |k: &str, l| AllianceKind::parse(k).map(|s| s.label(l).to_string()).unwrap_or_default();
    let support = |k: &str, l| AllianceSupport::parse(k).map(|s| s.label(l).to_string()).unwrap_or_default();
    let mut detailed = items(&b.by_kind, kind);
    detailed.extend(items(&b.by_support, support));
    detailed.extend(items(&b.by_scope, scope));
    [
        RegisterIndicator {
            code: "4.1.1".into(),
            title: text("Alianzas con otros espacios", "Alliances with other bodies"),
            value: in_force.len() as u32,
            target: None,
            breakdown: items(&b.by_scope, scope),
            records: alliance_refs(&in_force),
        },
        RegisterIndicator {
            code: "4.1.1.2".into(),
            title: text(
                "Alianzas fortalecidas por actor, tipo y nivel",
                "Alliances strengthened by actor, type and level",
            ),
            value: in_force.len() as u32,
            target: None,
            breakdown: detailed,
            records: alliance_refs(&in_force),
        },
    ]
}

fn joint_actions(r: &Registers, from: NaiveDate, to: NaiveDate) -> RegisterIndicator {
    let actions: Vec<_> = r
        .alliances
        .iter()
        .flat_map(|a| a.actions.iter().map(move |x| (a, x)))
        .filter(|(_, x)| within(x.done_on, from, to))
        .collect();
    let mut by_partner: Vec<BreakdownItem> = Vec::new();
    for (a, _) in &actions {
        match by_partner.iter_mut().find(|b| b.label.es == a.partner) {
            Some(b) => b.value += 1,
            None => by_partner.push(BreakdownItem { label: Text::new(a.partner.clone(), a.partner.clone()), value: 1 }),
        }
    }
    RegisterIndicator {
        code: "4.1.2".into(),
        title: text("Acciones conjuntas con otros espacios", "Joint actions with other bodies"),
        value: actions.len() as u32,
        target: None,
        breakdown: by_partner,
        records: actions
            .iter()
            .map(|(a, x)| RecordRef {
                register: Register::AllianceAction,
                id: x.id,
                label: format!("{} — {}", a.partner, x.title),
            })
            .collect(),
    }
}

/// The codes of the Strategic Plan's indicators computed here; the others
/// (1.1.1, 1.2.1, 4.1.1.2) are the POA's, whose codes the plan's may repeat.
const STRATEGIC: [&str; 6] = ["2.1.1", "2.2.1", "3.1.1", "3.2.1", "4.1.1", "4.1.2"];

pub(crate) fn is_strategic(code: &str) -> bool {
    STRATEGIC.contains(&code)
}

/// Every register indicator over `from`–`to` (stages as they stood on `to`).
pub(crate) fn compute(r: &Registers, from: NaiveDate, to: NaiveDate) -> Vec<RegisterIndicator> {
    let [alliances_in_force, alliances_detailed] = alliances(r, from, to);
    vec![
        committee_agreements(
            r,
            "1.1.1",
            text(
                "Acuerdos tomados por el Comité (prevención de la trata de personas)",
                "Agreements adopted by the Committee (prevention of trafficking in persons)",
            ),
            from,
            to,
        ),
        committee_agreements(
            r,
            "1.2.1",
            text(
                "Acuerdos tomados por el Comité (prevención del tráfico ilícito de migrantes)",
                "Agreements adopted by the Committee (prevention of smuggling of migrants)",
            ),
            from,
            to,
        ),
        instruments(
            r,
            "2.1.1",
            text("Estrategias nacionales implementadas", "National strategies implemented"),
            InstrumentKind::Estrategia,
            to,
        ),
        instruments(
            r,
            "2.2.1",
            text("Protocolos nacionales de repatriación implementados", "National repatriation protocols implemented"),
            InstrumentKind::Protocolo,
            to,
        ),
        practices(r, to),
        states_with_route(r, to),
        alliances_in_force,
        alliances_detailed,
        joint_actions(r, from, to),
    ]
}

impl Api {
    pub(crate) fn registers(&self, today: NaiveDate) -> Result<Registers> {
        let meetings = self.meetings()?;
        let committees = self.store.read(|conn| pleno_store::committee_db::list(conn, None))?;
        let committee_agreements = self
            .agreements(&AgreementFilter::default(), today)?
            .into_iter()
            .filter_map(|a| {
                let m = meetings.iter().find(|m| m.id == a.meeting_id && m.kind == MeetingKind::Comite)?;
                let committee =
                    committees.iter().find(|c| Some(c.id) == m.committee).map(|c| c.name.clone()).unwrap_or_default();
                let codes =
                    a.links.iter().filter(|l| l.target == LinkTarget::Activity).map(|l| l.code.clone()).collect();
                Some((a.id, a.number, committee, a.adopted_on, codes))
            })
            .collect();
        Ok(Registers {
            milestones: self.milestones()?,
            practices: self.good_practices()?,
            alliances: self.alliances()?,
            committee_agreements,
        })
    }

    /// The indicators the accountability registers feed, over `from`–`to`, each
    /// with the target set for the Strategic Plan's indicator of the same code.
    pub fn register_indicators(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<RegisterIndicator>> {
        let mut values = compute(&self.registers(to)?, from, to);
        for v in values.iter_mut().filter(|v| is_strategic(&v.code)) {
            v.target = self.indicator_detail(&v.code)?.target.target_value;
        }
        Ok(values)
    }
}
