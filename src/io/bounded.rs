//! Arrays read with a bound on their length, checked element by element as
//! they are read: a file holding millions of tiny elements (`{}` or `""`)
//! is refused when the bound is passed, before it is all in memory, where a
//! check after reading would first need memory many times the file's size.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{Deserialize, Deserializer, SeqAccess, Visitor};

/// Reads a JSON array of at most `MAX` elements; past that, an error naming
/// the bound (the JSON path is the array's).
pub fn vec<'de, D, T, const MAX: usize>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    deserializer.deserialize_seq(BoundedVisitor::<T, MAX>(PhantomData))
}

/// [`vec`] for an optional array.
pub fn option_vec<'de, D, T, const MAX: usize>(deserializer: D) -> Result<Option<Vec<T>>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    struct Wrapped<T, const MAX: usize>(Vec<T>);
    impl<'de, T: Deserialize<'de>, const MAX: usize> Deserialize<'de> for Wrapped<T, MAX> {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            vec::<D, T, MAX>(deserializer).map(Wrapped)
        }
    }
    Option::<Wrapped<T, MAX>>::deserialize(deserializer).map(|w| w.map(|w| w.0))
}

struct BoundedVisitor<T, const MAX: usize>(PhantomData<T>);

impl<'de, T: Deserialize<'de>, const MAX: usize> Visitor<'de> for BoundedVisitor<T, MAX> {
    type Value = Vec<T>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "an array of at most {MAX} elements")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(MAX).min(1024));
        while let Some(item) = seq.next_element()? {
            if items.len() == MAX {
                return Err(serde::de::Error::custom(format!(
                    "has more than {MAX} elements, expected at most {MAX}"
                )));
            }
            items.push(item);
        }
        Ok(items)
    }
}

#[cfg(test)]
mod tests {
    #[derive(Debug, serde::Deserialize)]
    struct Holder {
        #[serde(deserialize_with = "super::vec::<_, _, 3>")]
        items: Vec<u8>,
        #[serde(default, deserialize_with = "super::option_vec::<_, _, 2>")]
        more: Option<Vec<u8>>,
    }

    fn read(json: &str) -> Result<Holder, String> {
        serde_json::from_str(json).map_err(|e| e.to_string())
    }

    #[test]
    fn an_array_up_to_the_bound_is_read_and_one_past_it_refused() {
        assert_eq!(read(r#"{"items": [1, 2, 3]}"#).unwrap().items, [1, 2, 3]);
        assert!(read(r#"{"items": [1, 2, 3]}"#).unwrap().more.is_none());
        assert_eq!(
            read(r#"{"items": [], "more": [4, 5]}"#).unwrap().more,
            Some(vec![4, 5])
        );
        let err = read(r#"{"items": [1, 2, 3, 4]}"#).unwrap_err();
        assert!(
            err.starts_with("has more than 3 elements, expected at most 3"),
            "{err}"
        );
        let err = read(r#"{"items": [], "more": [1, 2, 3]}"#).unwrap_err();
        assert!(err.starts_with("has more than 2 elements"), "{err}");
    }
}
