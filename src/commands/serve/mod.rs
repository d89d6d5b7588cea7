//! `counteroffer serve`: a page on 127.0.0.1 that compares and plans with
//! the same commands as the CLI. A small synchronous server (`tiny_http`):
//! one person's browser sends a request at a time, so there is no runtime
//! to start, and a request is answered by the code that answers the CLI.
//! (The page sends its requests one at a time: tiny_http's connection pool
//! can leave a new connection waiting behind idle keep-alive ones.)
//!
//! Private by construction: it listens on the loopback address only,
//! answers only requests carrying the token printed at start and naming
//! this host and port (so another site, or a DNS name rebound to
//! 127.0.0.1, gets 403), keeps nothing between requests and writes
//! nothing to disk; the page loads nothing from elsewhere.

mod api;
mod guard;
mod page;
mod respond;

use std::io::Write;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::cli::ServeRequest;
use crate::error::{Error, Result};
use guard::Token;

/// What every request is checked against and answered from.
struct State {
    token: Token,
    port: u16,
    page: String,
}

/// `counteroffer serve`: the one command that prints while it runs. The
/// URL must be read before the server stops, so it prints it and returns
/// nothing more.
pub fn run(request: ServeRequest) -> Result<String> {
    serve(request.port, request.open)?;
    Ok(String::new())
}

/// Serves until Ctrl-C.
fn serve(port: u16, open: bool) -> Result<()> {
    let io = |context: String, err: &dyn std::fmt::Display| Error::Io {
        context,
        source: std::io::Error::other(err.to_string()),
    };
    let server = tiny_http::Server::http(("127.0.0.1", port))
        .map_err(|err| io(format!("listening on 127.0.0.1:{port}"), &err))?;
    let port = server
        .server_addr()
        .to_ip()
        .map_or(port, |address| address.port());
    let token = Token::new()?;
    let url = format!("http://127.0.0.1:{port}/?t={}", token.as_str());
    let state = State {
        page: page::html(token.as_str())?,
        token,
        port,
    };
    let server = Arc::new(server);
    let stopping = Arc::new(AtomicBool::new(false));
    {
        let (server, stopping) = (Arc::clone(&server), Arc::clone(&stopping));
        ctrlc::set_handler(move || {
            stopping.store(true, Ordering::SeqCst);
            server.unblock();
        })
        .map_err(|err| io("setting the Ctrl-C handler".into(), &err))?;
    }
    let mut stdout = std::io::stdout().lock();
    writeln!(
        stdout,
        "counteroffer is serving a private page on this machine:\n\n  {url}\n\nOpen it in your browser; Ctrl-C stops it."
    )
    .and_then(|()| stdout.flush())
    .map_err(|source| Error::Io {
        context: "standard output".into(),
        source,
    })?;
    drop(stdout);
    if open {
        open_browser(&url);
    }
    loop {
        match server.recv() {
            Ok(request) => respond::answer(request, &state),
            Err(_) if stopping.load(Ordering::SeqCst) => break,
            Err(err) => eprintln!("counteroffer: serve: {err}"),
        }
    }
    eprintln!("counteroffer: stopped");
    Ok(())
}

/// Asks the desktop to open `url`; says so when it cannot, since the URL
/// is printed anyway.
fn open_browser(url: &str) {
    let opener = if cfg!(target_os = "macos") {
        ("open", vec![url])
    } else if cfg!(windows) {
        ("cmd", vec!["/C", "start", "", url])
    } else {
        ("xdg-open", vec![url])
    };
    let spawned = std::process::Command::new(opener.0)
        .args(&opener.1)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
    if let Err(err) = spawned {
        eprintln!(
            "counteroffer: could not open a browser ({}: {err}); open the URL above",
            opener.0
        );
    }
}
