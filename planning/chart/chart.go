package chart

import (
	"image/color"
	"math"
	"sort"
	"unicode/utf8"
)

// Point is a position in a figure's coordinates: X to the right, Y down,
// (0, 0) the top-left corner of the box.
type Point struct{ X, Y float64 }

// Box is the size of the area a figure is laid out in, in whatever unit the
// renderer likes (pixels, millimetres, or 1x1 for unit coordinates). Every
// coordinate, stroke width and text size of the figure is in that unit.
type Box struct{ W, H float64 }

// min is the smaller side.
func (b Box) min() float64 { return math.Min(b.W, b.H) }

// Kind is what a Shape is.
type Kind string

// Shape kinds. A renderer needs exactly these six primitives, all solid;
// arrow heads are already polygons.
const (
	// KindRect: Points[0] is the top-left, Points[1] the bottom-right corner.
	KindRect Kind = "rect"
	// KindLine: a straight line from Points[0] to Points[1].
	KindLine Kind = "line"
	// KindPolyline: an open path through Points.
	KindPolyline Kind = "polyline"
	// KindPolygon: a closed path through Points (the last point joins the
	// first), filled with Fill and outlined with Stroke.
	KindPolygon Kind = "polygon"
	// KindCircle: centre Points[0], radius R.
	KindCircle Kind = "circle"
	// KindText: Text placed at Points[0] according to Align and VAlign.
	KindText Kind = "text"
)

// Align is the horizontal alignment of a text relative to its point.
type Align string

// Horizontal alignments.
const (
	AlignStart  Align = "start"  // the text begins at the point
	AlignMiddle Align = "middle" // the text is centred on the point
	AlignEnd    Align = "end"    // the text ends at the point
)

// VAlign is the vertical alignment of a text relative to its point.
type VAlign string

// Vertical alignments.
const (
	VAlignTop    VAlign = "top"    // the top of the text is at the point
	VAlignMiddle VAlign = "middle" // the text is centred vertically on the point
	VAlignBottom VAlign = "bottom" // the bottom of the text is at the point
)

// Shape is one thing to draw. Which fields matter depends on Kind; colours
// are palette keys (see Colour), "" meaning none.
type Shape struct {
	Kind Kind
	// ID names the shape's meaning, for tests, tooltips and hit-testing:
	// "axis.visie", "now", "bar.2026.inhoud", "inv.N1", "dep.I1.N1".
	ID     string
	Points []Point
	R      float64 // circle radius
	Stroke string  // colour key of the outline or line
	Fill   string  // colour key of the inside
	Width  float64 // stroke width
	Text   string
	Size   float64 // text height
	Align  Align
	VAlign VAlign
	Bold   bool
	// MaxWidth, above 0, is the widest a text may be drawn, in the box's
	// unit: the column it must stay in. The builder has already cut the
	// text to fit by its estimate (TextWidth); a renderer that measures
	// its font may cut it precisely.
	MaxWidth float64
}

// LegendEntry explains a colour key.
type LegendEntry struct {
	Key   string
	Label string
}

// Figure is a device-independent picture: shapes in paint order (later
// shapes cover earlier ones) inside a box, and a legend the renderer may
// draw next to it.
type Figure struct {
	Box    Box
	Shapes []Shape
	Legend []LegendEntry
}

// Find returns the first shape with the given ID.
func (f *Figure) Find(id string) (Shape, bool) {
	for _, s := range f.Shapes {
		if s.ID == id {
			return s, true
		}
	}
	return Shape{}, false
}

func (f *Figure) add(s Shape) { f.Shapes = append(f.Shapes, s) }

func (f *Figure) rect(id string, x0, y0, x1, y1 float64, fill, stroke string, width float64) {
	f.add(Shape{Kind: KindRect, ID: id, Points: []Point{{x0, y0}, {x1, y1}}, Fill: fill, Stroke: stroke, Width: width})
}

func (f *Figure) line(id string, a, b Point, stroke string, width float64) {
	f.add(Shape{Kind: KindLine, ID: id, Points: []Point{a, b}, Stroke: stroke, Width: width})
}

func (f *Figure) text(id string, at Point, s string, size float64, al Align, va VAlign, colour string) {
	f.add(Shape{Kind: KindText, ID: id, Points: []Point{at}, Text: s, Size: size, Align: al, VAlign: va, Fill: colour})
}

