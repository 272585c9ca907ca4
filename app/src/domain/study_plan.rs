//! The individual study plan (individuell studieplan) that a person and their study and
//! career counsellor draw up from a mapping: the goal of the studies, the planned courses from
//! the catalogue with their points, the study pace and the start. Every change is recorded with
//! its date and author; what changed between two plans is worked out here, and two people's
//! changes made at once are merged. The gap analysis
//! suggests the courses: those of the mapping not yet fully met.
use super::case::Outcome;
use super::gaps::FrameworkGap;
use super::{Day, FrameworkId, FrameworkKind};
use serde::{Deserialize, Serialize};

/// The longest goal, in characters.
pub const MAX_GOAL_CHARS: usize = 1000;
/// The most courses a plan holds.
pub const MAX_COURSES: usize = 40;
/// The most points a course can carry (a whole programme is 2,500).
pub const MAX_POINTS: u32 = 2500;

/// How fast the person studies, as a share of full time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Pace(u8);

impl Pace {
    pub const ALL: [Pace; 4] = [Pace(25), Pace(50), Pace(75), Pace(100)];
    pub const FULL: Pace = Pace(100);

    pub fn parse(raw: &str) -> Option<Self> {
        let n: u8 = raw.trim().trim_end_matches('%').parse().ok()?;
        Self::ALL.into_iter().find(|p| p.0 == n)
    }

    pub fn percent(self) -> u8 {
        self.0
    }
}

/// A course planned, and its points.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlannedCourse {
    pub framework: FrameworkId,
    pub points: u32,
}

/// A study plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StudyPlan {
    pub goal: String,
    pub pace: Pace,
    pub start: Option<Day>,
    pub courses: Vec<PlannedCourse>,
}

impl Default for StudyPlan {
    fn default() -> Self {
        Self {
            goal: String::new(),
            pace: Pace::FULL,
            start: None,
            courses: vec![],
        }
    }
}

/// A plan's fields as posted (a form: text everywhere).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PlanInput {
    #[serde(default)]
    pub goal: String,
    #[serde(default)]
    pub pace: String,
    #[serde(default)]
    pub start: String,
    /// The courses in order: each a framework id and its points.
    #[serde(default)]
    pub courses: Vec<CourseInput>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CourseInput {
    #[serde(default)]
    pub framework: String,
    #[serde(default)]
    pub points: String,
    /// Ticked to take the course out of the plan.
    #[serde(default)]
    pub remove: Option<String>,
}

/// A refused field: its name and the error's code.
pub type Refusal = (String, &'static str);

impl PlanInput {
    /// The plan, or every field that is wrong. Courses ticked for removal and empty rows are
    /// left out; a course listed twice is kept once.
    pub fn parse(&self) -> Result<StudyPlan, Vec<Refusal>> {
        let mut wrong = vec![];
        let goal = self.goal.trim().to_owned();
        if goal.chars().count() > MAX_GOAL_CHARS {
            wrong.push(("goal".to_owned(), "too-long"));
        }
        if goal
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t')
        {
            wrong.push(("goal".to_owned(), "control-characters"));
        }
        let pace = Pace::parse(&self.pace).unwrap_or_else(|| {
            wrong.push(("pace".to_owned(), "invalid"));
            Pace::FULL
        });
        let start = match self.start.trim() {
            "" => None,
            s => match s.parse::<Day>() {
                Ok(d) => Some(d),
                Err(_) => {
                    wrong.push(("start".to_owned(), "invalid-date"));
                    None
                }
            },
        };
        let mut courses: Vec<PlannedCourse> = vec![];
        for (i, c) in self.courses.iter().enumerate() {
            if c.remove.is_some() || c.framework.trim().is_empty() {
                continue;
            }
            let Ok(framework) = c.framework.parse::<FrameworkId>() else {
                wrong.push((format!("course-{i}"), "unknown-framework"));
                continue;
            };
            let points = match c.points.trim().parse::<u32>() {
                Ok(p) if (1..=MAX_POINTS).contains(&p) => p,
                _ => {
                    wrong.push((format!("points-{i}"), "invalid-points"));
                    continue;
                }
            };
            if !courses.iter().any(|k| k.framework == framework) {
                courses.push(PlannedCourse { framework, points });
            }
        }
        if courses.len() > MAX_COURSES {
            wrong.push(("courses".to_owned(), "too-many"));
        }
        if wrong.is_empty() {
            Ok(StudyPlan {
                goal,
                pace,
                start,
                courses,
            })
        } else {
            Err(wrong)
        }
    }
}

impl StudyPlan {
    pub fn total_points(&self) -> u32 {
        self.courses.iter().map(|c| c.points).sum()
    }
}

/// One thing that changed between two plans, for the record of changes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Change {
    Goal,
    Pace(Pace),
    Start(Option<Day>),
    Added(FrameworkId),
    Removed(FrameworkId),
    Points(FrameworkId, u32),
    Order,
}

