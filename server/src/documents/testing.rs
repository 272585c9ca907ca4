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

impl Drop for TempPdf {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// The text of a PDF as poppler's `pdftotext` reads it, for tests.
pub fn text_of(pdf: &[u8]) -> String {
    TempPdf::new(pdf).text()
}
