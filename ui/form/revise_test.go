package form

import (
	"testing"

	"balansplan/model"
	"balansplan/model/testplan"
)

// What happened to an adopted plan is not a change of it; what it says is
// (docs/lifecycle.md). Each case changes one thing on a copy.
func TestChangesContentTellsWhatThePlanSaysFromWhatHappened(t *testing.T) {
	base := testplan.Regenboog(t)
	cases := []struct {
		name   string
		change func(p *model.Plan)
		want   bool
	}{
		{"realisation", func(p *model.Plan) {
			p.Investments[0].SetRealisation(model.Realisation{Year: p.StartYear, OneOff: 12345, Recurring: 678})
		}, false},
		{"a dated status, lopend", func(p *model.Plan) { p.Investments[0].RecordStatus("2026-09-01", model.InvLopend, "") }, false},
		{"cancelled", func(p *model.Plan) { p.Investments[0].RecordStatus("2026-09-01", model.InvGeschrapt, "") }, true},
		{"an evaluation", func(p *model.Plan) {
			p.Visions[0].SetEvaluation(model.VisionEvaluation{Year: p.StartYear, Rating: 3})
		}, false},
		{"a round", func(p *model.Plan) {
			p.Assessments = append(p.Assessments, model.Assessment{ID: "x", Year: p.StartYear + 1})
		}, false},
		{"the plan's status", func(p *model.Plan) { p.SetStatus(model.StatusBesproken, "2026-02-01", "MR", "") }, false},
		{"the adoption block", func(p *model.Plan) { p.Adoption.Council.Note = "instemming" }, false},
		{"a vision's title", func(p *model.Plan) { p.Visions[0].Title += "!" }, true},
		{"an investment's cost", func(p *model.Plan) { p.Investments[0].Cost.OneOff += 100 }, true},
		{"the plan's title", func(p *model.Plan) { p.Title += "!" }, true},
	}
	for _, c := range cases {
		next := base.Clone()
		c.change(next)
		if got := ChangesContent(base, next); got != c.want {
			t.Errorf("%s: ChangesContent = %v, want %v", c.name, got, c.want)
		}
	}
}
