package shell

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"balansplan/model"
	"balansplan/ui/internal/uitest"
	"balansplan/ui/screens"
	"balansplan/ui/widgets"
)

// press runs the menu item that carries shortcut sc, as the desktop
// driver does (it compares the shortcuts' names), and fails when none
// does.
func press(t *testing.T, s *Shell, key fyne.KeyName, mod fyne.KeyModifier) {
	t.Helper()
	want := (&desktop.CustomShortcut{KeyName: key, Modifier: fyne.KeyModifierShortcutDefault | mod}).ShortcutName()
	var found *fyne.MenuItem
	var walk func(items []*fyne.MenuItem)
	walk = func(items []*fyne.MenuItem) {
		for _, it := range items {
			if it.Shortcut != nil && it.Shortcut.ShortcutName() == want && found == nil {
				found = it
			}
			if it.ChildMenu != nil {
				walk(it.ChildMenu.Items)
			}
		}
	}
	for _, m := range s.win.MainMenu().Items {
		walk(m.Items)
	}
	if found == nil {
		t.Fatalf("no menu item has %s", want)
	}
	found.Action()
}

// Issue 11, defect 7: Ctrl+S opened Save As. Every edit is already saved,
// so Ctrl+S says so in the status line and asks nothing; Save As is
// Ctrl+Shift+S; Ctrl+Q quits.
func TestCtrlSSaysEverythingIsSavedAndSaveAsIsCtrlShiftS(t *testing.T) {
	s := withDemo(t, model.NL)
	files := s.files.(*uitest.Answers)
	asked := len(files.Asked)
	press(t, s, fyne.KeyS, 0)
	if len(files.Asked) != asked {
		t.Fatalf("Ctrl+S asked for a file: %v", files.Asked[asked:])
	}
	if want := "Alles is al opgeslagen in demo.balans"; !strings.HasPrefix(s.status.Text, want) {
		t.Errorf("status after Ctrl+S: %q, want it to start with %q", s.status.Text, want)
	}
	press(t, s, fyne.KeyS, fyne.KeyModifierShift)
	if len(files.Asked) != asked+1 || files.Asked[asked] != "Opslaan als…" {
		t.Errorf("Ctrl+Shift+S asked %v, want Opslaan als…", files.Asked[asked:])
	}
	path := s.doc.Path()
	press(t, s, fyne.KeyQ, 0)
	if s.doc != nil {
		t.Error("Ctrl+Q left the plan open")
	}
	uitest.OnDisk(t, path)
}

// Issue 11, defect 7: saving onto an existing file showed fyne's English
// "Overwrite? Are you sure you want to overwrite the file" with Dutch
// buttons. The real save dialog now hands the name over and Balansplan
// asks in Dutch; onto the open plan it asks nothing and says that every
// edit is already there.
func TestTheSaveDialogAsksInDutchBeforeReplacing(t *testing.T) {
	s := withDemo(t, model.NL)
	dir := t.TempDir()
	old := filepath.Join(dir, "plan.pdf")
	if err := os.WriteFile(old, []byte("%PDF-1.4 old"), 0o644); err != nil {
		t.Fatal(err)
	}
	s.win.Resize(fyne.NewSize(1024, 640))
	f := &dialogFiles{s: s}
	chosen := "not called"
	f.SaveFile("Exporteren als PDF…", old, []string{".pdf"}, func(p string) { chosen = p })
	saveIn(t, s, "plan.pdf")
	text, buttons := uitest.TopDialog(t, s.win)
	if strings.Contains(text, "Overwrite") || strings.Contains(text, "Are you sure") {
		t.Fatalf("the question is fyne's English one:\n%s", text)
	}
	if !strings.Contains(text, "Er bestaat al een bestand plan.pdf") || buttons["Vervangen"] == nil || buttons["Annuleren"] == nil {
		t.Fatalf("want the Dutch question with Vervangen and Annuleren, got:\n%s\nbuttons %v", text, keys(buttons))
	}
	if chosen != "not called" {
		t.Fatalf("the name was handed over before the user agreed: %q", chosen)
	}
	test.Tap(buttons["Vervangen"])
	if chosen != old {
		t.Errorf("after Vervangen: %q, want %q", chosen, old)
	}
	if b, _ := os.ReadFile(old); string(b) != "%PDF-1.4 old" {
		t.Errorf("the old file was touched before the export: %q", b)
	}

	// Save As onto the open plan: no question, the status says it.
	files := s.files
	s.files = f
	defer func() { s.files = files }()
	s.SaveAs()
	saveIn(t, s, filepath.Base(s.doc.Path())) // the dialog starts in the plan's folder
	if top := s.win.Canvas().Overlays().Top(); top != nil {
		text, _ := uitest.TopDialog(t, s.win)
		t.Errorf("a dialog after Save As onto the open plan:\n%s", text)
	}
	if !strings.Contains(s.status.Text, "elke wijziging staat er al in") {
		t.Errorf("status: %q", s.status.Text)
	}
}

