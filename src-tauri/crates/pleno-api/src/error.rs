//! The error every caller of the API sees. A refusal crosses as a structured kind
//! with its parameters (`kind`, `params`), the code the UI acts on (`not_found` →
//! an empty state), and its message in both languages, so the app shows it in the
//! language chosen and the CLI prints it in `--lang`.

use serde::Serialize;
use thiserror::Error;
use ts_rs::TS;

use pleno_domain::{Language, Localized};
use pleno_store::StoreError;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(rename_all = "snake_case")]
pub enum ErrorCode {
    /// The file is not a Pleno database, is missing, or cannot be read.
    Database,
    /// The file was written by a newer Pleno.
    NewerSchema,
    /// The disk is full: nothing was saved; the UI can say to free space and retry.
    DiskFull,
    /// The archive was left without its reference data: `pleno init` repairs it.
    Incomplete,
    /// A read-only copy (`--read-only`, a delegate's copy): nothing can be written.
    ReadOnly,
    /// The user's input was refused; the message says what was wrong.
    Invalid,
    /// What was asked for does not exist: the UI shows an empty state.
    NotFound,
    Internal,
}

#[derive(Debug, Clone, Error, Serialize, TS)]
#[error("{message}")]
pub struct ApiError {
    pub code: ErrorCode,
    /// Which refusal, in snake_case (`seat_taken`, `city_required`): stable, for the UI to act on.
    pub kind: String,
    /// The refusal's parameters (the field, the value refused, …).
    #[ts(type = "Record<string, unknown>")]
    pub params: serde_json::Value,
    /// The message in Spanish.
    pub message: String,
    /// The same message in English.
    pub message_en: String,
}

impl ApiError {
    /// A refusal of one of the API's own error enums: `kind` and `params` come from
    /// its serde form (`#[serde(tag = "kind", content = "params")]`), the messages
    /// from its `Localized` wording.
    pub fn refusal<R: Serialize + Localized>(code: ErrorCode, refusal: &R) -> Self {
        let (kind, params) = kind_and_params(refusal);
        ApiError {
            code,
            kind,
            params,
            message: pleno_domain::text::capitalise(&refusal.localized(Language::Es)),
            message_en: pleno_domain::text::capitalise(&refusal.localized(Language::En)),
        }
    }

    /// The message in the language asked for.
    pub fn message_in(&self, lang: Language) -> &str {
        lang.pick(&self.message, &self.message_en)
    }

    pub fn internal(es: impl Into<String>, en: impl Into<String>) -> Self {
        ApiError {
            code: ErrorCode::Internal,
            kind: "internal".into(),
            params: serde_json::Value::Null,
            message: es.into(),
            message_en: en.into(),
        }
    }
}

fn kind_and_params<R: Serialize>(refusal: &R) -> (String, serde_json::Value) {
    match serde_json::to_value(refusal) {
        Ok(serde_json::Value::Object(mut map)) => {
            let kind = map.remove("kind").and_then(|k| k.as_str().map(str::to_string)).unwrap_or_default();
            (kind, map.remove("params").unwrap_or(serde_json::Value::Null))
        }
        Ok(serde_json::Value::String(kind)) => (kind, serde_json::Value::Null),
        _ => (String::new(), serde_json::Value::Null),
    }
}

impl From<StoreError> for ApiError {
    fn from(error: StoreError) -> Self {
        let code = match &error {
            StoreError::NewerSchema { .. } => ErrorCode::NewerSchema,
            StoreError::Domain(_) => ErrorCode::Invalid,
            StoreError::DiskFull => ErrorCode::DiskFull,
            StoreError::Incomplete(_) => ErrorCode::Incomplete,
            StoreError::ReadOnly => ErrorCode::ReadOnly,
            StoreError::Sqlite(_) | StoreError::Backup { .. } | StoreError::CopyFailed { .. } => ErrorCode::Internal,
            StoreError::DirectoryMissing(_)
            | StoreError::IsDirectory(_)
            | StoreError::Missing(_)
            | StoreError::Unreadable { .. }
            | StoreError::NotPleno(_)
            | StoreError::ReadOnlyOutdated { .. } => ErrorCode::Database,
        };
        if let StoreError::Domain(domain) = error {
            return domain.into();
        }
        ApiError::refusal(code, &error)
    }
}

/// A text or date beyond its limit is the user's input refused.
impl From<pleno_domain::limits::LimitError> for ApiError {
    fn from(error: pleno_domain::limits::LimitError) -> Self {
        ApiError::refusal(ErrorCode::Invalid, &error)
    }
}

impl From<pleno_domain::DomainError> for ApiError {
    fn from(error: pleno_domain::DomainError) -> Self {
        ApiError::refusal(ErrorCode::Invalid, &error)
    }
}
