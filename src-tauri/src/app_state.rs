//! The open archive as the commands share it: one writer, so SQLite writes never
//! interleave (the single-instance plugin keeps a second window, and so a second
//! writer, from ever opening), and a small pool of readers, each an `Api` with its
//! own connection to the same file. Under WAL a reader sees the last committed
//! state and neither waits for the writer nor makes it wait, so a long PDF or a
//! deep page never holds up a search or a roll call.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, MutexGuard};

use pleno_api::{Api, ApiError};

/// Readers beside the writer: the commands the UI sends at once rarely exceed it,
/// and each holds one SQLite connection and its page cache.
const READERS: usize = 3;

pub struct AppState {
    writer: Mutex<Api>,
    /// Empty for a database in memory (tests), whose readers are the writer.
    readers: Vec<Mutex<Api>>,
    next: AtomicUsize,
}

fn poisoned() -> ApiError {
    ApiError::internal(
        "Pleno encontró un error interno; reinicie la aplicación.",
        "Pleno met an internal error; restart the application.",
    )
}

impl AppState {
    /// The state over `api`, with readers opened on its file. A reader that cannot
    /// be opened is left out: the writer answers in its place.
    pub fn new(api: Api) -> Self {
        let readers = match api.db_path() {
            Some(path) => (0..READERS).filter_map(|_| Api::open(&path).ok()).map(Mutex::new).collect(),
            None => Vec::new(),
        };
        AppState { writer: Mutex::new(api), readers, next: AtomicUsize::new(0) }
    }

    pub fn writer(&self) -> Result<MutexGuard<'_, Api>, ApiError> {
        self.writer.lock().map_err(|_| poisoned())
    }

    /// A free reader if there is one; else the next in turn, waited for.
    pub fn reader(&self) -> Result<MutexGuard<'_, Api>, ApiError> {
        if self.readers.is_empty() {
            return self.writer();
        }
        for reader in &self.readers {
            if let Ok(guard) = reader.try_lock() {
                return Ok(guard);
            }
        }
        let turn = self.next.fetch_add(1, Ordering::Relaxed) % self.readers.len();
        self.readers[turn].lock().map_err(|_| poisoned())
    }

    /// How many readers the pool holds (none for a database in memory).
    pub fn readers(&self) -> usize {
        self.readers.len()
    }
}
