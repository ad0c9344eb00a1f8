package planning

import (
	"sort"

	"balansplan/model"
)

// Verdict says whether a plan is onderwijsgedreven or techniekgedreven
// (§4.3).
type Verdict string

// Verdicts.
const (
	Onderwijsgedreven Verdict = "onderwijsgedreven"
	Gemengd           Verdict = "gemengd"
	Techniekgedreven  Verdict = "techniekgedreven"
	// VisieOntbreekt: the plan has no vision statements, so the route
	// cannot be judged (since analysis/2; analysis/1 called this
	// techniekgedreven).
	VisieOntbreekt Verdict = "visie_ontbreekt"
)

var verdictLabels = map[Verdict]model.Text{
	Onderwijsgedreven: {NL: "onderwijsgedreven", EN: "education-driven"},
	Gemengd:           {NL: "gemengd", EN: "mixed"},
	Techniekgedreven:  {NL: "techniekgedreven", EN: "technology-driven"},
	VisieOntbreekt:    {NL: "visie ontbreekt", EN: "vision missing"},
}

// Label is the name of the verdict for a user.
func (v Verdict) Label(l model.Lang) string { return verdictLabels[v].In(l) }

// Thresholds of the route verdict.
const (
	DrivenThreshold = 0.8 // T and E at least this: onderwijsgedreven
	TechnologyBelow = 0.5 // T or E below this: techniekgedreven
	// comparisonEpsilon absorbs floating-point noise when a ratio is
	// compared with a threshold; ratios of whole numbers that differ at all
	// differ by far more.
	comparisonEpsilon = 1e-9
)

// atLeast compares a computed ratio with a threshold, forgiving the last
// bits of floating-point noise (4/5 must count as 0.8).
func atLeast(v, threshold float64) bool { return v >= threshold-comparisonEpsilon }

// Route is the education- versus technology-driven check.
type Route struct {
	Verdict Verdict
	// TracedShare (T) is the share of the material investments' cash out
	// over the plan period that is linked to at least one vision. When the
	// material investments cost nothing at all, it is the share by number.
	// With no material investments there is nothing to divide: TracedKnown
	// is false and TracedShare 0 (write it as "n.v.t.", see T).
	TracedShare float64
	TracedKnown bool
	// ExpertiseFirstShare (E) is the share of the traced material
	// investments for which a human-factor investment (visie or
	// deskundigheid) of a shared vision starts no later. With no traced
	// material investments ExpertiseFirstKnown is false (see E).
	ExpertiseFirstShare float64
	ExpertiseFirstKnown bool
	// Counts behind T and E.
	MaterialInvestments int
	TracedInvestments   int
	ExpertiseFirst      int
	MaterialCost        model.Money
	TracedCost          model.Money
	// Matrix is the traceability matrix: one row per vision statement, in
	// code order.
	Matrix []Trace
}

// T is the traced share as a Level: unknown when there is nothing to
// divide.
func (r *Route) T() Level { return Level{Value: r.TracedShare, Known: r.TracedKnown} }

// E is the people-first share as a Level: unknown when no material
// investment is traced.
func (r *Route) E() Level { return Level{Value: r.ExpertiseFirstShare, Known: r.ExpertiseFirstKnown} }

// Trace is one row of the traceability matrix: the codes of the
// non-cancelled investments serving a vision statement, per block.
type Trace struct {
	Vision string // the vision's code
	Title  string
	Blocks [numBlocks][]string // per block in model order, codes in code order
}

// Codes returns the investments of block b serving the vision.
func (t *Trace) Codes(b model.Block) []string {
	if i := blockIndex(b); i >= 0 {
		return t.Blocks[i]
	}
	return nil
}

// earliestHuman is, per vision ID, the earliest start of a counting
// human-factor investment (visie or deskundigheid) linked to it: the people
// side that should come first (§4.3). With visie counted, a vision
// trajectory that precedes the purchases counts as people first.
func earliestHuman(p *model.Plan) map[string]model.Month {
	first := map[string]model.Month{}
	for i := range p.Investments {
		inv := &p.Investments[i]
		if !counts(inv) || !inv.Block.Human() || inv.Start.IsZero() {
			continue
		}
		for _, v := range inv.VisionIDs {
			if m, ok := first[v]; !ok || inv.Start < m {
				first[v] = inv.Start
			}
		}
	}
	return first
}

