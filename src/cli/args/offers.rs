//! `project`, `compare`, `market` and `demo`.

use super::*;

#[derive(Debug, Args)]
pub struct ProjectArgs {
    /// Offer files (JSON); `-` reads standard input.
    #[arg(required = true, value_name = "OFFER")]
    pub offers: Vec<PathBuf>,

    #[command(flatten)]
    pub projection: ProjectionArgs,

    #[command(flatten)]
    pub vests: VestsArg,

    #[command(flatten)]
    pub leave: LeaveArgs,

    #[command(flatten)]
    pub tax: TaxArg,

    #[command(flatten)]
    pub currency: CurrencyArgs,

    #[command(flatten)]
    pub col: ColArg,

    #[command(flatten)]
    pub exit: ExitArgs,

    /// Add a grid of exit prices × years for options and double-trigger
    /// RSUs: what is vested by each year's end, net of the cost to exercise
    /// (prices 0, strike, 409A, preferred, 2×, 5× and 10× preferred).
    #[arg(long)]
    pub scenarios: bool,

    /// An exit price per share for the grid, instead of the standard ones
    /// (repeatable; implies --scenarios).
    #[arg(long = "scenario", value_name = "PRICE", value_parser = parse_price)]
    pub scenario_prices: Vec<Decimal>,

    /// What leaving at the end of every month of the horizon pays, and the
    /// months where leaving costs the most (just before a cliff, a large
    /// vest or the end of a clawback).
    #[arg(long)]
    pub leave_table: bool,

    #[command(flatten)]
    pub output: OutputArgs,

    #[command(flatten)]
    pub chart: ChartArgs,
}

#[derive(Debug, Args)]
pub struct CompareArgs {
    /// Two or more offer files (JSON); `-` reads standard input.
    #[arg(required = true, num_args = 2.., value_name = "OFFER")]
    pub offers: Vec<PathBuf>,

    /// Add each offer's market position from this benchmark file.
    #[arg(long, value_name = "FILE")]
    pub benchmarks: Option<PathBuf>,

    #[command(flatten)]
    pub target: TargetArg,

    #[command(flatten)]
    pub projection: ProjectionArgs,

    #[command(flatten)]
    pub vests: VestsArg,

    #[command(flatten)]
    pub leave: LeaveArgs,

    #[command(flatten)]
    pub tax: TaxArg,

    #[command(flatten)]
    pub currency: CurrencyArgs,

    #[command(flatten)]
    pub col: ColArg,

    #[command(flatten)]
    pub exit: ExitArgs,

    #[command(flatten)]
    pub output: OutputArgs,

    #[command(flatten)]
    pub chart: ChartArgs,
}

#[derive(Debug, Args)]
pub struct MarketArgs {
    /// The offer file (JSON); `-` reads standard input.
    #[arg(value_name = "OFFER")]
    pub offer: PathBuf,

    #[command(flatten)]
    pub market: BenchmarkChoice,

    /// Today's date (YYYY-MM-DD), the start date of offers without one.
    /// Hidden: a placement uses year-1 figures, which no date changes, so
    /// it is accepted (as on the other commands) but not offered in help.
    #[arg(long, value_name = "DATE", value_parser = parse_date, hide = true)]
    pub as_of: Option<NaiveDate>,

    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
pub struct DemoArgs {
    #[command(flatten)]
    pub projection: ProjectionArgs,

    #[command(flatten)]
    pub vests: VestsArg,

    #[command(flatten)]
    pub output: OutputArgs,
}
