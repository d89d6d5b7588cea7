//! The configuration layer: the command line as clap parsed it
//! ([`crate::cli::Cli`]) turned once into a typed, checked [`Request`],
//! before any file is read. Defaults are resolved here (today's date, the
//! target percentile, the view and its colour), and so are the checks that
//! need the flags alone: standard input named twice, flags CSV cannot show,
//! a chart in a format that has none, `--target` without `--benchmarks`.
//! Commands receive plain values, never clap's types.
//!
//! A few checks of flags alone stay with the command, after a file is read,
//! because that is where they have always been made and a run with two
//! mistakes must report the same one first: `--rate` and `--col` given
//! twice (with `repeated`, after the `--fx` file and the offers), and
//! `batch`'s `--target` without `--benchmarks` and `--rate` without `--in`.

mod batch;
mod benchmarks;
mod checks;
mod demo;
mod init;
mod market;
mod project;
mod script;
mod sources;
mod view;

use std::path::PathBuf;

pub use batch::{BatchRequest, InputFormat};
pub use benchmarks::{BuildRequest, CheckRequest};
pub(crate) use checks::repeated;
pub use demo::DemoRequest;
pub use init::InitRequest;
pub use market::MarketRequest;
pub(crate) use project::target_without_benchmarks;
pub use project::{CompareRequest, ProjectRequest};
pub use script::{PlanOutput, ScriptRequest, priority};
pub use sources::{ChartRequest, OfferAdditions, OutFile, Projection, RateSource, TaxSource};

use crate::cli::{BenchmarksCommand, Cli, Command, SchemaChoice, TaxCommand};
use crate::error::Result;

/// One run of the tool, as the commands receive it.
#[derive(Debug, Clone)]
pub enum Request {
    Project(ProjectRequest),
    Compare(CompareRequest),
    Market(MarketRequest),
    Script(Box<ScriptRequest>),
    Batch(BatchRequest),
    BenchmarksCheck(CheckRequest),
    BenchmarksBuild(BuildRequest),
    Demo(DemoRequest),
    Tax(TaxRequest),
    Completions(clap_complete::Shell),
    Man(ManRequest),
    Init(Box<InitRequest>),
    Schema(SchemaKind),
    Serve(ServeRequest),
}

impl Request {
    /// Resolves and checks `cli`; a flag the command cannot use is a usage error.
    pub fn from_cli(cli: &Cli) -> Result<Request> {
        let color = cli.color;
        Ok(match &cli.command {
            Command::Project(args) => Request::Project(ProjectRequest::new(args, color)?),
            Command::Compare(args) => Request::Compare(CompareRequest::new(args, color)?),
            Command::Market(args) => Request::Market(MarketRequest::new(args, color)?),
            Command::Script(args) => Request::Script(Box::new(ScriptRequest::new(args)?)),
            Command::Batch(args) => Request::Batch(BatchRequest::new(args)?),
            Command::Benchmarks(BenchmarksCommand::Check { file, width }) => {
                Request::BenchmarksCheck(CheckRequest::new(file, *width, color))
            }
            Command::Benchmarks(BenchmarksCommand::Build(args)) => {
                Request::BenchmarksBuild(BuildRequest::new(args)?)
            }
            Command::Demo(args) => Request::Demo(DemoRequest::new(args, color)?),
            Command::Tax(TaxCommand::List) => Request::Tax(TaxRequest::List),
            Command::Tax(TaxCommand::Show { name }) => Request::Tax(TaxRequest::Show(name.clone())),
            Command::Completions { shell } => Request::Completions(*shell),
            Command::Man {
                subcommand,
                dir,
                force,
            } => Request::Man(match dir {
                Some(dir) => ManRequest::Dir {
                    dir: dir.clone(),
                    force: *force,
                },
                None => ManRequest::Page(subcommand.clone()),
            }),
            Command::Init(args) => Request::Init(Box::new(InitRequest::new(args))),
            Command::Schema { file } => Request::Schema(SchemaKind::from(*file)),
            Command::Serve(args) => Request::Serve(ServeRequest {
                port: args.port,
                open: args.open,
            }),
        })
    }
}

/// `counteroffer tax`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TaxRequest {
    /// `tax list`.
    List,
    /// `tax show NAME`.
    Show(String),
}

/// `counteroffer man`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ManRequest {
    /// One page on standard output: the overview, or a subcommand's.
    Page(Option<String>),
    /// Every page into `dir`; `force` replaces pages already there.
    Dir { dir: PathBuf, force: bool },
}

/// `counteroffer serve`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ServeRequest {
    /// On 127.0.0.1; 0: any free port.
    pub port: u16,
    /// Open the page in the default browser.
    pub open: bool,
}

/// `counteroffer schema KIND`: which file's or output's schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SchemaKind {
    Offer,
    Benchmarks,
    Tax,
    Fx,
    Projection,
    Comparison,
    Placement,
    Plan,
    BatchRecord,
}

impl From<SchemaChoice> for SchemaKind {
    fn from(choice: SchemaChoice) -> Self {
        match choice {
            SchemaChoice::Offer => Self::Offer,
            SchemaChoice::Benchmarks => Self::Benchmarks,
            SchemaChoice::Tax => Self::Tax,
            SchemaChoice::Fx => Self::Fx,
            SchemaChoice::Projection => Self::Projection,
            SchemaChoice::Comparison => Self::Comparison,
            SchemaChoice::Placement => Self::Placement,
            SchemaChoice::Plan => Self::Plan,
            SchemaChoice::BatchRecord => Self::BatchRecord,
        }
    }
}
