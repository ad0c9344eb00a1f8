package screens

import (
	"regexp"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"balansplan/model"
	"balansplan/planning"
	"balansplan/ui/widgets"
)

// benchmarkScreen compares the school's key figures with the national
// figures of the Vier in balans-monitor 2013 for its sector (only figures
// of high or medium confidence, each with its source).
type benchmarkScreen struct {
	s     Host
	intro *widget.Label
	table *widget.Table
	cells [][]string
	// detail shows the chosen row whole: a narrow window cuts its texts.
	detail *widget.Label
	root   fyne.CanvasObject
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
				setText(o.(*widget.Label), v.cells[id.Row][id.Col])
			}
		})
	v.table.ShowHeaderColumn = false
	v.table.CreateHeader = func() fyne.CanvasObject {
		return widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	}
	v.table.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		if id.Col >= 0 && id.Col < len(heads) {
			setText(o.(*widget.Label), heads[id.Col])
		}
	}
	// The columns share the pane's width (widgets.FitTable); a text cut
	// short is shown whole under the table when its row is chosen.
	_, fit := widgets.NewFitTable(v.table, []float32{290, 80, 230, 190, 210}, []float32{150, 70, 120, 110, 110})
	v.detail = widget.NewLabel(s.T("benchmark.detail.hint"))
	v.detail.Wrapping = fyne.TextWrapWord
	v.table.OnSelected = func(id widget.TableCellID) {
		if id.Row >= 0 && id.Row < len(v.cells) {
			var parts []string
			for i, c := range v.cells[id.Row] {
				parts = append(parts, heads[i]+": "+c)
			}
			v.detail.SetText(strings.Join(parts, "\n"))
		}
	}
	v.root = container.NewBorder(v.intro, v.detail, nil, nil, fit)
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
			national, outcome, SourceText(c.Source, l)})
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

var (
	figInParens = regexp.MustCompile(` ?\((figs? [^)]*)\)`)
	figsWord    = regexp.MustCompile(`\bfigs\b`)
	figWord     = regexp.MustCompile(`\bfig\b`)
)

// SourceText writes a reference figure's source as a reader can follow it:
// "A §3.4 (fig 34 text)" is "Vier in balans-monitor 2013, §3.4, figuur
// 34". The reference file's sources are notes for whoever checks the
// figures (document letter, section, figure, where in the figure); the
// document letters are named, the abbreviations written out and the
// notes about where in a figure left out.
func SourceText(src string, l model.Lang) string {
	s := strings.ReplaceAll(src, " text)", ")")
	s = figInParens.ReplaceAllString(s, ", $1")
	fig, figs, note := "figuur", "figuren", "voetnoot"
	if l == model.EN {
		fig, figs, note = "figure", "figures", "footnote"
	}
	s = figsWord.ReplaceAllString(s, figs)
	s = figWord.ReplaceAllString(s, fig)
	s = strings.ReplaceAll(s, "footnote", note)
	switch {
	case strings.HasPrefix(s, "A "):
		s = "Vier in balans-monitor 2013, " + strings.TrimPrefix(s, "A ")
	case s == "A":
		s = "Vier in balans-monitor 2013"
	}
	return strings.ReplaceAll(s, "; B", "; cursusmodule Vier in balans-monitor")
}
