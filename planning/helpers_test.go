package planning

import (
	"math"
	"strings"
	"testing"

	"balansplan/model"
	"balansplan/model/testplan"
)

// loadRegenboog is the worked example of the plan contract.
func loadRegenboog(tb testing.TB) *model.Plan { return testplan.Regenboog(tb) }

// inv describes an investment for a hand-built test plan. Amounts are whole
// euros; months are "YYYY-MM"; V and After hold codes.
type inv struct {
	Code, Block, Cat, Mat, Start, End, Status string
	OneOff, Rec                               int64
	Dep                                       int
	V, After                                  []string
	Pilot                                     bool
}

// scores are the five blocks' now/goal in model order, written compactly:
// "2/4 2/4 3/4 4/4 -/-" ("-" is weet niet).
type as struct {
	Role   string
	Scores string
}

// newPlan makes a small valid plan over the given years with nothing that
// triggers a finding: ambition behouden, position in balance now and goal,
// no ceilings, 100 pupils.
func newPlan(start, end int) *model.Plan {
	return &model.Plan{
		ID:     "plan",
		School: model.School{Name: "Testschool", Sector: model.SectorPO, Pupils: 100},
		Title:  "Testplan", StartYear: start, EndYear: end, Status: model.StatusConcept,
		Ambition:    model.AmbitionBehouden,
		TeachingNow: model.TeachingLeraargestuurd, TeachingGoal: model.TeachingLeraargestuurd,
		MaterialNow: model.MaterialInstructieOefenen, MaterialGoal: model.MaterialInstructieOefenen,
	}
}

func addVisions(p *model.Plan, codes ...string) {
	for _, c := range codes {
		p.Visions = append(p.Visions, model.Vision{ID: "v-" + c, Code: c, Title: "Visie " + c})
	}
}

func month(tb testing.TB, s string) model.Month {
	tb.Helper()
	m, err := model.ParseMonth(s)
	if err != nil {
		tb.Fatal(err)
	}
	return m
}

func addInvestments(tb testing.TB, p *model.Plan, is ...inv) {
	tb.Helper()
	for _, i := range is {
		status := model.InvestmentStatus(i.Status)
		if status == "" {
			status = model.InvGepland
		}
		x := model.Investment{
			ID: "i-" + i.Code, Code: i.Code, Title: "Investering " + i.Code,
			Block: model.Block(i.Block), Category: model.Category(i.Cat), MaterialType: model.Material(i.Mat),
			Start: month(tb, i.Start), End: month(tb, i.End), Status: status,
			Cost:  model.Cost{OneOff: model.Euros(i.OneOff), Recurring: model.Euros(i.Rec), DepreciationYears: i.Dep},
			Pilot: i.Pilot,
		}
		for _, v := range i.V {
			x.VisionIDs = append(x.VisionIDs, "v-"+v)
		}
		for _, d := range i.After {
			x.DependsOnIDs = append(x.DependsOnIDs, "i-"+d)
		}
		p.Investments = append(p.Investments, x)
	}
}

func addAssessments(tb testing.TB, p *model.Plan, list ...as) {
	tb.Helper()
	for n, a := range list {
		fields := strings.Fields(a.Scores)
		if len(fields) != 5 {
			tb.Fatalf("assessment %q: want five blocks", a.Scores)
		}
		x := model.Assessment{ID: "a-" + string(rune('a'+len(p.Assessments))), Participant: "p" + string(rune('1'+n)),
			Role: model.Role(a.Role), Scores: map[model.Block]model.Score{}}
		for bi, f := range fields {
			now, goal, _ := strings.Cut(f, "/")
			x.Scores[model.Blocks()[bi]] = model.Score{Now: rating(now), Goal: rating(goal)}
		}
		p.Assessments = append(p.Assessments, x)
	}
}

func rating(s string) model.Rating {
	if s == "-" || s == "" {
		return model.NoRating
	}
	return model.Rating(s[0] - '0')
}

func mustValid(tb testing.TB, p *model.Plan) {
	tb.Helper()
	if ps := p.Validate(); len(ps) > 0 {
		tb.Fatalf("test plan is not valid: %v", ps)
	}
}

// near compares floats computed from ratios.
func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func findingCodes(a *Analysis) []string {
	var out []string
	for _, f := range a.Findings {
		out = append(out, string(f.Code)+"("+strings.Join(f.Subject, ",")+")")
	}
	return out
}

func hasFinding(a *Analysis, c Code) bool {
	for _, f := range a.Findings {
		if f.Code == c {
			return true
		}
	}
	return false
}

func finding(a *Analysis, c Code) (Finding, bool) {
	for _, f := range a.Findings {
		if f.Code == c {
			return f, true
		}
	}
	return Finding{}, false
}

func euros(e float64) model.Money { return model.Money(math.Round(e * 100)) }

func year(tb testing.TB, a *Analysis, y int) BudgetYear {
	tb.Helper()
	by, ok := a.Budget.Year(y)
	if !ok {
		tb.Fatalf("no budget year %d", y)
	}
	return by
}
