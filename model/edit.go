package model

import "strings"

// Edits whose rule belongs to the domain rather than to a screen: what else
// goes when a vision statement or an investment is deleted, what an
// investment's code becomes when it moves to another bouwsteen, and which
// budget ceilings survive a change of the plan period. The GUI, the merge
// and the tests call these, so that there is one rule.
//
// None of them writes into a slice or map the plan may share with another
// plan (a shallow copy, or an undo step): what changes is replaced by a new
// slice or map.

// RemoveVision deletes the vision statement with the given ID and every
// link to it: it disappears from the VisionIDs of every investment. It
// reports whether the plan had it.
func (p *Plan) RemoveVision(id string) bool {
	kept := make([]Vision, 0, len(p.Visions))
	for _, v := range p.Visions {
		if v.ID != id {
			kept = append(kept, v)
		}
	}
	if len(kept) == len(p.Visions) {
		return false
	}
	p.Visions = kept
	p.Investments = append([]Investment(nil), p.Investments...)
	for i := range p.Investments {
		p.Investments[i].VisionIDs = withoutID(p.Investments[i].VisionIDs, id)
	}
	return true
}

// RemoveInvestment deletes the investment with the given ID and every link
// to it: it disappears from the DependsOnIDs of every other investment,
// and the points it got in a vote go with it (the vote itself stays, also
// when it has no points left: the participant took part). It reports
// whether the plan had it.
func (p *Plan) RemoveInvestment(id string) bool {
	kept := make([]Investment, 0, len(p.Investments))
	for _, inv := range p.Investments {
		if inv.ID != id {
			kept = append(kept, inv)
		}
	}
	if len(kept) == len(p.Investments) {
		return false
	}
	for i := range kept {
		kept[i].DependsOnIDs = withoutID(kept[i].DependsOnIDs, id)
	}
	// A maturity domain raised by the investment no longer is (a link to
	// nothing would be refused by Validate).
	p.UnlinkMaturityInvestment(id)
	p.Investments = kept
	if p.Votes != nil {
		votes := append([]Vote(nil), p.Votes...)
		for i := range votes {
			var points []VotePoints
			changed := false
			for _, vp := range votes[i].Points {
				if vp.InvestmentID == id {
					changed = true
					continue
				}
				points = append(points, vp)
			}
			if changed {
				votes[i].Points = points
			}
		}
		p.Votes = votes
	}
	return true
}

// withoutID is ids without id: the same slice when id is not in it, else
// a new one (nil when nothing is left).
func withoutID(ids []string, id string) []string {
	n := 0
	for _, x := range ids {
		if x == id {
			n++
		}
	}
	if n == 0 {
		return ids
	}
	var out []string
	for _, x := range ids {
		if x != id {
			out = append(out, x)
		}
	}
	return out
}

// MoveInvestment puts the investment with the given ID in bouwsteen b.
// A code in the old block's series (CodePrefix and a number, like "D4")
// moves to the new block's series and gets the next free number there
// (NextCode over every vision and investment code: "I5"); a code the user
// chose ("SCHOLING") stays. A category that b does not have is cleared,
// and so is the material type when b is not a material factor (inhoud,
// infrastructuur), and the focus when b is not deskundigheid (Validate
// refuses a focus elsewhere). Moving to the block the investment is in, or an ID the
// plan does not have, changes nothing. An unknown block is set as it is
// (Validate reports it) and leaves the code alone.
func (p *Plan) MoveInvestment(id string, b Block) {
	idx := -1
	for i := range p.Investments {
		if p.Investments[i].ID == id {
			idx = i
			break
		}
	}
	if idx < 0 || p.Investments[idx].Block == b {
		return
	}
	p.Investments = append([]Investment(nil), p.Investments...)
	inv := &p.Investments[idx]
	old := inv.Block
	inv.Block = b
	if rest, ok := strings.CutPrefix(inv.Code, CodePrefix(old)); ok && rest != "" && isDigits(rest) && b.Valid() {
		inv.Code = NextCode(CodePrefix(b), p.codes())
	}
	if !inv.Category.ValidFor(b) {
		inv.Category = ""
	}
	if !b.Material() {
		inv.MaterialType = ""
	}
	if b != BlockDeskundigheid {
		inv.Focus = ""
	}
}

// codes lists every vision and investment code: codes are unique over
// both lists.
func (p *Plan) codes() []string {
	out := make([]string, 0, len(p.Visions)+len(p.Investments))
	for _, v := range p.Visions {
		out = append(out, v.Code)
	}
	for _, inv := range p.Investments {
		out = append(out, inv.Code)
	}
	return out
}

// SetPeriod sets the plan period to start through end and drops the budget
// ceilings of years outside it. When the new period is not valid (a year
// missing, end before start, longer than MaxPlanYears), no ceiling is
// dropped: a form that sets one year at a time passes through such states
// ("2026-20" while the user types "2031"), and Validate refuses the plan
// until the period is fixed; the SetPeriod that fixes it drops what then
// falls outside. Investments outside the new period are left as they are,
// for the user to move: Validate names each.
func (p *Plan) SetPeriod(start, end int) {
	p.StartYear, p.EndYear = start, end
	if p.Years() == nil || start < 1900 || start > 9999 {
		return
	}
	outside := false
	for y := range p.BudgetCeiling {
		if y < start || y > end {
			outside = true
			break
		}
	}
	if !outside {
		return
	}
	kept := make(map[int]Money, len(p.BudgetCeiling))
	for y, m := range p.BudgetCeiling {
		if y >= start && y <= end {
			kept[y] = m
		}
	}
	p.BudgetCeiling = kept
}
