package export

import (
	"math"
	"time"

	"balansplan/model"
)

// Report is the plan as a document: a cover, chapters with sections, and in
// them paragraphs, lists, tables and charts. It holds finished, translated
// text and geometry in millimetres and nothing else, so that the PDF
// renderer has no decisions left to make and the structure can be
// golden-tested as JSON.
type Report struct {
	Lang model.Lang `json:"lang"`
	Meta Meta       `json:"meta"`
	// Header is the running header of every page after the cover (the
	// school's name).
	Header string `json:"header"`
	// Footer is the running footer; {page} and {pages} are replaced by the
	// page number and the number of pages.
	Footer string `json:"footer"`
	// Cut marks text that was cut short because it did not fit, such as
	// a table row taller than a page ("[ingekort]").
	Cut      string    `json:"cut"`
	Cover    Cover     `json:"cover"`
	Contents string    `json:"contents_title"` // heading of the table of contents
	Chapters []Chapter `json:"chapters"`
}

func (r *Report) cut() string {
	if r.Cut == "" {
		return "[…]"
	}
	return r.Cut
}

// Meta is the document information of the PDF. Date is both the creation
// and the modification date: it comes from the plan, never from the clock,
// so the same plan gives the same bytes.
type Meta struct {
	Title    string    `json:"title"`
	Subject  string    `json:"subject"`
	Author   string    `json:"author"`
	Keywords string    `json:"keywords"`
	Creator  string    `json:"creator"`
	Date     time.Time `json:"date"`
}

// Cover is the title page.
type Cover struct {
	Kicker string  `json:"kicker"` // small line above the title
	Title  string  `json:"title"`
	School string  `json:"school"`
	Period string  `json:"period"`
	Fields []Field `json:"fields"`
	// Mark is printed large and diagonally across the cover, as a banner
	// on it and small in the footer of every page ("CONCEPT") while the
	// plan is not approved; empty for an approved plan.
	Mark string `json:"mark,omitempty"`
	Note string `json:"note,omitempty"`
	// Stripe is a row of colours under the top band: the bouwstenen.
	Stripe []string `json:"stripe,omitempty"`
}

// Field is a label with its value.
type Field struct {
	Label string `json:"label"`
	Value string `json:"value"`
}

// Chapter is a numbered chapter. Every chapter starts on a new page and
// gets a top-level entry in the table of contents and in the PDF outline.
type Chapter struct {
	ID     string  `json:"id"`
	Number string  `json:"number"`
	Title  string  `json:"title"`
	Blocks []Block `json:"blocks,omitempty"` // before the first section
	// Sections follow the chapter's own blocks; each is a second-level
	// entry in the table of contents and the outline.
	Sections []Section `json:"sections,omitempty"`
}

// Section is a numbered section of a chapter.
type Section struct {
	ID     string  `json:"id"`
	Number string  `json:"number"`
	Title  string  `json:"title"`
	Blocks []Block `json:"blocks"`
}

// BlockKind says which field of a Block is filled.
type BlockKind string

// The kinds of block.
const (
	KindParagraph BlockKind = "paragraph"
	KindHeading   BlockKind = "heading" // a minor, unnumbered heading
	KindList      BlockKind = "list"
	KindFields    BlockKind = "fields"
	KindCallout   BlockKind = "callout"
	KindTable     BlockKind = "table"
	KindChart     BlockKind = "chart"
	// KindSignatures is the signature lines under an adoption: Fields
	// holds each signatory's name (Label) and function (Value), Title the
	// words under the blank where they sign ("Handtekening en datum").
	KindSignatures BlockKind = "signatures"
)

// Block is one piece of content. Kind says which of the other fields is
// filled.
type Block struct {
	Kind BlockKind `json:"kind"`
	// Text is the text of a paragraph, heading or callout. Paragraph text
	// may hold newlines; each starts a new line.
	Text  string `json:"text,omitempty"`
	Style Style  `json:"style,omitempty"`
	// Title is the bold first line of a callout.
	Title  string   `json:"title,omitempty"`
	Items  []string `json:"items,omitempty"`  // list items
	Fields []Field  `json:"fields,omitempty"` // label/value lines
	Tone   Tone     `json:"tone,omitempty"`   // colour of a callout
	Table  *Table   `json:"table,omitempty"`
	Chart  *Chart   `json:"chart,omitempty"`
}

// Style is the typographic style of a paragraph.
type Style string

// Paragraph styles.
const (
	StyleBody  Style = ""
	StyleLead  Style = "lead"  // a little larger: the first words of a chapter
	StyleNote  Style = "note"  // small and grey: sources, explanations
	StyleQuote Style = "quote" // italic and indented: the school's own words
)

// Tone is the meaning of a colour: for callouts and table cells.
type Tone string

// Tones.
const (
	ToneNone    Tone = ""
	ToneInfo    Tone = "info"
	ToneGood    Tone = "good"
	ToneWarn    Tone = "warn"
	ToneBad     Tone = "bad"
	ToneMissing Tone = "missing" // an empty cell that should not be empty
	ToneMuted   Tone = "muted"
)

// Paragraph is a block of running text.
func Paragraph(text string) Block { return Block{Kind: KindParagraph, Text: text} }

// StyledParagraph is a paragraph in a given style.
func StyledParagraph(style Style, text string) Block {
	return Block{Kind: KindParagraph, Text: text, Style: style}
}

// Heading is a minor heading inside a section.
func Heading(text string) Block { return Block{Kind: KindHeading, Text: text} }

