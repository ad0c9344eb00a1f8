package screens

import (
	"errors"
	"strings"
	"testing"

	"balansplan/model"
	"balansplan/planning"
	"balansplan/ui/document"
	"balansplan/ui/form"
	"balansplan/ui/internal/uitest"
)

// window is the screens' test window: uitest's Host with navigation
// between the screens of the registry, undo and redo as the shell does
// them, and every built screen refreshed after each change.
type window struct {
	*uitest.Host
	defs    []Def
	built   map[string]Screen
	current string
}

func newWindow(t testing.TB, l model.Lang, p *model.Plan) *window {
	t.Helper()
	w := &window{Host: uitest.New(t, l, p), defs: Registry(), built: map[string]Screen{}}
	w.Doc().OnChange(func(document.Change) {
		for _, sc := range w.built {
			sc.Refresh()
		}
	})
	return w
}

// withDemo opens the demo plan in a fresh file.
func withDemo(t testing.TB, l model.Lang) *window {
	t.Helper()
	return newWindow(t, l, uitest.DemoPlan(t))
}

// Editor is the document as the shell hands it to forms: an edit of an
// adopted plan starts a new concept version first (form.Revising), on
// the screens' clock.
func (w *window) Editor() form.Editor {
	return form.Revising{Editor: w.Doc(), Today: Clock, Label: func(label, number, from string) string {
		return w.T("edit.revised", label, number, from)
	}}
}

// Edit is the shell's Edit, through Editor.
func (w *window) Edit(label string, change func(p *model.Plan)) bool {
	w.Pending().Flush()
	if err := w.Editor().Edit(label, change); err != nil {
		w.ShowError(err)
		return false
	}
	return true
}

// Show builds the screen the first time and puts it in the window.
func (w *window) Show(id string) Screen {
	w.Pending().Flush()
	sc, ok := w.built[id]
	if !ok {
		for _, d := range w.defs {
			if d.ID == id {
				sc = d.Build(w)
			}
		}
		if sc == nil {
			return nil
		}
		w.built[id] = sc
		sc.Refresh()
	}
	w.current = id
	w.Window().SetContent(sc.Content())
	return sc
}

// OpenSubject opens the vision or investment with one of the codes, as the
// shell does, else the fallback screen.
func (w *window) OpenSubject(codes []string, fallback string) {
	p := w.Doc().Plan()
	for _, c := range codes {
		for _, v := range p.Visions {
			if v.Code == c {
				w.Show(Visions).(Selecter).SelectCode(c)
				return
			}
		}
		for _, inv := range p.Investments {
			if inv.Code == c {
				w.Show(Investments).(Selecter).SelectCode(c)
				return
			}
		}
	}
	if fallback != "" {
		w.Show(fallback)
	}
}

// Undo is the shell's undo: typed values first, invalid ones dropped.
func (w *window) Undo() { w.history(w.Doc().Undo) }

// Redo is the shell's redo.
func (w *window) Redo() { w.history(w.Doc().Redo) }

func (w *window) history(step func() error) {
	w.Pending().Flush()
	dropped := w.Pending().DropInvalid()
	err := step()
	switch {
	case errors.Is(err, document.ErrNothing):
		if dropped {
			for _, sc := range w.built {
				sc.Refresh()
			}
		}
	case err != nil:
		w.ShowError(err)
	}
}

func findings(w *window, code planning.Code) [][]string {
	var subjects [][]string
	for _, f := range w.Doc().Analysis().Findings {
		if f.Code == code {
			subjects = append(subjects, f.Subject)
		}
	}
	return subjects
}

func hasFinding(w *window, code planning.Code, subject string) bool {
	for _, subj := range findings(w, code) {
		for _, c := range subj {
			if c == subject {
				return true
			}
		}
	}
	return false
}

// listed reports whether the Bevindingen screen shows the finding.
func listed(w *window, code planning.Code, subject string) bool {
	v := w.Show(Findings).(*findingsScreen)
	for _, f := range v.shown {
		if f.Code == code && strings.Contains(strings.Join(f.Subject, ","), subject) {
			return true
		}
	}
	return false
}
