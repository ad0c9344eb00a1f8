package planning

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"balansplan/model"
)

// Hand-worked plans. Each comment shows the arithmetic behind the expected
// values.

func TestAPlanWithoutAssessmentsHasUnknownLevels(t *testing.T) {
	p := newPlan(2026, 2027)
	addVisions(p, "V1")
	addInvestments(t, p,
		inv{Code: "D1", Block: "deskundigheid", Cat: "leraar", Start: "2026-01", OneOff: 1000, V: []string{"V1"}},
		inv{Code: "I1", Block: "inhoud", Cat: "leermateriaal", Mat: "instructie_oefenen", Start: "2026-03", OneOff: 1000, V: []string{"V1"}},
	)
	mustValid(t, p)
	a := Analyse(p, nil)
	if a.Levels.Participants != 0 {
		t.Errorf("participants = %d, want 0", a.Levels.Participants)
	}
	for _, bl := range a.Levels.Blocks {
		if bl.Now.Level().Known || bl.Goal.Level().Known || bl.Spread.Known || len(bl.ByRole) != 0 {
			t.Errorf("%s: want unknown levels and no roles, got %+v", bl.Block, bl)
		}
	}
	for _, l := range []Level{a.Levels.HumanNow, a.Levels.MaterialNow, a.Levels.HumanGoal, a.Levels.MaterialGoal, a.Levels.TiltNow} {
		if l.Known {
			t.Errorf("derived level known without assessments: %+v", l)
		}
	}
	// The only finding is the missing self-assessment: no gap, divergence
	// or tilt can be computed without scores.
	if got, want := findingCodes(a), []string{"no_assessments()"}; !reflect.DeepEqual(got, want) {
		t.Errorf("findings = %v, want %v", got, want)
	}
	data, _ := a.JSON()
	for _, want := range []string{`"human_now": null`, `"tilt_now": null`, `"spread": null`, `"by_role": {}`} {
		if !strings.Contains(string(data), want) {
			t.Errorf("JSON lacks %s", want)
		}
	}
}

func TestAllNullScoresAreSkippedLikeNoAssessment(t *testing.T) {
	p := newPlan(2026, 2027)
	addVisions(p, "V1")
	addInvestments(t, p, inv{Code: "D1", Block: "deskundigheid", Cat: "leraar", Start: "2026-01", OneOff: 1000, V: []string{"V1"}})
	addAssessments(t, p, as{"leraar", "-/- -/- -/- -/- -/-"}, as{"schoolleider", "-/- -/- -/- -/- -/-"})
	mustValid(t, p)
	a := Analyse(p, nil)
	if a.Levels.Participants != 2 {
		t.Errorf("participants = %d, want 2", a.Levels.Participants)
	}
	vis := a.Levels.Block(model.BlockVisie)
	if vis.Now.Level().Known || vis.Spread.Known {
		t.Errorf("visie level known from null scores: %+v", vis)
	}
	// Both roles took part, so they are listed, with no scores.
	if len(vis.ByRole) != 2 || vis.ByRole[0].Role != model.RoleLeraar || vis.ByRole[0].Now.Count != 0 {
		t.Errorf("by role = %+v, want leraar and schoolleider with no scores", vis.ByRole)
	}
	if got, want := findingCodes(a), []string{"no_assessments()"}; !reflect.DeepEqual(got, want) {
		t.Errorf("findings = %v, want %v", got, want)
	}
}

func TestSpreadAndRoleMeans(t *testing.T) {
	p := newPlan(2026, 2026)
	addAssessments(t, p,
		as{"leraar", "1/3 2/4 3/4 3/4 3/4"},
		as{"leraar", "4/5 2/- 3/4 3/4 3/4"},
		as{"ict_coordinator", "2/2 -/- 3/4 3/4 3/4"},
	)
	a := Analyse(p, nil)
	vis := a.Levels.Block(model.BlockVisie)
	// visie now 1, 4, 2: mean 7/3, spread 4-1 = 3; goal 3, 5, 2: 10/3.
	if vis.Now != (Mean{7, 3}) || vis.Goal != (Mean{10, 3}) || vis.Spread != known(3) {
		t.Errorf("visie = %+v", vis)
	}
	// per role: leraar now (1+4)/2, ict_coordinator 2; in model role order.
	if len(vis.ByRole) != 2 || vis.ByRole[0].Now != (Mean{5, 2}) || vis.ByRole[1].Role != model.RoleIctCoordinator || vis.ByRole[1].Now != (Mean{2, 1}) {
		t.Errorf("visie by role = %+v", vis.ByRole)
	}
	// deskundigheid now 2, 2, null: 4/2; goal 4, null, null: 4/1.
	if d := a.Levels.Block(model.BlockDeskundigheid); d.Goal != (Mean{4, 1}) || d.Now != (Mean{4, 2}) {
		t.Errorf("deskundigheid = %+v", d)
	}
}

