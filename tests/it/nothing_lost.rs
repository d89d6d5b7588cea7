//! Files the tool writes are written atomically: a refused or interrupted
//! write leaves the old file exactly as it was.

use std::os::unix::fs::PermissionsExt;
use std::process::{Command, Stdio};
use std::time::Instant;

use crate::common::Run;

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
    Run::bare().args(ARGS).stdout().into_bytes()
}

/// The binary and the example offer copied into a directory anyone can
/// read, so that `nobody` can run them whatever the permissions of the
/// checkout (a CI checkout under root's home is private).
fn staged_for_anyone() -> (tempfile::TempDir, std::path::PathBuf) {
    let stage = tempfile::tempdir().unwrap();
    std::fs::set_permissions(stage.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let binary = stage.path().join("counteroffer");
    std::fs::copy(assert_cmd::cargo::cargo_bin("counteroffer"), &binary).unwrap();
    std::fs::set_permissions(&binary, std::fs::Permissions::from_mode(0o755)).unwrap();
    let examples = stage.path().join("examples");
    std::fs::create_dir(&examples).unwrap();
    std::fs::set_permissions(&examples, std::fs::Permissions::from_mode(0o755)).unwrap();
    let offer = examples.join("amazon-promotion.json");
    std::fs::copy("examples/amazon-promotion.json", &offer).unwrap();
    std::fs::set_permissions(&offer, std::fs::Permissions::from_mode(0o644)).unwrap();
    (stage, binary)
}

#[test]
fn a_read_only_directory_refuses_the_write_and_keeps_the_old_file() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("plan.md");
    std::fs::write(&target, "old plan").unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o555)).unwrap();
    let (stage, binary) = staged_for_anyone();
    // Root writes to read-only directories anyway: then the tool runs as
    // `nobody` through runuser (util-linux, on every Debian system).
    let probe = dir.path().join("probe");
    let privileged = std::fs::write(&probe, "x").is_ok();
    let mut command = if privileged {
        std::fs::remove_file(&probe).unwrap();
        let runuser = std::path::Path::new("/sbin/runuser");
        assert!(
            runuser.exists(),
            "run as root, this test needs /sbin/runuser (util-linux) to run the tool as `nobody`"
        );
        let mut as_nobody = Command::new(runuser);
        as_nobody.args(["-u", "nobody", "--"]).arg(&binary);
        as_nobody
    } else {
        Command::new(&binary)
    };
    let output = command
        .current_dir(stage.path())
        .args(ARGS)
        .arg("--out")
        .arg(&target)
        .arg("--force")
        .output()
        .unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(
        output.status.code(),
        Some(73),
        "privileged: {privileged}, {stderr}"
    );
    assert!(output.stdout.is_empty());
    assert!(
        stderr.starts_with("counteroffer: error: ") && stderr.contains("plan.md"),
        "{stderr}"
    );
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "old plan");
}

#[test]
fn an_interrupted_write_leaves_the_old_file_or_the_whole_new_one() {
    // How long a whole run takes here: the kills are spread from before
    // start-up to half as long again after it, so some land before the
    // rename and some after, on a fast machine or a slow one.
    let started = Instant::now();
    let expected = expected_script();
    let whole_run = started.elapsed();
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("plan.md");
    let attempts = 40u32;
    let mut outcomes = (0, 0);
    for attempt in 0..attempts {
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
        std::thread::sleep(whole_run * 3 * attempt / (2 * attempts));
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
    // Every outcome was whole; temporary files are hidden.
    for entry in std::fs::read_dir(dir.path()).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        assert!(
            name == "plan.md" || name.starts_with(".counteroffer-"),
            "{name}"
        );
    }
    // Both outcomes occurred: the kills landed before the write finished
    // and after, so the runs between them were cut short mid-way.
    assert!(
        outcomes.0 > 0 && outcomes.1 > 0,
        "old file kept {} times, new file complete {} times (a whole run takes {whole_run:?})",
        outcomes.0,
        outcomes.1
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
    assert!(
        made.as_ref().is_ok_and(|s| s.success()),
        "this test needs mkfifo (coreutils) to make a FIFO: {made:?}"
    );
    for target in [fifo.as_path(), std::path::Path::new("/dev/null")] {
        Run::bare()
            .args(FORCED_SCRIPT)
            .arg(target)
            .code(73)
            .stderr_has("is not a regular file");
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
    Run::bare().args(FORCED_SCRIPT).arg(&target).code(0);
    let mode = std::fs::metadata(&target).unwrap().permissions().mode();
    assert_eq!(mode & 0o7777, 0o755, "mode {mode:o}");
}

/// A full disk names the file that could not be written, not "output".
#[test]
fn a_full_disk_names_where_batch_was_writing() {
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("this test needs /dev/full (Linux) to fill the disk");
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
