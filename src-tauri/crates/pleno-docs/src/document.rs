//! What a document says, never where it goes: the description every Pleno document is
//! built as, and the only thing the layout engine needs to print one.

use chrono::NaiveDate;
use pleno_domain::Language;

/// The author every document carries in its metadata.
pub const SECRETARIAT: &str =
    "Secretaría Técnica — Coalición Regional contra la Trata de Personas y el Tráfico Ilícito de Migrantes";

/// The Coalition's full name, as it heads every page.
pub const COALITION: &str = "Coalición Regional contra la Trata de Personas y el Tráfico Ilícito de Migrantes";

/// The Coalition's name in English, as the Coalition itself writes it.
pub const COALITION_EN: &str = "Regional Coalition against Trafficking in Persons and Smuggling of Migrants";

/// The Coalition's name in a document's language.
pub fn coalition(lang: Language) -> &'static str {
    lang.pick(COALITION, COALITION_EN)
}

/// The author of a document in its language.
pub fn secretariat(lang: Language) -> String {
    match lang {
        Language::Es => SECRETARIAT.to_string(),
        Language::En => format!("Technical Secretariat — {COALITION_EN}"),
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    pub page: PageSetup,
    /// The language of what the engine writes itself ("Página N de M" / "Page N of M").
    pub language: Language,
    pub metadata: Metadata,
    pub header: Option<RunningHeader>,
    pub footer: Option<RunningFooter>,
    /// A title page carries neither running header nor footer, though it still counts
    /// in "Página N de M".
    pub plain_first_page: bool,
    /// A word printed large, light and diagonal behind every page ("BORRADOR"); a
    /// "\n" starts a smaller line under it ("versión 2").
    pub watermark: Option<String>,
    pub blocks: Vec<Block>,
}

impl Document {
    /// A Letter, portrait document with the Secretariat as author and Spanish as its
    /// language; `issued` dates the metadata.
    pub fn new(title: impl Into<String>, issued: NaiveDate) -> Self {
        Document {
            page: PageSetup::default(),
            language: Language::Es,
            metadata: Metadata {
                title: title.into(),
                author: SECRETARIAT.to_string(),
                subject: String::new(),
                keywords: Vec::new(),
                language: "es".to_string(),
                created: issued,
            },
            header: None,
            footer: None,
            plain_first_page: false,
            watermark: None,
            blocks: Vec::new(),
        }
    }

    /// The same document written in `lang`: its metadata (author, /Lang) and the
    /// words the engine adds follow it.
    pub fn in_language(mut self, lang: Language) -> Self {
        self.language = lang;
        self.metadata.language = lang.as_str().to_string();
        self.metadata.author = secretariat(lang);
        self
    }

    pub fn push(&mut self, block: impl Into<Block>) {
        self.blocks.push(block.into());
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Metadata {
    pub title: String,
    pub author: String,
    pub subject: String,
    pub keywords: Vec<String>,
    /// BCP 47 tag, written to the catalogue's /Lang so screen readers pick the voice.
    pub language: String,
    /// Written as the creation and modification dates; passed in so the same
    /// description always gives the same bytes.
    pub created: NaiveDate,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PageSetup {
    pub paper: Paper,
    pub orientation: Orientation,
    pub margins: Margins,
}

impl Default for PageSetup {
    fn default() -> Self {
        PageSetup { paper: Paper::Letter, orientation: Orientation::Portrait, margins: Margins::uniform(25.0) }
    }
}

impl PageSetup {
    pub fn landscape() -> Self {
        PageSetup { orientation: Orientation::Landscape, margins: Margins::uniform(20.0), ..Self::default() }
    }

    /// Width and height in points, orientation applied.
    pub fn size_pt(&self) -> (f32, f32) {
        let (w, h) = self.paper.size_pt();
        match self.orientation {
            Orientation::Portrait => (w, h),
            Orientation::Landscape => (h, w),
        }
    }
}

/// The region uses "carta" (Letter); A4 serves partners who print on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paper {
    Letter,
    A4,
}

impl Paper {
    /// Portrait width and height in points.
    pub fn size_pt(self) -> (f32, f32) {
        match self {
            Paper::Letter => (612.0, 792.0),
            Paper::A4 => (595.276, 841.89),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Orientation {
    Portrait,
    Landscape,
}

/// Margins in millimetres, the unit the Secretariat's templates use.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Margins {
    pub top: f32,
    pub right: f32,
    pub bottom: f32,
    pub left: f32,
}

impl Margins {
    pub fn uniform(mm: f32) -> Self {
        Margins { top: mm, right: mm, bottom: mm, left: mm }
    }
}

/// The small grey line above the text: the Coalition's name left, the document right.
#[derive(Debug, Clone, PartialEq)]
pub struct RunningHeader {
    pub left: String,
    pub right: String,
}

/// "Página N de M" ("Page N of M") centred, an optional text (the issue date) at the right, and an
/// optional text at the left whose "\n" start further lines below (an approved acta's
/// approval and SHA-256). When the left text reaches the middle, the page number moves
/// to the right and the right text to the line below it.
#[derive(Debug, Clone, PartialEq)]
pub struct RunningFooter {
    pub page_numbers: bool,
    pub right: Option<String>,
    pub left: Option<String>,
}

impl RunningFooter {
    /// Page numbers, and `right` (usually the date of issue) at the right.
    pub fn new(right: Option<String>) -> Self {
        RunningFooter { page_numbers: true, right, left: None }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    TitlePage(TitlePage),
    /// The issuing body at the head of a letter or a meeting document; the page it
    /// opens carries no running header.
    Letterhead(Letterhead),
    /// A document's centred title ("CONVOCATORIA") with lines under it.
    Title(Title),
    Heading(Heading),
    Paragraph(Paragraph),
    List(List),
    Table(Table),
    /// Lines to sign on, side by side, kept whole on one page.
    Signatures(Signatures),
    /// A bar chart drawn as vectors (planned vs reported progress).
    Bars(crate::bars::Bars),
    /// Vertical space in points; dropped at the top of a page.
    Space(f32),
    PageBreak,
}

/// The organisation's name centred over a rule, with lines under it (who issues).
#[derive(Debug, Clone, PartialEq)]
pub struct Letterhead {
    pub organisation: String,
    pub lines: Vec<String>,
}

/// A centred title in capitals and smaller centred lines under it; never the last
/// thing on a page.
#[derive(Debug, Clone, PartialEq)]
pub struct Title {
    pub text: String,
    pub lines: Vec<String>,
}

impl Title {
    pub fn new(text: impl Into<String>) -> Self {
        Title { text: text.into(), lines: Vec::new() }
    }
    pub fn line(mut self, line: impl Into<String>) -> Self {
        self.lines.push(line.into());
        self
    }
}

/// Signature blocks: room to sign, a line, then who signs (the first line bold).
/// Two to a row; a block is never split across pages.
#[derive(Debug, Clone, PartialEq)]
pub struct Signatures {
    pub signatures: Vec<Signature>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Signature {
    /// Name first, then office, state, institution.
    pub lines: Vec<String>,
}

impl Signature {
    pub fn new(lines: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Signature { lines: lines.into_iter().map(Into::into).filter(|l: &String| !l.is_empty()).collect() }
    }
}

/// A page of its own: the organisation, the title, and who issued it when.
#[derive(Debug, Clone, PartialEq)]
pub struct TitlePage {
    pub organisation: String,
    pub title: String,
    pub subtitle: Option<String>,
    /// Lines at the foot of the page: issuer, place and date.
    pub issued_by: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Heading {
    /// 1 is a chapter, 2 a section, 3 a subsection; deeper levels print as 3.
    pub level: u8,
    pub text: String,
}

impl Heading {
    pub fn new(level: u8, text: impl Into<String>) -> Self {
        Heading { level, text: text.into() }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FontStyle {
    Regular,
    Bold,
    Italic,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Span {
    pub text: String,
    pub style: FontStyle,
}

impl Span {
    pub fn plain(text: impl Into<String>) -> Self {
        Span { text: text.into(), style: FontStyle::Regular }
    }
    pub fn bold(text: impl Into<String>) -> Self {
        Span { text: text.into(), style: FontStyle::Bold }
    }
    pub fn italic(text: impl Into<String>) -> Self {
        Span { text: text.into(), style: FontStyle::Italic }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Align {
    #[default]
    Left,
    Center,
    Right,
    /// Both edges straight; the last line of a paragraph stays left.
    Justify,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TextSize {
    Small,
    #[default]
    Body,
    Large,
}

/// Text that wraps. A "\n" inside a span starts a new line.
#[derive(Debug, Clone, PartialEq)]
pub struct Paragraph {
    pub spans: Vec<Span>,
    pub align: Align,
    pub size: TextSize,
    /// A lead-in ("Indicadores:", "ACUERDOS") that must not end a page: it stays whole
    /// and on the same page as the block after it.
    pub keep_with_next: bool,
}

impl Paragraph {
    pub fn new(text: impl Into<String>) -> Self {
        Self::from_spans(vec![Span::plain(text)])
    }
    pub fn from_spans(spans: Vec<Span>) -> Self {
        Paragraph { spans, align: Align::Justify, size: TextSize::Body, keep_with_next: false }
    }
    pub fn align(mut self, align: Align) -> Self {
        self.align = align;
        self
    }
    pub fn size(mut self, size: TextSize) -> Self {
        self.size = size;
        self
    }
    pub fn keep_with_next(mut self) -> Self {
        self.keep_with_next = true;
        self
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListMarker {
    Bullet,
    /// 1., 2., 3. …
    Numbered,
    /// Each item's own label, e.g. the plan's codes "1.1.1".
    Labels,
}

#[derive(Debug, Clone, PartialEq)]
pub struct List {
    pub marker: ListMarker,
    pub items: Vec<ListItem>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ListItem {
    /// Used with [`ListMarker::Labels`]; ignored otherwise.
    pub label: Option<String>,
    pub spans: Vec<Span>,
}

impl ListItem {
    pub fn new(text: impl Into<String>) -> Self {
        ListItem { label: None, spans: vec![Span::plain(text)] }
    }
    pub fn labelled(label: impl Into<String>, text: impl Into<String>) -> Self {
        ListItem { label: Some(label.into()), spans: vec![Span::plain(text)] }
    }
}

/// A table whose header row (the column titles) repeats on every page it reaches.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub title: String,
    pub width: ColumnWidth,
    pub align: Align,
}

impl Column {
    pub fn new(title: impl Into<String>, width: ColumnWidth) -> Self {
        Column { title: title.into(), width, align: Align::Left }
    }
    pub fn align(mut self, align: Align) -> Self {
        self.align = align;
        self
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ColumnWidth {
    /// Millimetres.
    Fixed(f32),
    /// A share of what the fixed columns leave.
    Relative(f32),
}

/// A row lists only the cells that start in it, as in HTML: a cell spanning rows
/// leaves no cell in the rows below it.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub cells: Vec<Cell>,
    /// Millimetres the row is at least tall: room for a signature.
    pub min_height: f32,
    /// A group's title row: never the last row of a page, it moves with the row after it.
    pub keep_with_next: bool,
}

impl Row {
    pub fn new(cells: Vec<Cell>) -> Self {
        Row { cells, min_height: 0.0, keep_with_next: false }
    }
    pub fn min_height(mut self, mm: f32) -> Self {
        self.min_height = mm;
        self
    }
    pub fn keep_with_next(mut self) -> Self {
        self.keep_with_next = true;
        self
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    pub spans: Vec<Span>,
    pub rowspan: usize,
    pub colspan: usize,
    /// A light fill, for a group's title row.
    pub shaded: bool,
    /// Overrides the column's alignment (a group title spanning a numbers column).
    pub align: Option<Align>,
}

impl Cell {
    pub fn new(text: impl Into<String>) -> Self {
        Self::from_spans(vec![Span::plain(text)])
    }
    pub fn from_spans(spans: Vec<Span>) -> Self {
        Cell { spans, rowspan: 1, colspan: 1, shaded: false, align: None }
    }
    pub fn rowspan(mut self, rows: usize) -> Self {
        self.rowspan = rows;
        self
    }
    pub fn colspan(mut self, columns: usize) -> Self {
        self.colspan = columns;
        self
    }
    pub fn shaded(mut self) -> Self {
        self.shaded = true;
        self
    }
    pub fn align(mut self, align: Align) -> Self {
        self.align = Some(align);
        self
    }
}

macro_rules! into_block {
    ($($ty:ident),*) => {$(
        impl From<$ty> for Block {
            fn from(value: $ty) -> Self {
                Block::$ty(value)
            }
        }
    )*};
}
into_block!(TitlePage, Letterhead, Title, Heading, Paragraph, List, Table, Signatures);

impl From<crate::bars::Bars> for Block {
    fn from(value: crate::bars::Bars) -> Self {
        Block::Bars(value)
    }
}
