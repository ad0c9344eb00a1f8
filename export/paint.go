package export

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/jung-kurt/gofpdf"
)

// fontFamily is the name the report's typeface is registered under, and
// minusFamily the name of the minus sign's face (see minusFile).
const (
	fontFamily  = "noto"
	minusFamily = "notominus"
)

// paint replays a laid-out report into a PDF. It makes no layout
// decisions: every position, line break and page break was settled by the
// layout. Its output depends on nothing but its input, so the same report
// gives the same bytes.
func paint(r *Report, lo *laidOut, w io.Writer) error {
	return paintVia(r, lo, w, compressStreams)
}

// paintVia paints with gofpdf's page compression off and hands the file to
// finish, which compresses the pages (compressStreams); with finish nil,
// gofpdf compresses them itself, a new zlib writer per page. The tests
// compare the two.
func paintVia(r *Report, lo *laidOut, w io.Writer, finish func(pdf []byte, w io.Writer) error) error {
	return paintWith(r, lo, w, finish, false)
}

// paintWith is paintVia, with every text through gofpdf's Text when
// viaGofpdf is set (painttext.go; the tests compare the two).
func paintWith(r *Report, lo *laidOut, w io.Writer, finish func(pdf []byte, w io.Writer) error, viaGofpdf bool) error {
	// Only the styles the pages use are embedded: gofpdf parses every
	// font it is given (a few milliseconds each) and embeds it, used or
	// not. The regular face always, so that the document has one.
	// The minus face likewise, in the weights that print a minus sign:
	// regular for upright and italic text, bold for bold.
	set := fontSet{faces: [boldItalic + 1]bool{regular: true}}
	for _, pg := range lo.pages {
		for i := range pg.ops {
			if o := &pg.ops[i]; o.kind == opText {
				set.faces[o.st] = true
				if strings.ContainsRune(o.text, minusRune) {
					set.minus[minusStyle(o.st)] = true
				}
			}
		}
	}
	// The document with those fonts: the spare made beside the layout
	// when it has them (fontcache.go), else made here.
	pdf := takeSpare(set)
	if pdf == nil {
		pdf = newFontedPDF(set)
	}
	pdf.SetCatalogSort(true)
	// gofpdf writes the pages uncompressed; compressStreams compresses
	// them with one reused writer, to the same bytes gofpdf would write
	// (see compress.go).
	pdf.SetCompression(finish == nil)
	pdf.SetCreationDate(r.Meta.Date)
	pdf.SetModificationDate(r.Meta.Date)
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetMargins(0, 0, 0)
	pdf.SetCellMargin(0)
	if err := pdf.Error(); err != nil {
		return fmt.Errorf("load fonts: %w", err)
	}
	m, err := loadMetrics()
	if err != nil {
		return err
	}
	pdf.SetTitle(m.clean(r.Meta.Title, false), true)
	pdf.SetSubject(m.clean(r.Meta.Subject, false), true)
	pdf.SetAuthor(m.clean(r.Meta.Author, false), true)
	pdf.SetKeywords(m.clean(r.Meta.Keywords, false), true)
	pdf.SetCreator(m.clean(r.Meta.Creator, false), true)
	pdf.SetProducer(producer, true)
	pdf.SetXmpMetadata(xmpPacket(r, m))

	// Internal links: one per anchor, pointing at its page and height.
	links := make([]int, len(lo.anchors))
	for i, a := range lo.anchors {
		links[i] = pdf.AddLink()
		if a.page > 0 {
			pdf.SetLink(links[i], a.y, a.page)
		}
	}

	p := painter{pdf: pdf, colors: map[string][3]int{}, m: m, tw: newTextWriter(pdf, viaGofpdf)}
	for _, pg := range lo.pages {
		pdf.AddPage()
		p.reset()
		for i := range pg.ops {
			p.op(&pg.ops[i], links)
		}
		if err := pdf.Error(); err != nil {
			return err
		}
	}
	var plain bytes.Buffer
	if err := pdf.Output(&plain); err != nil {
		return err
	}
	if err := pdf.Error(); err != nil {
		return err
	}
	out, err := withCatalog(plain.Bytes(), pdfLang(r.Lang))
	if err != nil {
		return err
	}
	if finish == nil {
		_, err := w.Write(out)
		return err
	}
	return finish(out, w)
}

// painter keeps the graphics state it has set on the current page, so
// that it sets each colour, width and font only when it changes.
type painter struct {
	pdf    *gofpdf.Fpdf
	colors map[string][3]int
	fill   string
	stroke string
	text   string
	lineW  float64
	font   fontStyle
	size   float64
	// family is the face the font is set in: fontFamily or minusFamily.
	family string
	m      *metrics
	tw     *textWriter
}

// minusStyle is the style of the minus face that prints a minus sign in
// text of style st: the upright face for italic text, as mathematics sets
// it, since the minus face has no italic.
func minusStyle(st fontStyle) fontStyle {
	if st == bold || st == boldItalic {
		return bold
	}
	return regular
}

func (p *painter) reset() {
	p.fill, p.stroke, p.text, p.lineW, p.size = "", "", "", -1, 0
	// A font must be set on every page before the first bookmark, which
	// gofpdf encodes by the current font.
	p.setFont(regular, 10)
}