// List is a bulleted list.
func List(items ...string) Block { return Block{Kind: KindList, Items: items} }

// Fields is a list of label/value lines.
func Fields(fields ...Field) Block { return Block{Kind: KindFields, Fields: fields} }

// Callout is a framed, coloured note.
func Callout(tone Tone, title, text string) Block {
	return Block{Kind: KindCallout, Tone: tone, Title: title, Text: text}
}

// TableBlock wraps a table.
func TableBlock(t *Table) Block { return Block{Kind: KindTable, Table: t} }

// ChartBlock wraps a chart.
func ChartBlock(c *Chart) Block { return Block{Kind: KindChart, Chart: c} }

// Table is a table with a header row that is repeated on every page it
// runs onto. A row is never split across pages; a row taller than a page
// is cut short with a visible mark.
type Table struct {
	Caption string   `json:"caption,omitempty"`
	Columns []Column `json:"columns"`
	Rows    []Row    `json:"rows"`
	// Empty is shown instead of the rows when there are none.
	Empty string `json:"empty,omitempty"`
	// Dense sets the table in smaller type with less padding: a register
	// of hundreds of rows, one line each (the investments).
	Dense bool `json:"dense,omitempty"`
}

// Column is a table column. Width is relative: the columns share the text
// width in proportion to their widths.
type Column struct {
	Title string  `json:"title"`
	Width float64 `json:"width"`
	Align Align   `json:"align,omitempty"`
}

// Align is the horizontal alignment of text.
type Align string

// Alignments.
const (
	AlignLeft   Align = ""
	AlignRight  Align = "R"
	AlignCenter Align = "C"
)

// Row is a table row.
type Row struct {
	Cells []Cell `json:"cells"`
	Total bool   `json:"total,omitempty"` // a totals row: bold, with a rule above
}

// Cell is a table cell.
type Cell struct {
	Text string `json:"t"`
	Tone Tone   `json:"tone,omitempty"`
	Bold bool   `json:"bold,omitempty"`
	// Lead says that the first line of Text is the cell's title, set bold
	// while the lines after it (a category, a description) stay regular.
	Lead bool `json:"lead,omitempty"`
}

// Chart is a vector drawing. Its shapes are in millimetres with the origin
// at the top left of the chart and y growing downwards; Width and Height
// are its size on the page.
type Chart struct {
	Title   string   `json:"title,omitempty"`
	Caption string   `json:"caption,omitempty"`
	Width   float64  `json:"width"`
	Height  float64  `json:"height"`
	Shapes  []Shape  `json:"shapes"`
	Legend  []Legend `json:"legend,omitempty"`
	// Shrink lets the renderer scale the chart down, to no less than half
	// its size, to fit the rest of the page rather than start a new one.
	Shrink bool `json:"shrink,omitempty"`
}

// Legend is one entry of a chart's legend.
type Legend struct {
	Label  string `json:"label"`
	Color  string `json:"color"`
	Dashed bool   `json:"dashed,omitempty"`
}

// ShapeKind says what a Shape draws.
type ShapeKind string

// Shape kinds.
const (
	ShapeLine    ShapeKind = "line"    // an open polyline through Points
	ShapePolygon ShapeKind = "polygon" // a closed polygon
	ShapeRect    ShapeKind = "rect"    // Points[0] top left, Points[1] bottom right
	ShapeCircle  ShapeKind = "circle"  // centre Points[0], radius R
	ShapeArrow   ShapeKind = "arrow"   // a line from Points[0] to Points[1] with a head
	ShapeText    ShapeKind = "text"    // Text with its reference point at Points[0]
)

// Point is a position in millimetres, written as [x, y] in JSON.
type Point [2]float64

// Pt makes a Point, rounded to a hundredth of a millimetre so that goldens
// do not depend on the last bits of a float.
func Pt(x, y float64) Point { return Point{round2(x), round2(y)} }

func round2(v float64) float64 { return math.Round(v*100) / 100 }

// VAlign is the vertical placement of chart text on its point.
type VAlign string

// Vertical placements.
const (
	VAlignMiddle VAlign = ""
	VAlignTop    VAlign = "top"
	VAlignBottom VAlign = "bottom"
)

// Shape is one element of a chart. Colours are "#rrggbb"; an empty Stroke
// or Fill draws no outline or no fill.
type Shape struct {
	Kind   ShapeKind `json:"kind"`
	Points []Point   `json:"points"`
	R      float64   `json:"r,omitempty"`
	Stroke string    `json:"stroke,omitempty"`
	Fill   string    `json:"fill,omitempty"`
	// Opacity of the fill, 0 meaning opaque.
	Opacity float64 `json:"opacity,omitempty"`
	Width   float64 `json:"width,omitempty"` // line width in mm
	Dashed  bool    `json:"dashed,omitempty"`
	Text    string  `json:"text,omitempty"`
	Size    float64 `json:"size,omitempty"` // font size in points
	Bold    bool    `json:"bold,omitempty"`
	Color   string  `json:"color,omitempty"` // text colour
	// Align places text left of, right of or centred on the point; VAlign
	// puts the point at the top, the middle ("") or the bottom of the text.
	Align  Align  `json:"align,omitempty"`
	VAlign VAlign `json:"valign,omitempty"`
	// MaxWidth, when above 0, cuts text short to fit (with "…").
	MaxWidth float64 `json:"max_width,omitempty"`
}
