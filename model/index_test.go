package model

import "testing"

func TestInvestmentIndexAgreesWithPlanInvestment(t *testing.T) {
	p := &Plan{Investments: []Investment{
		{ID: "a", Code: "V1"}, {ID: "b", Code: "D1"}, {ID: "a", Code: "D2"}, {ID: "", Code: "I1"},
	}}
	x := p.IndexInvestments()
	for _, id := range []string{"a", "b", "", "c"} {
		want, wantOK := p.Investment(id)
		got, ok := x.Investment(id)
		if got != want || ok != wantOK {
			t.Errorf("Investment(%q) = %v, %v; Plan.Investment gives %v, %v", id, got, ok, want, wantOK)
		}
	}
	// The first of two with one ID, as Plan.Investment: the element itself.
	if got, _ := x.Investment("a"); got != &p.Investments[0] {
		t.Errorf("Investment(a) is not &p.Investments[0]")
	}
}
