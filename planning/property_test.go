package planning

import (
	"bytes"
	"math/rand"
	"testing"

	"balansplan/model"
	"balansplan/model/sample"
)

// generated returns valid plans of various sizes from the sample
// generator, plus the worked example.
func generated(t *testing.T) []*model.Plan {
	t.Helper()
	plans := []*model.Plan{loadRegenboog(t)}
	for seed := int64(1); seed <= 12; seed++ {
		plans = append(plans, sample.Generate(1+int(seed)%6, 5+int(seed)*7, 1+int(seed)%5, int(seed)%9, seed))
	}
	for _, p := range plans {
		mustValid(t, p)
	}
	return plans
}

// Adding a link from an untraced material investment to a vision never
// lowers T: the linked cost can only grow while the total stays the same.
func TestLinkingAnUntracedMaterialInvestmentNeverLowersT(t *testing.T) {
	for pi, p := range generated(t) {
		if len(p.Visions) == 0 {
			continue
		}
		before := Analyse(p, nil).Route.TracedShare
		r := rand.New(rand.NewSource(int64(pi)))
		for i := range p.Investments {
			inv := &p.Investments[i]
			if !isMaterial(inv) || len(inv.VisionIDs) > 0 {
				continue
			}
			q := p.Clone()
			q.Investments[i].VisionIDs = []string{p.Visions[r.Intn(len(p.Visions))].ID}
			after := Analyse(q, nil).Route.TracedShare
			if after < before {
				t.Errorf("plan %d: linking %s lowered T from %v to %v", pi, inv.Code, before, after)
			}
			before = after
			p = q
		}
	}
}

// The analysis of the same plan is the same, byte for byte.
func TestTheSamePlanGivesTheSameJSON(t *testing.T) {
	ref := mustReference(t)
	for i, p := range generated(t) {
		a, _ := Analyse(p, ref).JSON()
		b, _ := Analyse(p, ref).JSON()
		c, _ := Analyse(p.Clone(), ref).JSON()
		if !bytes.Equal(a, b) || !bytes.Equal(a, c) {
			t.Errorf("plan %d: two analyses differ", i)
		}
	}
}

// shuffle permutes every list of the plan whose order carries no meaning,
// the links inside investments included.
func shuffle(p *model.Plan, r *rand.Rand) *model.Plan {
	q := p.Clone()
	r.Shuffle(len(q.Visions), func(i, j int) { q.Visions[i], q.Visions[j] = q.Visions[j], q.Visions[i] })
	r.Shuffle(len(q.Investments), func(i, j int) { q.Investments[i], q.Investments[j] = q.Investments[j], q.Investments[i] })
	r.Shuffle(len(q.Agreements), func(i, j int) { q.Agreements[i], q.Agreements[j] = q.Agreements[j], q.Agreements[i] })
	r.Shuffle(len(q.Assessments), func(i, j int) { q.Assessments[i], q.Assessments[j] = q.Assessments[j], q.Assessments[i] })
	for k := range q.Investments {
		v, d := q.Investments[k].VisionIDs, q.Investments[k].DependsOnIDs
		r.Shuffle(len(v), func(i, j int) { v[i], v[j] = v[j], v[i] })
		r.Shuffle(len(d), func(i, j int) { d[i], d[j] = d[j], d[i] })
	}
	return q
}

// Shuffling the order of visions, investments, assessments and agreements
// changes nothing: not the JSON, not the text report.
func TestShufflingThePlanChangesNothing(t *testing.T) {
	ref := mustReference(t)
	r := rand.New(rand.NewSource(42))
	for i, p := range append(generated(t), sample.Large()) {
		a := Analyse(p, ref)
		want, _ := a.JSON()
		wantText := Report(a, model.NL)
		for round := 0; round < 5; round++ {
			b := Analyse(shuffle(p, r), ref)
			got, _ := b.JSON()
			if !bytes.Equal(got, want) {
				t.Fatalf("plan %d, shuffle %d: JSON differs:\n%s", i, round, firstDiff(want, got))
			}
			if Report(b, model.NL) != wantText {
				t.Fatalf("plan %d, shuffle %d: report differs", i, round)
			}
		}
	}
}

// Analyse leaves the plan as it found it.
func TestAnalyseDoesNotModifyThePlan(t *testing.T) {
	p := sample.Large()
	before, err := model.EncodeJSON(p)
	if err != nil {
		t.Fatal(err)
	}
	Analyse(p, mustReference(t))
	after, _ := model.EncodeJSON(p)
	if !bytes.Equal(before, after) {
		t.Error("Analyse modified the plan")
	}
}

// An invalid plan gives a result, not a panic: unknown enums, dangling
// links, months outside the period, no period at all.
func TestAnalyseSurvivesInvalidPlans(t *testing.T) {
	p := newPlan(2026, 2027)
	addVisions(p, "V1")
	addInvestments(t, p,
		inv{Code: "X1", Block: "onzin", Start: "2026-01", OneOff: 100, V: []string{"V9"}, After: []string{"X9"}},
		inv{Code: "I1", Block: "inhoud", Mat: "hologram", Start: "2031-01", End: "2020-01", OneOff: 100, Rec: 10, Dep: 3},
		inv{Code: "N1", Block: "infrastructuur", Cat: "apparaten", Start: "", OneOff: 100, After: []string{"N1"}},
	)
	p.Assessments = []model.Assessment{{ID: "a", Role: "kok", Scores: map[model.Block]model.Score{"visie": {Now: 9, Goal: -1}, "onzin": {Now: 3}}}}
	p.TeachingGoal = "anders"
	for _, q := range []*model.Plan{p, {}, {StartYear: 2030, EndYear: 2020}} {
		a := Analyse(q, mustReference(t))
		if _, err := a.JSON(); err != nil {
			t.Errorf("JSON of an invalid plan: %v", err)
		}
		_ = Report(a, model.EN)
	}
}
