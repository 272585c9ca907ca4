//! Every language offers every message, and every message the code asks for exists.
#![expect(
    clippy::unwrap_used,
    reason = "a test should fail loudly when its fixtures cannot be read"
)]
use fluent_syntax::ast::{
    Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
};
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use kartla_app::domain::{EventKind, FrameworkKind, MappingStatus, Rating};
use kartla_app::error::{AppError, CONFLICT_CODES, FIELD_CODES};
use kartla_app::i18n::sources::builtin_source;
use kartla_app::i18n::Locale;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

type Ast = fluent_syntax::ast::Resource<String>;
/// A select expression's variable and its variants' keys.
type Select = (String, Vec<String>);

fn parse(locale: Locale) -> Ast {
    fluent_syntax::parser::parse(builtin_source(locale).to_owned())
        .unwrap_or_else(|(_, errors)| panic!("{} has syntax errors: {errors:?}", locale.tag()))
}

fn keys(locale: Locale) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    for entry in parse(locale).body {
        if let Entry::Message(m) = entry {
            assert!(
                seen.insert(m.id.name.clone()),
                "{} defines {} twice",
                locale.tag(),
                m.id.name
            );
        }
    }
    seen
}

fn all_keys() -> Vec<(Locale, BTreeSet<String>)> {
    Locale::all().map(|l| (l, keys(l))).collect()
}

#[test]
fn every_locale_has_the_same_keys() {
    let all = all_keys();
    let (first, first_keys) = &all[0];
    for (l, k) in &all[1..] {
        let missing: Vec<_> = first_keys.difference(k).collect();
        let extra: Vec<_> = k.difference(first_keys).collect();
        assert!(
            missing.is_empty(),
            "{} lacks {missing:?} that {} has",
            l.tag(),
            first.tag()
        );
        assert!(
            extra.is_empty(),
            "{} has {extra:?} that {} lacks",
            l.tag(),
            first.tag()
        );
    }
}

#[test]
fn every_locale_the_app_offers_has_a_file_that_says_who_wrote_it() {
    use kartla_app::i18n::sources::header;
    for l in Locale::all() {
        let src = builtin_source(l);
        assert!(!src.is_empty(), "no Fluent file for {}", l.tag());
        assert!(
            header(src, "Written-by").is_some_and(|w| !w.is_empty()),
            "{} does not say who wrote it (### Written-by:)",
            l.tag()
        );
        assert!(
            matches!(header(src, "Reviewed"), Some("yes" | "no" | "original")),
            "{} does not say whether it was reviewed (### Reviewed: yes|no|original)",
            l.tag()
        );
    }
}

/// A language's CLDR cardinal categories, found by asking its rules about many numbers.
fn categories(locale: Locale) -> BTreeSet<&'static str> {
    let tag = locale.language().plurals;
    let langid: unic_langid::LanguageIdentifier = tag.parse().unwrap();
    assert!(
        PluralRules::get_locales(PluralRuleType::CARDINAL).contains(&langid),
        "CLDR has no plural rules for `{tag}` ({})",
        locale.tag()
    );
    let rules = PluralRules::create(langid, PluralRuleType::CARDINAL).unwrap();
    let integers = (0..=1000).map(f64::from);
    let fractions = [0.1, 0.5, 1.5, 2.5, 10.5, 100.5];
    integers
        .chain(fractions)
        .map(|n| match rules.select(n).unwrap() {
            PluralCategory::ZERO => "zero",
            PluralCategory::ONE => "one",
            PluralCategory::TWO => "two",
            PluralCategory::FEW => "few",
            PluralCategory::MANY => "many",
            PluralCategory::OTHER => "other",
        })
        .collect()
}

