//! Cases on both engines: routing, the freeze, every move with its trail, judgements and
//! their history, requests with deadlines, the conclusion, and people pressing at once.
use super::*;
use crate::db::organisations::Details;
use crate::db::testing::TestDb;
use crate::db::{
    db_test, directory, evidence, experiences, frameworks, frameworks::tests::published, mappings,
    organisations, users,
};
use crate::domain::case::{
    Concluding, EventKind, FrameworkOutcome, JudgementInput, Method, NextStep, Outcome,
    RouteProblem, Target, Verdict,
};
use crate::domain::{
    AnswerText, ExperienceInput, FrameworkId, FrameworkKind, MappingStatus, OrgCode, OrgKind,
    Rating, Role,
};
use crate::i18n::Locale;

struct World {
    t: TestDb,
    published: Published,
    home: OrganisationId,
    provider: OrganisationId,
    person: UserId,
    coordinator: UserId,
    validator: UserId,
    /// A validator of the same municipality listed for nothing.
    unlisted: UserId,
    course: FrameworkId,
}

async fn org(db: &Db, kind: OrgKind, code: &str) -> OrganisationId {
    let details = Details {
        name: code.to_owned(),
        ..Details::default()
    };
    organisations::add(db, kind, &OrgCode::parse(code).unwrap(), &details)
        .await
        .unwrap()
        .unwrap()
}

async fn someone(db: &Db, email: &str, name: &str) -> UserId {
    users::create(db, email, name, "h", Locale::BASE)
        .await
        .unwrap()
        .unwrap()
}

async fn role(db: &Db, user: UserId, org: OrganisationId, role: Role) {
    organisations::give(db, user, org, role)
        .await
        .unwrap()
        .unwrap();
}

async fn listed(db: &Db, user: UserId, org: OrganisationId, codes: &[&str]) {
    let what = directory::Assesses {
        frameworks: codes.iter().map(|c| c.to_string()).collect(),
        languages: vec!["sv".into()],
        methods: vec![Method::Interview],
    };
    directory::set_assesses(db, user, org, &what).await.unwrap();
}

async fn world(t: TestDb) -> World {
    let db = &t.db;
    org(db, OrgKind::Region, "NB").await;
    let home = org(db, OrgKind::Municipality, "LULEA").await;
    let provider = org(db, OrgKind::Provider, "NORD-VAL").await;
    organisations::serve(db, provider, home).await.unwrap();
    let person = someone(db, "p@x.se", "Pia Ek").await;
    assert!(organisations::set_home(db, person, home).await.unwrap());
    let coordinator = someone(db, "c@x.se", "Cecilia").await;
    role(db, coordinator, home, Role::Coordinator).await;
    let validator = someone(db, "v@x.se", "Vera").await;
    role(db, validator, home, Role::Validator).await;
    listed(db, validator, home, &["TEST01"]).await;
    let unlisted = someone(db, "u@x.se", "Ulf").await;
    role(db, unlisted, home, Role::Validator).await;
    let course = published(db).await;
    World {
        published: Published::default(),
        home,
        provider,
        person,
        coordinator,
        validator,
        unlisted,
        course,
        t,
    }
}

impl World {
    /// A mapping against `framework` with every criterion answered, the first drawing on an
    /// experience and pointing to a piece of evidence.
    async fn answered(&self, framework: FrameworkId) -> (MappingId, i64, i64) {
        let db = &self.t.db;
        let m = mappings::start(db, self.person, framework).await.unwrap();
        let exp = ExperienceInput {
            kind: "work".into(),
            role: "Lagerarbetare".into(),
            start: "2019-01".into(),
            ..Default::default()
        }
        .check()
        .unwrap();
        let x = experiences::create(db, self.person, &exp).await.unwrap();
        let e = evidence::add(db, self.person, evidence::tests::pdf("Intyg"))
            .await
            .unwrap()
            .unwrap();
        let record = mappings::load(db, m).await.unwrap().unwrap();
        let criteria: Vec<_> = record.criteria().map(|c| c.id).collect();
        let writes: Vec<_> = criteria
            .iter()
            .map(|c| {
                mappings::AnswerWrite::new(
                    *c,
                    Some(Rating::Independently),
                    AnswerText::parse("Jag har gjort det i fyra år").unwrap(),
                )
            })
            .collect();
        let links = [mappings::Links {
            criterion: criteria[0],
            experiences: vec![x],
            evidence: vec![e.id],
        }];
        mappings::save_answers(db, m, &writes, &links)
            .await
            .unwrap()
            .unwrap();
        (m, x, e.id)
    }

