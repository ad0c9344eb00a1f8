package chart

import (
	"math"
	"os"
	"testing"

	"balansplan/model"
	"balansplan/model/theme"
)

// maturityPlan is a register imported from the test norm set
// (model/theme/testdata/proef-normset.json) with levels set by hand:
// T.1 2 -> 3 without investment, T.2 2 -> 4 raised by D1, T.3 not
// assessed.
func maturityPlan(t *testing.T) *model.Plan {
	t.Helper()
	data, err := os.ReadFile("../../model/theme/testdata/proef-normset.json")
	if err != nil {
		t.Fatal(err)
	}
	set, err := theme.ParseNormSet(data)
	if err != nil {
		t.Fatal(err)
	}
	set.Norms = set.Norms[:3]
	p := &model.Plan{ID: model.NewID(), School: model.School{Name: "S"}, Title: "P", StartYear: 2026, EndYear: 2029,
		Status: model.StatusConcept, Investments: []model.Investment{{ID: model.NewID(), Code: "D1", Title: "Training",
			Block: model.BlockDeskundigheid, Start: model.MonthOf(2026, 9), Status: model.InvGepland}}}
	p, _ = theme.ImportNorms(p, set, model.NL)
	p.Maturity[0].Current = 2
	p.Maturity[1].Current, p.Maturity[1].Target, p.Maturity[1].InvestmentIDs = 2, 4, []string{p.Investments[0].ID}
	return p
}

func TestMaturityChart(t *testing.T) {
	p := maturityPlan(t)
	box := Box{W: 2, H: 1} // a chart is wider than high
	f := Maturity(p, model.NL, box)
	// Worked by hand: header 0.12, three rows of (1-0.12)/3 = 0.29333;
	// level k at (0.40 + 0.50*(k-1)/4) of the width 2.
	rowY := func(i int) float64 { return 0.12 + 0.88/3*(float64(i)+0.5) }
	at := func(level int) float64 { return 2 * (0.40 + 0.125*float64(level-1)) }
	near := func(a, b float64) bool { return math.Abs(a-b) < 1e-9 }
	for _, c := range []struct {
		id     string
		x, y   float64
		colour string
	}{
		{"current.1", at(2), rowY(0), "now"},
		{"target.1", at(3), rowY(0), "goal.fill"},
		{"current.2", at(2), rowY(1), "now"},
		{"target.2", at(4), rowY(1), "goal.fill"},
		{"target.3", at(3), rowY(2), "goal.fill"},
	} {
		s, ok := f.Find(c.id)
		if !ok {
			t.Errorf("no %s", c.id)
			continue
		}
		if !near(s.Points[0].X, c.x) || !near(s.Points[0].Y, c.y) || s.Fill != c.colour {
			t.Errorf("%s at %v in %s, want (%g, %g) in %s", c.id, s.Points[0], s.Fill, c.x, c.y, c.colour)
		}
		if p := MaturityPoint(box, 3, int(c.id[len(c.id)-1]-'1'), 1); !near(p.Y, c.y) {
			t.Errorf("MaturityPoint disagrees for %s", c.id)
		}
	}
	if s, _ := f.Find("gap.1"); s.Stroke != "over" {
		t.Errorf("gap.1 is %q: below target without investment is red", s.Stroke)
	}
	if s, _ := f.Find("gap.2"); s.Stroke != "axis" {
		t.Errorf("gap.2 is %q: raised by D1", s.Stroke)
	}
	if _, ok := f.Find("current.3"); ok {
		t.Error("a domain not assessed has no current level")
	}
	if s, ok := f.Find("unassessed.3"); !ok || s.Text != "niet beoordeeld" {
		t.Errorf("unassessed.3: %+v", s)
	}
	if s, _ := f.Find("label.1"); s.Text != "Toegang: Wachtwoorden" {
		t.Errorf("label.1 %q", s.Text)
	}
	if s, _ := f.Find("minimum"); !near(s.Points[0].X, at(3)) {
		t.Errorf("the minimum at %v", s.Points)
	}
	for _, s := range f.Shapes {
		lo, hi := s.Bounds()
		if lo.X < -1e-9 || lo.Y < -1e-9 || hi.X > 2+1e-9 || hi.Y > 1+1e-9 {
			t.Errorf("%s leaves the box: %v %v", s.ID, lo, hi)
		}
		if Colour(s.Fill) == fallback && s.Fill != "" || Colour(s.Stroke) == fallback && s.Stroke != "" {
			t.Errorf("%s has an unknown colour", s.ID)
		}
	}
	if empty := Maturity(&model.Plan{}, model.EN, box); len(empty.Shapes) != 11 {
		t.Errorf("an empty register draws the scale alone (5 lines, 5 ticks, the minimum): %d shapes", len(empty.Shapes))
	}
}
