package screens

import (
	"math"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"balansplan/model"
	"balansplan/planning"
	"balansplan/planning/chart"
)

// Issue 11 (left over): the route's gauges say T and E as percentages,
// as the text beside them does, not as fractions ("0,91").
func TestTheRouteGaugesSayPercentagesLikeTheText(t *testing.T) {
	for _, l := range []model.Lang{model.NL, model.EN} {
		w := withDemo(t, l)
		v := w.Show(Route).(*routeScreen)
		fig := v.fig.chart.Figure()
		r := w.Doc().Analysis().Route
		for id, lv := range map[string]planning.Level{"gauge.T.label": r.T(), "gauge.E.label": r.E()} {
			s, ok := fig.Find(id)
			if !ok {
				t.Fatalf("%s: no %s in the route figure", l, id)
			}
			want := " = " + planning.FormatShare(lv, l)
			if !strings.HasSuffix(s.Text, want) || !strings.HasSuffix(s.Text, "%") {
				t.Errorf("%s: %s says %q, want it to end in %q", l, id, s.Text, want)
			}
			if _, shares := RouteText(w, &r, l); !strings.Contains(shares, planning.FormatShare(lv, l)) {
				t.Errorf("%s: the text %q does not give %s", l, shares, planning.FormatShare(lv, l))
			}
		}
		legend := ""
		for _, e := range fig.Legend {
			legend += e.Label + "|"
		}
		if !strings.Contains(legend, "50%") || !strings.Contains(legend, "80%") {
			t.Errorf("%s: the legend gives the thresholds as %q", l, legend)
		}
	}
}

// Issue 11 (left over): the radar on Balans uses its box. Its block names
// are measured with fyne's text size: the nearest comes within a few
// pixels of the box's edge, none crosses it.
func TestTheBalanceRadarGrowsUntilANameMeetsTheEdge(t *testing.T) {
	for _, l := range []model.Lang{model.NL, model.EN} {
		w := withDemo(t, l)
		w.Window().Resize(fyne.NewSize(800, 600)) // the pane beside the sidebar at 1024x640
		v := w.Show(Balance).(*balanceScreen)
		size := v.radar.chart.Size()
		box := chart.Box{W: float64(size.Width), H: float64(size.Height)}
		fig := v.radar.chart.Figure()
		slack := math.Inf(1)
		for _, s := range fig.Shapes {
			if s.Kind != chart.KindText || !strings.HasPrefix(s.ID, "label.") {
				continue
			}
			m := fyne.MeasureText(s.Text, float32(math.Max(s.Size, 6)), fyne.TextStyle{Bold: s.Bold})
			x, y := s.Points[0].X, s.Points[0].Y
			switch s.Align {
			case chart.AlignMiddle:
				x -= float64(m.Width) / 2
			case chart.AlignEnd:
				x -= float64(m.Width)
			}
			switch s.VAlign {
			case chart.VAlignMiddle:
				y -= float64(m.Height) / 2
			case chart.VAlignBottom:
				y -= float64(m.Height)
			}
			for _, d := range []float64{x, y, box.W - x - float64(m.Width), box.H - y - float64(m.Height)} {
				if d < 0 {
					t.Errorf("%s: %q crosses the edge of the %vx%v box by %.1f", l, s.Text, box.W, box.H, -d)
				}
				slack = math.Min(slack, d)
			}
		}
		// The margin is 1% of the smaller side; the search stops within
		// a pixel of it.
		if want := 0.01*math.Min(box.W, box.H) + 1; slack > want {
			t.Errorf("%s: the nearest block name stays %.1f px from the edge of the %vx%v box, want at most %.1f", l, slack, box.W, box.H, want)
		}
	}
}

// Issue 11, defect 8 (left over): "Titel accepts 20,000 characters". The
// contract allows it, so it is kept whole; the field is one line, counts
// a long title and says where it is shown shortened, and the overview's
// heading shows the first TitleShown characters with an ellipsis. One
// character more is refused with the limit and offered to be cut.
func TestALongTitleIsKeptWholeAndShownShortened(t *testing.T) {
	w := withDemo(t, model.NL)
	v := w.Show(School).(*schoolScreen)
	e := v.form.EntryOf(model.FieldPlanTitle)
	if e.MultiLine {
		t.Error("the title is a multi-line field")
	}
	long := strings.Repeat("Beleidsplan ", model.MaxTextLen/12) + strings.Repeat("x", model.MaxTextLen%12)
	e.SetText(long)
	if got := v.titleNote.Text; !v.titleNote.Visible() || !strings.HasPrefix(got, "20.000 tekens. Het overzicht en de presentatie tonen de eerste 120") {
		t.Errorf("a title of 20.000 characters says %q (shown %v)", got, v.titleNote.Visible())
	}
	e.FocusLost()
	if got := w.Doc().Plan().Title; got != long {
		t.Fatalf("the title was not written whole: %d characters", len([]rune(got)))
	}
	o := w.Show(Overview).(*overview)
	head := o.plan.Text
	if !strings.Contains(head, strings.TrimSpace(string([]rune(long)[:TitleShown]))+"…") || len([]rune(head)) > TitleShown+80 {
		t.Errorf("the overview's heading is %d characters: %.200q", len([]rune(head)), head)
	}
	// One more: the limit's message and the offer to cut, nothing written.
	w.Show(School)
	e.SetText(long + "y")
	if msg := v.form.Message(model.FieldPlanTitle); !strings.Contains(msg, "20.001") || !strings.Contains(msg, "20.000") {
		t.Errorf("a title over the limit says %q", msg)
	}
	if !v.form.CutButton(model.FieldPlanTitle).Visible() {
		t.Error("no offer to cut the title to the limit")
	}
	if got := w.Doc().Plan().Title; got != long {
		t.Error("a title over the limit was written")
	}
	// A short title has no counter.
	e.SetText("Ict-beleidsplan")
	if v.titleNote.Visible() {
		t.Errorf("a short title says %q", v.titleNote.Text)
	}
}
