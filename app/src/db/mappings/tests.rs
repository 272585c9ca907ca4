//! Mappings on both engines: answers, links, the trail, and writers at the same moment.
use super::*;
use crate::db::testing::TestDb;
use crate::db::{db_test, frameworks, frameworks::tests::published, users};
use crate::domain::{EventKind, Goal, KeptReason, MappingStatus, UserId};
use crate::i18n::Locale;

/// A participant living in a municipality, its coordinator, and a mapping of the
/// participant's.
async fn setup(t: TestDb) -> (TestDb, UserId, UserId, crate::domain::MappingId) {
    use crate::db::organisations::{add, give, set_home, Details};
    use crate::domain::{OrgCode, OrgKind, Role};
    let p = users::create(&t.db, "p@x.se", "Pia", "h", Locale::BASE)
        .await
        .unwrap()
        .unwrap();
    let v = users::create(&t.db, "v@x.se", "Vera", "h", Locale::BASE)
        .await
        .unwrap()
        .unwrap();
    let home = add(
        &t.db,
        OrgKind::Municipality,
        &OrgCode::parse("HOME").unwrap(),
        &Details {
            name: "Hem".into(),
            ..Details::default()
        },
    )
    .await
    .unwrap()
    .unwrap();
    assert!(set_home(&t.db, p, home).await.unwrap());
    give(&t.db, v, home, Role::Coordinator)
        .await
        .unwrap()
        .unwrap();
    let fid = published(&t.db).await;
    let m = start(&t.db, p, fid).await.unwrap();
    (t, p, v, m)
}

/// Hand the mapping in.
async fn hand_in(
    db: &crate::db::Db,
    m: crate::domain::MappingId,
    p: UserId,
) -> Result<crate::domain::CaseId, crate::db::cases::CaseError> {
    crate::db::cases::hand_in(db, &crate::db::frameworks::Published::default(), m, p).await
}

/// The coordinator `v` sends the case back with one item to add.
async fn send_back(db: &crate::db::Db, case: crate::domain::CaseId, v: UserId) {
    use crate::db::cases;
    cases::take(db, case, v).await.unwrap();
    cases::add_item(
        db,
        case,
        cases::Asking::Coordinator(v),
        crate::domain::case::Target::Case,
        "Beskriv mer",
        "Text",
    )
    .await
    .unwrap();
    cases::send_request(
        db,
        case,
        cases::Asking::Coordinator(v),
        "2099-01-01".parse().unwrap(),
    )
    .await
    .unwrap();
}

db_test!(
    async fn a_mapping_stays_on_the_version_it_was_started_against(t) {
        let (t, _, _, m) = setup(t).await;
        let v1 = load(&t.db, m).await.unwrap().unwrap().frameworks[0].id;
        let draft = frameworks::draft_for(&t.db, "TEST01").await.unwrap();
        let mut doc = frameworks::load_draft(&t.db, draft)
            .await
            .unwrap()
            .unwrap()
            .doc;
        doc.sections[0].criteria[0]
            .text
            .insert("sv".into(), "Nytt krav".into());
        frameworks::update_draft(&t.db, draft, &doc).await.unwrap();
        frameworks::publish(&t.db, draft).await.unwrap();
        let record = load(&t.db, m).await.unwrap().unwrap();
        assert_eq!(record.frameworks[0].id, v1);
        assert_eq!(record.frameworks[0].version, 1);
        assert_eq!(
            record.frameworks[0].sections[0].criteria[0].text.get("sv"),
            "Kan a"
        );
        // New mappings start on the current version only.
        assert!(!frameworks::is_current(&t.db, v1).await.unwrap());
        assert!(frameworks::is_current(&t.db, draft).await.unwrap());
    }
);