// arrow adds a line from a to b with a filled head at b. The head is a
// polygon with ID id+".head".
func (f *Figure) arrow(id string, a, b Point, stroke string, width, head float64) {
	f.line(id, a, b, stroke, width)
	f.arrowHead(id+".head", a, b, stroke, head)
}

// arrowHead adds a triangle with its tip at tip, pointing away from from.
func (f *Figure) arrowHead(id string, from, tip Point, colour string, size float64) {
	dx, dy := tip.X-from.X, tip.Y-from.Y
	l := math.Hypot(dx, dy)
	if l == 0 {
		return
	}
	ux, uy := dx/l, dy/l
	base := Point{tip.X - ux*size, tip.Y - uy*size}
	half := size * 0.5
	f.add(Shape{Kind: KindPolygon, ID: id, Fill: colour, Points: []Point{
		tip,
		{base.X - uy*half, base.Y + ux*half},
		{base.X + uy*half, base.Y - ux*half},
	}})
}

// Contains reports whether p lies inside a polygon or rectangle shape (even-odd
// rule), for renderers that fill polygons themselves and for hit-testing.
func (s Shape) Contains(p Point) bool {
	switch s.Kind {
	case KindRect:
		if len(s.Points) < 2 {
			return false
		}
		a, b := s.Points[0], s.Points[1]
		return p.X >= math.Min(a.X, b.X) && p.X <= math.Max(a.X, b.X) && p.Y >= math.Min(a.Y, b.Y) && p.Y <= math.Max(a.Y, b.Y)
	case KindPolygon:
		in := false
		n := len(s.Points)
		for i, j := 0, n-1; i < n; j, i = i, i+1 {
			a, b := s.Points[i], s.Points[j]
			if (a.Y > p.Y) != (b.Y > p.Y) && p.X < (b.X-a.X)*(p.Y-a.Y)/(b.Y-a.Y)+a.X {
				in = !in
			}
		}
		return in
	case KindCircle:
		return len(s.Points) > 0 && math.Hypot(p.X-s.Points[0].X, p.Y-s.Points[0].Y) <= s.R
	}
	return false
}

// Bounds is the smallest rectangle around the shape's points (for a circle,
// around the circle). Texts have no measured size: their bounds are their
// anchor point.
func (s Shape) Bounds() (lo, hi Point) {
	if len(s.Points) == 0 {
		return
	}
	lo, hi = s.Points[0], s.Points[0]
	for _, p := range s.Points[1:] {
		lo.X, lo.Y = math.Min(lo.X, p.X), math.Min(lo.Y, p.Y)
		hi.X, hi.Y = math.Max(hi.X, p.X), math.Max(hi.Y, p.Y)
	}
	if s.Kind == KindCircle {
		lo.X, lo.Y, hi.X, hi.Y = lo.X-s.R, lo.Y-s.R, hi.X+s.R, hi.Y+s.R
	}
	return lo, hi
}

// Text measures. Only a renderer knows its fonts, so a builder that must
// keep a text inside the box estimates its size on the safe side: every
// character as wide as textAdvance of the text size (the average lowercase
// glyph of Helvetica, the PDF's font, is about 0.45 and of Noto Sans, Fyne's,
// about 0.55), bold a tenth wider, and a line textLine of the size tall
// (Fyne measures a line of Noto Sans at 12 as 16 tall, with its leading).
const (
	textAdvance = 0.6
	textLine    = 1.4
)

// TextWidth is the estimated width of s drawn at text size size.
func TextWidth(s string, size float64, bold bool) float64 {
	w := textAdvance * size * float64(utf8.RuneCountInString(s))
	if bold {
		w *= 1.1
	}
	return w
}

// TextExtent is the estimated rectangle a text shape covers (see
// TextWidth); for other shapes it is Bounds.
func (s Shape) TextExtent() (lo, hi Point) {
	if s.Kind != KindText || len(s.Points) == 0 {
		return s.Bounds()
	}
	w, h := TextWidth(s.Text, s.Size, s.Bold), textLine*s.Size
	p := s.Points[0]
	x, y := p.X, p.Y
	switch s.Align {
	case AlignMiddle:
		x -= w / 2
	case AlignEnd:
		x -= w
	}
	switch s.VAlign {
	case VAlignMiddle:
		y -= h / 2
	case VAlignBottom:
		y -= h
	}
	return Point{x, y}, Point{x + w, y + h}
}

