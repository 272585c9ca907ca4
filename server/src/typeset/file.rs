//! The saved file: compressed streams and an identifier that depends on the content only.
/// Compress the document's streams as lopdf's `compress` does, but at level 5: lopdf uses the
/// best (9), which took a quarter of the time of a whole render to save 5 % of the file.
pub(super) fn compress(doc: &mut lopdf::Document) {
    use std::io::Write;
    for object in doc.objects.values_mut() {
        let lopdf::Object::Stream(stream) = object else {
            continue;
        };
        if !stream.allows_compression || stream.dict.get(b"Filter").is_ok() {
            continue;
        }
        let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::new(5));
        if encoder.write_all(&stream.content).is_err() {
            continue;
        }
        if let Ok(compressed) = encoder.finish() {
            if compressed.len() + 19 < stream.content.len() {
                stream.dict.set("Filter", "FlateDecode");
                stream.set_content(compressed);
            }
        }
    }
}

/// printpdf fills the trailer's `/ID` with random letters, so the same document saved twice
/// differs. Replace both with a fingerprint of the file itself (its dates left out), of the same
/// length: the same content then gives the same bytes apart from the dates.
pub(super) fn stable_id(mut pdf: Vec<u8>) -> Vec<u8> {
    use sha2::{Digest, Sha256};
    let Some(at) = find_last(&pdf, b"/ID[(") else {
        return pdf;
    };
    let mut blanked = pdf[..at].to_vec();
    blank_dates(&mut blanked);
    let digest: String = Sha256::digest(&blanked)
        .iter()
        .map(|b| format!("{b:02X}"))
        .collect();
    let start = at + b"/ID[(".len();
    // `/ID[(32 letters)(32 letters)]`
    let second = start + 32 + 2;
    if pdf.len() >= second + 32
        && pdf[start + 32] == b')'
        && pdf[start + 33] == b'('
        && pdf[second + 32] == b')'
    {
        pdf[start..start + 32].copy_from_slice(&digest.as_bytes()[..32]);
        pdf[second..second + 32].copy_from_slice(&digest.as_bytes()[32..64]);
    }
    pdf
}

/// Write zeros over the digits of every `(D:YYYYMMDDHHMMSS` date in a PDF.
pub fn blank_dates(pdf: &mut [u8]) {
    let mut i = 0;
    while let Some(p) = find_from(pdf, b"(D:", i) {
        for b in pdf.iter_mut().skip(p + 3).take(14) {
            *b = b'0';
        }
        i = p + 3;
    }
}

pub(super) fn find_from(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    hay.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

pub(super) fn find_last(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).rposition(|w| w == needle)
}