/// What changed from `before` to `after`, in the order of the form.
pub fn changes(before: &StudyPlan, after: &StudyPlan) -> Vec<Change> {
    let mut out = vec![];
    if before.goal != after.goal {
        out.push(Change::Goal);
    }
    if before.pace != after.pace {
        out.push(Change::Pace(after.pace));
    }
    if before.start != after.start {
        out.push(Change::Start(after.start));
    }
    for c in &after.courses {
        match before.courses.iter().find(|b| b.framework == c.framework) {
            None => out.push(Change::Added(c.framework)),
            Some(b) if b.points != c.points => out.push(Change::Points(c.framework, c.points)),
            Some(_) => {}
        }
    }
    for b in &before.courses {
        if !after.courses.iter().any(|c| c.framework == b.framework) {
            out.push(Change::Removed(b.framework));
        }
    }
    let kept = |p: &StudyPlan, other: &StudyPlan| -> Vec<FrameworkId> {
        p.courses
            .iter()
            .map(|c| c.framework)
            .filter(|f| other.courses.iter().any(|o| o.framework == *f))
            .collect()
    };
    if kept(before, after) != kept(after, before) {
        out.push(Change::Order);
    }
    out
}

/// What `posted` changed from `base` (the plan the form was filled from), applied to
/// `current` (the plan as it is now): two people drawing up the plan at once keep each
/// other's changes; where both changed the same thing, the later one stands.
pub fn merge(current: &StudyPlan, base: &StudyPlan, posted: &StudyPlan) -> StudyPlan {
    let mut out = current.clone();
    for change in changes(base, posted) {
        match change {
            Change::Goal => out.goal = posted.goal.clone(),
            Change::Pace(p) => out.pace = p,
            Change::Start(d) => out.start = d,
            Change::Added(f) => {
                if !out.courses.iter().any(|c| c.framework == f) {
                    if let Some(c) = posted.courses.iter().find(|c| c.framework == f) {
                        out.courses.push(c.clone());
                    }
                }
            }
            Change::Removed(f) => out.courses.retain(|c| c.framework != f),
            Change::Points(f, p) => {
                if let Some(c) = out.courses.iter_mut().find(|c| c.framework == f) {
                    c.points = p;
                }
            }
            Change::Order => {
                let rank = |f: FrameworkId| posted.courses.iter().position(|c| c.framework == f);
                // The courses both know take the posted order; others keep their place after.
                out.courses
                    .sort_by_key(|c| rank(c.framework).unwrap_or(usize::MAX));
            }
        }
    }
    out
}