func TestAPlanWithoutMaterialInvestmentsIsOnderwijsgedrevenWithVisions(t *testing.T) {
	p := newPlan(2026, 2027)
	addVisions(p, "V1")
	addInvestments(t, p,
		inv{Code: "VI1", Block: "visie", Start: "2026-01", OneOff: 500, V: []string{"V1"}},
		inv{Code: "D1", Block: "deskundigheid", Cat: "leraar", Start: "2026-02", OneOff: 2000, V: []string{"V1"}},
	)
	addAssessments(t, p, as{"leraar", "3/4 3/4 3/4 3/4 3/4"})
	mustValid(t, p)
	a := Analyse(p, nil)
	r := a.Route
	// Nothing material to trace: T and E have nothing to divide and are
	// unknown (n.v.t.), never 0 or 1; an unknown share counts as met.
	if r.MaterialInvestments != 0 || r.T().Known || r.E().Known || r.Verdict != Onderwijsgedreven {
		t.Errorf("route = %+v, want T and E unknown, onderwijsgedreven", r)
	}
	// No material type among the investments: the plan's goal decides.
	if a.Position.FromInvestments || a.Position.PlannedMaterial != model.MaterialInstructieOefenen || a.Position.Goal.Balance() != InBalans {
		t.Errorf("position = %+v", a.Position)
	}
	// Human share: 2500 / 2500 = 1.
	if a.Budget.HumanShare != known(1) {
		t.Errorf("human share = %v, want 1", a.Budget.HumanShare)
	}
	if len(a.Findings) != 0 {
		t.Errorf("findings = %v, want none", findingCodes(a))
	}
	// Without visions the route cannot be judged: visie_ontbreekt (it was
	// techniekgedreven in analysis/1, which said 'De techniek stuurt dit
	// plan' of a plan that has nothing but a vision trajectory and training).
	q := p.Clone()
	q.Visions = nil
	for i := range q.Investments {
		q.Investments[i].VisionIDs = nil
	}
	if v := Analyse(q, nil).Route.Verdict; v != VisieOntbreekt {
		t.Errorf("without visions the verdict is %s, want visie_ontbreekt", v)
	}
}

func TestCancelledInvestmentsCountNowhere(t *testing.T) {
	p := newPlan(2026, 2027)
	p.TeachingGoal, p.MaterialGoal = model.TeachingZelfstandig, model.MaterialAdaptief
	p.Ambition = model.AmbitionIngrijpend // changes the teaching: consistent
	p.Agreements = []model.Agreement{{ID: "ag-1", Kind: model.AgreementDidactisch, Coverage: model.CoverageDeels}}
	addVisions(p, "V1")
	addInvestments(t, p,
		inv{Code: "D1", Block: "deskundigheid", Cat: "leraar", Start: "2026-01", OneOff: 1000, V: []string{"V1"}},
		inv{Code: "I1", Block: "inhoud", Cat: "leermateriaal", Mat: "adaptief", Start: "2026-02", OneOff: 5000, V: []string{"V1"}},
		// Cancelled: each would change the budget, the planned material
		// (persoonlijke_leeromgeving 99000 would win), T, or raise a finding.
		inv{Code: "I2", Block: "inhoud", Cat: "leermateriaal", Mat: "persoonlijke_leeromgeving", Start: "2026-02", OneOff: 99000, Status: "geschrapt"},
		inv{Code: "N1", Block: "infrastructuur", Cat: "apparaten", Start: "2026-01", OneOff: 8000, Status: "geschrapt", V: []string{"V1"}},
		inv{Code: "D2", Block: "deskundigheid", Cat: "leraar", Start: "2026-01", Rec: 300, Status: "geschrapt"},
	)
	addAssessments(t, p, as{"leraar", "3/4 3/4 3/4 3/4 3/4"})
	mustValid(t, p)
	a := Analyse(p, nil)
	// Budget: D1 1000 + I1 5000 = 6000, all in 2026.
	if a.Budget.TotalCashOut != euros(6000) || year(t, a, 2026).CashOut != euros(6000) || year(t, a, 2027).CashOut != 0 {
		t.Errorf("budget = %+v, want 6000 in 2026 only", a.Budget)
	}
	// Position: only adaptief is present; goal zelfstandig x adaptief.
	if a.Position.Present != [3]bool{false, true, false} || a.Position.Goal.Balance() != InBalans {
		t.Errorf("position = %+v", a.Position)
	}
	// Route: one material investment, traced: T = 5000/5000, E = 1 (D1
	// 2026-01 before I1 2026-02).
	if a.Route.MaterialInvestments != 1 || a.Route.TracedShare != 1 || a.Route.ExpertiseFirstShare != 1 {
		t.Errorf("route = %+v", a.Route)
	}
	if got := a.Route.Matrix[0]; !reflect.DeepEqual(got.Codes(model.BlockInfrastructuur), []string(nil)) || !reflect.DeepEqual(got.Codes(model.BlockDeskundigheid), []string{"D1"}) {
		t.Errorf("matrix row = %+v", got)
	}
	if len(a.Findings) != 0 {
		t.Errorf("findings = %v, want none (cancelled I2, D2 unlinked and N1 without beheer do not count)", findingCodes(a))
	}
}

