//! Who may use the page: whoever holds the token printed at start, asking
//! by the loopback name at this port. A web page elsewhere cannot read the
//! token, and a DNS name rebound to 127.0.0.1 arrives with its own `Host`.

use crate::error::{Error, Result};

/// 128 random bits, as 32 hex digits.
pub struct Token(String);

impl Token {
    /// A token from the system's random source.
    pub fn new() -> Result<Token> {
        let mut bytes = [0u8; 16];
        getrandom::fill(&mut bytes).map_err(|err| Error::Io {
            context: "the page's token".into(),
            source: std::io::Error::other(err.to_string()),
        })?;
        Ok(Token(bytes.iter().map(|b| format!("{b:02x}")).collect()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether `given` is the token, compared in time that does not depend
    /// on where they first differ.
    pub fn matches(&self, given: &str) -> bool {
        let (a, b) = (self.0.as_bytes(), given.as_bytes());
        a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
    }
}

/// Whether `host` (the `Host` header) names this server: `127.0.0.1` or
/// `localhost` at `port`.
pub fn host_allowed(host: Option<&str>, port: u16) -> bool {
    let Some(host) = host else {
        return false;
    };
    let Some((name, given_port)) = host.rsplit_once(':') else {
        return false;
    };
    (name == "127.0.0.1" || name.eq_ignore_ascii_case("localhost"))
        && given_port.parse::<u16>() == Ok(port)
}

/// The value of `name` in a query string (`t=…&x=…`), as given.
pub fn query_value<'a>(query: &'a str, name: &str) -> Option<&'a str> {
    query
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_random_hex_and_match_only_themselves() {
        let (a, b) = (Token::new().unwrap(), Token::new().unwrap());
        assert_eq!(a.as_str().len(), 32);
        assert!(a.as_str().bytes().all(|c| c.is_ascii_hexdigit()));
        assert_ne!(a.as_str(), b.as_str());
        assert!(a.matches(a.as_str()));
        assert!(!a.matches(b.as_str()));
        assert!(!a.matches(&a.as_str()[..31]));
        assert!(!a.matches(""));
    }

    #[test]
    fn only_the_loopback_names_at_this_port_are_hosts() {
        assert!(host_allowed(Some("127.0.0.1:8750"), 8750));
        assert!(host_allowed(Some("localhost:8750"), 8750));
        assert!(!host_allowed(Some("127.0.0.1:8751"), 8750));
        assert!(!host_allowed(Some("127.0.0.1"), 8750));
        assert!(!host_allowed(Some("evil.example:8750"), 8750));
        assert!(!host_allowed(Some("localhost.evil.example:8750"), 8750));
        assert!(!host_allowed(None, 8750));
    }

    #[test]
    fn query_values_are_found_by_name() {
        assert_eq!(query_value("t=abc&x=1", "t"), Some("abc"));
        assert_eq!(query_value("x=1&t=abc", "t"), Some("abc"));
        assert_eq!(query_value("tt=abc", "t"), None);
        assert_eq!(query_value("", "t"), None);
    }
}
