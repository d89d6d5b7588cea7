//! `counteroffer project`.

use crate::cli::ProjectRequest;
use crate::error::Result;
use crate::render;

pub fn run(request: &ProjectRequest) -> Result<String> {
    let inputs = crate::io::input::read_all(&request.offers)?;
    let added = &request.additions;
    let rates = super::convert::rates(added.rates.as_ref())?;
    let offers = super::parse(&inputs, request.projection.as_of, request.projection.years)?;
    super::check_csv_options(request.view.format, &inputs, &offers)?;
    let offers = super::project_offers(&inputs, super::with_exit(offers, added.exit))?;
    let mut offers = super::add(&inputs, offers, added, rates.as_ref())?;
    if let Some(prices) = &request.scenarios {
        for (projected, input) in offers.iter_mut().zip(&inputs) {
            let grid = crate::domain::options::scenarios(&projected.offer, prices)
                .map_err(|err| crate::error::Error::data(&input.name, err))?;
            if let Some(options) = projected.projection.options.as_mut() {
                options.scenarios = grid;
            }
        }
    }
    let mut text = render::projections(&offers, &request.view)?;
    super::chart::add(&mut text, &request.chart, &request.view, &offers, None)?;
    Ok(text)
}
