//! Tables: column widths, wrapped cells, row and column spans, and how a table crosses
//! pages — whole rows move to the next page under a repeated header row, and only a
//! row taller than a page is cut between its lines.

use std::ops::Range;

use crate::document::{Align, ColumnWidth, Span, Table};
use crate::flow::{cell_box, Flow, Frame};
use crate::fonts::Fonts;
use crate::text::{self, Line};
use crate::{theme, DocsError};

const MM: f32 = 72.0 / 25.4;
/// Room for float rounding when rows exactly fill a page.
const EPSILON: f32 = 0.01;

fn line_height() -> f32 {
    theme::TABLE_SIZE * theme::TABLE_LEADING
}

/// Extra space where a cell's text has a "\n": two indicators in one cell read as two.
const PARAGRAPH_GAP: f32 = 3.0;

fn gap_before(lines: &[Line], i: usize) -> f32 {
    if i > 0 && lines[i - 1].ends_paragraph {
        PARAGRAPH_GAP
    } else {
        0.0
    }
}

/// Height of `lines` set in a cell, paragraph gaps included, padding excluded.
fn text_height(lines: &[Line]) -> f32 {
    lines.len().max(1) as f32 * line_height() + (1..lines.len()).map(|i| gap_before(lines, i)).sum::<f32>()
}

#[derive(Debug)]
struct PreparedCell {
    row: usize,
    col: usize,
    rowspan: usize,
    colspan: usize,
    lines: Vec<Line>,
    align: Align,
    shaded: bool,
}

impl PreparedCell {
    fn fill(&self) -> Option<crate::positioned::Rgb> {
        self.shaded.then_some(theme::SHADE)
    }

    fn need(&self) -> f32 {
        text_height(&self.lines) + 2.0 * theme::CELL_PAD_Y
    }

    /// The rows of `range` this cell covers, if any.
    fn within(&self, range: &Range<usize>) -> Option<Range<usize>> {
        let start = self.row.max(range.start);
        let end = (self.row + self.rowspan).min(range.end);
        (start < end).then_some(start..end)
    }
}

#[derive(Debug)]
pub(crate) struct PreparedTable {
    col_x: Vec<f32>,
    col_w: Vec<f32>,
    header: Vec<PreparedCell>,
    header_height: f32,
    /// Sorted by row, then column.
    cells: Vec<PreparedCell>,
    heights: Vec<f32>,
    /// Each row's own least height (room to sign), in points.
    min_heights: Vec<f32>,
    /// Runs of rows joined by row spans or kept together; a page may only break
    /// between them.
    units: Vec<Range<usize>>,
}

