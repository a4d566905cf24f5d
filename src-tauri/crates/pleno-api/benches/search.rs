//! How fast the archive answers a search: 100 000 synthetic agreements (with
//! accents), searched without accents. Target: median ≤ 5 ms on the 2-core machine.

use std::sync::OnceLock;

use pleno_api::Api;

fn main() {
    divan::main();
}

const WORDS: [&str; 24] = [
    "repatriación",
    "víctimas",
    "protocolo",
    "nacional",
    "estrategia",
    "regional",
    "prevención",
    "trata",
    "migrantes",
    "tráfico",
    "ilícito",
    "comité",
    "informe",
    "seguimiento",
    "coordinación",
    "niñas",
    "niños",
    "adolescentes",
    "atención",
    "integral",
    "capacitación",
    "fiscalía",
    "migración",
    "Panamá",
];

/// A database with the reference data, one meeting and `n` agreements, built
/// once with plain SQL in one transaction (the API would number them one by one).
fn archive() -> &'static (tempfile::TempDir, std::path::PathBuf) {
    static ARCHIVE: OnceLock<(tempfile::TempDir, std::path::PathBuf)> = OnceLock::new();
    ARCHIVE.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("bench.db");
        Api::init(&path).unwrap();
        let mut conn = rusqlite::Connection::open(&path).unwrap();
        let tx = conn.transaction().unwrap();
        tx.execute(
            "INSERT INTO meeting (kind, number, starts_on, ends_on, modality) VALUES ('ordinaria', 1, '2026-01-10', '2026-01-10', 'presencial')",
            [],
        )
        .unwrap();
        let mut seed: u64 = 42;
        let mut next = || {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (seed >> 33) as usize
        };
        {
            let mut insert = tx
                .prepare("INSERT INTO agreement (number, meeting_id, sequence, text, adopted_on) VALUES (?1, 1, ?2, ?3, '2026-01-10')")
                .unwrap();
            for i in 1..=100_000u32 {
                let words: Vec<&str> = (0..18).map(|_| WORDS[next() % WORDS.len()]).collect();
                insert.execute(rusqlite::params![format!("A-{i:06}"), i, words.join(" ")]).unwrap();
            }
        }
        tx.commit().unwrap();
        (dir, path)
    })
}

#[divan::bench(sample_count = 200)]
fn search_one_word_without_accents(bencher: divan::Bencher) {
    let api = Api::open(&archive().1).unwrap();
    bencher.bench_local(|| api.search(divan::black_box("repatriacion"), 20).unwrap());
}

#[divan::bench(sample_count = 200)]
fn search_two_words(bencher: divan::Bencher) {
    let api = Api::open(&archive().1).unwrap();
    bencher.bench_local(|| api.search(divan::black_box("protocolo ninas"), 20).unwrap());
}