func TestOpenEndedRecurringCostsRunThroughTheEndYear(t *testing.T) {
	p := newPlan(2026, 2029)
	addVisions(p, "V1")
	addInvestments(t, p,
		// open end: 2027, 2028, 2029 at 1200
		inv{Code: "I1", Block: "inhoud", Cat: "leermateriaal", Start: "2027-05", Rec: 1200, V: []string{"V1"}},
		// end 2027-02: 2026 and 2027 at 500, a full year's amount each
		inv{Code: "D1", Block: "deskundigheid", Cat: "leraar", Start: "2026-03", End: "2027-02", Rec: 500, V: []string{"V1"}},
		// end 2028-01: 2026, 2027, 2028 at 100
		inv{Code: "I2", Block: "inhoud", Cat: "onderwijssoftware", Start: "2026-11", End: "2028-01", Rec: 100, V: []string{"V1"}},
	)
	mustValid(t, p)
	a := Analyse(p, nil)
	// 2026: 500 + 100 = 600; 2027: 1200 + 500 + 100 = 1800;
	// 2028: 1200 + 100 = 1300; 2029: 1200. Total 4900; the burden equals
	// the cash out (no one-off costs).
	want := map[int]float64{2026: 600, 2027: 1800, 2028: 1300, 2029: 1200}
	for y, w := range want {
		by := year(t, a, y)
		if by.CashOut != euros(w) || by.Burden != euros(w) {
			t.Errorf("%d: cash %s burden %s, want %v", y, by.CashOut, by.Burden, w)
		}
	}
	if a.Budget.TotalCashOut != euros(4900) {
		t.Errorf("total = %s, want 4900", a.Budget.TotalCashOut)
	}
	// inhoud 3600 + 300 = 3900, deskundigheid 1000: human share 1000/4900.
	if a.Budget.CashByBlock.Of(model.BlockInhoud) != euros(3900) || !near(a.Budget.HumanShare.Value, 1000.0/4900) {
		t.Errorf("by block %v, human share %v", a.Budget.CashByBlock, a.Budget.HumanShare)
	}
}

func TestAOneYearPlanCarriesOnlyItsShareOfDepreciation(t *testing.T) {
	p := newPlan(2026, 2026)
	p.School.Pupils = 3
	addVisions(p, "V1")
	addInvestments(t, p,
		inv{Code: "D1", Block: "deskundigheid", Cat: "leraar", Start: "2026-01", OneOff: 1000, V: []string{"V1"}},
		inv{Code: "N1", Block: "infrastructuur", Cat: "netwerk", Start: "2026-05", OneOff: 1000, Dep: 3, V: []string{"V1"}},
	)
	mustValid(t, p)
	a := Analyse(p, nil)
	by := year(t, a, 2026)
	// Cash: 1000 + 1000 = 2000. Burden: D1 expensed 1000 + N1 1000/3 =
	// 333.33 rounded down, plus the one leftover cent in the first year =
	// 333.34: 1333.34. The other two years (333.33 each) fall after the
	// plan: 666.66.
	if by.CashOut != euros(2000) || by.Burden != euros(1333.34) {
		t.Errorf("2026 cash %s burden %s, want 2000 and 1333.34", by.CashOut, by.Burden)
	}
	if a.Budget.DepreciationAfterPlan != euros(666.66) {
		t.Errorf("after plan = %s, want 666.66", a.Budget.DepreciationAfterPlan)
	}
	// Per pupil: 2000 / 3 = 666.666... -> 666.67.
	if a.Budget.PerPupil != euros(666.67) {
		t.Errorf("per pupil = %s, want 666.67", a.Budget.PerPupil)
	}
	if len(a.Budget.Years) != 1 || a.Budget.HumanShare != known(0.5) {
		t.Errorf("years %d, human share %v; want 1 year, 0.5", len(a.Budget.Years), a.Budget.HumanShare)
	}
}

