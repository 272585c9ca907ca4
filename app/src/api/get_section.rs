//! One section of a mapping, for its answering page: only that section's criteria and answers
//! are read and sent, beside the owner's portfolio and evidence to tick.
use crate::domain::MappingId;
use crate::error::AppError;
use crate::view_model::SectionPageView;
use leptos::prelude::*;

#[server(prefix = "/api", endpoint = "get_section")]
pub async fn get_section(id: MappingId, number: usize) -> Result<SectionPageView, AppError> {
    use crate::db::{evidence, experiences, mappings};
    use crate::domain::policy::{Action, Kind};
    use crate::domain::PortfolioEntry;
    use crate::view_model::{EvidenceView, PortfolioView};
    let user = crate::auth::require_user().await?;
    let st = crate::auth::state()?;
    // Who may see it is decided before anything else of the mapping is read; someone else's
    // mapping looks the same as no mapping at all.
    // One connection for the whole page: on PostgreSQL each borrowing is a round trip.
    let mut conn = st.db.acquire().await?;
    let head = mappings::head(&mut *conn, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let record =
        crate::access::Record::mapping(&st.db, &user, Kind::Mapping, id, head.owner).await?;
    crate::access::check_person(&st.db, &user, Action::View, record).await?;
    let frameworks = st.published.get(&mut conn, &head.frameworks).await?;
    let frameworks: Vec<_> = frameworks.iter().map(|f| &**f).collect();
    let section_id = frameworks
        .iter()
        .flat_map(|f| f.sections.iter())
        .nth(number.checked_sub(1).ok_or(AppError::NotFound)?)
        .ok_or(AppError::NotFound)?
        .id;
    let answers = mappings::section_answers(&mut conn, id, section_id).await?;
    let is_owner = head.owner == user.id;
    let lang = crate::auth::request_locale();
    let editable = is_owner && head.status.editable_by_owner();
    let mut page = SectionPageView::new(id, &frameworks, number, &answers, lang.tag(), editable)
        .ok_or(AppError::NotFound)?;
    // The Swedish originals beside another language, when the reader chose so.
    if lang != crate::i18n::Locale::BASE {
        page = if crate::auth::shows_originals() {
            page.with_originals(&frameworks)
        } else {
            SectionPageView {
                originals: Some(false),
                ..page
            }
        };
    }
    page.portfolio = experiences::list(&mut *conn, head.owner)
        .await?
        .into_iter()
        .map(|r| {
            PortfolioView::from(&PortfolioEntry {
                id: r.id,
                experience: r.experience,
            })
        })
        .collect();
    page.evidence = evidence::list(&mut *conn, head.owner)
        .await?
        .iter()
        .map(EvidenceView::from)
        .collect();
    if !is_owner {
        return Ok(page);
    }
    // Only the person who typed it gets text back that could not be saved.
    Ok(page.with_rejected(mappings::rejected(&mut *conn, id).await?))
}
