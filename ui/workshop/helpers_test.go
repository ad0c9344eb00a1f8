package workshop

import (
	"errors"
	"testing"

	"fyne.io/fyne/v2"

	"balansplan/model"
	"balansplan/ui/document"
	"balansplan/ui/internal/uitest"
	"balansplan/ui/screens"
)

// window is the workshop's test window: uitest's Host with the screens of
// the registry and the Workshop screen, a stand-in for the shell's menu
// that a session takes away and RestoreWindow puts back, and undo and
// redo as the shell does them outside a session.
type window struct {
	*uitest.Host
	ws      *Workshop
	defs    []screens.Def
	built   map[string]screens.Screen
	current string
}

// planMenu stands for the shell's menu bar, five menus.
func planMenu() *fyne.MainMenu {
	var ms []*fyne.Menu
	for _, l := range []string{"Bestand", "Bewerken", "Beeld", "Workshop", "Taal"} {
		ms = append(ms, fyne.NewMenu(l))
	}
	return fyne.NewMainMenu(ms...)
}

// open opens p in a fresh file in a test window speaking l and returns
// the window's workshop.
func open(t testing.TB, l model.Lang, p *model.Plan) *Workshop {
	t.Helper()
	w := &window{Host: uitest.New(t, l, p), built: map[string]screens.Screen{}}
	w.ws = New(w)
	w.defs = append(screens.Registry(), w.ws.Screen())
	w.Window().SetMainMenu(planMenu())
	w.Doc().OnChange(func(document.Change) {
		for _, sc := range w.built {
			sc.Refresh()
		}
	})
	return w.ws
}

// withDemo opens the demo plan.
func withDemo(t testing.TB, l model.Lang) *Workshop {
	t.Helper()
	return open(t, l, uitest.DemoPlan(t))
}

// withFreshTeam opens the demo plan without its assessments and votes:
// the team has not met yet.
func withFreshTeam(t testing.TB) *Workshop { return withFreshTeamIn(t, model.NL) }

func withFreshTeamIn(t testing.TB, l model.Lang) *Workshop {
	t.Helper()
	p := uitest.DemoPlan(t)
	p.Assessments, p.Votes = nil, nil
	return open(t, l, p)
}

func win(s *Workshop) *window { return s.Host.(*window) }

// files is the window's file chooser.
func files(s *Workshop) *uitest.Answers { return win(s).Answers }

// current is the id of the screen the window shows.
func current(s *Workshop) string { return win(s).current }

// Show builds the screen the first time and puts it in the window.
func (w *window) Show(id string) screens.Screen {
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

// OpenSubject shows the fallback screen; the workshop opens no entities.
func (w *window) OpenSubject(_ []string, fallback string) {
	if fallback != "" {
		w.Show(fallback)
	}
}

// RestoreWindow puts the plan's menu back.
func (w *window) RestoreWindow() { w.Window().SetMainMenu(planMenu()) }

// undo and redo are the shell's, which are off during a session.
func undo(s *Workshop) { history(s, s.Doc().Undo) }
func redo(s *Workshop) { history(s, s.Doc().Redo) }

func history(s *Workshop, step func() error) {
	if s.InSession() {
		return
	}
	s.Pending().Flush()
	s.Pending().DropInvalid()
	if err := step(); err != nil && !errors.Is(err, document.ErrNothing) {
		s.ShowError(err)
	}
}

// Files is the window's file chooser, which answers from lists.
func (w *window) Files() FileChooser { return w.Answers }
