//! Kartla load test: whole participant sessions against a running server, played with goose 0.19.
//!
//! scripts/bench-load starts a release server, creates the participant accounts
//! `last0@load.kartla.se` … `last{U-1}@load.kartla.se` (password `kartla-load-test`) and runs
//!
//! ```text
//! cargo run --release --manifest-path scripts/load/Cargo.toml -- \
//!   --host http://127.0.0.1:$PORT --users $U --increase-rate $R --run-time $T \
//!   --report-file $OUT/load.html --report-file $OUT/load.json
//! ```
//!
//! Every flag is goose's own (`-- --help` lists them). Goose 0.19 renamed `--hatch-rate` to
//! `--increase-rate`; `-r` is the short form of both. `--run-time` counts from when every user has
//! started, and the metrics start again then too (unless `--no-reset-metrics`).
//!
//! One user only GETs /health, once a second, so the report shows /health beside the rest. Every
//! other user signs in once as its own account and then, over and over, plays one session with
//! the think time between steps: start (or reopen) a mapping, the overview, the section
//! ("answering page"), KARTLA_LOAD_SAVES autosaves ("save_answer"), the check page.
//!
//! Environment (defaults in brackets): KARTLA_LOAD_THINK_SECS [10], KARTLA_LOAD_SAVES [8],
//! KARTLA_LOAD_CRITERIA ["1,2,3,4": the criteria of section 1 of framework 1],
//! KARTLA_LOAD_FIRST_MAPPING [unset; only a fallback: account N's mapping is FIRST + N when the
//! server's answer to start_mapping names none].
use goose::goose::GooseResponse;
use goose::prelude::*;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;
use std::time::Duration;

const PASSWORD: &str = "kartla-load-test";
const FRAMEWORK: &str = "1";
const SECTION: &str = "1";

/// What the environment asks for, read once in `main` before any user starts.
struct Settings {
    criteria: Vec<i64>,
    first_mapping: Option<i64>,
}
static SETTINGS: OnceLock<Settings> = OnceLock::new();

/// The next account number. A counter rather than goose's `weighted_users_index`, which also
/// counts the /health user and so would leave a gap in the account numbers.
static NEXT_ACCOUNT: AtomicUsize = AtomicUsize::new(0);

/// What one simulated participant remembers from step to step (goose session data).
#[derive(Clone)]
struct Participant {
    account: usize,
    mapping: Option<i64>,
    saves: usize,
}

#[tokio::main]
async fn main() -> Result<(), GooseError> {
    let think = Duration::from_secs(env("KARTLA_LOAD_THINK_SECS")?.unwrap_or(10));
    let saves: usize = env("KARTLA_LOAD_SAVES")?.unwrap_or(8);
    let raw = std::env::var("KARTLA_LOAD_CRITERIA").unwrap_or_else(|_| "1,2,3,4".into());
    // Every item must be a number; "" and "1,x" are refused.
    let criteria: Option<Vec<i64>> = raw.split(',').map(|c| c.trim().parse().ok()).collect();
    let criteria = criteria.ok_or_else(|| invalid("KARTLA_LOAD_CRITERIA", &raw))?;
    let first_mapping: Option<i64> = env("KARTLA_LOAD_FIRST_MAPPING")?;
    let _ = SETTINGS.set(Settings {
        criteria,
        first_mapping,
    });

    GooseAttack::initialize()?
        .register_scenario(
            scenario!("participant")
                // 999 to 1: goose's default round-robin scheduler gives /health one user of the
                // first thousand (when --users is at least 2) and participants all the others.
                .set_weight(999)?
                // The same pause after every step; with --increase-rate the users stay staggered.
                .set_wait_time(think, think)?
                // Sequences run the steps in this order, every iteration one whole session.
                // A person signs in once and then works: sign-in (a deliberately slow password
                // hash) is the user's first step, not part of every round.
                .register_transaction(transaction!(sign_in).set_name("sign in").set_on_start())
                .register_transaction(step(transaction!(start_mapping), "start mapping", 2))
                .register_transaction(step(transaction!(overview), "overview", 3))
                .register_transaction(step(transaction!(answering_page), "answering page", 4))
                // A weight repeats a step: `saves` autosaves in a row.
                .register_transaction(
                    step(transaction!(save_answer), "save_answer", 5).set_weight(saves)?,
                )
                .register_transaction(step(transaction!(check_answers), "check answers", 6)),
        )
        .register_scenario(
            scenario!("health")
                .set_weight(1)?
                // A probe, not a flood: without a wait it would loop as fast as it can.
                .set_wait_time(Duration::from_secs(1), Duration::from_secs(1))?
                .register_transaction(transaction!(health).set_name("health")),
        )
        .execute()
        .await?;
    Ok(())
}

/// A step of the session: its name in the report and its place in the order.
fn step(transaction: Transaction, name: &str, sequence: usize) -> Transaction {
    transaction.set_name(name).set_sequence(sequence)
}

