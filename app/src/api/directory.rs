//! The directory of who assesses what: the public page (only people who consented), the
//! administrators' upkeep of what their people assess, and each person's own choice to be
//! listed and with which contact details.
use crate::domain::case::Method;
use crate::domain::{OrgKind, OrganisationId, UserId};
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A framework as the directory names it: its code and title in the reader's language.
pub type Named = (String, String);

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ListedPerson {
    pub name: String,
    pub frameworks: Vec<Named>,
    pub languages: Vec<String>,
    pub methods: Vec<Method>,
    pub email: String,
    pub phone: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ListedOrganisation {
    pub id: OrganisationId,
    pub name: String,
    pub kind: OrgKind,
    pub email: String,
    pub phone: String,
    /// The municipalities it assesses for, by name; empty for the region's office (all).
    pub serves: Vec<String>,
    pub people: Vec<ListedPerson>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DirectoryView {
    pub q: String,
    pub municipality: Option<OrganisationId>,
    pub municipalities: Vec<(OrganisationId, String)>,
    pub organisations: Vec<ListedOrganisation>,
}

/// The public directory, narrowed to a course or occupation (by code or words of its title)
/// and to the organisations serving a municipality. Public on purpose: it shows only people
/// who chose to be listed, with the contact details they chose.
#[server(prefix = "/api", endpoint = "directory")]
pub async fn directory(
    q: Option<String>,
    municipality: Option<String>,
) -> Result<DirectoryView, AppError> {
    use crate::db::{directory, frameworks, organisations};
    let st = crate::auth::state()?;
    let lang = crate::auth::request_locale();
    let q: String = q.unwrap_or_default().trim().chars().take(100).collect();
    let municipality: Option<OrganisationId> = municipality
        .as_deref()
        .filter(|m| !m.is_empty())
        .and_then(|m| m.parse().ok());
    let catalogue = frameworks::list_current(&st.db).await?;
    let title_of = |code: &str| {
        catalogue
            .iter()
            .find(|f| f.code == code)
            .map(|f| f.title.get(lang.tag()).to_owned())
            .unwrap_or_else(|| code.to_owned())
    };
    // The codes the words point to: a code, or words of a title in any language.
    let wanted: Option<Vec<String>> = (!q.is_empty()).then(|| {
        let needle = q.to_lowercase();
        catalogue
            .iter()
            .filter(|f| {
                f.code.to_lowercase().contains(&needle)
                    || f.title
                        .languages()
                        .any(|l| f.title.get(l).to_lowercase().contains(&needle))
            })
            .map(|f| f.code.clone())
            .collect()
    });
    let mut entries = directory::public(&st.db, None, municipality).await?;
    if let Some(codes) = &wanted {
        entries.retain(|e| e.frameworks.iter().any(|f| codes.contains(f)));
    }
    let all = organisations::list(&st.db).await?;
    let serves = organisations::serves(&st.db).await?;
    let name_of = |id: OrganisationId| {
        all.iter()
            .find(|o| o.id == id)
            .map(|o| o.name.clone())
            .unwrap_or_default()
    };
    let mut out: Vec<ListedOrganisation> = vec![];
    for e in entries {
        let person = ListedPerson {
            name: e.name,
            frameworks: e
                .frameworks
                .iter()
                .map(|c| (c.clone(), title_of(c)))
                .collect(),
            languages: e.languages,
            methods: e.methods,
            email: e.public_email,
            phone: e.public_phone,
        };
        match out.iter_mut().find(|o| o.id == e.organisation) {
            Some(o) => o.people.push(person),
            None => {
                let Some(org) = all.iter().find(|o| o.id == e.organisation) else {
                    continue;
                };
                let serves = match org.kind {
                    OrgKind::Region => vec![],
                    OrgKind::Municipality => vec![org.name.clone()],
                    OrgKind::Provider => serves
                        .iter()
                        .filter(|(o, _)| *o == org.id)
                        .map(|(_, m)| name_of(*m))
                        .collect(),
                };
                out.push(ListedOrganisation {
                    id: org.id,
                    name: org.name.clone(),
                    kind: org.kind,
                    email: org.email.clone(),
                    phone: org.phone.clone(),
                    serves,
                    people: vec![person],
                });
            }
        }
    }
    let municipalities = all
        .iter()
        .filter(|o| o.kind == OrgKind::Municipality)
        .map(|o| (o.id, o.name.clone()))
        .collect();
    Ok(DirectoryView {
        q,
        municipality,
        municipalities,
        organisations: out,
    })
}

/// One of an organisation's people, with what they assess there.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StaffEntry {
    pub user: UserId,
    pub name: String,
    pub organisation: OrganisationId,
    pub organisation_name: String,
    pub frameworks: Vec<String>,
    pub languages: Vec<String>,
    pub methods: Vec<Method>,
    pub listed: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AdminDirectoryView {
    pub staff: Vec<StaffEntry>,
    /// Every course and occupation of the catalogue, to tick.
    pub frameworks: Vec<Named>,
}

/// The administrators' page: what the people of their organisations assess.
#[server(prefix = "/api", endpoint = "admin_directory")]
pub async fn admin_directory() -> Result<AdminDirectoryView, AppError> {
    use crate::db::{directory, frameworks, organisations};
    use crate::domain::policy::{Action, Kind};
    use crate::domain::Role;
    let (_, scope) = crate::access::require_reach(Kind::DirectoryEntry, Action::Edit).await?;
    let st = crate::auth::state()?;
    let lang = crate::auth::request_locale();
    let reaches = |org: OrganisationId| scope.all || scope.organisations.contains(&org);
    let entries = directory::of_organisations(&st.db, None).await?;
    let names = organisations::list(&st.db).await?;
    let mut staff: Vec<StaffEntry> = vec![];
    for m in organisations::staff(&st.db).await? {
        let assesses = matches!(
            m.role,
            Role::Validator | Role::Coordinator | Role::Counsellor
        );
        if !assesses || !reaches(m.organisation_id) {
            continue;
        }
        if staff
            .iter()
            .any(|s| s.user == m.user_id && s.organisation == m.organisation_id)
        {
            continue;
        }
        let entry = entries
            .iter()
            .find(|e| e.user == m.user_id && e.organisation == m.organisation_id);
        staff.push(StaffEntry {
            user: m.user_id,
            name: m.name,
            organisation: m.organisation_id,
            organisation_name: names
                .iter()
                .find(|o| o.id == m.organisation_id)
                .map(|o| o.name.clone())
                .unwrap_or_default(),
            frameworks: entry.map(|e| e.frameworks.clone()).unwrap_or_default(),
            languages: entry.map(|e| e.languages.clone()).unwrap_or_default(),
            methods: entry.map(|e| e.methods.clone()).unwrap_or_default(),
            listed: entry.is_some_and(|e| e.listed),
        });
    }
    let frameworks = frameworks::list_current(&st.db)
        .await?
        .into_iter()
        .map(|f| (f.code.clone(), f.title.get(lang.tag()).to_owned()))
        .collect();
    Ok(AdminDirectoryView { staff, frameworks })
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct AssessesInput {
    pub user: String,
    pub organisation: String,
    /// Each ticked framework as `frameworks[CODE]=on`.
    #[serde(default)]
    pub frameworks: BTreeMap<String, String>,
    /// Language tags, separated by commas or spaces ("sv, ar, ti").
    #[serde(default)]
    pub languages: String,
    /// Each ticked method as `methods[NAME]=on`.
    #[serde(default)]
    pub methods: BTreeMap<String, String>,
}

/// At most this many languages per person.
pub const MAX_LANGUAGES: usize = 12;

/// Language tags as typed: lower-case letters (2 to 3), optionally a region or script after a
/// hyphen; at most [`MAX_LANGUAGES`]. `None` when any is not a tag.
pub fn language_tags(raw: &str) -> Option<Vec<String>> {
    let mut tags: Vec<String> = vec![];
    for t in raw.split([',', ' ', ';']).filter(|t| !t.is_empty()) {
        let t = t.to_lowercase();
        let mut parts = t.split('-');
        let lang = parts.next().unwrap_or_default();
        let ok_lang = (2..=3).contains(&lang.len()) && lang.chars().all(|c| c.is_ascii_lowercase());
        let ok_rest = parts
            .all(|p| (2..=4).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()));
        if !ok_lang || !ok_rest {
            return None;
        }
        if !tags.contains(&t) {
            tags.push(t);
        }
    }
    (tags.len() <= MAX_LANGUAGES).then_some(tags)
}

/// An administrator sets what one of their organisation's people assesses.
#[server(prefix = "/api", endpoint = "set_assesses")]
pub async fn set_assesses(input: AssessesInput) -> Result<(), AppError> {
    use crate::db::{directory, frameworks, organisations};
    use crate::domain::policy::{Action, Facts, Kind};
    use crate::domain::Role;
    let user: UserId = input.user.parse().map_err(|_| AppError::BadRequest)?;
    let organisation: OrganisationId = input
        .organisation
        .parse()
        .map_err(|_| AppError::BadRequest)?;
    let methods: Vec<Method> = input
        .methods
        .keys()
        .map(|m| m.parse().map_err(|_| AppError::BadRequest))
        .collect::<Result<_, _>>()?;
    let languages = language_tags(&input.languages)
        .ok_or_else(|| AppError::field("languages", "bad-language-tags"))?;
    let admin = crate::auth::require_user().await?;
    let facts = Facts {
        organisation: Some(organisation),
        ..Facts::default()
    };
    crate::access::check(&admin, Kind::DirectoryEntry, Action::Edit, &facts)?;
    let st = crate::auth::state()?;
    // Only someone who works there, in a role that assesses or advises.
    let works_there = organisations::staff(&st.db).await?.into_iter().any(|m| {
        m.user_id == user
            && m.organisation_id == organisation
            && matches!(
                m.role,
                Role::Validator | Role::Coordinator | Role::Counsellor
            )
    });
    if !works_there {
        return Err(AppError::NotFound);
    }
    let known: Vec<String> = frameworks::list_current(&st.db)
        .await?
        .into_iter()
        .map(|f| f.code)
        .collect();
    let frameworks: Vec<String> = input.frameworks.keys().cloned().collect();
    if frameworks.iter().any(|c| !known.contains(c)) {
        return Err(AppError::BadRequest);
    }
    let what = directory::Assesses {
        frameworks,
        languages,
        methods,
    };
    directory::set_assesses(&st.db, user, organisation, &what).await?;
    leptos_axum::redirect(&format!(
        "/admin/directory?saved=1#entry-{user}-{organisation}"
    ));
    Ok(())
}

/// One of the person's own entries, for their account page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OwnListing {
    pub organisation: OrganisationId,
    pub organisation_name: String,
    pub frameworks: Vec<String>,
    pub listed: bool,
    pub email: String,
    pub phone: String,
}

/// The signed-in person's own entries in the directory.
#[server(prefix = "/api", endpoint = "my_listings")]
pub async fn my_listings() -> Result<Vec<OwnListing>, AppError> {
    let user = crate::auth::require_user().await?;
    let st = crate::auth::state()?;
    Ok(crate::db::directory::of_person(&st.db, user.id)
        .await?
        .into_iter()
        .map(|e| OwnListing {
            organisation: e.organisation,
            organisation_name: e.organisation_name,
            frameworks: e.frameworks,
            listed: e.listed,
            email: e.public_email,
            phone: e.public_phone,
        })
        .collect())
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListingInput {
    pub organisation: String,
    /// `on` when ticked.
    #[serde(default)]
    pub listed: Option<String>,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub phone: String,
}

/// The person decides whether they are shown in the public directory, and with what.
#[server(prefix = "/api", endpoint = "set_listing")]
pub async fn set_listing(input: ListingInput) -> Result<(), AppError> {
    use crate::domain::policy::{Action, Facts, Kind};
    let organisation: OrganisationId = input
        .organisation
        .parse()
        .map_err(|_| AppError::BadRequest)?;
    let mut errors = vec![];
    let (email, phone) =
        super::admin_people::checked_contact(&input.email, &input.phone, &mut errors);
    if !errors.is_empty() {
        return Err(AppError::Validation(errors));
    }
    let user = crate::auth::require_user().await?;
    let facts = Facts {
        person: Some(user.id),
        ..Facts::default()
    };
    crate::access::check(&user, Kind::DirectoryEntry, Action::Edit, &facts)?;
    let st = crate::auth::state()?;
    let p = crate::db::directory::Publication {
        listed: input.listed.is_some(),
        public_email: email,
        public_phone: phone,
    };
    if !crate::db::directory::set_publication(&st.db, user.id, organisation, &p).await? {
        return Err(AppError::NotFound);
    }
    leptos_axum::redirect("/account?saved=listing#listing");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_tags_are_read_and_anything_else_refused() {
        assert_eq!(
            language_tags("sv, AR ti;fa-AF sv").unwrap(),
            ["sv", "ar", "ti", "fa-af"]
        );
        assert_eq!(language_tags("").unwrap(), Vec::<String>::new());
        for bad in ["svenska", "s", "sv-", "<b>", "sv-toolong"] {
            assert_eq!(language_tags(bad), None, "{bad}");
        }
        let many = [
            "aa", "ab", "ac", "ad", "ae", "af", "ag", "ah", "ai", "aj", "ak", "al", "am",
        ];
        assert_eq!(language_tags(&many.join(",")), None);
    }
}
