//! `pleno search TEXT`: agreements, follow-ups and decisions that contain a text,
//! ignoring accents and case.

use clap::Args;
use pleno_api::Api;

use crate::cli::{Ctx, PageArgs, Result};
use crate::output;

#[derive(Debug, Args)]
pub struct SearchArgs {
    #[arg(value_name = "TEXTO")]
    pub text: String,
    #[command(flatten)]
    pub page: PageArgs,
}

/// Without `--limit`, the 50 most relevant hits, as a list.
const UNPAGED: u32 = 50;

pub fn run(api: &mut Api, args: SearchArgs, ctx: &Ctx) -> Result<()> {
    let Some(limit) = args.page.limit else {
        let hits = api.search(&args.text, UNPAGED)?;
        return ctx.show(&hits, || output::search_hits(&hits, ctx.lang));
    };
    let page = api.search_page(&args.text, args.page.cursor.as_deref(), limit)?;
    ctx.show_page(&page, page.next_cursor.as_deref(), page.total, || output::search_hits(&page.items, ctx.lang))
}
