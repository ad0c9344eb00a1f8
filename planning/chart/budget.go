package chart

import (
	"strconv"

	"balansplan/model"
	"balansplan/planning"
)

// BudgetScale is the plot area of the budget bars and its amounts: Step
// between gridlines and Max at the top (Max = Lines * Step).
type BudgetScale struct {
	Left, Top, Right, Bottom float64
	Step, Max                model.Money
	Lines                    int
}

// Y is the vertical position of an amount.
func (s BudgetScale) Y(m model.Money) float64 {
	return s.Bottom - float64(m)/float64(s.Max)*(s.Bottom-s.Top)
}

// BudgetScaleFor lays out the plot area of BudgetBars in the box (for
// hit-testing and tooltips) and picks the scale: a round step (1,
// 2, 2.5 or 5 times a power of ten euros) such that at most five steps
// reach the largest cash out or ceiling.
func BudgetScaleFor(a *planning.Analysis, box Box) BudgetScale {
	var top model.Money
	for _, by := range a.Budget.Years {
		top = max(top, by.CashOut)
		if by.HasCeiling {
			top = max(top, by.Ceiling)
		}
	}
	step := niceStep((top + 4) / 5)
	lines := int((top + step - 1) / step)
	lines = max(lines, 1)
	return BudgetScale{
		Left: 0.16 * box.W, Top: 0.08 * box.H, Right: 0.98 * box.W, Bottom: 0.88 * box.H,
		Step: step, Lines: lines, Max: step * model.Money(lines),
	}
}

// niceStep rounds an amount up to 1, 2, 2.5 or 5 times a power of ten
// whole euros, and at least one euro.
func niceStep(m model.Money) model.Money {
	p := model.Money(100) // one euro
	for {
		for _, f := range []model.Money{10, 20, 25, 50} {
			if s := p * f / 10; s >= m {
				return s
			}
		}
		p *= 10
	}
}

// BudgetBars draws the cash out per year as bars stacked by block (bottom
// up in model order: "bar.2026.visie" ...), the year's total above its bar
// ("total.2026"), the budget ceiling as a line across the year's slot
// ("ceiling.2026"), a red outline around bars over the ceiling
// ("over.2026"), and a scale with gridlines at round amounts ("grid.0",
// "grid.1", ...). Bar heights are proportional to the amounts; the scale's
// top is the first gridline at or above the largest cash out or ceiling.
func BudgetBars(a *planning.Analysis, l model.Lang, box Box) Figure {
	f := Figure{Box: box}
	s := box.min()
	sc := BudgetScaleFor(a, box)
	size := 0.04 * s
	for k := 0; k <= sc.Lines; k++ {
		m := sc.Step * model.Money(k)
		y := sc.Y(m)
		f.line("grid."+strconv.Itoa(k), Point{sc.Left, y}, Point{sc.Right, y}, "grid", 0.002*s)
		f.text("grid.label."+strconv.Itoa(k), Point{sc.Left - 0.01*box.W, y}, planning.FormatMoney(m, l), size*0.8, AlignEnd, VAlignMiddle, "text.muted")
	}
	n := len(a.Budget.Years)
	if n == 0 {
		return f
	}
	slot := (sc.Right - sc.Left) / float64(n)
	bw := 0.6 * slot
	blocks := model.Blocks()
	for i, by := range a.Budget.Years {
		year := strconv.Itoa(by.Year)
		x0 := sc.Left + float64(i)*slot + (slot-bw)/2
		var base model.Money
		for bi, b := range blocks {
			m := by.CashByBlock[bi]
			if m == 0 {
				continue
			}
			f.rect("bar."+year+"."+string(b), x0, sc.Y(base+m), x0+bw, sc.Y(base), "block."+string(b), "", 0)
			base += m
		}
		if by.Over {
			f.rect("over."+year, x0, sc.Y(by.CashOut), x0+bw, sc.Y(0), "", "over", 0.008*s)
		}
		// The total stands above its bar on a patch of background, so
		// that no gridline runs through the amount (issue 13, defect 8).
		// The ceiling is drawn over it and must stay readable, so a label
		// the ceiling would cross goes above the ceiling instead.
		total := Shape{Kind: KindText, ID: "total." + year, Points: []Point{{x0 + bw/2, sc.Y(by.CashOut) - 0.01*box.H}},
			Text: planning.FormatMoney(by.CashOut, l), Size: size * 0.8, Align: AlignMiddle, VAlign: VAlignBottom, Fill: "text"}
		if lo, hi := total.TextExtent(); by.HasCeiling {
			if y := sc.Y(by.Ceiling); y > lo.Y-0.005*box.H && y < hi.Y+0.005*box.H {
				total.Points[0].Y = max(y-0.01*box.H, hi.Y-lo.Y)
			}
		}
		lo, hi := total.TextExtent()
		pad := 0.1 * total.Size
		f.rect("total.bg."+year, max(lo.X-pad, 0), max(lo.Y, 0), min(hi.X+pad, box.W), hi.Y, "background", "", 0)
		f.add(total)
		if by.HasCeiling {
			y := sc.Y(by.Ceiling)
			f.line("ceiling."+year, Point{sc.Left + float64(i)*slot, y}, Point{sc.Left + float64(i+1)*slot, y}, "ceiling", 0.006*s)
		}
		f.text("year."+year, Point{x0 + bw/2, sc.Bottom + 0.02*box.H}, year, size, AlignMiddle, VAlignTop, "text")
	}
	for _, b := range blocks {
		f.Legend = append(f.Legend, LegendEntry{"block." + string(b), ShortLabel(b, l)})
	}
	f.Legend = append(f.Legend,
		LegendEntry{"ceiling", label(l, "budgetplafond", "budget ceiling")},
		LegendEntry{"over", label(l, "boven het plafond", "over the ceiling")})
	return f
}
