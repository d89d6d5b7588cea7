//! Line-oriented input (batch records, raw market CSV) as lines a person
//! would count: CRLF read as LF (so a Windows file reports the same line
//! numbers as a Unix one), and no line longer than [`MAX_LINE`], so an endless record ends in an error naming the
//! limit instead of growing without bound.

use std::io::{self, BufRead, Read};

/// The longest line of line-oriented input: one offer (or one CSV row) of
/// 1 MiB is hundreds of times any real record.
pub const MAX_LINE: usize = 1 << 20;

/// Wraps a reader: `\r\n` becomes `\n`, and a line past [`MAX_LINE`] bytes
/// is an `InvalidData` error naming the line and the limit.
pub struct LineGuard<R> {
    inner: R,
    line: u64,
    line_length: usize,
    /// A `\r` at the end of the last chunk, held back to see what follows.
    pending_cr: bool,
}

impl<R: BufRead> LineGuard<R> {
    pub fn new(inner: R) -> LineGuard<R> {
        LineGuard {
            inner,
            line: 1,
            line_length: 0,
            pending_cr: false,
        }
    }
}

impl<R: BufRead> Read for LineGuard<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        if out.is_empty() {
            return Ok(0);
        }
        // Zero bytes means the end of input, so a chunk that held only a
        // `\r` (now held back) is followed by another read.
        loop {
            let written = self.read_some(out)?;
            if written > 0 || !self.pending_cr {
                return Ok(written);
            }
        }
    }
}

impl<R: BufRead> LineGuard<R> {
    fn read_some(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let available = self.inner.fill_buf()?;
        if available.is_empty() {
            // End of input: a lone `\r` held back is passed on as it was.
            if std::mem::take(&mut self.pending_cr) {
                out[0] = b'\r';
                return Ok(1);
            }
            return Ok(0);
        }
        let mut written = 0;
        let mut consumed = 0;
        if self.pending_cr {
            if available[0] != b'\n' {
                out[written] = b'\r';
                written += 1;
                self.line_length += 1;
            }
            self.pending_cr = false;
        }
        while consumed < available.len() && written < out.len() {
            let room = out.len() - written;
            let window = &available[consumed..available.len().min(consumed + room)];
            // Runs of ordinary bytes are copied whole; only `\r` and `\n`
            // are looked at one by one.
            let run = memchr::memchr2(b'\r', b'\n', window).unwrap_or(window.len());
            if run > 0 {
                extend_line(&mut self.line_length, self.line, run)?;
                out[written..written + run].copy_from_slice(&window[..run]);
                written += run;
                consumed += run;
                continue;
            }
            let byte = available[consumed];
            consumed += 1;
            if byte == b'\r' {
                match available.get(consumed) {
                    Some(b'\n') => continue,
                    Some(_) => {}
                    None => {
                        self.pending_cr = true;
                        break;
                    }
                }
            }
            if byte == b'\n' {
                self.line += 1;
                self.line_length = 0;
            } else {
                extend_line(&mut self.line_length, self.line, 1)?;
            }
            out[written] = byte;
            written += 1;
        }
        self.inner.consume(consumed);
        Ok(written)
    }
}

/// Counts `bytes` more on line `line`; past [`MAX_LINE`] an error naming it.
fn extend_line(line_length: &mut usize, line: u64, bytes: usize) -> io::Result<()> {
    *line_length += bytes;
    if *line_length > MAX_LINE {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            format!(
                "line {line} is longer than {MAX_LINE} bytes (1 MiB), the limit for one record"
            ),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn through(bytes: &[u8], chunk: usize) -> io::Result<Vec<u8>> {
        let mut guard = LineGuard::new(io::BufReader::with_capacity(chunk, bytes));
        let mut out = Vec::new();
        guard.read_to_end(&mut out)?;
        Ok(out)
    }

    #[test]
    fn crlf_becomes_lf_at_every_chunk_boundary() {
        for chunk in 1..8 {
            assert_eq!(through(b"a,b\r\n1,2\r\n", chunk).unwrap(), b"a,b\n1,2\n");
            assert_eq!(through(b"x\ry\r", chunk).unwrap(), b"x\ry\r");
            assert_eq!(through(b"\r\r\n", chunk).unwrap(), b"\r\n");
        }
    }

    proptest::proptest! {
        /// Whatever the chunk size, CRLF becomes LF and nothing else changes.
        #[test]
        fn only_crlf_changes(bytes in proptest::collection::vec(proptest::sample::select(vec![b'a', b'\r', b'\n', b',', 0xC3, 0xA9]), 0..200), chunk in 1usize..40) {
            let expected: Vec<u8> = {
                let mut out = Vec::new();
                let mut i = 0;
                while i < bytes.len() {
                    if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                        i += 1;
                        continue;
                    }
                    out.push(bytes[i]);
                    i += 1;
                }
                out
            };
            proptest::prop_assert_eq!(through(&bytes, chunk).unwrap(), expected);
        }
    }

    #[test]
    fn a_line_past_the_limit_is_an_error_naming_it() {
        let mut long = b"ok\n".to_vec();
        long.extend(std::iter::repeat_n(b'x', MAX_LINE + 1));
        let err = through(&long, 1 << 16).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::InvalidData);
        assert!(
            err.to_string()
                .contains("line 2 is longer than 1048576 bytes"),
            "{err}"
        );
        let mut fits = vec![b'x'; MAX_LINE];
        fits.push(b'\n');
        assert_eq!(through(&fits, 1 << 16).unwrap().len(), MAX_LINE + 1);
    }
}
