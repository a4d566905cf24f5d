//! Tauri commands: adapters over `pleno_api::Api` that make the same calls the CLI
//! makes — no parsing, no file IO, no rule of their own. Arguments arrive typed
//! (dates as `NaiveDate`, times as "HH:MM" `Clock`s, enums); the clock is read here,
//! at the boundary, and passed in. Errors cross to the UI as `ApiError` (kind,
//! params, and the message in Spanish and English).

use std::path::PathBuf;

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use pleno_api::agreements::{AgreementDraft, AgreementFilter, FollowUpDraft};
use pleno_api::archive::{IndicatorValue, PlanProgress, SearchHit};
use pleno_api::archive_view::ArchivePage;
use pleno_api::country_profile::CountryProfile;
use pleno_api::decisions::DecisionDraft;
use pleno_api::directory::{MemberDraft, OrganisationDraft, PersonDetail, SeatAssignment};
use pleno_api::directory_csv::{ImportMode, ImportReport};
use pleno_api::directory_vcard::{DirectoryFormat, VcardScope};
use pleno_api::directory_view::Directory;
use pleno_api::indicator_targets::{IndicatorDetail, MeasurementDraft};
use pleno_api::meetings::{AgendaItemDraft, MeetingDetail, MeetingDraft};
use pleno_api::minutes::{MinutesView, VerifyReport};
use pleno_api::monitoring::ReportDraft;
use pleno_api::monitoring_xlsx::MonitoringImport;
use pleno_api::paging::{AgreementPage, Page};
use pleno_api::poa::{ObjectiveDraft, PoaEdit};
use pleno_api::printing::PrintRequest;
use pleno_api::{ApiError, AppInfo, CountryListing, Language, Settings, SettingsDraft};
use pleno_domain::agreement::{Agreement, LinkTarget};
use pleno_domain::country::Crime;
use pleno_domain::decision::{Decision, DecisionResult, PositionKind, Tally, VoteChoice};
use pleno_domain::directory_model::{
    Committee, Office, OfficeTerm, Organisation, Person, PersonDraft, Representation, SeatAppointment,
};
use pleno_domain::meeting::{AttendanceStatus, ParticipationMode};
use pleno_domain::meeting_model::{Attendee, Meeting, QuorumCheck, QuorumReason};
use pleno_domain::monitoring::{IndicatorTarget, MonitoringReport, ReportEntry, Rollup, Semester};
use pleno_domain::plan::{Activity, OperatingPlan, PlanExport};
use pleno_domain::poa::{ActivityDraft, ActivityPatch, PoaChange};
use pleno_domain::quorum::QuorumCount;
use tauri::State;

use crate::AppState;

type Result<T> = std::result::Result<T, ApiError>;

/// Runs `f` with the one writer: writes never interleave, and a command that
/// writes waits only for other writes. Every command that changes the archive
/// goes through here (the commands of other files too).
pub(crate) fn with_api<T>(state: &State<AppState>, f: impl FnOnce(&mut pleno_api::Api) -> Result<T>) -> Result<T> {
    let mut api = state.writer()?;
    f(&mut api)
}

/// Runs `f` with a reader of the pool: its own connection under WAL, so a long
/// read (a PDF, a deep page) blocks neither the writer nor another reader.
pub(crate) fn with_reader<T>(state: &State<AppState>, f: impl FnOnce(&pleno_api::Api) -> Result<T>) -> Result<T> {
    let api = state.reader()?;
    f(&api)
}

#[tauri::command(async)]
pub fn app_info(state: State<AppState>) -> Result<AppInfo> {
    with_reader(&state, |api| Ok(api.app_info()))
}

#[tauri::command(async)]
pub fn plan_get(state: State<AppState>) -> Result<PlanExport> {
    with_reader(&state, |api| api.plan())
}

#[tauri::command(async)]
pub fn country_list(state: State<AppState>) -> Result<Vec<CountryListing>> {
    with_reader(&state, |api| api.countries_on(today()))
}

#[tauri::command(async)]
pub fn settings_get(state: State<AppState>) -> Result<Settings> {
    with_reader(&state, |api| api.settings())
}

#[tauri::command(async)]
pub fn settings_set(state: State<AppState>, settings: SettingsDraft) -> Result<Settings> {
    with_api(&state, |api| api.update_settings(&settings))
}

// ── Directory ────────────────────────────────────────────────────────────────

