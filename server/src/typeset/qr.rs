//! The QR code that leads to a document's verification page.
use super::pages::{QR_BOTTOM, QR_SIZE};
use printpdf::{Color, Op, Pt, Rect, Rgb};
/// The QR code for `url` at the bottom of the page from `left` (pt), as filled squares in one
/// path, and a link to the same address over it.
pub(super) fn qr_ops(url: &str, left: f32) -> Vec<Op> {
    use printpdf::{
        Actions, BorderArray, LinePoint, LinkAnnotation, PaintMode, Point, Polygon, PolygonRing,
        WindingOrder,
    };
    let Ok(code) = qrcode::QrCode::with_error_correction_level(url, qrcode::EcLevel::M) else {
        return vec![];
    };
    let n = code.width();
    let colors = code.to_colors();
    let bottom = QR_BOTTOM;
    let side = QR_SIZE;
    let module = side / n as f32;
    let point = |x: f32, y: f32| LinePoint {
        p: Point { x: Pt(x), y: Pt(y) },
        bezier: false,
    };
    let mut rings = vec![];
    for row in 0..n {
        let mut col = 0;
        while col < n {
            if colors[row * n + col] != qrcode::Color::Dark {
                col += 1;
                continue;
            }
            // One rectangle for each run of dark modules in a row.
            let start = col;
            while col < n && colors[row * n + col] == qrcode::Color::Dark {
                col += 1;
            }
            let x0 = left + start as f32 * module;
            let x1 = left + col as f32 * module;
            let y1 = bottom + side - row as f32 * module;
            let y0 = y1 - module;
            rings.push(PolygonRing {
                points: vec![point(x0, y0), point(x1, y0), point(x1, y1), point(x0, y1)],
            });
        }
    }
    vec![
        Op::SaveGraphicsState,
        Op::SetFillColor {
            col: Color::Rgb(Rgb {
                r: 0.0,
                g: 0.0,
                b: 0.0,
                icc_profile: None,
            }),
        },
        Op::DrawPolygon {
            polygon: Polygon {
                rings,
                mode: PaintMode::Fill,
                winding_order: WindingOrder::NonZero,
            },
        },
        Op::RestoreGraphicsState,
        Op::LinkAnnotation {
            link: LinkAnnotation::new(
                Rect::from_xywh(Pt(left), Pt(bottom), Pt(side), Pt(side)),
                Actions::Uri(url.to_owned()),
                Some(BorderArray::Solid([0.0, 0.0, 0.0])),
                None,
                None,
            ),
        },
    ]
}
