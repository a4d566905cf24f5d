//! Stamps the build with its date and commit, for `pleno --version`, `pleno
//! doctor` and the app's About. `make package` sets `PLENO_BUILD_DATE` and
//! `PLENO_COMMIT`; otherwise they are read here (today's date in UTC, `git
//! rev-parse`), and a build outside a git checkout says "unknown".

use std::process::Command;
use std::time::{SystemTime, UNIX_EPOCH};

fn main() {
    println!("cargo:rerun-if-env-changed=PLENO_BUILD_DATE");
    println!("cargo:rerun-if-env-changed=PLENO_COMMIT");
    // Rerun with any source change, as without these lines, so the commit stays near.
    println!("cargo:rerun-if-changed=src");
    println!("cargo:rerun-if-changed=build.rs");
    let date = std::env::var("PLENO_BUILD_DATE").ok().filter(|d| !d.is_empty()).unwrap_or_else(today_utc);
    let commit = std::env::var("PLENO_COMMIT").ok().filter(|c| !c.is_empty()).unwrap_or_else(git_commit);
    println!("cargo:rustc-env=PLENO_BUILD_DATE={date}");
    println!("cargo:rustc-env=PLENO_COMMIT={commit}");
}

fn git_commit() -> String {
    Command::new("git")
        .args(["rev-parse", "--short=12", "HEAD"])
        .output()
        .ok()
        .filter(|out| out.status.success())
        .and_then(|out| String::from_utf8(out.stdout).ok())
        .map(|text| text.trim().to_string())
        .filter(|text| !text.is_empty())
        .unwrap_or_else(|| "unknown".into())
}

/// Today in UTC as YYYY-MM-DD, from the days since 1970 (Howard Hinnant's
/// civil-from-days), so the build script needs no date crate.
fn today_utc() -> String {
    let days = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs() / 86_400).unwrap_or(0) as i64;
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}
