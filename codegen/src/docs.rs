//! Converts the model's HTML documentation into Markdown for rustdoc.
//!
//! The model's docs are untrusted text. The output is only ever placed in `#[doc = "..."]`
//! string literals (so it cannot end a comment or an attribute), and Markdown/HTML-significant
//! characters in text are escaped so rustdoc renders them literally and raises no lints
//! (unclosed HTML tags, broken intra-doc links, bare URLs). Code blocks are fenced as `text`
//! so no doc test ever runs model text.

/// A parsed HTML node.
#[derive(Debug)]
enum Node {
    Text(String),
    Element { tag: String, href: Option<String>, children: Vec<Node> },
}

const WIDTH: usize = 100;
const MAX_DEPTH: usize = 64;

/// Markdown lines for an HTML doc string (empty when there is no text).
pub fn to_markdown(html: &str) -> Vec<String> {
    let nodes = parse(html);
    let mut out = Blocks::default();
    render_blocks(&nodes, &mut out, "");
    out.finish()
}

/// Markdown for plain text (for docs the generator writes around model names and values).
pub fn escape_text(s: &str) -> String {
    let mut out = String::new();
    push_escaped(&mut out, s);
    out
}

// ---- parsing: a small, forgiving HTML tokenizer -------------------------------------------

fn parse(html: &str) -> Vec<Node> {
    let mut stack: Vec<(String, Option<String>, Vec<Node>)> = vec![(String::new(), None, Vec::new())];
    let mut rest = html;
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            push_text(&mut stack, rest);
            break;
        };
        push_text(&mut stack, &rest[..lt]);
        rest = &rest[lt..];
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map_or("", |e| &after[e + 3..]);
            continue;
        }
        let Some(gt) = tag_end(rest) else {
            // A lone `<`: it is text.
            push_text(&mut stack, rest);
            break;
        };
        let tag_src = &rest[1..gt];
        rest = &rest[gt + 1..];
        let closing = tag_src.starts_with('/');
        let body = tag_src.trim_start_matches('/').trim_end_matches('/');
        let name: String =
            body.chars().take_while(|c| c.is_ascii_alphanumeric()).collect::<String>().to_ascii_lowercase();
        if name.is_empty() {
            push_text(&mut stack, &format!("<{tag_src}>"));
            continue;
        }
        if closing {
            if let Some(pos) = stack.iter().rposition(|(t, _, _)| *t == name) {
                if pos > 0 {
                    while stack.len() > pos {
                        close(&mut stack);
                    }
                }
            }
            continue;
        }
        let self_closing = tag_src.ends_with('/') || matches!(name.as_str(), "br" | "hr" | "img");
        if self_closing {
            if let Some(top) = stack.last_mut() {
                top.2.push(Node::Element { tag: name, href: None, children: Vec::new() });
            }
            continue;
        }
        // A new list item or paragraph closes an open one of the same kind.
        if matches!(name.as_str(), "li" | "p" | "dt" | "dd") {
            if let Some(top) = stack.last() {
                if top.0 == name {
                    close(&mut stack);
                }
            }
        }
        // Rendering recurses over the tree: past a sane depth, further tags count as text-less
        // markup and are dropped, so hostile docs cannot exhaust the stack.
        if stack.len() > MAX_DEPTH {
            continue;
        }
        let href = attribute(body, "href");
        stack.push((name, href, Vec::new()));
    }
    while stack.len() > 1 {
        close(&mut stack);
    }
    stack.pop().map(|(_, _, c)| c).unwrap_or_default()
}

/// The index of the `>` ending the tag at the start of `s`, skipping quoted attribute values.
fn tag_end(s: &str) -> Option<usize> {
    let mut quote = None;
    for (i, c) in s.char_indices().skip(1) {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '>') => return Some(i),
            _ => {}
        }
    }
    None
}

fn close(stack: &mut Vec<(String, Option<String>, Vec<Node>)>) {
    if let Some((tag, href, children)) = stack.pop() {
        if let Some(parent) = stack.last_mut() {
            parent.2.push(Node::Element { tag, href, children });
        }
    }
}

fn push_text(stack: &mut [(String, Option<String>, Vec<Node>)], text: &str) {
    if text.is_empty() {
        return;
    }
    if let Some(top) = stack.last_mut() {
        top.2.push(Node::Text(decode_entities(text)));
    }
}

