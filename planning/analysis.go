package planning

import (
	"balansplan/model"
)

// Format is the name and version of the analysis JSON.
const Format = "balansplan-analysis/2"

// Analysis is everything the planning engine says about one plan. It is a
// plain value: it holds no reference to the plan it came from, so the GUI
// and the PDF may keep it while the user edits the plan.
type Analysis struct {
	Summary   Summary
	Levels    Levels
	Position  Position
	Route     Route
	Budget    Budget
	Findings  []Finding
	Benchmark Benchmark
	// Team is the team profile (§4.4a): the participants per group of ict
	// use, over those who recorded their applications.
	Team TeamProfile
}

// Summary names the plan the analysis is about.
type Summary struct {
	School    string
	Sector    model.Sector
	Pupils    int
	Title     string
	StartYear int
	EndYear   int
	Ambition  model.Ambition
}

// Analyse computes the analysis of a plan. ref holds the national figures
// for the benchmark; nil leaves the benchmark empty.
//
// Analyse never fails and never modifies the plan. It is meant for a plan
// that passes model.Validate, but an invalid plan gives a best-effort
// result rather than a panic or a hang: unknown enum values, links to
// missing entities and months outside the plan period are left out, and
// dependency cycles are harmless because no rule follows dependencies
// further than one step.
//
// The result depends on the content of the plan only, not on the order of
// its visions, investments, agreements or assessments.
//
// A plan with self-assessment rounds in several years (issue 15) is
// analysed on its latest round: the team's view now, not a mean of what
// it thought over the years. Analyse(AtYear(p, y), ref) is the analysis of
// an earlier year. A plan with one round (every plan of analysis/2) is
// analysed as it is.
func Analyse(p *model.Plan, ref *Reference) *Analysis {
	if ys := p.RoundYears(); len(ys) > 1 {
		p = AtYear(p, ys[len(ys)-1])
	}
	x := index(p)
	a := &Analysis{
		Summary: Summary{
			School:    p.School.Name,
			Sector:    p.School.Sector,
			Pupils:    p.School.Pupils,
			Title:     p.Title,
			StartYear: p.StartYear,
			EndYear:   p.EndYear,
			Ambition:  p.Ambition,
		},
	}
	a.Levels = levelsOf(p)
	a.Budget = budgetOf(p)
	a.Position = positionOf(p, x)
	a.Route = routeOf(p, x)
	a.Benchmark = benchmarkOf(p, ref)
	a.Team = teamProfileOf(p)
	a.Findings = findingsOf(p, x, a)
	return a
}

// planIndex holds lookups and per-investment figures that several parts of
// the analysis share, computed once.
type planIndex struct {
	visionCode map[string]string // vision ID -> code
	invByID    map[string]int    // investment ID -> index in p.Investments
	// cash is each investment's cash out over the plan period (one-off plus
	// recurring, inside the plan years); 0 for a cancelled one.
	cash []model.Money
	// servedBy lists, per vision ID named by any investment (a dangling ID
	// too), the indexes in p.Investments of the counting investments linked
	// to it, each once, in plan order. The findings that ask "which
	// investments serve this vision" read it instead of scanning every
	// investment per vision, which made the analysis quadratic (issue 14).
	servedBy map[string][]int
}

func index(p *model.Plan) *planIndex {
	x := &planIndex{
		visionCode: make(map[string]string, len(p.Visions)),
		invByID:    make(map[string]int, len(p.Investments)),
		cash:       make([]model.Money, len(p.Investments)),
		servedBy:   make(map[string][]int, len(p.Visions)),
	}
	for _, v := range p.Visions {
		x.visionCode[v.ID] = v.Code
	}
	for i := range p.Investments {
		inv := &p.Investments[i]
		x.invByID[inv.ID] = i
		if !counts(inv) {
			continue
		}
		x.cash[i] = cashOverPlan(p, inv)
		for _, v := range inv.VisionIDs {
			// An ID listed twice links the investment once.
			if s := x.servedBy[v]; len(s) == 0 || s[len(s)-1] != i {
				x.servedBy[v] = append(s, i)
			}
		}
	}
	return x
}

// counts reports whether an investment takes part in the analysis: it is
// not cancelled and its block is known.
func counts(inv *model.Investment) bool {
	return !inv.Cancelled() && blockIndex(inv.Block) >= 0
}

// isMaterial reports whether an investment is a material one (inhoud or
// infrastructuur) that counts.
func isMaterial(inv *model.Investment) bool {
	return counts(inv) && inv.Block.Material()
}

// numBlocks is the number of bouwstenen, leiderschap included.
const numBlocks = 5

// blocks is model.Blocks() once, in model order.
var blocks = model.Blocks()

// blockIndex is the position of b in model order, or -1 when b is unknown.
func blockIndex(b model.Block) int {
	switch b {
	case model.BlockVisie:
		return 0
	case model.BlockDeskundigheid:
		return 1
	case model.BlockInhoud:
		return 2
	case model.BlockInfrastructuur:
		return 3
	case model.BlockLeiderschap:
		return 4
	}
	return -1
}
