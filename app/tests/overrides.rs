//! An installation's own messages (`KARTLA_LOCALES_DIR`), taken the way the server takes them
//! at start: in this test's own process, before anything is translated.
use kartla_app::i18n::sources::{self, standing, Overrides, Review};
use kartla_app::i18n::{translate, Locale};

#[test]
fn an_installation_improves_messages_and_a_broken_file_keeps_the_built_in_ones() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    };
    write(
        "sv/main.ftl",
        "### Written-by: Norrbottens kommunikatörer\n\napp-name = Kartla Norrbotten\nno-such-key = x\n",
    );
    // A broken file: none of it is used, not even its good first message.
    write("en/main.ftl", "loading = Fetching …\nbroken = { $x\n");
    let overrides = Overrides::read(dir.path());
    assert_eq!(overrides.problems.len(), 2, "{:?}", overrides.problems);
    sources::use_overrides(overrides).unwrap();

    assert_eq!(
        translate(Locale::BASE, "app-name", None),
        "Kartla Norrbotten"
    );
    assert_eq!(
        translate(Locale::ENGLISH, "skip-to-content", None),
        "Skip to content"
    );
    assert_eq!(translate(Locale::ENGLISH, "loading", None), "Loading …");
    assert!(sources::source(Locale::BASE).contains("Kartla Norrbotten"));
    assert!(!sources::source(Locale::ENGLISH).contains("Fetching"));

    // Swedish reworded by the installation, its file silent on review: still an original.
    let sv = standing(Locale::BASE);
    assert_eq!((sv.overridden, sv.missing, sv.unreviewed), (1, 0, 0));
    assert_eq!(sources::overall(Locale::BASE), Review::Original);
    assert_eq!(sv.review, Review::Original);
    assert_eq!(standing(Locale::ENGLISH).overridden, 0);

    // Too late for a second folder: the messages are in use.
    assert!(sources::use_overrides(Overrides::default()).is_err());
}
