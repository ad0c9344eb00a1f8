package workshop

import (
	"slices"
	"testing"

	"balansplan/model"
)

// Issue 9: which investments a round votes on is a rule of the domain,
// not of the screen. Every status, and code order with a number of two
// digits (N2 before N10) and two investments with one code (plan order).
func TestCandidatesAreNeitherCancelledNorFinishedInCodeOrder(t *testing.T) {
	inv := func(id, code string, st model.InvestmentStatus) model.Investment {
		return model.Investment{ID: id, Code: code, Status: st, VisionIDs: []string{"v-" + id}}
	}
	p := &model.Plan{Investments: []model.Investment{
		inv("a", "N10", model.InvGepland),
		inv("b", "N2", model.InvLopend),
		inv("c", "D1", model.InvAfgerond),
		inv("d", "D2", model.InvUitgesteld),
		inv("e", "I1", model.InvGeschrapt),
		inv("f", "VI1", ""), // no status yet: planned
		inv("g", "D2", model.InvGepland),
		inv("h", "B1", model.InvAfgerond),
	}}
	for _, c := range []struct {
		status model.InvestmentStatus
		want   bool
	}{
		{model.InvGepland, true}, {model.InvLopend, true}, {model.InvUitgesteld, true}, {"", true},
		{model.InvAfgerond, false}, {model.InvGeschrapt, false},
	} {
		if got := IsCandidate(&model.Investment{Status: c.status}); got != c.want {
			t.Errorf("status %q: candidate %v, want %v", c.status, got, c.want)
		}
	}
	var got []string
	cs := Candidates(p)
	for _, c := range cs {
		got = append(got, c.Code+" "+c.ID)
	}
	want := []string{"D2 d", "D2 g", "N2 b", "N10 a", "VI1 f"}
	if !slices.Equal(got, want) {
		t.Errorf("candidates %q, want %q", got, want)
	}
	// The candidates are copies: the plan stays as it is.
	cs[0].Title = "changed"
	cs[0].VisionIDs[0] = "changed"
	if d := p.Investments[3]; d.Title != "" || d.VisionIDs[0] != "v-d" {
		t.Errorf("changing a candidate changed the plan: %+v", d)
	}
	if c := Candidates(&model.Plan{}); len(c) != 0 {
		t.Errorf("no investments: %v", c)
	}
}
