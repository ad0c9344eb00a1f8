package board

import "balansplan/planning"

// Budget is the board's years as a planning.Budget: cash out per bouwsteen
// against the board's ceiling. The board's budget chart is a plan's budget
// chart over these years (planning/chart.BudgetBars reads only the
// analysis's Budget), so the window and the bestuursrapportage draw the
// board with the very figure the school's own screens and plan use.
// Burden is left zero: the board decides on cash.
func (b *Board) Budget() planning.Budget {
	out := planning.Budget{TotalCashOut: b.TotalCashOut, CashByBlock: b.CashByBlock, HumanShare: b.HumanShare}
	for _, y := range b.Years {
		out.Years = append(out.Years, planning.BudgetYear{Year: y.Year, CashOut: y.CashOut, CashByBlock: y.CashByBlock,
			Ceiling: y.Ceiling, HasCeiling: y.HasCeiling, Over: y.Over})
	}
	out.OverYears = append(out.OverYears, b.OverYears...)
	return out
}

// Labels names the schools as every view of the board names them (the
// text overview, the bestuursrapportage, the board window): by name, with
// the BRIN where two schools share a name, and with the file where they
// share the BRIN too. In the order of Schools.
func (b *Board) Labels() []string { return labels(b) }