    async fn criteria(&self, case: CaseId) -> Vec<crate::domain::CriterionId> {
        let h = head(&self.t.db, case).await.unwrap().unwrap();
        version(&self.t.db, &self.published, case, h.version)
            .await
            .unwrap()
            .unwrap()
            .criteria()
            .map(|c| c.id)
            .collect()
    }

    async fn judge_all(&self, case: CaseId, verdict: Verdict) {
        for c in self.criteria(case).await {
            let j = JudgementInput {
                criterion: c,
                verdict,
                methods: vec![Method::Documents, Method::Interview],
                comment: "Visat vid intervjun".into(),
                reason: String::new(),
            }
            .check(false)
            .unwrap();
            judge(&self.t.db, case, self.validator, &j).await.unwrap();
        }
    }
}

fn kinds(trail: &[Event]) -> Vec<EventKind> {
    trail.iter().map(|e| e.kind).collect()
}

db_test!(
    async fn a_course_goes_home_and_walks_the_whole_way_with_its_trail(t) {
        let w = world(t).await;
        let db = &w.t.db;
        let (m, _, _) = w.answered(w.course).await;
        let id = hand_in(db, &w.published, m, w.person).await.unwrap();
        let h = head(db, id).await.unwrap().unwrap();
        assert_eq!(
            (h.organisation_id, h.state, h.version, h.assignee_id),
            (w.home, CaseState::New, 1, None)
        );
        assert_eq!(
            mappings::owner_and_status(db, m).await.unwrap(),
            Some((w.person, MappingStatus::Submitted))
        );
        // Handed in once: a second hand-in is refused.
        assert!(matches!(
            hand_in(db, &w.published, m, w.person).await,
            Err(CaseError::Illegal(_))
        ));
        take(db, id, w.coordinator).await.unwrap();
        assert!(matches!(
            take(db, id, w.coordinator).await,
            Err(CaseError::Illegal(_))
        ));
        // Only a validator listed for the framework can have it.
        for nobody in [w.unlisted, w.coordinator, w.person] {
            assert!(matches!(
                assign(db, id, w.coordinator, nobody).await,
                Err(CaseError::NotListed)
            ));
        }
        // A list of additions: two items, sent with a deadline.
        let c = w.criteria(id).await[0];
        assert!(matches!(
            send_request(db, id, Asking::Coordinator(w.coordinator), "2099-01-01".parse().unwrap()).await,
            Err(CaseError::Refused(_))
        ));
        let i1 = add_item(db, id, Asking::Coordinator(w.coordinator), Target::Criterion(c), "Ett intyg", "PDF")
            .await
            .unwrap();
        let gone = add_item(db, id, Asking::Coordinator(w.coordinator), Target::Case, "x", "y")
            .await
            .unwrap();
        assert!(remove_item(db, id, Asking::Coordinator(w.coordinator), gone).await.unwrap());
        let i2 = add_item(db, id, Asking::Coordinator(w.coordinator), Target::Evidence(1), "Översättning", "Kopia")
            .await
            .unwrap();
        send_request(db, id, Asking::Coordinator(w.coordinator), "2099-01-01".parse().unwrap())
            .await
            .unwrap();
        assert!(
            matches!(
                remove_item(db, id, Asking::Coordinator(w.coordinator), i1).await,
                Err(CaseError::Refused(_))
            ),
            "sent items stay"
        );
        assert_eq!(
            mappings::owner_and_status(db, m).await.unwrap(),
            Some((w.person, MappingStatus::Returned))
        );
        let listed = requests(db, id).await.unwrap();
        assert_eq!(listed.len(), 1);
        assert_eq!(listed[0].deadline.unwrap().to_string(), "2099-01-01");
        assert_eq!(
            listed[0].items.iter().map(|i| i.target).collect::<Vec<_>>(),
            [Target::Criterion(c), Target::Evidence(1)]
        );
        mark_item(db, id, w.person, i1, true).await.unwrap();
        mark_item(db, id, w.person, i2, true).await.unwrap();
        mark_item(db, id, w.person, i2, false).await.unwrap();
        // Back from the person: to the coordinators (no validator yet), version 2.
        let again = hand_in(db, &w.published, m, w.person).await.unwrap();
        assert_eq!(again, id);
        let h = head(db, id).await.unwrap().unwrap();
        assert_eq!((h.state, h.version), (CaseState::New, 2));
        let listed = requests(db, id).await.unwrap();
        assert!(listed[0].answered_at.is_some());
        assert!(listed[0].items[0].done_at.is_some());
        assert!(listed[0].items[1].done_at.is_none());
        assert!(matches!(
            mark_item(db, id, w.person, i1, false).await,
            Err(CaseError::Refused(_))
        ));
        assign(db, id, w.coordinator, w.validator).await.unwrap();
        // The validator hands it back; it is assigned again.
        hand_back(db, id, w.validator, "Fel ämne").await.unwrap();
        assert_eq!(head(db, id).await.unwrap().unwrap().assignee_id, None);
        assign(db, id, w.coordinator, w.validator).await.unwrap();
        // Additions asked by the validator: back to the validator afterwards.
        add_item(db, id, Asking::Validator(w.validator), Target::Case, "Referens", "Namn och telefon")
            .await
            .unwrap();
        send_request(db, id, Asking::Validator(w.validator), "2099-02-01".parse().unwrap())
            .await
            .unwrap();
        hand_in(db, &w.published, m, w.person).await.unwrap();
        let h = head(db, id).await.unwrap().unwrap();
        assert_eq!(
            (h.state, h.version, h.assignee_id),
            (CaseState::Assigned, 3, Some(w.validator))
        );
        w.judge_all(id, Verdict::Met).await;
        let record = version(db, &w.published, id, 3).await.unwrap().unwrap();
        let f = record.frameworks[0].id;
        let concluding = |outcome| Concluding {
            outcomes: vec![FrameworkOutcome {
                framework: f,
                outcome,
                remaining: vec![],
            }],
            statement: "Kursens krav är visade.".into(),
            next_steps: vec![NextStep::Exam],
            next_steps_text: String::new(),
        };
        assert!(matches!(
            conclude(db, &w.published, id, w.validator, &concluding(Outcome::NotMet)).await,
            Err(CaseError::Refused(_))
        ));
        conclude(db, &w.published, id, w.validator, &concluding(Outcome::FullyMet))
            .await
            .unwrap();
        assert_eq!(
            mappings::owner_and_status(db, m).await.unwrap(),
            Some((w.person, MappingStatus::Reviewed))
        );
        let done = conclusion(db, &w.published, id).await.unwrap().unwrap();
        assert_eq!(done.outcomes[0].outcome, Outcome::FullyMet);
        assert!(done.outcomes[0].remaining.is_empty());
        assert_eq!(done.by, "Vera");
        assert_eq!(done.next_steps, [NextStep::Exam]);
        // After the conclusion a judgement changes only with its reason, and the history
        // stays.
        let mut late = JudgementInput {
            criterion: c,
            verdict: Verdict::PartlyMet,
            methods: vec![Method::PracticalTest],
            comment: String::new(),
            reason: String::new(),
        };
        assert!(matches!(
            judge(db, id, w.validator, &late).await,
            Err(CaseError::Refused(_))
        ));
        late.reason = "Nytt prov visade brister".into();
        judge(db, id, w.validator, &late).await.unwrap();
        let history = judgements(db, id).await.unwrap();
        let of_c: Vec<_> = history.iter().filter(|j| j.criterion == c).collect();
        assert_eq!(of_c.len(), 2);
        assert_eq!(of_c[0].verdict, Verdict::Met);
        assert_eq!(of_c[1].reason, "Nytt prov visade brister");
        let done = conclusion(db, &w.published, id).await.unwrap().unwrap();
        assert_eq!(done.outcomes[0].remaining, [c]);
        // "Fully met" no longer fits: the outcome follows, and the trail says so.
        assert_eq!(done.outcomes[0].outcome, Outcome::PartlyMet);
        let trail = trail(db, id).await.unwrap();
        let n = w.criteria(id).await.len();
        let mut want = vec![
            EventKind::HandedIn,
            EventKind::Taken,
            EventKind::Returned,
            EventKind::ItemDone,
            EventKind::ItemDone,
            EventKind::ItemReopened,
            EventKind::HandedIn,
            EventKind::Assigned,
            EventKind::HandedBack,
            EventKind::Assigned,
            EventKind::Returned,
            EventKind::HandedIn,
        ];
        want.extend(std::iter::repeat_n(EventKind::Judged, n));
        want.extend([
            EventKind::Concluded,
            EventKind::Rejudged,
            EventKind::OutcomeChanged,
        ]);
        assert_eq!(kinds(&trail), want);
        assert_eq!(trail[2].detail, "2099-01-01");
        assert_eq!(trail[6].detail, "2");
        assert_eq!((trail[7].actor.as_str(), trail[7].detail.as_str()), ("Cecilia", "Vera"));
        assert_eq!(trail[8].detail, "Fel ämne");
        // Nothing more can happen to a concluded case but judgements with reasons.
        assert!(matches!(
            assign(db, id, w.coordinator, w.validator).await,
            Err(CaseError::Illegal(_))
        ));
        followed_up(&w, m).await;
    }
);