/// The courses the gap analysis suggests for the plan: the mapping's courses not yet fully
/// met, the least covered first, leaving out those planned already.
pub fn suggested(gaps: &[FrameworkGap], plan: &StudyPlan) -> Vec<FrameworkId> {
    let mut open: Vec<&FrameworkGap> = gaps
        .iter()
        .filter(|g| g.kind == FrameworkKind::Course && g.verdict != Outcome::FullyMet)
        .filter(|g| !plan.courses.iter().any(|c| c.framework == g.framework))
        .collect();
    open.sort_by_key(|g| g.count(super::gaps::Level::Masters));
    open.into_iter().map(|g| g.framework).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn course(framework: &str, points: &str) -> CourseInput {
        CourseInput {
            framework: framework.into(),
            points: points.into(),
            remove: None,
        }
    }

    fn input() -> PlanInput {
        PlanInput {
            goal: "  Undersköterska inom äldreomsorgen ".into(),
            pace: "50".into(),
            start: "2027-01-18".into(),
            courses: vec![course("7", "200"), course("9", "100")],
        }
    }

    #[test]
    fn a_plan_is_read_from_its_form() {
        let p = input().parse().unwrap();
        assert_eq!(p.goal, "Undersköterska inom äldreomsorgen");
        assert_eq!(p.pace.percent(), 50);
        assert_eq!(p.start.map(|d| d.to_string()), Some("2027-01-18".into()));
        assert_eq!(p.courses.len(), 2);
        assert_eq!(p.total_points(), 300);
    }

    #[test]
    fn every_wrong_field_is_named_at_once() {
        let mut i = input();
        i.pace = "60".into();
        i.start = "2027-02-30".into();
        i.courses = vec![course("x", "100"), course("7", "0"), course("8", "99999")];
        let wrong = i.parse().unwrap_err();
        assert_eq!(
            wrong,
            vec![
                ("pace".to_owned(), "invalid"),
                ("start".to_owned(), "invalid-date"),
                ("course-0".to_owned(), "unknown-framework"),
                ("points-1".to_owned(), "invalid-points"),
                ("points-2".to_owned(), "invalid-points"),
            ]
        );
    }

    #[test]
    fn removed_empty_and_repeated_courses_are_left_out() {
        let mut i = input();
        i.courses.push(CourseInput {
            remove: Some("on".into()),
            ..course("11", "100")
        });
        i.courses.push(course("", ""));
        i.courses.push(course("7", "50"));
        let p = i.parse().unwrap();
        assert_eq!(
            p.courses.iter().map(|c| c.framework.0).collect::<Vec<_>>(),
            [7, 9]
        );
        assert_eq!(p.courses[0].points, 200, "the first listing counts");
    }

    #[test]
    fn an_empty_form_is_an_empty_plan_at_full_pace() {
        let p = PlanInput {
            pace: "100".into(),
            ..PlanInput::default()
        }
        .parse()
        .unwrap();
        assert_eq!(p, StudyPlan::default());
    }

    #[test]
    fn a_goal_too_long_is_refused() {
        let i = PlanInput {
            goal: "a".repeat(MAX_GOAL_CHARS + 1),
            pace: "100".into(),
            ..PlanInput::default()
        };
        assert_eq!(
            i.parse().unwrap_err(),
            vec![("goal".to_owned(), "too-long")]
        );
    }

    #[test]
    fn what_changed_is_listed() {
        let before = input().parse().unwrap();
        let mut after = before.clone();
        assert!(changes(&before, &after).is_empty());
        after.goal = "Vårdbiträde".into();
        after.pace = Pace::FULL;
        after.courses.swap(0, 1);
        after.courses[1].points = 150;
        after.courses.push(PlannedCourse {
            framework: FrameworkId(12),
            points: 100,
        });
        after.courses.remove(0);
        assert_eq!(
            changes(&before, &after),
            vec![
                Change::Goal,
                Change::Pace(Pace::FULL),
                Change::Points(FrameworkId(7), 150),
                Change::Added(FrameworkId(12)),
                Change::Removed(FrameworkId(9)),
            ]
        );
        let mut reordered = before.clone();
        reordered.courses.swap(0, 1);
        assert_eq!(changes(&before, &reordered), vec![Change::Order]);
    }

    #[test]
    fn two_people_changing_the_plan_at_once_keep_each_others_changes() {
        let base = input().parse().unwrap();
        // The person changed the goal and added a course meanwhile...
        let mut current = base.clone();
        current.goal = "Vårdbiträde först".into();
        current.courses.push(PlannedCourse {
            framework: FrameworkId(20),
            points: 100,
        });
        // ...while the counsellor, from the same plan, set the pace and took a course out.
        let mut posted = base.clone();
        posted.pace = Pace::FULL;
        posted.courses.retain(|c| c.framework != FrameworkId(9));
        let merged = merge(&current, &base, &posted);
        assert_eq!(merged.goal, "Vårdbiträde först", "the person's goal stays");
        assert_eq!(merged.pace, Pace::FULL, "the counsellor's pace is taken");
        assert_eq!(
            merged
                .courses
                .iter()
                .map(|c| c.framework.0)
                .collect::<Vec<_>>(),
            [7, 20]
        );
        // Both changed the goal: the later one stands.
        let mut posted = base.clone();
        posted.goal = "Undersköterska".into();
        assert_eq!(merge(&current, &base, &posted).goal, "Undersköterska");
        // Nothing changed meanwhile: what was posted.
        assert_eq!(merge(&base, &base, &posted), posted);
    }

    fn gap(id: i64, kind: FrameworkKind, levels: &[super::super::gaps::Level]) -> FrameworkGap {
        use super::super::gaps::{CriterionGap, Source};
        let criteria: Vec<CriterionGap> = levels
            .iter()
            .enumerate()
            .map(|(i, l)| CriterionGap {
                criterion: super::super::CriterionId(i as i64),
                code: format!("{}", i + 1),
                level: *l,
                source: Source::SelfRating,
            })
            .collect();
        let all = levels
            .iter()
            .all(|l| *l == super::super::gaps::Level::Masters);
        FrameworkGap {
            framework: FrameworkId(id),
            code: format!("F{id}"),
            kind,
            title: super::super::LocalizedText::swedish_only(format!("Kurs {id}")).unwrap(),
            criteria,
            verdict: if all {
                Outcome::FullyMet
            } else {
                Outcome::PartlyMet
            },
        }
    }

    #[test]
    fn the_gap_analysis_suggests_the_courses_not_yet_met_least_covered_first() {
        use super::super::gaps::Level::{Masters, Not};
        let gaps = [
            gap(1, FrameworkKind::Course, &[Masters, Masters]),
            gap(2, FrameworkKind::Course, &[Masters, Not]),
            gap(3, FrameworkKind::Course, &[Not, Not]),
            gap(4, FrameworkKind::Occupation, &[Not, Not]),
            gap(5, FrameworkKind::Course, &[Not]),
        ];
        let mut plan = StudyPlan::default();
        plan.courses.push(PlannedCourse {
            framework: FrameworkId(5),
            points: 100,
        });
        assert_eq!(
            suggested(&gaps, &plan),
            [FrameworkId(3), FrameworkId(2)],
            "met, occupations and planned ones are left out"
        );
    }
}
