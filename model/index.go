package model

// InvestmentIndex finds a plan's investments by ID in constant time. Plan.
// Investment scans the list, which is right for one look-up but made every
// "look up each dependency" loop quadratic in the number of investments
// (issue 14: the report's dependency table). Build the index once per pass
// over the plan; it points into p.Investments and is valid until that list
// changes.
type InvestmentIndex struct {
	p  *Plan
	at map[string]int
}

// IndexInvestments returns the index of p's investments. Like
// Plan.Investment, a look-up of an ID that two investments share (an
// invalid plan) gives the first of them.
func (p *Plan) IndexInvestments() InvestmentIndex {
	at := make(map[string]int, len(p.Investments))
	for i := range p.Investments {
		if _, dup := at[p.Investments[i].ID]; !dup {
			at[p.Investments[i].ID] = i
		}
	}
	return InvestmentIndex{p: p, at: at}
}

// Investment returns the investment with the given ID, as Plan.Investment
// does.
func (x InvestmentIndex) Investment(id string) (*Investment, bool) {
	i, ok := x.at[id]
	if !ok {
		return nil, false
	}
	return &x.p.Investments[i], true
}
