package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balansplan/planning/chart"
	"balansplan/ui/widgets"
)

// chartView is a chart with its legend under it.
type chartView struct {
	chart  *widgets.Chart
	legend *fyne.Container
	build  func(box chart.Box) chart.Figure
	box    fyne.CanvasObject
}

// newChartView makes a chart drawn by build (which reads the document's
// current analysis, so a Refresh shows the latest edit).
func newChartView(min fyne.Size, build func(box chart.Box) chart.Figure) *chartView {
	// The legend wraps onto more lines where the window is narrow, so no
	// entry is cut off or hidden behind a scroll bar.
	c := &chartView{chart: widgets.NewChart(min, build), legend: container.New(widgets.NewFlowLayout()), build: build}
	c.box = container.NewBorder(nil, c.legend, nil, nil, c.chart)
	return c
}

// Refresh redraws the chart and its legend.
func (c *chartView) Refresh() {
	c.chart.Refresh()
	fig := c.build(chart.Box{W: 600, H: 400})
	objs := make([]fyne.CanvasObject, 0, len(fig.Legend))
	for _, e := range fig.Legend {
		sw := canvas.NewRectangle(chart.Colour(e.Key))
		sw.SetMinSize(fyne.NewSize(14, 14))
		sw.CornerRadius = 2
		objs = append(objs, container.NewHBox(container.NewCenter(sw), widget.NewLabel(e.Label)))
	}
	c.legend.Objects = objs
	c.legend.Refresh()
}

// termButtons is a row of small info buttons, one for each glossary term
// (translation keys), each opening the glossary's entry for it, for the
// screens where T, E, scheefstand, lasten, mens and materieel appear. It
// is empty when the window has no glossary.
func termButtons(s Host, keys ...string) fyne.CanvasObject {
	g, ok := s.(Glossary)
	row := container.New(widgets.NewButtonRow())
	if !ok {
		return row
	}
	for _, k := range keys {
		term := s.T(k)
		b := widget.NewButtonWithIcon(term, theme.InfoIcon(), func() { g.ShowTerm(term) })
		b.Importance = widget.LowImportance
		row.Add(b)
	}
	return row
}

// GrowRadar draws a radar as large as its box allows. planning/chart
// keeps the block names inside the box by an estimate of their width
// that errs wide (it cannot know the font), so on screen the radar is
// drawn smaller than it could be. Here the names are measured with the
// font they are drawn in (fyne.MeasureText), and the drawing is scaled
// about the centre, names moving out with their axes but keeping their
// size, by the largest factor (up to 1.5) that still keeps every text
// inside the box with a margin of 1% of its smaller side.
func GrowRadar(f chart.Figure, box chart.Box) chart.Figure {
	c := chart.Point{X: box.W / 2, Y: box.H / 2}
	margin := 0.01 * min(box.W, box.H)
	fits := func(k float64) bool {
		for _, s := range f.Shapes {
			if s.Kind != chart.KindText || len(s.Points) == 0 {
				continue
			}
			m := fyne.MeasureText(s.Text, float32(max(s.Size, 6)), fyne.TextStyle{Bold: s.Bold})
			w, h := float64(m.Width), float64(m.Height)
			x := c.X + (s.Points[0].X-c.X)*k
			y := c.Y + (s.Points[0].Y-c.Y)*k
			switch s.Align {
			case chart.AlignMiddle:
				x -= w / 2
			case chart.AlignEnd:
				x -= w
			}
			switch s.VAlign {
			case chart.VAlignMiddle:
				y -= h / 2
			case chart.VAlignBottom:
				y -= h
			}
			if x < margin || y < margin || x+w > box.W-margin || y+h > box.H-margin {
				return false
			}
		}
		return true
	}
	if !fits(1) {
		return f
	}
	lo, hi := 1.0, 1.5
	for range 20 {
		if mid := (lo + hi) / 2; fits(mid) {
			lo = mid
		} else {
			hi = mid
		}
	}
	out := f
	out.Shapes = make([]chart.Shape, len(f.Shapes))
	for i, s := range f.Shapes {
		s.Points = append([]chart.Point(nil), s.Points...)
		for j, p := range s.Points {
			s.Points[j] = chart.Point{X: c.X + (p.X-c.X)*lo, Y: c.Y + (p.Y-c.Y)*lo}
		}
		out.Shapes[i] = s
	}
	return out
}
