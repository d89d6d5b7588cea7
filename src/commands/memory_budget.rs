//! A memory and time budget for user templates.
//!
//! A template's fuel bounds how many steps it takes, not how much it
//! allocates nor how long one step runs: a loop that doubles a list
//! (`namespace` plus `+`) builds a list of 2^40 items in forty steps, and
//! one filter over it (`sum`, `list`) then runs for hours, growing or not.
//! Neither can be stopped from inside the render, so the render runs on its
//! own thread while this one watches the clock and the resident memory;
//! past either limit, the run ends with the data error's exit code (65) and
//! one line naming the limit. Nothing has been written by then: output is
//! delivered only after rendering. (Memory is read from `/proc/self/status`
//! on Linux; elsewhere only the clock is watched.)

use std::time::Duration;

use crate::error::exit;

/// What one template render may add to the process's resident memory.
pub const TEMPLATE_BUDGET_BYTES: u64 = 512 << 20;

/// How long one template render may run: the built-in ones take
/// milliseconds.
pub const TEMPLATE_TIME_LIMIT: Duration = Duration::from_secs(5);

/// How often the watcher looks: at most a few hundred megabytes can be
/// allocated between two looks.
const POLL: Duration = Duration::from_millis(2);

/// Runs `work` on its own thread; if the process grows by more than
/// [`TEMPLATE_BUDGET_BYTES`] or the work runs past [`TEMPLATE_TIME_LIMIT`],
/// prints one error line naming `name` and exits with 65.
pub fn within_budget<T: Send>(name: &str, work: impl FnOnce() -> T + Send) -> T {
    let start = resident_bytes();
    let started = std::time::Instant::now();
    let stop = |what: String| -> ! {
        let line = format!("{name}: the template {what}, the limit for one render");
        eprintln!(
            "counteroffer: error: {}",
            crate::io::escape::terminal(&line)
        );
        std::process::exit(i32::from(exit::DATA_ERR));
    };
    std::thread::scope(|scope| {
        let worker = scope.spawn(work);
        while !worker.is_finished() {
            let grown = start
                .zip(resident_bytes())
                .map_or(0, |(start, now)| now.saturating_sub(start));
            if grown > TEMPLATE_BUDGET_BYTES {
                stop(format!(
                    "used more than {} MiB of memory",
                    TEMPLATE_BUDGET_BYTES >> 20
                ));
            }
            if started.elapsed() > TEMPLATE_TIME_LIMIT {
                stop(format!(
                    "ran for more than {} seconds",
                    TEMPLATE_TIME_LIMIT.as_secs()
                ));
            }
            std::thread::sleep(POLL);
        }
        match worker.join() {
            Ok(value) => value,
            Err(panic) => std::panic::resume_unwind(panic),
        }
    })
}

/// The process's resident set size, from `/proc/self/status` (`VmRSS`).
fn resident_bytes() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    let kilobytes: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kilobytes * 1024)
}