/// Today, read at the boundary: the API never reads the clock itself.
fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

/// A clock time as the UI sends it ("09:30").
#[derive(Debug, Clone, Copy, serde::Deserialize)]
pub struct Clock(#[serde(with = "pleno_domain::dates::hh_mm")] NaiveTime);

fn time(at: Option<Clock>) -> Option<NaiveTime> {
    at.map(|c| c.0)
}

#[tauri::command(async)]
pub fn directory_get(state: State<AppState>, on: Option<NaiveDate>) -> Result<Directory> {
    with_reader(&state, |api| api.directory(on.unwrap_or_else(today)))
}

#[tauri::command(async)]
pub fn people_list(state: State<AppState>, search: Option<String>) -> Result<Vec<Person>> {
    with_reader(&state, |api| api.people(search.as_deref()))
}

/// A page of the directory's people (searched or not), in the list's order.
#[tauri::command(async)]
pub fn people_page(
    state: State<AppState>,
    search: Option<String>,
    cursor: Option<String>,
    limit: u32,
) -> Result<Page<Person>> {
    with_reader(&state, |api| api.people_page(search.as_deref(), cursor.as_deref(), limit))
}

#[tauri::command(async)]
pub fn person_get(state: State<AppState>, id: i64) -> Result<PersonDetail> {
    with_reader(&state, |api| api.person(id))
}

#[tauri::command(async)]
pub fn person_add(state: State<AppState>, draft: PersonDraft) -> Result<Person> {
    with_api(&state, |api| api.add_person(&draft))
}

#[tauri::command(async)]
pub fn person_update(state: State<AppState>, id: i64, draft: PersonDraft) -> Result<Person> {
    with_api(&state, |api| api.update_person(id, &draft))
}

#[tauri::command(async)]
pub fn seat_assign(state: State<AppState>, assignment: SeatAssignment) -> Result<SeatAppointment> {
    with_api(&state, |api| api.assign_seat(&assignment))
}

#[tauri::command(async)]
pub fn seat_end(
    state: State<AppState>,
    person_id: i64,
    country: String,
    mandate: Crime,
    on: NaiveDate,
) -> Result<SeatAppointment> {
    with_api(&state, |api| api.end_seat(person_id, &country, mandate, on))
}

#[tauri::command(async)]
pub fn organisation_list(state: State<AppState>) -> Result<Vec<Organisation>> {
    with_reader(&state, |api| api.organisations())
}

#[tauri::command(async)]
pub fn organisation_add(state: State<AppState>, draft: OrganisationDraft) -> Result<Organisation> {
    with_api(&state, |api| api.add_organisation(&draft))
}

#[tauri::command(async)]
pub fn representative_add(
    state: State<AppState>,
    person_id: i64,
    organisation_id: i64,
    starts_on: NaiveDate,
    ends_on: Option<NaiveDate>,
) -> Result<Representation> {
    with_api(&state, |api| api.add_representative(person_id, organisation_id, starts_on, ends_on))
}

/// Writes the directory to `path`, chosen by the user in the save dialog.
#[tauri::command(async)]
pub fn directory_export(
    state: State<AppState>,
    format: DirectoryFormat,
    path: PathBuf,
    country: Option<String>,
) -> Result<()> {
    with_reader(&state, |api| api.save_directory(format, &VcardScope::choose(None, country, today()), &path))
}

#[tauri::command(async)]
pub fn person_vcard_export(state: State<AppState>, id: i64, path: PathBuf) -> Result<()> {
    with_reader(&state, |api| api.save_directory(DirectoryFormat::Vcf, &VcardScope::Person(id), &path))
}

/// Reads a CSV chosen in the open dialog; a dry run only reports.
#[tauri::command(async)]
pub fn directory_import(state: State<AppState>, path: PathBuf, mode: ImportMode) -> Result<ImportReport> {
    with_api(&state, |api| api.import_directory_file(&path, mode))
}

// ── Meetings ─────────────────────────────────────────────────────────────────

fn now() -> NaiveDateTime {
    chrono::Local::now().naive_local()
}

/// The moment a meeting action refers to (see `pleno_api::attendance::moment`).
fn moment_in(api: &pleno_api::Api, meeting_id: i64, at: Option<Clock>) -> Result<NaiveDateTime> {
    api.meeting_moment(meeting_id, time(at), now())
}

#[tauri::command(async)]
pub fn meeting_list(state: State<AppState>) -> Result<Vec<Meeting>> {
    with_reader(&state, |api| api.meetings())
}

#[tauri::command(async)]
pub fn meeting_get(state: State<AppState>, id: i64) -> Result<MeetingDetail> {
    with_reader(&state, |api| api.meeting(id))
}

#[tauri::command(async)]
pub fn meeting_create(state: State<AppState>, draft: MeetingDraft) -> Result<MeetingDetail> {
    with_api(&state, |api| api.create_meeting(&draft))
}

#[tauri::command(async)]
pub fn meeting_update(state: State<AppState>, id: i64, draft: MeetingDraft) -> Result<MeetingDetail> {
    with_api(&state, |api| api.update_meeting(id, &draft))
}

#[tauri::command(async)]
pub fn meeting_advance(state: State<AppState>, id: i64) -> Result<MeetingDetail> {
    with_api(&state, |api| api.advance_meeting(id, now()))
}

#[tauri::command(async)]
pub fn agenda_standard(state: State<AppState>, meeting_id: i64) -> Result<MeetingDetail> {
    with_api(&state, |api| api.insert_standard_agenda(meeting_id))
}

#[tauri::command(async)]
pub fn agenda_add(state: State<AppState>, meeting_id: i64, draft: AgendaItemDraft) -> Result<MeetingDetail> {
    with_api(&state, |api| api.add_agenda_item(meeting_id, &draft).and_then(|_| api.meeting(meeting_id)))
}

#[tauri::command(async)]
pub fn agenda_update(state: State<AppState>, item_id: i64, draft: AgendaItemDraft) -> Result<MeetingDetail> {
    with_api(&state, |api| api.update_agenda_item(item_id, &draft))
}

#[tauri::command(async)]
pub fn agenda_remove(state: State<AppState>, item_id: i64) -> Result<MeetingDetail> {
    with_api(&state, |api| api.remove_agenda_item(item_id))
}

#[tauri::command(async)]
pub fn agenda_move(state: State<AppState>, item_id: i64, position: u32) -> Result<MeetingDetail> {
    with_api(&state, |api| api.move_agenda_item(item_id, position))
}

#[tauri::command(async)]
pub fn agenda_approve(state: State<AppState>, meeting_id: i64, amendments: String) -> Result<MeetingDetail> {
    with_api(&state, |api| {
        let at = moment_in(api, meeting_id, None)?;
        api.approve_agenda(meeting_id, at, &amendments)
    })
}

/// Attaches a file chosen in the open dialog to an agenda item.
#[tauri::command(async)]
pub fn agenda_attach(state: State<AppState>, item_id: i64, path: PathBuf) -> Result<MeetingDetail> {
    with_api(&state, |api| api.attach_file(item_id, &path, now()))
}

/// Writes a stored document to `path` (chosen in the save dialog) after checking its hash.
#[tauri::command(async)]
pub fn document_save(state: State<AppState>, document_id: i64, path: PathBuf) -> Result<()> {
    with_reader(&state, |api| api.save_document(document_id, &path))
}

#[tauri::command(async)]
pub fn meeting_ics_save(state: State<AppState>, id: i64, path: PathBuf, language: Language) -> Result<()> {
    with_reader(&state, |api| api.save_meeting_ics(id, now(), language, &path))
}

#[tauri::command(async)]
pub fn attendance_list(state: State<AppState>, meeting_id: i64) -> Result<Vec<Attendee>> {
    with_reader(&state, |api| api.attendance(meeting_id))
}

#[tauri::command(async)]
pub fn attendance_mark(
    state: State<AppState>,
    meeting_id: i64,
    person_id: i64,
    status: AttendanceStatus,
    at: Option<Clock>,
    mode: Option<ParticipationMode>,
) -> Result<Vec<Attendee>> {
    with_api(&state, |api| {
        let at = moment_in(api, meeting_id, at)?;
        api.mark_attendance(meeting_id, person_id, status, at, mode)
    })
}

#[tauri::command(async)]
pub fn attendance_leave(
    state: State<AppState>,
    meeting_id: i64,
    person_id: i64,
    at: Option<Clock>,
) -> Result<Vec<Attendee>> {
    with_api(&state, |api| {
        let at = moment_in(api, meeting_id, at)?;
        api.record_departure(meeting_id, person_id, at)
    })
}

#[tauri::command(async)]
pub fn attendance_guest(state: State<AppState>, meeting_id: i64, person_id: i64) -> Result<Vec<Attendee>> {
    with_api(&state, |api| api.add_guest(meeting_id, person_id))
}

#[tauri::command(async)]
pub fn quorum_get(state: State<AppState>, meeting_id: i64, at: Option<Clock>) -> Result<QuorumCount> {
    with_reader(&state, |api| {
        let at = moment_in(api, meeting_id, at)?;
        api.quorum(meeting_id, at)
    })
}

#[tauri::command(async)]
pub fn quorum_check(state: State<AppState>, meeting_id: i64, reason: QuorumReason) -> Result<QuorumCheck> {
    with_api(&state, |api| {
        let at = moment_in(api, meeting_id, None)?;
        api.check_quorum(meeting_id, at, reason)
    })
}

#[tauri::command(async)]
pub fn quorum_history(state: State<AppState>, meeting_id: i64) -> Result<Vec<QuorumCheck>> {
    with_reader(&state, |api| api.quorum_checks(meeting_id))
}

// ── Decisions and agreements ─────────────────────────────────────────────────

#[tauri::command(async)]
pub fn decision_add(
    state: State<AppState>,
    meeting_id: i64,
    draft: DecisionDraft,
    at: Option<Clock>,
) -> Result<Decision> {
    with_api(&state, |api| {
        let at = moment_in(api, meeting_id, at)?;
        api.add_decision(meeting_id, &draft, at)
    })
}

#[tauri::command(async)]
pub fn decision_get(state: State<AppState>, id: i64) -> Result<Decision> {
    with_reader(&state, |api| api.decision(id))
}

#[tauri::command(async)]
pub fn decision_result(state: State<AppState>, id: i64) -> Result<DecisionResult> {
    with_reader(&state, |api| api.decision_result(id))
}

#[tauri::command(async)]
pub fn decision_list(state: State<AppState>, meeting_id: i64) -> Result<Vec<Decision>> {
    with_reader(&state, |api| api.decisions_of_meeting(meeting_id))
}

#[tauri::command(async)]
pub fn vote_cast(
    state: State<AppState>,
    decision_id: i64,
    country: String,
    choice: VoteChoice,
) -> Result<DecisionResult> {
    with_api(&state, |api| api.cast_vote(decision_id, &country, choice))
}

#[tauri::command(async)]
pub fn vote_recount(state: State<AppState>, decision_id: i64, tally: Tally) -> Result<DecisionResult> {
    with_api(&state, |api| api.recount(decision_id, tally, now()))
}

#[tauri::command(async)]
pub fn consensus_position(
    state: State<AppState>,
    decision_id: i64,
    country: String,
    kind: PositionKind,
    text: String,
) -> Result<DecisionResult> {
    with_api(&state, |api| api.consensus_position(decision_id, &country, kind, &text))
}

#[tauri::command(async)]
pub fn agreement_add(state: State<AppState>, draft: AgreementDraft) -> Result<Agreement> {
    with_api(&state, |api| api.add_agreement(&draft, today()))
}

#[tauri::command(async)]
pub fn agreement_get(state: State<AppState>, id: i64) -> Result<Agreement> {
    with_reader(&state, |api| api.agreement(id, today()))
}

#[tauri::command(async)]
pub fn agreement_list(state: State<AppState>, filter: AgreementFilter) -> Result<Vec<Agreement>> {
    with_reader(&state, |api| api.agreements(&filter, today()))
}

#[tauri::command(async)]
pub fn agreement_follow_up(state: State<AppState>, id: i64, draft: FollowUpDraft) -> Result<Agreement> {
    with_api(&state, |api| api.add_follow_up(id, &draft, today()))
}

#[tauri::command(async)]
pub fn agreement_link(
    state: State<AppState>,
    id: i64,
    target: LinkTarget,
    code: String,
    note: String,
) -> Result<Agreement> {
    with_api(&state, |api| api.link_agreement(id, target, &code, &note, today()))
}

#[tauri::command(async)]
pub fn agreements_export(state: State<AppState>, filter: AgreementFilter, path: PathBuf) -> Result<()> {
    with_reader(&state, |api| api.save_agreements_csv(&filter, today(), &path))
}

#[tauri::command(async)]
pub fn search(state: State<AppState>, text: String, limit: Option<u32>) -> Result<Vec<SearchHit>> {
    with_reader(&state, |api| api.search(&text, limit.unwrap_or(50)))
}

/// A page of the register: `limit` agreements after `cursor`, with the counts per status.
#[tauri::command(async)]
pub fn agreement_page(
    state: State<AppState>,
    filter: AgreementFilter,
    cursor: Option<String>,
    limit: u32,
) -> Result<AgreementPage> {
    with_reader(&state, |api| api.agreements_page(&filter, cursor.as_deref(), limit, today()))
}

/// A page of the meetings, most recent first.
#[tauri::command(async)]
pub fn meeting_page(state: State<AppState>, cursor: Option<String>, limit: u32) -> Result<Page<Meeting>> {
    with_reader(&state, |api| api.meetings_page(cursor.as_deref(), limit))
}

/// The meeting in session, else the earliest not closed (Inicio's next step).
#[tauri::command(async)]
pub fn meeting_next(state: State<AppState>) -> Result<Option<Meeting>> {
    with_reader(&state, |api| api.next_meeting())
}

/// A page of the archive: closed meetings, newest first, with their agreements and acta.
#[tauri::command(async)]
pub fn archive_page(state: State<AppState>, cursor: Option<String>, limit: u32) -> Result<ArchivePage> {
    with_reader(&state, |api| api.archive_page(cursor.as_deref(), limit, today()))
}

#[tauri::command(async)]
pub fn search_page(
    state: State<AppState>,
    text: String,
    cursor: Option<String>,
    limit: u32,
) -> Result<Page<SearchHit>> {
    with_reader(&state, |api| api.search_page(&text, cursor.as_deref(), limit))
}

#[tauri::command(async)]
pub fn indicators_computed(
    state: State<AppState>,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
) -> Result<Vec<IndicatorValue>> {
    with_reader(&state, |api| api.computed_indicators(from, to))
}

#[tauri::command(async)]
pub fn plan_progress(state: State<AppState>) -> Result<Vec<PlanProgress>> {
    with_reader(&state, |api| api.plan_progress(today()))
}

// ── Documents and minutes ────────────────────────────────────────────────────

/// Writes a document as PDF to `path`, chosen by the user in the save dialog.
#[tauri::command(async)]
pub fn pdf_save(state: State<AppState>, request: PrintRequest, path: PathBuf) -> Result<()> {
    with_reader(&state, |api| api.save_pdf(&request, today(), &path))
}

#[tauri::command(async)]
pub fn minutes_get(state: State<AppState>, meeting_id: i64) -> Result<MinutesView> {
    with_reader(&state, |api| api.minutes(meeting_id))
}

#[tauri::command(async)]
pub fn minutes_note(state: State<AppState>, meeting_id: i64, item_id: i64, text: String) -> Result<MinutesView> {
    with_api(&state, |api| api.set_minutes_note(meeting_id, item_id, &text))
}

#[tauri::command(async)]
pub fn minutes_circulate(state: State<AppState>, meeting_id: i64) -> Result<MinutesView> {
    with_api(&state, |api| api.circulate_minutes(meeting_id, now()))
}

#[tauri::command(async)]
pub fn minutes_approve(
    state: State<AppState>,
    meeting_id: i64,
    at_meeting: i64,
    decision_id: Option<i64>,
) -> Result<MinutesView> {
    with_api(&state, |api| {
        let at = moment_in(api, at_meeting, None)?;
        api.approve_minutes(meeting_id, at_meeting, decision_id, at)
    })
}

#[tauri::command(async)]
pub fn minutes_verify(state: State<AppState>) -> Result<VerifyReport> {
    with_reader(&state, |api| api.verify_minutes())
}

#[tauri::command(async)]
pub fn erratum_add(state: State<AppState>, meeting_id: i64, text: String) -> Result<MinutesView> {
    with_api(&state, |api| api.add_erratum(meeting_id, &text, today()))
}

#[tauri::command(async)]
pub fn erratum_approve(state: State<AppState>, erratum_id: i64, at_meeting: i64) -> Result<MinutesView> {
    with_api(&state, |api| {
        let at = moment_in(api, at_meeting, None)?;
        api.approve_erratum(erratum_id, at_meeting, at)
    })
}

/// Gives a member state an office (Presidencia, Secretaría Técnica, vocalía) for a period.
#[tauri::command(async)]
pub fn office_assign(
    state: State<AppState>,
    office: Office,
    country: String,
    starts_on: NaiveDate,
    ends_on: Option<NaiveDate>,
) -> Result<OfficeTerm> {
    with_api(&state, |api| api.assign_office(office, &country, starts_on, ends_on))
}

#[tauri::command(async)]
pub fn committee_add(
    state: State<AppState>,
    name: String,
    mandate: String,
    starts_on: NaiveDate,
    ends_on: Option<NaiveDate>,
) -> Result<Committee> {
    with_api(&state, |api| api.add_committee(&name, &mandate, starts_on, ends_on))
}

/// Adds a member state (`country`) or a person (`person_id`) to a committee.
#[tauri::command(async)]
pub fn committee_member_add(
    state: State<AppState>,
    committee_id: i64,
    country: Option<String>,
    person_id: Option<i64>,
    starts_on: NaiveDate,
    ends_on: Option<NaiveDate>,
) -> Result<Committee> {
    with_api(&state, |api| api.add_committee_member(committee_id, country.as_deref(), person_id, starts_on, ends_on))
}

/// A state joins the Coalition (the "plataforma dinámica" of the seed).
#[tauri::command(async)]
pub fn member_add(state: State<AppState>, draft: MemberDraft) -> Result<CountryListing> {
    with_api(&state, |api| api.add_member(&draft))
}

// ── Plan monitoring ──────────────────────────────────────────────────────────

/// The POA of one year, objectives with their activities.
#[tauri::command(async)]
pub fn operating_plan_get(state: State<AppState>, year: i32) -> Result<OperatingPlan> {
    with_reader(&state, |api| api.operating_plan(year))
}

/// The regional roll-up of a year's POA, counting reports up to `up_to` (all when none).
#[tauri::command(async)]
pub fn monitoring_rollup(state: State<AppState>, year: i32, up_to: Option<Semester>) -> Result<Rollup> {
    with_reader(&state, |api| api.monitoring_rollup(year, up_to))
}

#[tauri::command(async)]
pub fn monitoring_report_list(
    state: State<AppState>,
    year: Option<i32>,
    country: Option<String>,
) -> Result<Vec<MonitoringReport>> {
    with_reader(&state, |api| api.monitoring_reports(year, country.as_deref()))
}

#[tauri::command(async)]
pub fn monitoring_report_get(state: State<AppState>, id: i64) -> Result<MonitoringReport> {
    with_reader(&state, |api| api.monitoring_report(id))
}

/// Records a report, or the next version of a state's report for that semester.
#[tauri::command(async)]
pub fn monitoring_report_add(state: State<AppState>, draft: ReportDraft) -> Result<MonitoringReport> {
    with_api(&state, |api| api.add_monitoring_report(&draft, now()))
}

#[tauri::command(async)]
pub fn monitoring_entry_set(state: State<AppState>, report_id: i64, entry: ReportEntry) -> Result<MonitoringReport> {
    with_api(&state, |api| api.set_monitoring_entry(report_id, &entry))
}

/// Writes the XLSX matrix of one state and semester to `path`, chosen in the save dialog.
#[tauri::command(async)]
pub fn monitoring_template_save(
    state: State<AppState>,
    year: i32,
    semester: Semester,
    country: String,
    path: PathBuf,
) -> Result<()> {
    with_reader(&state, |api| api.save_monitoring_template(year, semester, &country, &path))
}

/// Reads a filled matrix chosen in the open dialog; a dry run only reports.
#[tauri::command(async)]
pub fn monitoring_import(state: State<AppState>, path: PathBuf, mode: ImportMode) -> Result<MonitoringImport> {
    with_api(&state, |api| api.import_monitoring_file(&path, mode, now()))
}

/// Keeps the file chosen in the open dialog as evidence of a report, with its SHA-256.
#[tauri::command(async)]
pub fn monitoring_evidence_attach(state: State<AppState>, report_id: i64, path: PathBuf) -> Result<MonitoringReport> {
    with_api(&state, |api| api.attach_report_evidence_file(report_id, &path, now()))
}

/// Writes a report's evidence file to the path chosen in the save dialog, after checking its SHA-256.
#[tauri::command(async)]
pub fn monitoring_evidence_save(state: State<AppState>, evidence_id: i64, path: PathBuf) -> Result<()> {
    with_reader(&state, |api| api.save_report_evidence_file(evidence_id, &path))
}

/// A member state's profile over a period (open ends when not given).
#[tauri::command(async)]
pub fn country_profile(
    state: State<AppState>,
    country: String,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
) -> Result<CountryProfile> {
    with_reader(&state, |api| api.country_profile(&country, from, to, today()))
}

// ── A year's POA and the indicators' targets ─────────────────────────────────

/// Who changes a POA from the app: the Secretariat, at the boundary's clock, with
/// the decision that amends it when the POA is approved.
fn poa_edit(decision_id: Option<i64>) -> PoaEdit {
    PoaEdit { by: "Secretaría Técnica".into(), at: now(), decision_id }
}

/// Creates the POA of `year` as borrador, empty or copied from the POA of `copy_from`.
#[tauri::command(async)]
pub fn poa_create(state: State<AppState>, year: i32, copy_from: Option<i32>) -> Result<OperatingPlan> {
    with_api(&state, |api| api.create_operating_plan(year, copy_from, &poa_edit(None)))
}

/// Adds an operational objective, serving a strategic objective, to the POA of `year`.
#[tauri::command(async)]
pub fn poa_objective_add(
    state: State<AppState>,
    year: i32,
    draft: ObjectiveDraft,
    decision_id: Option<i64>,
) -> Result<OperatingPlan> {
    with_api(&state, |api| api.add_operational_objective(year, &draft, &poa_edit(decision_id)))
}

#[tauri::command(async)]
pub fn poa_activity_add(
    state: State<AppState>,
    year: i32,
    draft: ActivityDraft,
    decision_id: Option<i64>,
) -> Result<Activity> {
    with_api(&state, |api| api.add_activity(year, &draft, &poa_edit(decision_id)))
}

#[tauri::command(async)]
pub fn poa_activity_edit(
    state: State<AppState>,
    year: i32,
    code: String,
    patch: ActivityPatch,
    decision_id: Option<i64>,
) -> Result<Activity> {
    with_api(&state, |api| api.edit_activity(year, &code, &patch, &poa_edit(decision_id)))
}

#[tauri::command(async)]
pub fn poa_activity_remove(state: State<AppState>, year: i32, code: String, decision_id: Option<i64>) -> Result<()> {
    with_api(&state, |api| api.remove_activity(year, &code, &poa_edit(decision_id)))
}

/// Approves a borrador POA by a decision of a plenary.
#[tauri::command(async)]
pub fn poa_approve(state: State<AppState>, year: i32, decision_id: i64) -> Result<OperatingPlan> {
    with_api(&state, |api| api.approve_operating_plan(year, decision_id, "Secretaría Técnica", now()))
}

/// Every change to the POA of `year`, oldest first.
#[tauri::command(async)]
pub fn poa_history(state: State<AppState>, year: i32) -> Result<Vec<PoaChange>> {
    with_reader(&state, |api| api.poa_history(year))
}

/// An indicator of the Strategic Plan with its target and dated measurements.
#[tauri::command(async)]
pub fn indicator_detail(state: State<AppState>, code: String) -> Result<IndicatorDetail> {
    with_reader(&state, |api| api.indicator_detail(&code))
}

#[tauri::command(async)]
pub fn indicator_target_set(state: State<AppState>, code: String, target: IndicatorTarget) -> Result<IndicatorDetail> {
    with_api(&state, |api| api.set_indicator_target(&code, &target))
}

/// Records a dated value of a reported indicator, for a state or the region.
#[tauri::command(async)]
pub fn indicator_measurement_add(
    state: State<AppState>,
    code: String,
    draft: MeasurementDraft,
) -> Result<IndicatorDetail> {
    with_api(&state, |api| api.add_measurement(&code, &draft, now()))
}

/// Keeps the file chosen in the open dialog as evidence of a measurement, with its SHA-256.
#[tauri::command(async)]
pub fn indicator_evidence_attach(
    state: State<AppState>,
    measurement_id: i64,
    path: PathBuf,
) -> Result<IndicatorDetail> {
    with_api(&state, |api| api.attach_measurement_evidence_file_detail(measurement_id, &path, now()))
}

/// Writes a measurement's evidence file to the path chosen in the save dialog, after checking its SHA-256.
#[tauri::command(async)]
pub fn indicator_evidence_save(state: State<AppState>, evidence_id: i64, path: PathBuf) -> Result<()> {
    with_reader(&state, |api| api.save_measurement_evidence_file(evidence_id, &path))
}
