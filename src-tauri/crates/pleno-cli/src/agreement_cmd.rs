//! Decisions, votes, consensus positions, agreements, indicators and search.

use chrono::NaiveDateTime;
use pleno_api::agreements::{AgreementDraft, AgreementFilter, FollowUpDraft};
use pleno_api::decisions::DecisionDraft;
use pleno_api::{Api, ApiError};
use pleno_domain::agreement::{AgreementStatus, LinkTarget, ShownStatus};
use pleno_domain::decision::{Base, DecisionMethod, PositionKind, Tally, Threshold, VoteChoice};

use crate::args::*;
use crate::directory_cmd::optional_date;
use crate::output;

type Result<T> = std::result::Result<T, ApiError>;

fn recorded_status(s: StatusArg) -> Result<AgreementStatus> {
    match s {
        StatusArg::Pendiente => Ok(AgreementStatus::Pendiente),
        StatusArg::EnCurso => Ok(AgreementStatus::EnCurso),
        StatusArg::Cumplido => Ok(AgreementStatus::Cumplido),
        StatusArg::SinEfecto => Ok(AgreementStatus::SinEfecto),
        StatusArg::Vencido => Err(ApiError::invalid(
            "«vencido» no se registra: Pleno lo deduce de la fecha límite. Use pendiente, en-curso, cumplido o sin-efecto",
        )),
    }
}

fn shown(s: StatusArg) -> ShownStatus {
    match s {
        StatusArg::Pendiente => ShownStatus::Pendiente,
        StatusArg::EnCurso => ShownStatus::EnCurso,
        StatusArg::Cumplido => ShownStatus::Cumplido,
        StatusArg::SinEfecto => ShownStatus::SinEfecto,
        StatusArg::Vencido => ShownStatus::Vencido,
    }
}

pub fn run(api: &mut Api, command: Command, now: NaiveDateTime) -> Result<()> {
    let today = now.date();
    match command {
        Command::Decision { command } => decision(api, command, now),
        Command::Vote { command: VoteCommand::Cast { decision, country, choice } } => {
            let choice = match choice {
                ChoiceArg::Yes => VoteChoice::Yes,
                ChoiceArg::No => VoteChoice::No,
                ChoiceArg::Abstain => VoteChoice::Abstain,
            };
            let result = api.cast_vote(decision, &country, choice)?;
            println!("{}: {} — {}", country.to_uppercase(), choice.spanish(), output::result_line(&result));
            Ok(())
        }
        Command::Vote { command: VoteCommand::Recount { decision, yes, no, abstain } } => {
            let result = api.recount(decision, Tally { yes, no, abstain }, now)?;
            println!("Recuento registrado — {}", output::result_line(&result));
            if result.discrepancy {
                println!(
                    "Discrepancia: el conteo dio {} a favor, {} en contra y {} abstenciones; prevalece el recuento.",
                    result.count.yes, result.count.no, result.count.abstain
                );
            }
            Ok(())
        }
        Command::Consensus { command } => {
            let (decision, country, text, kind) = match command {
                ConsensusCommand::Reserve { decision, country, text } => {
                    (decision, country, text, PositionKind::Reservation)
                }
                ConsensusCommand::Object { decision, country, text } => {
                    (decision, country, text, PositionKind::Objection)
                }
            };
            let result = api.consensus_position(decision, &country, kind, &text)?;
            println!(
                "{} de {} registrada — {}",
                pleno_domain::text::capitalise(kind.spanish()),
                country.to_uppercase(),
                output::result_line(&result)
            );
            Ok(())
        }
        Command::Agreement { command } => agreement(api, command, today),
        Command::Indicators { from, to, json } => {
            let values = api.computed_indicators(
                optional_date("--from", from.as_deref())?,
                optional_date("--to", to.as_deref())?,
            )?;
            output::json_or(json, &values, || {
                for v in &values {
                    println!("{}  {}\n      {}  ({})", v.code, v.title, v.value, v.explanation);
                }
            })
        }
        Command::Search { text, limit, json } => {
            let hits = api.search(&text, limit)?;
            output::json_or(json, &hits, || output::search_hits(&hits))
        }
        _ => unreachable!("dispatched by main"),
    }
}

