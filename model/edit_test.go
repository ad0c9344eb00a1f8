package model_test

import (
	"fmt"
	"reflect"
	"slices"
	"testing"

	"balansplan/model"
	"balansplan/model/testplan"
)

// linkedPlan is a small plan with every kind of link, by hand: A serves V1
// and V2, B serves V2 and depends on A, C depends on A and B; two votes.
func linkedPlan() *model.Plan {
	return &model.Plan{
		Visions: []model.Vision{{ID: "v1", Code: "V1"}, {ID: "v2", Code: "V2"}},
		Investments: []model.Investment{
			{ID: "a", Code: "A", VisionIDs: []string{"v1", "v2"}},
			{ID: "b", Code: "B", VisionIDs: []string{"v2"}, DependsOnIDs: []string{"a"}},
			{ID: "c", Code: "C", DependsOnIDs: []string{"a", "b"}},
		},
		Votes: []model.Vote{
			{ID: "w1", Points: []model.VotePoints{{InvestmentID: "a", Points: 2}, {InvestmentID: "b", Points: 1}}},
			{ID: "w2", Points: []model.VotePoints{{InvestmentID: "a", Points: 3}}},
		},
	}
}

// links writes every link of the plan in one line, to compare with what
// was worked out by hand.
func links(p *model.Plan) string {
	s := ""
	for _, v := range p.Visions {
		s += v.Code + " "
	}
	for _, inv := range p.Investments {
		s += fmt.Sprintf("%s%v%v ", inv.Code, inv.VisionIDs, inv.DependsOnIDs)
	}
	for _, v := range p.Votes {
		s += v.ID + ":"
		for _, vp := range v.Points {
			s += fmt.Sprintf("%s=%d,", vp.InvestmentID, vp.Points)
		}
		s += " "
	}
	return s
}

func TestRemovingAnEntityRemovesEveryLinkToIt(t *testing.T) {
	cases := []struct {
		name   string
		remove func(p *model.Plan) bool
		found  bool
		want   string
	}{
		{"vision V2", func(p *model.Plan) bool { return p.RemoveVision("v2") }, true,
			"V1 A[v1][] B[][a] C[][a b] w1:a=2,b=1, w2:a=3, "},
		{"vision V1", func(p *model.Plan) bool { return p.RemoveVision("v1") }, true,
			"V2 A[v2][] B[v2][a] C[][a b] w1:a=2,b=1, w2:a=3, "},
		{"a vision that is not there", func(p *model.Plan) bool { return p.RemoveVision("a") }, false,
			"V1 V2 A[v1 v2][] B[v2][a] C[][a b] w1:a=2,b=1, w2:a=3, "},
		// A: gone from B's and C's dependencies and from both votes; w2
		// keeps its participant with no points.
		{"investment A", func(p *model.Plan) bool { return p.RemoveInvestment("a") }, true,
			"V1 V2 B[v2][] C[][b] w1:b=1, w2: "},
		{"investment B", func(p *model.Plan) bool { return p.RemoveInvestment("b") }, true,
			"V1 V2 A[v1 v2][] C[][a] w1:a=2, w2:a=3, "},
		{"investment C, on which nothing depends", func(p *model.Plan) bool { return p.RemoveInvestment("c") }, true,
			"V1 V2 A[v1 v2][] B[v2][a] w1:a=2,b=1, w2:a=3, "},
		{"an investment that is not there", func(p *model.Plan) bool { return p.RemoveInvestment("v1") }, false,
			"V1 V2 A[v1 v2][] B[v2][a] C[][a b] w1:a=2,b=1, w2:a=3, "},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := linkedPlan()
			// The edit works on a shallow copy, as an undo stack would
			// hold: the original must not change through shared slices.
			before := linkedPlan()
			q := *p
			if got := c.remove(&q); got != c.found {
				t.Errorf("reported %v, want %v", got, c.found)
			}
			if got := links(&q); got != c.want {
				t.Errorf("links\n got %s\nwant %s", got, c.want)
			}
			if !reflect.DeepEqual(p, before) {
				t.Errorf("the original plan changed:\n%s", links(p))
			}
		})
	}
}

// The store's test helper removeInvestment (model/store/commit_test.go)
// leaves the vote points of a deleted investment behind; such a plan does
// not validate. With the rule in model it does.
func TestAPlanStaysValidAfterEveryDeletion(t *testing.T) {
	base := testplan.Regenboog(t)
	base.VoteBudget = 5
	base.Votes = []model.Vote{{ID: model.NewID(), Participant: "p1", Points: []model.VotePoints{
		{InvestmentID: base.Investments[6].ID, Points: 3}, // N1, on which I1 and N2 depend
		{InvestmentID: base.Investments[1].ID, Points: 2},
	}}}
	if ps := base.Validate(); ps != nil {
		t.Fatal(ps.Messages(model.EN))
	}
	for _, inv := range base.Investments {
		p := base.Clone()
		if !p.RemoveInvestment(inv.ID) {
			t.Fatalf("%s not found", inv.Code)
		}
		if ps := p.Validate(); ps != nil {
			t.Errorf("without %s: %v", inv.Code, ps.Messages(model.EN))
		}
		if len(p.Investments) != len(base.Investments)-1 {
			t.Errorf("without %s: %d investments", inv.Code, len(p.Investments))
		}
	}
	for _, v := range base.Visions {
		p := base.Clone()
		if !p.RemoveVision(v.ID) {
			t.Fatalf("%s not found", v.Code)
		}
		if ps := p.Validate(); ps != nil {
			t.Errorf("without %s: %v", v.Code, ps.Messages(model.EN))
		}
	}
}

