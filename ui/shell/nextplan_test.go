package shell

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"balansplan/model"
	"balansplan/ui/internal/uitest"
	"balansplan/ui/screens"
)

// closeTop closes the dialog on top, as the user does with its button.
func closeTop(s *Shell) {
	if top := s.win.Canvas().Overlays().Top(); top != nil {
		top.Hide()
		s.win.Canvas().Overlays().Remove(top)
	}
}

// File > "Volgend plan starten…" from the menu item to the written file:
// the period's defaults, the file read back with store, the offer to open
// it, and the overview of the new plan naming the plan it continues.
func TestStartTheNextPlanWritesItAndOpensIt(t *testing.T) {
	s := withDemo(t, model.NL)
	s.cfg.Now = func() time.Time { return time.Date(2030, 12, 15, 10, 0, 0, 0, time.UTC) }
	prev := s.doc.Plan() // the demo: 2027-2030, version 0.9
	var item func()
	for _, m := range s.win.MainMenu().Items {
		for _, it := range m.Items {
			if it.Label == "Volgend plan starten…" {
				item = it.Action
			}
		}
	}
	if item == nil {
		t.Fatal("no menu item Volgend plan starten…")
	}
	item()
	text, buttons := uitest.TopDialog(t, s.win)
	if !strings.Contains(text, "vervolg op "+prev.Title+" (2027-2030)") {
		t.Errorf("the dialog says %q", text)
	}
	// The period's fields, as the user sees them in the dialog.
	var fields []*widget.Entry
	uitest.Walk(s.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		if e, ok := o.(*widget.Entry); ok {
			fields = append(fields, e)
		}
	})
	if len(fields) != 2 {
		t.Fatalf("the dialog has %d fields, want 2", len(fields))
	}
	entries := []string{fields[0].Text, fields[1].Text}
	// The year after the plan's end, for as many years: 2031, 4.
	if entries[0] != "2031" || entries[1] != "4" {
		t.Errorf("the defaults are %v, want 2031 and 4", entries)
	}

	out := filepath.Join(t.TempDir(), "volgend.balans")
	files := s.files.(*uitest.Answers)
	files.Save = []string{out}
	test.Tap(buttons["Maken…"])
	if got := files.Asked[len(files.Asked)-1]; got != "Volgend plan opslaan als" {
		t.Errorf("the save dialog is titled %q", got)
	}
	if sug := files.Suggested[len(files.Suggested)-1]; filepath.Base(sug) != "Ict-beleidsplan 2031-2034- leren op maat, samen sterker.balans" {
		t.Errorf("the name proposed is %q", sug)
	}
	next := uitest.OnDisk(t, out)
	want := model.Previous{ID: prev.ID, Title: prev.Title, Version: "0.9"}
	if next.Previous != want || next.StartYear != 2031 || next.EndYear != 2034 || next.ID == prev.ID {
		t.Errorf("the file holds %d-%d, ID %s, previous %+v; want 2031-2034 and %+v", next.StartYear, next.EndYear, next.ID, next.Previous, want)
	}
	if ps := next.Validate(); ps != nil {
		t.Errorf("the next plan does not validate: %v", ps.Messages(model.NL))
	}
	if h := next.StatusHistory; len(h) != 1 || h[0].Date != "2030-12-15" {
		t.Errorf("the status history is %+v, want one change on the window's day", h)
	}
	// The open plan is as it was, and still open.
	if s.doc.Plan().ID != prev.ID || s.doc.Path() == out {
		t.Fatal("the open plan changed")
	}

	text, buttons = uitest.TopDialog(t, s.win)
	if !strings.Contains(text, "volgend.balans") || !strings.Contains(text, "Wil je het nu openen?") {
		t.Errorf("after writing, the dialog says %q", text)
	}
	test.Tap(buttons["Openen"])
	if s.doc == nil || s.doc.Path() != out {
		t.Fatalf("the next plan was not opened")
	}
	s.Show(screens.Overview)
	if got := uitest.Texts(s.body); !strings.Contains(got, "Vervolg op "+prev.Title+" (versie 0.9)") {
		t.Errorf("the overview of the next plan says\n%s", got)
	}
}

