//! The same chart as SVG through plotters: grouped stacked bars per year,
//! and for comparisons the cumulative pay of each offer with the crossovers
//! marked. Coordinates are whole currency units (integers): no floating
//! point touches the figures.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::{COMPONENTS, whole};
use crate::domain::compare::Comparison;
use crate::domain::report::OfferReport;

const WIDTH: u32 = 960;
const PANEL: u32 = 420;
/// Bottom to top: base, bonus, sign-on, equity.
const COLOURS: [RGBColor; 4] = [
    RGBColor(49, 99, 149),
    RGBColor(236, 146, 54),
    RGBColor(89, 161, 79),
    RGBColor(176, 122, 161),
];
const LINES: [RGBColor; 6] = [
    RGBColor(31, 119, 180),
    RGBColor(214, 39, 40),
    RGBColor(44, 160, 44),
    RGBColor(148, 103, 189),
    RGBColor(140, 86, 75),
    RGBColor(23, 190, 207),
];

/// What can go wrong drawing: plotters' error for its SVG backend.
pub type DrawError = DrawingAreaErrorKind<std::io::Error>;

/// The chart as an SVG document.
pub fn svg(offers: &[OfferReport], comparison: Option<&Comparison>) -> Result<String, DrawError> {
    let mut buffer = String::new();
    let height = if comparison.is_some() {
        PANEL * 2
    } else {
        PANEL
    };
    {
        let root = SVGBackend::with_string(&mut buffer, (WIDTH, height)).into_drawing_area();
        root.fill(&WHITE)?;
        let (bars, lines) = if comparison.is_some() {
            let (top, bottom) = root.split_vertically(PANEL);
            (top, Some(bottom))
        } else {
            (root.clone(), None)
        };
        draw_bars(&bars, offers)?;
        if let (Some(area), Some(comparison)) = (lines, comparison) {
            draw_cumulative(&area, offers, comparison)?;
        }
        root.present()?;
    }
    Ok(buffer)
}

type Area<'a> = DrawingArea<SVGBackend<'a>, plotters::coord::Shift>;
type DrawResult = Result<(), DrawError>;

/// The letter that marks an offer's bars and names it in the legend.
fn letter(index: usize) -> String {
    char::from(b'A' + (index % 26) as u8).to_string()
}

fn draw_bars(area: &Area, offers: &[OfferReport]) -> DrawResult {
    let years = offers
        .iter()
        .map(|o| o.projection.rows.len())
        .max()
        .unwrap_or(1) as i32;
    let count = offers.len() as i32;
    // Half-bar units: a bar is two wide and a year's group ends with a gap
    // of two, so the group's centre (where its label goes) is a whole unit.
    let group = 2 * (count + 1);
    let top = offers
        .iter()
        .flat_map(|o| o.projection.rows.iter().map(|r| whole(r.total)))
        .max()
        .unwrap_or(1)
        .max(1);
    let currency = offers[0].offer.currency.clone();
    let mut chart = ChartBuilder::on(area)
        .caption(format!("Pay by year ({currency})"), ("sans-serif", 22))
        .margin(12)
        .margin_right(28)
        .x_label_area_size(36)
        .y_label_area_size(70)
        // No tick per half bar: only the centred year labels.
        .set_label_area_size(LabelAreaPosition::Bottom, 36)
        // Headroom above the tallest bar keeps the legend (components and
        // offers, up to eight lines) clear of the bars.
        .build_cartesian_2d(0..years * group, 0i64..top + top * 3 / 5)?;
    let label = move |x: &i32| {
        if x % group == count && *x < years * group {
            format!("Year {}", x / group + 1)
        } else {
            String::new()
        }
    };
    chart
        .configure_mesh()
        .disable_x_mesh()
        .light_line_style(TRANSPARENT)
        .bold_line_style(BLACK.mix(0.08))
        .x_labels((years * group + 1) as usize)
        .x_label_formatter(&label)
        .set_tick_mark_size(LabelAreaPosition::Bottom, 0)
        .y_label_formatter(&|y| crate::domain::money::display_compact(*y, &currency))
        .draw()?;
    for (c, ((name, part), colour)) in COMPONENTS.iter().zip(COLOURS).enumerate() {
        let mut rectangles = Vec::new();
        for (o, offer) in offers.iter().enumerate() {
            for (y, row) in offer.projection.rows.iter().enumerate() {
                let below: i64 = COMPONENTS[..c].iter().map(|(_, p)| whole(p(row))).sum();
                let x = y as i32 * group + 2 * o as i32;
                rectangles.push(Rectangle::new(
                    [(x, below), (x + 2, below + whole(part(row)))],
                    colour.filled(),
                ));
            }
        }
        chart
            .draw_series(rectangles)?
            .label(*name)
            .legend(move |(x, y)| Rectangle::new([(x, y - 5), (x + 10, y + 5)], colour.filled()));
    }
    if offers.len() > 1 {
        // Each bar carries its offer's letter, and the legend names it.
        let above = ("sans-serif", 14)
            .into_font()
            .color(&BLACK)
            .pos(Pos::new(HPos::Center, VPos::Bottom));
        for (o, offer) in offers.iter().enumerate() {
            let marks: Vec<Text<'_, (i32, i64), String>> = offer
                .projection
                .rows
                .iter()
                .enumerate()
                .map(|(y, row)| {
                    let x = y as i32 * group + 2 * o as i32 + 1;
                    Text::new(letter(o), (x, whole(row.total) + top / 60), above.clone())
                })
                .collect();
            chart
                .draw_series(marks)?
                .label(format!("{}: {}", letter(o), shown(&offer.offer.name)))
                .legend(|(x, y)| Rectangle::new([(x, y - 5), (x + 10, y + 5)], WHITE.filled()));
        }
    }
    chart
        .configure_series_labels()
        .background_style(WHITE.mix(0.9))
        .border_style(BLACK.mix(0.3))
        .position(SeriesLabelPosition::UpperLeft)
        .draw()
}

