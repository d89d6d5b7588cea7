//! A memory budget for user templates.
//!
//! A template's fuel bounds how many steps it takes, not how much it
//! allocates: a loop that doubles a list (`namespace` plus `+`) reaches
//! gigabytes in forty steps. Allocation cannot be refused from inside the
//! process without aborting it, so the render runs on its own thread while
//! this one watches the resident memory; past the budget, the run ends with
//! the data error's exit code (65) and one line naming the limit. Nothing
//! has been written by then: output is delivered only after rendering.
//! (Linux reads `/proc/self/status`; elsewhere the render runs unwatched.)

use std::time::Duration;

use crate::error::exit;

/// What one template render may add to the process's resident memory.
pub const TEMPLATE_BUDGET_BYTES: u64 = 512 << 20;

/// How often the watcher looks: at most a few hundred megabytes can be
/// allocated between two looks.
const POLL: Duration = Duration::from_millis(2);

/// Runs `work` on its own thread; if the process grows by more than
/// [`TEMPLATE_BUDGET_BYTES`] meanwhile, prints one error line naming `name`
/// and exits with 65.
pub fn within_budget<T: Send>(name: &str, work: impl FnOnce() -> T + Send) -> T {
    let Some(start) = resident_bytes() else {
        return work();
    };
    std::thread::scope(|scope| {
        let worker = scope.spawn(work);
        while !worker.is_finished() {
            if resident_bytes().is_some_and(|now| now.saturating_sub(start) > TEMPLATE_BUDGET_BYTES)
            {
                let line = format!(
                    "{name}: the template used more than {} MiB of memory, the limit for one render",
                    TEMPLATE_BUDGET_BYTES >> 20
                );
                eprintln!("counteroffer: error: {}", crate::escape::terminal(&line));
                std::process::exit(i32::from(exit::DATA_ERR));
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
