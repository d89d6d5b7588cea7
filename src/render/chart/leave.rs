//! The golden handcuffs in text: what leaving at the end of each month pays,
//! one bar per month, the costly months marked.

use super::scale;
use crate::domain::money::display;
use crate::domain::report::OfferReport;

/// One line per month of the horizon, scaled to the largest total; `◀`
/// marks a month after which one more month brings the most.
pub fn leave_terminal(projected: &OfferReport, width: u16) -> Option<String> {
    let table = projected.leave_table.as_ref()?;
    let currency = &projected.offer.currency;
    let max = table
        .months
        .iter()
        .map(|l| l.total)
        .max()
        .unwrap_or_default();
    let amounts: Vec<String> = table
        .months
        .iter()
        .map(|l| display(l.total, currency))
        .collect();
    let amount_width = amounts.iter().map(|a| a.chars().count()).max().unwrap_or(0);
    let label_width = format!("Leave after {} months", table.months.len()).len();
    let bar_width = u32::from(width)
        .saturating_sub((label_width + amount_width + 6) as u32)
        .max(10);
    let mut out = format!(
        "{}: what leaving at the end of each month pays\n",
        crate::io::escape::terminal(&projected.offer.name)
    );
    for (leave, amount) in table.months.iter().zip(&amounts) {
        let cells = scale(leave.total.max(rust_decimal::Decimal::ZERO), max, bar_width);
        let costly = table.costly.iter().any(|c| c.month == leave.after_months);
        out.push_str(&format!(
            "{:<label_width$} │{:<bar_width$} {:>amount_width$}{}\n",
            format!("Leave after {} months", leave.after_months),
            "█".repeat(cells as usize),
            amount,
            if costly { " ◀" } else { "" },
            bar_width = bar_width as usize
        ));
    }
    out.push_str("◀ one more month brings more than two months' base\n");
    Some(out)
}