fn draw_cumulative(area: &Area, offers: &[OfferReport], comparison: &Comparison) -> DrawResult {
    let years = offers
        .iter()
        .map(|o| o.projection.rows.len())
        .max()
        .unwrap_or(1) as i32;
    let top = offers
        .iter()
        .filter_map(|o| o.projection.rows.last().map(|r| whole(r.cumulative)))
        .max()
        .unwrap_or(1)
        .max(1);
    let currency = offers[0].offer.currency.clone();
    let ceiling = top + top * 2 / 5;
    let mut chart = ChartBuilder::on(area)
        .caption("Cumulative pay", ("sans-serif", 22))
        .margin(12)
        .margin_right(28)
        .x_label_area_size(36)
        .y_label_area_size(70)
        .build_cartesian_2d(0..years, 0i64..ceiling)?;
    chart
        .configure_mesh()
        .light_line_style(TRANSPARENT)
        .bold_line_style(BLACK.mix(0.08))
        .x_labels(years as usize + 1)
        .x_label_formatter(&|x| format!("Year {x}"))
        .y_label_formatter(&|y| crate::domain::money::display_compact(*y, &currency))
        .draw()?;
    for (i, offer) in offers.iter().enumerate() {
        let colour = LINES[i % LINES.len()];
        let points = std::iter::once((0, 0)).chain(
            offer
                .projection
                .rows
                .iter()
                .map(|r| (r.year as i32, whole(r.cumulative))),
        );
        chart
            .draw_series(LineSeries::new(points, colour.stroke_width(3)))?
            .label(shown(&offer.offer.name))
            .legend(move |(x, y)| PathElement::new([(x, y), (x + 16, y)], colour.stroke_width(3)));
    }
    // The crossovers: a ring on the line, and a note in the headroom above
    // every line (top right), where no line runs.
    let note = ("sans-serif", 14)
        .into_font()
        .color(&BLACK)
        .pos(Pos::new(HPos::Right, VPos::Top));
    for (n, crossover) in comparison.crossovers.iter().enumerate() {
        let ahead = &offers[crossover.ahead];
        let Some(row) = ahead.projection.rows.get(crossover.year as usize - 1) else {
            continue;
        };
        let point = (crossover.year as i32, whole(row.cumulative));
        chart.draw_series(std::iter::once(Circle::new(
            point,
            7,
            BLACK.stroke_width(2),
        )))?;
        let line = ceiling - (n as i64) * (ceiling / 16);
        chart.draw_series(std::iter::once(Text::new(
            format!(
                "crossover: {} passes {} in year {}",
                shown(&ahead.offer.name),
                shown(&offers[crossover.behind].offer.name),
                crossover.year
            ),
            (years, line),
            note.clone(),
        )))?;
    }
    chart
        .configure_series_labels()
        .background_style(WHITE.mix(0.9))
        .border_style(BLACK)
        .position(SeriesLabelPosition::UpperLeft)
        .draw()
}

/// A name for the SVG: plotters escapes `<` and `&`, but control characters,
/// U+FFFE and U+FFFF are not allowed in XML at all, so they are written
/// visibly.
fn shown(name: &str) -> String {
    crate::io::escape::svg_text(name).into_owned()
}