/// The follow-up statistics followed the case of `m` (handed in, returned, assigned and
/// concluded today, outcome partly met after the late judgement), rebuild it the same from the
/// case, and keep its row when the mapping goes.
async fn followed_up(w: &World, m: MappingId) {
    use crate::db::stats::{self, Scope};
    use crate::domain::statistics::{Breakdown, Measure};
    let db = &w.t.db;
    let row = || async {
        sqlx::query_as::<
            _,
            (
                Option<OrganisationId>,
                Option<OrganisationId>,
                String,
                String,
                Option<i64>,
                Option<i64>,
                Option<i64>,
                Option<i64>,
                Option<Outcome>,
            ),
        >(
            "SELECT municipality_id, provider_id, framework, locale, handed_in_day, returned_day,
             assigned_day, concluded_day, outcome FROM stats_mappings",
        )
        .fetch_all(db)
        .await
        .unwrap()
    };
    let today = crate::domain::Day::of(crate::db::now()).number();
    let kept = row().await;
    assert_eq!(
        kept,
        [(
            Some(w.home),
            None,
            "TEST01".into(),
            "sv".into(),
            Some(today),
            Some(today),
            Some(today),
            Some(today),
            Some(Outcome::PartlyMet)
        )]
    );
    let month = crate::domain::Month::of(crate::domain::Day::of(crate::db::now()));
    for measure in Measure::ALL {
        let counts = stats::counts(db, Breakdown::Municipality, *measure, Scope::Region)
            .await
            .unwrap();
        assert_eq!(
            counts.into_iter().collect::<Vec<_>>(),
            [(("LULEA".to_string(), month), 1)],
            "{measure:?}"
        );
        let own = stats::counts(
            db,
            Breakdown::Framework,
            *measure,
            Scope::Municipality(w.home),
        )
        .await
        .unwrap();
        assert_eq!(own.len(), 1);
        let other = stats::counts(
            db,
            Breakdown::Framework,
            *measure,
            Scope::Provider(w.provider),
        )
        .await
        .unwrap();
        assert!(other.is_empty());
    }
    let outcomes = stats::outcomes(db, Scope::Region).await.unwrap();
    assert_eq!(
        outcomes.into_iter().collect::<Vec<_>>(),
        [((("TEST01".to_string(), Outcome::PartlyMet), month), 1)]
    );
    let period = crate::domain::statistics::Period::year_to(month);
    let days = stats::days(
        db,
        crate::domain::statistics::Step::Whole,
        period,
        Scope::Region,
    )
    .await
    .unwrap();
    assert_eq!(days.into_iter().collect::<Vec<_>>(), [(0, 1)]);
    // The counts kept step by step are the counts made again from the rows.
    let counted = || async {
        sqlx::query_as::<_, (String, String, String, String, i64, i64)>(
            "SELECT scope, dimension, measure, unit, month, n FROM stats_counts WHERE n <> 0
             ORDER BY scope, dimension, measure, unit, month",
        )
        .fetch_all(db)
        .await
        .unwrap()
    };
    let kept_counts = counted().await;
    assert!(kept_counts.len() > 50, "{kept_counts:?}");
    let mut conn = db.acquire().await.unwrap();
    stats::rebuild_counts(&mut conn).await.unwrap();
    drop(conn);
    assert_eq!(counted().await, kept_counts);
    // Rebuilt from the case alone, the row is the same, and so are the counts.
    sqlx::query("DELETE FROM stats_mappings")
        .execute(db)
        .await
        .unwrap();
    sqlx::query("DELETE FROM stats_counts")
        .execute(db)
        .await
        .unwrap();
    assert_eq!(stats::adopt(db).await.unwrap(), 1);
    assert_eq!(row().await, kept);
    assert_eq!(counted().await, kept_counts);
    assert_eq!(stats::adopt(db).await.unwrap(), 0);
    // The mapping goes; the figures stay as they were published.
    sqlx::query("DELETE FROM mappings WHERE id = $1")
        .bind(m)
        .execute(db)
        .await
        .unwrap();
    assert_eq!(row().await, kept);
    let orphans: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM stats_mappings WHERE mapping_id IS NULL")
            .fetch_one(db)
            .await
            .unwrap();
    assert_eq!(orphans, 1);
}

