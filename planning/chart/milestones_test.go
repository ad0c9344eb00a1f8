package chart_test

import (
	"math"
	"testing"

	"balansplan/model"
	"balansplan/planning/chart"
)

// milestonePlan is a 2026-2029 plan with one investment that chose the AI
// and the digital-literacy themes: inside the period fall the AI Act's
// further duties (2 August 2026) and the kerndoelen (1 August 2027).
func milestonePlan() *model.Plan {
	return &model.Plan{
		ID: model.NewID(), School: model.School{Name: "OBS De Proef", Sector: model.SectorPO}, Title: "Ict-plan",
		StartYear: 2026, EndYear: 2029, Status: model.StatusConcept,
		Themes: []string{"ai", "digitale-geletterdheid"},
		Investments: []model.Investment{{ID: model.NewID(), Code: "D1", Title: "Scholing", Block: model.BlockDeskundigheid,
			Category: model.CategoryLeraar, Start: model.MonthOf(2027, 8), Status: model.InvGepland}},
	}
}

func TestTimelineDrawsTheDeadlinesOfTheChosenThemes(t *testing.T) {
	f := chart.Timeline(milestonePlan(), model.NL, chart.Box{W: 1000, H: 600})
	y27, ok1 := f.Find("year.2027")
	y28, ok2 := f.Find("year.2028")
	if !ok1 || !ok2 {
		t.Fatal("no year lines")
	}
	// A month is a twelfth of a year; 2 August 2026 lies 5 months before
	// 2027 plus 1/31 of August, 1 August 2027 7 months after it.
	mw := (y28.Points[0].X - y27.Points[0].X) / 12
	for id, want := range map[string]float64{
		"milestone.ai.ai-verplichtingen":              y27.Points[0].X - 5*mw + mw/31,
		"milestone.digitale-geletterdheid.kerndoelen": y27.Points[0].X + 7*mw,
	} {
		s, ok := f.Find(id)
		if !ok {
			t.Errorf("no %s", id)
			continue
		}
		if s.Kind != chart.KindLine || math.Abs(s.Points[0].X-want) > 1e-9 || s.Points[1].X != s.Points[0].X {
			t.Errorf("%s at %v, want a vertical line at x=%.3f", id, s.Points, want)
		}
		if s.Points[0].Y != y27.Points[0].Y || s.Points[1].Y != y27.Points[1].Y {
			t.Errorf("%s runs %v, want over the rows like the year lines %v", id, s.Points, y27.Points)
		}
	}
	for id, want := range map[string]string{
		"milestone.label.ai.ai-verplichtingen":              "2-8-2026",
		"milestone.label.digitale-geletterdheid.kerndoelen": "1-8-2027",
	} {
		if s, ok := f.Find(id); !ok || s.Text != want {
			t.Errorf("%s = %q, want %q", id, s.Text, want)
		}
	}
	if l := f.Legend[len(f.Legend)-1]; l.Label != "termijn van een thema" {
		t.Errorf("last legend entry %+v", l)
	}
	for _, s := range f.Shapes {
		if lo, hi := s.Bounds(); lo.X < 0 || hi.X > 1000 || lo.Y < 0 || hi.Y > 600 {
			t.Errorf("%s outside the box: %v %v", s.ID, lo, hi)
		}
	}
}

func TestTimelineWithoutThemesHasNoMilestones(t *testing.T) {
	p := milestonePlan()
	p.Themes = nil
	f := chart.Timeline(p, model.EN, chart.Box{W: 1000, H: 600})
	for _, s := range f.Shapes {
		if len(s.ID) >= 9 && s.ID[:9] == "milestone" {
			t.Errorf("milestone without a theme: %s", s.ID)
		}
	}
	for _, l := range f.Legend {
		if l.Label == "deadline of a theme" {
			t.Error("legend names deadlines without a theme")
		}
	}
}
