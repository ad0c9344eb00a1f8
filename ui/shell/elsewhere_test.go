package shell

import (
	"os/exec"
	"strings"
	"testing"

	"balansplan/model"
	"balansplan/ui/internal/uitest"
	"balansplan/ui/screens"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// Opening a file that another window has open warns at once, in the
// user's language; the first window got no warning.
func TestOpeningAFileOpenElsewhereWarns(t *testing.T) {
	first := withDemo(t, model.NL)
	if top := first.win.Canvas().Overlays().Top(); top != nil {
		t.Fatal("the first window shows a dialog")
	}
	second, files := newShell(t, model.NL)
	files.Open = []string{first.doc.Path()}
	second.Open()
	if second.doc == nil {
		t.Fatal("the second window did not open the file")
	}
	text, _ := uitest.TopDialog(t, second.win)
	if !strings.Contains(text, "al open in een ander venster") || !strings.Contains(text, "demo.balans") {
		t.Errorf("the second window says %q", text)
	}
}

// When another window wrote first, an edit is refused; the window offers
// to open the file again, then shows the user's unsaved value beside the
// file's, and later edits are written again.
func TestAfterAConflictTheWindowReloadsAndShowsWhatWasTyped(t *testing.T) {
	first := withDemo(t, model.NL)
	name := first.doc.Plan().School.Name
	second, files := newShell(t, model.NL)
	files.Open = []string{first.doc.Path()}
	second.Open()
	second.win.Canvas().Overlays().Top().Hide() // the open-elsewhere warning
	second.Show(screens.School)

	// The first window saves a new name.
	first.Edit("naam", func(p *model.Plan) { p.School.Name = "Het Rivierencollege" })

	// The second, still on the old plan, types another.
	e := entryShowing(t, second, name)
	uitest.Enter(e, "Het Dijkcollege Noord")
	text, buttons := uitest.TopDialog(t, second.win)
	reload := buttons["Opnieuw openen"]
	if reload == nil || !strings.Contains(text, "gewijzigd") {
		t.Fatalf("after the conflict the window says %q with buttons %v", text, buttons)
	}
	test.Tap(reload)
	if got := second.doc.Plan().School.Name; got != "Het Rivierencollege" {
		t.Fatalf("after reloading the plan has school %q", got)
	}
	text, _ = uitest.TopDialog(t, second.win)
	if !strings.Contains(text, `jij typte "Het Dijkcollege Noord"`) || !strings.Contains(text, `in het bestand staat "Het Rivierencollege"`) {
		t.Errorf("after reloading the window says %q", text)
	}
	// The field shows the file's value, and a new edit is written.
	e = entryShowing(t, second, "Het Rivierencollege")
	uitest.Enter(e, "Het Dijkcollege Noord")
	if got := uitest.OnDisk(t, second.doc.Path()).School.Name; got != "Het Dijkcollege Noord" {
		t.Errorf("the edit after reloading left %q in the file", got)
	}
}

// A plan with a value another program stored wrongly opens, lists its
// problems at once and says so in the status line instead of "every
// change is saved"; choosing the problem opens its investment.
func TestAPlanWithAStoredProblemListsItAtOpen(t *testing.T) {
	sqlite, err := exec.LookPath("sqlite3")
	if err != nil {
		t.Skip("the sqlite3 program is not installed; it makes the damaged file")
	}
	s := withDemo(t, model.NL)
	path := s.doc.Path()
	s.Close()
	if out, err := exec.Command(sqlite, path, "UPDATE investments SET block = 'quantum' WHERE code = 'D1'").CombinedOutput(); err != nil {
		t.Fatalf("sqlite3: %v: %s", err, out)
	}
	s, files := newShell(t, model.NL)
	files.Open = []string{path}
	s.Open()
	if s.doc == nil {
		t.Fatal("the plan did not open")
	}
	text, _ := uitest.TopDialog(t, s.win)
	if !strings.Contains(text, "kloppen niet (1 waarde)") {
		t.Errorf("the dialog says %q", text)
	}
	if st := s.status.Text; !strings.Contains(st, "waarden die niet kloppen") || strings.Contains(st, "meteen opgeslagen") {
		t.Errorf("the status line says %q", st)
	}
	var list *widget.List
	uitest.Walk(s.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.List); ok {
			list = l
		}
	})
	if list == nil || list.Length() != 1 {
		t.Fatalf("the problems are not listed")
	}
	list.Select(0)
	if s.defs[s.current].ID != screens.Investments {
		t.Errorf("choosing the problem opened %s", s.defs[s.current].ID)
	}
}