db_test!(
    async fn an_answer_links_only_its_owners_experiences(t) {
        use crate::db::experiences;
        use crate::domain::ExperienceInput;
        let (t, p, v, m) = setup(t).await;
        let exp = |role: &str| {
            ExperienceInput {
                kind: "work".into(),
                role: role.into(),
                start: "2019-01".into(),
                ..Default::default()
            }
            .check()
            .unwrap()
        };
        let own = experiences::create(&t.db, p, &exp("Egen")).await.unwrap();
        let theirs = experiences::create(&t.db, v, &exp("Annans")).await.unwrap();
        let c = load(&t.db, m)
            .await
            .unwrap()
            .unwrap()
            .criteria()
            .next()
            .unwrap()
            .id;
        assert!(save_answers(
            &t.db,
            m,
            &[AnswerWrite::new(
                c,
                Some(Rating::WithSupport),
                AnswerText::default()
            )],
            &[Links {
                criterion: c,
                experiences: vec![own, theirs, 9999],
                evidence: vec![],
            }]
        )
        .await
        .unwrap()
        .is_some());
        let rec = load(&t.db, m).await.unwrap().unwrap();
        assert_eq!(rec.answers[0].experiences, [own]);
        assert_eq!(rec.portfolio.len(), 1, "the owner's portfolio only");
        // Unticking all removes the links; removing an experience removes its links.
        save_answers(
            &t.db,
            m,
            &[],
            &[Links {
                criterion: c,
                experiences: vec![],
                evidence: vec![],
            }],
        )
        .await
        .unwrap();
        assert!(load(&t.db, m).await.unwrap().unwrap().answers[0]
            .experiences
            .is_empty());
        save_answers(
            &t.db,
            m,
            &[],
            &[Links {
                criterion: c,
                experiences: vec![own],
                evidence: vec![],
            }],
        )
        .await
        .unwrap();
        experiences::delete(&t.db, p, own).await.unwrap();
        assert!(load(&t.db, m).await.unwrap().unwrap().answers[0]
            .experiences
            .is_empty());
    }
);

db_test!(
    async fn a_goal_is_kept_on_one_line_and_read_back(t) {
        let (t, _, _, m) = setup(t).await;
        assert!(load(&t.db, m).await.unwrap().unwrap().goal.is_empty());
        let goal = Goal::parse("  Arbeta som\r\nundersköterska  ").unwrap();
        set_goal(&t.db, m, &goal).await.unwrap();
        let rec = load(&t.db, m).await.unwrap().unwrap();
        assert_eq!(rec.goal.as_str(), "Arbeta som undersköterska");
        assert!(Goal::parse(&"x".repeat(crate::domain::mapping::MAX_GOAL_CHARS + 1)).is_err());
    }
);

db_test!(
    async fn starting_twice_gives_the_same_draft(t) {
        let (t, p, _, m) = setup(t).await;
        let fid = load(&t.db, m).await.unwrap().unwrap().frameworks[0].id;
        assert_eq!(start(&t.db, p, fid).await.unwrap(), m);
        assert_eq!(list_for_owner(&t.db, p).await.unwrap().len(), 1);
    }
);

db_test!(
    async fn answers_are_saved_and_overwritten_and_read_back(t) {
        let (t, _, _, m) = setup(t).await;
        let rec = load(&t.db, m).await.unwrap().unwrap();
        let c = rec.frameworks[0].sections[0].criteria[0].id;
        let text = AnswerText::parse("Jag har svetsat i tio år. عملت في ورشة").unwrap();
        assert!(save_answers(
            &t.db,
            m,
            &[AnswerWrite::new(
                c,
                Some(Rating::WithSupport),
                AnswerText::default()
            )],
            &[]
        )
        .await
        .unwrap()
        .is_some());
        assert!(save_answers(
            &t.db,
            m,
            &[AnswerWrite::new(c, Some(Rating::CanTeach), text.clone())],
            &[]
        )
        .await
        .unwrap()
        .is_some());
        let rec = load(&t.db, m).await.unwrap().unwrap();
        assert_eq!(rec.answers.len(), 1);
        assert_eq!(rec.answers[0].rating, Some(Rating::CanTeach));
        assert_eq!(rec.answers[0].text, text);
    }
);

db_test!(
    async fn a_submitted_mapping_refuses_new_answers_until_returned(t) {
        let (t, p, v, m) = setup(t).await;
        let rec = load(&t.db, m).await.unwrap().unwrap();
        let c = rec.frameworks[0].sections[0].criteria[0].id;
        let case = hand_in(&t.db, m, p).await.unwrap();
        assert!(save_answers(
            &t.db,
            m,
            &[AnswerWrite::new(
                c,
                Some(Rating::CanTeach),
                AnswerText::default()
            )],
            &[]
        )
        .await
        .unwrap()
        .is_none());
        send_back(&t.db, case, v).await;
        assert!(save_answers(
            &t.db,
            m,
            &[AnswerWrite::new(
                c,
                Some(Rating::CanTeach),
                AnswerText::default()
            )],
            &[]
        )
        .await
        .unwrap()
        .is_some());
        let rec = load(&t.db, m).await.unwrap().unwrap();
        assert_eq!(rec.status, MappingStatus::Returned);
        let last = rec.events.last().unwrap();
        assert_eq!(
            (last.kind, last.actor.as_str()),
            (EventKind::Returned, "Vera")
        );
    }
);

