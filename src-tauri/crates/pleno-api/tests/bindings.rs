//! The TypeScript types in `ui/src/lib/bindings/` are generated from the Rust
//! payload types and committed. This test fails when they are stale; run
//! `UPDATE_BINDINGS=1 cargo test -p pleno-api --test bindings` (or `make bindings`)
//! to write them again.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use pleno_api::agreements::{AgreementDraft, AgreementFilter, FollowUpDraft};
use pleno_api::archive::{IndicatorValue, PlanProgress, SearchHit};
use pleno_api::country_profile::CountryProfile;
use pleno_api::decisions::DecisionDraft;
use pleno_api::directory::{MemberDraft, OrganisationDraft, PersonDetail, SeatAssignment};
use pleno_api::directory_csv::ImportReport;
use pleno_api::directory_view::Directory;
use pleno_api::indicator_breakdown::{ActivityAgreements, ParticipationBreakdown};
use pleno_api::indicator_targets::{IndicatorDetail, MeasurementDraft};
use pleno_api::meetings::{AgendaItemDraft, MeetingDetail, MeetingDraft};
use pleno_api::minutes::{MinutesView, VerifyReport};
use pleno_api::monitoring::ReportDraft;
use pleno_api::monitoring_xlsx::{ImportMode, MonitoringImport};
use pleno_api::poa::{ObjectiveDraft, PoaEdit};
use pleno_api::poa_xlsx::PoaImport;
use pleno_api::printing::PrintRequest;
use pleno_api::{ApiError, AppInfo, CountryListing, InitReport, Settings};
use pleno_domain::agreement::Agreement;
use pleno_domain::decision::{Decision, DecisionResult, Tally};
use pleno_domain::directory_model::{Office, OfficeTerm, PersonDraft};
use pleno_domain::meeting_model::{Attendee, QuorumCheck};
use pleno_domain::monitoring::{MonitoringReport, Rollup};
use pleno_domain::plan::PlanExport;
use pleno_domain::poa::{ActivityDraft, ActivityPatch, PoaChange};
use pleno_domain::quorum::QuorumCount;
use ts_rs::{Config, TS};

fn committed_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../ui/src/lib/bindings")
}

