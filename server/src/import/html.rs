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

/// Collects the tokens of the HTML standard's tokenizer (html5ever's) as [`Event`]s, leaving
/// out the content of [`DROPPED`] elements.
#[derive(Default)]
struct Collect {
    events: std::cell::RefCell<Vec<Event>>,
    /// The dropped element being skipped, and how deeply it nests in itself.
    dropping: std::cell::RefCell<Option<(String, usize)>>,
}

impl html5ever::tokenizer::TokenSink for Collect {
    type Handle = ();

    fn process_token(
        &self,
        token: html5ever::tokenizer::Token,
        _line: u64,
    ) -> html5ever::tokenizer::TokenSinkResult<()> {
        use html5ever::tokenizer::states::RawKind;
        use html5ever::tokenizer::{TagKind, Token, TokenSinkResult};
        let mut dropping = self.dropping.borrow_mut();
        match token {
            Token::TagToken(tag) => {
                let name: &str = &tag.name;
                let start = tag.kind == TagKind::StartTag;
                match dropping.as_mut() {
                    Some((d, depth)) if d == name && start => *depth += 1,
                    Some((d, depth)) if d == name => {
                        *depth -= 1;
                        if *depth == 0 {
                            *dropping = None;
                        }
                    }
                    Some(_) => {}
                    None if start && DROPPED.contains(&name) && !tag.self_closing => {
                        *dropping = Some((name.to_owned(), 1));
                    }
                    None if start => self.events.borrow_mut().push(Event::Open(name.to_owned())),
                    None => self.events.borrow_mut().push(Event::Close(name.to_owned())),
                }
                // What the tree builder would tell the tokenizer: these elements hold text
                // that is not markup, up to their own end tag.
                if start {
                    return match name {
                        "script" => TokenSinkResult::RawData(RawKind::ScriptData),
                        "style" | "iframe" | "noscript" | "xmp" | "noembed" | "noframes" => {
                            TokenSinkResult::RawData(RawKind::Rawtext)
                        }
                        "textarea" | "title" => TokenSinkResult::RawData(RawKind::Rcdata),
                        "plaintext" => TokenSinkResult::Plaintext,
                        _ => TokenSinkResult::Continue,
                    };
                }
            }
            Token::CharacterTokens(text) if dropping.is_none() => {
                self.events.borrow_mut().push(Event::Text(text.to_string()));
            }
            _ => {}
        }
        TokenSinkResult::Continue
    }
}

/// The fragment as the HTML standard's tokenizer reads it (html5ever: tags and attributes,
/// comments, character references decoded once, raw text in `script` and `style`), as
/// opening tags, texts and closing tags in order. Only the tokenizer: its time grows with
/// the input's length, where building the standard's tree can take the square of it (each
/// of ten thousand unclosed `<div>`s looks through all the open ones).
fn events(html: &str) -> Vec<Event> {
    use html5ever::tokenizer::{BufferQueue, Tokenizer, TokenizerOpts};
    let tokenizer = Tokenizer::new(Collect::default(), TokenizerOpts::default());
    let input = BufferQueue::default();
    input.push_back(html5ever::tendril::StrTendril::from(html));
    let _ = tokenizer.feed(&input);
    tokenizer.end();
    tokenizer.sink.events.take()
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