// firstHumanFor is the earliest human-factor start over the visions of an
// investment; ok is false when none of its visions has one.
func firstHumanFor(inv *model.Investment, first map[string]model.Month) (model.Month, bool) {
	var best model.Month
	ok := false
	for _, v := range inv.VisionIDs {
		if m, has := first[v]; has && (!ok || m < best) {
			best, ok = m, true
		}
	}
	return best, ok
}

// linked reports whether an investment serves at least one existing vision.
func linked(inv *model.Investment, x *planIndex) bool {
	for _, v := range inv.VisionIDs {
		if _, ok := x.visionCode[v]; ok {
			return true
		}
	}
	return false
}

func routeOf(p *model.Plan, x *planIndex) Route {
	var r Route
	first := earliestHuman(p)
	for i := range p.Investments {
		inv := &p.Investments[i]
		if !isMaterial(inv) {
			continue
		}
		r.MaterialInvestments++
		r.MaterialCost += x.cash[i]
		if !linked(inv, x) {
			continue
		}
		r.TracedInvestments++
		r.TracedCost += x.cash[i]
		if m, ok := firstHumanFor(inv, first); ok && !inv.Start.IsZero() && m <= inv.Start {
			r.ExpertiseFirst++
		}
	}
	// A share with nothing to divide is unknown, never 0 or 1 (§4.3).
	switch {
	case r.MaterialCost > 0:
		r.TracedShare, r.TracedKnown = float64(r.TracedCost)/float64(r.MaterialCost), true
	case r.MaterialInvestments > 0:
		r.TracedShare, r.TracedKnown = float64(r.TracedInvestments)/float64(r.MaterialInvestments), true
	}
	if r.TracedInvestments > 0 {
		r.ExpertiseFirstShare, r.ExpertiseFirstKnown = float64(r.ExpertiseFirst)/float64(r.TracedInvestments), true
	}
	below := func(l Level) bool { return l.Known && l.Value < TechnologyBelow-comparisonEpsilon }
	// An unknown share counts as met: a plan with visions and no material
	// investments is onderwijsgedreven.
	met := func(l Level) bool { return !l.Known || atLeast(l.Value, DrivenThreshold) }
	switch {
	case len(p.Visions) == 0:
		r.Verdict = VisieOntbreekt
	case below(r.T()) || below(r.E()):
		r.Verdict = Techniekgedreven
	case met(r.T()) && met(r.E()):
		r.Verdict = Onderwijsgedreven
	default:
		r.Verdict = Gemengd
	}
	r.Matrix = traceMatrix(p, x)
	return r
}

func traceMatrix(p *model.Plan, x *planIndex) []Trace {
	row := make(map[string]int, len(p.Visions))
	rows := make([]Trace, len(p.Visions))
	for i, v := range p.Visions {
		rows[i] = Trace{Vision: v.Code, Title: v.Title}
		row[v.ID] = i
	}
	for i := range p.Investments {
		inv := &p.Investments[i]
		if !counts(inv) {
			continue
		}
		bi := blockIndex(inv.Block)
		for _, v := range inv.VisionIDs {
			if k, ok := row[v]; ok {
				cs := rows[k].Blocks[bi]
				if len(cs) == 0 || cs[len(cs)-1] != inv.Code {
					rows[k].Blocks[bi] = append(cs, inv.Code)
				}
			}
		}
	}
	sort.Slice(rows, func(i, j int) bool { return codeLess(rows[i].Vision, rows[j].Vision) })
	for k := range rows {
		for b := range rows[k].Blocks {
			cs := rows[k].Blocks[b]
			sort.Slice(cs, func(i, j int) bool { return codeLess(cs[i], cs[j]) })
			rows[k].Blocks[b] = dedupSorted(cs)
		}
	}
	return rows
}

// codeLess orders codes as people read them, with a byte comparison as
// the final tie-break so that the order is total.
func codeLess(a, b string) bool {
	if model.CodeLess(a, b) {
		return true
	}
	if model.CodeLess(b, a) {
		return false
	}
	return a < b
}

func dedupSorted(s []string) []string {
	if len(s) < 2 {
		return s
	}
	out := s[:1]
	for _, c := range s[1:] {
		if c != out[len(out)-1] {
			out = append(out, c)
		}
	}
	return out
}
