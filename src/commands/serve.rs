//! `counteroffer serve`: the page on this machine, over the same commands.

use crate::cli::ServeArgs;
use crate::error::Result;

pub fn run(args: &ServeArgs) -> Result<String> {
    crate::serve::run(args.port, args.open)?;
    Ok(String::new())
}
