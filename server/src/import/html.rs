//! HTML fragments from outside sources (Skolverket's syllabus texts, Moodle descriptions)
//! reduced to plain text. Paragraphs and line breaks become line breaks, list items are kept
//! apart, everything else (tags, attributes, scripts, styles, comments) is dropped. The result
//! is only ever shown as text, escaped by the page, so nothing in it can run.

#[derive(Debug, PartialEq)]
enum Event {
    Text(String),
    Open(String),
    Close(String),
}

/// Elements whose whole content is dropped, not just their tags.
const DROPPED: [&str; 8] = [
    "script", "style", "iframe", "object", "template", "noscript", "svg", "math",
];

/// Elements that end a line.
const BLOCK: [&str; 14] = [
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
];

fn events(html: &str) -> Vec<Event> {
    let mut out = vec![];
    let mut text = String::new();
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        text.push_str(&rest[..lt]);
        rest = &rest[lt..];
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map_or("", |end| &after[end + 3..]);
            continue;
        }
        // Only `<a`, `</a`, `<!…` and `<?…` open a tag; any other '<' is text.
        if !rest[1..].starts_with(|c: char| c.is_ascii_alphabetic() || matches!(c, '/' | '!' | '?'))
        {
            text.push('<');
            rest = &rest[1..];
            continue;
        }
        // A tag runs to the first '>' outside quotes.
        let mut quote = None;
        let mut end = None;
        for (i, c) in rest.char_indices().skip(1) {
            match (quote, c) {
                (Some(q), c) if c == q => quote = None,
                (None, '"' | '\'') => quote = Some(c),
                (None, '>') => {
                    end = Some(i);
                    break;
                }
                _ => {}
            }
        }
        let Some(end) = end else {
            // A lone '<' is text.
            text.push('<');
            rest = &rest[1..];
            continue;
        };
        let inner = &rest[1..end];
        rest = &rest[end + 1..];
        let closing = inner.starts_with('/');
        let name: String = inner
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        if name.is_empty() {
            // `<!DOCTYPE …>`, `<?xml …?>`, `< b`: not an element.
            continue;
        }
        if !text.is_empty() {
            out.push(Event::Text(decode_entities(&std::mem::take(&mut text))));
        }
        if !closing && DROPPED.contains(&name.as_str()) {
            let close = format!("</{name}");
            let lower = rest.to_ascii_lowercase();
            rest = match lower.find(&close) {
                Some(i) => rest[i..].find('>').map_or("", |j| &rest[i + j + 1..]),
                None => "",
            };
            continue;
        }
        out.push(if closing {
            Event::Close(name)
        } else {
            Event::Open(name)
        });
    }
    text.push_str(rest);
    if !text.is_empty() {
        out.push(Event::Text(decode_entities(&text)));
    }
    out
}

fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let semi = rest[..rest.len().min(12)].find(';');
        let decoded = semi.and_then(|semi| {
            let name = &rest[1..semi];
            let c = if let Some(num) = name.strip_prefix('#') {
                let n = match num.strip_prefix(['x', 'X']) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok(),
                    None => num.parse().ok(),
                };
                n.and_then(char::from_u32)
            } else {
                named_entity(name)
            };
            c.map(|c| (c, semi))
        });
        match decoded {
            Some((c, semi)) => {
                out.push(c);
                rest = &rest[semi + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn named_entity(name: &str) -> Option<char> {
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        "shy" => '\u{ad}',
        "ndash" => '–',
        "mdash" => '—',
        "hellip" => '…',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "laquo" => '«',
        "raquo" => '»',
        "bull" => '•',
        "deg" => '°',
        "aring" => 'å',
        "Aring" => 'Å',
        "auml" => 'ä',
        "Auml" => 'Ä',
        "ouml" => 'ö',
        "Ouml" => 'Ö',
        "eacute" => 'é',
        "Eacute" => 'É',
        "uuml" => 'ü',
        "Uuml" => 'Ü',
        "aelig" => 'æ',
        "oslash" => 'ø',
        _ => return None,
    })
}

/// Collapse runs of whitespace inside each line, drop empty lines.
fn tidy(s: &str) -> String {
    s.lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The fragment as text: one line per paragraph, line break or list item.
pub fn to_text(html: &str) -> String {
    let mut s = String::new();
    for e in events(html) {
        match e {
            Event::Text(t) => s.push_str(&t.replace(['\n', '\r'], " ")),
            Event::Open(n) | Event::Close(n) if BLOCK.contains(&n.as_str()) => s.push('\n'),
            _ => {}
        }
    }
    tidy(&s)
}

/// The text of each list item, in order; nested items are items of their own.
pub fn list_items(html: &str) -> Vec<String> {
    let mut items = vec![];
    let mut current: Option<String> = None;
    for e in events(html) {
        match e {
            Event::Open(n) if n == "li" => {
                if let Some(c) = current.take() {
                    items.push(c);
                }
                current = Some(String::new());
            }
            Event::Close(n) if n == "li" || n == "ul" || n == "ol" => {
                if let Some(c) = current.take() {
                    items.push(c);
                }
            }
            Event::Open(n) if n == "ul" || n == "ol" => {
                if let Some(c) = current.take() {
                    items.push(c);
                }
            }
            Event::Text(t) => {
                if let Some(c) = current.as_mut() {
                    c.push_str(&t);
                }
            }
            Event::Open(n) | Event::Close(n) if BLOCK.contains(&n.as_str()) => {
                if let Some(c) = current.as_mut() {
                    c.push(' ');
                }
            }
            _ => {}
        }
    }
    if let Some(c) = current {
        items.push(c);
    }
    items
        .into_iter()
        .map(|i| tidy(&i.replace('\n', " ")))
        .filter(|i| !i.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_and_breaks_become_lines() {
        assert_eq!(
            to_text("<p>Första <strong>stycket</strong>.</p><p>Andra<br/>raden</p>"),
            "Första stycket.\nAndra\nraden"
        );
    }

    #[test]
    fn nothing_executable_survives() {
        let t = to_text(
            "<p onclick=\"alert(1)\">Hej</p><script>alert('x<p>')</script><style>p{}</style>\
             <img src=x onerror=alert(1)><a href=\"javascript:alert(1)\">länk</a><!-- <script> -->",
        );
        assert_eq!(t, "Hej\nlänk");
        assert!(!to_text("<SCRIPT>evil()</SCRIPT>ok").contains("evil"));
        assert_eq!(to_text("<iframe src=x>inuti</iframe>efter"), "efter");
    }

    #[test]
    fn entities_are_decoded_once() {
        assert_eq!(
            to_text("Sm&aring; &amp; stora &lt;b&gt; &#228;&#x00E4; &amp;lt; &bogus; & en"),
            "Små & stora <b> ää &lt; &bogus; & en"
        );
    }

    #[test]
    fn list_items_are_kept_apart_even_nested_and_unclosed() {
        let html = "<p>Inledning</p><ul><li>Ett <em>viktigt</em> moment.</li>\
                    <li>Två<ul><li>två a</li></ul></li><li>Tre\n  rader</ul>";
        assert_eq!(
            list_items(html),
            ["Ett viktigt moment.", "Två", "två a", "Tre rader"]
        );
    }

    #[test]
    fn a_stray_less_than_is_text() {
        assert_eq!(to_text("a < b och c > d"), "a < b och c > d");
        assert_eq!(to_text("x <"), "x <");
    }
}
