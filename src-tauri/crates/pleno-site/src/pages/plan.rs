//! The Strategic Plan 2018–2027 with its official (Spanish) titles: axes,
//! strategic objectives, results and indicators, each indicator with the published
//! agreements that advance it, and the indicators Pleno computes from the record.

use pleno_domain::agreement::{Agreement, LinkTarget};
use pleno_domain::plan::Indicator;

use super::{agreement_path, indicator_anchor, status_badge};
use crate::html::{esc, Html};
use crate::layout::{Page, Section};
use crate::Site;

pub fn page(site: &Site) -> Page {
    let lang = site.lang;
    let plan = &site.publication.plan;
    let mut h = Html::new();
    h.el("h1", &plan.title);
    if lang == pleno_domain::Language::En {
        h.el("p", "The plan's titles are its official ones, in Spanish.");
    }
    computed(site, &mut h);
    for axis in &plan.axes {
        h.raw(&format!("<section class=\"axis\" id=\"axis-{}\">", esc(&axis.code)));
        h.el("h2", &format!("{} {}. {}", site.pick("Eje", "Axis"), axis.code, axis.title));
        for objective in &axis.objectives {
            let objective_word = site.pick("Objetivo estratégico", "Strategic objective");
            h.el("h3", &format!("{objective_word} {}. {}", objective.code, objective.title));
            for result in &objective.results {
                let result_word = site.pick("Resultado", "Result");
                h.raw("<h4>")
                    .text(&format!("{result_word} {}. {}", result.code, result.title))
                    .raw("</h4><ul class=\"indicators\">");
                for indicator in &result.indicators {
                    indicator_item(site, indicator, &mut h);
                }
                h.raw("</ul>");
            }
        }
        h.raw("</section>");
    }
    Page::new(Section::Plan.path(), Section::Plan.name(lang), Section::Plan, h.into_string())
}

fn computed(site: &Site, h: &mut Html) {
    let values = &site.publication.indicators;
    if values.is_empty() {
        return;
    }
    h.raw("<section class=\"computed\" aria-labelledby=\"computed-h\">");
    h.raw(&format!(
        "<h2 id=\"computed-h\">{}</h2>",
        esc(site.pick("Indicadores calculados del registro", "Indicators computed from the record"))
    ));
    h.raw("<div class=\"scroll\"><table><thead><tr>");
    for head in [
        site.pick("Indicador", "Indicator"),
        site.pick("Valor", "Value"),
        site.pick("Cómo se calcula", "How it is computed"),
    ] {
        h.raw("<th scope=\"col\">").text(head).raw("</th>");
    }
    h.raw("</tr></thead><tbody>");
    for v in values {
        h.raw("<tr><th scope=\"row\">")
            .raw(&format!("<a href=\"#{}\">", esc(&indicator_anchor(&v.code))))
            .text(&format!("{} {}", v.code, v.title))
            .raw("</a></th><td class=\"value\">")
            .text(&v.value.to_string())
            .raw("</td><td>")
            .text(site.lang.pick(&v.explanation, &v.explanation_en))
            .raw("</td></tr>");
    }
    h.raw("</tbody></table></div></section>");
}

fn indicator_item(site: &Site, indicator: &Indicator, h: &mut Html) {
    h.raw(&format!("<li id=\"{}\"><p>", esc(&indicator_anchor(&indicator.code))))
        .el("strong", &indicator.code)
        .raw(" ")
        .text(&indicator.title);
    if let Some(v) = site.publication.indicators.iter().find(|v| v.code == indicator.code) {
        h.raw(" <span class=\"value\">").text(&format!("= {}", v.value)).raw("</span>");
    }
    h.raw("</p>");
    let linked: Vec<&Agreement> = site
        .publication
        .agreements
        .iter()
        .filter(|a| a.links.iter().any(|l| l.target == LinkTarget::Indicator && l.code == indicator.code))
        .collect();
    if !linked.is_empty() {
        h.raw("<ul class=\"agreements\">");
        for a in linked {
            h.raw("<li>")
                .link(&format!("../{}", agreement_path(a.id)), &a.number)
                .raw(" ")
                .raw(&status_badge(a.shown_status, site.lang))
                .raw(" ")
                .text(&a.text)
                .raw("</li>");
        }
        h.raw("</ul>");
    }
    h.raw("</li>");
}
