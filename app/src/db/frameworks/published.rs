//! Published versions kept in memory. A published version never changes and is never deleted
//! (the schema refuses both, on both engines), so once read it can be served from memory by
//! every server of an installation without asking the database again; drafts are always read
//! afresh. Every page of a mapping shows its frameworks' criteria, which were three queries
//! and a JSON parse per framework per page before.
use super::load::load_in;
use crate::domain::{Framework, FrameworkId, VersionStatus};
use sqlx::AnyConnection;
use std::collections::HashMap;
use std::sync::{Arc, RwLock};

/// How many versions are kept at most; when full, the memory starts over. A region's
/// catalogue in use is a few hundred versions, each a few kilobytes.
const CAPACITY: usize = 4096;

/// The published versions read so far, shared by every request of one server.
#[derive(Clone, Debug, Default)]
pub struct Published(Arc<RwLock<HashMap<FrameworkId, Arc<Framework>>>>);

impl Published {
    /// The versions `ids` in that order, from memory where they are there and from the
    /// database where not; ids with no version are left out.
    pub async fn get(
        &self,
        conn: &mut AnyConnection,
        ids: &[FrameworkId],
    ) -> Result<Vec<Arc<Framework>>, sqlx::Error> {
        let mut found: HashMap<FrameworkId, Arc<Framework>> = {
            let kept = self.0.read().unwrap_or_else(|e| e.into_inner());
            ids.iter()
                .filter_map(|id| kept.get(id).map(|f| (*id, Arc::clone(f))))
                .collect()
        };
        let missing: Vec<FrameworkId> = ids
            .iter()
            .copied()
            .filter(|id| !found.contains_key(id))
            .collect();
        if !missing.is_empty() {
            let read = load_in(conn, &missing).await?;
            let mut kept = self.0.write().unwrap_or_else(|e| e.into_inner());
            if kept.len() + read.len() > CAPACITY {
                kept.clear();
            }
            for f in read {
                let f = Arc::new(f);
                if f.status == VersionStatus::Published {
                    kept.insert(f.id, Arc::clone(&f));
                }
                found.insert(f.id, f);
            }
        }
        Ok(ids.iter().filter_map(|id| found.get(id).cloned()).collect())
    }

    /// How many versions are kept.
    pub fn len(&self) -> usize {
        self.0.read().unwrap_or_else(|e| e.into_inner()).len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}