func TestDepreciationSharesAddUpToTheCent(t *testing.T) {
	// 100.00 over 3 years: 33.34 + 33.33 + 33.33; 0.02 over 3: 0.01, 0.01, 0.
	for _, c := range []struct {
		amount model.Money
		n      int
		want   []model.Money
	}{
		{10000, 3, []model.Money{3334, 3333, 3333}},
		{2, 3, []model.Money{1, 1, 0}},
		{2100000, 4, []model.Money{525000, 525000, 525000, 525000}},
	} {
		var sum model.Money
		for k := 0; k < c.n; k++ {
			got := depreciation(c.amount, c.n, k)
			if got != c.want[k] {
				t.Errorf("depreciation(%d, %d, %d) = %d, want %d", c.amount, c.n, k, got, c.want[k])
			}
			sum += got
		}
		if sum != c.amount {
			t.Errorf("shares of %d add up to %d", c.amount, sum)
		}
	}
}

func TestPerPupilRoundsHalfACentUp(t *testing.T) {
	for _, c := range []struct {
		m    model.Money
		n    int64
		want model.Money
	}{
		{5, 2, 3},             // 2.5 cents -> 3
		{7, 2, 4},             // 3.5 -> 4
		{9010000, 240, 37542}, // 37541.67 -> 37542
		{10, 4, 3},            // 2.5 -> 3
		{9, 4, 2},             // 2.25 -> 2
	} {
		if got := c.m.DivRound(c.n); got != c.want {
			t.Errorf("%d.DivRound(%d) = %d, want %d", c.m, c.n, got, c.want)
		}
	}
	p := newPlan(2026, 2026)
	p.School.Pupils = 0
	if a := Analyse(p, nil); a.Budget.HasPerPupil {
		t.Errorf("per pupil known without pupils")
	}
}

func TestMissingTeachingOrMaterialGoals(t *testing.T) {
	base := func() *model.Plan {
		p := newPlan(2026, 2027)
		addVisions(p, "V1")
		addInvestments(t, p, inv{Code: "D1", Block: "deskundigheid", Cat: "leraar", Start: "2026-01", OneOff: 100, V: []string{"V1"}})
		addAssessments(t, p, as{"leraar", "3/4 3/4 3/4 3/4 3/4"})
		return p
	}
	t.Run("no teaching goal makes the goal unknown", func(t *testing.T) {
		p := base()
		p.TeachingGoal = ""
		a := Analyse(p, nil)
		if a.Position.Goal.Balance() != Onbekend || a.Position.Now.Balance() != InBalans {
			t.Errorf("position = %s -> %s", a.Position.Now.Balance(), a.Position.Goal.Balance())
		}
		if got, want := findingCodes(a), []string{"position_unknown()"}; !reflect.DeepEqual(got, want) {
			t.Errorf("findings = %v, want %v", got, want)
		}
	})
	t.Run("no material goal and no typed investments makes the goal unknown", func(t *testing.T) {
		p := base()
		p.MaterialGoal = ""
		a := Analyse(p, nil)
		if a.Position.Goal.Balance() != Onbekend || a.Position.PlannedMaterial != "" {
			t.Errorf("goal = %+v", a.Position.Goal)
		}
		if !hasFinding(a, PositionUnknown) {
			t.Errorf("no position_unknown finding")
		}
	})
	t.Run("no material goal but typed investments decide", func(t *testing.T) {
		p := base()
		p.MaterialGoal = ""
		p.TeachingNow, p.MaterialNow = model.TeachingZelfstandig, model.MaterialAdaptief // behouden: the teaching stays
		p.TeachingGoal = model.TeachingZelfstandig
		addInvestments(t, p, inv{Code: "I1", Block: "inhoud", Cat: "leermateriaal", Mat: "adaptief", Start: "2026-02", OneOff: 100, V: []string{"V1"}})
		a := Analyse(p, nil)
		if !a.Position.FromInvestments || a.Position.Goal.Balance() != InBalans {
			t.Errorf("position = %+v", a.Position)
		}
		if len(a.Findings) != 0 {
			t.Errorf("findings = %v, want none", findingCodes(a))
		}
	})
	t.Run("no current teaching makes now unknown", func(t *testing.T) {
		p := base()
		p.TeachingNow = ""
		a := Analyse(p, nil)
		if a.Position.Now.Balance() != Onbekend || !hasFinding(a, PositionUnknown) {
			t.Errorf("now = %s, findings %v", a.Position.Now.Balance(), findingCodes(a))
		}
	})
}

