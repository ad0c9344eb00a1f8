package planning

import (
	"sort"

	"balansplan/model"
)

// Plan against realisation (issue 15): per calendar year and bouwsteen,
// what the plan says is paid (cash out, as in the budget) against what was
// recorded as spent (model.Realisation), with the variance. The figures
// are exact cents, like the budget.
//
// Planned money follows the budget's rule: a cancelled investment
// (geschrapt) plans nothing. Realised money is what was spent, also on an
// investment cancelled afterwards: that money is gone, and the controller
// must see it. A year in which nothing was recorded for any investment is
// Recorded false: its realisation is not known, which is not zero spent.

// InvestmentYear is one investment in one year: planned against realised.
type InvestmentYear struct {
	ID    string
	Code  string
	Title string
	Block model.Block
	Year  int
	// Planned is the investment's cash out in the year (0 for a cancelled
	// one); Realised what was recorded, when Recorded.
	Planned  model.Money
	Realised model.Realisation
	Recorded bool
	// Variance is realised minus planned: above 0 overspent, below 0
	// underspent. Without a record it is minus planned: nothing known to
	// be spent yet.
	Variance model.Money
}

// RealisationYear is one calendar year: planned, realised and variance per
// bouwsteen and in total.
type RealisationYear struct {
	Year     int
	Planned  BlockMoney
	Realised BlockMoney
	Variance BlockMoney // realised minus planned
	// Recorded reports whether any investment has a realisation for the
	// year.
	Recorded bool
}

// PlannedTotal, RealisedTotal and VarianceTotal are the year's sums over
// the bouwstenen.
func (y RealisationYear) PlannedTotal() model.Money  { return y.Planned.Sum() }
func (y RealisationYear) RealisedTotal() model.Money { return y.Realised.Sum() }
func (y RealisationYear) VarianceTotal() model.Money { return y.Variance.Sum() }

// RealisationReport is plan against realisation over the plan period.
type RealisationReport struct {
	// Years holds every year of the plan period in order (empty when the
	// period is not valid).
	Years []RealisationYear
	// Lines holds every investment in every plan year in which it plans
	// or realised money, by year and then code as people read them.
	Lines []InvestmentYear
	// Planned, Realised and Variance are the sums over the plan period.
	Planned, Realised, Variance BlockMoney
}

// Year returns the figures of calendar year y.
func (r *RealisationReport) Year(y int) (RealisationYear, bool) {
	for _, ry := range r.Years {
		if ry.Year == y {
			return ry, true
		}
	}
	return RealisationYear{}, false
}

// LinesIn are the investment lines of year y, in the report's order.
func (r *RealisationReport) LinesIn(y int) []InvestmentYear {
	var out []InvestmentYear
	for _, l := range r.Lines {
		if l.Year == y {
			out = append(out, l)
		}
	}
	return out
}

// PlannedCash is what an investment pays in calendar year y by the plan:
// its one-off cost in its start year and its recurring cost in every year
// from its start through its end (or the plan's end). A cancelled
// investment, or one without a start, pays nothing; a year outside the
// plan period gets nothing, as in the budget.
func PlannedCash(p *model.Plan, inv *model.Investment, y int) model.Money {
	if !counts(inv) || inv.Start.IsZero() || y < p.StartYear || y > p.EndYear {
		return 0
	}
	var m model.Money
	sy := inv.Start.Year()
	if y == sy {
		m += inv.Cost.OneOff
	}
	if y >= sy && y <= lastCostYear(p, inv) {
		m += inv.Cost.Recurring
	}
	return m
}

// Realisation sets the plan against what was spent, per year, bouwsteen
// and investment. It never fails: an investment of an unknown bouwsteen
// counts in no bouwsteen, as in the budget.
func Realisation(p *model.Plan) *RealisationReport {
	r := &RealisationReport{}
	years := p.Years()
	if years == nil {
		return r
	}
	r.Years = make([]RealisationYear, len(years))
	for i, y := range years {
		r.Years[i].Year = y
	}
	for i := range p.Investments {
		inv := &p.Investments[i]
		bi := blockIndex(inv.Block)
		for k, y := range years {
			planned := PlannedCash(p, inv, y)
			real, recorded := inv.RealisationIn(y)
			if planned == 0 && !recorded {
				continue
			}
			line := InvestmentYear{ID: inv.ID, Code: inv.Code, Title: inv.Title, Block: inv.Block, Year: y,
				Planned: planned, Realised: real, Recorded: recorded, Variance: real.Total() - planned}
			r.Lines = append(r.Lines, line)
			ry := &r.Years[k]
			ry.Recorded = ry.Recorded || recorded
			if bi < 0 {
				continue
			}
			ry.Planned[bi] += planned
			ry.Realised[bi] += real.Total()
		}
	}
	for k := range r.Years {
		ry := &r.Years[k]
		for b := range ry.Variance {
			ry.Variance[b] = ry.Realised[b] - ry.Planned[b]
			r.Planned[b] += ry.Planned[b]
			r.Realised[b] += ry.Realised[b]
			r.Variance[b] += ry.Variance[b]
		}
	}
	sort.SliceStable(r.Lines, func(i, j int) bool {
		a, b := r.Lines[i], r.Lines[j]
		if a.Year != b.Year {
			return a.Year < b.Year
		}
		if a.Code != b.Code {
			return codeLess(a.Code, b.Code)
		}
		return a.ID < b.ID
	})
	return r
}

// OverdueInvestment is an investment past the month it should have been
// finished in, and not finished: a computed state, never stored.
type OverdueInvestment struct {
	ID     string
	Code   string
	Title  string
	Block  model.Block
	Due    model.Month // the month it should have been done
	Status model.InvestmentStatus
}

// Overdue lists the investments that are overdue on date asOf
// (YYYY-MM-DD; the model and planning read no clock), in code order. An
// investment is overdue when the month of asOf is after its due month and
// its status on asOf (model.Investment.StatusOn) is not afgerond:
//
//   - with an end month, the due month is the end, and any status but
//     afgerond is overdue (gepland, lopend, uitgesteld);
//   - without one, the investment is delivered in its start month and in
//     use until the plan ends, so only a status that says it has not
//     begun (gepland, uitgesteld) is overdue once the start month passed.
//
// A cancelled investment (geschrapt) is never overdue. A date that is not
// YYYY-MM-DD gives no overdue investments.
func Overdue(p *model.Plan, asOf string) []OverdueInvestment {
	now := model.DateMonth(asOf)
	if now.IsZero() {
		return nil
	}
	var out []OverdueInvestment
	for i := range p.Investments {
		inv := &p.Investments[i]
		if inv.Start.IsZero() {
			continue
		}
		st := inv.StatusOn(asOf)
		if st == model.InvGeschrapt || st == model.InvAfgerond {
			continue
		}
		due := inv.Finish()
		if now <= due {
			continue
		}
		if inv.End.IsZero() && st == model.InvLopend {
			continue
		}
		out = append(out, OverdueInvestment{ID: inv.ID, Code: inv.Code, Title: inv.Title, Block: inv.Block, Due: due, Status: st})
	}
	sort.SliceStable(out, func(i, j int) bool { return codeLess(out[i].Code, out[j].Code) })
	return out
}

// IsOverdue reports whether the investment with the given ID is overdue on
// asOf (the budget screen's flag).
func IsOverdue(p *model.Plan, id, asOf string) bool {
	for _, o := range Overdue(p, asOf) {
		if o.ID == id {
			return true
		}
	}
	return false
}
