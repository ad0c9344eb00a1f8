package planning_test

import (
	"bytes"
	"reflect"
	"testing"

	"balansplan/model"
	"balansplan/model/sample"
	"balansplan/model/testplan"
	"balansplan/planning"
)

// The four-year plan of lifecycle_walk_test.go at the end of 2029, and the
// next plan started from it for 2030-2033. By hand:
//
//	D1 afgerond (2027-06-30)                   stays behind
//	I1 lopend, 2026-09.., 2,000/year          carried: start 2030-01, no end, 2,000/year
//	N1 lopend, 2027-01..2027-03, 30,000       carried: start 2030-01, end 2030-03 (36 months on),
//	   32,500 one-off spent                              one-off max(30,000 - 32,500, 0) = 0
//	L1 gepland, 2028-01..2028-12, 5,000,      carried: start 2030-01, end 2030-12 (24 months on),
//	   2,000 one-off spent, depends on D1, N1            one-off 3,000, depends on N1 only
//	N2 geschrapt (2029-02-01)                  stays behind
//
// V1's evaluation moment 2027-06 moves four years, to 2031-06; its latest
// evaluation (2029: 4, "Groep 6 ook.") is in the beginsituatie; V2 has
// none. The 2029 round (visie 3 and 5) becomes the first round.
func endOfPlan(t *testing.T) *model.Plan {
	p := walkPlan(t)
	_, ps := p.Adopt("2026-06-15", "College van bestuur", "Vastgesteld.")
	must(t, ps)
	d1, i1, n1, l1, n2 := inv(t, p, "D1"), inv(t, p, "I1"), inv(t, p, "N1"), inv(t, p, "L1"), inv(t, p, "N2")
	d1.SetRealisation(model.Realisation{Year: 2026, OneOff: eur(9500)})
	must(t, d1.RecordStatus("2026-08-20", model.InvLopend, ""))
	must(t, d1.RecordStatus("2027-06-30", model.InvAfgerond, ""))
	must(t, i1.RecordStatus("2026-09-01", model.InvLopend, ""))
	n1.SetRealisation(model.Realisation{Year: 2027, OneOff: eur(32500)})
	must(t, n1.RecordStatus("2027-01-10", model.InvLopend, ""))
	l1.SetRealisation(model.Realisation{Year: 2028, OneOff: eur(2000)})
	l1.DependsOnIDs = []string{d1.ID, n1.ID}
	must(t, n2.RecordStatus("2029-02-01", model.InvGeschrapt, "geen geld"))
	p.Visions[0].SetEvaluation(model.VisionEvaluation{Year: 2027, Rating: 3, Note: "Deels: groep 6 nog niet."})
	p.Visions[0].SetEvaluation(model.VisionEvaluation{Year: 2029, Rating: 4, Note: "Groep 6 ook."})
	p.Assessments = append(p.Assessments,
		model.Assessment{ID: model.NewID(), Participant: "p1", Role: model.RoleLeraar, Year: 2029, Scores: map[model.Block]model.Score{model.BlockVisie: {Now: 3, Goal: 4}}},
		model.Assessment{ID: model.NewID(), Participant: "p2", Role: model.RoleSchoolleider, Year: 2029, Scores: map[model.Block]model.Score{model.BlockVisie: {Now: 5, Goal: 5}}})
	p.BudgetCeiling = map[int]model.Money{2027: eur(40000)}
	must(t, p.Validate())
	return p
}