func (p *painter) rgb(c string) (int, int, int) {
	if v, ok := p.colors[c]; ok {
		return v[0], v[1], v[2]
	}
	var v [3]int
	if len(c) == 7 && c[0] == '#' {
		for i := 0; i < 3; i++ {
			n, err := strconv.ParseUint(c[1+2*i:3+2*i], 16, 8)
			if err == nil {
				v[i] = int(n)
			}
		}
	}
	p.colors[c] = v
	return v[0], v[1], v[2]
}

func (p *painter) setFill(c string) {
	if c != p.fill {
		p.pdf.SetFillColor(p.rgb(c))
		p.fill = c
	}
}

func (p *painter) setStroke(c string, w float64) {
	if c != p.stroke {
		p.pdf.SetDrawColor(p.rgb(c))
		p.stroke = c
	}
	if w != p.lineW {
		p.pdf.SetLineWidth(w)
		p.lineW = w
	}
}

func (p *painter) setFont(st fontStyle, size float64) { p.setFace(fontFamily, st, size) }

func (p *painter) setFace(family string, st fontStyle, size float64) {
	if family != p.family || st != p.font || size != p.size {
		p.pdf.SetFont(family, st.gofpdfStyle(), size)
		p.family, p.font, p.size = family, st, size
	}
}

// drawText draws clean text at (x, y): Noto Sans, with every minus sign in
// the minus face, each run placed after the width of what precedes it as
// the layout measured it (metrics.width, the same advance widths gofpdf
// uses), so that the line is as wide as the layout planned.
func (p *painter) drawText(st fontStyle, size, x, y float64, s string) {
	if !strings.ContainsRune(s, minusRune) || p.m == nil {
		p.setFont(st, size)
		p.tw.text(p.family, p.font, x, y, s)
		return
	}
	for s != "" {
		i := strings.IndexRune(s, minusRune)
		run := s
		if i > 0 {
			run = s[:i]
		} else if i == 0 {
			run = string(minusRune)
		}
		if i == 0 {
			p.setFace(minusFamily, minusStyle(st), size)
		} else {
			p.setFont(st, size)
		}
		p.tw.text(p.family, p.font, x, y, run)
		x += p.m.width(st, size, run)
		s = s[len(run):]
	}
}

// setColours sets the colours a shape of style(fill, stroke) is drawn
// with; an empty colour is left as it is.
func (p *painter) setColours(fill, stroke string, lineW float64) {
	if fill != "" {
		p.setFill(fill)
	}
	if stroke != "" {
		p.setStroke(stroke, lineW)
	}
}

// style is gofpdf's drawing style for a fill and a stroke colour.
func style(fill, stroke string) string {
	switch {
	case fill != "" && stroke != "":
		return "FD"
	case fill != "":
		return "F"
	case stroke != "":
		return "D"
	}
	return ""
}

func (p *painter) op(o *op, links []int) {
	pdf := p.pdf
	switch o.kind {
	case opText:
		if o.color != p.text {
			pdf.SetTextColor(p.rgb(o.color))
			p.text = o.color
		}
		if o.opacity > 0 {
			pdf.SetAlpha(o.opacity, "Normal")
		}
		if o.angle != 0 {
			pdf.TransformBegin()
			pdf.TransformRotate(o.angle, o.x, o.y)
			p.drawText(o.st, o.size, o.x, o.y, o.text)
			pdf.TransformEnd()
		} else {
			p.drawText(o.st, o.size, o.x, o.y, o.text)
		}
		if o.opacity > 0 {
			pdf.SetAlpha(1, "Normal")
		}
	case opRect:
		st := style(o.fill, o.stroke)
		if st == "" {
			return
		}
		p.setColours(o.fill, o.stroke, o.lineW)
		p.tw.rect(o.x, o.y, o.w, o.h, st)
	case opCircle:
		st := style(o.fill, o.stroke)
		if st == "" {
			return
		}
		p.setColours(o.fill, o.stroke, o.lineW)
		pdf.Circle(o.x, o.y, o.w, st)
	case opPath:
		fill := o.fill
		if !o.closed {
			fill = ""
		}
		st := style(fill, o.stroke)
		if st == "" || len(o.pts) < 2 {
			return
		}
		p.setColours(fill, o.stroke, o.lineW)
		if o.opacity > 0 {
			pdf.SetAlpha(o.opacity, "Normal")
		}
		if len(o.dash) > 0 {
			pdf.SetDashPattern(o.dash, 0)
		}
		pdf.MoveTo(o.pts[0][0], o.pts[0][1])
		for _, pt := range o.pts[1:] {
			pdf.LineTo(pt[0], pt[1])
		}
		if o.closed {
			pdf.ClosePath()
		}
		pdf.DrawPath(st)
		if len(o.dash) > 0 {
			pdf.SetDashPattern([]float64{}, 0)
		}
		if o.opacity > 0 {
			pdf.SetAlpha(1, "Normal")
		}
	case opLink:
		if o.target >= 0 && o.target < len(links) {
			pdf.Link(o.x, o.y, o.w, o.h, links[o.target])
		}
	case opBookmark:
		pdf.Bookmark(o.text, o.level, o.y)
	}
}