/// Signs in as this user's own account. The first sign-in takes the next account number.
async fn sign_in(user: &mut GooseUser) -> TransactionResult {
    let account = match user.get_session_data::<Participant>() {
        Some(p) => p.account,
        None => {
            let account = NEXT_ACCOUNT.fetch_add(1, Ordering::Relaxed);
            user.set_session_data(Participant {
                account,
                mapping: None,
                saves: 0,
            });
            account
        }
    };
    let email = format!("last{account}@load.kartla.se");
    let form = [
        ("input[email]", email.as_str()),
        ("input[password]", PASSWORD),
    ];
    let mut goose = post_form_named(user, "/api/sign_in", "sign_in", &form).await?;
    // The user's cookie jar keeps the session; a sign-in that sets none failed whatever its status.
    let signed_in = goose.response.as_ref().is_ok_and(|r| {
        r.headers()
            .get_all("set-cookie")
            .iter()
            .any(|c| c.as_bytes().starts_with(b"kartla_session="))
    });
    if !signed_in {
        return user.set_failure("no kartla_session cookie", &mut goose.request, None, None);
    }
    drain(goose).await;
    Ok(())
}

/// Starts a mapping, or gets back the one already in progress, and remembers its id.
async fn start_mapping(user: &mut GooseUser) -> TransactionResult {
    let s = settings()?;
    let mut p = me(user)?;
    let form = [("input[framework_id]", FRAMEWORK)];
    let mut goose = post_form_named(user, "/api/start_mapping", "start_mapping", &form).await?;
    // Leptos answers a request that does not accept text/html (reqwest sends `*/*`) with 200 and
    // `Location: /mappings/{id}`; a browser's form post gets a 302 there, which reqwest follows.
    let named = goose.response.as_ref().ok().and_then(|r| {
        let path = match r.headers().get("location").and_then(|l| l.to_str().ok()) {
            Some(location) => location.to_owned(),
            None => r.url().path().to_owned(),
        };
        path.strip_prefix("/mappings/")?.parse::<i64>().ok()
    });
    let Some(id) = named.or(s.first_mapping.map(|first| first + p.account as i64)) else {
        return user.set_failure("no mapping id", &mut goose.request, None, None);
    };
    p.mapping = Some(id);
    user.set_session_data(p);
    drain(goose).await;
    Ok(())
}

async fn overview(user: &mut GooseUser) -> TransactionResult {
    page(user, "", "overview").await
}

async fn answering_page(user: &mut GooseUser) -> TransactionResult {
    page(user, &format!("/sections/{SECTION}"), "answering page").await
}

async fn check_answers(user: &mut GooseUser) -> TransactionResult {
    page(user, "/check", "check answers").await
}

/// One autosave, as the answering page sends it; each save takes the next criterion.
async fn save_answer(user: &mut GooseUser) -> TransactionResult {
    let s = settings()?;
    let mut p = me(user)?;
    let mapping = p.mapping.ok_or("no mapping yet")?.to_string();
    let criterion = s.criteria[p.saves % s.criteria.len()].to_string();
    p.saves += 1;
    let text = format!("Load test answer {} from account {}.", p.saves, p.account);
    user.set_session_data(p);
    let form = [
        ("input[mapping_id]", mapping.as_str()),
        ("input[criterion_id]", criterion.as_str()),
        ("input[rating]", "4"),
        ("input[text]", text.as_str()),
    ];
    let goose = post_form_named(user, "/api/save_answer", "save_answer", &form).await?;
    drain(goose).await;
    Ok(())
}

async fn health(user: &mut GooseUser) -> TransactionResult {
    let goose = user.get("/health").await?;
    drain(goose).await;
    Ok(())
}

/// GETs a page of the user's mapping under a name of its own in the report.
async fn page(user: &mut GooseUser, tail: &str, name: &str) -> TransactionResult {
    let id = me(user)?.mapping.ok_or("no mapping yet")?;
    let goose = user
        .get_named(&format!("/mappings/{id}{tail}"), name)
        .await?;
    drain(goose).await;
    Ok(())
}

/// POSTs a form (application/x-www-form-urlencoded) under `name` in the report; goose's own
/// `post_form` names a request by its path and has no named variant.
async fn post_form_named(
    user: &mut GooseUser,
    path: &str,
    name: &str,
    form: &[(&str, &str)],
) -> Result<GooseResponse, Box<TransactionError>> {
    let builder = user
        .get_request_builder(&GooseMethod::Post, path)?
        .form(form);
    let request = GooseRequest::builder()
        .method(GooseMethod::Post)
        .path(path)
        .name(name)
        .set_request_builder(builder)
        .build();
    user.request(request).await
}

/// Reads the whole body, as a browser would: goose's times end at the first byte, and a body
/// left unread closes the connection instead of returning it to the pool.
async fn drain(goose: GooseResponse) {
    if let Ok(response) = goose.response {
        let _ = response.bytes().await;
    }
}

fn me(user: &GooseUser) -> Result<Participant, Box<TransactionError>> {
    let p = user.get_session_data::<Participant>();
    p.cloned().ok_or_else(|| "not signed in".into())
}

fn settings() -> Result<&'static Settings, Box<TransactionError>> {
    SETTINGS.get().ok_or_else(|| "settings not read".into())
}

/// An environment variable's number, `None` when it is not set.
fn env<T: std::str::FromStr>(key: &str) -> Result<Option<T>, GooseError> {
    match std::env::var(key) {
        Ok(v) => v.trim().parse().map(Some).map_err(|_| invalid(key, &v)),
        Err(_) => Ok(None),
    }
}

fn invalid(key: &str, value: &str) -> GooseError {
    GooseError::InvalidOption {
        option: key.to_owned(),
        value: value.to_owned(),
        detail: "not a number, or not a list of numbers".to_owned(),
    }
}
