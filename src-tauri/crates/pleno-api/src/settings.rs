//! The Secretariat's preferences, kept in the database so the app and the CLI share them.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use pleno_store::Store;

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
}

const LANGUAGE: &str = "language";

pub(crate) fn read(store: &Store) -> Result<Settings> {
    let language = match store.setting(LANGUAGE)? {
        Some(text) => Language::parse(&text)?,
        None => Language::default(),
    };
    Ok(Settings { language })
}

pub(crate) fn write(store: &mut Store, settings: &Settings) -> Result<()> {
    store.set_setting(LANGUAGE, settings.language.as_str())?;
    Ok(())
}
