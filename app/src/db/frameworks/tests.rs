//! The catalogue on both engines: versions, drafts, the database's own refusal to change a
//! published version, and writers at the same moment.
use super::*;
use crate::db::db_test;
use crate::domain::catalogue::tests::{content, lt};
use crate::domain::DraftDoc;
use std::collections::BTreeMap;

pub async fn published(db: &Db) -> FrameworkId {
    import(db, &[content()], "kartla", &mut |_, _| {})
        .await
        .unwrap();
    current_id(db, "TEST01").await.unwrap().unwrap()
}

db_test!(
    async fn a_framework_reads_back_as_it_was_written(t) {
        let id = published(&t.db).await;
        let f = &load_many(&t.db, &[id]).await.unwrap()[0];
        assert_eq!(f.code, "TEST01");
        assert_eq!(f.version, 1);
        assert_eq!(f.status, VersionStatus::Published);
        assert_eq!(f.content(), content());
        let codes: Vec<_> = f.criteria().map(|c| c.code.as_str()).collect();
        assert_eq!(codes, ["1.1", "1.2", "2.1"]);
    }
);

db_test!(
    async fn importing_the_same_content_twice_writes_nothing(t) {
        let mut ticks = vec![];
        let first = import(&t.db, &[content()], "kartla", &mut |d, n| ticks.push((d, n)))
            .await
            .unwrap();
        assert_eq!(first, [Planned::New]);
        assert_eq!(ticks, [(1, 1)]);
        let again = import(&t.db, &[content()], "kartla", &mut |_, _| {})
            .await
            .unwrap();
        assert_eq!(again, [Planned::Unchanged { version: 1 }]);
        assert_eq!(list_versions(&t.db).await.unwrap().len(), 1);
    }
);

db_test!(
    async fn changed_content_makes_the_next_version_and_the_old_one_stays(t) {
        let v1 = published(&t.db).await;
        let mut changed = content();
        changed.sections[1].criteria[0].text = lt(&[("sv", "Kan c bättre")]);
        assert_eq!(
            plan(&t.db, std::slice::from_ref(&changed)).await.unwrap(),
            [Planned::NewVersion { version: 2 }]
        );
        import(&t.db, &[changed], "kartla", &mut |_, _| {})
            .await
            .unwrap();
        let list = list_current(&t.db).await.unwrap();
        assert_eq!(list.len(), 1);
        assert_eq!(list[0].version, 2);
        assert_eq!(list[0].criteria, 3);
        let old = &load_many(&t.db, &[v1]).await.unwrap()[0];
        assert_eq!(old.sections[1].criteria[0].text.get("sv"), "Kan c");
    }
);

db_test!(
    async fn the_database_refuses_to_change_a_published_version(t) {
        let id = published(&t.db).await;
        for sql in [
            "UPDATE frameworks SET title = '{\"sv\":\"x\"}' WHERE id = $1",
            "UPDATE frameworks SET status = 'draft' WHERE id = $1",
            "DELETE FROM frameworks WHERE id = $1",
            "UPDATE sections SET title = '{\"sv\":\"x\"}' WHERE framework_id = $1",
            "DELETE FROM sections WHERE framework_id = $1",
            "INSERT INTO sections (framework_id, position, title) VALUES ($1, 99, '{\"sv\":\"x\"}')",
            "UPDATE criteria SET body = '{\"sv\":\"x\"}' WHERE section_id IN (SELECT id FROM sections WHERE framework_id = $1)",
            "DELETE FROM criteria WHERE section_id IN (SELECT id FROM sections WHERE framework_id = $1)",
            "INSERT INTO criteria (section_id, position, code, body) SELECT id, 99, 'x', '{\"sv\":\"x\"}' FROM sections WHERE framework_id = $1",
        ] {
            let err = sqlx::query(sql).bind(id).execute(&t.db).await;
            let Err(err) = err else {
                panic!("{sql} went through on {:?}", t.engine);
            };
            assert!(
                err.to_string().contains("a published framework version cannot"),
                "{sql} was refused for another reason: {err}"
            );
        }
        assert_eq!(
            load_many(&t.db, &[id]).await.unwrap()[0].content(),
            content()
        );
        assert!(matches!(
            update_draft(&t.db, id, &DraftDoc::from_content(&content())).await,
            Err(CatalogueError::NotADraft)
        ));
        assert!(matches!(
            discard_draft(&t.db, id).await,
            Err(CatalogueError::NotADraft)
        ));
    }
);

