//! `init`: a starter offer file from flags or prompts.

use super::*;

#[derive(Debug, Args)]
pub struct InitArgs {
    /// The offer's name.
    #[arg(long)]
    pub name: Option<String>,
    /// Company (used to match benchmarks).
    #[arg(long)]
    pub company: Option<String>,
    /// Role (used to match benchmarks).
    #[arg(long)]
    pub role: Option<String>,
    /// Level (used to match benchmarks).
    #[arg(long)]
    pub level: Option<String>,
    /// Location (used to match benchmarks).
    #[arg(long)]
    pub location: Option<String>,
    /// ISO 4217 currency code.
    #[arg(long, default_value = "USD", value_parser = |s: &str| check_currency(s))]
    pub currency: String,
    /// First day of employment (default: --as-of, else today).
    #[arg(long, value_name = "DATE", value_parser = |s: &str| check_date(s))]
    pub start_date: Option<String>,
    /// Yearly base salary.
    #[arg(long, value_name = "AMOUNT", value_parser = |s: &str| check_money(s, false))]
    pub base_salary: Option<Decimal>,
    /// Yearly raise, percent.
    #[arg(long, value_name = "PCT", default_value = "0", value_parser = |s: &str| check_percent(s, 0, 100))]
    pub raise_pct: Decimal,
    /// Target bonus, percent of base.
    #[arg(long, value_name = "PCT", default_value = "0", value_parser = |s: &str| check_percent(s, 0, 1000))]
    pub bonus_pct: Decimal,
    /// Target bonus as the amount the offer letter states (instead of --bonus-pct).
    #[arg(long, value_name = "AMOUNT", conflicts_with = "bonus_pct", value_parser = |s: &str| check_money(s, true))]
    pub bonus: Option<Decimal>,
    /// Sign-on payments, one per year, comma-separated (`20000,10000`).
    #[arg(long, value_name = "AMOUNTS", default_value = "", value_parser = |s: &str| check_sign_on(s).map(SignOnList))]
    pub sign_on: SignOnList,
    /// Value of an equity grant made at start.
    #[arg(long, value_name = "AMOUNT", value_parser = |s: &str| check_money(s, false))]
    pub grant_value: Option<Decimal>,
    /// The grant's schedule: `even`, `amazon` or `front-loaded`.
    #[arg(long, value_enum, default_value_t = PresetChoice::Even)]
    pub schedule: PresetChoice,
    /// The grant's vesting frequency.
    #[arg(long, value_enum, default_value_t = FrequencyChoice::Annual)]
    pub frequency: FrequencyChoice,
    /// The grant's cliff in months.
    #[arg(long, value_name = "MONTHS", default_value = "12", value_parser = |s: &str| check_whole(s, 0, 48))]
    pub cliff_months: u32,
    /// Projection horizon in years.
    #[arg(long, default_value = "4", value_parser = |s: &str| check_whole(s, 1, MAX_HORIZON_YEARS))]
    pub years: u32,
    /// Today's date (YYYY-MM-DD), the default start date.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<NaiveDate>,
    #[command(flatten)]
    pub out: OutFileArgs,
}
