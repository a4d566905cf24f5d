//! The copies the app takes by itself: at most one a day, in `backups/` beside the
//! archive (`pleno-2026-12-01.sqlite3`), kept by a rotation the Secretariat sets in
//! Ajustes (by default the last 7 days and the last copy of each of the last 8
//! weeks). Which copies a rotation keeps is one pure function, `retained`.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDate};
use pleno_domain::{Language, Localized};
use pleno_store::setting_db;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::backup::CopyCheck;
use crate::{Api, ApiError, ErrorCode, Result};

/// How many automatic copies are kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BackupPolicy {
    /// The copies of the last `daily` days that have one.
    pub daily: u32,
    /// Besides those, the last copy of each of the last `weekly` weeks.
    pub weekly: u32,
}

impl Default for BackupPolicy {
    fn default() -> Self {
        BackupPolicy { daily: 7, weekly: 8 }
    }
}

/// The largest count either side of the rotation takes.
pub const MAX_KEPT: u32 = 366;

/// Why the rotation or a copy was refused.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "params", rename_all = "snake_case")]
pub enum BackupError {
    /// An archive in memory has no folder to keep copies in.
    NoFolder,
    TooMany {
        field: String,
        max: u32,
    },
}

impl Localized for BackupError {
    fn localized(&self, lang: Language) -> String {
        match (self, lang) {
            (BackupError::NoFolder, Language::Es) => {
                "este archivo no está en disco: no hay carpeta para las copias".into()
            }
            (BackupError::NoFolder, Language::En) => {
                "this archive is not on disk: there is no folder for copies".into()
            }
            (BackupError::TooMany { field, max }, Language::Es) => {
                format!("se guardan como mucho {max} copias {field}")
            }
            (BackupError::TooMany { field, max }, Language::En) => format!("at most {max} {field} copies are kept"),
        }
    }
}

impl From<BackupError> for ApiError {
    fn from(error: BackupError) -> Self {
        ApiError::refusal(ErrorCode::Invalid, &error)
    }
}

/// One automatic copy in the folder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct BackupFile {
    pub path: String,
    pub name: String,
    pub taken_on: NaiveDate,
    #[ts(type = "number")]
    pub size: u64,
}

/// What Ajustes → Copias de seguridad shows: where the copies are, the rotation,
/// and the copies, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Backups {
    pub folder: String,
    pub policy: BackupPolicy,
    pub files: Vec<BackupFile>,
}

/// The dates whose copies `policy` keeps out of `dates`: the newest `daily`, and
/// the newest of each of the newest `weekly` ISO weeks.
pub fn retained(dates: &[NaiveDate], policy: BackupPolicy) -> BTreeSet<NaiveDate> {
    let mut newest_first: Vec<NaiveDate> = dates.to_vec();
    newest_first.sort_unstable_by_key(|d| std::cmp::Reverse(*d));
    newest_first.dedup();
    let mut kept: BTreeSet<NaiveDate> = newest_first.iter().take(policy.daily as usize).copied().collect();
    let mut weeks = BTreeSet::new();
    for date in &newest_first {
        let week = (date.iso_week().year(), date.iso_week().week());
        if weeks.len() == policy.weekly as usize && !weeks.contains(&week) {
            break;
        }
        if weeks.insert(week) {
            kept.insert(*date);
        }
    }
    kept
}

const DAILY: &str = "backup_daily";
const WEEKLY: &str = "backup_weekly";
const PREFIX: &str = "pleno-";
const SUFFIX: &str = ".sqlite3";

impl Api {
    pub fn backup_policy(&self) -> Result<BackupPolicy> {
        let defaults = BackupPolicy::default();
        let read = |key: &str, default: u32| -> Result<u32> {
            Ok(self.store.setting(key)?.and_then(|v| v.parse().ok()).unwrap_or(default))
        };
        Ok(BackupPolicy { daily: read(DAILY, defaults.daily)?, weekly: read(WEEKLY, defaults.weekly)? })
    }

    pub fn set_backup_policy(&mut self, policy: BackupPolicy) -> Result<BackupPolicy> {
        for (field, value) in [("diarias", policy.daily), ("semanales", policy.weekly)] {
            if value > MAX_KEPT {
                return Err(BackupError::TooMany { field: field.into(), max: MAX_KEPT }.into());
            }
        }
        self.store.write(|tx| {
            setting_db::set(tx, DAILY, &policy.daily.to_string())?;
            setting_db::set(tx, WEEKLY, &policy.weekly.to_string())
        })?;
        self.backup_policy()
    }

