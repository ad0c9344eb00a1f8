package screens

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"balansplan/planning"
)

// benchmarkScreen compares the school's key figures with the national
// figures of the Vier in balans-monitor 2013 for its sector (only figures
// of high or medium confidence, each with its source).
type benchmarkScreen struct {
	s     Host
	intro *widget.Label
	table *widget.Table
	cells [][]string
	root  fyne.CanvasObject
}

func newBenchmarkScreen(s Host) Screen {
	v := &benchmarkScreen{s: s}
	heads := []string{s.T("col.indicator"), s.T("col.school"), s.T("col.national"), s.T("col.outcome"), s.T("col.source")}
	v.intro = widget.NewLabel("")
	v.intro.Wrapping = fyne.TextWrapWord
	v.table = widget.NewTableWithHeaders(
		func() (int, int) { return len(v.cells), len(heads) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(id widget.TableCellID, o fyne.CanvasObject) {
			if id.Row < len(v.cells) && id.Col < len(heads) {
				o.(*widget.Label).SetText(v.cells[id.Row][id.Col])
			}
		})
	v.table.ShowHeaderColumn = false
	v.table.CreateHeader = func() fyne.CanvasObject {
		return widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	}
	v.table.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		if id.Col >= 0 && id.Col < len(heads) {
			o.(*widget.Label).SetText(heads[id.Col])
		}
	}
	for i, w := range []float32{290, 80, 230, 190, 210} {
		v.table.SetColumnWidth(i, w)
	}
	v.root = container.NewBorder(v.intro, nil, nil, nil, v.table)
	return v
}

func (v *benchmarkScreen) Content() fyne.CanvasObject { return v.root }

func (v *benchmarkScreen) Refresh() {
	a := v.s.Doc().Analysis()
	l := v.s.Lang()
	b := a.Benchmark
	intro := v.s.T("benchmark.intro", b.Sector.Label(l), planning.FiguresYear)
	if amb := b.Ambition; amb != nil {
		share := planning.FormatNumber(amb.Share, 0, l) + "%"
		if amb.Derived() {
			share += " (" + planning.Derived.In(l) + ")"
		}
		intro += "\n" + v.s.T("benchmark.ambition", amb.Ambition.Label(l), share, amb.Source)
	}
	// A yes or no of one school is not compared with a share of schools:
	// it is said in a sentence (wifi).
	for _, c := range b.Comparisons {
		if c.Outcome == planning.Info {
			intro += "\n" + c.Sentence(b.Sector, l)
		}
	}
	if len(b.Comparisons) == 0 {
		intro += "\n" + v.s.T("benchmark.none")
	}
	v.intro.SetText(intro)
	v.cells = v.cells[:0]
	for _, c := range b.Comparisons {
		if c.Outcome == planning.Info {
			continue
		}
		outcome := c.Outcome.Label(l)
		if c.LowerIsMore && c.Outcome == planning.Lager {
			outcome += " " + v.s.T("benchmark.lowerismore")
		}
		national := qualifier(c.Qualifier) + planning.FormatNumber(c.National, 1, l) + unit(c.Unit)
		if c.Derived() {
			national += " (" + planning.Derived.In(l) + ")"
		}
		if note := c.NationalNote.In(l); note != "" {
			national += ", " + note
		}
		v.cells = append(v.cells, []string{c.Label.In(l),
			planning.FormatNumber(c.School, 1, l) + unit(c.Unit),
			national, outcome, c.Source})
	}
	v.table.Refresh()
}

func unit(u string) string {
	if strings.HasPrefix(u, "percent") || u == "%" {
		return "%"
	}
	return ""
}

func qualifier(q string) string {
	switch q {
	case "approx":
		return "± "
	case "more_than":
		return "> "
	}
	return ""
}
