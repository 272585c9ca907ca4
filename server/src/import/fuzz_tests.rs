//! The importers and the HTML reduction never fall over, whatever the bytes: property tests
//! over mutated real files (bytes flipped, inserted, removed, files cut short) and over
//! arbitrary text. `KARTLA_FUZZ_CASES` sets how many inputs each property tries (a few
//! hundred in the ordinary test run; `scripts/fuzz-importers` runs well over a million).
//! Inputs that ever failed are kept by proptest in `proptest-regressions/` and tried first on
//! every run after.
use super::tests::fixture;
use super::*;
use proptest::prelude::*;

fn cases() -> u32 {
    std::env::var("KARTLA_FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(300)
}

/// One change to a file's bytes: where (as a fraction of its length), what, and how.
type Mutation = (u16, u8, u8);

fn mutate(bytes: &[u8], mutations: &[Mutation], cut: Option<u16>) -> Vec<u8> {
    let mut out = bytes.to_vec();
    for &(at, byte, how) in mutations {
        let i = (usize::from(at) * out.len()) / usize::from(u16::MAX).max(1);
        match how % 3 {
            0 if i < out.len() => out[i] = byte,
            1 => out.insert(i.min(out.len()), byte),
            _ if i < out.len() => {
                out.remove(i);
            }
            _ => {}
        }
    }
    if let Some(cut) = cut {
        out.truncate((usize::from(cut) * out.len()) / usize::from(u16::MAX).max(1));
    }
    out
}

fn mutations() -> impl Strategy<Value = (Vec<Mutation>, Option<u16>)> {
    (
        prop::collection::vec((any::<u16>(), any::<u8>(), any::<u8>()), 0..24),
        prop::option::weighted(0.2, any::<u16>()),
    )
}

/// The real files of one format.
fn files(format: ImportFormat) -> Vec<SourceFile> {
    match format {
        ImportFormat::Kartla => vec![fixture("kartla/svetsning.toml")],
        ImportFormat::Skolverket => vec![
            fixture("skolverket/course.json"),
            fixture("skolverket/subjects.json"),
        ],
        ImportFormat::Jobtech => vec![
            fixture("jobtech/concepts.json"),
            fixture("jobtech/graphql.json"),
        ],
        ImportFormat::Moodle => vec![fixture("moodle/framework.csv")],
        ImportFormat::Esco => [
            "occupations_sv.csv",
            "occupations_en.csv",
            "skills_sv.csv",
            "skills_en.csv",
            "occupationSkillRelations_en.csv",
        ]
        .iter()
        .map(|n| fixture(&format!("esco/{n}")))
        .collect(),
    }
}

/// Parse the format's real files, one of them mutated; it must answer, not panic.
fn survives(format: ImportFormat, which: usize, change: &(Vec<Mutation>, Option<u16>)) {
    let mut files = files(format);
    let i = which % files.len();
    files[i].bytes = mutate(&files[i].bytes, &change.0, change.1);
    let _ = parse(format, &files, &Options::default());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn the_kartla_reader_survives_any_change(change in mutations()) {
        survives(ImportFormat::Kartla, 0, &change);
    }

    #[test]
    fn the_skolverket_reader_survives_any_change(which in 0usize..2, change in mutations()) {
        survives(ImportFormat::Skolverket, which, &change);
    }

    #[test]
    fn the_jobtech_reader_survives_any_change(which in 0usize..2, change in mutations()) {
        survives(ImportFormat::Jobtech, which, &change);
    }

    #[test]
    fn the_moodle_reader_survives_any_change(change in mutations()) {
        survives(ImportFormat::Moodle, 0, &change);
    }

    #[test]
    fn the_esco_reader_survives_any_change(which in 0usize..5, change in mutations()) {
        survives(ImportFormat::Esco, which, &change);
    }

    #[test]
    fn every_reader_survives_arbitrary_bytes(format in 0usize..5, bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        let format = ImportFormat::ALL[format];
        let name = match format {
            ImportFormat::Esco => "occupations_sv.csv",
            ImportFormat::Moodle => "framework.csv",
            ImportFormat::Kartla => "f.toml",
            _ => "f.json",
        };
        let _ = parse(format, &[SourceFile { name: name.into(), bytes }], &Options::default());
    }

    #[test]
    fn html_of_any_shape_reduces_to_tidy_text(
        html in "(<[a-zA-Z/!?][a-zA-Z0-9 =\"'/-]{0,12}>?|&[a-zA-Z#0-9]{0,8};?|[^<&]{0,12}|<!--|-->|<script>|</script>|<li>|<ul>|</ul>|<svg>|<math>){0,40}"
    ) {
        let text = html::to_text(&html);
        prop_assert!(!text.contains('\r'));
        prop_assert!(text.lines().all(|l| !l.trim().is_empty() && l.trim() == l));
        for item in html::list_items(&html) {
            prop_assert!(!item.is_empty() && !item.contains('\n'));
        }
    }

    /// (Control characters aside: the HTML standard's parser drops NUL, for one.)
    #[test]
    fn text_without_markup_comes_through_as_it_is(text in "[^<&\\p{C}]{0,200}") {
        let words: Vec<&str> = text.split_whitespace().collect();
        prop_assert_eq!(html::to_text(&text), words.join(" "));
    }
}

/// Not a check (times are not asserted): how the HTML reduction's time grows with its input,
/// for shapes known to trouble HTML parsers. `scripts/fuzz-importers` prints it; linear means
/// the nanoseconds per byte stay level as the input grows a hundredfold.
#[test]
#[ignore = "a report, run by scripts/fuzz-importers"]
fn html_reduction_time_grows_with_the_input_report() {
    let shapes: [(&str, &str); 5] = [
        ("unclosed <div>", "<div>x"),
        ("list items", "<li>punkt "),
        ("misnested <a><b>", "<a><b>x</a>"),
        ("entities", "&amp;&#228;&bogus;"),
        ("stray <", "a < b "),
    ];
    for (name, unit) in shapes {
        let mut line = format!("{name:>18}:");
        for n in [1_000usize, 10_000, 100_000] {
            let input = unit.repeat(n);
            let started = std::time::Instant::now();
            let text = html::to_text(&input);
            let items = html::list_items(&input);
            let took = started.elapsed();
            std::hint::black_box((text, items));
            line.push_str(&format!(
                "  {:>8} B {:>6.1} ns/B",
                input.len(),
                took.as_nanos() as f64 / input.len() as f64
            ));
        }
        println!("{line}");
        std::io::Write::flush(&mut std::io::stdout()).ok();
    }
}