    /// `backups/` beside the archive.
    pub fn backup_folder(&self) -> Result<PathBuf> {
        let db = self.db_path().ok_or(BackupError::NoFolder)?;
        Ok(db.parent().unwrap_or(Path::new(".")).join("backups"))
    }

    pub fn backups_view(&self) -> Result<Backups> {
        Ok(Backups {
            folder: self.backup_folder()?.display().to_string(),
            policy: self.backup_policy()?,
            files: self.backups()?,
        })
    }

    /// The automatic copies, newest first.
    pub fn backups(&self) -> Result<Vec<BackupFile>> {
        let folder = self.backup_folder()?;
        let Ok(entries) = std::fs::read_dir(&folder) else { return Ok(Vec::new()) };
        let mut files: Vec<BackupFile> =
            entries.filter_map(|e| e.ok()).filter_map(|e| backup_file(&e.path())).collect();
        files.sort_by_key(|f| std::cmp::Reverse(f.taken_on));
        Ok(files)
    }

    /// Takes today's copy unless there is one (the app calls this as it starts);
    /// a rotation of 0 and 0 takes none.
    pub fn backup_if_due(&self, today: NaiveDate) -> Result<Option<CopyCheck>> {
        let policy = self.backup_policy()?;
        if policy.daily == 0 && policy.weekly == 0 || self.backups()?.iter().any(|b| b.taken_on == today) {
            return Ok(None);
        }
        self.backup_now(today).map(Some)
    }

    /// Takes today's copy now (replacing an earlier one of today), then removes
    /// the copies the rotation no longer keeps.
    pub fn backup_now(&self, today: NaiveDate) -> Result<CopyCheck> {
        let folder = self.backup_folder()?;
        std::fs::create_dir_all(&folder).map_err(|e| crate::files::unreadable(&folder, &e))?;
        let check = self.backup(&folder.join(format!("{PREFIX}{today}{SUFFIX}")))?;
        self.prune(today)?;
        Ok(check)
    }

    /// Removes the copies `retained` does not keep; today's is always kept.
    fn prune(&self, today: NaiveDate) -> Result<()> {
        let files = self.backups()?;
        let dates: Vec<NaiveDate> = files.iter().map(|f| f.taken_on).collect();
        let kept = retained(&dates, self.backup_policy()?);
        for file in files.iter().filter(|f| f.taken_on != today && !kept.contains(&f.taken_on)) {
            let _ = std::fs::remove_file(&file.path);
        }
        Ok(())
    }
}

/// `pleno-2026-12-01.sqlite3` as a copy of that day; any other file is not one.
fn backup_file(path: &Path) -> Option<BackupFile> {
    let name = path.file_name()?.to_str()?;
    let day = name.strip_prefix(PREFIX)?.strip_suffix(SUFFIX)?;
    let taken_on = NaiveDate::parse_from_str(day, "%Y-%m-%d").ok()?;
    let size = std::fs::metadata(path).ok()?.len();
    Some(BackupFile { path: path.display().to_string(), name: name.to_string(), taken_on, size })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + chrono::Days::new(d as u64 - 1)
    }

    #[test]
    fn a_rotation_keeps_the_last_days_and_the_last_copy_of_each_week() {
        // A copy every day for 70 days (1 January to 11 March 2026).
        let dates: Vec<NaiveDate> = (1..=70).map(day).collect();
        let kept = retained(&dates, BackupPolicy { daily: 7, weekly: 8 });
        let daily: Vec<NaiveDate> = (64..=70).map(day).collect();
        assert!(daily.iter().all(|d| kept.contains(d)), "the last seven days");
        // Each kept copy beyond the last seven days is a Sunday, the last day of its ISO week.
        let older: Vec<&NaiveDate> = kept.iter().filter(|d| **d < day(64)).collect();
        assert!(older.iter().all(|d| d.weekday() == chrono::Weekday::Sun), "{older:?}");
        let weeks: BTreeSet<_> = kept.iter().map(|d| d.iso_week().week()).collect();
        assert_eq!(weeks.len(), 8, "eight weeks are represented: {kept:?}");
    }

    #[test]
    fn a_rotation_of_nothing_keeps_nothing_and_one_day_keeps_the_newest() {
        let dates = [day(3), day(1), day(2)];
        assert!(retained(&dates, BackupPolicy { daily: 0, weekly: 0 }).is_empty());
        assert_eq!(retained(&dates, BackupPolicy { daily: 1, weekly: 0 }), BTreeSet::from([day(3)]));
    }
}