// saveIn types name in fyne's save dialog on top and presses its Save
// button.
func saveIn(t *testing.T, s *Shell, name string) {
	t.Helper()
	top := s.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no save dialog")
	}
	var entry *widget.Entry
	var save *widget.Button
	uitest.Walk(top, func(o fyne.CanvasObject) {
		switch v := o.(type) {
		case *widget.Entry:
			if entry == nil {
				entry = v
			}
		case *widget.Button:
			if v.Text == "Save" || v.Text == "Opslaan" {
				save = v
			}
		}
	})
	if entry == nil || save == nil {
		t.Fatal("the save dialog has no name field or Save button")
	}
	entry.SetText(name)
	test.Tap(save)
}

func keys[V any](m map[string]V) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// Issue 11: every screen of the registry has a shortcut of its own, shown
// in the View menu (not only the first nine), and pressing it shows the
// screen.
func TestEveryScreenHasAShortcut(t *testing.T) {
	s := withDemo(t, model.NL)
	views := s.win.MainMenu().Items[2]
	seen := map[string]string{}
	for i, d := range s.defs {
		it := views.Items[i]
		if it.Label != s.T("screen."+d.ID) {
			t.Fatalf("View item %d is %q, want the screen %s", i, it.Label, d.ID)
		}
		if it.Shortcut == nil {
			t.Errorf("screen %d (%s) has no shortcut", i+1, d.ID)
			continue
		}
		name := it.Shortcut.ShortcutName()
		if other, ok := seen[name]; ok {
			t.Errorf("%s and %s share %s", other, d.ID, name)
		}
		seen[name] = d.ID
		sc := it.Shortcut.(*desktop.CustomShortcut)
		press(t, s, sc.KeyName, sc.Modifier&^fyne.KeyModifierShortcutDefault)
		if s.current != i {
			t.Errorf("%s shows screen %d, want %d (%s)", shortcutText(sc), s.current, i, d.ID)
		}
	}
	// No shortcut of the whole menu bar is used twice.
	all := map[string]string{}
	for _, m := range s.win.MainMenu().Items {
		for _, it := range m.Items {
			if it.Shortcut == nil {
				continue
			}
			if other, ok := all[it.Shortcut.ShortcutName()]; ok {
				t.Errorf("%q and %q share %s", other, it.Label, it.Shortcut.ShortcutName())
			}
			all[it.Shortcut.ShortcutName()] = it.Label
		}
	}
}

// Issue 11: the text size (Ctrl+plus, Ctrl+minus) and the look (Licht,
// Donker, Systeem) apply at once and are remembered in the preferences:
// a new window starts with them.
func TestTextSizeAndLookAreRemembered(t *testing.T) {
	s := withDemo(t, model.NL)
	base := s.app.Settings().Theme().Size("text")
	press(t, s, fyne.KeyEqual, 0)
	press(t, s, fyne.KeyEqual, 0)
	if got, want := s.app.Settings().Theme().Size("text"), base*1.2; abs(got-want) > 0.01 {
		t.Errorf("after Ctrl+plus twice the text is %v, want %v", got, want)
	}
	if s.status.Text != "Tekstgrootte: 120%." {
		t.Errorf("status: %q", s.status.Text)
	}
	press(t, s, fyne.KeyMinus, 0)
	var look *fyne.MenuItem
	for _, it := range s.win.MainMenu().Items[2].Items {
		if it.Label == "Uiterlijk" {
			look = it
		}
	}
	if look == nil || len(look.ChildMenu.Items) != 3 {
		t.Fatal("no Uiterlijk menu with Licht, Donker, Systeem")
	}
	for i, want := range []string{"Licht", "Donker", "Systeem"} {
		if look.ChildMenu.Items[i].Label != want {
			t.Errorf("look item %d: %q, want %q", i, look.ChildMenu.Items[i].Label, want)
		}
	}
	look.ChildMenu.Items[1].Action() // Donker
	th, ok := s.app.Settings().Theme().(*widgets.AppTheme)
	if !ok || th.Look() != widgets.LookDark {
		t.Fatalf("theme after Donker: %T %v", s.app.Settings().Theme(), th)
	}

	// A new shell on the same preferences starts dark, at 110%.
	s.app.Settings().SetTheme(nil)
	w := test.NewTempWindow(t, nil)
	s2, err := New(s.app, w, Config{Lang: model.NL, Files: &uitest.Answers{}})
	if err != nil {
		t.Fatal(err)
	}
	th, ok = s2.app.Settings().Theme().(*widgets.AppTheme)
	if !ok || th.Look() != widgets.LookDark || abs(th.TextScale()-1.1) > 0.001 {
		t.Errorf("a new window starts with %v", th)
	}
	var checked string
	for _, it := range s2.win.MainMenu().Items[2].Items {
		if it.ChildMenu != nil {
			for _, c := range it.ChildMenu.Items {
				if c.Checked {
					checked = c.Label
				}
			}
		}
	}
	if checked != "Donker" {
		t.Errorf("the menu ticks %q, want Donker", checked)
	}
}

