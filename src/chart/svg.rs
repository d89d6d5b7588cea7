//! The same chart as SVG through plotters: grouped stacked bars per year,
//! and for comparisons the cumulative pay of each offer with the crossovers
//! marked. Coordinates are whole currency units (integers): no floating
//! point touches the figures.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::{COMPONENTS, whole};
use crate::compare::Comparison;
use crate::projection::ProjectedOffer;

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

/// The chart as an SVG document, or the drawing error's message.
pub fn svg(offers: &[ProjectedOffer], comparison: Option<&Comparison>) -> Result<String, String> {
    let mut buffer = String::new();
    let height = if comparison.is_some() {
        PANEL * 2
    } else {
        PANEL
    };
    {
        let root = SVGBackend::with_string(&mut buffer, (WIDTH, height)).into_drawing_area();
        root.fill(&WHITE).map_err(|e| e.to_string())?;
        let (bars, lines) = if comparison.is_some() {
            let (top, bottom) = root.split_vertically(PANEL);
            (top, Some(bottom))
        } else {
            (root.clone(), None)
        };
        draw_bars(&bars, offers).map_err(|e| e.to_string())?;
        if let (Some(area), Some(comparison)) = (lines, comparison) {
            draw_cumulative(&area, offers, comparison).map_err(|e| e.to_string())?;
        }
        root.present().map_err(|e| e.to_string())?;
    }
    Ok(buffer)
}

type Area<'a> = DrawingArea<SVGBackend<'a>, plotters::coord::Shift>;
type DrawResult = Result<(), DrawingAreaErrorKind<std::io::Error>>;

fn draw_bars(area: &Area, offers: &[ProjectedOffer]) -> DrawResult {
    let years = offers
        .iter()
        .map(|o| o.projection.rows.len())
        .max()
        .unwrap_or(1) as i32;
    let slots = offers.len() as i32 + 1; // one gap between years
    let top = offers
        .iter()
        .flat_map(|o| o.projection.rows.iter().map(|r| whole(r.total)))
        .max()
        .unwrap_or(1)
        .max(1);
    let currency = &offers[0].offer.currency;
    let mut chart = ChartBuilder::on(area)
        .caption(format!("Pay by year ({currency})"), ("sans-serif", 22))
        .margin(12)
        .x_label_area_size(36)
        .y_label_area_size(90)
        // Headroom above the tallest bar keeps the legend clear of the bars.
        .build_cartesian_2d(0..years * slots, 0i64..top + top * 2 / 5)?;
    let label = move |x: &i32| {
        if x % slots == 0 && *x < years * slots {
            format!("Year {}", x / slots + 1)
        } else {
            String::new()
        }
    };
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels((years * slots + 1) as usize)
        .x_label_formatter(&label)
        .y_label_formatter(&|y| format!("{y}"))
        .draw()?;
    for (c, ((name, part), colour)) in COMPONENTS.iter().zip(COLOURS).enumerate() {
        let mut rectangles = Vec::new();
        for (o, offer) in offers.iter().enumerate() {
            for (y, row) in offer.projection.rows.iter().enumerate() {
                let below: i64 = COMPONENTS[..c].iter().map(|(_, p)| whole(p(row))).sum();
                let x = y as i32 * slots + o as i32;
                rectangles.push(Rectangle::new(
                    [(x, below), (x + 1, below + whole(part(row)))],
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
        let names: Vec<String> = offers
            .iter()
            .enumerate()
            .map(|(i, o)| format!("bar {} = {}", i + 1, shown(&o.offer.name)))
            .collect();
        area.draw(&Text::new(
            names.join("   "),
            (100, (PANEL - 14) as i32),
            ("sans-serif", 13),
        ))?;
    }
    chart
        .configure_series_labels()
        .background_style(WHITE.mix(0.9))
        .border_style(BLACK)
        .position(SeriesLabelPosition::UpperLeft)
        .draw()
}

fn draw_cumulative(area: &Area, offers: &[ProjectedOffer], comparison: &Comparison) -> DrawResult {
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
    let mut chart = ChartBuilder::on(area)
        .caption("Cumulative pay", ("sans-serif", 22))
        .margin(12)
        .x_label_area_size(36)
        .y_label_area_size(90)
        .build_cartesian_2d(0..years, 0i64..top + top * 2 / 5)?;
    chart
        .configure_mesh()
        .x_labels(years as usize + 1)
        .x_label_formatter(&|x| format!("Year {x}"))
        .y_label_formatter(&|y| format!("{y}"))
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
    for crossover in &comparison.crossovers {
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
        // Anchored at its right end, so the note stays inside the chart.
        let style = ("sans-serif", 14)
            .into_font()
            .color(&BLACK)
            .pos(Pos::new(HPos::Right, VPos::Center));
        chart.draw_series(std::iter::once(Text::new(
            format!(
                "crossover: {} passes {} in year {}",
                shown(&ahead.offer.name),
                shown(&offers[crossover.behind].offer.name),
                crossover.year
            ),
            (point.0, point.1 / 2),
            style,
        )))?;
    }
    chart
        .configure_series_labels()
        .background_style(WHITE.mix(0.9))
        .border_style(BLACK)
        .position(SeriesLabelPosition::UpperLeft)
        .draw()
}

/// A name for the SVG: plotters escapes `<` and `&`, but control characters
/// are not allowed in XML at all, so they are written visibly.
fn shown(name: &str) -> String {
    crate::escape::terminal(name).into_owned()
}