fn attribute(tag_body: &str, name: &str) -> Option<String> {
    let lower = tag_body.to_ascii_lowercase();
    let mut from = 0;
    while let Some(i) = lower[from..].find(name) {
        let start = from + i;
        from = start + name.len();
        let before_ok = start == 0 || lower.as_bytes()[start - 1].is_ascii_whitespace();
        let rest = tag_body[from..].trim_start();
        if !before_ok || !rest.starts_with('=') {
            continue;
        }
        let rest = rest[1..].trim_start();
        let value = match rest.chars().next() {
            Some(q @ ('"' | '\'')) => rest[1..].split(q).next().unwrap_or(""),
            _ => rest.split_whitespace().next().unwrap_or(""),
        };
        return Some(decode_entities(value.trim()));
    }
    None
}

fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let end = rest.find(';').filter(|e| *e <= 10);
        let decoded = end.and_then(|e| {
            let ent = &rest[1..e];
            let c = match ent {
                "lt" => Some('<'),
                "gt" => Some('>'),
                "amp" => Some('&'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some(' '),
                _ => ent
                    .strip_prefix("#x")
                    .or_else(|| ent.strip_prefix("#X"))
                    .and_then(|h| u32::from_str_radix(h, 16).ok())
                    .or_else(|| ent.strip_prefix('#').and_then(|d| d.parse().ok()))
                    .and_then(char::from_u32),
            };
            c.map(|c| (c, e))
        });
        match decoded {
            Some((c, e)) => {
                out.push(c);
                rest = &rest[e + 1..];
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

// ---- rendering ------------------------------------------------------------------------------

/// Collects blocks (paragraphs, list items, code blocks) separated by blank lines.
#[derive(Default)]
struct Blocks {
    lines: Vec<String>,
    /// Text that starts the next non-empty paragraph (the "Note:" of a `<note>`).
    pending: String,
    inline: String,
    prefix: String,
    first_prefix: Option<String>,
}

impl Blocks {
    fn flush(&mut self) {
        let mut text = self.inline.split_whitespace().collect::<Vec<_>>().join(" ");
        self.inline.clear();
        if text.is_empty() {
            return;
        }
        if !self.pending.is_empty() {
            text = format!("{} {text}", std::mem::take(&mut self.pending));
        }
        if !self.lines.is_empty() && self.first_prefix.is_none() {
            self.lines.push(String::new());
        }
        let first = self.first_prefix.take().unwrap_or_else(|| self.prefix.clone());
        let cont = " ".repeat(first.len().max(self.prefix.len()));
        for (i, line) in wrap(&text, WIDTH.saturating_sub(cont.len()).max(40)).into_iter().enumerate() {
            let p = if i == 0 { &first } else { &cont };
            self.lines.push(format!("{p}{}", escape_line_start(&line)).trim_end().to_string());
        }
    }

    fn code_block(&mut self, code: &str) {
        self.flush();
        if !self.lines.is_empty() {
            self.lines.push(String::new());
        }
        let fence = "`".repeat(longest_run(code, '`').max(2) + 1);
        self.lines.push(format!("{}{fence}text", self.prefix));
        for l in code.trim_matches('\n').lines() {
            self.lines.push(format!("{}{}", self.prefix, l).trim_end().to_string());
        }
        self.lines.push(format!("{}{fence}", self.prefix));
    }

    fn finish(mut self) -> Vec<String> {
        self.flush();
        self.lines
    }
}

fn render_blocks(nodes: &[Node], out: &mut Blocks, list_marker: &str) {
    let mut index = 0;
    for node in nodes {
        match node {
            Node::Text(t) => push_escaped_text(&mut out.inline, t),
            Node::Element { tag, children, .. } => match tag.as_str() {
                "p" | "div" | "note" | "important" | "dd" | "dt" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6"
                | "fullname" => {
                    out.flush();
                    if matches!(tag.as_str(), "note" | "important") {
                        out.pending = if tag == "note" { "**Note:**" } else { "**Important:**" }.to_string();
                    }
                    if tag == "dt" || tag.starts_with('h') && tag.len() == 2 {
                        let mut s = String::new();
                        render_inline(children, &mut s);
                        let s = s.trim();
                        if !s.is_empty() {
                            out.inline.push_str(&format!("**{s}**"));
                        }
                    } else {
                        render_blocks(children, out, list_marker);
                    }
                    out.flush();
                }
                "ul" | "ol" => {
                    out.flush();
                    if out.lines.last().is_some_and(|l| !l.is_empty()) {
                        out.lines.push(String::new());
                    }
                    let marker = if tag == "ol" { "1." } else { "-" };
                    render_blocks(children, out, marker);
                    out.flush();
                }
                "li" => {
                    out.flush();
                    index += 1;
                    let marker = if list_marker == "1." { format!("{index}.") } else { "-".to_string() };
                    let saved = out.prefix.clone();
                    out.first_prefix = Some(format!("{saved}{marker} "));
                    out.prefix = format!("{saved}{}", " ".repeat(marker.len() + 1));
                    render_blocks(children, out, "-");
                    out.flush();
                    out.first_prefix = None;
                    out.prefix = saved;
                }
                "pre" => {
                    let mut code = String::new();
                    raw_text(children, &mut code);
                    out.code_block(&code);
                }
                "br" => out.inline.push(' '),
                _ => {
                    let mut s = String::new();
                    render_inline(std::slice::from_ref(node), &mut s);
                    out.inline.push_str(&s);
                }
            },
        }
    }
}

fn render_inline(nodes: &[Node], out: &mut String) {
    for node in nodes {
        match node {
            Node::Text(t) => push_escaped_text(out, t),
            Node::Element { tag, href, children } => match tag.as_str() {
                "code" | "tt" | "kbd" | "samp" => {
                    let mut code = String::new();
                    raw_text(children, &mut code);
                    out.push_str(&code_span(&code));
                }
                "a" => {
                    let mut text = String::new();
                    render_inline(children, &mut text);
                    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
                    match href.as_deref().map(str::trim).filter(|h| is_safe_url(h)) {
                        Some(url) if !text.is_empty() => {
                            out.push_str(&format!("[{text}](<{url}>)"));
                        }
                        Some(url) => out.push_str(&format!("<{url}>")),
                        // A link without a target names something in the model: show it as code.
                        None => {
                            let mut raw = String::new();
                            raw_text(children, &mut raw);
                            out.push_str(&code_span(raw.trim()));
                        }
                    }
                }
                "b" | "strong" | "i" | "em" => {
                    let mark = if matches!(tag.as_str(), "b" | "strong") { "**" } else { "*" };
                    let mut s = String::new();
                    render_inline(children, &mut s);
                    let trimmed = s.trim();
                    if trimmed.is_empty() {
                        out.push_str(&s);
                    } else {
                        let lead = if s.starts_with(char::is_whitespace) { " " } else { "" };
                        let trail = if s.ends_with(char::is_whitespace) { " " } else { "" };
                        out.push_str(&format!("{lead}{mark}{trimmed}{mark}{trail}"));
                    }
                }
                "br" => out.push(' '),
                _ => render_inline(children, out),
            },
        }
    }
}

fn raw_text(nodes: &[Node], out: &mut String) {
    for node in nodes {
        match node {
            Node::Text(t) => out.push_str(t),
            Node::Element { children, .. } => raw_text(children, out),
        }
    }
}

/// Only http(s) URLs without characters that could end the `<...>` link form.
fn is_safe_url(url: &str) -> bool {
    (url.starts_with("https://") || url.starts_with("http://"))
        && !url.chars().any(|c| c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | '`'))
}

fn longest_run(s: &str, ch: char) -> usize {
    let (mut best, mut cur) = (0, 0);
    for c in s.chars() {
        if c == ch {
            cur += 1;
            best = best.max(cur);
        } else {
            cur = 0;
        }
    }
    best
}

fn code_span(code: &str) -> String {
    let code = code.split_whitespace().collect::<Vec<_>>().join(" ");
    if code.is_empty() {
        return String::new();
    }
    let ticks = "`".repeat(longest_run(&code, '`') + 1);
    let pad = if code.starts_with('`') || code.ends_with('`') { " " } else { "" };
    format!("{ticks}{pad}{code}{pad}{ticks}")
}

/// Escapes text for Markdown; bare URLs become autolinks (rustdoc warns about bare URLs).
fn push_escaped_text(out: &mut String, text: &str) {
    for (i, word) in text.split(char::is_whitespace).enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let core = word.trim_end_matches(['.', ',', ')', ';', ':']);
        if (core.starts_with("https://") || core.starts_with("http://")) && is_safe_url(core) && core.len() > 8 {
            out.push('<');
            out.push_str(core);
            out.push('>');
            push_escaped(out, &word[core.len()..]);
        } else {
            push_escaped(out, word);
        }
    }
}

fn push_escaped(out: &mut String, s: &str) {
    for c in s.chars() {
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '&') {
            out.push('\\');
        }
        if c.is_control() {
            out.push(' ');
        } else {
            out.push(c);
        }
    }
}