func abs(f float32) float32 {
	if f < 0 {
		return -f
	}
	return f
}

// Issue 11, defect 5: the wizard asks both axes of the balance, the form
// of education and the learning material, now and as goal; before, the
// new plan had no material and Balans showed "Nu: onbekend".
func TestTheWizardAsksTheLearningMaterialNowAndAsGoal(t *testing.T) {
	s, files := newShell(t, model.NL)
	w := s.newWizard()
	test.Type(w.name, "OBS De Regenboog")
	test.Tap(w.next)
	text := uitest.Texts(w.pages[1])
	for _, label := range []string{"Leermateriaal nu", "Leermateriaal als doel", "Onderwijsvorm nu", "Onderwijsvorm als doel"} {
		if !strings.Contains(text, label) {
			t.Errorf("step 2 does not ask %q:\n%s", label, text)
		}
	}
	w.matNow.SetSelected(model.MaterialAdaptief.Label(model.NL))
	w.matGoal.SetSelected(model.MaterialPersoonlijkeLeeromgeving.Label(model.NL))
	files.Save = []string{filepath.Join(t.TempDir(), "regenboog.balans")}
	test.Tap(w.ready)
	if s.doc == nil {
		t.Fatal("no plan after the wizard")
	}
	p := uitest.OnDisk(t, s.doc.Path())
	if p.MaterialNow != model.MaterialAdaptief || p.MaterialGoal != model.MaterialPersoonlijkeLeeromgeving {
		t.Errorf("the plan's material: now %q, goal %q", p.MaterialNow, p.MaterialGoal)
	}
	if p.TeachingNow == "" || p.TeachingGoal == "" {
		t.Errorf("the plan's form of education: now %q, goal %q", p.TeachingNow, p.TeachingGoal)
	}
	// The Balance screen knows where the school is now.
	s.Show(screens.Balance)
	if got := uitest.Texts(s.body); strings.Contains(got, "onbekend") {
		t.Errorf("Balans still says onbekend:\n%s", got)
	}
}

// Issue 11, defect 2: the sidebar has one width on every screen (it was
// 160 px on Overzicht and 232 px elsewhere), and the shell works in a
// window of 1024x640: the window can be made that small whatever the
// screen, because the screen scrolls inside it.
func TestTheShellFitsASchoolLaptop(t *testing.T) {
	s := withDemo(t, model.NL)
	s.win.Resize(MinWindow)
	widths := map[float32][]string{}
	for i, d := range s.defs {
		s.nav.Select(i)
		widths[s.nav.Size().Width] = append(widths[s.nav.Size().Width], d.ID)
		if m := s.win.Content().MinSize(); m.Width > MinWindow.Width || m.Height > MinWindow.Height {
			t.Errorf("on %s the window cannot be smaller than %v", d.ID, m)
		}
		if got := s.win.Canvas().Size(); got.Width > MinWindow.Width || got.Height > MinWindow.Height {
			t.Errorf("on %s the window grew to %v", d.ID, got)
		}
	}
	if len(widths) != 1 {
		t.Errorf("the sidebar changes width between screens: %v", widths)
	}
	for w := range widths {
		if w != SidebarWidth {
			t.Errorf("the sidebar is %v wide, want %v", w, SidebarWidth)
		}
	}
}

// Issue 11: help inside the app, in both languages: the model in the
// app's own words and a glossary of every term on screen.
func TestHelpExplainsTheModelAndEveryTerm(t *testing.T) {
	terms := map[model.Lang][]string{
		model.NL: {"**T**", "**E**", "Scheefstand", "Lasten", "Mens", "Materieel", "Onderwijsgedreven", "Techniekgedreven", "Onderwijsvorm", "Leermateriaal"},
		model.EN: {"**T**", "**E**", "Tilt (scheefstand)", "Burden (lasten)", "People (mens", "Means (materieel", "Education-driven", "Technology-driven", "Form of education", "Learning material"},
	}
	for _, l := range []model.Lang{model.NL, model.EN} {
		s := withDemo(t, l)
		var items []string
		for _, it := range s.win.MainMenu().Items[5].Items {
			items = append(items, it.Label)
		}
		if !strings.Contains(strings.Join(items, "|"), s.T("menu.helpmodel")) || !strings.Contains(strings.Join(items, "|"), s.T("menu.glossary")) {
			t.Errorf("%s: the Help menu has %v", l, items)
		}
		model := s.helpWindow("help.model")
		if model.Title() != s.T("help.model.title") || !strings.Contains(richText(model.Content()), "Kennisnet") {
			t.Errorf("%s: the model window is %q:\n%s", l, model.Title(), richText(model.Content()))
		}
		gl := s.T("help.glossary.text")
		for _, term := range terms[l] {
			if !strings.Contains(gl, term) {
				t.Errorf("%s: the glossary lacks %q", l, term)
			}
		}
		g := s.helpWindow("help.glossary")
		if again := s.helpWindow("help.glossary"); again != g {
			t.Errorf("%s: a second glossary window opened", l)
		}
	}
}