db_test!(
    async fn rejected_text_is_kept_until_the_answer_is_saved(t) {
        let (t, _, _, m) = setup(t).await;
        let rec = load(&t.db, m).await.unwrap().unwrap();
        let c = rec.frameworks[0].sections[0].criteria[0].id;
        let long = "å".repeat(6000);
        keep_rejected(&t.db, m, KeptReason::TooLong, &[(c, long.clone())])
            .await
            .unwrap();
        assert_eq!(
            rejected(&t.db, m).await.unwrap(),
            vec![(c, long, KeptReason::TooLong)]
        );
        let short = AnswerText::parse("Kortare nu").unwrap();
        save_answers(
            &t.db,
            m,
            &[AnswerWrite::new(c, Some(Rating::CanTeach), short)],
            &[],
        )
        .await
        .unwrap();
        assert!(rejected(&t.db, m).await.unwrap().is_empty());
    }
);

db_test!(
    async fn a_change_made_elsewhere_is_not_overwritten(t) {
        let (t, _, _, m) = setup(t).await;
        let rec = load(&t.db, m).await.unwrap().unwrap();
        let c = rec.frameworks[0].sections[0].criteria[0].id;
        let empty = crate::domain::fingerprint(None, false, "");
        let write = |text: &str, base: &str| AnswerWrite {
            base: Some(base.to_owned()),
            ..AnswerWrite::new(c, Some(Rating::CanTeach), AnswerText::parse(text).unwrap())
        };
        // Tab A saves from the empty answer.
        let a = write("Från flik A", &empty);
        let saved = save_answers(&t.db, m, std::slice::from_ref(&a), &[])
            .await
            .unwrap()
            .unwrap();
        assert!(saved.conflicts.is_empty());
        // Tab B still started from the empty answer: refused, and told what is stored.
        let saved = save_answers(&t.db, m, &[write("Från flik B", &empty)], &[])
            .await
            .unwrap()
            .unwrap();
        assert_eq!(saved.conflicts.len(), 1);
        assert_eq!(saved.conflicts[0].text.as_str(), "Från flik A");
        let rec = load(&t.db, m).await.unwrap().unwrap();
        assert_eq!(rec.answers[0].text.as_str(), "Från flik A");
        // Saying the same as what is stored is no conflict; starting from it neither.
        let same = save_answers(&t.db, m, &[write("Från flik A", &empty)], &[])
            .await
            .unwrap()
            .unwrap();
        assert!(same.conflicts.is_empty());
        let fp = rec.answers[0].fingerprint();
        let next = save_answers(&t.db, m, &[write("Flik B, efter att ha läst A", &fp)], &[])
            .await
            .unwrap()
            .unwrap();
        assert!(next.conflicts.is_empty());
        let rec = load(&t.db, m).await.unwrap().unwrap();
        assert_eq!(rec.answers[0].text.as_str(), "Flik B, efter att ha läst A");
    }
);

db_test!(
    async fn not_relevant_is_stored_without_a_rating(t) {
        let (t, _, _, m) = setup(t).await;
        let rec = load(&t.db, m).await.unwrap().unwrap();
        let c = rec.frameworks[0].sections[0].criteria[0].id;
        let na = AnswerWrite {
            not_relevant: true,
            ..AnswerWrite::new(c, None, AnswerText::default())
        };
        save_answers(&t.db, m, &[na], &[]).await.unwrap().unwrap();
        let rec = load(&t.db, m).await.unwrap().unwrap();
        assert!(rec.answers[0].not_relevant && rec.answers[0].rating.is_none());
        assert!(rec.answers[0].is_answered());
    }
);

db_test!(
    async fn a_double_submit_is_refused_and_leaves_one_event(t) {
        let (t, p, _, m) = setup(t).await;
        hand_in(&t.db, m, p).await.unwrap();
        assert!(matches!(
            hand_in(&t.db, m, p).await,
            Err(crate::db::cases::CaseError::Illegal(_))
        ));
        assert_eq!(load(&t.db, m).await.unwrap().unwrap().events.len(), 1);
    }
);