db_test!(
    async fn what_was_handed_in_stays_as_it_was_when_the_person_changes_their_file(t) {
        let w = world(t).await;
        let db = &w.t.db;
        let (m, x, e) = w.answered(w.course).await;
        // Not drawn on by any answer: not part of the version.
        let loose = evidence::add(db, w.person, evidence::tests::pdf("Annat"))
            .await
            .unwrap()
            .unwrap();
        let id = hand_in(db, &w.published, m, w.person).await.unwrap();
        let before = version(db, &w.published, id, 1).await.unwrap().unwrap();
        assert_eq!(before.portfolio.len(), 1);
        assert_eq!(
            before.evidence.iter().map(|v| v.id).collect::<Vec<_>>(),
            [e]
        );
        assert!(!before.frameworks[0].sections.is_empty());
        // The person changes the experience and removes the file after handing in.
        let changed = ExperienceInput {
            kind: "work".into(),
            role: "Truckförare".into(),
            start: "2019-01".into(),
            ..Default::default()
        }
        .check()
        .unwrap();
        assert!(experiences::update(db, w.person, x, &changed).await.unwrap());
        assert!(evidence::delete(db, w.person, e).await.unwrap());
        assert!(evidence::delete(db, w.person, loose.id).await.unwrap());
        // Gone from the person's list; the case's version and the file are unchanged.
        assert!(evidence::list(db, w.person).await.unwrap().is_empty());
        let after = version(db, &w.published, id, 1).await.unwrap().unwrap();
        assert_eq!(after, before);
        assert_eq!(after.portfolio[0].experience.role, "Lagerarbetare");
        assert!(evidence::file(db, e).await.unwrap().is_some());
        assert!(evidence::file(db, loose.id).await.unwrap().is_none());
        let holders = holding_evidence(db, e).await.unwrap();
        assert_eq!(holders.len(), 1);
        assert_eq!(holders[0].organisation, w.home);
        // Removing it again finds nothing to remove.
        assert!(!evidence::delete(db, w.person, e).await.unwrap());
        assert!(holding_evidence(db, loose.id).await.unwrap().is_empty());
    }
);

