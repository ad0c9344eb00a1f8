package widgets

import (
	"bytes"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"balansplan/assets"
	"balansplan/model"
	"balansplan/planning"
	"balansplan/planning/chart"
	"balansplan/ui/internal/golden"
)

func demoAnalysis(t *testing.T) (*model.Plan, *planning.Analysis) {
	t.Helper()
	p, problems := model.DecodeJSON(bytes.NewReader(assets.DemoPlan))
	if len(problems) > 0 {
		t.Fatal(problems)
	}
	ref, err := planning.BuiltinReference()
	if err != nil {
		t.Fatal(err)
	}
	return p, planning.Analyse(p, ref)
}

func TestAChartIsLaidOutForItsSize(t *testing.T) {
	test.NewTempApp(t)
	_, a := demoAnalysis(t)
	c := NewChart(fyne.NewSize(200, 150), func(box chart.Box) chart.Figure { return chart.Radar(a, model.NL, box) })
	w := test.NewTempWindow(t, c)
	w.SetPadded(false)
	for _, size := range []fyne.Size{{Width: 400, Height: 300}, {Width: 900, Height: 700}} {
		w.Resize(size)
		got := c.Figure().Box
		if got.W != float64(size.Width) || got.H != float64(size.Height) {
			t.Errorf("in a %v window the figure is laid out for %v", size, got)
		}
		fig := c.Figure()
		axis, ok := fig.Find("axis.visie")
		if !ok {
			t.Fatal("no axis.visie")
		}
		if top := axis.Points[1].Y; top < 0 || top > float64(size.Height)/2 {
			t.Errorf("the visie axis ends at y=%v in a window %v high", top, size.Height)
		}
	}
}

func TestAChartRedrawsOnRefresh(t *testing.T) {
	test.NewTempApp(t)
	p, a := demoAnalysis(t)
	current := a
	c := NewChart(fyne.NewSize(300, 200), func(box chart.Box) chart.Figure { return chart.BudgetBars(current, model.NL, box) })
	w := test.NewTempWindow(t, c)
	w.Resize(fyne.NewSize(600, 400))
	fig := c.Figure()
	if _, ok := fig.Find("over.2027"); !ok {
		t.Fatal("the demo plan is not over its 2027 ceiling")
	}
	q := p.Clone()
	q.BudgetCeiling[2027] = model.Euros(1_000_000)
	current = planning.Analyse(q, nil)
	c.Refresh()
	fig = c.Figure()
	if _, ok := fig.Find("over.2027"); ok {
		t.Error("the chart still shows 2027 over its ceiling after Refresh")
	}
}

func TestTappingABarReportsItsID(t *testing.T) {
	test.NewTempApp(t)
	p, _ := demoAnalysis(t)
	c := NewChart(fyne.NewSize(600, 400), func(box chart.Box) chart.Figure { return chart.Timeline(p, model.NL, box) })
	var got string
	c.OnTapped = func(id string) { got = id }
	w := test.NewTempWindow(t, c)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(600, 400))
	fig := c.Figure()
	bar, ok := fig.Find("inv.D1")
	if !ok {
		t.Fatal("no bar for D1")
	}
	mid := fyne.NewPos(float32(bar.Points[0].X+bar.Points[1].X)/2, float32(bar.Points[0].Y+bar.Points[1].Y)/2)
	test.TapAt(c, mid)
	if got != "inv.D1" {
		t.Errorf("tap on D1's bar reported %q", got)
	}
}

func TestARadarDrawsWithCanvasPrimitives(t *testing.T) {
	test.NewTempApp(t)
	_, a := demoAnalysis(t)
	c := NewChart(fyne.NewSize(400, 300), func(box chart.Box) chart.Figure { return chart.Radar(a, model.NL, box) })
	golden.Assert(t, "radar.xml", test.RenderObjectToMarkup(c))
	var polys, lines, texts int
	for _, o := range test.LaidOutObjects(c) {
		switch o.(type) {
		case *canvas.ArbitraryPolygon:
			polys++
		case *canvas.Line:
			lines++
		case *canvas.Text:
			texts++
		}
	}
	if polys < 2 || lines < 5 || texts < 5 {
		t.Errorf("radar drawn with %d polygons, %d lines, %d texts", polys, lines, texts)
	}
}

func TestATapCardOpensByMouseAndKeyboard(t *testing.T) {
	test.NewTempApp(t)
	n := 0
	c := NewTapCard("Route", "", widget.NewLabel("gemengd"), func() { n++ })
	w := test.NewTempWindow(t, c)
	test.Tap(c)
	w.Canvas().Focus(c)
	c.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	c.TypedRune(' ')
	if n != 3 {
		t.Errorf("opened %d times, want 3 (tap, Enter, Space)", n)
	}
}