// Every refusal says what is wrong, in the user's language, and writes
// nothing: a period that leaves nothing, a start not after this plan's, a
// file that exists (the open plan's too), a folder that cannot hold it.
func TestStartTheNextPlanRefusesWithAMessage(t *testing.T) {
	for _, c := range []struct {
		lang               model.Lang
		start, years, want string
	}{
		{model.NL, "2031", "0", "Een periode van 0 jaar laat niets over om te plannen. Kies 1 tot en met 10 jaar."},
		{model.EN, "2031", "0", "A period of 0 years leaves nothing to plan. Choose 1 to 10 years."},
		{model.NL, "2031", "11", "Een plan van 11 jaar is te lang: een plan loopt hoogstens 10 jaar."},
		{model.NL, "2027", "4", "Het volgende plan kan niet in 2027 beginnen: het moet later beginnen dan dit plan (2027-2030)."},
		{model.EN, "twee", "4", `"twee" is not a year. Enter the first year of the new plan, for example 2031.`},
		{model.NL, "2031", "vier", `"vier" is geen aantal jaren. Vul 1 tot en met 10 in.`},
	} {
		s := withDemo(t, c.lang)
		f := s.startNextPlan()
		test.Type(f.start, "") // the field has had the focus, as when typed in
		f.start.SetText(c.start)
		f.years.SetText(c.years)
		// One field says what is wrong, the other nothing, and "Maken…"
		// cannot be pressed.
		var said []string
		for _, e := range []*widget.Entry{f.start, f.years} {
			if err := e.Validate(); err != nil {
				said = append(said, err.Error())
			}
		}
		if len(said) != 1 || said[0] != c.want {
			t.Errorf("%s %s: the fields say %q, want %q", c.start, c.years, said, c.want)
		}
		if _, buttons := uitest.TopDialog(t, s.win); !buttons[s.T("nextplan.create")].Disabled() {
			t.Errorf("%s %s: the dialog can still create the plan", c.start, c.years)
		}
		closeTop(s)
		files := s.files.(*uitest.Answers)
		asked := len(files.Asked)
		s.nextPlanPeriod(s.doc.Plan(), c.start, c.years)
		text, _ := uitest.TopDialog(t, s.win)
		if !strings.Contains(text, c.want) {
			t.Errorf("%s %s: the dialog says %q, want %q", c.start, c.years, text, c.want)
		}
		if len(files.Asked) != asked {
			t.Errorf("%s %s: a save dialog was asked", c.start, c.years)
		}
	}

	s := withDemo(t, model.NL)
	dir := t.TempDir()
	existing := filepath.Join(dir, "bestaat.balans")
	if err := os.WriteFile(existing, []byte("van iemand anders"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ path, want string }{
		{existing, "Er staat al een bestand bestaat.balans. Het volgende plan komt altijd in een nieuw bestand"},
		{s.doc.Path(), "Er staat al een bestand demo.balans."},
		// A folder that is a file: it cannot hold the plan (store's own
		// message; as root a read-only folder would still be written).
		{filepath.Join(existing, "volgend.balans"), "volgend.balans"},
	} {
		files := s.files.(*uitest.Answers)
		files.Save = []string{c.path}
		before, _ := os.ReadFile(existing)
		s.nextPlanPeriod(s.doc.Plan(), "2031", "4")
		text, _ := uitest.TopDialog(t, s.win)
		if !strings.Contains(text, c.want) {
			t.Errorf("%s: the dialog says %q, want %q", c.path, text, c.want)
		}
		closeTop(s)
		if after, _ := os.ReadFile(existing); string(after) != string(before) {
			t.Errorf("%s: the existing file changed", c.path)
		}
		if names, _ := os.ReadDir(dir); len(names) != 1 {
			t.Errorf("%s: the folder holds %d files", c.path, len(names))
		}
	}
	if got := uitest.OnDisk(t, s.doc.Path()); !got.Previous.IsZero() || got.ID != s.doc.Plan().ID {
		t.Error("the open plan's file changed")
	}
}
