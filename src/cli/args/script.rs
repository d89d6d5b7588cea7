//! `script`: the negotiation plan.

use super::*;

#[derive(Debug, Args)]
pub struct ScriptArgs {
    /// The offer file (JSON); `-` reads standard input.
    #[arg(value_name = "OFFER")]
    pub offer: PathBuf,

    /// Your forecast of the impact you will have, in money (e.g. 12000000).
    ///
    /// Optional: it lifts the ask inside its band and is cited when large
    /// enough to carry it. Without it, nothing is said of impact.
    #[arg(long, value_name = "AMOUNT", value_parser = parse_amount)]
    pub impact: Option<Decimal>,

    /// What the forecast measures.
    #[arg(long, value_name = "TEXT", default_value = "in value to the business")]
    pub impact_desc: String,

    #[command(flatten)]
    pub market: BenchmarkChoice,

    /// The day the offer arrived (default: --as-of, else today).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub offer_date: Option<NaiveDate>,

    /// A day that is not a business day (repeatable), besides the calendar's.
    #[arg(long = "holiday", value_name = "DATE", value_parser = parse_date)]
    pub holidays: Vec<NaiveDate>,

    /// Public holidays to skip: us, gb-eng, ca, ie, de, fr, nl, in, au, or none.
    ///
    /// Default: chosen from the offer's location, else its currency (a euro
    /// offer with no known place gets none, with a warning).
    #[arg(long, value_name = "CODE", value_parser = parse_calendar)]
    pub calendar: Option<CalendarChoice>,

    /// The lowest total over the horizon you would sign.
    #[arg(long, value_name = "AMOUNT", value_parser = parse_amount)]
    pub walk_away: Option<Decimal>,

    /// Another offer file: your alternative.
    #[arg(long, value_name = "OFFER")]
    pub competing: Option<PathBuf>,

    /// Whose offer: a new employer's (`external`) or your own employer's
    /// (`promotion`, also spelled `internal`: a promotion or internal move).
    #[arg(long, value_name = "SITUATION", default_value = "external", value_parser = situation_parser())]
    pub situation: Situation,

    /// What you are paid today, as an offer file: the plan shows the raise.
    #[arg(long, value_name = "FILE")]
    pub current: Option<PathBuf>,

    /// The employer's stated expiry of the offer (replaces the 21-day limit).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub deadline: Option<NaiveDate>,

    /// What matters most to you, first to last; the ladder gives up the last first.
    ///
    /// Default: base,sign_on,equity,bonus for an external offer;
    /// equity,base,bonus for a promotion.
    #[arg(long, value_enum, value_delimiter = ',', value_name = "LIST")]
    pub priority: Vec<ComponentChoice>,

    #[command(flatten)]
    pub tax: TaxArg,

    #[command(flatten)]
    pub rates: RateArgs,

    /// Output format.
    #[arg(long, value_enum, default_value_t = ScriptFormat::Markdown)]
    pub format: ScriptFormat,

    /// Render your own template (minijinja) instead of the built-in one.
    ///
    /// The template sees the plan exactly as `--format json` prints it.
    #[arg(long, value_name = "FILE", conflicts_with = "format")]
    pub template: Option<PathBuf>,

    #[command(flatten)]
    pub out: OutFileArgs,

    #[command(flatten)]
    pub projection: ProjectionArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ScriptFormat {
    /// A Markdown document.
    Markdown,
    /// Plain text.
    Text,
    /// The whole plan as data.
    Json,
}
