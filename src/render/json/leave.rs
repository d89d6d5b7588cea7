//! What leaving early pays, as JSON: money as strings in the currency's
//! minor unit.

use serde::Serialize;

use super::money::Money;
use crate::domain::leave::{Handcuff, Leave, LeaveTable};
use crate::domain::money::Minor;

#[derive(Serialize, schemars::JsonSchema)]
pub struct LeaveJson {
    after_months: u32,
    base: Money,
    bonus: Money,
    sign_on: Money,
    clawback: Money,
    equity: Money,
    total: Money,
    forfeited_equity: Money,
}

#[derive(Serialize, schemars::JsonSchema)]
pub struct LeaveTableJson {
    months: Vec<LeaveJson>,
    costly: Vec<CostlyJson>,
}

#[derive(Serialize, schemars::JsonSchema)]
struct CostlyJson {
    month: u32,
    next_month_adds: Money,
    reason: Handcuff,
}

pub fn leave_json(leave: &Leave, minor: Minor) -> LeaveJson {
    let money = |amount| Money(amount, minor);
    LeaveJson {
        after_months: leave.after_months,
        base: money(leave.base),
        bonus: money(leave.bonus),
        sign_on: money(leave.sign_on),
        clawback: money(leave.clawback),
        equity: money(leave.equity),
        total: money(leave.total),
        forfeited_equity: money(leave.forfeited_equity),
    }
}

pub fn leave_table_json(table: &LeaveTable, minor: Minor) -> LeaveTableJson {
    LeaveTableJson {
        months: table
            .months
            .iter()
            .map(|leave| leave_json(leave, minor))
            .collect(),
        costly: table
            .costly
            .iter()
            .map(|c| CostlyJson {
                month: c.month,
                next_month_adds: Money(c.next_month_adds, minor),
                reason: c.reason,
            })
            .collect(),
    }
}