// richText is the text of every RichText in o.
func richText(o fyne.CanvasObject) string {
	var b strings.Builder
	uitest.Walk(o, func(x fyne.CanvasObject) {
		if r, ok := x.(*widget.RichText); ok {
			b.WriteString(r.String())
		}
	})
	return b.String()
}

// Issue 11, start-up: the window is painted before the plan is read and
// analysed. Start returns with the plan still loading (the status line
// says so) and the plan arrives through fyne.Do; before, Start opened
// the plan and built the first screen before the first frame.
func TestStartPaintsTheWindowBeforeThePlanIsLoaded(t *testing.T) {
	a := test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	dir := t.TempDir()
	var job func()
	s, err := New(a, w, Config{Lang: model.NL, Files: &uitest.Answers{}, Background: func(j func()) { job = j }})
	if err != nil {
		t.Fatal(err)
	}
	p, _ := demoPlan()
	s.createAndOpen(filepath.Join(dir, "demo.balans"), p)
	path := s.doc.Path()
	s.Close()
	s.cfg.Path = path
	s.Start()
	if s.doc != nil {
		t.Fatal("Start opened the plan before returning")
	}
	if s.status.Text != "demo.balans wordt geopend…" {
		t.Errorf("status while loading: %q", s.status.Text)
	}
	if job == nil {
		t.Fatal("nothing was started in the background")
	}
	job()
	if s.doc == nil || s.current != 0 {
		t.Fatalf("after loading: doc %v, screen %d", s.doc, s.current)
	}
	s.Close()

	// A plan that arrives after the user opened another is dropped.
	s.Start()
	other := filepath.Join(dir, "other.balans")
	s.createAndOpen(other, p)
	job()
	if s.doc == nil || s.doc.Path() != other {
		t.Errorf("the late plan replaced the one the user opened")
	}
}

// Issue 11, defect 6: the PDF the window writes for a plan without a date
// is dated on the day of the export (the shell's clock), never on the
// first day of the plan period ("januari 2027" in November 2026).
func TestTheWindowsPDFIsDatedOnTheDayOfExport(t *testing.T) {
	s := withDemo(t, model.NL)
	if s.doc.Plan().Date != "" {
		t.Fatal("the demo plan has a date; the case needs one without")
	}
	s.cfg.Now = func() time.Time { return time.Date(2026, time.November, 30, 10, 0, 0, 0, time.UTC) }
	path := filepath.Join(t.TempDir(), "plan.pdf")
	done := make(chan error, 1)
	s.exportPDF(path, func(err error) { done <- err })
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	pdfinfo, err := exec.LookPath("pdfinfo")
	if err != nil {
		t.Skip("pdfinfo (poppler-utils) is not installed")
	}
	out, err := exec.Command(pdfinfo, path).CombinedOutput()
	if err != nil {
		t.Fatalf("pdfinfo: %v\n%s", err, out)
	}
	for _, line := range strings.Split(string(out), "\n") {
		if strings.HasPrefix(line, "CreationDate:") && !strings.Contains(line, "Nov 30 00:00:00 2026") {
			t.Errorf("%s, want the day of the export, 30 November 2026", line)
		}
	}
}

// Issue 11, defect 2: the window starts at the size it had when it was
// closed, else at 1024x640, which fits a school laptop's screen (it
// started at 1280x800, partly off such a screen).
func TestTheWindowStartsAtItsLastSizeOrALaptopsScreen(t *testing.T) {
	s := withDemo(t, model.NL)
	p := s.app.Preferences()
	if got := WindowSize(p); got != MinWindow {
		t.Errorf("first start: %v, want %v", got, MinWindow)
	}
	s.win.Resize(fyne.NewSize(1100, 700))
	s.Close()
	if got := WindowSize(p); got != fyne.NewSize(1100, 700) {
		t.Errorf("after closing at 1100x700: %v", got)
	}
	p.SetFloat(prefWidth, 300) // smaller than the shell works in
	if got := WindowSize(p); got != MinWindow {
		t.Errorf("with a width of 300 remembered: %v, want %v", got, MinWindow)
	}
}
