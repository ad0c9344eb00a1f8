package merge

import (
	"errors"
	"testing"

	"balansplan/assets"
	"balansplan/model"
)

// twoSchools are a copy of the example plan (De Regenboog) and a copy of
// the demo plan (Het Dijkcollege): two unrelated plans.
func twoSchools(t *testing.T) (regenboog, dijk *model.Plan) {
	t.Helper()
	regenboog = example(t)
	regenboog.ID = "plan-regenboog"
	dijk, ps := model.DecodeJSONBytes(assets.DemoPlan)
	if len(ps) > 0 {
		t.Fatal(ps)
	}
	dijk.ID = "plan-dijk"
	return regenboog, dijk
}

// Issue 10 item 1: copies of two different plans were merged when a copy
// was preferred, the other school's entities ending up under the
// preferred school's name. They are refused, whatever prefer says, and
// before anything is merged.
func TestCopiesOfDifferentPlansAreRefusedWhateverPreferSays(t *testing.T) {
	reg, dijk := twoSchools(t)
	names := []string{"regenboog.balans", "dijk.balans"}
	wantNL := `regenboog.balans en dijk.balans zijn geen kopieën van hetzelfde plan: regenboog.balans is "Ict-beleidsplan 2026-2029" van OBS De Regenboog, ` +
		`dijk.balans is "Ict-beleidsplan 2027-2030: leren op maat, samen sterker" van Het Dijkcollege; alleen kopieën van één plan kunnen worden samengevoegd`
	wantEN := `regenboog.balans and dijk.balans are not copies of the same plan: regenboog.balans is "Ict-beleidsplan 2026-2029" of OBS De Regenboog, ` +
		`dijk.balans is "Ict-beleidsplan 2027-2030: leren op maat, samen sterker" of Het Dijkcollege; only copies of one plan can be merged`
	for _, base := range []*model.Plan{nil, reg.Clone()} {
		for prefer := -1; prefer <= 1; prefer++ {
			got, cs := Merge(base, []*model.Plan{reg, dijk}, prefer)
			if got != nil {
				t.Errorf("base %v, prefer %d: a merged plan %q of %s with %d visions", base != nil, prefer, got.Title, got.School.Name, len(got.Visions))
			}
			if len(cs) != 1 || cs[0].Reason != DifferentPlans || cs[0].Resolved() || cs[0].Plans == nil {
				t.Fatalf("base %v, prefer %d: conflicts %+v", base != nil, prefer, summarise(cs))
			}
			c := cs[0]
			if c.Entity != model.EntityPlan || c.Field != "id" || c.Values[0].Text != "plan-regenboog" || c.Values[1].Text != "plan-dijk" {
				t.Errorf("conflict %+v", c)
			}
			if m := c.Message(model.NL, names); m != wantNL {
				t.Errorf("NL message:\n got %s\nwant %s", m, wantNL)
			}
			if m := c.Message(model.EN, names); m != wantEN {
				t.Errorf("EN message:\n got %s\nwant %s", m, wantEN)
			}
		}
	}
	// No choice is even asked for.
	_, cs := MergeChoosing(nil, []*model.Plan{reg, dijk}, func(c Conflict) int {
		t.Errorf("asked to choose for %+v", c)
		return 0
	})
	if len(cs) != 1 {
		t.Errorf("%d conflicts", len(cs))
	}
}

func TestSamePlanNamesTheFirstTwoPlansThatDiffer(t *testing.T) {
	reg, dijk := twoSchools(t)
	// Same school, same title, but made anew: another plan all the same,
	// and only the IDs tell them apart.
	twin := example(t)
	twin.ID = "plan-twin"
	for _, c := range []struct {
		name   string
		base   *model.Plan
		copies []*model.Plan
		// want is the error's Dutch message with copies named by number,
		// or "" for none.
		want string
	}{
		{"copies of one plan, with its base", reg, []*model.Plan{reg.Clone(), reg.Clone(), reg.Clone()}, ""},
		{"copies of one plan, no base", nil, []*model.Plan{reg.Clone(), reg.Clone()}, ""},
		{"no copies", dijk, nil, ""},
		{"the third copy is of another school", nil, []*model.Plan{reg, reg.Clone(), dijk},
			`kopie 1 en kopie 3 zijn geen kopieën van hetzelfde plan: kopie 1 is "Ict-beleidsplan 2026-2029" van OBS De Regenboog, ` +
				`kopie 3 is "Ict-beleidsplan 2027-2030: leren op maat, samen sterker" van Het Dijkcollege; alleen kopieën van één plan kunnen worden samengevoegd`},
		{"same school and title, another plan", nil, []*model.Plan{reg, twin},
			`kopie 1 en kopie 2 zijn geen kopieën van hetzelfde plan: kopie 1 is "Ict-beleidsplan 2026-2029" van OBS De Regenboog (id plan-regenboog), ` +
				`kopie 2 is "Ict-beleidsplan 2026-2029" van OBS De Regenboog (id plan-twin); alleen kopieën van één plan kunnen worden samengevoegd`},
		{"the base is of another plan", dijk, []*model.Plan{reg, reg.Clone()},
			`kopie 1 is geen kopie van het plan waarvan de kopieën zijn gemaakt: kopie 1 is "Ict-beleidsplan 2026-2029" van OBS De Regenboog, ` +
				`de basis is "Ict-beleidsplan 2027-2030: leren op maat, samen sterker" van Het Dijkcollege; alleen kopieën van één plan kunnen worden samengevoegd`},
		{"no title, no school name", nil, []*model.Plan{reg, {ID: "empty"}},
			`kopie 1 en kopie 2 zijn geen kopieën van hetzelfde plan: kopie 1 is "Ict-beleidsplan 2026-2029" van OBS De Regenboog, ` +
				`kopie 2 is een plan zonder titel van een school zonder naam; alleen kopieën van één plan kunnen worden samengevoegd`},
	} {
		err := SamePlan(c.base, c.copies)
		var e *DifferentPlansError
		switch {
		case c.want == "" && err != nil:
			t.Errorf("%s: %v", c.name, err)
		case c.want == "":
		case !errors.As(err, &e):
			t.Errorf("%s: error %v, want a *DifferentPlansError", c.name, err)
		case e.Message(model.NL) != c.want || err.Error() != c.want:
			t.Errorf("%s:\n got %s\nwant %s", c.name, e.Message(model.NL), c.want)
		}
	}
	e := SamePlan(nil, []*model.Plan{reg, dijk}).(*DifferentPlansError)
	e.Names = []string{"a.balans"}
	if got := e.Text().EN; got != `a.balans and copy 2 are not copies of the same plan: a.balans is "Ict-beleidsplan 2026-2029" of OBS De Regenboog, `+
		`copy 2 is "Ict-beleidsplan 2027-2030: leren op maat, samen sterker" of Het Dijkcollege; only copies of one plan can be merged` {
		t.Errorf("EN with one name: %s", got)
	}
	if e.First != 0 || e.Other != 1 || e.FirstPlan != (PlanName{"plan-regenboog", "OBS De Regenboog", "Ict-beleidsplan 2026-2029"}) || e.OtherPlan.ID != "plan-dijk" {
		t.Errorf("error %+v", e)
	}
}
