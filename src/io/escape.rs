//! Text from files and arguments, made safe for the place it is shown.
//!
//! Offer names, benchmark ids, sources, file names and error details are
//! other people's text. On a terminal a control character can clear the
//! screen or set the window title; in Markdown a `|` or raw HTML breaks the
//! table or passes through to a page; in a spreadsheet a cell starting with
//! `=` runs as a formula. Each view escapes for its own medium; JSON output
//! keeps the text exactly as read.

use std::borrow::Cow;

/// Whether `c` must not reach a terminal raw: C0 and C1 controls, DEL, the
/// Unicode bidirectional overrides that reorder what is shown, the
/// invisible characters that make two names print alike (`Ac\u{200b}me` and
/// `Acme`: zero-width spaces and joiners, direction marks, the word joiner
/// and invisible operators, the byte-order mark, the Mongolian vowel
/// separator) and the line and paragraph separators that split a line.
fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{202A}'..='\u{202E}'
                | '\u{2066}'..='\u{2069}'
                | '\u{200B}'..='\u{200F}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{2060}'..='\u{2064}'
                | '\u{061C}'
                | '\u{180E}'
                | '\u{FEFF}'
        )
}

/// Whether XML 1.0 allows `c` in a document (its `Char` production:
/// tab, line feed, carriage return, U+0020-U+D7FF, U+E000-U+FFFD and
/// U+10000 up). Rust text holds no surrogates, so only the C0 controls
/// and U+FFFE and U+FFFF fall outside.
fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// Control characters written visibly (`\n`, `\t`, `\u{1b}`), everything
/// else untouched.
pub fn terminal(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if is_unsafe(c) => out.push_str(&format!("\\u{{{:x}}}", u32::from(c))),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Text for an SVG text node (which escapes markup itself): what the
/// terminal shows, with every character XML 1.0 does not allow (U+FFFE,
/// U+FFFF) written visibly too, so the document stays well-formed.
pub fn svg_text(text: &str) -> Cow<'_, str> {
    let shown = terminal(text);
    if shown.chars().all(is_xml_char) {
        return shown;
    }
    let mut out = String::with_capacity(shown.len() + 8);
    for c in shown.chars() {
        if is_xml_char(c) {
            out.push(c);
        } else {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        }
    }
    Cow::Owned(out)
}

/// Text for a Markdown document or table cell: controls escaped as for the
/// terminal, Markdown punctuation backslash-escaped, and `<`, `>`, `&` as
/// HTML entities so that no raw HTML passes through.
pub fn markdown(text: &str) -> Cow<'_, str> {
    let special = |c: char| {
        matches!(
            c,
            '\\' | '|' | '`' | '*' | '_' | '[' | ']' | '#' | '<' | '>' | '&'
        )
    };
    let shown = terminal(text);
    if !shown.chars().any(special) {
        return shown;
    }
    let mut out = String::with_capacity(shown.len() + 8);
    for c in shown.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            c if special(c) => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// A CSV text cell that a spreadsheet will not run as a formula: OWASP's
/// advice, a leading `'` on text starting with `=`, `+`, `-`, `@`, tab or CR.
/// Only text cells go through here; numbers stay numbers.
pub fn csv_text(text: &str) -> Cow<'_, str> {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => Cow::Owned(format!("'{text}")),
        _ => Cow::Borrowed(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_are_shown_not_obeyed() {
        assert_eq!(terminal("Acme"), "Acme");
        assert_eq!(terminal("a\u{1b}[2Jb"), "a\\u{1b}[2Jb");
        assert_eq!(terminal("x\u{1b}]0;title\u{7}"), "x\\u{1b}]0;title\\u{7}");
        assert_eq!(terminal("two\nlines\r\tend"), "two\\nlines\\r\\tend");
        assert_eq!(terminal("\u{9b}31m"), "\\u{9b}31m");
        assert_eq!(terminal("\u{7f}"), "\\u{7f}");
        assert_eq!(terminal("abc\u{202E}fed"), "abc\\u{202e}fed");
        assert_eq!(terminal("Zürich €"), "Zürich €");
    }

    #[test]
    fn invisible_characters_are_shown() {
        assert_eq!(terminal("Ac\u{200b}me"), "Ac\\u{200b}me");
        assert_ne!(terminal("Ac\u{200b}me"), terminal("Acme"));
        assert_eq!(terminal("a\u{200d}b"), "a\\u{200d}b");
        assert_eq!(terminal("\u{feff}Acme"), "\\u{feff}Acme");
        assert_eq!(
            terminal("one\u{2028}two\u{2029}"),
            "one\\u{2028}two\\u{2029}"
        );
        assert_eq!(terminal("a\u{2060}b\u{200e}"), "a\\u{2060}b\\u{200e}");
        // In Markdown too, which shows what the terminal shows.
        assert_eq!(markdown("Ac\u{200c}me"), "Ac\\\\u{200c}me");
    }

    #[test]
    fn svg_text_holds_only_what_xml_allows() {
        assert_eq!(svg_text("A\u{fffe}B\u{ffff}"), "A\\u{fffe}B\\u{ffff}");
        assert_eq!(svg_text("x\u{1}y"), "x\\u{1}y");
        assert_eq!(svg_text("Zürich \u{fffd} 😀"), "Zürich \u{fffd} 😀");
        for c in ['\u{fffe}', '\u{ffff}', '\u{0}', '\u{1f}', '\u{8}'] {
            assert!(svg_text(&format!("a{c}b")).chars().all(is_xml_char));
        }
    }

    #[test]
    fn markdown_cannot_break_a_table_or_pass_html() {
        assert_eq!(markdown("A | B"), "A \\| B");
        assert_eq!(
            markdown("<script>alert(1)</script>"),
            "&lt;script&gt;alert(1)&lt;/script&gt;"
        );
        assert_eq!(markdown("AT&T"), "AT&amp;T");
        assert_eq!(markdown("[x](javascript:y)"), "\\[x\\](javascript:y)");
        assert_eq!(
            markdown("**bold** `code` # h"),
            "\\*\\*bold\\*\\* \\`code\\` \\# h"
        );
        assert_eq!(markdown("line\n# heading"), "line\\\\n\\# heading");
        assert_eq!(markdown("Amazon L7"), "Amazon L7");
    }

    #[test]
    fn formulas_are_neutralised() {
        for (text, expected) in [
            ("=1+1", "'=1+1"),
            ("+SUM(A1)", "'+SUM(A1)"),
            ("-2+3", "'-2+3"),
            ("@cmd", "'@cmd"),
            ("\tx", "'\tx"),
            ("\rx", "'\rx"),
            ("Acme", "Acme"),
            ("", ""),
        ] {
            assert_eq!(csv_text(text), expected);
        }
    }
}
