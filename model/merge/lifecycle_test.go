package merge

import (
	"reflect"
	"testing"

	"balansplan/model"
	"balansplan/model/testplan"
)

// The plan's life in the merge (lifecycle.go), worked out by hand: two
// participants' copies of the adopted example both recorded realisation.

func adoptedBase(t *testing.T) *model.Plan {
	t.Helper()
	base := testplan.Board(t)
	if _, ps := base.Adopt("2026-06-23", "College van bestuur", ""); ps != nil {
		t.Fatal(ps)
	}
	return base
}

func investmentCoded(t *testing.T, p *model.Plan, code string) *model.Investment {
	t.Helper()
	for i := range p.Investments {
		if p.Investments[i].Code == code {
			return &p.Investments[i]
		}
	}
	t.Fatalf("no %s", code)
	return nil
}

func TestRealisationFromTwoCopiesMergesPerCellWithAConflictOnTheSameCell(t *testing.T) {
	base := adoptedBase(t)
	a, b := base.Clone(), base.Clone()
	// The same cell, different amounts: D1 in 2026.
	investmentCoded(t, a, "D1").SetRealisation(model.Realisation{Year: 2026, OneOff: model.Euros(1000)})
	investmentCoded(t, b, "D1").SetRealisation(model.Realisation{Year: 2026, OneOff: model.Euros(1200)})
	// Different cells: D1 in 2027 (a), D2 in 2026 (b).
	investmentCoded(t, a, "D1").SetRealisation(model.Realisation{Year: 2027, Recurring: model.Euros(50)})
	investmentCoded(t, b, "D2").SetRealisation(model.Realisation{Year: 2026, Recurring: model.Euros(300)})
	// Evaluations of different years of one vision.
	a.Visions[0].SetEvaluation(model.VisionEvaluation{Year: 2027, Rating: 3, Note: "deels"})
	b.Visions[0].SetEvaluation(model.VisionEvaluation{Year: 2028, Rating: 4})
	// The same dated status change in both, and one more in a: a union.
	d1a, d1b := investmentCoded(t, a, "D1"), investmentCoded(t, b, "D1")
	if ps := d1a.RecordStatus("2026-09-01", model.InvLopend, ""); ps != nil {
		t.Fatal(ps)
	}
	if ps := d1a.RecordStatus("2026-10-01", model.InvLopend, "tweede groep"); ps != nil {
		t.Fatal(ps)
	}
	if ps := d1b.RecordStatus("2026-09-01", model.InvLopend, ""); ps != nil {
		t.Fatal(ps)
	}
	// a starts a new concept on top of 1.0: one status change more.
	if _, ps := a.StartRevision("2026-11-01", "directeur"); ps != nil {
		t.Fatal(ps)
	}

	got, cs := Merge(base, []*model.Plan{a, b}, -1)
	checkConflicts(t, cs, []summary{
		{reason: Changed, entity: model.EntityInvestment, code: "D1", field: "realisation.2026", values: "1000 + 0 | 1200 + 0", chosen: -1},
	})
	d1, d2 := investmentCoded(t, got, "D1"), investmentCoded(t, got, "D2")
	// While the conflict is open, the cell shows the base's: nothing.
	if want := []model.Realisation{{Year: 2027, Recurring: model.Euros(50)}}; !reflect.DeepEqual(d1.Realisation, want) {
		t.Errorf("D1 realisation %+v, want %+v", d1.Realisation, want)
	}
	if want := []model.Realisation{{Year: 2026, Recurring: model.Euros(300)}}; !reflect.DeepEqual(d2.Realisation, want) {
		t.Errorf("D2 realisation %+v", d2.Realisation)
	}
	if want := []model.VisionEvaluation{{Year: 2027, Rating: 3, Note: "deels"}, {Year: 2028, Rating: 4}}; !reflect.DeepEqual(got.Visions[0].Evaluations, want) {
		t.Errorf("evaluations %+v", got.Visions[0].Evaluations)
	}
	if want := []model.InvestmentStatusChange{{Date: "2026-09-01", Status: model.InvLopend}, {Date: "2026-10-01", Status: model.InvLopend, Note: "tweede groep"}}; !reflect.DeepEqual(d1.StatusChanges, want) {
		t.Errorf("status history %+v", d1.StatusChanges)
	}
	if len(got.StatusHistory) != 2 || got.StatusHistory[1].Status != model.StatusConcept || got.Status != model.StatusConcept ||
		got.Version != "1.1" || len(got.Versions) != 1 {
		t.Errorf("plan history %d, status %s, version %s, versions %d", len(got.StatusHistory), got.Status, got.Version, len(got.Versions))
	}

	// Choosing b for the open cell takes 1,200; the merged plan validates.
	got, cs = Merge(base, []*model.Plan{a, b}, 1)
	if len(Unresolved(cs)) != 0 {
		t.Fatalf("unresolved: %+v", summarise(cs))
	}
	for _, c := range cs {
		if c.Reason == Invalid {
			t.Errorf("invalid: %v", c.Problem)
		}
	}
	if r, _ := investmentCoded(t, got, "D1").RealisationIn(2026); r.OneOff != model.Euros(1200) {
		t.Errorf("chosen cell %+v", r)
	}
}

// Two copies that each adopted the same concept get two versions 1.0 with
// different IDs: the union keeps both, and Validate names the number
// twice, a conflict no choice resolves.
func TestTwoIndependentAdoptionsAreAnExplicitConflict(t *testing.T) {
	base := testplan.Board(t)
	base.Status, base.Version, base.Adoption.Date = model.StatusConcept, "", ""
	a, b := base.Clone(), base.Clone()
	if _, ps := a.Adopt("2026-06-23", "cvb", ""); ps != nil {
		t.Fatal(ps)
	}
	if _, ps := b.Adopt("2026-06-23", "cvb", ""); ps != nil {
		t.Fatal(ps)
	}
	got, cs := Merge(base, []*model.Plan{a, b}, -1)
	if len(got.Versions) != 2 || len(got.StatusHistory) != 2 {
		t.Fatalf("versions %d, history %d", len(got.Versions), len(got.StatusHistory))
	}
	var invalid []string
	for _, c := range cs {
		if c.Reason != Invalid {
			t.Errorf("conflict %+v", summarise([]Conflict{c}))
			continue
		}
		invalid = append(invalid, string(c.Entity)+" "+c.Code+" "+c.Field+" "+c.Problem.Reason)
	}
	if want := []string{"version 1.0 number duplicate"}; !reflect.DeepEqual(invalid, want) {
		t.Errorf("invalid %v, want %v", invalid, want)
	}
}
