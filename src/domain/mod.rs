//! The domain: money, offers, vesting, projection and everything computed
//! from them. Pure: no command line, no terminal, no files but the bytes
//! handed in.

pub mod compare;
pub mod fx;
pub mod holidays;
pub mod leave;
pub mod market;
pub mod money;
pub mod offer;
pub mod options;
pub mod projection;
pub mod purchasing_power;
pub mod report;
pub mod starter;
pub mod tax;
pub mod vesting;