func TestMovingAnInvestmentRenumbersItsCodeInTheNewSeries(t *testing.T) {
	cases := []struct {
		name     string
		code     string // the investment moved
		setCode  string // its code first set to this, when not ""
		to       model.Block
		wantCode string
		wantCat  model.Category
		wantMat  model.Material
	}{
		// Worked out from regenboog.json: I1, I2 exist, so the next I is
		// I3; D1-D3 give D4; N1-N3 give N4; L1 gives L2; VI1 gives VI2.
		{"D3 to inhoud", "D3", "", model.BlockInhoud, "I3", "", ""},
		{"I1 to deskundigheid", "I1", "", model.BlockDeskundigheid, "D4", "", ""},
		{"N2 to inhoud keeps its material type", "N2", "", model.BlockInhoud, "I3", "", model.MaterialAdaptief},
		{"I2 to infrastructuur", "I2", "", model.BlockInfrastructuur, "N4", "", model.MaterialInstructieOefenen},
		{"VI1 to leiderschap", "VI1", "", model.BlockLeiderschap, "L2", "", ""},
		{"L1 to visie", "L1", "", model.BlockVisie, "VI2", "", ""},
		{"a code the user chose stays", "D1", "SCHOLING", model.BlockInhoud, "SCHOLING", "", ""},
		{"a bare prefix stays", "D1", "D", model.BlockInhoud, "D", "", ""},
		{"a code of another series stays", "D1", "N9", model.BlockInhoud, "N9", "", ""},
		{"the same block changes nothing", "D1", "", model.BlockDeskundigheid, "D1", model.CategoryLeraar, ""},
		{"an unknown block leaves the code", "D1", "", "quantum", "D1", "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := testplan.Regenboog(t)
			i := slices.IndexFunc(p.Investments, func(x model.Investment) bool { return x.Code == c.code })
			if c.setCode != "" {
				p.Investments[i].Code = c.setCode
			}
			id := p.Investments[i].ID
			before := p.Clone()
			q := *p
			q.MoveInvestment(id, c.to)
			inv, _ := q.Investment(id)
			if inv.Block != c.to || inv.Code != c.wantCode || inv.Category != c.wantCat || inv.MaterialType != c.wantMat {
				t.Errorf("got %s %s %q %q, want %s %s %q %q", inv.Block, inv.Code, inv.Category, inv.MaterialType,
					c.to, c.wantCode, c.wantCat, c.wantMat)
			}
			if !reflect.DeepEqual(p, before) {
				t.Error("the original plan changed")
			}
			if c.to.Valid() {
				if ps := q.Validate(); ps != nil {
					t.Errorf("the moved plan does not validate: %v", ps.Messages(model.EN))
				}
			}
		})
	}
	p := testplan.Regenboog(t)
	before := p.Clone()
	p.MoveInvestment("no-such-id", model.BlockInhoud)
	if !reflect.DeepEqual(p, before) {
		t.Error("moving an unknown id changed the plan")
	}
}

func TestSettingThePeriodDropsTheCeilingsOutsideIt(t *testing.T) {
	// regenboog.json has ceilings for 2026 (45000) and 2027-2029 (30000).
	cases := []struct {
		start, end int
		want       []int // the years that keep a ceiling
	}{
		{2026, 2029, []int{2026, 2027, 2028, 2029}},
		{2027, 2030, []int{2027, 2028, 2029}},
		{2025, 2026, []int{2026}},
		{2028, 2028, []int{2028}},
		{2030, 2032, []int{}},
		// Not a valid period: nothing is dropped (yet).
		{2026, 2020, []int{2026, 2027, 2028, 2029}},
		{2026, 0, []int{2026, 2027, 2028, 2029}},
		{0, 2029, []int{2026, 2027, 2028, 2029}},
		{2020, 2035, []int{2026, 2027, 2028, 2029}},
		{20, 22, []int{2026, 2027, 2028, 2029}},
	}
	for _, c := range cases {
		t.Run(fmt.Sprintf("%d-%d", c.start, c.end), func(t *testing.T) {
			p := testplan.Regenboog(t)
			before := p.Clone()
			q := *p
			q.SetPeriod(c.start, c.end)
			if q.StartYear != c.start || q.EndYear != c.end {
				t.Errorf("period %d-%d", q.StartYear, q.EndYear)
			}
			var got []int
			for y := range q.BudgetCeiling {
				got = append(got, y)
			}
			slices.Sort(got)
			if !slices.Equal(got, c.want) && !(len(got) == 0 && len(c.want) == 0) {
				t.Errorf("ceilings for %v, want %v", got, c.want)
			}
			if len(c.want) > 0 && c.want[0] == 2026 && q.BudgetCeiling[2026] != model.Euros(45000) {
				t.Errorf("2026 ceiling = %s", q.BudgetCeiling[2026])
			}
			if !reflect.DeepEqual(p, before) {
				t.Error("the original plan changed through the shared map")
			}
		})
	}
	// The drop waits for a valid period: typing 2031 over 2029 as "2",
	// "20", "203", "2031" keeps 2027-2029 and drops 2026 only when the
	// start moves.
	p := testplan.Regenboog(t)
	for _, end := range []int{2, 20, 203, 2031} {
		p.SetPeriod(p.StartYear, end)
	}
	p.SetPeriod(2027, p.EndYear)
	if len(p.BudgetCeiling) != 3 || p.BudgetCeiling[2026] != 0 {
		t.Errorf("after typing: %v", p.BudgetCeiling)
	}
}
