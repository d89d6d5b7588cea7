//! What leaving early pays, as JSON: money as strings with two decimals.

use serde::Serialize;

use super::cents::Cents;
use crate::leave::{Handcuff, Leave, LeaveTable};

#[derive(Serialize, schemars::JsonSchema)]
pub struct LeaveJson {
    after_months: u32,
    base: Cents,
    bonus: Cents,
    sign_on: Cents,
    clawback: Cents,
    equity: Cents,
    total: Cents,
    forfeited_equity: Cents,
}

#[derive(Serialize, schemars::JsonSchema)]
pub struct LeaveTableJson {
    months: Vec<LeaveJson>,
    costly: Vec<CostlyJson>,
}

#[derive(Serialize, schemars::JsonSchema)]
struct CostlyJson {
    month: u32,
    next_month_adds: Cents,
    reason: Handcuff,
}

pub fn leave_json(leave: &Leave) -> LeaveJson {
    LeaveJson {
        after_months: leave.after_months,
        base: Cents(leave.base),
        bonus: Cents(leave.bonus),
        sign_on: Cents(leave.sign_on),
        clawback: Cents(leave.clawback),
        equity: Cents(leave.equity),
        total: Cents(leave.total),
        forfeited_equity: Cents(leave.forfeited_equity),
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
                next_month_adds: Cents(c.next_month_adds),
                reason: c.reason,
            })
            .collect(),
    }
}
