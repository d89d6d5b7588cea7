//! One request in, one response out: the checks, the routes, the headers.

use std::io::Read;

use tiny_http::{Header, Method, Request, Response};

use super::State;
use super::api::{self, Endpoint};
use super::guard::{host_allowed, query_value};
use super::page;
use crate::error::{Error, exit};

/// The largest request body read: offers and a benchmark file are a few
/// kilobytes; a bound keeps a runaway upload from taking all memory.
const MAX_BODY: u64 = 8 << 20;

/// Nothing is loaded from anywhere but this server, no inline script or
/// style runs, and the page cannot be framed by another.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; script-src 'self'; \
style-src 'self'; img-src 'self' blob:; connect-src 'self'; form-action 'none'; \
base-uri 'none'; frame-ancestors 'none'";

pub fn answer(mut request: Request, state: &State) {
    let (status, content_type, body) = route(&mut request, state);
    let mut response = Response::from_data(body).with_status_code(status);
    for (name, value) in [
        ("Content-Type", content_type),
        ("Content-Security-Policy", CONTENT_SECURITY_POLICY),
        ("Cache-Control", "no-store"),
        ("Referrer-Policy", "no-referrer"),
        ("X-Content-Type-Options", "nosniff"),
        ("X-Frame-Options", "DENY"),
    ] {
        if let Ok(header) = Header::from_bytes(name, value) {
            response.add_header(header);
        }
    }
    // A browser that went away is no error of ours.
    let _ = request.respond(response);
}

type Answer = (u16, &'static str, Vec<u8>);

fn text(status: u16, body: &str) -> Answer {
    (
        status,
        "text/plain; charset=utf-8",
        body.as_bytes().to_vec(),
    )
}

fn route(request: &mut Request, state: &State) -> Answer {
    let host = request
        .headers()
        .iter()
        .find(|h| h.field.equiv("Host"))
        .map(|h| h.value.as_str().to_owned());
    if !host_allowed(host.as_deref(), state.port) {
        return text(
            403,
            "forbidden: the Host is not 127.0.0.1 or localhost at this port\n",
        );
    }
    let url = request.url().to_owned();
    let (path, query) = url.split_once('?').unwrap_or((&url, ""));
    if !query_value(query, "t").is_some_and(|t| state.token.matches(t)) {
        return text(
            403,
            "forbidden: open the URL counteroffer printed, with its token\n",
        );
    }
    let method = request.method().clone();
    match (method, path) {
        (Method::Get, "/") => (
            200,
            "text/html; charset=utf-8",
            state.page.as_bytes().to_vec(),
        ),
        (Method::Get, "/page.js") => (
            200,
            "text/javascript; charset=utf-8",
            page::SCRIPT.as_bytes().to_vec(),
        ),
        (Method::Get, "/page.css") => (
            200,
            "text/css; charset=utf-8",
            page::STYLE.as_bytes().to_vec(),
        ),
        (Method::Get, "/api/examples") => (200, "application/json", page::examples().into_bytes()),
        (Method::Post, path) => match Endpoint::from_path(path) {
            Some(endpoint) => run(endpoint, request),
            None => text(404, "not found\n"),
        },
        (_, path) if path == "/" || Endpoint::from_path(path).is_some() => {
            text(405, "method not allowed\n")
        }
        _ => text(404, "not found\n"),
    }
}

fn run(endpoint: Endpoint, request: &mut Request) -> Answer {
    let mut body = Vec::new();
    if let Err(err) = request
        .as_reader()
        .take(MAX_BODY + 1)
        .read_to_end(&mut body)
    {
        return failure(&Error::Io {
            context: "the request".into(),
            source: err,
        });
    }
    if body.len() as u64 > MAX_BODY {
        return text(413, "the request is larger than 8 MiB\n");
    }
    match api::run(endpoint, &body) {
        Ok(output) => (200, endpoint.content_type(), output.into_bytes()),
        Err(err) => failure(&err),
    }
}

/// The CLI's one-line error (as it would print after `counteroffer:
/// error: `) and its exit code, with an HTTP status of the same class.
fn failure(err: &Error) -> Answer {
    let code = err.exit_code();
    let status = match code {
        exit::USAGE => 400,
        exit::DATA_ERR => 422,
        exit::NO_INPUT => 404,
        _ => 500,
    };
    let body = serde_json::json!({
        "error": crate::io::escape::terminal(&err.to_string()),
        "exit_code": code,
    });
    (status, "application/json", body.to_string().into_bytes())
}
