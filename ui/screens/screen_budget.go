package screens

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"balansplan/model"
	"balansplan/planning"
	"balansplan/planning/chart"
)

// budgetScreen shows the money: per year and per bouwsteen the cash out,
// the total against the ceiling and the burden, as a table and as bars.
type budgetScreen struct {
	s       Host
	table   *widget.Table
	bars    *chartView
	summary *widget.Label
	cells   [][]string // the table's rows: years, then the total
	over    []bool     // rows over the ceiling
	root    fyne.CanvasObject
}

func newBudgetScreen(s Host) Screen {
	v := &budgetScreen{s: s}
	l := s.Lang()
	heads := []string{s.T("col.year")}
	for _, b := range model.Blocks() {
		heads = append(heads, chart.ShortLabel(b, l))
	}
	heads = append(heads, s.T("col.cashout"), s.T("col.ceiling"), s.T("col.burden"))
	v.table = widget.NewTableWithHeaders(
		func() (int, int) { return len(v.cells), len(heads) },
		func() fyne.CanvasObject {
			lbl := widget.NewLabel("")
			lbl.Alignment = fyne.TextAlignTrailing
			return lbl
		},
		func(id widget.TableCellID, o fyne.CanvasObject) {
			lbl := o.(*widget.Label)
			if id.Row >= len(v.cells) || id.Col >= len(heads) {
				return
			}
			lbl.SetText(v.cells[id.Row][id.Col])
			lbl.TextStyle.Bold = id.Row == len(v.cells)-1
			lbl.Importance = widget.MediumImportance
			if v.over[id.Row] && (id.Col == len(heads)-3 || id.Col == 0) {
				lbl.Importance = widget.DangerImportance
			}
			lbl.Refresh()
		})
	v.table.ShowHeaderColumn = false
	v.table.CreateHeader = func() fyne.CanvasObject {
		return widget.NewLabelWithStyle("", fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})
	}
	v.table.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		if id.Col >= 0 && id.Col < len(heads) {
			o.(*widget.Label).SetText(heads[id.Col])
		}
	}
	for i := range heads {
		w := float32(104)
		if i >= 1 && i <= len(model.Blocks()) {
			w = 120 // bold block names such as "deskundigheid"
		}
		v.table.SetColumnWidth(i, w)
	}
	v.table.SetColumnWidth(0, 70)
	v.table.OnSelected = func(id widget.TableCellID) {
		v.table.UnselectAll()
		// A block's amount leads to the investments of that block.
		if id.Col >= 1 && id.Col <= len(model.Blocks()) {
			inv := s.Show(Investments).(*investmentsScreen)
			inv.block.SetSelectedIndex(id.Col)
		}
	}
	v.bars = newChartView(fyne.NewSize(520, 260), func(box chart.Box) chart.Figure {
		return chart.BudgetBars(s.Doc().Analysis(), l, box)
	})
	v.summary = widget.NewLabel("")
	v.summary.Wrapping = fyne.TextWrapWord
	v.root = container.NewVSplit(
		container.NewBorder(v.summary, nil, nil, nil, v.table),
		v.bars.box)
	return v
}

func (v *budgetScreen) Content() fyne.CanvasObject { return v.root }

func (v *budgetScreen) Refresh() {
	a := v.s.Doc().Analysis()
	l := v.s.Lang()
	b := a.Budget
	money := func(m model.Money) string { return planning.FormatMoney(m, l) }
	v.cells = v.cells[:0]
	v.over = v.over[:0]
	for _, y := range b.Years {
		row := []string{strconv.Itoa(y.Year)}
		for i := range model.Blocks() {
			row = append(row, money(y.CashByBlock[i]))
		}
		ceiling := "–"
		if y.HasCeiling {
			ceiling = money(y.Ceiling)
		}
		row = append(row, money(y.CashOut), ceiling, money(y.Burden))
		v.cells = append(v.cells, row)
		v.over = append(v.over, y.Over)
	}
	total := []string{v.s.T("budget.total")}
	var ceilings model.Money
	for _, y := range b.Years {
		ceilings += y.Ceiling
	}
	for i := range model.Blocks() {
		total = append(total, money(b.CashByBlock[i]))
	}
	total = append(total, money(b.TotalCashOut), money(ceilings), money(b.TotalBurden))
	v.cells = append(v.cells, total)
	v.over = append(v.over, false)
	v.table.Refresh()

	human := planning.FormatShare(b.HumanShare, l) // "n.v.t." without spending
	perPupil := "–"
	if b.HasPerPupil {
		perPupil = money(b.PerPupil)
	}
	text := v.s.T("budget.summary", money(b.TotalCashOut), human, perPupil)
	if len(b.OverYears) > 0 {
		text += "\n" + v.s.T("budget.over", yearList(b.OverYears))
	}
	if b.DepreciationAfterPlan > 0 {
		text += "\n" + v.s.T("budget.after", money(b.DepreciationAfterPlan))
	}
	v.summary.SetText(text)
	v.bars.Refresh()
}

// yearList writes years as "2026, 2028".
func yearList(ys []int) string {
	out := make([]string, len(ys))
	for i, y := range ys {
		out[i] = strconv.Itoa(y)
	}
	return strings.Join(out, ", ")
}
