package planning

import "balansplan/model"

// RunOn is what the plan leaves to the budgets after its period (the
// board chapter "Na de planperiode", issue 13): the recurring costs of
// investments still running when the plan ends, and the depreciation of
// investments bought in the plan that is not written off by then. A board
// that adopts the plan commits to these too, so the PDF shows them beside
// the plan years' budget.
//
// Cancelled investments count nowhere, as in the budget; an investment
// without a start, or with an unknown bouwsteen, neither.
type RunOn struct {
	// Years holds every calendar year after the plan's end year that
	// carries a run-on cost, from EndYear+1 without gaps up to the last
	// such year. It is empty when nothing runs on.
	Years []RunOnYear
	// Open is the recurring cost a year, per bouwsteen, of the investments
	// without an end (an open end runs on until the school ends it): it is
	// in every year of Years and goes on after the last of them.
	Open BlockMoney
	// Recurring and Depreciation add up the run-on per bouwsteen over
	// Years. Depreciation.Sum() equals Budget.DepreciationAfterPlan.
	Recurring    BlockMoney
	Depreciation BlockMoney
}

// RunOnYear is one year after the plan period.
type RunOnYear struct {
	Year int
	// Recurring is the recurring cost paid in the year by investments
	// still running: cash out and burden both.
	Recurring BlockMoney
	// Depreciation is the year's share of the one-off costs written off
	// over years that reach past the plan: burden, not cash (the money
	// was paid in the plan period).
	Depreciation BlockMoney
}

// Total is the year's run-on cost: recurring plus depreciation.
func (y RunOnYear) Total() model.Money { return y.Recurring.Sum() + y.Depreciation.Sum() }

// runOnHorizon bounds how many years after the plan RunOnCosts looks: the
// longest depreciation model.Validate allows. A valid plan never reaches
// past it; an invalid one gives a bounded answer rather than a huge one.
const runOnHorizon = model.MaxDepreciationYears

// RunOnCosts computes what runs on after the plan period of p. Like
// Analyse it never fails: a plan without a valid period has no run-on.
//
// Recurring costs run on for an investment that started in or before the
// plan's end year and whose end is open or (in a plan that model.Validate
// would reject) after the end year, up to that end. Depreciation splits a
// one-off cost over its years exactly as the budget does (depreciation),
// so the shares after the end year add up to Budget.DepreciationAfterPlan.
func RunOnCosts(p *model.Plan) RunOn {
	var r RunOn
	if p.Years() == nil {
		return r
	}
	after := func(y int) bool { return y > p.EndYear && y <= p.EndYear+runOnHorizon }
	last := p.EndYear
	var years [runOnHorizon]RunOnYear
	for i := range p.Investments {
		inv := &p.Investments[i]
		if !counts(inv) || inv.Start.IsZero() {
			continue
		}
		bi := blockIndex(inv.Block)
		sy := inv.Start.Year()
		c := inv.Cost
		if c.Recurring != 0 && sy <= p.EndYear {
			switch {
			case inv.End.IsZero():
				r.Open[bi] += c.Recurring
				last = max(last, p.EndYear+1)
			case after(inv.End.Year()):
				for y := p.EndYear + 1; y <= inv.End.Year(); y++ {
					years[y-p.EndYear-1].Recurring[bi] += c.Recurring
				}
				last = max(last, inv.End.Year())
			}
		}
		if n := c.DepreciationYears; n > 0 && c.OneOff != 0 {
			for k := max(0, p.EndYear+1-sy); k < n && after(sy+k); k++ {
				years[sy+k-p.EndYear-1].Depreciation[bi] += depreciation(c.OneOff, n, k)
				last = max(last, sy+k)
			}
		}
	}
	for y := p.EndYear + 1; y <= last; y++ {
		ry := years[y-p.EndYear-1]
		ry.Year = y
		for bi := range r.Open {
			ry.Recurring[bi] += r.Open[bi]
			r.Recurring[bi] += ry.Recurring[bi]
			r.Depreciation[bi] += ry.Depreciation[bi]
		}
		r.Years = append(r.Years, ry)
	}
	return r
}
