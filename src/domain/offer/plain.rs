//! Offers written plainly, read in one pass.
//!
//! Nearly every offer in a batch is an object of known keys, each once,
//! whose strings hold no escape: the shape `serde_json` spent nearly a
//! third of a batch record's instructions taking apart through its generic
//! visitors. This
//! reader takes exactly that shape apart byte by byte and answers `None`
//! for anything else (an escape, an unknown or repeated key, a value of
//! another type, JSON it does not expect), which then goes through
//! `serde_json` as before: the same value, or the error with its path.
//!
//! So it never decides what a file means. Where it answers, its answer is
//! the one `serde_json` gives (the same fields, decimals read by the same
//! [`parse_exact`]); a property test and the `offer` fuzz target hold the
//! two together on every input they generate.

use super::exact::{ExactDecimal, parse_exact};
use super::file::{ClawbackFile, GrantFile, OfferFile, ScheduleFile};
use super::validate::MAX_SCHEDULE_YEARS;
use crate::domain::vesting::Frequency;

/// The offer in `text`, or `None` where `serde_json` must decide.
pub fn offer_file(text: &str) -> Option<OfferFile> {
    let mut cursor = Cursor { text, at: 0 };
    let offer = cursor.offer()?;
    cursor.skip_whitespace();
    (cursor.at == text.len()).then_some(offer)
}

/// A position in the text, always on a character boundary (it only ever
/// stops next to an ASCII byte).
struct Cursor<'a> {
    text: &'a str,
    at: usize,
}

const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
const HIGH: u64 = u64::from_ne_bytes([0x80; 8]);

/// The high bit of each byte of `word` that is zero. Only the lowest is
/// exact (a borrow may mark the bytes above it), the one that counts.
fn zero_bytes(word: u64) -> u64 {
    word.wrapping_sub(ONES) & !word & HIGH
}

/// The first byte of `bytes` that `marks` marks in a word (see
/// [`zero_bytes`]), eight bytes at a time; `is` says the same of one byte,
/// for the tail.
fn first_marked(
    bytes: &[u8],
    marks: impl Fn(u64) -> u64,
    is: impl Fn(u8) -> bool,
) -> Option<usize> {
    let mut at = 0;
    while let Some(word) = bytes.get(at..at + 8) {
        let marked = marks(u64::from_le_bytes(word.try_into().ok()?));
        if marked != 0 {
            return Some(at + (marked.trailing_zeros() / 8) as usize);
        }
        at += 8;
    }
    bytes[at..]
        .iter()
        .position(|&byte| is(byte))
        .map(|end| at + end)
}

/// Where a string's text ends: the first `"`, `\` or control character.
fn string_end(bytes: &[u8]) -> Option<usize> {
    first_marked(
        bytes,
        |word| {
            let quote = zero_bytes(word ^ (ONES * u64::from(b'"')));
            let backslash = zero_bytes(word ^ (ONES * u64::from(b'\\')));
            let control = word.wrapping_sub(ONES * 0x20) & !word & HIGH;
            quote | backslash | control
        },
        |byte| byte == b'"' || byte == b'\\' || byte < 0x20,
    )
}

/// Where the next `"` is.
fn quote_at(bytes: &[u8]) -> Option<usize> {
    first_marked(
        bytes,
        |word| zero_bytes(word ^ (ONES * u64::from(b'"'))),
        |byte| byte == b'"',
    )
}

/// Fills a slot once: a key seen twice is `serde`'s "duplicate field".
fn fill<T>(slot: &mut Option<T>, value: T) -> Option<()> {
    match slot {
        Some(_) => None,
        None => {
            *slot = Some(value);
            Some(())
        }
    }
}

