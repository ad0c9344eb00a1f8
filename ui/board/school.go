package board

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"balansplan/model"
	"balansplan/planning"
)

// openRow opens the school in row of the table; a row outside the table
// (nothing selected) does nothing.
func (w *Window) openRow(row int) {
	if row < 0 || row >= len(w.rows) {
		return
	}
	w.openSchool(w.rows[row])
}

// openSchool shows school i read-only in a window of its own, from what
// the roll-up keeps of its plan: the plan file is not opened again.
func (w *Window) openSchool(i int) {
	sw := w.app.NewWindow(w.tr.T("rollup.school.title", w.names[i]))
	sw.SetContent(container.NewVScroll(container.NewPadded(w.schoolView(i))))
	sw.Resize(fyne.NewSize(760, 600))
	sw.Canvas().SetOnTypedKey(func(e *fyne.KeyEvent) {
		if e.Name == fyne.KeyEscape {
			sw.Close()
		}
	})
	sw.Show()
	w.opened = append(w.opened, sw)
}

func label(s string, bold bool) *widget.Label {
	l := widget.NewLabelWithStyle(s, fyne.TextAlignLeading, fyne.TextStyle{Bold: bold})
	l.Wrapping = fyne.TextWrapWord
	return l
}

// plain is a one-line label for a grid cell: a wrapping label in a grid
// asks for rows twice as high as its text.
func plain(s string, bold bool) *widget.Label {
	return widget.NewLabelWithStyle(s, fyne.TextAlignLeading, fyne.TextStyle{Bold: bold})
}

func right(s string, bold bool) *widget.Label {
	return widget.NewLabelWithStyle(s, fyne.TextAlignTrailing, fyne.TextStyle{Bold: bold})
}

// schoolView is the school's plan at a glance, with nothing to edit.
func (w *Window) schoolView(i int) fyne.CanvasObject {
	s := &w.bd.Schools[i]
	l := w.lang()
	T := w.tr.T
	state := statusOf(s).Label(l)
	if s.Adopted() {
		if s.AdoptionDate != "" {
			state = T("rollup.school.adoptedon", state, s.AdoptionDate)
		} else {
			state = T("rollup.school.dateunknown", state)
		}
	}
	period := fmt.Sprintf("%d – %d", s.StartYear, s.EndYear)
	if s.PeriodEnded {
		period += " · " + T("rollup.why.ended")
	}
	pupils := "–"
	if s.Pupils > 0 {
		pupils = fmt.Sprint(s.Pupils)
	}
	box := container.NewVBox(
		widget.NewLabelWithStyle(w.names[i], fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		label(T("rollup.readonly"), false),
		widget.NewForm(
			widget.NewFormItem(T("rollup.school.plan"), label(s.Title, false)),
			widget.NewFormItem(T("rollup.col.period"), label(period, false)),
			widget.NewFormItem(T("rollup.col.status"), label(state, false)),
			widget.NewFormItem("BRIN", label(s.BRIN, false)),
			widget.NewFormItem(T("rollup.school.pupils"), label(pupils, false)),
			widget.NewFormItem(T("rollup.school.file"), label(s.File, false)),
			widget.NewFormItem(T("rollup.col.route"), label(fmt.Sprintf("%s · T %s · E %s", s.Verdict.Label(l),
				planning.FormatShare(s.T, l), planning.FormatShare(s.E, l)), true)),
		),
	)

	// Balance: block, now (coloured as on the heat map), goal, cash out.
	box.Add(label(T("rollup.school.levels", s.Participants), true))
	g := container.NewGridWithColumns(4,
		plain(T("rollup.school.block"), true), right(T("rollup.school.now"), true), right(T("rollup.school.goal"), true), right(T("rollup.col.cash"), true))
	for bi, bl := range model.Blocks() {
		lv := s.Levels[bi]
		g.Add(plain(bl.Label(l), false))
		g.Add(w.heatCell(lv.Now, false))
		g.Add(right(w.levelText(lv.Goal), false))
		g.Add(right(planning.FormatMoney(s.CashByBlock[bi], l), false))
	}
	box.Add(g)

	box.Add(label(T("rollup.school.budget", planning.FormatShare(s.HumanShare, l)), true))
	bg := container.NewGridWithColumns(4,
		plain(T("rollup.school.year"), true), right(T("rollup.col.cash"), true), right(T("rollup.school.burden"), true), right(T("rollup.col.perpupil"), true))
	for _, y := range s.Years {
		pp := "–"
		if y.HasPerPupil {
			pp = planning.FormatMoney(y.PerPupil, l)
		}
		bg.Add(plain(fmt.Sprint(y.Year), false))
		bg.Add(right(planning.FormatMoney(y.CashOut, l), false))
		bg.Add(right(planning.FormatMoney(y.Burden, l), false))
		bg.Add(right(pp, false))
	}
	bg.Add(plain(T("rollup.school.total"), true))
	bg.Add(right(planning.FormatMoney(s.TotalCashOut, l), true))
	bg.Add(plain("", false))
	pp := "–"
	if s.HasPerPupil {
		pp = planning.FormatMoney(s.PerPupil, l)
	}
	bg.Add(right(pp, true))
	box.Add(bg)

	f := s.Findings
	box.Add(label(T("rollup.school.findings", f.Hoog, f.Midden, f.Laag), true))
	if len(s.Top) == 0 {
		box.Add(label(T("rollup.school.nofindings"), false))
	}
	for _, fd := range s.Top {
		head := fd.Severity.Label(l)
		if len(fd.Subject) > 0 {
			head += " · " + strings.Join(fd.Subject, ", ")
		}
		lb := label(head+": "+fd.Message.In(l), false)
		if fd.Severity == planning.Hoog {
			lb.Importance = widget.DangerImportance
		}
		box.Add(lb)
	}
	return box
}