db_test!(
    async fn a_criterion_of_another_framework_does_not_belong(t) {
        let (t, _, _, m) = setup(t).await;
        assert!(!has_criterion(&t.db, m, CriterionId(999)).await.unwrap());
        let rec = load(&t.db, m).await.unwrap().unwrap();
        assert!(
            has_criterion(&t.db, m, rec.frameworks[0].sections[1].criteria[0].id)
                .await
                .unwrap()
        );
    }
);

db_test!(
    async fn starting_at_once_from_two_servers_gives_one_draft(t) {
        let (t, p, _, m) = setup(t).await;
        let fid = load(&t.db, m).await.unwrap().unwrap().frameworks[0].id;
        // A second person, so the race is on a framework nobody has started yet.
        let q = users::create(&t.db, "q@x.se", "Q", "h", Locale::BASE)
            .await
            .unwrap()
            .unwrap();
        let other = t.second_pool().await;
        let starts = (0..8).map(|i| {
            let db = if i % 2 == 0 { t.db.clone() } else { other.clone() };
            async move { start(&db, q, fid).await.unwrap() }
        });
        let ids = futures::future::join_all(starts).await;
        assert!(ids.iter().all(|id| *id == ids[0]), "{ids:?}");
        assert_eq!(list_for_owner(&t.db, q).await.unwrap().len(), 1);
        assert_eq!(list_for_owner(&t.db, p).await.unwrap().len(), 1);
    }
);

db_test!(
    async fn a_submit_and_saves_at_once_leave_one_event_and_no_late_answer(t) {
        let (t, p, _, m) = setup(t).await;
        let c = load(&t.db, m).await.unwrap().unwrap().frameworks[0].sections[0].criteria[0].id;
        let submit = {
            let db = t.db.clone();
            async move { hand_in(&db, m, p).await.is_ok() }
        };
        let saves = (0..6).map(|i| {
            let db = t.db.clone();
            async move {
                let text = AnswerText::parse(&format!("Svar {i}")).unwrap();
                save_answers(&db, m, &[AnswerWrite::new(c, Some(Rating::CanTeach), text)], &[])
                    .await
                    .unwrap()
                    .is_some()
            }
        });
        let (submitted, saved) =
            futures::future::join(submit, futures::future::join_all(saves)).await;
        assert!(submitted);
        let rec = load(&t.db, m).await.unwrap().unwrap();
        assert_eq!(rec.events.len(), 1);
        assert_eq!(rec.status, MappingStatus::Submitted);
        // Whatever was acknowledged before the submit is what was handed in.
        if saved.iter().any(|s| *s) {
            assert_eq!(rec.answers.len(), 1);
        } else {
            assert!(rec.answers.is_empty());
        }
        // And the version the case holds is exactly that.
        let case = crate::db::cases::of_mapping(&t.db, m).await.unwrap().unwrap();
        let version = crate::db::cases::version(
            &t.db,
            &crate::db::frameworks::Published::default(),
            case.id,
            1,
        )
        .await
        .unwrap()
        .unwrap();
        assert_eq!(version.answers, rec.answers);
    }
);

db_test!(
    async fn a_stored_answer_and_goal_longer_than_todays_limit_are_read_back_whole(t) {
        let (t, _, _, m) = setup(t).await;
        let c = load(&t.db, m).await.unwrap().unwrap().frameworks[0].sections[0].criteria[0].id;
        let long_answer = "å".repeat(crate::domain::mapping::MAX_ANSWER_CHARS + 10);
        let long_goal = "mål ".repeat(crate::domain::mapping::MAX_GOAL_CHARS);
        sqlx::query(
            "INSERT INTO answers (mapping_id, criterion_id, rating, not_relevant, evidence_missing, body, updated_at)
             VALUES ($1, $2, NULL, $3, $3, $4, $5)",
        )
        .bind(m)
        .bind(c)
        .bind(false)
        .bind(&long_answer)
        .bind(crate::db::now())
        .execute(&t.db)
        .await
        .unwrap();
        sqlx::query("UPDATE mappings SET goal = $1 WHERE id = $2")
            .bind(&long_goal)
            .bind(m)
            .execute(&t.db)
            .await
            .unwrap();
        let rec = load(&t.db, m).await.unwrap().unwrap();
        assert_eq!(rec.answers[0].text.as_str(), long_answer);
        assert_eq!(rec.goal.as_str(), long_goal);
    }
);