/// Each select expression in a pattern, as its variable and its variants' keys, and every
/// variable the pattern names.
fn walk(pattern: &Pattern<String>, selects: &mut Vec<Select>, vars: &mut BTreeSet<String>) {
    fn inline(
        e: &InlineExpression<String>,
        vars: &mut BTreeSet<String>,
        selects: &mut Vec<Select>,
    ) {
        match e {
            InlineExpression::VariableReference { id } => {
                vars.insert(id.name.clone());
            }
            InlineExpression::Placeable { expression } => expr(expression, vars, selects),
            InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    inline(a, vars, selects);
                }
            }
            _ => {}
        }
    }
    fn expr(e: &Expression<String>, vars: &mut BTreeSet<String>, selects: &mut Vec<Select>) {
        match e {
            Expression::Inline(i) => inline(i, vars, selects),
            Expression::Select { selector, variants } => {
                inline(selector, vars, selects);
                let name = match selector {
                    InlineExpression::VariableReference { id } => id.name.clone(),
                    _ => String::new(),
                };
                selects.push((
                    name,
                    variants
                        .iter()
                        .map(|v| match &v.key {
                            VariantKey::Identifier { name } => name.clone(),
                            VariantKey::NumberLiteral { value } => value.clone(),
                        })
                        .collect(),
                ));
                for v in variants {
                    walk(&v.value, selects, vars);
                }
            }
        }
    }
    for el in &pattern.elements {
        if let PatternElement::Placeable { expression } = el {
            expr(expression, vars, selects);
        }
    }
}

/// Every message's select expressions and variables, by id.
fn shapes(locale: Locale) -> BTreeMap<String, (Vec<Select>, BTreeSet<String>)> {
    let mut out = BTreeMap::new();
    for entry in parse(locale).body {
        if let Entry::Message(m) = entry {
            let (mut selects, mut vars) = (vec![], BTreeSet::new());
            for p in m.value.iter().chain(m.attributes.iter().map(|a| &a.value)) {
                walk(p, &mut selects, &mut vars);
            }
            out.insert(m.id.name.clone(), (selects, vars));
        }
    }
    out
}

const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

