//! `Run`: the tool as a test runs it, written the way the README writes it.
//!
//! `Run::new("compare").arg(AMAZON).arg(COMPETING).json()` reads as the
//! command a person types and what they get back, so a test shows the
//! command line and the promise, not the plumbing of a child process. One
//! builder also means one failure message: every assertion it makes names
//! the command line and shows stderr, so a red test says what was run and
//! what the tool said.
//!
//! Modelled on the `Test` builder in casey/just's tests: set the command
//! up, then end with what the test expects (`.stdout()`, `.json()`,
//! `.code(65)`); an `Outcome` carries on with `.stderr_has(…)` and the like.
//! Every method that asserts is `#[track_caller]`, so a failure points at
//! the test's line, not at this file.

use std::ffi::{OsStr, OsString};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// One run of the `counteroffer` binary, built up argument by argument.
#[must_use = "a Run does nothing until it ends in .stdout(), .json(), .code() or .output()"]
pub struct Run {
    args: Vec<OsString>,
    envs: Vec<(OsString, Option<OsString>)>,
    stdin: Option<Vec<u8>>,
    current_dir: Option<PathBuf>,
    /// The directory `.file()` writes into; the run happens there.
    files: Option<tempfile::TempDir>,
    timeout: Option<Duration>,
}

impl Run {
    /// `counteroffer SUBCOMMAND`, the way every README example starts.
    pub fn new(subcommand: &str) -> Self {
        Self::bare().arg(subcommand)
    }

    /// `counteroffer` with no subcommand yet: for tests that run a list of
    /// whole command lines, or the bare program (`--help`, `--version`).
    pub fn bare() -> Self {
        Self {
            args: Vec::new(),
            envs: Vec::new(),
            stdin: None,
            current_dir: None,
            files: None,
            timeout: None,
        }
    }

    /// One argument, as typed after the ones before it.
    pub fn arg(mut self, arg: impl AsRef<OsStr>) -> Self {
        self.args.push(arg.as_ref().to_owned());
        self
    }

    /// Several arguments in order: an array literal, a slice, a `Vec`.
    pub fn args<I, S>(mut self, args: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        self.args
            .extend(args.into_iter().map(|a| a.as_ref().to_owned()));
        self
    }

    /// Sets one variable; the rest of the test's environment is inherited.
    pub fn env(mut self, key: impl AsRef<OsStr>, value: impl AsRef<OsStr>) -> Self {
        self.envs
            .push((key.as_ref().to_owned(), Some(value.as_ref().to_owned())));
        self
    }

    /// Unsets one inherited variable (`NO_COLOR`, say, when colour is the
    /// point of the test).
    pub fn env_remove(mut self, key: impl AsRef<OsStr>) -> Self {
        self.envs.push((key.as_ref().to_owned(), None));
        self
    }

    /// What the tool reads on standard input (`-` as a path, pipes).
    pub fn stdin(mut self, bytes: impl Into<Vec<u8>>) -> Self {
        self.stdin = Some(bytes.into());
        self
    }

    /// Runs in `dir`, so relative paths in arguments resolve there.
    #[track_caller]
    pub fn current_dir(mut self, dir: impl AsRef<Path>) -> Self {
        assert!(
            self.files.is_none(),
            "Run::current_dir after Run::file: a run with files runs among them"
        );
        self.current_dir = Some(dir.as_ref().to_owned());
        self
    }

    /// Writes `contents` to `name` in a fresh directory the run happens in,
    /// so a test names its files as a person would (`o.json`) and leaves
    /// nothing behind.
    #[track_caller]
    pub fn file(mut self, name: &str, contents: impl AsRef<[u8]>) -> Self {
        assert!(
            self.current_dir.is_none(),
            "Run::file after Run::current_dir: a run with files runs among them"
        );
        let dir = self
            .files
            .get_or_insert_with(|| tempfile::tempdir().unwrap());
        std::fs::write(dir.path().join(name), contents).unwrap();
        self
    }

    /// Kills the run after `limit`, for inputs that must not make it hang.
    pub fn timeout(mut self, limit: Duration) -> Self {
        self.timeout = Some(limit);
        self
    }

