//! What the app was started with: `pleno-app --read-only FILE` opens a copy to
//! consult, and so does a `.pleno` file given first (how the file manager opens
//! a handover bundle with Pleno). Anything else opens the working archive.

use std::ffi::OsString;
use std::path::PathBuf;

#[derive(Debug, Default, PartialEq, Eq)]
pub struct Launch {
    /// The copy to consult, when there is one.
    pub read_only: Option<PathBuf>,
}

impl Launch {
    pub fn from_args(args: impl IntoIterator<Item = OsString>) -> Self {
        let args: Vec<OsString> = args.into_iter().collect();
        if let Some(i) = args.iter().position(|a| a == "--read-only") {
            return Launch { read_only: args.get(i + 1).map(PathBuf::from) };
        }
        let first = args.first().map(PathBuf::from);
        Launch { read_only: first.filter(|p| p.extension().is_some_and(|e| e.eq_ignore_ascii_case("pleno"))) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn launch(args: &[&str]) -> Launch {
        Launch::from_args(args.iter().map(OsString::from))
    }

    #[test]
    fn a_bundle_given_first_or_a_file_after_read_only_opens_a_copy_to_consult() {
        let copy = |p: &str| Launch { read_only: Some(PathBuf::from(p)) };
        assert_eq!(launch(&["--read-only", "/copias/pleno.db"]), copy("/copias/pleno.db"));
        assert_eq!(launch(&["/home/ana/coalicion-2026-12-10.pleno"]), copy("/home/ana/coalicion-2026-12-10.pleno"));
        assert_eq!(launch(&["/home/ana/COALICION.PLENO"]), copy("/home/ana/COALICION.PLENO"));
        assert_eq!(launch(&[]), Launch::default());
        assert_eq!(launch(&["--some-webdriver-flag"]), Launch::default(), "other arguments open the archive");
    }
}
