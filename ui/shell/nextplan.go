package shell

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"balansplan/model"
	"balansplan/model/store"
	"balansplan/planning"
)

// File > "Volgend plan starten…" (issue 15): when a plan period ends, the
// school starts the next plan from this one. The window asks the period
// (by default the year after this plan's end, for as many years as this
// one), then where to save it, writes planning.NextPlan with store.Create
// into a new file, and offers to open it. The open plan is only read and
// stays open, so a school that closes the dialog has lost nothing. Like
// `balansplan next`, it never writes over an existing file: the new plan
// is a new decision, and the file chosen may be a plan of its own.

// nextPlanForm is the dialog that asks the period; tests fill it in.
type nextPlanForm struct {
	start, years *widget.Entry
	dlg          *dialog.FormDialog
}

// StartNextPlan asks the period of the next plan and goes on from there.
func (s *Shell) StartNextPlan() { s.startNextPlan() }

func (s *Shell) startNextPlan() *nextPlanForm {
	if s.doc == nil {
		return nil
	}
	s.flush()
	prev := s.doc.Plan()
	f := &nextPlanForm{start: widget.NewEntry(), years: widget.NewEntry()}
	f.start.SetText(strconv.Itoa(prev.EndYear + 1))
	f.years.SetText(strconv.Itoa(prev.EndYear - prev.StartYear + 1))
	f.start.Validator = func(t string) error { _, err := s.nextStart(prev, t); return err }
	f.years.Validator = func(t string) error { _, err := s.nextYears(t); return err }
	// Said at once, while typing: fyne otherwise waits until the field
	// loses the focus, and "Maken…" would look possible until then.
	f.start.AlwaysShowValidationError = true
	f.years.AlwaysShowValidationError = true
	intro := widget.NewLabel(s.T("nextplan.intro", planName(prev)))
	intro.Wrapping = fyne.TextWrapWord
	items := []*widget.FormItem{
		{Text: "", Widget: intro},
		{Text: s.T("nextplan.start"), Widget: f.start, HintText: s.T("nextplan.start.hint")},
		{Text: s.T("nextplan.years"), Widget: f.years, HintText: s.T("nextplan.years.hint", model.MaxPlanYears)},
	}
	f.dlg = dialog.NewForm(s.T("nextplan.title"), s.T("nextplan.create"), s.T("button.cancel"), items, func(ok bool) {
		if ok {
			s.nextPlanPeriod(prev, f.start.Text, f.years.Text)
		}
	}, s.win)
	f.dlg.Resize(fyne.NewSize(560, 340))
	f.dlg.Show()
	return f
}

// planName is the plan's title and period as the dialogs name it.
func planName(p *model.Plan) string {
	return fmt.Sprintf("%s (%d-%d)", p.Title, p.StartYear, p.EndYear)
}

// nextStart reads the first year of the next plan: a year after prev's
// first, since the next plan follows on this one.
func (s *Shell) nextStart(prev *model.Plan, text string) (int, error) {
	y, err := strconv.Atoi(strings.TrimSpace(text))
	if err != nil {
		return 0, s.Errorf("nextplan.err.year", strings.TrimSpace(text), prev.EndYear+1)
	}
	if y <= prev.StartYear {
		return 0, s.Errorf("nextplan.err.notafter", y, prev.StartYear, prev.EndYear)
	}
	return y, nil
}

// nextYears reads the number of years: at least one (a period of none
// leaves nothing to plan) and at most model.MaxPlanYears.
func (s *Shell) nextYears(text string) (int, error) {
	n, err := strconv.Atoi(strings.TrimSpace(text))
	switch {
	case err != nil:
		return 0, s.Errorf("nextplan.err.count", strings.TrimSpace(text), model.MaxPlanYears)
	case n < 1:
		return 0, s.Errorf("nextplan.err.empty", n, model.MaxPlanYears)
	case n > model.MaxPlanYears:
		return 0, s.Errorf("nextplan.err.toolong", n, model.MaxPlanYears)
	}
	return n, nil
}

// nextPlanPeriod checks the period asked, makes the next plan and asks
// where to save it. Every refusal is said in a dialog and writes nothing.
func (s *Shell) nextPlanPeriod(prev *model.Plan, startText, yearsText string) {
	start, err := s.nextStart(prev, startText)
	if err != nil {
		s.ShowError(err)
		return
	}
	years, err := s.nextYears(yearsText)
	if err != nil {
		s.ShowError(err)
		return
	}
	next := planning.NextPlan(prev, start, years, s.now().Format("2006-01-02"), s.Lang())
	if ps := next.Validate(); ps != nil {
		s.ShowError(ps)
		return
	}
	dir := ""
	if s.doc != nil {
		dir = filepath.Dir(s.doc.Path())
	}
	suggested := freeName(dir, func(n int) string {
		name := fileStem(next.Title)
		if n > 1 {
			name += " (" + strconv.Itoa(n) + ")"
		}
		return name + ".balans"
	})
	s.files.SaveFile(s.T("nextplan.saveas"), suggested, []string{".balans"}, func(path string) {
		path = withExt(path, ".balans")
		if path != "" {
			s.writeNextPlan(path, next)
		}
	})
}

// fileStem is a plan title fit for a file name: no path separators or
// characters Windows refuses, and never empty.
func fileStem(title string) string {
	t := strings.Map(func(r rune) rune {
		if strings.ContainsRune(`/\:*?"<>|`, r) || r < 32 {
			return '-'
		}
		return r
	}, strings.TrimSpace(title))
	if t == "" {
		return "plan"
	}
	return t
}

// writeNextPlan writes next into a new file at path and offers to open
// it. An existing file, the open plan's included, is never replaced.
func (s *Shell) writeNextPlan(path string, next *model.Plan) {
	if _, err := os.Lstat(path); err == nil {
		s.ShowError(s.Errorf("nextplan.err.exists", filepath.Base(path)))
		return
	}
	d, err := store.Create(path, next)
	if err != nil {
		s.ShowError(err)
		return
	}
	if err := d.Close(); err != nil {
		s.ShowError(err)
		return
	}
	s.SetStatus(s.T("nextplan.written.status", path))
	msg := widget.NewLabel(s.T("nextplan.written", planName(next), filepath.Base(path), len(next.Investments)))
	msg.Wrapping = fyne.TextWrapWord
	dlg := dialog.NewCustomConfirm(s.T("nextplan.title"), s.T("nextplan.open"), s.T("nextplan.later"), msg, func(open bool) {
		if open {
			s.openPath(path)
		}
	}, s.win)
	dlg.Resize(fyne.NewSize(520, 240))
	dlg.Show()
}
