//! Every file the archive keeps inside itself — the agenda's reference documents
//! and the evidence of measurements and monitoring reports — read together for
//! the handover bundle, which writes each one out as a file. Read-only SQL; each
//! table's writes stay in its own module.

use rusqlite::Connection;

use crate::Result;

/// One kept file: which table it is in, its row, its name and bytes as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredFile {
    /// `agenda_document`, `measurement_evidence` or `monitoring_evidence`.
    pub table: &'static str,
    pub id: i64,
    pub file_name: String,
    pub sha256: String,
    pub content: Vec<u8>,
}

const TABLES: [&str; 3] = ["agenda_document", "measurement_evidence", "monitoring_evidence"];

pub fn all(conn: &Connection) -> Result<Vec<StoredFile>> {
    let mut files = Vec::new();
    for table in TABLES {
        let mut stmt = conn.prepare(&format!("SELECT id, file_name, sha256, content FROM {table} ORDER BY id"))?;
        let rows = stmt.query_map([], |r| {
            Ok(StoredFile { table, id: r.get(0)?, file_name: r.get(1)?, sha256: r.get(2)?, content: r.get(3)? })
        })?;
        files.extend(rows.collect::<rusqlite::Result<Vec<_>>>()?);
    }
    Ok(files)
}
