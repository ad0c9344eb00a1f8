package workshop

import (
	"sort"

	"balansplan/model"
)

// Ranking is the outcome of the dot-voting rounds of a plan.
type Ranking struct {
	// Budget is the number of points each participant had
	// (plan.VoteBudget; 0 when not set).
	Budget int
	// Voters is the number of votes cast (one per participant and
	// session), Points the points given in all.
	Voters, Points int
	// ByRole counts the votes per role, in model.Roles order, for the
	// roles that voted; votes without a role come last, with Role "".
	ByRole []RoleVotes
	// Items are the investments that received points, best first.
	Items []Ranked
}

// RoleVotes is how many participants of one role voted.
type RoleVotes struct {
	Role   model.Role
	Voters int
}

// Ranked is one investment in the ranking.
type Ranked struct {
	InvestmentID string
	Code, Title  string
	Block        model.Block
	Cancelled    bool // geschrapt since the vote
	Points       int  // all points it received
	Voters       int  // participants who gave it at least one point
	// Rank is 1 + the number of investments with more points, or with as
	// many points and more voters. Tied is true when another investment
	// has the same points and voters, and so the same rank.
	Rank int
	Tied bool
	// ByRole splits Points and Voters per role, in the order of
	// Ranking.ByRole, for the roles that gave it points.
	ByRole []RolePoints
}

// RolePoints are the points the participants of one role gave one
// investment.
type RolePoints struct {
	Role           model.Role
	Points, Voters int
}

// Tally ranks the investments by the points of every vote in the plan (see
// the package doc for the tie rule). It never fails: points for an
// investment that does not exist and negative points are left out.
func Tally(p *model.Plan) Ranking {
	r := Ranking{Budget: p.VoteBudget}
	index := map[string]int{}
	var items []*Ranked
	roleOrder := append(model.Roles(), "")
	roleVoters := make([]int, len(roleOrder))
	type cell struct{ points, voters int }
	perRole := map[string][]cell{}
	for _, v := range p.Votes {
		ri := roleIndexOf(roleOrder, v.Role)
		r.Voters++
		roleVoters[ri]++
		for _, vp := range v.Points {
			inv, ok := p.Investment(vp.InvestmentID)
			if !ok || vp.Points <= 0 {
				continue
			}
			i, seen := index[inv.ID]
			if !seen {
				i = len(items)
				index[inv.ID] = i
				items = append(items, &Ranked{InvestmentID: inv.ID, Code: inv.Code, Title: inv.Title,
					Block: inv.Block, Cancelled: inv.Cancelled()})
				perRole[inv.ID] = make([]cell, len(roleOrder))
			}
			it := items[i]
			it.Points += vp.Points
			it.Voters++
			perRole[inv.ID][ri].points += vp.Points
			perRole[inv.ID][ri].voters++
			r.Points += vp.Points
		}
	}
	for ri, n := range roleVoters {
		if n > 0 {
			r.ByRole = append(r.ByRole, RoleVotes{Role: roleOrder[ri], Voters: n})
		}
	}
	sort.SliceStable(items, func(i, j int) bool {
		a, b := items[i], items[j]
		if a.Points != b.Points {
			return a.Points > b.Points
		}
		if a.Voters != b.Voters {
			return a.Voters > b.Voters
		}
		if a.Code != b.Code {
			return model.CodeLess(a.Code, b.Code)
		}
		return a.InvestmentID < b.InvestmentID
	})
	for i, it := range items {
		switch {
		case i > 0 && same(items[i-1], it):
			it.Rank = items[i-1].Rank
			it.Tied, items[i-1].Tied = true, true
		default:
			it.Rank = i + 1
		}
	}
	for _, it := range items {
		for ri, c := range perRole[it.InvestmentID] {
			if c.voters > 0 {
				it.ByRole = append(it.ByRole, RolePoints{Role: roleOrder[ri], Points: c.points, Voters: c.voters})
			}
		}
		r.Items = append(r.Items, *it)
	}
	return r
}

func same(a, b *Ranked) bool { return a.Points == b.Points && a.Voters == b.Voters }

// roleIndexOf places a role in order; an unknown or empty role counts as
// "" (the last place).
func roleIndexOf(order []model.Role, r model.Role) int {
	for i, x := range order {
		if x == r {
			return i
		}
	}
	return len(order) - 1
}