db_test!(
    async fn one_section_reads_only_its_own_answers_and_links(t) {
        use crate::db::experiences;
        use crate::domain::ExperienceInput;
        let (t, p, _, m) = setup(t).await;
        let head = head(&t.db, m).await.unwrap().unwrap();
        assert_eq!((head.owner, head.status), (p, MappingStatus::Draft));
        let rec = load(&t.db, m).await.unwrap().unwrap();
        assert_eq!(head.frameworks, [rec.frameworks[0].id]);
        assert_eq!(super::head(&t.db, crate::domain::MappingId(9999)).await.unwrap(), None);
        let sections = &rec.frameworks[0].sections;
        let (first, second) = (&sections[0], &sections[1]);
        let experience = ExperienceInput {
            kind: "work".into(),
            role: "Lagerarbetare".into(),
            start: "2019-01".into(),
            ..Default::default()
        }
        .check()
        .unwrap();
        let own = experiences::create(&t.db, p, &experience).await.unwrap();
        let other = experiences::create(&t.db, p, &experience).await.unwrap();
        let evidence = |title: &str, experiences: Vec<i64>| crate::db::evidence::NewEvidence {
            experiences,
            ..crate::db::evidence::tests::pdf(title)
        };
        let add = |e| crate::db::evidence::add(&t.db, p, e);
        let e1 = add(evidence("ett", vec![other, own])).await.unwrap().unwrap();
        let e2 = add(evidence("två", vec![])).await.unwrap().unwrap();
        let listed = crate::db::evidence::list(&t.db, p).await.unwrap();
        assert_eq!(
            listed.iter().map(|e| (e.number, e.experiences.clone())).collect::<Vec<_>>(),
            [(1, vec![own, other]), (2, vec![])],
            "each piece once, with its links"
        );
        let (a, b) = (first.criteria[0].id, second.criteria[0].id);
        save_answers(
            &t.db,
            m,
            &[
                AnswerWrite::new(a, Some(Rating::WithSupport), AnswerText::default()),
                AnswerWrite::new(b, Some(Rating::CanTeach), AnswerText::default()),
            ],
            &[Links {
                criterion: b,
                experiences: vec![other, own],
                evidence: vec![e2.id, e1.id],
            }],
        )
        .await
        .unwrap()
        .unwrap();
        let mut conn = t.db.acquire().await.unwrap();
        let in_first = section_answers(&mut conn, m, first.id).await.unwrap();
        let in_second = section_answers(&mut conn, m, second.id).await.unwrap();
        drop(conn);
        assert_eq!(in_first.len(), 1);
        assert_eq!((in_first[0].criterion_id, in_first[0].experiences.len()), (a, 0));
        assert_eq!(in_second.len(), 1);
        assert_eq!(
            (in_second[0].criterion_id, &in_second[0].experiences, &in_second[0].evidence),
            (b, &vec![own, other], &vec![e1.id, e2.id]),
            "experiences in order of creation, evidence in order of number"
        );
        // The same answers as the whole mapping holds.
        assert_eq!([in_first, in_second].concat(), rec_answers(&t, m).await);
    }
);

async fn rec_answers(t: &TestDb, m: crate::domain::MappingId) -> Vec<crate::domain::Answer> {
    load(&t.db, m).await.unwrap().unwrap().answers
}

db_test!(
    async fn a_write_that_leaves_no_evidence_open_keeps_what_is_stored(t) {
        let (t, _, _, m) = setup(t).await;
        let rec = load(&t.db, m).await.unwrap().unwrap();
        let c = rec.frameworks[0].sections[0].criteria[0].id;
        let text = |s: &str| AnswerText::parse(s).unwrap();
        let mine = AnswerWrite {
            evidence_missing: Some(true),
            ..AnswerWrite::new(c, Some(Rating::CanTeach), text("Mitt svar"))
        };
        save_answers(&t.db, m, &[mine], &[]).await.unwrap().unwrap();
        // A counsellor writing in a session: the choice and the text, nothing else.
        let theirs = AnswerWrite {
            evidence_missing: None,
            ..AnswerWrite::new(c, Some(Rating::Independently), text("Vägledarens förslag"))
        };
        save_answers(&t.db, m, &[theirs], &[]).await.unwrap().unwrap();
        let rec = load(&t.db, m).await.unwrap().unwrap();
        assert!(rec.answers[0].evidence_missing, "not blanked");
        assert_eq!(rec.answers[0].text.as_str(), "Vägledarens förslag");
    }
);
