//! Stacked bars in text: one character per component, so the chart reads
//! the same without colour, on any terminal, in Markdown code blocks.

use rust_decimal::Decimal;

use super::{COMPONENTS, scale};
use crate::domain::money::display;
use crate::domain::report::OfferReport;

/// Bottom to top: base, bonus, sign-on, equity.
const MARKS: [char; 4] = ['█', '▓', '▒', '░'];

/// A chart `width` characters wide: per year one bar per offer, scaled to
/// the largest yearly total shown.
pub fn terminal(offers: &[OfferReport], width: u16) -> String {
    let several = offers.len() > 1;
    let max = offers
        .iter()
        .flat_map(|o| o.projection.rows.iter().map(|r| r.total))
        .max()
        .unwrap_or_default();
    let amounts: Vec<Vec<String>> = offers
        .iter()
        .map(|o| {
            o.projection
                .rows
                .iter()
                .map(|r| display(r.total, &o.offer.currency))
                .collect()
        })
        .collect();
    let amount_width = amounts
        .iter()
        .flatten()
        .map(|a| a.chars().count())
        .max()
        .unwrap_or(0);
    let years = offers
        .iter()
        .map(|o| o.projection.rows.len())
        .max()
        .unwrap_or(0);
    let label = |year: usize, offer: usize| {
        let year_text = format!("Year {year}");
        match (several, offer) {
            (false, _) => year_text,
            (true, 0) => format!("{year_text} {}", letter(0)),
            (true, i) => format!("{:width$} {}", "", letter(i), width = year_text.len()),
        }
    };
    let label_width = label(years, 0).chars().count();
    let bar_width = u32::from(width)
        .saturating_sub((label_width + amount_width + 4) as u32)
        .max(10);
    let mut out = String::new();
    for year in 0..years {
        for (i, offer) in offers.iter().enumerate() {
            let (Some(row), Some(amount)) = (offer.projection.rows.get(year), amounts[i].get(year))
            else {
                continue;
            };
            let mut bar = String::new();
            let mut cumulative = Decimal::ZERO;
            let mut drawn = 0;
            for ((_, part), mark) in COMPONENTS.iter().zip(MARKS) {
                cumulative += part(row);
                // Boundaries from cumulative sums, so the parts add up to the bar.
                let end = scale(cumulative, max, bar_width);
                bar.extend(std::iter::repeat_n(
                    mark,
                    end.saturating_sub(drawn) as usize,
                ));
                drawn = drawn.max(end);
            }
            out.push_str(&format!(
                "{:<label_width$} │{bar:<bar_width$} {:>amount_width$}\n",
                label(year + 1, i),
                amount,
                bar_width = bar_width as usize
            ));
        }
    }
    let legend: Vec<String> = COMPONENTS
        .iter()
        .zip(MARKS)
        .map(|((name, _), mark)| format!("{mark} {name}"))
        .collect();
    out.push_str(&format!("{:label_width$}  {}\n", "", legend.join("   ")));
    if several {
        for (i, offer) in offers.iter().enumerate() {
            out.push_str(&format!(
                "{:label_width$}  {} = {}\n",
                "",
                letter(i),
                crate::io::escape::terminal(&offer.offer.name)
            ));
        }
    }
    out
}

/// `A`, `B`, … for the offers in order (`Z` and beyond repeat with a number).
fn letter(index: usize) -> String {
    let base = char::from(b'A' + (index % 26) as u8);
    if index < 26 {
        base.to_string()
    } else {
        format!("{base}{}", index / 26)
    }
}
