use super::*;
use crate::db::{db_test, frameworks::tests::published, mappings, users};
use crate::i18n::Locale;

async fn person(db: &Db, email: &str) -> UserId {
    users::create(db, email, email, "h", Locale::BASE)
        .await
        .unwrap()
        .unwrap()
}

db_test!(
    async fn a_session_is_started_once_joined_by_code_and_ended(t) {
        let db = &t.db;
        let (p, c) = (person(db, "p@x.se").await, person(db, "c@x.se").await);
        let f = published(db).await;
        let m = mappings::start(db, p, f).await.unwrap();
        let id = start(db, m, c).await.unwrap();
        assert_eq!(start(db, m, c).await.unwrap(), id, "one open session per counsellor");
        let s = head(db, id).await.unwrap().unwrap();
        assert!(s.open());
        assert_eq!((s.owner_id, s.counsellor_id), (p, c));
        let code = s.code().expect("a join code");
        assert_eq!(open_by_code(db, &code).await.unwrap().map(|s| s.id), Some(id));
        assert_eq!(open_of(db, p).await.unwrap().len(), 1);
        assert_eq!(open_of(db, c).await.unwrap().len(), 1);
        // Arriving is a step; moving within the session is not.
        assert!(be_at(db, id, p, 1).await.unwrap());
        assert!(!be_at(db, id, p, 1).await.unwrap(), "no move");
        assert!(be_at(db, id, p, 2).await.unwrap());
        assert_eq!(presence(db, id).await.unwrap()[0].1, 2);
        // Direct writing, for the policy.
        assert!(writers(db, m).await.unwrap().is_empty());
        assert!(set_direct_write(db, id, p, true).await.unwrap());
        assert_eq!(writers(db, m).await.unwrap(), [c]);
        assert!(end(db, id, c).await.unwrap());
        assert!(!end(db, id, c).await.unwrap(), "ended once");
        assert!(writers(db, m).await.unwrap().is_empty(), "nobody writes after the end");
        assert!(open_by_code(db, &code).await.unwrap().is_none(), "the code stops working");
        assert!(!set_direct_write(db, id, p, true).await.unwrap());
        let kinds: Vec<_> = trail(db, id, 50)
            .await
            .unwrap()
            .into_iter()
            .map(|s| (s.kind, s.actor_id))
            .collect();
        assert_eq!(
            kinds,
            [
                (SessionEventKind::Ended, c),
                (SessionEventKind::DirectOn, p),
                (SessionEventKind::Joined, p),
                (SessionEventKind::Started, c),
            ]
        );
        // A new session after the end is a new one, with another code.
        let again = start(db, m, c).await.unwrap();
        assert_ne!(again, id);
    }
);

db_test!(
    async fn proposals_wait_for_the_person_and_are_decided_once(t) {
        let db = &t.db;
        let (p, c) = (person(db, "p@x.se").await, person(db, "c@x.se").await);
        let f = published(db).await;
        let m = mappings::start(db, p, f).await.unwrap();
        let record = mappings::load(db, m).await.unwrap().unwrap();
        let cid = record.frameworks[0].sections[0].criteria[0].id;
        let id = start(db, m, c).await.unwrap();
        let three = Rating::try_from(3u8).ok();
        let first = propose(db, id, c, cid, three, false, "first").await.unwrap().unwrap();
        let second = propose(db, id, c, cid, three, false, "second").await.unwrap().unwrap();
        let open = open_proposals(db, id).await.unwrap();
        assert_eq!(open.len(), 1, "a newer proposal replaces the open one");
        assert_eq!((open[0].id, open[0].body.as_str()), (second, "second"));
        assert_eq!(open[0].rating(), three);
        assert!(decide(db, id, first, p, true).await.unwrap().is_none(), "replaced");
        let taken = decide(db, id, second, p, true).await.unwrap().unwrap();
        assert_eq!(taken.criterion_id, cid);
        assert!(decide(db, id, second, p, false).await.unwrap().is_none(), "decided once");
        assert!(open_proposals(db, id).await.unwrap().is_empty());
        // Writing in the answers is a step per run, not per save.
        assert_eq!(wrote(db, m, p, cid).await.unwrap(), [id]);
        wrote(db, m, p, cid).await.unwrap();
        wrote(db, m, c, cid).await.unwrap();
        let steps: Vec<_> = trail(db, id, 50)
            .await
            .unwrap()
            .into_iter()
            .map(|s| (s.kind, s.actor_id))
            .collect();
        assert_eq!(
            steps[..4],
            [
                (SessionEventKind::Wrote, c),
                (SessionEventKind::Wrote, p),
                (SessionEventKind::Accepted, p),
                (SessionEventKind::Proposed, c),
            ]
        );
        // Nothing is proposed in an ended session.
        end(db, id, p).await.unwrap();
        assert!(propose(db, id, c, cid, None, true, "").await.unwrap().is_none());
        assert!(wrote(db, m, p, cid).await.unwrap().is_empty());
    }
);

db_test!(
    async fn notes_are_kept_in_order_with_their_author(t) {
        let db = &t.db;
        let (p, c) = (person(db, "p@x.se").await, person(db, "c@x.se").await);
        let f = published(db).await;
        let m = mappings::start(db, p, f).await.unwrap();
        let id = start(db, m, c).await.unwrap();
        let text = |s: &str| crate::domain::guidance::parse_note(s).unwrap();
        add_note(db, m, Some(id), c, &text("Talked about welding")).await.unwrap();
        add_note(db, m, None, c, &text("Follow up in May")).await.unwrap();
        let notes = notes(db, m).await.unwrap();
        assert_eq!(notes.len(), 2);
        assert_eq!(notes[0].body, "Talked about welding");
        assert_eq!(notes[0].session_id, Some(id));
        assert_eq!(notes[1].author_name, "c@x.se");
        assert_eq!(
            trail(db, id, 1).await.unwrap()[0].kind,
            SessionEventKind::Noted
        );
    }
);
