//! Files the tool writes are written atomically: a refused or interrupted
//! write leaves the old file exactly as it was.

use std::os::unix::fs::PermissionsExt;
use std::process::{Command, Stdio};
use std::time::Duration;

const ARGS: [&str; 6] = [
    "script",
    "examples/amazon-promotion.json",
    "--impact",
    "12000000",
    "--offer-date",
    "2026-12-18",
];

/// A script written with `--force`; the target follows.
const FORCED_SCRIPT: [&str; 6] = [
    "script",
    "examples/amazon-promotion.json",
    "--impact",
    "1000000",
    "--force",
    "--out",
];

fn bin() -> Command {
    Command::new(assert_cmd::cargo::cargo_bin("counteroffer"))
}

/// The script as `--out` would write it.
fn expected_script() -> Vec<u8> {
    let output = bin().args(ARGS).output().unwrap();
    assert!(output.status.success());
    output.stdout
}

#[test]
fn a_read_only_directory_refuses_the_write_and_keeps_the_old_file() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("plan.md");
    std::fs::write(&target, "old plan").unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o555)).unwrap();
    // Root writes to read-only directories anyway: then run the tool as
    // `nobody` through runuser, or say plainly that this cannot be shown here.
    let probe = dir.path().join("probe");
    let mut command = bin();
    if std::fs::write(&probe, "x").is_ok() {
        std::fs::remove_file(&probe).unwrap();
        let runuser = std::path::Path::new("/usr/sbin/runuser");
        if !runuser.exists() {
            std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
            eprintln!("skipped: privileged user and no runuser to drop privileges");
            return;
        }
        let as_nobody = || {
            let mut c = Command::new(runuser);
            c.args(["-u", "nobody", "--"])
                .arg(assert_cmd::cargo::cargo_bin("counteroffer"));
            c
        };
        // `nobody` must be able to run the binary and read the examples from here.
        let usable = as_nobody()
            .args(["project", "examples/amazon-promotion.json"])
            .output()
            .is_ok_and(|o| o.status.success());
        if !usable {
            std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
            eprintln!("skipped: `nobody` cannot run the binary from this checkout");
            return;
        }
        command = as_nobody();
    }
    let output = command
        .args(ARGS)
        .arg("--out")
        .arg(&target)
        .arg("--force")
        .output()
        .unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    assert_eq!(output.status.code(), Some(73));
    assert!(output.stdout.is_empty());
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "old plan");
}

#[test]
fn an_interrupted_write_leaves_the_old_file_or_the_whole_new_one() {
    let expected = expected_script();
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("plan.md");
    let mut outcomes = (0, 0);
    for attempt in 0..40u64 {
        std::fs::write(&target, "old plan").unwrap();
        let mut child = bin()
            .args(ARGS)
            .arg("--out")
            .arg(&target)
            .arg("--force")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // Kill at a spread of moments, from before start-up to after the rename.
        std::thread::sleep(Duration::from_micros(attempt * 250));
        let _ = child.kill();
        let _ = child.wait();
        let now = std::fs::read(&target).unwrap();
        if now == b"old plan" {
            outcomes.0 += 1;
        } else {
            assert_eq!(now, expected, "attempt {attempt}: a partial file was left");
            outcomes.1 += 1;
        }
    }
    // Whatever the split, every outcome was whole; temporary files are hidden.
    for entry in std::fs::read_dir(dir.path()).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        assert!(
            name == "plan.md" || name.starts_with(".counteroffer-"),
            "{name}"
        );
    }
    eprintln!(
        "old file kept {} times, new file complete {} times",
        outcomes.0, outcomes.1
    );
}

/// `--force` replaces regular files only: a FIFO (or a device node such as
/// `/dev/null`) is refused with 73 and left as it was.
#[test]
fn force_never_replaces_a_fifo_or_a_device() {
    use std::os::unix::fs::FileTypeExt;
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("skipped: mkfifo is not available here");
        return;
    }
    for target in [fifo.as_path(), std::path::Path::new("/dev/null")] {
        let output = bin().args(FORCED_SCRIPT).arg(target).output().unwrap();
        assert_eq!(output.status.code(), Some(73), "{}", target.display());
        assert!(String::from_utf8_lossy(&output.stderr).contains("is not a regular file"));
    }
    assert!(std::fs::metadata(&fifo).unwrap().file_type().is_fifo());
    assert!(
        std::fs::metadata("/dev/null")
            .unwrap()
            .file_type()
            .is_char_device()
    );
}

/// A replaced file's setuid and setgid bits are never passed to the output.
#[test]
fn force_never_copies_setuid_or_setgid() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("plan.md");
    std::fs::write(&target, "old").unwrap();
    std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o6755)).unwrap();
    let status = bin().args(FORCED_SCRIPT).arg(&target).status().unwrap();
    assert!(status.success());
    let mode = std::fs::metadata(&target).unwrap().permissions().mode();
    assert_eq!(mode & 0o7777, 0o755, "mode {mode:o}");
}

/// A full disk names the file that could not be written, not "output".
#[test]
fn a_full_disk_names_where_batch_was_writing() {
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else {
        eprintln!("skipped: /dev/full is not available here");
        return;
    };
    let output = bin()
        .args(["batch", "examples/offers.jsonl", "--as-of", "2026-11-26"])
        .stdout(Stdio::from(full))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(74));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("standard output"), "{stderr}");
    assert!(stderr.contains("No space left on device"), "{stderr}");
}
