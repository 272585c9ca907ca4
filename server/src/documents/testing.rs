//! Reading PDFs back in tests: poppler's and qpdf's tools on a temporary file.
/// A PDF in a temporary file for poppler's and qpdf's tools, for tests; removed when dropped.
pub struct TempPdf(std::path::PathBuf);

impl TempPdf {
    pub fn new(pdf: &[u8]) -> Self {
        static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let path = std::env::temp_dir().join(format!("kartla-test-{}-{n}.pdf", std::process::id()));
        std::fs::write(&path, pdf).unwrap();
        Self(path)
    }

    pub fn run(&self, name: &str, before: &[&str], after: &[&str]) -> String {
        let out = std::process::Command::new(name)
            .args(before)
            .arg(&self.0)
            .args(after)
            .output()
            .expect("the tool is installed");
        assert!(
            out.status.success(),
            "{name}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// The whole text, as pdftotext reads it, searchable: without the embedding marks it
    /// wraps right-to-left lines in, and with plain spaces for the no-break one after a
    /// criterion's code.
    pub fn text(&self) -> String {
        self.run("pdftotext", &[], &["-"])
            .chars()
            .filter(|c| !matches!(c, '\u{202a}'..='\u{202e}'))
            .map(|c| if c == '\u{a0}' { ' ' } else { c })
            .collect()
    }

    /// One page's text, as pdftotext reads it.
    pub fn page_text(&self, page: usize) -> String {
        let n = page.to_string();
        self.run("pdftotext", &["-f", &n, "-l", &n], &["-"])
    }

    /// One page as a greyscale PNG at `dpi`.
    pub fn page_png(&self, page: usize, dpi: u32) -> Vec<u8> {
        let n = page.to_string();
        let r = dpi.to_string();
        let out = std::process::Command::new("pdftoppm")
            .args(["-f", &n, "-l", &n, "-r", &r, "-gray", "-png", "-singlefile"])
            .arg(&self.0)
            .output()
            .expect("pdftoppm is installed");
        assert!(out.status.success());
        out.stdout
    }

    pub fn pages(&self) -> usize {
        let info = self.run("pdfinfo", &[], &[]);
        info.lines()
            .find_map(|l| l.strip_prefix("Pages:"))
            .and_then(|n| n.trim().parse().ok())
            .expect("pdfinfo gives the page count")
    }
}

/// A word on a page as `pdftotext -bbox` places it: pt from the page's left and top edges.
#[derive(Debug, Clone)]
pub struct Word {
    pub text: String,
    pub x_min: f32,
    pub y_min: f32,
    pub x_max: f32,
}

impl TempPdf {
    /// The words of one page with their boxes.
    pub fn words(&self, page: usize) -> Vec<Word> {
        let n = page.to_string();
        let html = self.run("pdftotext", &["-bbox", "-f", &n, "-l", &n], &["-"]);
        let attr = |line: &str, name: &str| -> f32 {
            line.split(&format!("{name}=\"")[..])
                .nth(1)
                .and_then(|rest| rest.split('"').next())
                .and_then(|v| v.parse().ok())
                .unwrap_or(f32::NAN)
        };
        html.lines()
            .filter(|l| l.trim_start().starts_with("<word "))
            .map(|l| Word {
                text: l
                    .split('>')
                    .nth(1)
                    .and_then(|t| t.split('<').next())
                    .unwrap_or_default()
                    .replace("&amp;", "&")
                    .replace("&lt;", "<")
                    .replace("&gt;", ">"),
                x_min: attr(l, "xMin"),
                y_min: attr(l, "yMin"),
                x_max: attr(l, "xMax"),
            })
            .collect()
    }
}

/// Where the link annotations (the QR code's link) of a PDF's first page begin: each /Rect's
/// left x in pt.
pub fn link_lefts(pdf: &[u8]) -> Vec<f32> {
    use lopdf::Object;
    let doc = lopdf::Document::load_mem(pdf).unwrap();
    let page = *doc.get_pages().values().next().unwrap();
    let deref = |o: &Object| match o {
        Object::Reference(id) => doc.get_object(*id).ok().cloned(),
        other => Some(other.clone()),
    };
    let annots = doc
        .get_dictionary(page)
        .ok()
        .and_then(|p| p.get(b"Annots").ok())
        .and_then(deref)
        .and_then(|a| a.as_array().ok().cloned())
        .unwrap_or_default();
    annots
        .iter()
        .filter_map(deref)
        .filter_map(|a| {
            let rect = a
                .as_dict()
                .ok()?
                .get(b"Rect")
                .ok()?
                .as_array()
                .ok()?
                .clone();
            match rect.first()? {
                Object::Real(x) => Some(*x),
                Object::Integer(x) => Some(*x as f32),
                _ => None,
            }
        })
        .collect()
}

impl Drop for TempPdf {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// A text's words, spaces normalised, without what pdftotext leaves out or moves: bidi
/// isolates, the zero-width non-joiner of Persian words, and the vowel signs and hamza marks
/// of Arabic script (which it sets apart from their letter), to compare a label with a PDF's
/// text.
pub fn words(t: &str) -> String {
    let chars: Vec<char> = t.chars().collect();
    let mark =
        |c: char| matches!(c, '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}');
    let kept: String = chars
        .iter()
        .enumerate()
        .filter(|(i, c)| {
            let before_mark = c.is_whitespace() && chars.get(i + 1).is_some_and(|n| mark(*n));
            !mark(**c) && !before_mark && !matches!(c, '\u{2068}' | '\u{2069}' | '\u{200c}')
        })
        .map(|(_, c)| *c)
        .collect();
    kept.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The text of a PDF as poppler's `pdftotext` reads it, for tests.
pub fn text_of(pdf: &[u8]) -> String {
    TempPdf::new(pdf).text()
}
