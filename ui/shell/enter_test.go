package shell

import (
	"regexp"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"balansplan/model"
	"balansplan/ui/form"
	"balansplan/ui/internal/uitest"
	"balansplan/ui/screens"
)

// entryShowing finds the form field in the window that shows text.
func entryShowing(t *testing.T, s *Shell, text string) *form.Entry {
	t.Helper()
	var found *form.Entry
	uitest.Walk(s.win.Content(), func(o fyne.CanvasObject) {
		if e, ok := o.(*form.Entry); ok && e.Text == text && found == nil {
			found = e
		}
	})
	if found == nil {
		t.Fatalf("no field shows %q", text)
	}
	return found
}

// Enter writes at once, whatever the commit delay: the delay is for
// typing, not for Enter. While the write runs the status line says
// "opslaan…"; once it returns, that the change is saved.
func TestEnterWritesAtOnce(t *testing.T) {
	a := test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	w.Resize(fyne.NewSize(1280, 800))
	s, err := New(a, w, Config{Lang: model.NL, Files: &uitest.Answers{}, CommitDelay: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	p, err := demoPlan()
	if err != nil {
		t.Fatal(err)
	}
	s.createAndOpen(t.TempDir()+"/demo.balans", p)
	s.Show(screens.School)
	e := entryShowing(t, s, p.School.Name)
	e.SetText("")
	test.Type(e, "Het Rivierencollege")
	if got := uitest.OnDisk(t, s.doc.Path()).School.Name; got != p.School.Name {
		t.Fatalf("written while typing: %q", got)
	}
	if got, want := s.status.Text, "Opslaan…: naam van de school gewijzigd"; got != want {
		t.Errorf("status while the value waits: %q, want %q", got, want)
	}
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if got := uitest.OnDisk(t, s.doc.Path()).School.Name; got != "Het Rivierencollege" {
		t.Errorf("after Enter the file holds %q", got)
	}
	if !savedAt.MatchString(s.status.Text) {
		t.Errorf("status after Enter: %q, want \"Opgeslagen HH:MM:SS: naam van de school gewijzigd\"", s.status.Text)
	}
}

var savedAt = regexp.MustCompile(`^Opgeslagen [0-2][0-9]:[0-5][0-9]:[0-5][0-9]: naam van de school gewijzigd$`)

// A typed value that becomes invalid again no longer waits: the status
// line stops saying "Opslaan…" and says what it said before.
func TestTheStatusLineSaysSavingOnlyWhileAValueWaits(t *testing.T) {
	a := test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	s, err := New(a, w, Config{Lang: model.NL, Files: &uitest.Answers{}, CommitDelay: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	p, err := demoPlan()
	if err != nil {
		t.Fatal(err)
	}
	s.createAndOpen(t.TempDir()+"/demo.balans", p)
	s.Show(screens.School)
	before := s.status.Text
	e := entryShowing(t, s, p.School.Name)
	e.SetText("Het Rivierencollege")
	if !strings.HasPrefix(s.status.Text, "Opslaan…") {
		t.Fatalf("status while the value waits: %q", s.status.Text)
	}
	e.SetText("") // a school needs a name
	if s.status.Text != before {
		t.Errorf("status after the value became invalid: %q, want %q", s.status.Text, before)
	}
}

// In a multi-line field Enter starts a new line, and it writes what was
// typed at once as well: under the real driver the line break used to
// wait for the commit delay (about 300 ms), so a kill right after Enter
// lost the paragraph (issue 10 item 4; ui/enterkill.sh reproduces it with
// the real binary).
func TestEnterInAMultiLineFieldWritesAtOnce(t *testing.T) {
	a := test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	w.Resize(fyne.NewSize(1280, 800))
	s, err := New(a, w, Config{Lang: model.NL, Files: &uitest.Answers{}, CommitDelay: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	p, err := demoPlan()
	if err != nil {
		t.Fatal(err)
	}
	s.createAndOpen(t.TempDir()+"/demo.balans", p)
	s.Show(screens.Visions)
	e := entryShowing(t, s, p.Visions[0].Text)
	if !e.MultiLine {
		t.Fatal("the vision text is not a multi-line field")
	}
	w.Canvas().Focus(e)
	e.SetText("")
	test.Type(e, "Eerste alinea.")
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if got := uitest.OnDisk(t, s.doc.Path()).Visions[0].Text; got != "Eerste alinea.\n" {
		t.Errorf("after Enter the file holds %q, want %q", got, "Eerste alinea.\n")
	}
	if got := s.status.Text; !strings.HasPrefix(got, "Opgeslagen ") {
		t.Errorf("status after Enter: %q, want it to start with \"Opgeslagen \"", got)
	}
}
