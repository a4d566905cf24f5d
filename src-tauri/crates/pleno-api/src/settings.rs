//! The Secretariat's preferences, kept in the database so the app and the CLI share them.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use pleno_domain::quorum::QuorumRule;
use pleno_store::{setting_db, Store};

use crate::{ApiError, Result};

/// The language of the interface and of documents. Spanish is the Coalition's
/// working language; Belize works in English.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(rename_all = "lowercase")]
pub enum Language {
    #[default]
    Es,
    En,
}

impl Language {
    pub fn as_str(self) -> &'static str {
        match self {
            Language::Es => "es",
            Language::En => "en",
        }
    }

    pub fn parse(text: &str) -> Result<Self> {
        match text {
            "es" => Ok(Language::Es),
            "en" => Ok(Language::En),
            other => Err(ApiError::invalid(format!("Idioma desconocido «{other}»: use «es» o «en»"))),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
pub struct Settings {
    pub language: Language,
    /// How many member states make quorum.
    #[serde(default)]
    pub quorum_rule: QuorumRule,
}

const LANGUAGE: &str = "language";
const QUORUM_RULE: &str = "quorum_rule";

pub(crate) fn read(store: &Store) -> Result<Settings> {
    let language = match store.setting(LANGUAGE)? {
        Some(text) => Language::parse(&text)?,
        None => Language::default(),
    };
    let quorum_rule = match store.setting(QUORUM_RULE)? {
        Some(text) => QuorumRule::parse(&text)?,
        None => QuorumRule::default(),
    };
    Ok(Settings { language, quorum_rule })
}

pub(crate) fn write(store: &mut Store, settings: &Settings) -> Result<()> {
    store.write(|tx| {
        setting_db::set(tx, LANGUAGE, settings.language.as_str())?;
        setting_db::set(tx, QUORUM_RULE, &settings.quorum_rule.as_setting())
    })?;
    Ok(())
}
