package screens

import (
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

// routeScreen shows whether the plan is onderwijsgedreven: the route
// figure with the shares T (material cost traced to a vision) and E
// (expertise first), and the traceability matrix of vision statements
// against the bouwstenen that serve them. Choosing a row opens the vision.
type routeScreen struct {
	s       Host
	fig     *chartView
	verdict *widget.Label
	table   *widget.Table
	rows    []planning.Trace
	query   string
	root    fyne.CanvasObject
}

func newRouteScreen(s Host) Screen {
	v := &routeScreen{s: s}
	l := s.Lang()
	v.fig = newChartView(fyne.NewSize(560, 260), func(box chart.Box) chart.Figure {
		return RouteFigure(s, s.Doc().Analysis(), l, box)
	})
	v.verdict = widget.NewLabel("")
	v.verdict.Wrapping = fyne.TextWrapWord
	blocks := model.Blocks()
	v.table = widget.NewTableWithHeaders(
		func() (int, int) { return len(v.rows), 1 + len(blocks) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(id widget.TableCellID, o fyne.CanvasObject) {
			lbl := o.(*widget.Label)
			if id.Row >= len(v.rows) {
				return
			}
			t := v.rows[id.Row]
			if id.Col == 0 {
				// A cell of another column may be reused here: its
				// importance is set too.
				setLabel(lbl, t.Vision+"  "+t.Title, lbl.TextStyle.Bold, widget.MediumImportance)
				return
			}
			text, imp := "–", widget.LowImportance
			if codes := t.Codes(blocks[id.Col-1]); len(codes) > 0 {
				text, imp = strings.Join(codes, ", "), widget.MediumImportance
			}
			setLabel(lbl, text, lbl.TextStyle.Bold, imp)
		})
	v.table.ShowHeaderColumn = false
	v.table.CreateHeader = func() fyne.CanvasObject {
		return widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	}
	v.table.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		lbl := o.(*widget.Label)
		switch {
		case id.Col == 0:
			setText(lbl, s.T("col.vision"))
		case id.Col > 0 && id.Col <= len(blocks):
			setText(lbl, chart.ShortLabel(blocks[id.Col-1], l))
		}
	}
	// The columns share the pane's width (widgets.FitTable): the
	// vision's title gives up room first (it ends in an ellipsis), a
	// block's column keeps room for its name.
	want, min := []float32{320}, []float32{140}
	pad := 2*theme.InnerPadding() + 4
	for _, b := range blocks {
		want = append(want, 140)
		min = append(min, fyne.MeasureText(chart.ShortLabel(b, l), theme.TextSize(), fyne.TextStyle{Bold: true}).Width+pad)
	}
	_, fit := widgets.NewFitTable(v.table, want, min)
	v.table.OnSelected = func(id widget.TableCellID) {
		v.table.UnselectAll()
		if id.Row >= 0 && id.Row < len(v.rows) {
			t := v.rows[id.Row]
			codes := []string{t.Vision}
			if id.Col > 0 {
				codes = append(t.Codes(blocks[id.Col-1]), t.Vision)
			}
			s.OpenSubject(codes, "")
		}
	}
	top := container.NewVBox(v.fig.box, v.verdict, termButtons(s, "term.t", "term.e"),
		widget.NewLabelWithStyle(s.T("route.matrix"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	v.root = container.NewBorder(top, nil, nil, nil, fit)
	return v
}

func (v *routeScreen) Content() fyne.CanvasObject { return v.root }

func (v *routeScreen) Refresh() {
	a := v.s.Doc().Analysis()
	l := v.s.Lang()
	v.fig.Refresh()
	r := a.Route
	reason, shares := RouteText(v.s, &r, l)
	v.verdict.SetText(reason + "\n" + shares)
	v.rows = v.rows[:0]
	for _, t := range r.Matrix {
		if matches(v.query, t.Vision, t.Title) {
			v.rows = append(v.rows, t)
		}
	}
	v.table.Refresh()
}

func (v *routeScreen) Filter(q string) {
	v.query = q
	v.Refresh()
}