db_test!(
    async fn editing_a_published_framework_starts_a_draft_of_the_next_version(t) {
        let v1 = published(&t.db).await;
        let draft = draft_for(&t.db, "TEST01").await.unwrap();
        assert_ne!(draft, v1);
        assert_eq!(
            draft_for(&t.db, "TEST01").await.unwrap(),
            draft,
            "one draft"
        );
        let mut doc = load_draft(&t.db, draft).await.unwrap().unwrap().doc;
        assert_eq!(
            doc.to_content().unwrap(),
            content(),
            "the draft starts as the current version"
        );
        doc.title.insert("sv".into(), "Ny titel".into());
        update_draft(&t.db, draft, &doc).await.unwrap();
        // The catalogue still shows version 1 until the draft is published.
        assert_eq!(list_current(&t.db).await.unwrap()[0].version, 1);
        assert!(!is_published(&t.db, draft).await.unwrap());
        // An import meanwhile is refused rather than racing the editor.
        assert!(matches!(
            import(&t.db, &[content()], "kartla", &mut |_, _| {}).await,
            Err(CatalogueError::DraftInTheWay { version: 2, .. })
        ));
        publish(&t.db, draft).await.unwrap();
        let now = list_current(&t.db).await.unwrap();
        assert_eq!((now[0].version, now[0].title.get("sv")), (2, "Ny titel"));
        assert_eq!(now[0].criteria, 3);
        assert!(matches!(
            publish(&t.db, draft).await,
            Err(CatalogueError::NotADraft)
        ));
        assert!(load_draft(&t.db, draft).await.unwrap().is_none());
        assert_eq!(
            load_many(&t.db, &[v1]).await.unwrap()[0].title.get("sv"),
            "Testkurs"
        );
        // Re-importing the published content of version 2 changes nothing.
        let v2 = load_many(&t.db, &[draft]).await.unwrap()[0].content();
        assert_eq!(
            import(&t.db, &[v2], "kartla", &mut |_, _| {})
                .await
                .unwrap(),
            [Planned::Unchanged { version: 2 }]
        );
    }
);

fn new_course(code: &str) -> DraftDoc {
    DraftDoc::new(
        crate::domain::FrameworkKind::Course,
        code.into(),
        BTreeMap::from([("sv".into(), "Ny kurs".into())]),
    )
}

db_test!(
    async fn a_draft_keeps_blanks_and_publishing_names_them(t) {
        let doc = new_course("NY01");
        let id = create_draft(&t.db, &doc).await.unwrap();
        assert!(matches!(
            create_draft(&t.db, &doc).await,
            Err(CatalogueError::CodeTaken)
        ));
        let mut bad_code = doc.clone();
        bad_code.code = "med mellanslag".into();
        assert!(matches!(
            create_draft(&t.db, &bad_code).await,
            Err(CatalogueError::Invalid(_))
        ));
        // The blank criterion is kept as it is.
        assert_eq!(load_draft(&t.db, id).await.unwrap().unwrap().doc, doc);
        let Err(CatalogueError::Invalid(problems)) = publish(&t.db, id).await else {
            panic!("a blank draft published");
        };
        let fields: Vec<_> = problems.iter().map(|p| p.path.as_str()).collect();
        assert_eq!(fields, ["section-0-title-sv", "criterion-0-0-text-sv"]);
        // Drafts are not in the public catalogue, and can be thrown away.
        assert!(list_current(&t.db).await.unwrap().is_empty());
        assert_eq!(
            list_versions(&t.db).await.unwrap()[0].title.get("sv"),
            "Ny kurs"
        );
        discard_draft(&t.db, id).await.unwrap();
        assert!(list_versions(&t.db).await.unwrap().is_empty());
    }
);