db_test!(
    async fn an_occupation_goes_to_a_provider_that_assesses_it_chosen_when_there_are_several(t) {
        let w = world(t).await;
        let db = &w.t.db;
        let mut occupation = crate::domain::catalogue::tests::content();
        occupation.kind = FrameworkKind::Occupation;
        occupation.code = "OCC01".into();
        frameworks::import(db, &[occupation], "kartla", &mut |_, _| {})
            .await
            .unwrap();
        let occ = frameworks::current_id(db, "OCC01").await.unwrap().unwrap();
        // Nobody assesses it yet: the home municipality is responsible.
        let (m1, _, _) = w.answered(occ).await;
        let id = hand_in(db, &w.published, m1, w.person).await.unwrap();
        assert_eq!(head(db, id).await.unwrap().unwrap().organisation_id, w.home);
        // One provider with a validator listed for it, serving the person's home.
        let pv = someone(db, "pv@x.se", "Per").await;
        role(db, pv, w.provider, Role::Validator).await;
        listed(db, pv, w.provider, &["OCC01"]).await;
        let second = org(db, OrgKind::Provider, "SYD-VAL").await;
        let sv = someone(db, "sv@x.se", "Siv").await;
        role(db, sv, second, Role::Validator).await;
        listed(db, sv, second, &["OCC01"]).await;
        // The second does not serve Luleå: one choice, made for the person.
        let other = someone(db, "p2@x.se", "Ola").await;
        assert!(organisations::set_home(db, other, w.home).await.unwrap());
        let m2 = mappings::start(db, other, occ).await.unwrap();
        let id2 = hand_in(db, &w.published, m2, other).await.unwrap();
        assert_eq!(
            head(db, id2).await.unwrap().unwrap().organisation_id,
            w.provider
        );
        // Serving Luleå too: the person must choose, and nothing is handed in until they do.
        organisations::serve(db, second, w.home).await.unwrap();
        let third = someone(db, "p3@x.se", "Eva").await;
        assert!(organisations::set_home(db, third, w.home).await.unwrap());
        let m3 = mappings::start(db, third, occ).await.unwrap();
        assert!(matches!(
            hand_in(db, &w.published, m3, third).await,
            Err(CaseError::Route(RouteProblem::Choose))
        ));
        assert_eq!(
            mappings::owner_and_status(db, m3).await.unwrap(),
            Some((third, MappingStatus::Draft))
        );
        let d = destination(db, &w.published, m3).await.unwrap().unwrap();
        assert_eq!(d.providers, [w.provider, second]);
        assert_eq!(d.chosen, None);
        assert_eq!(d.route, Err(RouteProblem::Choose));
        choose_provider(db, m3, Some(second)).await.unwrap();
        let id3 = hand_in(db, &w.published, m3, third).await.unwrap();
        let h3 = head(db, id3).await.unwrap().unwrap();
        assert_eq!(h3.organisation_id, second);
        // Its validator is listed there; the first provider's is not theirs to get.
        assert!(matches!(
            assign(db, id3, w.coordinator, pv).await,
            Err(CaseError::NotListed)
        ));
        assign(db, id3, w.coordinator, sv).await.unwrap();
        // Lists: the queue of each organisation, the validator's own, the person's.
        let q = queue(db, Some(&[second])).await.unwrap();
        assert_eq!(q.iter().map(|c| c.id).collect::<Vec<_>>(), [id3]);
        assert_eq!(q[0].assignee_name, "Siv");
        assert_eq!(q[0].framework_codes, ["OCC01"]);
        assert_eq!(
            assigned_to(db, sv, &[second]).await.unwrap()[0].id,
            id3
        );
        assert!(assigned_to(db, sv, &[w.home]).await.unwrap().is_empty());
        assert_eq!(of_owner(db, w.person).await.unwrap()[0].id, id);
        assert_eq!(queue(db, None).await.unwrap().len(), 3);
    }
);

