//! The choices flags offer, as clap sees them: each mirrors a type of a
//! lower layer (render, plan, vesting, batch) variant for variant, with the
//! same doc comments and `#[value]` names, so help, the lists of possible
//! values, completions and man pages read as they did when the lower types
//! derived `ValueEnum` themselves. The lower layers no longer know clap.

use clap::ValueEnum;

/// `--format` of `project`, `compare`, `market` and `demo`: [`crate::render::Format`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatChoice {
    /// Tables for a terminal.
    Table,
    /// Machine-readable JSON; money as strings with the currency's decimals.
    Json,
    /// Markdown tables, for notes and documents.
    Markdown,
    /// One row per offer and year.
    Csv,
}

impl From<FormatChoice> for crate::render::Format {
    fn from(choice: FormatChoice) -> Self {
        match choice {
            FormatChoice::Table => Self::Table,
            FormatChoice::Json => Self::Json,
            FormatChoice::Markdown => Self::Markdown,
            FormatChoice::Csv => Self::Csv,
        }
    }
}

/// `script --priority`: [`crate::plan::Component`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ComponentChoice {
    Base,
    #[value(name = "bonus")]
    BonusPct,
    Equity,
    #[value(name = "sign_on")]
    SignOn,
}

impl From<ComponentChoice> for crate::plan::Component {
    fn from(choice: ComponentChoice) -> Self {
        match choice {
            ComponentChoice::Base => Self::Base,
            ComponentChoice::BonusPct => Self::BonusPct,
            ComponentChoice::Equity => Self::Equity,
            ComponentChoice::SignOn => Self::SignOn,
        }
    }
}

/// `init --schedule`: [`crate::domain::vesting::Preset`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PresetChoice {
    /// 25 / 25 / 25 / 25.
    Even,
    /// Amazon's back-loaded 5 / 15 / 40 / 40.
    Amazon,
    /// Google-style 33 / 33 / 22 / 12.
    FrontLoaded,
}

impl From<PresetChoice> for crate::domain::vesting::Preset {
    fn from(choice: PresetChoice) -> Self {
        match choice {
            PresetChoice::Even => Self::Even,
            PresetChoice::Amazon => Self::Amazon,
            PresetChoice::FrontLoaded => Self::FrontLoaded,
        }
    }
}

/// `init --frequency`: [`crate::domain::vesting::Frequency`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FrequencyChoice {
    Annual,
    Semiannual,
    Quarterly,
    Monthly,
}

impl From<FrequencyChoice> for crate::domain::vesting::Frequency {
    fn from(choice: FrequencyChoice) -> Self {
        match choice {
            FrequencyChoice::Annual => Self::Annual,
            FrequencyChoice::Semiannual => Self::Semiannual,
            FrequencyChoice::Quarterly => Self::Quarterly,
            FrequencyChoice::Monthly => Self::Monthly,
        }
    }
}

/// `batch --input-format`: [`crate::commands::batch::InputFormat`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum BatchInputChoice {
    /// One offer object per line.
    #[value(name = "jsonl")]
    JsonLines,
    /// A header row of offer fields; `equity` and `sign_on` cells hold JSON.
    Csv,
}

/// `batch --format`: [`crate::render::batch::OutputFormat`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum BatchOutputChoice {
    /// One JSON object per offer.
    #[value(name = "jsonl")]
    JsonLines,
    /// One row per offer, one column per year.
    Csv,
}

impl From<BatchOutputChoice> for crate::render::batch::OutputFormat {
    fn from(choice: BatchOutputChoice) -> Self {
        match choice {
            BatchOutputChoice::JsonLines => Self::JsonLines,
            BatchOutputChoice::Csv => Self::Csv,
        }
    }
}
