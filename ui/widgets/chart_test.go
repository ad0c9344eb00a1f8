package widgets

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"balansplan/model"
	"balansplan/model/testplan"
	"balansplan/planning"
	"balansplan/planning/chart"
)

// Issue 11, defect 2: at the sizes the screens give them in a 1024x640
// window the radar cut "deskundigheid" and "leiderschap" and the route
// figure its T and E labels. Measured with Fyne's own font (not the
// estimate of planning/chart), every text must lie inside the chart.
func TestRadarAndRouteTextsFitANarrowChart(t *testing.T) {
	test.NewTempApp(t)
	a := planning.Analyse(testplan.Regenboog(t), nil)
	builds := map[string]func(l model.Lang) func(chart.Box) chart.Figure{
		"radar": func(l model.Lang) func(chart.Box) chart.Figure {
			return func(b chart.Box) chart.Figure { return chart.Radar(a, l, b) }
		},
		"route": func(l model.Lang) func(chart.Box) chart.Figure {
			return func(b chart.Box) chart.Figure { return chart.Route(a, l, b) }
		},
	}
	for name, build := range builds {
		for _, l := range []model.Lang{model.NL, model.EN} {
			for _, size := range []fyne.Size{{Width: 260, Height: 220}, {Width: 360, Height: 320}, {Width: 300, Height: 150}} {
				c := NewChart(size, build(l))
				w := test.NewTempWindow(t, c)
				w.SetPadded(false)
				w.Resize(size)
				texts := 0
				for _, o := range test.LaidOutObjects(c) {
					txt, ok := o.(*canvas.Text)
					if !ok {
						continue
					}
					texts++
					p, s := txt.Position(), txt.Size()
					// half a unit for Fyne's rounding of positions
					if p.X < -0.5 || p.Y < -0.5 || p.X+s.Width > size.Width+0.5 || p.Y+s.Height > size.Height+0.5 {
						t.Errorf("%s %v %s: %q at %v size %v runs out of the chart", name, size, l, txt.Text, p, s)
					}
				}
				if texts == 0 {
					t.Errorf("%s %v %s drew no texts", name, size, l)
				}
			}
		}
	}
}

// Issue 11, defect 8: a block nobody scored was drawn at the centre, as if
// the school scored lowest there. The GUI now draws the broken outline of
// planning/chart: lines through the known blocks and no filled polygon
// (which would run through the centre), with "weet niet" on the axis.
func TestAnUnscoredBlockLeavesAGapInTheGUIRadar(t *testing.T) {
	test.NewTempApp(t)
	p := testplan.Regenboog(t)
	for i := range p.Assessments {
		delete(p.Assessments[i].Scores, model.BlockInhoud)
	}
	a := planning.Analyse(p, nil)
	c := NewChart(fyne.NewSize(400, 300), func(b chart.Box) chart.Figure { return chart.Radar(a, model.NL, b) })
	w := test.NewTempWindow(t, c)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(400, 300))
	polys, mark := 0, false
	for _, o := range test.LaidOutObjects(c) {
		switch o := o.(type) {
		case *canvas.ArbitraryPolygon:
			polys++
		case *canvas.Text:
			mark = mark || o.Text == "weet niet"
		}
	}
	if polys != 0 {
		t.Errorf("%d filled polygons, want none: a fill would run through the centre", polys)
	}
	if !mark {
		t.Error("no 'weet niet' on the unscored axis")
	}
	// The known outline is still drawn: a line from the leiderschap point
	// to the visie point, in the colour of "now".
	fig := c.Figure()
	var now chart.Shape
	for _, s := range fig.Shapes {
		if s.ID == "now" {
			now = s
		}
	}
	if now.Kind != chart.KindPolyline || len(now.Points) != 4 {
		t.Fatalf("now drawn as %+v", now)
	}
	from, to := now.Points[1], now.Points[2]
	found := false
	for _, o := range test.LaidOutObjects(c) {
		if ln, ok := o.(*canvas.Line); ok && ln.StrokeColor == chart.Colour("now") &&
			near(ln.Position1, from) && near(ln.Position2, to) {
			found = true
		}
	}
	if !found {
		t.Errorf("no 'now' line from %v to %v", from, to)
	}
}

func near(p fyne.Position, q chart.Point) bool {
	dx, dy := float64(p.X)-q.X, float64(p.Y)-q.Y
	return dx*dx+dy*dy < 1
}