db_test!(
    async fn two_coordinators_taking_one_case_at_once_take_it_once(t) {
        let w = world(t).await;
        let (m, _, _) = w.answered(w.course).await;
        let id = hand_in(&w.t.db, &w.published, m, w.person).await.unwrap();
        let tries: Vec<_> = (0..6)
            .map(|_| {
                let db = w.t.db.clone();
                let c = w.coordinator;
                tokio::spawn(async move { take(&db, id, c).await.is_ok() })
            })
            .collect();
        let mut won = 0;
        for t in tries {
            won += usize::from(t.await.unwrap());
        }
        assert_eq!(won, 1);
        let trail = trail(&w.t.db, id).await.unwrap();
        assert_eq!(kinds(&trail), [EventKind::HandedIn, EventKind::Taken]);
    }
);

db_test!(
    async fn the_directory_lists_only_who_consented_and_still_holds_the_role(t) {
        let w = world(t).await;
        let db = &w.t.db;
        assert!(directory::public(db, None, None).await.unwrap().is_empty());
        let p = directory::Publication {
            listed: true,
            public_email: "vera@lulea.se".into(),
            public_phone: String::new(),
        };
        assert!(directory::set_publication(db, w.validator, w.home, &p)
            .await
            .unwrap());
        assert!(!directory::set_publication(db, w.person, w.home, &p)
            .await
            .unwrap());
        let shown = directory::public(db, Some("TEST01"), Some(w.home))
            .await
            .unwrap();
        assert_eq!(shown.len(), 1);
        assert_eq!(shown[0].name, "Vera");
        assert_eq!(shown[0].frameworks, ["TEST01"]);
        assert_eq!(shown[0].methods, [Method::Interview]);
        assert!(directory::public(db, Some("OCC01"), None)
            .await
            .unwrap()
            .is_empty());
        // A municipality the organisation does not serve.
        let pitea = org(db, OrgKind::Municipality, "PITEA").await;
        assert!(directory::public(db, None, Some(pitea))
            .await
            .unwrap()
            .is_empty());
        organisations::end(db, w.validator, w.home, Role::Validator)
            .await
            .unwrap();
        assert!(directory::public(db, None, None).await.unwrap().is_empty());
        assert_eq!(directory::of_person(db, w.validator).await.unwrap().len(), 1);
    }
);

