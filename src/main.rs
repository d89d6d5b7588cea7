use std::io::{self, Write};
use std::process::ExitCode;

/// mimalloc: batch runs allocate and free small buffers per record on every
/// core, where the system allocator's locking and consolidation showed up
/// as a quarter of the profile. Built with `no_thp`: mimalloc otherwise asks
/// for transparent huge pages, and the kernel zeroing 2 MB pages was 6 % of
/// a 100,000-offer batch's time and half its peak memory.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
use counteroffer::error::exit;

fn main() -> ExitCode {
    let cli = counteroffer::cli::from_env();
    match counteroffer::run(&cli) {
        Ok(output) => print(&output),
        Err(err) if err.is_broken_pipe() => ExitCode::from(exit::SUCCESS),
        Err(err) => {
            // File names, keys and values in errors are other people's text.
            let line = err.to_string();
            eprintln!(
                "counteroffer: error: {}",
                counteroffer::io::escape::terminal(&line)
            );
            ExitCode::from(err.exit_code())
        }
    }
}

/// Writes the output; a closed pipe (`| head`) is a quiet success.
fn print(output: &str) -> ExitCode {
    let mut stdout = io::stdout().lock();
    match stdout
        .write_all(output.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => ExitCode::from(exit::SUCCESS),
        Err(err) if err.kind() == io::ErrorKind::BrokenPipe => ExitCode::from(exit::SUCCESS),
        Err(err) => {
            eprintln!("counteroffer: error: writing output: {err}");
            ExitCode::from(exit::IO_ERR)
        }
    }
}