impl PreparedTable {
    pub fn prepare(table: &Table, number: usize, fonts: &Fonts, frame: &Frame) -> Result<Self, DocsError> {
        let invalid = |reason: String| DocsError::InvalidTable { table: number, reason };
        let (col_x, col_w) = column_geometry(table, frame).map_err(invalid)?;
        let ncols = table.columns.len();
        let nrows = table.rows.len();
        let wrap = |spans: &[Span], col: usize, colspan: usize| {
            let width: f32 = col_w[col..col + colspan].iter().sum::<f32>() - 2.0 * theme::CELL_PAD_X;
            text::wrap(fonts, spans, theme::TABLE_SIZE, width)
        };

        let header = table
            .columns
            .iter()
            .enumerate()
            .map(|(col, c)| PreparedCell {
                row: 0,
                col,
                rowspan: 1,
                colspan: 1,
                lines: wrap(&[Span::bold(c.title.clone())], col, 1),
                align: Align::Center,
                shaded: false,
            })
            .collect::<Vec<_>>();
        let header_height = header.iter().map(PreparedCell::need).fold(0.0, f32::max);

        let mut occupied = vec![vec![false; ncols]; nrows];
        let mut cells = Vec::new();
        for (r, row) in table.rows.iter().enumerate() {
            let mut c = 0;
            for cell in &row.cells {
                while c < ncols && occupied[r][c] {
                    c += 1;
                }
                let (rowspan, colspan) = (cell.rowspan.max(1), cell.colspan.max(1));
                if c + colspan > ncols {
                    return Err(invalid(format!(
                        "la fila {} tiene más celdas de las que caben en {ncols} columnas",
                        r + 1
                    )));
                }
                if r + rowspan > nrows {
                    return Err(invalid(format!(
                        "una celda de la fila {} abarca {rowspan} filas y la tabla termina antes",
                        r + 1
                    )));
                }
                for taken in occupied[r..r + rowspan].iter_mut() {
                    if taken[c..c + colspan].iter().any(|t| *t) {
                        return Err(invalid(format!("las celdas de la fila {} se superponen", r + 1)));
                    }
                    taken[c..c + colspan].iter_mut().for_each(|t| *t = true);
                }
                cells.push(PreparedCell {
                    row: r,
                    col: c,
                    rowspan,
                    colspan,
                    lines: wrap(&cell.spans, c, colspan),
                    align: cell.align.unwrap_or(table.columns[c].align),
                    shaded: cell.shaded,
                });
                c += colspan;
            }
        }
        // A short row still gets its borders: holes become empty cells.
        for (r, taken) in occupied.iter().enumerate() {
            for (c, _) in taken.iter().enumerate().filter(|(_, t)| !**t) {
                cells.push(PreparedCell {
                    row: r,
                    col: c,
                    rowspan: 1,
                    colspan: 1,
                    lines: wrap(&[], c, 1),
                    align: Align::Left,
                    shaded: false,
                });
            }
        }
        cells.sort_by_key(|c| (c.row, c.col));

        let mut breakable = vec![true; nrows + 1];
        for cell in &cells {
            breakable[cell.row + 1..cell.row + cell.rowspan].iter_mut().for_each(|b| *b = false);
        }
        for (r, _) in table.rows.iter().enumerate().filter(|(r, row)| row.keep_with_next && r + 1 < nrows) {
            breakable[r + 1] = false;
        }
        let mut units = Vec::new();
        let mut start = 0;
        for (r, _) in breakable.iter().enumerate().skip(1).filter(|(_, b)| **b) {
            units.push(start..r);
            start = r;
        }

        let min_heights = table.rows.iter().map(|r| r.min_height.max(0.0) * MM).collect();
        let mut prepared =
            PreparedTable { col_x, col_w, header, header_height, cells, heights: Vec::new(), min_heights, units };
        prepared.heights = prepared.heights_for(0..nrows);
        Ok(prepared)
    }

    /// Row heights for `range` set on their own: cells spanning in from above or out
    /// below are clipped to the range and keep their whole text.
    fn heights_for(&self, range: Range<usize>) -> Vec<f32> {
        let least = line_height() + 2.0 * theme::CELL_PAD_Y;
        let mut heights: Vec<f32> = self.min_heights[range.clone()].iter().map(|h| h.max(least)).collect();
        let mut spanning = Vec::new();
        for cell in &self.cells {
            let Some(rows) = cell.within(&range) else { continue };
            if rows.len() == 1 {
                let h = &mut heights[rows.start - range.start];
                *h = h.max(cell.need());
            } else {
                spanning.push((rows, cell.need()));
            }
        }
        spanning.sort_by_key(|(rows, _)| rows.end);
        for (rows, need) in spanning {
            let local = rows.start - range.start..rows.end - range.start;
            let sum: f32 = heights[local.clone()].iter().sum();
            if need > sum {
                heights[local.end - 1] += need - sum;
            }
        }
        heights
    }

    fn body_room(&self, frame: &Frame) -> f32 {
        frame.height() - self.header_height
    }

