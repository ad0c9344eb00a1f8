package chart

import (
	"strings"
	"testing"

	"balansplan/model"
	"balansplan/planning"
)

// Issue 13, defect 8: no line through a value label of the budget bars,
// and timeline labels whole while the bar area has room.

// crosses reports whether the horizontal line s runs through the rectangle
// lo..hi.
func crosses(s Shape, lo, hi Point) bool {
	if s.Kind != KindLine || len(s.Points) != 2 || s.Points[0].Y != s.Points[1].Y {
		return false
	}
	y := s.Points[0].Y
	x0, x1 := min(s.Points[0].X, s.Points[1].X), max(s.Points[0].X, s.Points[1].X)
	return y > lo.Y && y < hi.Y && x1 > lo.X && x0 < hi.X
}

// covers reports whether rectangle r hides lo..hi.
func covers(r Shape, lo, hi Point) bool {
	return r.Kind == KindRect && r.Fill == "background" &&
		r.Points[0].X <= lo.X+eps && r.Points[0].Y <= lo.Y+eps && r.Points[1].X >= hi.X-eps && r.Points[1].Y >= hi.Y-eps
}

// The scale goes to € 50.000 in steps of € 10.000 (the largest year is
// € 50.000, a fifth of it is € 10.000, already round). In the box of 200 x
// 160 the plot is 0.8 x 160 = 128 high, € 390,63 a unit; a total label is
// 1.4 x 0.8 x 0.04 x 160 = 7,17 high and stands 1,6 above its bar. The
// label of 2026's € 19.000 thus covers € 19.625 to € 22.425 and the
// gridline of € 20.000 runs through it; 2027's ceiling of € 21.000 would
// run through the label of its € 19.500 (€ 20.125 to € 22.925).
func TestNoLineRunsThroughABudgetTotal(t *testing.T) {
	p := &model.Plan{StartYear: 2026, EndYear: 2028, BudgetCeiling: map[int]model.Money{2027: model.Euros(21000)}}
	for _, c := range []struct {
		code  string
		year  int
		euros int64
	}{{"N1", 2026, 19000}, {"N2", 2027, 19500}, {"N3", 2028, 50000}} {
		p.Investments = append(p.Investments, model.Investment{ID: c.code, Code: c.code, Block: model.BlockInfrastructuur,
			Start: model.MonthOf(c.year, 3), End: model.MonthOf(c.year, 4), Cost: model.Cost{OneOff: model.Euros(c.euros)}})
	}
	a := planning.Analyse(p, nil)
	f := BudgetBars(a, model.NL, box)
	sc := BudgetScaleFor(a, box)
	if sc.Step != model.Euros(10000) || sc.Lines != 5 {
		t.Fatalf("scale step %v x %d, want € 10.000 x 5", sc.Step, sc.Lines)
	}
	for _, year := range []string{"2026", "2027", "2028"} {
		at := -1
		for i, s := range f.Shapes {
			if s.ID == "total."+year {
				at = i
			}
		}
		if at < 0 {
			t.Fatalf("no total label for %s", year)
		}
		lo, hi := f.Shapes[at].TextExtent()
		for i, s := range f.Shapes {
			if !crosses(s, lo, hi) {
				continue
			}
			// A line painted before the label is fine only when a patch of
			// background painted after it, before the label, hides it.
			hidden := false
			for j := i + 1; j < at && i < at; j++ {
				hidden = hidden || covers(f.Shapes[j], lo, hi)
			}
			if !hidden {
				t.Errorf("%s runs through the total of %s (%v..%v)", s.ID, year, lo, hi)
			}
		}
	}
	// The ceiling of 2027 is not hidden: the label stands above it.
	ceil, total := must(t, f, "ceiling.2027"), must(t, f, "total.2027")
	if _, hi := total.TextExtent(); hi.Y > ceil.Points[0].Y {
		t.Errorf("the total of 2027 reaches down to %v, below its ceiling at %v", hi.Y, ceil.Points[0].Y)
	}
}

// The worked example's longest label, "D1 Scholing adaptief werken voor
// alle leraren", is 45 characters: at the text size 0.9 x 0.035 x 160 =
// 5,04 it is estimated 0.6 x 5,04 x 45 = 136 wide. In a box 600 wide the
// column may be (0.45 - 0.03) x 600 = 252, so every label fits whole; in
// the box 200 wide it is at most 84, and "D2 Opleiding ict-coördinator"
// (28 characters, 84,7) is cut.
func TestTimelineLabelsAreWholeWhenTheyFit(t *testing.T) {
	p := regenboog(t)
	wideBox := Box{W: 600, H: 160}
	f := Timeline(p, model.NL, wideBox)
	for _, r := range TimelineRows(p) {
		if r.Code == "" {
			continue
		}
		l := must(t, f, "label."+r.Code)
		if want := r.Code + " " + r.Title; l.Text != want {
			t.Errorf("label %q, want the whole %q", l.Text, want)
		}
		if l.MaxWidth <= 0 || TextWidth(l.Text, l.Size, false) > l.MaxWidth+eps {
			t.Errorf("label %q (%v wide) does not fit its column %v", l.Text, TextWidth(l.Text, l.Size, false), l.MaxWidth)
		}
		// The label's column ends before the first bar can start.
		if bar := must(t, f, "inv."+r.Code); l.Points[0].X+l.MaxWidth > bar.Points[0].X+eps {
			t.Errorf("label %s may run into its bar at %v", r.Code, bar.Points[0].X)
		}
	}
	// In the narrow box the column is the widest allowed and a long label
	// is cut to it, with an ellipsis.
	f = Timeline(p, model.NL, box)
	l := must(t, f, "label.D2")
	if !strings.HasSuffix(l.Text, "…") || TextWidth(l.Text, l.Size, false) > l.MaxWidth+eps {
		t.Errorf("label %q, %v wide, in a column of %v", l.Text, TextWidth(l.Text, l.Size, false), l.MaxWidth)
	}
	if want := (timelineLabelMax - labelX - labelGap) * box.W; l.MaxWidth < want-eps || l.MaxWidth > want+eps {
		t.Errorf("column %v, want the widest, %v", l.MaxWidth, want)
	}
}
