//! `counteroffer serve`: the page on this machine, over the same commands.
//! The one command that prints while it runs: the URL must be read before
//! the server stops, so it prints it and returns nothing more.

use crate::cli::ServeRequest;
use crate::error::Result;

pub fn run(request: ServeRequest) -> Result<String> {
    crate::serve::run(request.port, request.open)?;
    Ok(String::new())
}