func TestADependencyCycleIsRejectedByValidateAndDoesNotHangAnalyse(t *testing.T) {
	p := newPlan(2026, 2026)
	addVisions(p, "V1")
	addInvestments(t, p,
		inv{Code: "D1", Block: "deskundigheid", Cat: "leraar", Start: "2026-03", End: "2026-06", V: []string{"V1"}, After: []string{"D2"}},
		inv{Code: "D2", Block: "deskundigheid", Cat: "leraar", Start: "2026-05", End: "2026-09", V: []string{"V1"}, After: []string{"D3"}},
		inv{Code: "D3", Block: "deskundigheid", Cat: "leraar", Start: "2026-01", End: "2026-02", V: []string{"V1"}, After: []string{"D1"}},
	)
	if ps := p.Validate(); !ps.Has("cycle", "depends_on") {
		t.Fatalf("Validate does not report the cycle D1 -> D2 -> D3 -> D1: %v", ps)
	}
	done := make(chan *Analysis, 1)
	go func() { done <- Analyse(p, nil) }()
	select {
	case a := <-done:
		// Each edge is checked on its own: D1 (2026-03) starts before D2
		// ends (2026-09); D2 (2026-05) starts after D3 ends (2026-02); D3
		// (2026-01) starts before D1 ends (2026-06).
		var deps []string
		for _, f := range a.Findings {
			if f.Code == DependencyOrder {
				deps = append(deps, strings.Join(f.Subject, ">"))
			}
		}
		if want := []string{"D1>D2", "D3>D1"}; !reflect.DeepEqual(deps, want) {
			t.Errorf("dependency_order subjects = %v, want %v", deps, want)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Analyse did not return on a plan with a dependency cycle")
	}
}

// The tie rule: equal weights go to the type closest to plan.material.goal,
// then to the lower index (the simpler type).
func TestEqualMaterialWeightsFollowTheTieRule(t *testing.T) {
	tied := func(goal model.Material, zeroCost bool) *Analysis {
		p := newPlan(2026, 2026)
		p.MaterialGoal = goal
		addVisions(p, "V1")
		cost := int64(3000)
		if zeroCost {
			cost = 0
		}
		addInvestments(t, p,
			inv{Code: "I1", Block: "inhoud", Cat: "leermateriaal", Mat: "instructie_oefenen", Start: "2026-02", OneOff: cost, V: []string{"V1"}},
			inv{Code: "I2", Block: "inhoud", Cat: "leermateriaal", Mat: "persoonlijke_leeromgeving", Start: "2026-02", OneOff: cost, V: []string{"V1"}},
		)
		return Analyse(p, nil)
	}
	for _, c := range []struct {
		name     string
		goal     model.Material
		zeroCost bool
		want     model.Material
	}{
		// 3000 against 3000; adaptief (1) is one step from both: lower index.
		{"goal between the two: lower index", model.MaterialAdaptief, false, model.MaterialInstructieOefenen},
		{"goal equals the higher type", model.MaterialPersoonlijkeLeeromgeving, false, model.MaterialPersoonlijkeLeeromgeving},
		{"goal equals the lower type", model.MaterialInstructieOefenen, false, model.MaterialInstructieOefenen},
		{"no goal: lower index", "", false, model.MaterialInstructieOefenen},
		{"zero-cost types still tie", model.MaterialPersoonlijkeLeeromgeving, true, model.MaterialPersoonlijkeLeeromgeving},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := tied(c.goal, c.zeroCost)
			if a.Position.PlannedMaterial != c.want || !a.Position.FromInvestments {
				t.Errorf("planned %s, want %s", a.Position.PlannedMaterial, c.want)
			}
		})
	}
	// One cent more decides without the tie rule.
	w := [3]model.Money{300000, 0, 300001}
	if m, _ := plannedMaterial(w, [3]bool{true, false, true}, model.MaterialInstructieOefenen); m != model.MaterialPersoonlijkeLeeromgeving {
		t.Errorf("a cent more lost: %s", m)
	}
}