    /// What must fit on a page before the table may start there: its header and
    /// first run of rows (or its first row, when the run is taller than a page), so
    /// a header is never left alone at the foot of a page.
    pub fn head_height(&self, frame: &Frame) -> f32 {
        let first = match self.units.first() {
            Some(unit) => {
                let whole: f32 = self.heights[unit.clone()].iter().sum();
                if whole <= self.body_room(frame) + EPSILON {
                    whole
                } else {
                    self.heights_for(unit.start..unit.start + 1).iter().sum::<f32>().min(self.body_room(frame))
                }
            }
            None => 0.0,
        };
        self.header_height + first
    }

    pub fn place(&self, flow: &mut Flow<'_>) {
        let mut gap = flow.gap(theme::TABLE_BEFORE);
        if gap + self.head_height(&flow.frame) > flow.remaining() + EPSILON && !flow.at_top {
            flow.new_page();
            gap = 0.0;
        }
        flow.y += gap;
        self.draw_header(flow);
        let room = self.body_room(&flow.frame);
        for unit in &self.units {
            let heights = &self.heights[unit.clone()];
            let height: f32 = heights.iter().sum();
            if height <= flow.remaining() + EPSILON {
                self.draw_rows(flow, unit.clone(), heights);
            } else if height <= room + EPSILON {
                self.continue_on_next_page(flow);
                self.draw_rows(flow, unit.clone(), heights);
            } else {
                self.split_unit(flow, unit.clone(), room);
            }
        }
        flow.finish_block(theme::TABLE_AFTER);
    }

    fn continue_on_next_page(&self, flow: &mut Flow<'_>) {
        flow.new_page();
        self.draw_header(flow);
    }

    fn draw_header(&self, flow: &mut Flow<'_>) {
        let top = flow.y;
        for cell in &self.header {
            self.draw_cell(flow, cell, top, self.header_height, &cell.lines, Some(theme::HEADER_FILL));
        }
        flow.y = top + self.header_height;
    }

    fn draw_rows(&self, flow: &mut Flow<'_>, range: Range<usize>, heights: &[f32]) {
        let top = flow.y;
        let row_top = |r: usize| top + heights[..r - range.start].iter().sum::<f32>();
        for cell in &self.cells {
            if cell.row >= range.end {
                break;
            }
            let Some(rows) = cell.within(&range) else { continue };
            let height: f32 = heights[rows.start - range.start..rows.end - range.start].iter().sum();
            self.draw_cell(flow, cell, row_top(rows.start), height, &cell.lines, cell.fill());
        }
        flow.y = top + heights.iter().sum::<f32>();
    }

    /// A run of spanned rows taller than a page: as many whole rows per page as fit,
    /// and a row taller than a page cut between its lines.
    fn split_unit(&self, flow: &mut Flow<'_>, unit: Range<usize>, room: f32) {
        let mut start = unit.start;
        while start < unit.end {
            let mut best = None;
            for end in start + 1..=unit.end {
                let heights = self.heights_for(start..end);
                if heights.iter().sum::<f32>() <= flow.remaining() + EPSILON {
                    best = Some((end, heights));
                } else {
                    break;
                }
            }
            match best {
                Some((end, heights)) => {
                    self.draw_rows(flow, start..end, &heights);
                    start = end;
                    if start < unit.end {
                        self.continue_on_next_page(flow);
                    }
                }
                None if flow.remaining() < room - 0.5 => self.continue_on_next_page(flow),
                None => {
                    self.split_row(flow, start);
                    start += 1;
                }
            }
        }
    }

