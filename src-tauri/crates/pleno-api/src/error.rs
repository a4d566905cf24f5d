//! The error every caller of the API sees: a stable code the UI may act on and a
//! message in plain Spanish that the CLI prints and the app shows as it is.

use serde::Serialize;
use thiserror::Error;
use ts_rs::TS;

use pleno_store::StoreError;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(rename_all = "snake_case")]
pub enum ErrorCode {
    /// The file is not a Pleno database, is missing, or cannot be read.
    Database,
    /// The file was written by a newer Pleno.
    NewerSchema,
    /// The user's input was refused; the message says what was wrong.
    Invalid,
    /// What was asked for does not exist.
    NotFound,
    Internal,
}

#[derive(Debug, Clone, Error, Serialize, TS)]
#[error("{message}")]
pub struct ApiError {
    pub code: ErrorCode,
    pub message: String,
}

impl ApiError {
    pub fn invalid(message: impl Into<String>) -> Self {
        ApiError { code: ErrorCode::Invalid, message: message.into() }
    }

    pub fn not_found(message: impl Into<String>) -> Self {
        ApiError { code: ErrorCode::NotFound, message: message.into() }
    }
}

impl From<StoreError> for ApiError {
    fn from(error: StoreError) -> Self {
        let code = match &error {
            StoreError::NewerSchema { .. } => ErrorCode::NewerSchema,
            StoreError::Domain(_) => ErrorCode::Invalid,
            StoreError::Sqlite(_) | StoreError::Backup { .. } => ErrorCode::Internal,
            StoreError::DirectoryMissing(_)
            | StoreError::IsDirectory(_)
            | StoreError::Missing(_)
            | StoreError::Unreadable { .. }
            | StoreError::NotPleno(_) => ErrorCode::Database,
        };
        ApiError { code, message: pleno_domain::text::capitalise(&error.to_string()) }
    }
}

impl From<pleno_domain::DomainError> for ApiError {
    fn from(error: pleno_domain::DomainError) -> Self {
        ApiError::invalid(pleno_domain::text::capitalise(&error.to_string()))
    }
}
