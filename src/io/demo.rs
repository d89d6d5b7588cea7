//! The built-in example offers behind `counteroffer demo`: the founding case
//! (a senior product manager promoted to an Amazon L7 manager role, $180,000
//! base, $24,000 target bonus, $58,000 of RSUs on Amazon's 5/15/40/40
//! schedule) against a competing offer with a sign-on bonus and front-loaded
//! stock. They are the files in `examples/`, compiled in.

use crate::io::input::Input;

/// Printed above the table view so a new user knows what they are looking at.
pub const INTRO: &str = "Built-in example: examples/amazon-promotion.json vs examples/competing-offer.json\n\
Run `counteroffer compare A.json B.json` on your own offers (format: README.md).\n\n";

/// What the senior PM is paid today: illustrative figures ($165,000 base, a
/// 10 % bonus), labelled as such in the file's name.
pub fn current_pay() -> Input {
    Input {
        name: "examples/current-pay.json (built in)".to_owned(),
        bytes: include_bytes!("../../examples/current-pay.json").to_vec(),
    }
}

pub fn inputs() -> Vec<Input> {
    [
        (
            "examples/amazon-promotion.json (built in)",
            include_str!("../../examples/amazon-promotion.json"),
        ),
        (
            "examples/competing-offer.json (built in)",
            include_str!("../../examples/competing-offer.json"),
        ),
    ]
    .into_iter()
    .map(|(name, json)| Input {
        name: name.to_owned(),
        bytes: json.as_bytes().to_vec(),
    })
    .collect()
}