// The thresholds of the route, exactly at and just past each boundary.
func TestRouteVerdictBoundaries(t *testing.T) {
	plan := func(linked, unlinked int64, expertiseFirst bool) *model.Plan {
		p := newPlan(2026, 2026)
		addVisions(p, "V1")
		dStart := "2026-01"
		if !expertiseFirst {
			dStart = "2026-12"
		}
		addInvestments(t, p,
			inv{Code: "D1", Block: "deskundigheid", Cat: "leraar", Start: dStart, V: []string{"V1"}},
			inv{Code: "I1", Block: "inhoud", Cat: "leermateriaal", Start: "2026-06", OneOff: linked, V: []string{"V1"}},
		)
		if unlinked > 0 {
			addInvestments(t, p, inv{Code: "I2", Block: "inhoud", Cat: "leermateriaal", Start: "2026-06", OneOff: unlinked})
		}
		return p
	}
	for _, c := range []struct {
		name             string
		linked, unlinked int64
		first            bool
		wantT            float64
		want             Verdict
	}{
		{"T exactly 0.8", 8000, 2000, true, 0.8, Onderwijsgedreven},
		{"T just under 0.8", 7999, 2001, true, 0.7999, Gemengd},
		{"T exactly 0.5", 5000, 5000, true, 0.5, Gemengd},
		{"T just under 0.5", 4999, 5001, true, 0.4999, Techniekgedreven},
		{"E zero", 8000, 0, false, 1, Techniekgedreven},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := Analyse(plan(c.linked, c.unlinked, c.first), nil).Route
			if !near(r.TracedShare, c.wantT) || r.Verdict != c.want {
				t.Errorf("T = %v %s, want %v %s", r.TracedShare, r.Verdict, c.wantT, c.want)
			}
		})
	}
	// Material investments that cost nothing are traced by number: one of
	// two linked is T = 0.5.
	p := plan(0, 0, true)
	addInvestments(t, p, inv{Code: "I2", Block: "inhoud", Cat: "leermateriaal", Start: "2026-06"})
	r := Analyse(p, nil).Route
	if r.TracedShare != 0.5 || r.MaterialCost != 0 {
		t.Errorf("zero-cost T = %v, want 0.5 by number", r.TracedShare)
	}
	// E counts traced investments: two traced, one preceded by expertise.
	p = plan(1000, 0, true)
	addInvestments(t, p, inv{Code: "N1", Block: "infrastructuur", Cat: "netwerk", Start: "2026-01", End: "2026-01", OneOff: 1000, V: []string{"V1"}})
	p.Investments[0].Start = month(t, "2026-02")
	r = Analyse(p, nil).Route
	// D1 2026-02: I1 2026-06 ok, N1 2026-01 not: E = 1/2 -> gemengd.
	if r.ExpertiseFirst != 1 || r.ExpertiseFirstShare != 0.5 || r.Verdict != Gemengd {
		t.Errorf("E = %d/%d %s, want 1/2 gemengd", r.ExpertiseFirst, r.TracedInvestments, r.Verdict)
	}
}

func TestTraceMatrixListsEveryVisionAndBlock(t *testing.T) {
	p := newPlan(2026, 2026)
	addVisions(p, "V10", "V2", "V1")
	addInvestments(t, p,
		inv{Code: "N10", Block: "infrastructuur", Cat: "netwerk", Start: "2026-01", V: []string{"V2", "V1"}},
		inv{Code: "N9", Block: "infrastructuur", Cat: "netwerk", Start: "2026-01", V: []string{"V2"}},
		inv{Code: "L1", Block: "leiderschap", Start: "2026-01", V: []string{"V10"}},
	)
	m := Analyse(p, nil).Route.Matrix
	var order []string
	for _, row := range m {
		order = append(order, row.Vision)
	}
	if want := []string{"V1", "V2", "V10"}; !reflect.DeepEqual(order, want) {
		t.Errorf("rows %v, want %v (codes as people read them)", order, want)
	}
	if got := m[1].Codes(model.BlockInfrastructuur); !reflect.DeepEqual(got, []string{"N9", "N10"}) {
		t.Errorf("V2 infrastructuur = %v, want N9 N10", got)
	}
	if got := m[2].Codes(model.BlockLeiderschap); !reflect.DeepEqual(got, []string{"L1"}) {
		t.Errorf("V10 leiderschap = %v", got)
	}
}
