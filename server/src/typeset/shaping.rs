//! Shaping: a paragraph's text in runs of one face and one direction, as glyphs.
use super::fonts::{script_face, shaper};
use std::ops::Range;
use unicode_bidi::ParagraphBidiInfo;
/// A shaped stretch of one face and one direction: glyphs in visual order, each with the
/// byte of the text it starts at.
pub(super) struct Run {
    pub(super) face: usize,
    pub(super) rtl: bool,
    pub(super) range: Range<usize>,
    pub(super) glyphs: Vec<Shaped>,
}

/// A glyph as the shaper gives it: its id; the bytes of the text it stands for (from its
/// character to the next glyph's, shared by every glyph of one cluster); its advance, offset
/// and rise in pt.
pub(super) struct Shaped {
    pub(super) gid: u16,
    pub(super) text: Range<usize>,
    pub(super) adv: f32,
    pub(super) dx: f32,
    pub(super) dy: f32,
}

/// The face each character is set in: its script's for letters; digits, spaces and punctuation
/// stay in the face before them when it has them, so a run is not broken needlessly.
pub(super) fn faces_of(text: &str, bold: bool) -> Vec<usize> {
    let b = usize::from(bold);
    let has = |face: usize, c: char| shaper(face).is_some_and(|f| f.glyph_index(c).is_some());
    let mut out = Vec::with_capacity(text.len());
    let mut prev: Option<usize> = None;
    // Neutrals before the first letter take the face of that letter.
    let first = text.chars().find_map(script_face).map(|f| f + b);
    for c in text.chars() {
        let face = match script_face(c) {
            Some(f) => f + b,
            None => match prev.or(first) {
                Some(p) if has(p, c) => p,
                _ => b,
            },
        };
        prev = Some(face);
        out.extend(std::iter::repeat_n(face, c.len_utf8()));
    }
    out
}

/// Shape a paragraph's text (one line of the source, no line breaks) in runs of one face and
/// one bidi level.
pub(super) fn shape(text: &str, bidi: &ParagraphBidiInfo<'_>, size: f32, bold: bool) -> Vec<Run> {
    let faces = faces_of(text, bold);
    let mut runs = vec![];
    let mut start = 0;
    let bytes = text.len();
    while start < bytes {
        let (face, level) = (faces[start], bidi.levels[start]);
        let mut end = start;
        while end < bytes && faces[end] == face && bidi.levels[end] == level {
            end += 1;
        }
        // Runs end on character boundaries: each byte of a character has its face and level.
        runs.push(shape_run(text, start..end, face, level.is_rtl(), size));
        start = end;
    }
    runs
}

pub(super) fn shape_run(text: &str, range: Range<usize>, face: usize, rtl: bool, size: f32) -> Run {
    let mut run = Run {
        face,
        rtl,
        range: range.clone(),
        glyphs: vec![],
    };
    let Some(f) = shaper(face) else {
        return run;
    };
    let mut buffer = rustybuzz::UnicodeBuffer::new();
    buffer.push_str(&text[range.clone()]);
    buffer.set_direction(if rtl {
        rustybuzz::Direction::RightToLeft
    } else {
        rustybuzz::Direction::LeftToRight
    });
    buffer.set_cluster_level(rustybuzz::BufferClusterLevel::Characters);
    buffer.set_flags(rustybuzz::BufferFlags::REMOVE_DEFAULT_IGNORABLES);
    buffer.guess_segment_properties();
    let plan = plan(f, face, buffer.direction(), buffer.script());
    let shaped = rustybuzz::shape_with_plan(f, &plan, buffer);
    let scale = size / f32::from(f.units_per_em() as u16);
    let infos = shaped.glyph_infos();
    // Where each character's text ends: at the next character that has a glyph.
    let mut starts: Vec<usize> = infos.iter().map(|i| i.cluster as usize).collect();
    starts.sort_unstable();
    starts.dedup();
    run.glyphs = infos
        .iter()
        .zip(shaped.glyph_positions())
        .map(|(info, pos)| {
            let cluster = info.cluster as usize;
            let end = match starts.binary_search(&cluster) {
                Ok(i) => starts.get(i + 1).copied(),
                Err(_) => None,
            }
            .map_or(range.end, |e| range.start + e);
            Shaped {
                gid: info.glyph_id as u16,
                text: range.start + cluster..end,
                adv: pos.x_advance as f32 * scale,
                dx: pos.x_offset as f32 * scale,
                dy: pos.y_offset as f32 * scale,
            }
        })
        .collect();
    run
}

thread_local! {
    /// Shaping plans by face, direction and script: making one reads the font's feature
    /// lists, which cost as much as shaping a paragraph.
    static PLANS: std::cell::RefCell<Vec<PlanKey>> = const { std::cell::RefCell::new(vec![]) };
}

pub(super) type PlanKey = (
    (usize, rustybuzz::Direction, rustybuzz::Script),
    std::rc::Rc<rustybuzz::ShapePlan>,
);

pub(super) fn plan(
    f: &rustybuzz::Face<'_>,
    face: usize,
    direction: rustybuzz::Direction,
    script: rustybuzz::Script,
) -> std::rc::Rc<rustybuzz::ShapePlan> {
    let key = (face, direction, script);
    PLANS.with_borrow_mut(|plans| {
        if let Some((_, plan)) = plans.iter().find(|(k, _)| *k == key) {
            return plan.clone();
        }
        let plan = std::rc::Rc::new(rustybuzz::ShapePlan::new(
            f,
            direction,
            Some(script),
            None,
            &[],
        ));
        plans.push((key, plan.clone()));
        plan
    })
}