/// A wrapped line must not start a Markdown block by accident (`- `, `+ `, `1. `, `=`).
fn escape_line_start(line: &str) -> String {
    let first = line.split(' ').next().unwrap_or("");
    if first.starts_with(['-', '+', '=']) {
        return format!("\\{line}");
    }
    let digits = first.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && first[digits..].starts_with(['.', ')']) {
        return format!("{}\\{}", &line[..digits], &line[digits..]);
    }
    line.to_string()
}

/// Greedy word wrap; never splits inside `<...>`, `[...](...)` or a code span, which contain no
/// spaces after normalisation except link texts, so links are kept whole.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut tokens: Vec<String> = Vec::new();
    let mut depth = 0i32;
    let mut in_code = false;
    let mut cur = String::new();
    let mut prev = '\0';
    for c in text.chars() {
        let escaped = prev == '\\';
        if !escaped {
            match c {
                '`' => in_code = !in_code,
                '[' if !in_code => depth += 1,
                ']' if !in_code => depth -= 1,
                _ => {}
            }
        }
        if c == ' ' && depth <= 0 && !in_code {
            tokens.push(std::mem::take(&mut cur));
        } else {
            cur.push(c);
        }
        prev = if escaped { '\0' } else { c };
    }
    tokens.push(cur);
    let mut lines = Vec::new();
    let mut line = String::new();
    for t in tokens.into_iter().filter(|t| !t.is_empty()) {
        if !line.is_empty() && line.len() + 1 + t.len() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&t);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// A Markdown code span for arbitrary text (backticks inside are fenced safely).
