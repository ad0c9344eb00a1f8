package workshop

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"balansplan/model"
	"balansplan/model/testplan"
	"balansplan/ui/document"
	"balansplan/ui/internal/uitest"
)

// writeFile writes a test file and returns its path.
func writeFile(t *testing.T, name, text string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestTheAnswersImportIsAllOrNothing(t *testing.T) {
	s := withFreshTeam(t)
	// A Dutch spreadsheet: semicolons. Row 3 has a role Balansplan does
	// not know, row 4 an answer of 7.
	path := writeFile(t, "antwoorden.csv", "deelnemer;rol;visie.1;visie.1.doel;visie.2\n"+
		"Anouk;leraar;3;4;2\n"+
		"Bram;conciërge;2;4;2\n"+
		"Chantal;leraar;7;4;3\n"+
		"Dirk;schoolleider;4;5;weet niet\n")
	d := s.newAnswersDialog(path)
	if d == nil {
		t.Fatal("no dialog")
	}
	if len(d.checks) != 2 || d.checks[3] == nil || d.checks[4] == nil {
		t.Fatalf("bad rows with a check box: %v", d.badRows())
	}
	if !strings.Contains(d.bad[3], "conciërge") || !strings.Contains(d.bad[4], `"7"`) {
		t.Errorf("messages: row 3 %q, row 4 %q", d.bad[3], d.bad[4])
	}
	nothingYet := func(when string) {
		t.Helper()
		if n := len(uitest.OnDisk(t, s.Doc().Path()).Assessments); n != 0 {
			t.Errorf("%s: %d assessments imported already", when, n)
		}
	}
	if !d.importBtn.Disabled() {
		t.Error("Import is possible with two bad rows")
	}
	test.Tap(d.checks[3])
	if !d.importBtn.Disabled() {
		t.Error("Import is possible with one bad row not skipped")
	}
	test.Tap(d.importBtn) // a disabled button does nothing
	nothingYet("one bad row left")
	test.Tap(d.checks[4])
	if d.importBtn.Disabled() {
		t.Fatal("Import is not possible with every bad row skipped")
	}
	test.Tap(d.checks[3])
	if !d.importBtn.Disabled() {
		t.Error("Import stays possible after a skip was taken back")
	}
	nothingYet("before Import")
	test.Tap(d.checks[3])
	test.Tap(d.importBtn)

	got := s.Doc().Plan().Assessments
	if len(got) != 2 || got[0].Participant != "Anouk" || got[1].Participant != "Dirk" {
		t.Fatalf("imported %+v", got)
	}
	// Anouk: visie now 3 and 2 -> 2.5 -> 3, goal 4 -> 4; Dirk: now 4
	// (weet niet skipped), goal 5.
	if sc := got[0].Scores[model.BlockVisie]; sc != (model.Score{Now: 3, Goal: 4}) || got[0].QuestionSet != "vib-1" {
		t.Errorf("Anouk: %+v with set %q", sc, got[0].QuestionSet)
	}
	if sc := got[1].Scores[model.BlockVisie]; sc != (model.Score{Now: 4, Goal: 5}) || got[1].Role != model.RoleSchoolleider {
		t.Errorf("Dirk: %+v as %s", sc, got[1].Role)
	}
	if n := len(uitest.OnDisk(t, s.Doc().Path()).Assessments); n != 2 {
		t.Errorf("the file has %d assessments", n)
	}
	undo(s)
	if n := len(s.Doc().Plan().Assessments); n != 0 {
		t.Errorf("undo left %d assessments", n)
	}
}

func TestAnAnswersFileWithoutRolesCannotBeImportedAtAll(t *testing.T) {
	s := withFreshTeam(t)
	path := writeFile(t, "antwoorden.csv", "naam,visie.1\nAnouk,3\n")
	d := s.newAnswersDialog(path)
	if len(d.fatal) != 1 || !strings.Contains(d.fatal[0], `"role"`) || len(d.checks) != 0 {
		t.Errorf("fatal %v, %d check boxes", d.fatal, len(d.checks))
	}
	if !d.importBtn.Disabled() {
		t.Error("Import is possible")
	}
}

func TestAMappingNamesTheColumns(t *testing.T) {
	s := withFreshTeam(t)
	path := writeFile(t, "formulier.csv", "Naam,Functie,Stelling 1 nu,Stelling 1 doel\nAnouk,leerkracht,2,3\n")
	d := s.newAnswersDialog(path)
	if len(d.fatal) == 0 {
		t.Fatal("the form's columns were understood without a mapping")
	}
	d.useMapping(writeFile(t, "koppeling.json", `{"participant":"Naam","role":"Functie",
		"statements":{"visie.1":{"now":"Stelling 1 nu","goal":"Stelling 1 doel"}},
		"roles":{"leerkracht":"leraar"}}`))
	d.session.SetText("Studiedag")
	if len(d.fatal) > 0 || len(d.bad) > 0 || d.importBtn.Disabled() {
		t.Fatalf("with the mapping: fatal %v, bad %v", d.fatal, d.bad)
	}
	test.Tap(d.importBtn)
	if a := s.Doc().Plan().Assessments; len(a) != 1 || a[0].Session != "Studiedag" || a[0].Role != model.RoleLeraar {
		t.Errorf("imported %+v", a)
	}
}

func TestCopiesMergeBackWithTheConsultantsChoice(t *testing.T) {
	s := withDemo(t, model.NL)
	files := files(s)
	dir := t.TempDir()
	anna, bram := filepath.Join(dir, "anna.balans"), filepath.Join(dir, "bram")
	files.Save = []string{anna, bram}
	s.ParticipantCopy()
	s.ParticipantCopy()
	bram += ".balans"

	// Anna and Bram both retitle D1; Bram also adds a participant.
	edit := func(path string, change func(p *model.Plan)) {
		t.Helper()
		d, err := document.Open(path, nil)
		if err != nil {
			t.Fatal(err)
		}
		defer d.Close()
		if err := d.Edit("test", change); err != nil {
			t.Fatal(err)
		}
	}
	d1 := func(p *model.Plan) *model.Investment {
		for i := range p.Investments {
			if p.Investments[i].Code == "D1" {
				return &p.Investments[i]
			}
		}
		t.Fatal("no D1")
		return nil
	}
	edit(anna, func(p *model.Plan) { d1(p).Title = "Scholing van Anna" })
	edit(bram, func(p *model.Plan) {
		d1(p).Title = "Scholing van Bram"
		p.Assessments = append(p.Assessments, model.Assessment{ID: model.NewID(), Participant: "Bram", Role: model.RoleLeraar,
			Scores: map[model.Block]model.Score{model.BlockVisie: {Now: 2, Goal: 4}}})
	})
	before := len(s.Doc().Plan().Assessments)

	m := s.newMergeDialog()
	m.add(anna)
	m.add(bram)
	m.add(s.Doc().Path()) // refused: the open plan itself
	if len(m.copies) != 2 || m.base == nil {
		t.Fatalf("%d copies, base %v", len(m.copies), m.base != nil)
	}
	if len(m.radios) != 1 {
		t.Fatalf("%d conflicts listed, want the title of D1 only", len(m.radios))
	}
	if !m.mergeBtn.Disabled() {
		t.Error("Merge is possible before the conflict is decided")
	}
	var r = func() *widget.RadioGroup {
		for _, r := range m.radios {
			return r
		}
		return nil
	}()
	if len(r.Options) != 3 || !strings.Contains(r.Options[2], "Scholing van Bram") || !strings.Contains(r.Options[0], "ongewijzigd") {
		t.Errorf("choices %q", r.Options)
	}
	r.SetSelected(r.Options[2])
	if m.mergeBtn.Disabled() {
		t.Fatal("Merge is not possible after the choice")
	}
	test.Tap(m.mergeBtn)
	p := s.Doc().Plan()
	if d1(p).Title != "Scholing van Bram" || len(p.Assessments) != before+1 {
		t.Errorf("merged: D1 %q, %d assessments", d1(p).Title, len(p.Assessments))
	}
	if d1(uitest.OnDisk(t, s.Doc().Path())).Title != "Scholing van Bram" {
		t.Error("the merge is not in the file")
	}
	undo(s)
	if d1(s.Doc().Plan()).Title == "Scholing van Bram" || len(s.Doc().Plan().Assessments) != before {
		t.Error("undo did not take the merge back")
	}
}

// A mapping file that is not right is named in a message in the user's
// language with what is wrong with it, not "something unexpected".
func TestABadMappingSaysWhatIsWrongInTheUsersLanguage(t *testing.T) {
	for _, c := range []struct {
		lang       model.Lang
		want, not  string
		unreadable string
	}{
		{model.NL, "De koppeling kapot.json klopt niet", "onverwacht", "kon niet worden gelezen"},
		{model.EN, "The mapping kapot.json is not right", "unexpected", "could not be read"},
	} {
		t.Run(string(c.lang), func(t *testing.T) {
			s := withFreshTeamIn(t, c.lang)
			d := s.newAnswersDialog(writeFile(t, "formulier.csv", "Naam,Functie\nAnouk,leerkracht\n"))
			d.useMapping(writeFile(t, "kapot.json", `{"particpant":"Naam"}`))
			text, _ := uitest.TopDialog(t, s.Window())
			if !strings.Contains(text, c.want) || strings.Contains(strings.ToLower(text), c.not) {
				t.Errorf("the dialog says %q; want %q and not %q", text, c.want, c.not)
			}
			if !strings.Contains(text, "particpant") {
				t.Errorf("the dialog does not name the bad key: %q", text)
			}
			if d.mapping != nil {
				t.Error("the bad mapping was taken")
			}
			d.useMapping(filepath.Join(t.TempDir(), "weg.json"))
			if text, _ := uitest.TopDialog(t, s.Window()); !strings.Contains(text, c.unreadable) || strings.Contains(strings.ToLower(text), c.not) {
				t.Errorf("a missing mapping file: %q", text)
			}
		})
	}
}

// A copy of another plan is refused when it is added, in the user's
// language, with a message that names both plans (model/merge's
// refusal); nothing is merged and Merge stays off.
func TestACopyOfAnotherPlanIsRefusedNamingBothPlans(t *testing.T) {
	for _, c := range []struct {
		lang model.Lang
		want []string
	}{
		{model.NL, []string{"zijn geen kopieën van hetzelfde plan", "Het Dijkcollege", "OBS De Regenboog", "regenboog.balans"}},
		{model.EN, []string{"Het Dijkcollege", "OBS De Regenboog", "regenboog.balans"}},
	} {
		t.Run(string(c.lang), func(t *testing.T) {
			s := withDemo(t, c.lang)
			other := filepath.Join(t.TempDir(), "regenboog.balans")
			d, err := document.Create(other, testplan.Regenboog(t), nil)
			if err != nil {
				t.Fatal(err)
			}
			d.Close()
			m := s.newMergeDialog()
			m.add(other)
			if len(m.copies) != 0 || m.merged != nil {
				t.Fatalf("the copy of another plan was taken: %d copies", len(m.copies))
			}
			if !m.mergeBtn.Disabled() {
				t.Error("Merge is possible")
			}
			text, _ := uitest.TopDialog(t, s.Window())
			for _, w := range c.want {
				if !strings.Contains(text, w) {
					t.Errorf("the message %q does not say %q", text, w)
				}
			}
			if strings.Contains(strings.ToLower(text), "onverwacht") || strings.Contains(strings.ToLower(text), "unexpected") {
				t.Errorf("the message is a general one: %q", text)
			}
		})
	}
}