impl<'a> Cursor<'a> {
    fn bytes(&self) -> &'a [u8] {
        self.text.as_bytes()
    }

    /// JSON's four whitespace bytes, as `serde_json` skips them.
    fn skip_whitespace(&mut self) {
        while let Some(b' ' | b'\n' | b'\t' | b'\r') = self.bytes().get(self.at) {
            self.at += 1;
        }
    }

    /// The next byte that is not whitespace, not taken.
    fn peek(&mut self) -> Option<u8> {
        self.skip_whitespace();
        self.bytes().get(self.at).copied()
    }

    fn eat(&mut self, byte: u8) -> Option<()> {
        (self.peek()? == byte).then(|| self.at += 1)
    }

    /// Members of an object or elements of an array: `read` takes one,
    /// then a comma goes on and `close` ends.
    fn members(
        &mut self,
        open: u8,
        close: u8,
        mut read: impl FnMut(&mut Self) -> Option<()>,
    ) -> Option<()> {
        self.eat(open)?;
        if self.peek()? == close {
            self.at += 1;
            return Some(());
        }
        loop {
            read(self)?;
            match self.peek()? {
                b',' => self.at += 1,
                byte if byte == close => {
                    self.at += 1;
                    return Some(());
                }
                _ => return None,
            }
        }
    }

    /// An object's members: `member` reads the value of each key.
    fn object(&mut self, mut member: impl FnMut(&mut Self, &'a str) -> Option<()>) -> Option<()> {
        self.members(b'{', b'}', |cursor| {
            let key = cursor.word()?;
            cursor.eat(b':')?;
            member(cursor, key)
        })
    }

    /// A string with no escape and no control character, borrowed.
    fn string(&mut self) -> Option<&'a str> {
        self.eat(b'"')?;
        let start = self.at;
        let end = start + string_end(&self.bytes()[start..])?;
        (self.bytes()[end] == b'"').then_some(())?;
        self.at = end + 1;
        self.text.get(start..end)
    }

    /// A string's text up to its closing quote, for a key, a word of a
    /// known few or a decimal: one with an escape or a control character
    /// matches no key or word and reads as no decimal, so, unlike
    /// [`Cursor::string`], it need not look for them.
    fn word(&mut self) -> Option<&'a str> {
        self.eat(b'"')?;
        let start = self.at;
        let length = quote_at(&self.bytes()[start..])?;
        self.at = start + length + 1;
        self.text.get(start..start + length)
    }

    /// A number's text as JSON writes it:
    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`.
    fn number(&mut self) -> Option<&'a str> {
        self.skip_whitespace();
        let bytes = self.bytes();
        let start = self.at;
        let mut at = start + usize::from(bytes.get(start) == Some(&b'-'));
        let digits = |at: &mut usize| {
            let first = *at;
            while bytes.get(*at).is_some_and(u8::is_ascii_digit) {
                *at += 1;
            }
            *at > first
        };
        if bytes.get(at) == Some(&b'0') {
            at += 1;
        } else if !digits(&mut at) {
            return None;
        }
        if bytes.get(at) == Some(&b'.') {
            at += 1;
            digits(&mut at).then_some(())?;
        }
        if let Some(b'e' | b'E') = bytes.get(at) {
            at += 1;
            if let Some(b'+' | b'-') = bytes.get(at) {
                at += 1;
            }
            digits(&mut at).then_some(())?;
        }
        self.at = at;
        self.text.get(start..at)
    }

    /// `null` as `None`, else what `read` takes.
    fn nullable<T>(&mut self, read: impl FnOnce(&mut Self) -> Option<T>) -> Option<Option<T>> {
        if self.peek()? == b'n' {
            self.bytes()[self.at..].starts_with(b"null").then_some(())?;
            self.at += 4;
            return Some(None);
        }
        read(self).map(Some)
    }

    /// A decimal written as a number or as a string, read as
    /// [`ExactDecimal`]'s visitor reads either.
    fn decimal(&mut self) -> Option<ExactDecimal> {
        let text = match self.peek()? {
            b'"' => self.word()?,
            _ => self.number()?,
        };
        parse_exact(text).ok().map(ExactDecimal)
    }

    /// A whole number of at most `u32::MAX`, written plainly.
    fn count(&mut self) -> Option<u32> {
        let text = self.number()?;
        if !text.bytes().all(|byte| byte.is_ascii_digit()) {
            return None;
        }
        text.parse().ok()
    }

    fn owned(&mut self) -> Option<String> {
        self.string().map(str::to_owned)
    }

    fn decimals(&mut self, most: usize) -> Option<Vec<ExactDecimal>> {
        let mut values = Vec::new();
        self.members(b'[', b']', |cursor| {
            (values.len() < most).then_some(())?;
            values.push(cursor.decimal()?);
            Some(())
        })?;
        Some(values)
    }

    fn offer(&mut self) -> Option<OfferFile> {
        let mut name = None;
        let mut company = None;
        let mut role = None;
        let mut level = None;
        let mut location = None;
        let mut currency = None;
        let mut start_date = None;
        let mut base_salary = None;
        let mut annual_raise_pct = None;
        let mut bonus_target_pct = None;
        let mut bonus_target = None;
        let mut sign_on = None;
        let mut equity = None;
        let mut stock_growth_pct = None;
        let mut years = None;
        let mut clawback_months = None;
        let mut clawback = None;
        let mut tax = None;
        self.object(|cursor, key| match key {
            "name" => fill(&mut name, cursor.owned()?),
            "company" => fill(&mut company, cursor.nullable(Self::owned)?),
            "role" => fill(&mut role, cursor.nullable(Self::owned)?),
            "level" => fill(&mut level, cursor.nullable(Self::owned)?),
            "location" => fill(&mut location, cursor.nullable(Self::owned)?),
            "currency" => fill(&mut currency, cursor.nullable(Self::owned)?),
            "start_date" => fill(&mut start_date, cursor.nullable(Self::owned)?),
            "base_salary" => fill(&mut base_salary, cursor.decimal()?),
            "annual_raise_pct" => fill(&mut annual_raise_pct, cursor.nullable(Self::decimal)?),
            "bonus_target_pct" => fill(&mut bonus_target_pct, cursor.nullable(Self::decimal)?),
            "bonus_target" => fill(&mut bonus_target, cursor.nullable(Self::decimal)?),
            "sign_on" => fill(&mut sign_on, cursor.decimals(usize::MAX)?),
            "equity" => {
                let mut grants = Vec::new();
                cursor.members(b'[', b']', |cursor| {
                    grants.push(cursor.grant()?);
                    Some(())
                })?;
                fill(&mut equity, grants)
            }
            "stock_growth_pct" => fill(&mut stock_growth_pct, cursor.nullable(Self::decimal)?),
            "years" => fill(&mut years, cursor.nullable(Self::count)?),
            "clawback_months" => fill(&mut clawback_months, cursor.nullable(Self::count)?),
            "clawback" => fill(
                &mut clawback,
                cursor.nullable(|cursor| match cursor.word()? {
                    "prorated" => Some(ClawbackFile::Prorated),
                    "full" => Some(ClawbackFile::Full),
                    _ => None,
                })?,
            ),
            "tax" => fill(&mut tax, cursor.nullable(Self::owned)?),
            _ => None,
        })?;
        Some(OfferFile {
            name: name?,
            company: company.flatten(),
            role: role.flatten(),
            level: level.flatten(),
            location: location.flatten(),
            currency: currency.flatten(),
            start_date: start_date.flatten(),
            base_salary: base_salary?,
            annual_raise_pct: annual_raise_pct.flatten(),
            bonus_target_pct: bonus_target_pct.flatten(),
            bonus_target: bonus_target.flatten(),
            sign_on: sign_on.unwrap_or_default(),
            equity: equity.unwrap_or_default(),
            stock_growth_pct: stock_growth_pct.flatten(),
            years: years.flatten(),
            clawback_months: clawback_months.flatten(),
            clawback: clawback.flatten(),
            tax: tax.flatten(),
        })
    }

    fn grant(&mut self) -> Option<GrantFile> {
        let mut grant_value = None;
        let mut shares = None;
        let mut share_price = None;
        let mut schedule = None;
        let mut frequency = None;
        let mut cliff_months = None;
        let mut grant_year = None;
        self.object(|cursor, key| match key {
            "grant_value" => fill(&mut grant_value, cursor.nullable(Self::decimal)?),
            "shares" => fill(&mut shares, cursor.nullable(Self::decimal)?),
            "share_price" => fill(&mut share_price, cursor.nullable(Self::decimal)?),
            "schedule" => fill(&mut schedule, cursor.nullable(Self::schedule)?),
            "frequency" => fill(
                &mut frequency,
                cursor.nullable(|cursor| match cursor.word()? {
                    "annual" => Some(Frequency::Annual),
                    "semiannual" => Some(Frequency::Semiannual),
                    "quarterly" => Some(Frequency::Quarterly),
                    "monthly" => Some(Frequency::Monthly),
                    _ => None,
                })?,
            ),
            "cliff_months" => fill(&mut cliff_months, cursor.nullable(Self::count)?),
            "grant_year" => fill(&mut grant_year, cursor.nullable(Self::count)?),
            _ => None,
        })?;
        // Options and double-trigger grants have keys this reader does not
        // know: it answers `None` for them above, and serde_json reads them.
        Some(GrantFile {
            kind: None,
            strike_price: None,
            fmv: None,
            preferred_price: None,
            fully_diluted_shares: None,
            option_type: None,
            exercise_window_days: None,
            early_exercise: None,
            double_trigger: None,
            grant_value: grant_value.flatten(),
            shares: shares.flatten(),
            share_price: share_price.flatten(),
            schedule: schedule.flatten(),
            frequency: frequency.flatten(),
            cliff_months: cliff_months.flatten(),
            grant_year: grant_year.flatten(),
        })
    }

    /// A preset's name (any, as written: validation names the known ones)
    /// or yearly percentages, at most as many as `serde` takes.
    fn schedule(&mut self) -> Option<ScheduleFile> {
        match self.peek()? {
            b'"' => self.owned().map(ScheduleFile::Preset),
            _ => self
                .decimals(MAX_SCHEDULE_YEARS)
                .map(ScheduleFile::Percentages),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether the plain reader answered; where it did, `serde_json` reads
    /// the same offer, field for field (`Debug` shows each decimal's scale).
    fn agrees(text: &str) -> bool {
        let Some(plain) = offer_file(text) else {
            return false;
        };
        match serde_json::from_str::<OfferFile>(text) {
            Ok(general) => assert_eq!(format!("{plain:?}"), format!("{general:?}"), "{text}"),
            Err(err) => panic!("the plain reader read what serde_json refuses ({err}): {text}"),
        }
        true
    }

    #[test]
    fn every_example_offer_is_read_plainly_and_alike() {
        for file in [
            "amazon-promotion.json",
            "competing-offer.json",
            "current-pay.json",
            "london-offer.json",
            "refreshers.json",
            "tokyo-offer.json",
        ] {
            let path = format!("{}/examples/{file}", env!("CARGO_MANIFEST_DIR"));
            let text = std::fs::read_to_string(&path).unwrap();
            assert!(agrees(&text), "{file} was not read plainly");
        }
        let lines = include_str!("../../../examples/offers.jsonl");
        for line in lines.lines().filter(|line| !line.trim().is_empty()) {
            assert!(agrees(line), "not read plainly: {line}");
        }
    }

    #[test]
    fn every_form_it_takes_reads_as_serde_json_reads_it() {
        for text in [
            r#"{"name":"A","base_salary":"100000.00"}"#,
            " \t\r\n{ \"name\" : \"A\" , \"base_salary\" : 100000.00 } \n",
            r#"{"name":"Zoë – 東京","base_salary":1.5e3,"years":4,"clawback_months":0}"#,
            r#"{"name":"A","base_salary":"-0","sign_on":[],"equity":[]}"#,
            r#"{"name":"A","base_salary":0,"sign_on":[1,"2.50",3E-2],"equity":[{}]}"#,
            r#"{"name":"A","base_salary":1,"company":null,"role":null,"level":null,
                "location":null,"currency":null,"start_date":null,"annual_raise_pct":null,
                "bonus_target_pct":null,"bonus_target":null,"stock_growth_pct":null,
                "years":null,"clawback_months":null,"clawback":null,"tax":null}"#,
            r#"{"name":"A","base_salary":1,"clawback":"full","tax":"us-ca-2026",
                "bonus_target":"20000","stock_growth_pct":"-7.5","currency":"JPY"}"#,
            r#"{"name":"A","base_salary":1,"equity":[{"shares":"10.5","share_price":200,
                "schedule":[5,15,40,40],"frequency":"monthly","cliff_months":12,
                "grant_year":2},{"grant_value":null,"schedule":"unknown preset",
                "frequency":null,"cliff_months":null,"grant_year":null,"shares":null,
                "share_price":null},{"schedule":[]}]}"#,
            r#"{"name":"","base_salary":"79228162514264337593543950335","years":4294967295}"#,
        ] {
            assert!(agrees(text), "not read plainly: {text}");
        }
    }

    #[test]
    fn a_string_ends_at_its_first_quote_backslash_or_control_character_a_word_at_its_quote() {
        let naive = |bytes: &[u8]| {
            bytes
                .iter()
                .position(|&byte| byte == b'"' || byte == b'\\' || byte < 0x20)
        };
        let mut state = 0x9e37_79b9_7f4a_7c15_u64;
        for _ in 0..20_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let length = (state % 40) as usize;
            let bytes: Vec<u8> = (0..length)
                .map(|i| {
                    let pick = (state >> (i % 56)) as u8;
                    // Mostly plain text, with the bytes that end a string
                    // and their neighbours (0x1f, 0x20, 0x21, 0x23, 0x5b, 0x5d).
                    match pick % 16 {
                        0 => b'"',
                        1 => b'\\',
                        2 => pick % 0x20,
                        3 => {
                            [0x1f, 0x20, 0x21, 0x23, 0x5b, 0x5d, 0x7f, 0xff][usize::from(pick >> 5)]
                        }
                        _ => b'a' + pick % 26,
                    }
                })
                .collect();
            assert_eq!(string_end(&bytes), naive(&bytes), "{bytes:?}");
            let quote = bytes.iter().position(|&byte| byte == b'"');
            assert_eq!(quote_at(&bytes), quote, "{bytes:?}");
        }
        assert_eq!(string_end(b"0123456789abcdef\""), Some(16));
        assert_eq!(string_end(b"01234567"), None);
    }

    #[test]
    fn anything_else_is_left_to_serde_json() {
        for text in [
            r#"{"name":"A\"","base_salary":1}"#,
            r#"{"name":"\u0041","base_salary":1}"#,
            "{\"name\":\"A\u{1}\",\"base_salary\":1}",
            r#"{"name":"A","name":"B","base_salary":1}"#,
            r#"{"name":"A","base_salary":1,"company":null,"company":"B"}"#,
            r#"{"name":"A","base_salary":1,"bonus":1}"#,
            r#"{"na\u006de":"A","base_salary":1}"#,
            r#"{"name":"A","base_salary":1,}"#,
            r#"{"name":"A","base_salary":01}"#,
            r#"{"name":"A","base_salary":1.}"#,
            r#"{"name":"A","base_salary":.5}"#,
            r#"{"name":"A","base_salary":+1}"#,
            r#"{"name":"A","base_salary":"12.5%"}"#,
            r#"{"name":"A","base_salary":1e400}"#,
            r#"{"name":"A","base_salary":1,"years":4.0}"#,
            r#"{"name":"A","base_salary":1,"years":-0}"#,
            r#"{"name":"A","base_salary":1,"years":"4"}"#,
            r#"{"name":"A","base_salary":1,"years":4294967296}"#,
            r#"{"name":"A","base_salary":1,"sign_on":null}"#,
            r#"{"name":"A","base_salary":1,"sign_on":[1,]}"#,
            r#"{"name":"A","base_salary":1,"equity":[{"grant_value":1,"vest":1}]}"#,
            r#"{"name":"A","base_salary":1,"equity":[{"frequency":"Annual"}]}"#,
            r#"{"name":"A","base_salary":1,"equity":[{"schedule":25}]}"#,
            r#"{"name":"A","base_salary":1,"equity":[{"schedule":[1,1,1,1,1,1,1,1,1,1,90]}]}"#,
            r#"{"name":"A","base_salary":1,"clawback":"half"}"#,
            r#"{"name":"A","base_salary":1,"equity":[{"kind":"options","shares":1,"strike_price":1,"fmv":1}]}"#,
            r#"{"name":"A","base_salary":1,"equity":[{"shares":1,"share_price":1,"double_trigger":true}]}"#,
            r#"{"name":"A","base_salary":1,"company":nul}"#,
            r#"{"name":"A","base_salary":1,"company":nullx}"#,
            r#"{"name":"A","base_salary":1} x"#,
            r#"{"name":"A","base_salary":1}{}"#,
            r#"{"base_salary":1}"#,
            r#"{"name":"A"}"#,
            r#"{}"#,
            r#"["A",1]"#,
            "\u{feff}{\"name\":\"A\",\"base_salary\":1}",
            "",
            r#"{"name":"A","base_salary":1"#,
            r#"{"name":"A","base_salary""#,
        ] {
            assert!(offer_file(text).is_none(), "read plainly: {text}");
        }
    }

    /// Values for `key`: mostly of its own shape, valid or just not, and
    /// now and then any shape at all.
    fn value(key: &'static str) -> proptest::strategy::BoxedStrategy<String> {
        use proptest::prelude::*;
        let pick = |texts: &[&'static str]| {
            prop::sample::select(texts.to_vec())
                .prop_map(str::to_owned)
                .boxed()
        };
        // Each shape: texts it takes, then texts of the same look it leaves
        // to serde_json (which may take or refuse them), one in five.
        let shape = |plain: &[&'static str], tricky: &[&'static str]| {
            prop_oneof![4 => pick(plain), 1 => pick(tricky)].boxed()
        };
        let text = shape(
            &["\"A\"", "\"Zoë\"", "\"\"", "\"2027-01-04\"", "null"],
            &["\"a\\\"b\"", "\"\\u00e9\"", "7"],
        );
        let decimal = shape(
            &[
                "12.5",
                "\"12.5\"",
                "1e3",
                "1E+2",
                "-0",
                "0",
                "\"-3\"",
                "\"1.005\"",
                "null",
            ],
            &[
                "01",
                "79228162514264337593543950336",
                "\"1,000\"",
                "\"\"",
                "1.",
            ],
        );
        let count = shape(
            &["4", "0", "12", "40", "null"],
            &["4.0", "-1", "4294967296", "01", "\"4\"", "-0"],
        );
        let decimals = prop::collection::vec(decimal.clone(), 0..4)
            .prop_map(|items| format!("[{}]", items.join(",")))
            .boxed();
        let any = prop_oneof![text.clone(), decimal.clone(), pick(&["true", "[]", "{}"])].boxed();
        let own = match key {
            "base_salary" | "annual_raise_pct" | "bonus_target_pct" | "bonus_target"
            | "stock_growth_pct" | "grant_value" | "shares" | "share_price" => decimal,
            "years" | "clawback_months" | "cliff_months" | "grant_year" => count,
            "sign_on" => decimals.clone(),
            "clawback" => shape(&["\"full\"", "\"prorated\"", "null"], &["\"half\""]),
            "frequency" => shape(
                &["\"annual\"", "\"monthly\"", "\"quarterly\"", "null"],
                &["\"Annual\""],
            ),
            "schedule" => {
                prop_oneof![pick(&["\"amazon\"", "\"even\"", "null", "25"]), decimals].boxed()
            }
            "equity" => prop::collection::vec(
                prop::collection::vec(
                    prop::sample::select(vec![
                        "grant_value",
                        "shares",
                        "share_price",
                        "schedule",
                        "frequency",
                        "cliff_months",
                        "grant_year",
                        "grant_value",
                        "other",
                    ])
                    .prop_flat_map(|key| (Just(key), value(key))),
                    0..5,
                )
                .prop_map(|members| {
                    let members: Vec<String> = members
                        .iter()
                        .map(|(k, v)| format!("\"{k}\":{v}"))
                        .collect();
                    format!("{{{}}}", members.join(","))
                }),
                0..3,
            )
            .prop_map(|grants| format!("[{}]", grants.join(",")))
            .boxed(),
            _ => text,
        };
        prop_oneof![19 => own, 1 => any].boxed()
    }

    use proptest::strategy::Strategy as _;

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4000))]
        /// Offers of known and unknown keys, repeated or not, with values
        /// of every shape, spaced any way, some with one byte changed:
        /// wherever the plain reader answers, serde_json reads the same.
        #[test]
        fn wherever_it_answers_serde_json_agrees(
            members in proptest::collection::vec(
                proptest::sample::select(vec![
                    "company", "currency", "start_date", "annual_raise_pct",
                    "bonus_target_pct", "bonus_target", "sign_on", "equity", "equity",
                    "stock_growth_pct", "years", "clawback_months", "clawback", "tax",
                    "name", "base_salary", "unknown",
                ])
                .prop_flat_map(|key| (proptest::strategy::Just(key), value(key))),
                0..8,
            ),
            name in value("name"),
            base_salary in value("base_salary"),
            space in proptest::sample::select(vec!["", " ", "\n\t", "\r\n  "]),
            repeats in proptest::bool::weighted(0.25),
            change in proptest::option::weighted(0.25, (0usize..400, 0u8..128)),
        ) {
            let mut seen = std::collections::HashSet::new();
            let members: Vec<String> = [("name", name), ("base_salary", base_salary)]
                .into_iter()
                .chain(members)
                .filter(|(key, _)| repeats || seen.insert(*key))
                .map(|(key, value)| format!("{space}\"{key}\"{space}:{space}{value}{space}"))
                .collect();
            let mut text = format!("{space}{{{}}}{space}", members.join(","));
            if let Some((at, byte)) = change {
                let at = at % text.len();
                if text.is_char_boundary(at) && text.is_char_boundary(at + 1) {
                    text.replace_range(at..at + 1, &char::from(byte).to_string());
                }
            }
            // About one case in eight is read plainly; the rest check that
            // nothing serde_json refuses or reads otherwise is taken.
            agrees(&text);
        }
    }
}
