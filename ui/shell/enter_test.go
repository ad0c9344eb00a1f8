package shell

import (
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
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if got := uitest.OnDisk(t, s.doc.Path()).School.Name; got != "Het Rivierencollege" {
		t.Errorf("after Enter the file holds %q", got)
	}
}