#[test]
fn every_plural_has_exactly_the_categories_of_its_language() {
    let mut wrong = vec![];
    for l in Locale::all() {
        let wanted = categories(l);
        for (id, (selects, _)) in shapes(l) {
            for (var, keys) in selects {
                let named: BTreeSet<&str> = keys
                    .iter()
                    .map(String::as_str)
                    .filter(|k| CATEGORIES.contains(k))
                    .collect();
                let plural = !named.is_empty()
                    && keys
                        .iter()
                        .all(|k| CATEGORIES.contains(&k.as_str()) || k.parse::<f64>().is_ok());
                if plural && named != wanted {
                    wrong.push(format!(
                        "{}: {id} selects ${var} on {named:?}, the language has {wanted:?}",
                        l.tag()
                    ));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn arabic_has_six_plural_categories_and_ukrainian_four() {
    let count = |t: &str| categories(Locale::from_tag(t).unwrap()).len();
    assert_eq!(count("ar"), 6);
    assert_eq!(count("uk"), 4);
    assert_eq!(count("ti"), 2);
    assert_eq!(count("prs"), 2);
    for l in Locale::every() {
        assert!(count(l.tag()) >= 2, "{}", l.tag());
    }
}

#[test]
fn every_message_names_the_variables_of_the_base_message() {
    let base = shapes(Locale::BASE);
    let mut wrong = vec![];
    for l in Locale::all().filter(|l| *l != Locale::BASE) {
        for (id, (_, vars)) in shapes(l) {
            if let Some((_, want)) = base.get(&id) {
                if &vars != want {
                    wrong.push(format!(
                        "{}: {id} names {vars:?}, Swedish {want:?}",
                        l.tag()
                    ));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// Keys the code builds at run time, from the domain and the error codes.
fn dynamic_keys() -> Vec<String> {
    let mut k: Vec<String> = vec![];
    k.extend(Rating::ALL.iter().map(|r| r.label_key().to_owned()));
    k.extend(Rating::ALL.iter().map(|r| r.hint_key().to_owned()));
    // Names of downloaded files, made by the server's plain routes.
    for kind in [
        "attachment",
        "certificate",
        "profile",
        "statement",
        "study-plan",
    ] {
        k.push(format!("file-name-{kind}"));
    }
    // Refused uploads: the summary's words and the plain-text answer of the upload route.
    for r in kartla_app::domain::evidence::Refusal::ALL {
        k.push(format!("field-error-evidence-{}", r.code()));
        k.push(format!("evidence-refused-{}", r.code()));
    }
    for s in [
        MappingStatus::Draft,
        MappingStatus::Submitted,
        MappingStatus::Returned,
        MappingStatus::Reviewed,
    ] {
        k.push(s.label_key().to_owned());
    }
    for e in [
        EventKind::Submitted,
        EventKind::Returned,
        EventKind::Reviewed,
    ] {
        k.push(e.label_key().to_owned());
    }
    for f in [FrameworkKind::Course, FrameworkKind::Occupation] {
        k.push(f.label_key().to_owned());
    }
    // Cases: their stages, judgements, methods, outcomes, next steps, the trail, the notices
    // after each move, the mail to the person.
    {
        use kartla_app::domain::case::{CaseState, EventKind, Method, NextStep, Outcome, Verdict};
        k.extend(CaseState::ALL.iter().map(|s| s.label_key()));
        k.extend(Verdict::ALL.iter().map(|s| s.label_key()));
        k.extend(Method::ALL.iter().map(|s| s.label_key()));
        k.extend(Outcome::ALL.iter().map(|s| s.label_key()));
        k.extend(NextStep::ALL.iter().map(|s| s.label_key()));
        k.extend(EventKind::ALL.iter().map(|s| s.label_key()));
        for saved in ["take", "assign", "sent", "concluded", "handed-back"] {
            k.push(format!("case-saved-{saved}"));
        }
        for state in ["checking", "assigned", "returned", "concluded"] {
            k.push(format!("case-explainer-{state}"));
        }
        for mail in ["mail-additions", "mail-concluded"] {
            k.push(format!("{mail}-subject"));
            k.push(format!("{mail}-body"));
        }
        k.push("case-title".into());
        k.extend(
            kartla_app::domain::guidance::SessionEventKind::ALL
                .iter()
                .map(|s| s.label_key()),
        );
        k.extend(
            kartla_app::domain::OrgKind::ALL
                .iter()
                .map(|o| o.label_key().to_owned()),
        );
        // The follow-up statistics: what is counted, how, the steps timed, the filters' errors.
        {
            use kartla_app::domain::statistics::{Breakdown, Measure, Step};
            k.extend(Measure::ALL.iter().map(|m| m.label_key()));
            k.extend(Step::ALL.iter().map(|s| s.label_key()));
            for b in Breakdown::ALL {
                k.push(b.label_key());
                k.push(format!("stats-heading-{}", b.as_str()));
                k.push(format!("stats-unit-{}", b.as_str()));
            }
            for code in ["month", "backward", "by"] {
                k.push(format!("field-error-stats-{code}"));
            }
            k.push("file-name-stats".into());
        }
        // What the access log names: every kind written in it.
        for kind in kartla_app::domain::policy::Kind::ALL
            .into_iter()
            .filter(|k| k.logged())
        {
            k.push(format!("seen-what-{}", kind.as_str().replace('_', "-")));
        }
    }
    for e in [
        AppError::Validation(vec![]),
        AppError::BadRequest,
        AppError::Unauthorized,
        AppError::SignInFailed,
        AppError::Forbidden,
        AppError::NotFound,
        AppError::Internal,
        AppError::Unreachable,
    ] {
        k.push(e.message_key());
    }
    k.extend(
        CONFLICT_CODES
            .iter()
            .map(|c| AppError::Conflict((*c).to_owned()).message_key()),
    );
    k.extend(FIELD_CODES.iter().map(|c| format!("field-error-{c}")));
    // The catalogue: version states, outside registers, import formats, plans and problems.
    use kartla_app::domain::{
        ContentProblemKind as C, Expected, ExternalSystem, ImportError, ImportFormat,
        ImportProblem as P, Planned, VersionStatus,
    };
    k.extend(
        kartla_app::domain::ExperienceKind::ALL
            .iter()
            .map(|e| e.label_key().to_owned()),
    );
    for s in [VersionStatus::Draft, VersionStatus::Published] {
        k.push(s.label_key().to_owned());
    }
    k.extend(ExternalSystem::ALL.iter().map(|e| e.label_key().to_owned()));
    for f in ImportFormat::ALL {
        k.push(f.label_key().to_owned());
        k.push(format!("{}-hint", f.label_key()));
    }
    for p in [
        Planned::New,
        Planned::NewVersion { version: 2 },
        Planned::Unchanged { version: 1 },
        Planned::DraftInTheWay { version: 2 },
    ] {
        k.push(p.label_key().to_owned());
    }
    let problems = [
        P::Unreadable(String::new()),
        P::Syntax(String::new()),
        P::MissingField,
        P::UnknownLanguage(String::new()),
        P::MissingSwedish,
        P::MissingFile,
        P::UnknownOccupation(String::new()),
        P::UnknownParent(String::new()),
        P::DuplicateFramework(String::new()),
        P::NothingToImport,
    ]
    .into_iter()
    .chain(Expected::ALL.into_iter().map(P::WrongShape))
    .chain(
        [
            C::BadCode,
            C::Empty,
            C::TooLong { max: 1 },
            C::NoSections,
            C::NoCriteria,
            C::DuplicateCriterionCode(String::new()),
            C::UnknownLanguage(String::new()),
            C::GuidanceOnOccupation,
        ]
        .into_iter()
        .map(P::Content),
    );
    for p in problems {
        k.push(ImportError::new("f", p).message_key().to_owned());
    }
    // Field labels the forms name their errors by.
    k.extend(
        [
            "name",
            "email",
            "password",
            "locale",
            "comment",
            "goal",
            "verdict",
            "methods",
            "reason",
            "validator",
            "target",
            "missing",
            "form",
            "deadline",
            "outcome",
            "judgement",
            "statement",
            "next-steps-text",
            "provider",
        ]
        .iter()
        .map(|f| format!("field-{f}")),
    );
    k
}

/// Keys written literally in the Rust sources of the app and the server (outside tests and
/// comments).
fn literal_keys() -> BTreeSet<String> {
    let re = regex::Regex::new(
        r#"(?:\bt|t_with|t_args|translate|translate_plain)\(\s*(?:[a-z_.]+,\s*)?"([a-z0-9]+(?:-[a-z0-9]+)*)""#,
    )
    .unwrap();
    let mut out = BTreeSet::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let mut stack = vec![root.join("app/src"), root.join("server/src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let src = std::fs::read_to_string(&path).unwrap();
                // Tests may name keys that must not exist, and comments show examples.
                let code = src.split("#[cfg(test)]").next().unwrap_or_default();
                for line in code.lines().filter(|l| !l.trim_start().starts_with("//")) {
                    out.extend(re.captures_iter(line).map(|c| c[1].to_owned()));
                }
            }
        }
    }
    out
}

#[test]
fn every_key_the_code_uses_exists_in_every_locale() {
    let used = literal_keys();
    assert!(
        used.len() > 50,
        "the scanner found only {} keys; has the call style changed?",
        used.len()
    );
    for (l, keys) in all_keys() {
        for k in used.iter().cloned().chain(dynamic_keys()) {
            assert!(keys.contains(&k), "{} lacks `{k}`", l.tag());
        }
    }
}