db_test!(
    async fn a_mapping_handed_in_before_cases_becomes_a_case_once(t) {
        let w = world(t).await;
        let db = &w.t.db;
        let (m, _, _) = w.answered(w.course).await;
        // As an installation from before cases left it: submitted, with its trail, no case.
        sqlx::query("UPDATE mappings SET status = $1 WHERE id = $2")
            .bind(MappingStatus::Submitted)
            .bind(m)
            .execute(db)
            .await
            .unwrap();
        assert_eq!(adopt_handed_in(db).await.unwrap(), 1);
        let h = of_mapping(db, m).await.unwrap().unwrap();
        assert_eq!(
            (h.organisation_id, h.state, h.version),
            (w.home, CaseState::New, 1)
        );
        let v = version(db, &w.published, h.id, 1).await.unwrap().unwrap();
        assert!(!v.answers.is_empty());
        assert_eq!(kinds(&trail(db, h.id).await.unwrap()), [EventKind::HandedIn]);
        // Once only; and a draft is nobody's case.
        assert_eq!(adopt_handed_in(db).await.unwrap(), 0);
        let other = someone(db, "o@x.se", "Olle").await;
        assert!(organisations::set_home(db, other, w.home).await.unwrap());
        let draft = mappings::start(db, other, w.course).await.unwrap();
        assert_eq!(adopt_handed_in(db).await.unwrap(), 0);
        assert!(of_mapping(db, draft).await.unwrap().is_none());
    }
);

db_test!(
    async fn a_replaced_validator_acts_on_nothing_and_nobody_assesses_their_own_case(t) {
        let w = world(t).await;
        let db = &w.t.db;
        let (m, _, _) = w.answered(w.course).await;
        let id = hand_in(db, &w.published, m, w.person).await.unwrap();
        let second = someone(db, "v2@x.se", "Vilma").await;
        role(db, second, w.home, Role::Validator).await;
        listed(db, second, w.home, &["TEST01"]).await;
        assign(db, id, w.coordinator, w.validator).await.unwrap();
        assign(db, id, w.coordinator, second).await.unwrap();
        let c = w.criteria(id).await[0];
        let j = JudgementInput {
            criterion: c,
            verdict: Verdict::Met,
            methods: vec![Method::Interview],
            comment: String::new(),
            reason: String::new(),
        };
        for refused in [
            judge(db, id, w.validator, &j).await,
            hand_back(db, id, w.validator, "x").await,
            add_item(db, id, Asking::Validator(w.validator), Target::Case, "x", "y")
                .await
                .map(|_| ()),
        ] {
            assert!(matches!(refused, Err(CaseError::Refused(_))), "{refused:?}");
        }
        judge(db, id, second, &j).await.unwrap();
        assert_eq!(judgements(db, id).await.unwrap().len(), 1);
        // A validator who is also a participant hands in: their own case is not theirs to
        // assess, even where they are listed.
        assert!(organisations::set_home(db, second, w.home).await.unwrap());
        let own = mappings::start(db, second, w.course).await.unwrap();
        let own_case = hand_in(db, &w.published, own, second).await.unwrap();
        let got = assign(db, own_case, w.coordinator, second).await;
        assert!(matches!(got, Err(CaseError::NotListed)), "{got:?}");
        assign(db, own_case, w.coordinator, w.validator).await.unwrap();
    }
);
