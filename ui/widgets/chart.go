package widgets

import (
	"image/color"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"

	"balansplan/planning/chart"
)

// Chart is a widget that shows a chart.Figure. The figure is built by a
// function of the box (the widget's size), so that the planning package
// decides the layout and the widget only scales nothing: one figure unit is
// one Fyne unit.
//
// Charts are drawn on white "paper" whatever the theme: the palette of
// planning/chart (shared with the PDF) is made for a light background, and
// a light card reads well in a dark window too.
type Chart struct {
	widget.BaseWidget

	build func(box chart.Box) chart.Figure
	min   fyne.Size

	// OnTapped, when set, gets the ID of the topmost rectangle, polygon or
	// circle under a tap or click ("inv.N1", "bar.2026.inhoud").
	OnTapped func(id string)

	fig chart.Figure // as last drawn, in widget coordinates
}

// NewChart makes a chart drawn by build, at least min in size.
func NewChart(min fyne.Size, build func(box chart.Box) chart.Figure) *Chart {
	c := &Chart{build: build, min: min}
	c.ExtendBaseWidget(c)
	return c
}

// SetBuild replaces the function that draws the chart and redraws it.
func (c *Chart) SetBuild(build func(box chart.Box) chart.Figure) {
	c.build = build
	c.Refresh()
}

// SetMinSize changes the smallest size of the chart (a timeline grows with
// the number of investments).
func (c *Chart) SetMinSize(s fyne.Size) {
	if c.min == s {
		return
	}
	c.min = s
	c.Refresh()
}

// MinSize is the size given to NewChart.
func (c *Chart) MinSize() fyne.Size {
	c.ExtendBaseWidget(c)
	return c.min
}

// Figure is the figure as last drawn; tests look shapes up by ID in it.
func (c *Chart) Figure() chart.Figure { return c.fig }

// Tapped reports the shape under the pointer to OnTapped.
func (c *Chart) Tapped(ev *fyne.PointEvent) {
	if c.OnTapped == nil {
		return
	}
	if id := c.HitTest(ev.Position); id != "" {
		c.OnTapped(id)
	}
}

// HitTest returns the ID of the topmost filled shape at pos, or "".
func (c *Chart) HitTest(pos fyne.Position) string {
	pt := chart.Point{X: float64(pos.X), Y: float64(pos.Y)}
	for i := len(c.fig.Shapes) - 1; i >= 0; i-- {
		s := c.fig.Shapes[i]
		if s.ID != "" && s.Kind != chart.KindText && s.Kind != chart.KindLine && s.Contains(pt) {
			return s.ID
		}
	}
	return ""
}

// CreateRenderer implements fyne.Widget.
func (c *Chart) CreateRenderer() fyne.WidgetRenderer {
	r := &chartRenderer{c: c, paper: canvas.NewRectangle(color.White)}
	r.paper.CornerRadius = 4
	return r
}

type chartRenderer struct {
	c       *Chart
	paper   *canvas.Rectangle
	objects []fyne.CanvasObject
	size    fyne.Size
}

func (r *chartRenderer) Destroy() {}

func (r *chartRenderer) MinSize() fyne.Size { return r.c.min }

func (r *chartRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *chartRenderer) Layout(size fyne.Size) {
	if size == r.size && r.objects != nil {
		return
	}
	r.size = size
	r.draw()
}

func (r *chartRenderer) Refresh() {
	r.size = r.c.Size()
	r.draw()
	canvas.Refresh(r.c)
}

// draw lays the figure out for the current size and turns every shape into
// canvas objects.
func (r *chartRenderer) draw() {
	size := r.size
	r.paper.Resize(size)
	r.objects = append(r.objects[:0], r.paper)
	if r.c.build == nil || size.Width <= 0 || size.Height <= 0 {
		r.c.fig = chart.Figure{}
		return
	}
	// planning/chart sizes every line and text in proportion to the box, so
	// laying the figure out for the widget's own size is all it takes.
	fig := r.c.build(chart.Box{W: float64(size.Width), H: float64(size.Height)})
	r.c.fig = fig
	for _, s := range fig.Shapes {
		r.objects = appendShape(r.objects, s)
	}
}

func col(key string) color.Color {
	if key == "" {
		return color.Transparent
	}
	return chart.Colour(key)
}

func pos(p chart.Point) fyne.Position { return fyne.NewPos(float32(p.X), float32(p.Y)) }