pub fn threshold(t: ThresholdArg) -> Threshold {
    match t {
        ThresholdArg::Half => Threshold::Half,
        ThresholdArg::TwoThirds => Threshold::TwoThirds,
        ThresholdArg::ThreeQuarters => Threshold::ThreeQuarters,
        ThresholdArg::Unanimity => Threshold::Unanimity,
    }
}

pub fn base(b: BaseArg) -> Base {
    match b {
        BaseArg::Cast => Base::Cast,
        BaseArg::Present => Base::Present,
        BaseArg::Members => Base::Members,
    }
}

fn decision(api: &mut Api, command: DecisionCommand, now: NaiveDateTime) -> Result<()> {
    match command {
        DecisionCommand::Add { meeting, item, text, method, threshold, base, at, json } => {
            let at =
                api.meeting_moment(meeting, at.as_deref().map(pleno_domain::dates::parse_time).transpose()?, now)?;
            let d = api.add_decision(
                meeting,
                &DecisionDraft {
                    agenda_item_id: item,
                    text,
                    method: match method {
                        MethodArg::Consensus => DecisionMethod::Consensus,
                        MethodArg::Vote => DecisionMethod::Vote,
                    },
                    threshold: threshold.map(self::threshold),
                    base: base.map(self::base),
                },
                at,
            )?;
            output::json_or(json, &d, || {
                println!(
                    "Decisión {} registrada ({}; {} Estados presentes)",
                    d.id,
                    d.method.spanish(),
                    d.present_states.len()
                )
            })
        }
        DecisionCommand::Result { decision, json } => {
            let result = api.decision_result(decision)?;
            output::json_or(json, &result, || println!("{}", output::result_line(&result)))
        }
        DecisionCommand::Show { decision, json } => {
            let d = api.decision(decision)?;
            output::json_or(json, &d, || output::decision(&d))
        }
        DecisionCommand::List { meeting, json } => {
            let list = api.decisions_of_meeting(meeting)?;
            output::json_or(json, &list, || {
                for d in &list {
                    output::decision(d);
                }
            })
        }
    }
}

fn agreement(api: &mut Api, command: AgreementCommand, today: chrono::NaiveDate) -> Result<()> {
    match command {
        AgreementCommand::Add { meeting, decision, text, responsible, due, json } => {
            let a = api.add_agreement(
                &AgreementDraft {
                    meeting_id: meeting,
                    decision_id: decision,
                    text,
                    responsible,
                    due_on: optional_date("--due", due.as_deref())?,
                },
                today,
            )?;
            output::json_or(json, &a, || println!("Acuerdo {} registrado (número {} en Pleno)", a.number, a.id))
        }
        AgreementCommand::List { status, country, meeting, year, axis, indicator, overdue, json } => {
            let filter = AgreementFilter {
                status: status.map(shown),
                country,
                meeting_id: meeting,
                year,
                axis,
                indicator,
                overdue,
            };
            let list = api.agreements(&filter, today)?;
            output::json_or(json, &list, || output::agreements(&list))
        }
        AgreementCommand::Show { id, json } => {
            let a = api.agreement(id, today)?;
            output::json_or(json, &a, || output::agreement(&a))
        }
        AgreementCommand::FollowUp { id, text, status, meeting, on, json } => {
            let a = api.add_follow_up(
                id,
                &FollowUpDraft {
                    text,
                    status: status.map(recorded_status).transpose()?,
                    meeting_id: meeting,
                    reported_on: optional_date("--on", on.as_deref())?.unwrap_or(today),
                },
                today,
            )?;
            output::json_or(json, &a, || {
                println!("Seguimiento registrado: {} está {}", a.number, a.shown_status.spanish())
            })
        }
        AgreementCommand::Link { id, indicator, activity, note, json } => {
            let (target, code) = match (indicator, activity) {
                (Some(code), _) => (LinkTarget::Indicator, code),
                (None, Some(code)) => (LinkTarget::Activity, code),
                (None, None) => unreachable!("clap requires one"),
            };
            let a = api.link_agreement(id, target, &code, &note, today)?;
            output::json_or(json, &a, || println!("{} vinculado a {code}", a.number))
        }
        AgreementCommand::Export { format: ImportFormat::Csv, output: path } => {
            output::text_to(&api.export_agreements_csv(&AgreementFilter::default(), today)?, path.as_deref())
        }
    }
}
