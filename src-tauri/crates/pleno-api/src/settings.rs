//! The Secretariat's preferences, kept in the database so the app and the CLI share them.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use pleno_domain::agreement::Numbering;
use pleno_domain::decision::{Base, MajorityRule, Threshold};
use pleno_domain::quorum::QuorumRule;
use pleno_store::{setting_db, Store};

pub use pleno_domain::Language;

use crate::Result;

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
pub struct Settings {
    pub language: Language,
    /// How many member states make quorum.
    #[serde(default)]
    pub quorum_rule: QuorumRule,
    /// The rule a vote uses unless the decision names another.
    #[serde(default)]
    pub majority_rule: MajorityRule,
    /// How agreements are numbered, e.g. "{reunion}-{tipo}-{año}-{n}".
    #[serde(default)]
    pub agreement_numbering: Numbering,
}

/// The settings as the Ajustes form sends them: the numbering as typed, checked by
/// `Api::update_settings`, so a bad format is refused with Pleno's own reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SettingsDraft {
    pub language: Language,
    #[serde(default)]
    pub quorum_rule: QuorumRule,
    #[serde(default)]
    pub majority_rule: MajorityRule,
    pub agreement_numbering: String,
}

impl SettingsDraft {
    pub(crate) fn checked(&self) -> Result<Settings> {
        Ok(Settings {
            language: self.language,
            quorum_rule: self.quorum_rule,
            majority_rule: self.majority_rule,
            agreement_numbering: Numbering::parse(&self.agreement_numbering)?,
        })
    }
}

impl From<Settings> for SettingsDraft {
    fn from(s: Settings) -> Self {
        SettingsDraft {
            language: s.language,
            quorum_rule: s.quorum_rule,
            majority_rule: s.majority_rule,
            agreement_numbering: s.agreement_numbering.to_string(),
        }
    }
}

const LANGUAGE: &str = "language";
const QUORUM_RULE: &str = "quorum_rule";
const MAJORITY_THRESHOLD: &str = "majority_threshold";
const MAJORITY_BASE: &str = "majority_base";
const AGREEMENT_NUMBERING: &str = "agreement_numbering";

pub(crate) fn read(store: &Store) -> Result<Settings> {
    let language = match store.setting(LANGUAGE)? {
        Some(text) => Language::parse(&text)?,
        None => Language::default(),
    };
    let quorum_rule = match store.setting(QUORUM_RULE)? {
        Some(text) => QuorumRule::parse(&text)?,
        None => QuorumRule::default(),
    };
    let defaults = MajorityRule::default();
    let majority_rule = MajorityRule {
        threshold: store
            .setting(MAJORITY_THRESHOLD)?
            .map(|t| Threshold::parse(&t))
            .transpose()?
            .unwrap_or(defaults.threshold),
        base: store.setting(MAJORITY_BASE)?.map(|b| Base::parse(&b)).transpose()?.unwrap_or(defaults.base),
    };
    let agreement_numbering =
        store.setting(AGREEMENT_NUMBERING)?.map(|n| Numbering::parse(&n)).transpose()?.unwrap_or_default();
    Ok(Settings { language, quorum_rule, majority_rule, agreement_numbering })
}

pub(crate) fn write(store: &mut Store, settings: &Settings) -> Result<()> {
    store.write(|tx| {
        setting_db::set(tx, LANGUAGE, settings.language.as_str())?;
        setting_db::set(tx, QUORUM_RULE, &settings.quorum_rule.as_setting())?;
        setting_db::set(tx, MAJORITY_THRESHOLD, settings.majority_rule.threshold.as_str())?;
        setting_db::set(tx, MAJORITY_BASE, settings.majority_rule.base.as_str())?;
        setting_db::set(tx, AGREEMENT_NUMBERING, settings.agreement_numbering.as_str())
    })?;
    Ok(())
}
