//! What leaving early pays, as JSON: money as strings with two decimals.

use serde::Serialize;

use crate::leave::{Handcuff, Leave, LeaveTable};
use crate::money::cents_string;

#[derive(Serialize, schemars::JsonSchema)]
pub struct LeaveJson {
    after_months: u32,
    base: String,
    bonus: String,
    sign_on: String,
    clawback: String,
    equity: String,
    total: String,
    forfeited_equity: String,
}

#[derive(Serialize, schemars::JsonSchema)]
pub struct LeaveTableJson {
    months: Vec<LeaveJson>,
    costly: Vec<CostlyJson>,
}

#[derive(Serialize, schemars::JsonSchema)]
struct CostlyJson {
    month: u32,
    next_month_adds: String,
    reason: Handcuff,
}

pub fn leave_json(leave: &Leave) -> LeaveJson {
    LeaveJson {
        after_months: leave.after_months,
        base: cents_string(leave.base),
        bonus: cents_string(leave.bonus),
        sign_on: cents_string(leave.sign_on),
        clawback: cents_string(leave.clawback),
        equity: cents_string(leave.equity),
        total: cents_string(leave.total),
        forfeited_equity: cents_string(leave.forfeited_equity),
    }
}

pub fn leave_table_json(table: &LeaveTable) -> LeaveTableJson {
    LeaveTableJson {
        months: table.months.iter().map(leave_json).collect(),
        costly: table
            .costly
            .iter()
            .map(|c| CostlyJson {
                month: c.month,
                next_month_adds: cents_string(c.next_month_adds),
                reason: c.reason,
            })
            .collect(),
    }
}
