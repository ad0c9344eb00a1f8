package shell

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"balansplan/model"
	"balansplan/ui/internal/uitest"
	"balansplan/ui/screens"
)

// newShell starts the shell in a test window with no plan open.
func newShell(t testing.TB, l model.Lang) (*Shell, *uitest.Answers) {
	t.Helper()
	a := test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	files := &uitest.Answers{}
	s, err := New(a, w, Config{Lang: l, Files: files})
	if err != nil {
		t.Fatal(err)
	}
	w.Resize(fyne.NewSize(1280, 800))
	return s, files
}

// withDemo starts the shell with the demo plan in a fresh file.
func withDemo(t *testing.T, l model.Lang) *Shell {
	t.Helper()
	s, _ := newShell(t, l)
	p, err := demoPlan()
	if err != nil {
		t.Fatal(err)
	}
	s.createAndOpen(filepath.Join(t.TempDir(), "demo.balans"), p)
	if s.doc == nil {
		t.Fatal("the demo plan did not open")
	}
	return s
}

func TestAPlanFromScratchToExport(t *testing.T) {
	s, files := newShell(t, model.NL)
	dir := t.TempDir()

	// New plan: the wizard asks for the school, then the period.
	w := s.newWizard()
	if !w.next.Disabled() {
		t.Error("Next is possible without a school name")
	}
	test.Type(w.name, "OBS De Regenboog")
	test.Tap(w.next)
	if w.step != 1 {
		t.Fatal("the wizard did not go to step 2")
	}
	w.start.SetText("2026")
	w.end.SetText("2029")
	files.Save = []string{filepath.Join(dir, "regenboog.balans")}
	test.Tap(w.ready)
	if s.doc == nil {
		t.Fatal("no plan open after the wizard")
	}
	if got := s.win.Title(); !strings.Contains(got, "OBS De Regenboog") || !strings.Contains(got, "regenboog.balans") {
		t.Errorf("window title %q lacks the school or the file", got)
	}

	// Something to export: a vision and an investment serving it.
	vid := model.NewID()
	s.Edit("test", func(p *model.Plan) {
		p.Visions = append(p.Visions, model.Vision{ID: vid, Code: "V1", Title: "Iedere leerling werkt op eigen niveau"})
		p.Investments = append(p.Investments, model.Investment{ID: model.NewID(), Code: "N1", Block: model.BlockInfrastructuur,
			Title: "Laptops voor groep 7 en 8", Start: model.MonthOf(2026, 8), Cost: model.Cost{OneOff: model.Euros(24000)},
			VisionIDs: []string{vid}})
	})
	if n := len(uitest.OnDisk(t, s.doc.Path()).Investments); n != 1 {
		t.Fatalf("%d investments on disk, want 1", n)
	}

	// Export as JSON: the link is in it, by code.
	jsonPath := filepath.Join(dir, "regenboog.json")
	files.Save = []string{jsonPath}
	s.ExportJSON()
	data, err := os.ReadFile(jsonPath)
	if err != nil {
		t.Fatal(err)
	}
	back, problems := model.DecodeJSON(bytes.NewReader(data))
	if len(problems) > 0 {
		t.Fatal(problems)
	}
	if back.Investments[0].Title != "Laptops voor groep 7 en 8" || len(back.Investments[0].VisionIDs) != 1 {
		t.Errorf("exported investment: %+v", back.Investments[0])
	}

	// Export as PDF, on a goroutine of its own.
	pdfPath := filepath.Join(dir, "regenboog.pdf")
	done := make(chan error, 1)
	s.exportPDF(pdfPath, func(err error) { done <- err })
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	head := make([]byte, 5)
	f, err := os.Open(pdfPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	f.Read(head)
	if string(head) != "%PDF-" {
		t.Errorf("%s does not start like a PDF: %q", pdfPath, head)
	}
}

func TestASubjectOpensInItsScreen(t *testing.T) {
	s := withDemo(t, model.NL)
	for _, c := range []struct {
		codes    []string
		fallback string
		want     string
	}{
		{[]string{"D2"}, "", screens.Investments},
		{[]string{"V1"}, "", screens.Visions},
		{[]string{"X9", "V1"}, screens.Budget, screens.Visions}, // the first code that exists
		{nil, screens.Budget, screens.Budget},
	} {
		s.Show(screens.Overview)
		s.OpenSubject(c.codes, c.fallback)
		if got := s.defs[s.current].ID; got != c.want {
			t.Errorf("%v (else %s) opened %s, want %s", c.codes, c.fallback, got, c.want)
		}
		if want := s.T("screen." + c.want); s.heading.Text != want {
			t.Errorf("%v: heading %q, want %q", c.codes, s.heading.Text, want)
		}
	}
}

func TestFindJumpsToACodeAndFiltersTheList(t *testing.T) {
	s := withDemo(t, model.NL)
	s.Show(screens.Overview)
	s.find.SetText("d2")
	s.jump("d2")
	if s.defs[s.current].ID != screens.Investments {
		t.Fatalf("jumped to %s", s.defs[s.current].ID)
	}
	shown := func(code string) bool {
		return strings.Contains(test.RenderObjectToMarkup(s.body), ">"+code+"</text>")
	}
	if !shown("D2") || shown("D1") {
		t.Errorf("with the search d2 the list shows D2 %v, D1 %v", shown("D2"), shown("D1"))
	}
	s.find.SetText("")
	if !shown("D1") {
		t.Error("clearing the search did not bring D1 back")
	}
}

// A workshop session has the window: its menu instead of the plan's, and
// no undo, which would show a previous participant's answers; afterwards
// the plan's menu is back, on the Workshop screen.
func TestASessionHasTheWindowWithoutUndo(t *testing.T) {
	s := withDemo(t, model.NL)
	s.Show(screens.Budget)
	s.ws.StartGuided("")
	if !s.ws.InSession() || s.win.MainMenu().Items[0].Label != s.T("menu.workshop") {
		t.Fatal("the session did not take the menu")
	}
	label, _ := s.doc.CanUndo()
	s.Undo()
	if l2, _ := s.doc.CanUndo(); l2 != label {
		t.Error("undo worked during the session")
	}
	s.ws.EndSession()
	if s.ws.InSession() || len(s.win.MainMenu().Items) < 5 {
		t.Error("the menus did not come back")
	}
	if s.defs[s.current].ID != screens.Workshop {
		t.Errorf("after the session the window shows %s", s.defs[s.current].ID)
	}
}

func TestSaveAsSwitchesToTheCopy(t *testing.T) {
	s := withDemo(t, model.NL)
	orig := s.doc.Path()
	files := s.files.(*uitest.Answers)
	cp := filepath.Join(t.TempDir(), "kopie")
	files.Save = []string{cp}
	s.SaveAs()
	if s.doc.Path() != cp+".balans" {
		t.Fatalf("document at %s, want %s.balans", s.doc.Path(), cp)
	}
	if !strings.Contains(s.win.Title(), "kopie.balans") {
		t.Errorf("title %q", s.win.Title())
	}
	s.Edit("test", func(p *model.Plan) { p.Version = "9.9" })
	if uitest.OnDisk(t, orig).Version == "9.9" {
		t.Error("an edit after save as reached the original")
	}
}

func TestSaveAsOntoTheOpenPlanSaysItIsAlreadySaved(t *testing.T) {
	s := withDemo(t, model.EN)
	orig := s.doc.Path()
	files := s.files.(*uitest.Answers)
	files.Save = []string{orig}
	s.SaveAs()
	if s.doc.Path() != orig {
		t.Fatalf("document moved to %s", s.doc.Path())
	}
	if got := s.status.Text; !strings.Contains(got, "already in it") {
		t.Errorf("status %q", got)
	}
	if _, err := os.Stat(orig); err != nil {
		t.Fatalf("the open plan is gone: %v", err)
	}
}

func TestOpeningAForeignFileExplainsWhy(t *testing.T) {
	s, files := newShell(t, model.NL)
	path := filepath.Join(t.TempDir(), "boodschappen.balans")
	os.WriteFile(path, []byte("melk, brood"), 0o644)
	files.Open = []string{path}
	s.Open()
	if s.doc != nil {
		t.Fatal("a foreign file opened")
	}
	if got := s.status.Text; !strings.Contains(got, "boodschappen.balans") || !strings.Contains(got, "geen Balansplan-bestand") {
		t.Errorf("status says %q", got)
	}
}

func TestSwitchingLanguageKeepsThePlan(t *testing.T) {
	s := withDemo(t, model.NL)
	s.Show(screens.Budget)
	s.SetLang(model.EN)
	if s.doc == nil || s.heading.Text != "Budget" {
		t.Errorf("after switching: doc %v, heading %q", s.doc != nil, s.heading.Text)
	}
	if s.app.Preferences().String(prefLang) != "en" {
		t.Error("the choice is not remembered")
	}
}

func TestRecentFilesAreRemembered(t *testing.T) {
	s := withDemo(t, model.NL)
	if got := s.prefs.last(); got != s.doc.Path() {
		t.Errorf("last file %q, want %q", got, s.doc.Path())
	}
	if n := len(s.recent.ChildMenu.Items); n != 1 {
		t.Errorf("Open recent has %d items", n)
	}
}

func TestEveryScreenBuildsAndRefreshes(t *testing.T) {
	for _, l := range []model.Lang{model.NL, model.EN} {
		s := withDemo(t, l)
		for _, d := range s.defs {
			if sc := s.Show(d.ID); sc == nil || sc.Content() == nil {
				t.Errorf("%s: screen %s did not build", l, d.ID)
			}
		}
		s.Edit("titel", func(p *model.Plan) { p.Title = "Ander plan" })
		s.refreshAll()
	}
}