fn export_all(dir: &Path) {
    let cfg = Config::new().with_out_dir(dir).with_large_int("number");
    PlanExport::export_all(&cfg).unwrap();
    CountryListing::export_all(&cfg).unwrap();
    AppInfo::export_all(&cfg).unwrap();
    pleno_api::diagnostics::Diagnostics::export_all(&cfg).unwrap();
    pleno_api::setup::SetupDraft::export_all(&cfg).unwrap();
    pleno_api::setup::SetupStatus::export_all(&cfg).unwrap();
    pleno_api::setup::SetupReport::export_all(&cfg).unwrap();
    InitReport::export_all(&cfg).unwrap();
    Settings::export_all(&cfg).unwrap();
    pleno_api::SettingsDraft::export_all(&cfg).unwrap();
    ApiError::export_all(&cfg).unwrap();
    Directory::export_all(&cfg).unwrap();
    PersonDetail::export_all(&cfg).unwrap();
    PersonDraft::export_all(&cfg).unwrap();
    SeatAssignment::export_all(&cfg).unwrap();
    OrganisationDraft::export_all(&cfg).unwrap();
    MemberDraft::export_all(&cfg).unwrap();
    ImportReport::export_all(&cfg).unwrap();
    Office::export_all(&cfg).unwrap();
    OfficeTerm::export_all(&cfg).unwrap();
    MeetingDraft::export_all(&cfg).unwrap();
    MeetingDetail::export_all(&cfg).unwrap();
    pleno_domain::meeting_model::AgendaItem::export_all(&cfg).unwrap();
    AgendaItemDraft::export_all(&cfg).unwrap();
    Attendee::export_all(&cfg).unwrap();
    QuorumCount::export_all(&cfg).unwrap();
    QuorumCheck::export_all(&cfg).unwrap();
    DecisionDraft::export_all(&cfg).unwrap();
    Decision::export_all(&cfg).unwrap();
    DecisionResult::export_all(&cfg).unwrap();
    Tally::export_all(&cfg).unwrap();
    AgreementDraft::export_all(&cfg).unwrap();
    AgreementFilter::export_all(&cfg).unwrap();
    FollowUpDraft::export_all(&cfg).unwrap();
    Agreement::export_all(&cfg).unwrap();
    SearchHit::export_all(&cfg).unwrap();
    pleno_api::paging::AgreementPage::export_all(&cfg).unwrap();
    pleno_api::archive_view::ArchivePage::export_all(&cfg).unwrap();
    pleno_api::paging::StatusCount::export_all(&cfg).unwrap();
    pleno_api::paging::Page::<SearchHit>::export_all(&cfg).unwrap();
    IndicatorValue::export_all(&cfg).unwrap();
    PlanProgress::export_all(&cfg).unwrap();
    PrintRequest::export_all(&cfg).unwrap();
    MinutesView::export_all(&cfg).unwrap();
    VerifyReport::export_all(&cfg).unwrap();
    PoaEdit::export_all(&cfg).unwrap();
    ObjectiveDraft::export_all(&cfg).unwrap();
    ActivityDraft::export_all(&cfg).unwrap();
    ActivityPatch::export_all(&cfg).unwrap();
    PoaChange::export_all(&cfg).unwrap();
    ReportDraft::export_all(&cfg).unwrap();
    MonitoringReport::export_all(&cfg).unwrap();
    Rollup::export_all(&cfg).unwrap();
    ImportMode::export_all(&cfg).unwrap();
    MonitoringImport::export_all(&cfg).unwrap();
    IndicatorDetail::export_all(&cfg).unwrap();
    MeasurementDraft::export_all(&cfg).unwrap();
    CountryProfile::export_all(&cfg).unwrap();
    ParticipationBreakdown::export_all(&cfg).unwrap();
    ActivityAgreements::export_all(&cfg).unwrap();
    PoaImport::export_all(&cfg).unwrap();
    pleno_api::backup::CopyCheck::export_all(&cfg).unwrap();
    pleno_api::backup_rotation::Backups::export_all(&cfg).unwrap();
    pleno_api::restore::RestoreReport::export_all(&cfg).unwrap();
    pleno_api::bundle::ExportReport::export_all(&cfg).unwrap();
    pleno_api::bundle_verify::BundleCheck::export_all(&cfg).unwrap();
    pleno_api::bundle_verify::BundleImport::export_all(&cfg).unwrap();
    pleno_api::accountability::RepresentationDraft::export_all(&cfg).unwrap();
    pleno_api::accountability::AllianceDraft::export_all(&cfg).unwrap();
    pleno_api::accountability::MilestoneDraft::export_all(&cfg).unwrap();
    pleno_api::accountability::GoodPracticeDraft::export_all(&cfg).unwrap();
    pleno_domain::accountability::Representation::export_all(&cfg).unwrap();
    pleno_domain::accountability::Alliance::export_all(&cfg).unwrap();
    pleno_domain::accountability::Milestone::export_all(&cfg).unwrap();
    pleno_domain::accountability::GoodPractice::export_all(&cfg).unwrap();
    pleno_domain::accountability::CountryReport::export_all(&cfg).unwrap();
    pleno_api::accountability_indicators::RegisterIndicator::export_all(&cfg).unwrap();
    pleno_api::accountability_report::AccountabilityReport::export_all(&cfg).unwrap();
    pleno_api::accountability_csv::CsvRegister::export_all(&cfg).unwrap();
}

fn files_in(dir: &Path) -> BTreeMap<String, String> {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .map(|e| e.unwrap().path())
                .filter(|p| p.extension().is_some_and(|x| x == "ts"))
                .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read_to_string(&p).unwrap()))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn the_committed_typescript_bindings_match_the_rust_types() {
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        let dir = committed_dir();
        if dir.exists() {
            std::fs::remove_dir_all(&dir).unwrap();
        }
        export_all(&dir);
        return;
    }
    let fresh = tempfile::tempdir().unwrap();
    export_all(fresh.path());
    assert_eq!(
        files_in(&committed_dir()),
        files_in(fresh.path()),
        "ui/src/lib/bindings is stale: run `make bindings` and commit the result"
    );
}
