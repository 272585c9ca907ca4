//! Rendering the competence profile in-process: a 40-criterion profile of four pages with
//! Swedish and Arabic answers (`tests/fixtures/profile/bench-40.json`). Prints the median time
//! of one render on one thread, and how many profiles two threads render per second; then the
//! same for the statement of that mapping, every criterion judged with a comment on some.
//! Run with `cargo bench -p kartla --bench pdf` (or `scripts/bench-pdf`, which also times the
//! whole process against typst).
// A benchmark that cannot render should stop loudly.
#![allow(clippy::unwrap_used, clippy::expect_used)]
use kartla::documents::profile::render;
use kartla::documents::Print;
use kartla::documents::Verification;
use kartla_app::domain::verification::VerificationCode;
use kartla_app::domain::MappingRecord;
use kartla_app::i18n::Locale;
use std::time::{Duration, Instant};

fn main() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/profile/bench-40.json"
    );
    let record: MappingRecord =
        serde_json::from_str(&std::fs::read_to_string(path).expect("the fixture")).expect("JSON");
    // As the route prints it: with a verification code and its QR code on every page.
    let code = VerificationCode::parse("7KQM-2WXP-H9CD").unwrap();
    let print = Print {
        verify: Some(Verification {
            url: format!("https://kartla.example.se/verify/{code}"),
            code,
        }),
        ..Print::new(Locale::BASE)
    };
    // The first render parses the fonts; it is reported on its own.
    let start = Instant::now();
    let pdf = render(&record, &[], &print).expect("renders");
    let first = start.elapsed();
    let mut times: Vec<Duration> = (0..60)
        .map(|_| {
            let start = Instant::now();
            let bytes = render(&record, &[], &print).expect("renders");
            assert_eq!(bytes.len(), pdf.len());
            start.elapsed()
        })
        .collect();
    times.sort();
    let median = times[times.len() / 2];
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    let window = Duration::from_secs(5);
    let start = Instant::now();
    let done: usize = std::thread::scope(|s| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                s.spawn(|| {
                    let mut n = 0;
                    while start.elapsed() < window {
                        render(&record, &[], &print).expect("renders");
                        n += 1;
                    }
                    n
                })
            })
            .collect();
        workers.into_iter().map(|w| w.join().unwrap()).sum()
    });
    let rate = done as f64 / start.elapsed().as_secs_f64();
    println!(
        "first render (fonts parsed): {:.1} ms",
        first.as_secs_f64() * 1e3
    );
    println!(
        "one render, one thread: median {:.1} ms (min {:.1}, max {:.1}, 60 runs)",
        median.as_secs_f64() * 1e3,
        times[0].as_secs_f64() * 1e3,
        times[times.len() - 1].as_secs_f64() * 1e3
    );
    println!("{threads} threads: {rate:.0} profiles per second");
    println!("file: {} bytes", pdf.len());
    statement(&record, &print);
}

/// The statement of the same 40 criteria: judged by two methods each, every fifth with a
/// comment, one left open.
fn statement(record: &MappingRecord, print: &Print) {
    use kartla::documents::statement::{render, Statement};
    use kartla_app::domain::case::{
        Conclusion, FrameworkOutcome, Judgement, Method, NextStep, Outcome, Verdict,
    };
    let criteria: Vec<_> = record.criteria().map(|c| c.id).collect();
    let judgements = criteria
        .iter()
        .enumerate()
        .map(|(i, c)| Judgement {
            criterion: *c,
            verdict: if i == 0 {
                Verdict::NotYet
            } else {
                Verdict::Met
            },
            methods: vec![Method::Interview, Method::PracticalTest],
            comment: if i % 5 == 0 {
                "Visade säker hantering vid det praktiska provet och kunde förklara varför.".into()
            } else {
                String::new()
            },
            reason: String::new(),
            version: 1,
            by: "Vera Lind".into(),
            at: Default::default(),
        })
        .collect();
    let s = Statement {
        case: kartla_app::domain::CaseId(1),
        version: 1,
        record: record.clone(),
        judgements,
        conclusion: Conclusion {
            outcomes: record
                .frameworks
                .iter()
                .map(|f| FrameworkOutcome {
                    framework: f.id,
                    outcome: Outcome::PartlyMet,
                    remaining: vec![criteria[0]],
                })
                .collect(),
            statement: "Kunskaperna är visade i alla kriterier utom ett, som återstår att bedöma på en arbetsplats.".into(),
            next_steps: vec![NextStep::WorkplaceAssessment],
            next_steps_text: String::new(),
            by: "Vera Lind".into(),
            at: Default::default(),
        },
        organisation: "Nordvalidering".into(),
        contact: "kontakt@nordvalidering.se".into(),
    };
    assert_eq!(s.record.criteria().count(), 40);
    let pdf = render(&s, print).expect("renders");
    let mut times: Vec<Duration> = (0..60)
        .map(|_| {
            let start = Instant::now();
            render(&s, print).expect("renders");
            start.elapsed()
        })
        .collect();
    times.sort();
    println!(
        "statement, 40 criteria, one thread: median {:.1} ms (min {:.1}, max {:.1}, 60 runs); file {} bytes",
        times[30].as_secs_f64() * 1e3,
        times[0].as_secs_f64() * 1e3,
        times[59].as_secs_f64() * 1e3,
        pdf.len()
    );
}