pub fn code(s: &str) -> String {
    let cleaned: String = s.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    if cleaned.trim().is_empty() {
        return "(empty)".to_string();
    }
    code_span(&cleaned)
}

#[cfg(test)]
mod tests {
    use super::to_markdown;

    fn md(html: &str) -> String {
        to_markdown(html).join("\n")
    }

    #[test]
    fn paragraphs_are_separated_by_blank_lines() {
        assert_eq!(md("<p>One.</p><p>Two.</p>"), "One.\n\nTwo.");
    }

    #[test]
    fn code_links_and_emphasis() {
        assert_eq!(
            md("<p>Use <code>x</code> with <a href=\"https://e.com/a\">the guide</a> in the <i>Proton User Guide</i>.</p>"),
            "Use `x` with [the guide](<https://e.com/a>) in the *Proton User Guide*."
        );
        assert_eq!(md("<p>See <b> bold </b>.</p>"), "See **bold** .");
    }

    #[test]
    fn anchors_without_href_become_code() {
        assert_eq!(md("<p>Call <a>GetService</a>.</p>"), "Call `GetService`.");
    }

    #[test]
    fn lists() {
        assert_eq!(md("<p>Either:</p><ul><li><p>a</p></li><li>b</li></ul>"), "Either:\n\n- a\n- b");
        assert_eq!(md("<ol><li>a</li><li>b</li></ol>"), "1. a\n2. b");
    }

    #[test]
    fn code_blocks_are_text_fenced() {
        assert_eq!(md("<pre><code>fn main() {}\n</code></pre>"), "```text\nfn main() {}\n```");
    }

    #[test]
    fn markdown_and_html_in_text_is_escaped() {
        assert_eq!(md("a [b] &lt;c&gt; *d* _e_ `f`"), "a \\[b\\] \\<c\\> \\*d\\* \\_e\\_ \\`f\\`");
        assert_eq!(md("<p>x &lt;script&gt;alert(1)&lt;/script&gt;</p>"), "x \\<script\\>alert(1)\\</script\\>");
    }

    #[test]
    fn bare_urls_become_autolinks() {
        assert_eq!(md("see https://aws.amazon.com/proton."), "see <https://aws.amazon.com/proton>.");
    }

    #[test]
    fn unsafe_hrefs_are_dropped() {
        assert_eq!(md("<a href=\"javascript:alert(1)\">x</a>"), "`x`");
        assert_eq!(md("<a href=\"https://a.b/>x\">y</a>"), "`y`");
    }

    #[test]
    fn entities_and_notes() {
        assert_eq!(md("<note><p>A &amp; B</p></note>"), "**Note:** A \\& B");
    }

    #[test]
    fn wrapped_lines_do_not_start_lists() {
        let long = format!("{} - dash 1. one", "word ".repeat(19));
        for line in to_markdown(&long) {
            assert!(!line.starts_with("- ") && !line.starts_with("1. "), "{line}");
        }
    }

    #[test]
    fn deeply_nested_html_is_flattened() {
        let deep = format!("{}x{}", "<b><i>".repeat(50_000), "</i></b>".repeat(50_000));
        assert!(to_markdown(&deep).join("").contains('x'));
    }

    #[test]
    fn malformed_html_does_not_panic() {
        for s in ["<", "<p", "</p>", "<a href=>", "&#xZZ;", "&#99999999;", "<<>>", "<ul><li>x"] {
            let _ = to_markdown(s);
        }
    }
}
