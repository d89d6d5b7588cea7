//! Text from files and arguments, made safe for the place it is shown.
//!
//! Offer names, benchmark ids, sources, file names and error details are
//! other people's text. On a terminal a control character can clear the
//! screen or set the window title; in Markdown a `|` or raw HTML breaks the
//! table or passes through to a page; in a spreadsheet a cell starting with
//! `=` runs as a formula. Each view escapes for its own medium; JSON output
//! keeps the text exactly as read.

use std::borrow::Cow;

/// Whether `c` must not reach a terminal raw: C0 and C1 controls, DEL, and
/// the Unicode bidirectional overrides that reorder what is shown.
fn is_unsafe(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
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
