//! The page: HTML from a template, its script and style served beside it
//! (so the Content-Security-Policy allows no inline code), and the
//! founding case the forms start from.

use crate::error::{DataError, Error, Result};

const TEMPLATE: &str = include_str!("assets/page.html");
pub const SCRIPT: &str = include_str!("assets/page.js");
pub const STYLE: &str = include_str!("assets/page.css");

/// The page, with the token its requests carry and, for a browser without
/// JavaScript, the founding case compared and planned as `demo` prints it.
pub fn html(token: &str) -> Result<String> {
    let cli = crate::cli::try_from_argv(["counteroffer", "--color=never", "demo", "--width=100"])?;
    let demo = super::super::run(crate::cli::Request::from_cli(&cli)?)?;
    let mut env = minijinja::Environment::new();
    env.add_template("page.html", TEMPLATE)
        .and_then(|()| env.get_template("page.html"))
        .and_then(|template| template.render(minijinja::context! { token, demo }))
        .map_err(|err| Error::data("the page template", DataError::new("", err.to_string())))
}

/// The founding case: the two offers (`examples/`), current pay, and the
/// plan's inputs as `demo` uses them; the built-in tax tables to choose.
pub fn examples() -> String {
    let file = |name: &str, text: &str| serde_json::json!({ "name": name, "text": text });
    serde_json::json!({
        "offers": [
            file("amazon-promotion.json", include_str!("../../../examples/amazon-promotion.json")),
            file("competing-offer.json", include_str!("../../../examples/competing-offer.json")),
        ],
        "current": file("current-pay.json", include_str!("../../../examples/current-pay.json")),
        "plan": {
            "situation": "promotion",
            "impact": crate::commands::demo::IMPACT.to_string(),
            "impact-desc": crate::commands::demo::IMPACT_DESC,
            "offer-date": crate::commands::demo::OFFER_DATE.to_string(),
        },
        "tax_tables": crate::domain::tax::built_in_names(),
    })
    .to_string()
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_page_loads_its_script_and_style_with_the_token_and_nothing_inline() {
        let page = super::html("0123abcd").unwrap();
        assert!(page.contains(r#"src="/page.js?t=0123abcd""#), "{page}");
        assert!(page.contains(r#"href="/page.css?t=0123abcd""#), "{page}");
        assert!(!page.contains("<script>"));
        assert!(!page.contains("style="));
        assert!(!page.contains("http://") && !page.contains("https://"));
        // Readable without JavaScript: the founding case as `demo` prints it.
        assert!(page.contains("Amazon promotion (L7 manager)"));
    }
}
