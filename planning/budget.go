package planning

import (
	"balansplan/model"
)

// BlockMoney is an amount per bouwsteen, in model order (visie,
// deskundigheid, inhoud, infrastructuur, leiderschap).
type BlockMoney [numBlocks]model.Money

// Of is the amount of block b (0 for an unknown block).
func (m BlockMoney) Of(b model.Block) model.Money {
	if i := blockIndex(b); i >= 0 {
		return m[i]
	}
	return 0
}

// Sum is the total over all blocks.
func (m BlockMoney) Sum() model.Money {
	var s model.Money
	for _, v := range m {
		s += v
	}
	return s
}

// BudgetYear is one calendar year of the plan.
type BudgetYear struct {
	Year int
	// CashOut is what is paid in the year: one-off costs of investments
	// that start in it, plus the recurring costs that run in it.
	CashOut model.Money
	// Burden is the exploitation burden: one-off costs expensed in the year
	// (depreciation_years 0), the year's share of written-off investments,
	// plus recurring costs.
	Burden        model.Money
	CashByBlock   BlockMoney
	BurdenByBlock BlockMoney
	// Ceiling is the budget ceiling of the year, when HasCeiling.
	Ceiling    model.Money
	HasCeiling bool
	// Over reports whether CashOut exceeds the ceiling.
	Over bool
}

// Budget is the money side of the plan (§3). Cancelled investments
// (geschrapt) count nowhere.
type Budget struct {
	// Years holds every year of the plan period in order; empty when the
	// period is not valid.
	Years []BudgetYear
	// TotalCashOut is the cash out over the whole plan period.
	TotalCashOut model.Money
	// TotalBurden is the burden over the plan years.
	TotalBurden model.Money
	// CashByBlock is the cash out over the plan period per block.
	CashByBlock BlockMoney
	// HumanShare is the cash out of visie and deskundigheid divided by that
	// of visie, deskundigheid, inhoud and infrastructuur (leiderschap is
	// left out); unknown when that total is zero.
	HumanShare Level
	// PerPupil is TotalCashOut divided by the number of pupils, rounded to
	// the nearest cent (half a cent up); unknown (HasPerPupil false) without
	// pupils.
	PerPupil    model.Money
	HasPerPupil bool
	// DepreciationAfterPlan is the part of written-off investments that
	// falls in years after the plan's end: it burdens later budgets and is
	// not in any plan year.
	DepreciationAfterPlan model.Money
	// OverYears lists the years whose cash out exceeds the ceiling.
	OverYears []int
}

// Year returns the budget of calendar year y.
func (b *Budget) Year(y int) (BudgetYear, bool) {
	for _, by := range b.Years {
		if by.Year == y {
			return by, true
		}
	}
	return BudgetYear{}, false
}

// lastCostYear is the last calendar year an investment pays recurring
// costs: the year of its end, or the plan's end year when the end is open.
func lastCostYear(p *model.Plan, inv *model.Investment) int {
	if inv.End.IsZero() {
		return p.EndYear
	}
	return inv.End.Year()
}

// cashOverPlan is an investment's cash out summed over the plan years.
func cashOverPlan(p *model.Plan, inv *model.Investment) model.Money {
	if inv.Start.IsZero() {
		return 0
	}
	sy := inv.Start.Year()
	var m model.Money
	if sy >= p.StartYear && sy <= p.EndYear {
		m += inv.Cost.OneOff
	}
	from, to := max(sy, p.StartYear), min(lastCostYear(p, inv), p.EndYear)
	if to >= from {
		m += inv.Cost.Recurring * model.Money(to-from+1)
	}
	return m
}

// depreciation is the share of a written-off amount in year k (0-based) of
// n years: the amount divided by n rounded down to the cent, plus one cent
// in each of the first (amount mod n) years, so that the shares add up to
// the amount exactly.
func depreciation(amount model.Money, n, k int) model.Money {
	share := amount / model.Money(n)
	if model.Money(k) < amount%model.Money(n) {
		share++
	}
	return share
}

func budgetOf(p *model.Plan) Budget {
	var b Budget
	years := p.Years()
	if years == nil {
		return b
	}
	b.Years = make([]BudgetYear, len(years))
	for i, y := range years {
		by := BudgetYear{Year: y}
		if c, ok := p.BudgetCeiling[y]; ok {
			by.Ceiling, by.HasCeiling = c, true
		}
		b.Years[i] = by
	}
	in := func(y int) bool { return y >= p.StartYear && y <= p.EndYear }
	for i := range p.Investments {
		inv := &p.Investments[i]
		if !counts(inv) || inv.Start.IsZero() {
			continue
		}
		bi := blockIndex(inv.Block)
		sy := inv.Start.Year()
		c := inv.Cost
		if in(sy) {
			by := &b.Years[sy-p.StartYear]
			by.CashByBlock[bi] += c.OneOff
			if c.DepreciationYears <= 0 {
				by.BurdenByBlock[bi] += c.OneOff
			}
		}
		if c.Recurring != 0 {
			from, to := max(sy, p.StartYear), min(lastCostYear(p, inv), p.EndYear)
			for y := from; y <= to; y++ {
				by := &b.Years[y-p.StartYear]
				by.CashByBlock[bi] += c.Recurring
				by.BurdenByBlock[bi] += c.Recurring
			}
		}
		if n := c.DepreciationYears; n > 0 && c.OneOff != 0 {
			for k := 0; k < n; k++ {
				share := depreciation(c.OneOff, n, k)
				switch y := sy + k; {
				case in(y):
					b.Years[y-p.StartYear].BurdenByBlock[bi] += share
				case y > p.EndYear:
					b.DepreciationAfterPlan += share
				}
			}
		}
	}
	for i := range b.Years {
		by := &b.Years[i]
		by.CashOut = by.CashByBlock.Sum()
		by.Burden = by.BurdenByBlock.Sum()
		by.Over = by.HasCeiling && by.CashOut > by.Ceiling
		if by.Over {
			b.OverYears = append(b.OverYears, by.Year)
		}
		b.TotalCashOut += by.CashOut
		b.TotalBurden += by.Burden
		for k := range by.CashByBlock {
			b.CashByBlock[k] += by.CashByBlock[k]
		}
	}
	human := b.CashByBlock.Of(model.BlockVisie) + b.CashByBlock.Of(model.BlockDeskundigheid)
	four := human + b.CashByBlock.Of(model.BlockInhoud) + b.CashByBlock.Of(model.BlockInfrastructuur)
	if four > 0 {
		b.HumanShare = known(float64(human) / float64(four))
	}
	if p.School.Pupils > 0 {
		b.PerPupil = b.TotalCashOut.DivRound(int64(p.School.Pupils))
		b.HasPerPupil = true
	}
	return b
}
