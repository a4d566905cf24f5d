//! The open archive as the commands share it: one writer, so SQLite writes never
//! interleave (the single-instance plugin keeps a second window, and so a second
//! writer, from ever opening), and a small pool of readers, each an `Api` with its
//! own connection to the same file. Under WAL a reader sees the last committed
//! state and neither waits for the writer nor makes it wait, so a long PDF or a
//! deep page never holds up a search or a roll call.

use std::ops::Deref;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, MutexGuard};

use pleno_api::{Api, ApiError};

/// Readers beside the writer: the commands the UI sends at once rarely exceed it,
/// and each holds one SQLite connection and its page cache.
const READERS: usize = 3;

pub struct AppState {
    writer: Mutex<Api>,
    /// A slot is empty for a database in memory (tests), or when its reader could
    /// not be opened: the writer answers in its place.
    readers: Vec<Mutex<Option<Api>>>,
    next: AtomicUsize,
}

fn poisoned() -> ApiError {
    ApiError::internal(
        "Pleno encontró un error interno; reinicie la aplicación.",
        "Pleno met an internal error; restart the application.",
    )
}

/// A reader, or the writer standing in for one.
pub enum ReadGuard<'a> {
    Reader(MutexGuard<'a, Option<Api>>),
    Writer(MutexGuard<'a, Api>),
}

impl Deref for ReadGuard<'_> {
    type Target = Api;
    fn deref(&self) -> &Api {
        match self {
            // Only filled slots are handed out (see `AppState::reader`).
            ReadGuard::Reader(slot) => slot.as_ref().expect("a filled reader slot"),
            ReadGuard::Writer(api) => api,
        }
    }
}

/// The readers of `api`'s file, opened in its mode (see `Api::reader`).
fn open_reader(api: &Api) -> Option<Api> {
    api.reader().and_then(Result::ok)
}

impl AppState {
    pub fn new(api: Api) -> Self {
        let readers = (0..READERS).map(|_| Mutex::new(open_reader(&api))).collect();
        AppState { writer: Mutex::new(api), readers, next: AtomicUsize::new(0) }
    }

    pub fn writer(&self) -> Result<MutexGuard<'_, Api>, ApiError> {
        self.writer.lock().map_err(|_| poisoned())
    }

    /// A free reader if there is one; else the next in turn, waited for; else
    /// (no reader could be opened) the writer.
    pub fn reader(&self) -> Result<ReadGuard<'_>, ApiError> {
        for slot in &self.readers {
            if let Ok(guard) = slot.try_lock() {
                if guard.is_some() {
                    return Ok(ReadGuard::Reader(guard));
                }
            }
        }
        if !self.readers.is_empty() {
            let turn = self.next.fetch_add(1, Ordering::Relaxed) % self.readers.len();
            let guard = self.readers[turn].lock().map_err(|_| poisoned())?;
            if guard.is_some() {
                return Ok(ReadGuard::Reader(guard));
            }
        }
        Ok(ReadGuard::Writer(self.writer()?))
    }

    /// How many readers the pool holds open (none for a database in memory).
    pub fn readers(&self) -> usize {
        self.readers.iter().filter(|slot| slot.lock().is_ok_and(|r| r.is_some())).count()
    }

    /// Puts another archive in place (a restore, a copy to consult, the demo):
    /// every reader's connection is closed first, so no connection to the old file
    /// outlives the change, then `f` changes the writer and the readers are opened
    /// again on whatever the writer holds now — also when `f` failed.
    pub fn replace_with<T>(&self, f: impl FnOnce(&mut Api) -> Result<T, ApiError>) -> Result<T, ApiError> {
        let mut writer = self.writer()?;
        let mut slots = Vec::with_capacity(self.readers.len());
        for slot in &self.readers {
            let mut guard = slot.lock().map_err(|_| poisoned())?;
            *guard = None;
            slots.push(guard);
        }
        let result = f(&mut writer);
        for slot in &mut slots {
            **slot = open_reader(&writer);
        }
        result
    }
}