    fn split_row(&self, flow: &mut Flow<'_>, row: usize) {
        let range = row..row + 1;
        let cells: Vec<&PreparedCell> = self.cells.iter().filter(|c| c.within(&range).is_some()).collect();
        let mut drawn = vec![0usize; cells.len()];
        loop {
            let room = flow.remaining() - 2.0 * theme::CELL_PAD_Y + EPSILON;
            // Each cell takes the lines that fit, at least one so the flow moves on.
            let take: Vec<usize> = cells
                .iter()
                .zip(&drawn)
                .map(|(c, d)| {
                    let rest = &c.lines[*d..];
                    (1..=rest.len())
                        .take_while(|n| text_height(&rest[..*n]) <= room)
                        .last()
                        .unwrap_or(1)
                        .min(rest.len())
                })
                .collect();
            let height = cells
                .iter()
                .zip(&drawn)
                .zip(&take)
                .map(|((c, d), n)| text_height(&c.lines[*d..*d + n]))
                .fold(line_height(), f32::max)
                + 2.0 * theme::CELL_PAD_Y;
            let top = flow.y;
            for ((cell, done), n) in cells.iter().zip(drawn.iter_mut()).zip(&take) {
                self.draw_cell(flow, cell, top, height, &cell.lines[*done..*done + n], cell.fill());
                *done += n;
            }
            flow.y = top + height;
            if cells.iter().zip(&drawn).all(|(c, d)| *d >= c.lines.len()) {
                break;
            }
            self.continue_on_next_page(flow);
        }
    }

    fn draw_cell(
        &self,
        flow: &mut Flow<'_>,
        cell: &PreparedCell,
        top: f32,
        height: f32,
        lines: &[Line],
        fill: Option<crate::positioned::Rgb>,
    ) {
        let x = self.col_x[cell.col];
        let width: f32 = self.col_w[cell.col..cell.col + cell.colspan].iter().sum();
        flow.push(cell_box(x, top, width, height, fill));
        let lh = line_height();
        let inner = width - 2.0 * theme::CELL_PAD_X;
        let align = if cell.align == Align::Justify { Align::Left } else { cell.align };
        let mut line_top = top + theme::CELL_PAD_Y;
        for (i, line) in lines.iter().enumerate() {
            line_top += gap_before(lines, i);
            flow.draw_line(line, line_top, x + theme::CELL_PAD_X, inner, align, theme::TABLE_SIZE, lh, theme::TEXT);
            line_top += lh;
        }
    }
}

/// Left edges and widths of the columns, in points: fixed columns first, the rest
/// shared by weight.
fn column_geometry(table: &Table, frame: &Frame) -> Result<(Vec<f32>, Vec<f32>), String> {
    if table.columns.is_empty() {
        return Err("no tiene columnas".into());
    }
    let available = frame.width();
    let fixed: f32 = table
        .columns
        .iter()
        .map(|c| match c.width {
            ColumnWidth::Fixed(mm) => mm.max(0.0) * MM,
            ColumnWidth::Relative(_) => 0.0,
        })
        .sum();
    let weights: f32 = table
        .columns
        .iter()
        .map(|c| match c.width {
            ColumnWidth::Relative(w) => w.max(0.0),
            ColumnWidth::Fixed(_) => 0.0,
        })
        .sum();
    if fixed > available + EPSILON {
        return Err(format!(
            "las columnas de ancho fijo suman {:.0} mm y la página deja {:.0} mm",
            fixed / MM,
            available / MM
        ));
    }
    let widths: Vec<f32> = table
        .columns
        .iter()
        .map(|c| match c.width {
            ColumnWidth::Fixed(mm) => mm.max(0.0) * MM,
            ColumnWidth::Relative(w) if weights > 0.0 => (available - fixed) * w.max(0.0) / weights,
            ColumnWidth::Relative(_) => 0.0,
        })
        .collect();
    if let Some(narrow) = table.columns.iter().zip(&widths).find(|(_, w)| **w < 2.0 * theme::CELL_PAD_X + 8.0) {
        return Err(format!("la columna «{}» es demasiado estrecha", narrow.0.title));
    }
    let mut x = frame.left;
    let lefts = widths
        .iter()
        .map(|w| {
            let left = x;
            x += w;
            left
        })
        .collect();
    Ok((lefts, widths))
}