func TestTheNextPlanCarriesOverWhatIsUnfinished(t *testing.T) {
	prev := endOfPlan(t)
	before, err := model.EncodeJSON(prev)
	if err != nil {
		t.Fatal(err)
	}
	next := planning.NextPlan(prev, 2030, 4, "2029-12-15", model.NL)
	if ps := next.Validate(); ps != nil {
		t.Fatal(ps.Messages(model.EN))
	}
	if after, _ := model.EncodeJSON(prev); !bytes.Equal(before, after) {
		t.Error("NextPlan changed the previous plan")
	}
	if next.ID == prev.ID || next.StartYear != 2030 || next.EndYear != 2033 || next.Title != "Ict-plan 2030-2033" ||
		next.Status != model.StatusConcept || next.Version != "" || len(next.Versions) != 0 || next.BudgetCeiling != nil {
		t.Errorf("the new plan: %s %d-%d %q %s %q, %d versions, ceilings %v", next.ID, next.StartYear, next.EndYear, next.Title,
			next.Status, next.Version, len(next.Versions), next.BudgetCeiling)
	}

	type carried struct {
		code       string
		start, end model.Month
		oneOff     model.Money
		recurring  model.Money
		status     model.InvestmentStatus
		dependsOn  []string
	}
	var got []carried
	for i := range next.Investments {
		c := &next.Investments[i]
		var deps []string
		for _, id := range c.DependsOnIDs {
			o, _ := prev.Investment(id)
			deps = append(deps, o.Code)
		}
		if len(c.Realisation)+len(c.StatusChanges) > 0 {
			t.Errorf("%s carried its history over", c.Code)
		}
		got = append(got, carried{c.Code, c.Start, c.End, c.Cost.OneOff, c.Cost.Recurring, c.Status, deps})
	}
	m := model.MonthOf
	want := []carried{
		{"I1", m(2030, 1), 0, 0, eur(2000), model.InvLopend, nil},
		{"N1", m(2030, 1), m(2030, 3), 0, 0, model.InvLopend, nil},
		{"L1", m(2030, 1), m(2030, 12), eur(3000), 0, model.InvGepland, []string{"N1"}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("carried over\n got %+v\nwant %+v", got, want)
	}

	if v := next.Visions[0]; v.Evaluation.Moment != m(2031, 6) || len(v.Evaluations) != 0 {
		t.Errorf("V1: moment %s, %d evaluations", v.Evaluation.Moment, len(v.Evaluations))
	}
	wantSituation := "Evaluatie van het vorige plan (2026-2029):\n" +
		"- V1 Adaptief rekenen: 4 van 5 in 2029 (Groep 6 ook.).\n" +
		"- V2 Digitale geletterdheid: niet geëvalueerd."
	if next.Narrative.Situation != wantSituation {
		t.Errorf("beginsituatie\n got %q\nwant %q", next.Narrative.Situation, wantSituation)
	}

	if len(next.Assessments) != 2 {
		t.Fatalf("%d assessments, want the two of the 2029 round", len(next.Assessments))
	}
	for i, want := range []model.Score{{Now: 3, Goal: 4}, {Now: 5, Goal: 5}} {
		a := next.Assessments[i]
		if a.Year != 0 || a.Scores[model.BlockVisie] != want || a.ID == prev.Assessments[2+i].ID {
			t.Errorf("assessment %d: year %d, scores %v, id kept %v", i, a.Year, a.Scores, a.ID == prev.Assessments[2+i].ID)
		}
	}
	next.Assessments[0].Scores[model.BlockVisie] = model.Score{Now: 1, Goal: 1}
	if prev.Assessments[2].Scores[model.BlockVisie].Now != 3 {
		t.Error("the new plan shares its scores with the old one")
	}

	if len(next.StatusHistory) != 1 {
		t.Fatalf("status history %v", next.StatusHistory)
	}
	h := next.StatusHistory[0]
	wantNote := `Vervolg op het plan "Ict-plan 2026-2029" (2026-2029), plan-ID ` + prev.ID + ", versie 1.0."
	if h.Status != model.StatusConcept || h.Date != "2029-12-15" || h.Note != wantNote {
		t.Errorf("the link back: %+v, want note %q", h, wantNote)
	}
	// The link back as data: the old plan's ID, title and version.
	if want := (model.Previous{ID: prev.ID, Title: "Ict-plan 2026-2029", Version: "1.0"}); next.Previous != want {
		t.Errorf("Previous = %+v, want %+v", next.Previous, want)
	}

	// Kept IDs: the diff of the two plans sees what stayed behind.
	d := planning.Diff(prev, next)
	var dropped []string
	for _, c := range d.Investments {
		if c.Kind == planning.Dropped {
			dropped = append(dropped, c.Code)
		}
	}
	if !reflect.DeepEqual(dropped, []string{"D1", "N2"}) {
		t.Errorf("dropped %v, want D1 and N2", dropped)
	}
}

// The link back names the last adopted version when the plan went on
// after it; in English too.
func TestTheLinkBackNamesTheAdoptedVersion(t *testing.T) {
	p := endOfPlan(t)
	_, ps := p.StartRevision("2029-09-01", "directeur")
	must(t, ps)
	got := planning.LinkBack(p, model.EN)
	want := `Follows on the plan "Ict-plan 2026-2029" (2026-2029), plan ID ` + p.ID + ", version 1.1 (last adopted: version 1.0 of 2026-06-15)."
	if got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// The next plan of a full plan (the example, and the large plan with its
// board chapters) is valid as it comes: nothing taken over points outside
// the new period.
func TestTheNextPlanOfAFullPlanIsValid(t *testing.T) {
	for name, p := range map[string]*model.Plan{"regenboog": testplan.Regenboog(t), "large": sample.Large()} {
		for _, start := range []int{p.StartYear + 1, p.EndYear + 1, p.EndYear + 7} {
			next := planning.NextPlan(p, start, 4, "2030-01-05", model.EN)
			if ps := next.Validate(); ps != nil {
				t.Errorf("%s from %d: %v", name, start, ps.Messages(model.EN))
			}
		}
	}
}
