package workshop

import (
	"slices"
	"sort"

	"balansplan/model"
)

// IsCandidate reports whether a dot-voting round votes on investment inv:
// not when it is cancelled (geschrapt) or finished (afgerond), for there
// is nothing left to decide; planned, running and postponed ones are
// candidates.
func IsCandidate(inv *model.Investment) bool {
	return !inv.Cancelled() && inv.Status != model.InvAfgerond
}

// Candidates are the investments a dot-voting round votes on (IsCandidate),
// in code order (model.CodeLess); investments with equal codes keep the
// plan's order. They are copies: changing one changes nothing in p.
func Candidates(p *model.Plan) []model.Investment {
	var out []model.Investment
	for i := range p.Investments {
		if inv := p.Investments[i]; IsCandidate(&inv) {
			inv.VisionIDs = slices.Clone(inv.VisionIDs)
			inv.DependsOnIDs = slices.Clone(inv.DependsOnIDs)
			out = append(out, inv)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return model.CodeLess(out[i].Code, out[j].Code) })
	return out
}