// appendShape adds the canvas objects that draw s.
func appendShape(objs []fyne.CanvasObject, s chart.Shape) []fyne.CanvasObject {
	switch s.Kind {
	case chart.KindRect:
		if len(s.Points) < 2 {
			return objs
		}
		a, b := s.Points[0], s.Points[1]
		rect := canvas.NewRectangle(col(s.Fill))
		rect.StrokeColor = col(s.Stroke)
		rect.StrokeWidth = float32(s.Width)
		rect.Move(fyne.NewPos(float32(math.Min(a.X, b.X)), float32(math.Min(a.Y, b.Y))))
		rect.Resize(fyne.NewSize(float32(math.Abs(b.X-a.X)), float32(math.Abs(b.Y-a.Y))))
		return append(objs, rect)
	case chart.KindLine:
		if len(s.Points) < 2 {
			return objs
		}
		return append(objs, line(s.Points[0], s.Points[1], s.Stroke, s.Width))
	case chart.KindPolyline:
		for i := 1; i < len(s.Points); i++ {
			objs = append(objs, line(s.Points[i-1], s.Points[i], s.Stroke, s.Width))
		}
		return objs
	case chart.KindPolygon:
		return appendPolygon(objs, s)
	case chart.KindCircle:
		if len(s.Points) < 1 {
			return objs
		}
		c := canvas.NewCircle(col(s.Fill))
		c.StrokeColor = col(s.Stroke)
		c.StrokeWidth = float32(s.Width)
		p := s.Points[0]
		c.Move(fyne.NewPos(float32(p.X-s.R), float32(p.Y-s.R)))
		c.Resize(fyne.NewSize(float32(2*s.R), float32(2*s.R)))
		return append(objs, c)
	case chart.KindText:
		if len(s.Points) < 1 || s.Text == "" {
			return objs
		}
		return append(objs, text(s))
	}
	return objs
}

func line(a, b chart.Point, stroke string, width float64) *canvas.Line {
	l := canvas.NewLine(col(stroke))
	l.StrokeWidth = float32(math.Max(width, 1))
	l.Position1, l.Position2 = pos(a), pos(b)
	return l
}

// maxPolygonPoints is the most vertices canvas.ArbitraryPolygon draws.
const maxPolygonPoints = 16

// appendPolygon draws a closed polygon: filled with an ArbitraryPolygon
// placed on its bounding box, outlined with lines (the outline of an
// ArbitraryPolygon is drawn inside its edge, which would shift thin rings).
func appendPolygon(objs []fyne.CanvasObject, s chart.Shape) []fyne.CanvasObject {
	n := len(s.Points)
	if n < 2 {
		return objs
	}
	if s.Fill != "" && n >= 3 && n <= maxPolygonPoints {
		lo, hi := s.Bounds()
		pts := make([]fyne.Position, n)
		for i, p := range s.Points {
			pts[i] = fyne.NewPos(float32(p.X-lo.X), float32(p.Y-lo.Y))
		}
		if !clockwise(s.Points) {
			for i, j := 0, n-1; i < j; i, j = i+1, j-1 {
				pts[i], pts[j] = pts[j], pts[i]
			}
		}
		poly := canvas.NewArbitraryPolygon(pts, col(s.Fill))
		poly.Move(pos(lo))
		poly.Resize(fyne.NewSize(float32(hi.X-lo.X), float32(hi.Y-lo.Y)))
		objs = append(objs, poly)
	}
	if s.Stroke != "" {
		for i := 0; i < n; i++ {
			objs = append(objs, line(s.Points[i], s.Points[(i+1)%n], s.Stroke, s.Width))
		}
	}
	return objs
}

// clockwise reports whether the points run clockwise on the screen (y
// down), the order canvas.ArbitraryPolygon expects.
func clockwise(pts []chart.Point) bool {
	var area float64
	for i := range pts {
		a, b := pts[i], pts[(i+1)%len(pts)]
		area += a.X*b.Y - b.X*a.Y
	}
	return area > 0
}

// text places a label by its anchor point and alignment, measured with the
// font it is drawn in.
func text(s chart.Shape) *canvas.Text {
	t := canvas.NewText(s.Text, col(s.Fill))
	if s.Fill == "" {
		t.Color = chart.Colour("text")
	}
	t.TextSize = float32(math.Max(s.Size, 6))
	t.TextStyle = fyne.TextStyle{Bold: s.Bold}
	m := fyne.MeasureText(s.Text, t.TextSize, t.TextStyle)
	p := s.Points[0]
	x, y := float32(p.X), float32(p.Y)
	switch s.Align {
	case chart.AlignMiddle:
		x -= m.Width / 2
	case chart.AlignEnd:
		x -= m.Width
	}
	switch s.VAlign {
	case chart.VAlignMiddle:
		y -= m.Height / 2
	case chart.VAlignBottom:
		y -= m.Height
	}
	t.Move(fyne.NewPos(x, y))
	t.Resize(m)
	return t
}
