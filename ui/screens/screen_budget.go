package screens

import (
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balansplan/model"
	"balansplan/planning"
	"balansplan/planning/chart"
	"balansplan/ui/widgets"
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
	heads   []string   // the column headers
	fit     *widgets.FitTable
	// The plan is the first tab, what was spent the second (issue 15).
	tabs *container.AppTabs
	real *realisationPage
	root fyne.CanvasObject
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
			imp := widget.MediumImportance
			if v.over[id.Row] && (id.Col == len(heads)-3 || id.Col == 0) {
				imp = widget.DangerImportance
			}
			setLabel(lbl, v.cells[id.Row][id.Col], id.Row == len(v.cells)-1, imp)
		})
	v.table.ShowHeaderColumn = false
	v.table.CreateHeader = func() fyne.CanvasObject {
		l := widget.NewLabelWithStyle("", fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})
		l.Truncation = fyne.TextTruncateEllipsis
		return l
	}
	v.table.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		if id.Col >= 0 && id.Col < len(heads) {
			setText(o.(*widget.Label), heads[id.Col])
		}
	}
	v.heads = heads
	v.table.OnSelected = func(id widget.TableCellID) {
		v.table.UnselectAll()
		// A block's amount leads to the investments of that block.
		if id.Col >= 1 && id.Col <= len(model.Blocks()) {
			inv := s.Show(Investments).(*investmentsScreen)
			inv.block.SetSelectedIndex(id.Col)
		}
	}
	v.bars = newChartView(fyne.NewSize(400, 160), func(box chart.Box) chart.Figure {
		return chart.BudgetBars(s.Doc().Analysis(), l, box)
	})
	v.summary = widget.NewLabel("")
	v.summary.Wrapping = fyne.TextWrapWord
	// The table (five rows with the total) gets more of the height than
	// the figure, which is drawn again at any size.
	var fit fyne.CanvasObject
	v.fit, fit = widgets.NewFitTable(v.table, nil, nil)
	split := container.NewVSplit(
		container.NewBorder(container.NewVBox(v.summary, termButtons(s, "term.cashout", "term.burden", "term.ceiling")), nil, nil, nil, fit),
		v.bars.box)
	split.Offset = 0.62
	v.real = newRealisationPage(s)
	v.tabs = container.NewAppTabs(
		container.NewTabItem(s.T("budget.tab.plan"), split),
		container.NewTabItem(s.T("budget.tab.realisation"), v.real.root))
	v.root = v.tabs
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
	ceilingTotal := "–" // no ceiling set is not a ceiling of € 0
	if slices.ContainsFunc(b.Years, func(y planning.BudgetYear) bool { return y.HasCeiling }) {
		ceilingTotal = money(ceilings)
	}
	for i := range model.Blocks() {
		total = append(total, money(b.CashByBlock[i]))
	}
	total = append(total, money(b.TotalCashOut), ceilingTotal, money(b.TotalBurden))
	v.cells = append(v.cells, total)
	v.over = append(v.over, false)
	v.fitColumns()
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
	v.real.Refresh()
}

// fitColumns asks for every column as wide as its header and its widest
// cell in bold at the current text size, so that at a larger text size
// the headers ("deskundigheid") do not run into each other; where the
// pane is narrower than that (1024x640) a header gives up room first,
// ending in an ellipsis, but an amount never does (widgets.FitTable).
func (v *budgetScreen) fitColumns() {
	size := theme.TextSize()
	pad := 2*theme.InnerPadding() + 4
	bold := fyne.TextStyle{Bold: true}
	want, min := make([]float32, len(v.heads)), make([]float32, len(v.heads))
	for i, h := range v.heads {
		var w float32
		for _, row := range v.cells {
			if i < len(row) {
				w = max(w, fyne.MeasureText(row[i], size, bold).Width)
			}
		}
		min[i] = w + pad
		want[i] = max(w, fyne.MeasureText(h, size, bold).Width) + pad
	}
	v.fit.Want, v.fit.Min = want, min
	// The table itself is refreshed after this (Refresh): once is enough.
	if c := v.fit.Table; c.Size().Width > 0 {
		v.fit.Layout([]fyne.CanvasObject{c}, c.Size())
	}
}

// yearList writes years as "2026, 2028".
func yearList(ys []int) string {
	out := make([]string, len(ys))
	for i, y := range ys {
		out[i] = strconv.Itoa(y)
	}
	return strings.Join(out, ", ")
}