    /// Runs and returns what happened, asserting nothing.
    #[track_caller]
    pub fn output(self) -> Outcome {
        let mut command = assert_cmd::Command::new(env!("CARGO_BIN_EXE_counteroffer"));
        command.args(&self.args);
        for (key, value) in &self.envs {
            match value {
                Some(value) => command.env(key, value),
                None => command.env_remove(key),
            };
        }
        if let Some(dir) = self.files.as_ref().map(|d| d.path()) {
            command.current_dir(dir);
        }
        if let Some(dir) = &self.current_dir {
            command.current_dir(dir);
        }
        if let Some(stdin) = &self.stdin {
            command.write_stdin(stdin.clone());
        }
        if let Some(limit) = self.timeout {
            command.timeout(limit);
        }
        let line = self.command_line();
        let output = match command.output() {
            Ok(output) => output,
            Err(e) => panic!("`{line}` did not run: {e}"),
        };
        let stderr = match String::from_utf8(output.stderr) {
            Ok(stderr) => stderr,
            Err(e) => panic!("`{line}`: stderr is not UTF-8: {e}"),
        };
        let stdout = match String::from_utf8(output.stdout) {
            Ok(stdout) => stdout,
            Err(e) => panic!("`{line}`: stdout is not UTF-8: {e}\nstderr:\n{stderr}"),
        };
        Outcome {
            line,
            code: output.status.code(),
            stdout,
            stderr,
        }
    }

    /// Runs, asserts the exit code is `code`, and returns what happened.
    #[track_caller]
    pub fn code(self, code: i32) -> Outcome {
        let outcome = self.output();
        assert_eq!(
            outcome.code,
            Some(code),
            "`{}` exited with {:?}, expected {code}\nstderr:\n{}",
            outcome.line,
            outcome.code,
            outcome.stderr
        );
        outcome
    }

    /// Runs, asserts success (exit 0), and returns standard output.
    #[track_caller]
    pub fn stdout(self) -> String {
        self.code(0).stdout
    }

    /// Runs, asserts success, and parses standard output as JSON.
    #[track_caller]
    pub fn json(self) -> serde_json::Value {
        self.code(0).json()
    }

    /// The command line as a person would type it, for failure messages.
    fn command_line(&self) -> String {
        let mut words = vec!["counteroffer".to_owned()];
        for arg in &self.args {
            let arg = arg.to_string_lossy();
            if arg.is_empty() || arg.contains(|c: char| c.is_whitespace() || c == '\'') {
                words.push(format!("{arg:?}"));
            } else {
                words.push(arg.into_owned());
            }
        }
        if let Some(stdin) = &self.stdin {
            words.push(format!("< ({} bytes)", stdin.len()));
        }
        words.join(" ")
    }
}

/// What a run did: its exit code and both streams, with assertions that
/// name the command line when they fail.
#[derive(Debug)]
pub struct Outcome {
    /// The command line, for failure messages.
    line: String,
    /// The exit code; `None` if a signal ended the run.
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

impl Outcome {
    /// Parses standard output as JSON.
    #[track_caller]
    pub fn json(&self) -> serde_json::Value {
        match serde_json::from_str(&self.stdout) {
            Ok(value) => value,
            Err(e) => panic!(
                "`{}`: stdout is not JSON: {e}\nstdout:\n{}\nstderr:\n{}",
                self.line, self.stdout, self.stderr
            ),
        }
    }

    /// Asserts standard output contains `text`.
    #[track_caller]
    pub fn stdout_has(self, text: &str) -> Self {
        assert!(
            self.stdout.contains(text),
            "`{}`: stdout lacks {text:?}\nstdout:\n{}",
            self.line,
            self.stdout
        );
        self
    }

    /// Asserts standard error contains `text`.
    #[track_caller]
    pub fn stderr_has(self, text: &str) -> Self {
        assert!(
            self.stderr.contains(text),
            "`{}`: stderr lacks {text:?}\nstderr:\n{}",
            self.line,
            self.stderr
        );
        self
    }

    /// Asserts standard output is exactly `text`.
    #[track_caller]
    pub fn stdout_is(self, text: &str) -> Self {
        assert_eq!(self.stdout, text, "`{}`: stdout", self.line);
        self
    }

    /// Asserts standard error is exactly `text`.
    #[track_caller]
    pub fn stderr_is(self, text: &str) -> Self {
        assert_eq!(self.stderr, text, "`{}`: stderr", self.line);
        self
    }
}
