//! Prose wrapped to the width of a terminal, breaking only at spaces.
//!
//! A word, and so a figure such as `$1,061,216.59`, is never split: a line
//! breaks between words, and a single word wider than the line stands whole
//! on a line of its own (it overflows rather than break). Widths are counted
//! in terminal columns (`unicode-width`), so `€`, `¥` and `·` count one
//! column and a wide character two.
//!
//! Every view that prints sentences for a terminal wraps them here; Markdown
//! keeps its lines whole, as a Markdown reader reflows them itself.

use unicode_width::UnicodeWidthStr;

/// The width used when the output is not a terminal and none was asked for.
pub const DEFAULT_WIDTH: u16 = 80;

/// How many terminal columns `text` takes.
pub fn columns(text: &str) -> usize {
    text.width()
}

/// One paragraph wrapped to `width` columns: the lines, without newlines.
///
/// Runs of spaces between words become one space; a line break inside
/// `text` starts a new line (each line is wrapped on its own).
///
/// ```
/// use counteroffer::render::wrap::paragraph;
/// assert_eq!(
///     paragraph("Leader: Amazon, ahead by $21,111.71 over 4 years.", 20),
///     ["Leader: Amazon,", "ahead by $21,111.71", "over 4 years."]
/// );
/// ```
pub fn paragraph(text: &str, width: usize) -> Vec<String> {
    hanging(text, "", "", width)
}

/// A paragraph wrapped to `width` columns behind a prefix: `first` starts
/// the first line, `rest` every line after it (a list item's marker and the
/// indentation under it, say `"- "` and `"  "`).
///
/// ```
/// use counteroffer::render::wrap::hanging;
/// assert_eq!(
///     hanging("Break-even: $4,587.52 more base a year", "  - ", "    ", 24),
///     ["  - Break-even:", "    $4,587.52 more base", "    a year"]
/// );
/// ```
pub fn hanging(text: &str, first: &str, rest: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    for source in text.split('\n') {
        let mut line = if lines.is_empty() { first } else { rest }.to_owned();
        let mut empty = true;
        for word in source.split(' ').filter(|w| !w.is_empty()) {
            if !empty && columns(&line) + 1 + columns(word) > width {
                lines.push(line);
                line = rest.to_owned();
                empty = true;
            }
            if !empty {
                line.push(' ');
            }
            line.push_str(word);
            empty = false;
        }
        lines.push(line.trim_end().to_owned());
    }
    lines
}

/// A block of text, each line a paragraph of its own, wrapped to `width`.
///
/// A line that fits is kept exactly as it is. A longer one is wrapped, and
/// its continuation lines keep its indentation and the width of its list
/// marker (`- `, `1. `), or repeat its quotation marker (`| `), so
///
/// ```text
///   - Floor: $911,459.91 over 4 years, set by the offer as it stands.
/// ```
///
/// wraps at 40 columns to
///
/// ```text
///   - Floor: $911,459.91 over 4 years, set
///     by the offer as it stands.
/// ```
///
/// ```
/// use counteroffer::render::wrap::block;
/// assert_eq!(
///     block("Title\n  | Thank you for backing my promotion.\n", 24),
///     "Title\n  | Thank you for\n  | backing my\n  | promotion.\n"
/// );
/// ```
pub fn block(text: &str, width: usize) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    for (index, line) in text.split('\n').enumerate() {
        if index > 0 {
            out.push('\n');
        }
        if columns(line) <= width {
            out.push_str(line);
            continue;
        }
        let (first, rest, body) = split_marker(line);
        out.push_str(&hanging(body, &first, &rest, width).join("\n"));
    }
    out
}

/// A line's leading indentation and list or quotation marker, the prefix
/// its continuation lines take, and the text after them.
fn split_marker(line: &str) -> (String, String, &str) {
    let body = line.trim_start_matches(' ');
    let indent = &line[..line.len() - body.len()];
    let numbered = body
        .find(". ")
        .filter(|&end| end > 0 && body[..end].bytes().all(|b| b.is_ascii_digit()))
        .map(|end| end + 2);
    let (marker, repeat) = if body.starts_with("| ") {
        (2, true)
    } else if body.starts_with("- ") || body.starts_with("* ") {
        (2, false)
    } else if let Some(end) = numbered {
        (end, false)
    } else {
        (0, false)
    };
    let first = format!("{indent}{}", &body[..marker]);
    let rest = if repeat {
        first.clone()
    } else {
        format!("{indent}{}", " ".repeat(marker))
    };
    (first, rest, &body[marker..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn breaks_only_between_words() {
        let text = "Break-even: to match Amazon promotion (L7 manager) over 4 years, \
                    Competing offer (Group PM) needs $21,111.71 more sign-on; \
                    or $4,587.52 more base a year.";
        for width in 20..=80 {
            let lines = paragraph(text, width);
            assert_eq!(lines.join(" "), text, "width {width}");
            for line in &lines {
                assert!(columns(line) <= width, "{width}: {line:?}");
            }
            // Greedy: the next line's first word did not fit on this line.
            for pair in lines.windows(2) {
                let next = pair[1].split(' ').next().unwrap();
                assert!(columns(&pair[0]) + 1 + columns(next) > width, "{pair:?}");
            }
        }
    }

    #[test]
    fn a_word_wider_than_the_line_stands_whole() {
        assert_eq!(
            paragraph("total $1,088,212.38 more", 8),
            ["total", "$1,088,212.38", "more"]
        );
    }

    #[test]
    fn counts_columns_not_bytes() {
        // `€` is three bytes and one column.
        assert_eq!(
            paragraph("€95,000.00 €5,000.00", 20),
            ["€95,000.00 €5,000.00"]
        );
        assert_eq!(
            paragraph("€95,000.00 €5,000.00", 19),
            ["€95,000.00", "€5,000.00"]
        );
    }

    #[test]
    fn keeps_line_breaks_and_empty_lines() {
        assert_eq!(paragraph("a b\n\nc", 10), ["a b", "", "c"]);
        assert_eq!(paragraph("", 10), [""]);
    }

    #[test]
    fn block_keeps_short_lines_and_indents_continuations() {
        let text = "1. THE ASK\n  Base salary: $213,900 (offered $180,000.00)\n  \
                    - Floor: $911,459.91 over 4 years, set by the offer\n  \
                    12. \"If the bonus is the sticking point, fine.\"";
        assert_eq!(
            block(text, 30),
            "1. THE ASK\n  Base salary: $213,900\n  (offered $180,000.00)\n  \
             - Floor: $911,459.91 over 4\n    years, set by the offer\n  \
             12. \"If the bonus is the\n      sticking point, fine.\""
        );
    }
}