db_test!(
    async fn a_stored_draft_that_no_longer_reads_is_an_error_not_a_blank(t) {
        let id = create_draft(&t.db, &new_course("NY02")).await.unwrap();
        sqlx::query("UPDATE frameworks SET draft_doc = $1 WHERE id = $2")
            .bind("{\"kind\": \"course\", \"no longer\": \"the shape\"}")
            .bind(id)
            .execute(&t.db)
            .await
            .unwrap();
        assert!(load_draft(&t.db, id).await.is_err());
    }
);

db_test!(
    async fn summaries_carry_the_complete_languages(t) {
        published(&t.db).await;
        let list = list_versions(&t.db).await.unwrap();
        assert_eq!(list[0].languages, ["sv"]);
        assert!(list[0].published_at.is_some());
    }
);

db_test!(
    async fn editors_asking_for_a_draft_at_once_get_the_same_one(t) {
        published(&t.db).await;
        let asks = (0..6).map(|_| {
            let db = t.db.clone();
            async move { draft_for(&db, "TEST01").await.unwrap() }
        });
        let drafts = futures::future::join_all(asks).await;
        assert!(drafts.iter().all(|d| *d == drafts[0]), "{drafts:?}");
        assert_eq!(list_versions(&t.db).await.unwrap().len(), 2);
    }
);

db_test!(
    async fn one_new_code_created_at_once_by_several_is_created_once(t) {
        let tries = (0..6).map(|_| {
            let db = t.db.clone();
            async move { create_draft(&db, &new_course("NY03")).await }
        });
        let done = futures::future::join_all(tries).await;
        assert_eq!(done.iter().filter(|r| r.is_ok()).count(), 1);
        assert!(done
            .iter()
            .all(|r| matches!(r, Ok(_) | Err(CatalogueError::CodeTaken))));
    }
);

db_test!(
    async fn the_same_import_run_at_once_writes_one_version(t) {
        let runs = (0..4).map(|_| {
            let db = t.db.clone();
            async move {
                import(&db, &[content()], "kartla", &mut |_, _| {})
                    .await
                    .unwrap()
            }
        });
        let mut plans = futures::future::join_all(runs).await;
        plans.sort_by_key(|p| format!("{p:?}"));
        assert_eq!(plans[0], [Planned::New]);
        assert!(plans[1..]
            .iter()
            .all(|p| *p == [Planned::Unchanged { version: 1 }]));
        assert_eq!(list_versions(&t.db).await.unwrap().len(), 1);
    }
);

db_test!(
    async fn published_versions_are_kept_in_memory_and_drafts_are_not(t) {
        let kept = Published::default();
        let v1 = published(&t.db).await;
        let draft = draft_for(&t.db, "TEST01").await.unwrap();
        let mut conn = t.db.acquire().await.unwrap();
        let both = kept
            .get(&mut conn, &[draft, v1, FrameworkId(9999)])
            .await
            .unwrap();
        assert_eq!(
            both.iter().map(|f| f.id).collect::<Vec<_>>(),
            [draft, v1],
            "in the order asked, unknown ids left out"
        );
        assert_eq!(kept.len(), 1, "only the published version is kept");
        // The draft changes and is read afresh; the published version is the same one.
        let mut doc = load_draft(&t.db, draft).await.unwrap().unwrap().doc;
        doc.title.insert("sv".into(), "Ny titel".into());
        update_draft(&t.db, draft, &doc).await.unwrap();
        let again = kept.get(&mut conn, &[v1, draft]).await.unwrap();
        assert!(std::sync::Arc::ptr_eq(&again[0], &both[1]));
        assert_eq!(again[1].title.get("sv"), "Ny titel");
        assert_eq!(*again[0], load_many(&t.db, &[v1]).await.unwrap()[0]);
    }
);