// palette maps every colour key to its colour. Colours of the blocks are
// distinct for readers with the common colour-vision deficiencies (after
// the Okabe-Ito palette); fills that overlap have alpha below 255.
var palette = map[string]color.NRGBA{
	"block.visie":          {0x00, 0x72, 0xB2, 0xFF}, // blue
	"block.deskundigheid":  {0x56, 0xB4, 0xE9, 0xFF}, // sky blue
	"block.inhoud":         {0xE6, 0x9F, 0x00, 0xFF}, // orange
	"block.infrastructuur": {0xD5, 0x5E, 0x00, 0xFF}, // vermilion
	"block.leiderschap":    {0x00, 0x9E, 0x73, 0xFF}, // bluish green

	"now":       {0xD5, 0x5E, 0x00, 0xFF},
	"now.fill":  {0xD5, 0x5E, 0x00, 0x40},
	"goal":      {0x00, 0x72, 0xB2, 0xFF},
	"goal.fill": {0x00, 0x72, 0xB2, 0x30},

	"role.leraar":          {0xCC, 0x79, 0xA7, 0xFF},
	"role.schoolleider":    {0x00, 0x9E, 0x73, 0xFF},
	"role.bestuurder":      {0x6A, 0x3D, 0x9A, 0xFF},
	"role.ict_coordinator": {0xE6, 0x9F, 0x00, 0xFF},
	"role.ondersteuner":    {0x80, 0x80, 0x80, 0xFF},

	"background": {0xFF, 0xFF, 0xFF, 0xFF},
	"text":       {0x22, 0x22, 0x22, 0xFF},
	"text.muted": {0x66, 0x66, 0x66, 0xFF},
	"axis":       {0x55, 0x55, 0x55, 0xFF},
	"grid":       {0xCC, 0xCC, 0xCC, 0xFF},
	"band":       {0xF2, 0xF2, 0xF2, 0xFF},

	"cell.in_balans":      {0xC8, 0xE6, 0xC9, 0xFF}, // green: balance
	"cell.onderwijs_voor": {0xE3, 0xF2, 0xFD, 0xFF}, // light blue: transition
	"cell.techniek_voor":  {0xFF, 0xF3, 0xE0, 0xFF}, // light orange: technology ahead
	"cell.mismatch":       {0xFF, 0xCD, 0xD2, 0xFF}, // light red: mismatch
	"diagonal":            {0x1A, 0x3A, 0x6B, 0xFF}, // the dark-blue balance line
	"arrow":               {0x22, 0x22, 0x22, 0xFF},

	"route.onderwijsgedreven": {0x00, 0x9E, 0x73, 0xFF},
	"route.gemengd":           {0xE6, 0x9F, 0x00, 0xFF},
	"route.techniekgedreven":  {0xD5, 0x5E, 0x00, 0xFF},
	"route.visie_ontbreekt":   {0xC6, 0x28, 0x28, 0xFF},
	"gauge.track":             {0xE0, 0xE0, 0xE0, 0xFF},
	"gauge.value":             {0x00, 0x72, 0xB2, 0xFF},
	"threshold":               {0x22, 0x22, 0x22, 0xFF},
	// A theme's deadline on the timeline: Okabe-Ito's reddish purple,
	// seen on the light paper of the PDF and the dark theme of the app
	// alike, and unlike any bouwsteen's colour.
	"milestone": {0xCC, 0x79, 0xA7, 0xFF},

	"ceiling": {0x22, 0x22, 0x22, 0xFF},
	"over":    {0xC6, 0x28, 0x28, 0xFF},

	"dependency":      {0x55, 0x55, 0x55, 0xFF},
	"dependency.late": {0xC6, 0x28, 0x28, 0xFF},
	"inuse":           {0x99, 0x99, 0x99, 0xFF},
}

// fallback is the colour of an unknown key: visible, and obviously wrong.
var fallback = color.NRGBA{0xFF, 0x00, 0xFF, 0xFF}

// Colour maps a colour key to its colour, so that the GUI and the PDF
// agree. An unknown key gives magenta, which a test or a reviewer will
// notice.
func Colour(key string) color.NRGBA {
	if c, ok := palette[key]; ok {
		return c
	}
	return fallback
}

// Keys lists every colour key, sorted.
func Keys() []string {
	out := make([]string, 0, len(palette))
	for k := range palette {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
