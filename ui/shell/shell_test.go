package shell

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"balansplan/model"
	"balansplan/planning"
)

// answers is a FileChooser that answers from a list, as a user would in
// the file dialogs.
type answers struct {
	open, save []string
	asked      []string // the titles of the dialogs, in order
	suggested  []string // the names SaveFile proposed, in order
}

func (a *answers) OpenFile(title string, _ []string, done func(string)) {
	a.asked = append(a.asked, title)
	p := ""
	if len(a.open) > 0 {
		p, a.open = a.open[0], a.open[1:]
	}
	done(p)
}

func (a *answers) SaveFile(title, suggested string, _ []string, done func(string)) {
	a.asked = append(a.asked, title)
	a.suggested = append(a.suggested, suggested)
	p := ""
	if len(a.save) > 0 {
		p, a.save = a.save[0], a.save[1:]
	}
	done(p)
}

// newShell starts the shell in a test window with no plan open.
func newShell(t testing.TB, l model.Lang) (*Shell, *answers) {
	t.Helper()
	a := test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	files := &answers{}
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

// enter types text into a form field and presses Enter, as a user does.
func enter(e *fieldEntry, text string) {
	e.SetText("")
	test.Type(e, text)
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
}

func findings(s *Shell, code planning.Code) [][]string {
	var subjects [][]string
	for _, f := range s.doc.Analysis().Findings {
		if f.Code == code {
			subjects = append(subjects, f.Subject)
		}
	}
	return subjects
}

func hasFinding(s *Shell, code planning.Code, subject string) bool {
	for _, subj := range findings(s, code) {
		for _, c := range subj {
			if c == subject {
				return true
			}
		}
	}
	return false
}

// listed reports whether the Bevindingen screen shows the finding.
func listed(s *Shell, code planning.Code, subject string) bool {
	v := s.show(scrFindings).(*findingsScreen)
	for _, f := range v.shown {
		if f.Code == code && strings.Contains(strings.Join(f.Subject, ","), subject) {
			return true
		}
	}
	return false
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
	files.save = []string{filepath.Join(dir, "regenboog.balans")}
	test.Tap(w.ready)
	if s.doc == nil {
		t.Fatal("no plan open after the wizard")
	}
	if got := s.win.Title(); !strings.Contains(got, "OBS De Regenboog") || !strings.Contains(got, "regenboog.balans") {
		t.Errorf("window title %q lacks the school or the file", got)
	}
	if !hasFinding(s, planning.NoVision, "") && len(findings(s, planning.NoVision)) == 0 {
		t.Error("a new plan without visions has no no_vision finding")
	}

	// A vision statement.
	vs := s.show(scrVisions).(*visionsScreen)
	test.Tap(vs.addBtn)
	enter(vs.form.entryOf("title"), "Iedere leerling werkt op eigen niveau")
	if got := s.doc.Plan().Visions; len(got) != 1 || got[0].Code != "V1" || got[0].Title != "Iedere leerling werkt op eigen niveau" {
		t.Fatalf("visions after adding one: %+v", got)
	}

	// A material investment (infrastructuur), with a cost.
	is := s.show(scrInvestments).(*investmentsScreen)
	is.block.SetSelectedIndex(1 + 3) // after "all": visie, deskundigheid, inhoud, infrastructuur
	test.Tap(is.addBtn)
	inv := s.doc.Plan().Investments
	if len(inv) != 1 || inv[0].Block != model.BlockInfrastructuur || inv[0].Code != "N1" {
		t.Fatalf("investments after adding one: %+v", inv)
	}
	enter(is.form.entryOf("title"), "Laptops voor groep 7 en 8")
	enter(is.form.entryOf("cost.one_off"), "24.000")
	if got := s.doc.Plan().Investments[0].Cost.OneOff; got != model.Euros(24000) {
		t.Errorf("one-off cost %v, want 24000", got)
	}

	// The analysis notices the investment serves no vision.
	if !hasFinding(s, planning.InvestmentWithoutVision, "N1") || !listed(s, planning.InvestmentWithoutVision, "N1") {
		t.Fatal("investment_without_vision for N1 is not shown")
	}

	// Link them in the matrix: the finding goes.
	ls := s.show(scrLinks).(*linksScreen)
	if len(ls.rows) != 1 || len(ls.visions) != 1 {
		t.Fatalf("links matrix is %dx%d, want 1x1", len(ls.rows), len(ls.visions))
	}
	ls.table.Select(widget.TableCellID{Row: 0, Col: 0})
	if hasFinding(s, planning.InvestmentWithoutVision, "N1") || listed(s, planning.InvestmentWithoutVision, "N1") {
		t.Fatal("investment_without_vision is still there after linking")
	}

	// Undo brings it back, redo takes it away again; both reach the file.
	s.Undo()
	if !listed(s, planning.InvestmentWithoutVision, "N1") {
		t.Error("undo did not bring the finding back")
	}
	if n := len(onDisk(t, s.doc.Path()).Investments[0].VisionIDs); n != 0 {
		t.Errorf("after undo the file still links N1 (%d links)", n)
	}
	s.Redo()
	if listed(s, planning.InvestmentWithoutVision, "N1") {
		t.Error("redo did not take the finding away")
	}
	if n := len(onDisk(t, s.doc.Path()).Investments[0].VisionIDs); n != 1 {
		t.Errorf("after redo the file has %d links, want 1", n)
	}

	// Export as JSON: the link is in it, by code.
	jsonPath := filepath.Join(dir, "regenboog.json")
	files.save = []string{jsonPath}
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

func TestBadInputIsShownBesideTheFieldAndNotSaved(t *testing.T) {
	s := withDemo(t, model.NL)
	is := s.show(scrInvestments).(*investmentsScreen)
	is.selectCode("N2")
	id := is.form.id
	before := *investmentIn(s.doc.Plan(), id)

	cases := []struct {
		field, typed, want string
	}{
		{"start", "2031-01", "buiten de planperiode"},
		{"start", "augustus", "geen maand"},
		{"cost.one_off", "veel", "geen bedrag"},
		{"cost.one_off", "-5", "niet negatief"},
		{"code", "N1", "al in gebruik"},
		{"title", "", "verplicht"},
		{"depends_on", "X9", "geen investering met code X9"},
	}
	for _, c := range cases {
		e := is.form.entryOf(c.field)
		enter(e, c.typed)
		if msg := is.form.message(c.field); !strings.Contains(msg, c.want) {
			t.Errorf("%s = %q: message %q, want it to say %q", c.field, c.typed, msg, c.want)
		}
		s.flush()
		if got := *investmentIn(onDisk(t, s.doc.Path()), id); got.Start != before.Start || got.Code != before.Code ||
			got.Title != before.Title || got.Cost != before.Cost {
			t.Fatalf("%s = %q reached the file: %+v", c.field, c.typed, got)
		}
		// Putting the old value back clears the message.
		enter(e, is.form.byName[c.field].get(s.doc.Plan()))
		if msg := is.form.message(c.field); msg != "" {
			t.Errorf("%s still shows %q after the old value came back", c.field, msg)
		}
	}
}

func TestMessagesSpeakTheUsersLanguage(t *testing.T) {
	s := withDemo(t, model.EN)
	is := s.show(scrInvestments).(*investmentsScreen)
	is.selectCode("N2")
	enter(is.form.entryOf("start"), "2031-01")
	if msg := is.form.message("start"); !strings.Contains(msg, "outside the plan period") {
		t.Errorf("message %q is not the English one", msg)
	}
	if got := s.T("menu.undo"); got != "Undo" {
		t.Errorf("menu.undo in English is %q", got)
	}
}

func TestTypedTextIsWrittenOnlyOnceValid(t *testing.T) {
	s := withDemo(t, model.NL)
	sc := s.show(scrSchool).(*schoolScreen)
	e := sc.form.entryOf("school.pupils")
	e.SetText("")
	test.Type(e, "12x")
	if msg := sc.form.message("school.pupils"); msg == "" {
		t.Error("no message for 12x pupils")
	}
	e.SetText("")
	test.Type(e, "1200")
	if sc.form.message("school.pupils") != "" {
		t.Error("a message is left for 1200 pupils")
	}
	if onDisk(t, s.doc.Path()).School.Pupils == 1200 {
		t.Error("written before Enter, focus loss or a command")
	}
	s.Undo() // any command writes what was typed first
	if got := onDisk(t, s.doc.Path()).School.Pupils; got == 1200 {
		t.Error("undo after typing should take the typed value back")
	}
	if label, ok := s.doc.CanRedo(); !ok || !strings.Contains(label, "leerlingen") {
		t.Errorf("redo offers %q, want the pupils edit", label)
	}
}

func TestChangingThePeriodDropsCeilingsOutsideIt(t *testing.T) {
	s := withDemo(t, model.NL)
	sc := s.show(scrSchool).(*schoolScreen)
	last := s.doc.Plan().EndYear
	next := strconv.Itoa(last + 1)

	enter(sc.form.entryOf("plan.end_year"), next)
	if n := len(sc.ceilings.fields); n != len(s.doc.Plan().Years()) {
		t.Fatalf("%d ceiling fields for %d years", n, len(s.doc.Plan().Years()))
	}
	enter(sc.ceilings.entryOf("plan.budget_ceiling."+next), "50.000")
	if got := s.doc.Plan().BudgetCeiling[last+1]; got != model.Euros(50000) {
		t.Fatalf("ceiling of %s is %v", next, got)
	}

	// Back to the old period: the ceiling of the year that fell off goes.
	enter(sc.form.entryOf("plan.end_year"), strconv.Itoa(last))
	if _, ok := s.doc.Plan().BudgetCeiling[last+1]; ok {
		t.Errorf("the ceiling of %s stayed", next)
	}

	// Shrinking past an investment's end is refused, with the reason.
	enter(sc.form.entryOf("plan.end_year"), strconv.Itoa(last-1))
	if s.doc.Plan().EndYear != last || !strings.Contains(sc.form.message("plan.end_year"), "buiten de planperiode") {
		t.Errorf("end year %d, message %q", s.doc.Plan().EndYear, sc.form.message("plan.end_year"))
	}
}

func TestAFindingOpensItsSubject(t *testing.T) {
	s := withDemo(t, model.NL)
	v := s.show(scrFindings).(*findingsScreen)
	for i, f := range v.shown {
		if f.Code == planning.InvestmentWithoutVision {
			v.list.Select(i)
			if s.defs[s.current].id != scrInvestments {
				t.Fatalf("choosing %s opened %s", f.Code, s.defs[s.current].id)
			}
			inv := s.screens[s.current].(*investmentsScreen)
			if got := investmentIn(s.doc.Plan(), inv.form.id).Code; got != f.Subject[0] {
				t.Errorf("opened %s, want %s", got, f.Subject[0])
			}
			return
		}
	}
	t.Fatal("the demo plan has no investment_without_vision finding")
}

func TestFindJumpsToACodeAndFiltersTheList(t *testing.T) {
	s := withDemo(t, model.NL)
	s.show(scrOverview)
	s.find.SetText("d2")
	s.jump("d2")
	if s.defs[s.current].id != scrInvestments {
		t.Fatalf("jumped to %s", s.defs[s.current].id)
	}
	is := s.screens[s.current].(*investmentsScreen)
	if len(is.table.rows) != 1 || is.table.rows[0].cells[0] != "D2" {
		t.Errorf("the list shows %d rows, want only D2", len(is.table.rows))
	}
	s.find.SetText("")
	if len(is.table.rows) != len(s.doc.Plan().Investments) {
		t.Errorf("clearing the search left %d rows", len(is.table.rows))
	}
}

func TestSaveAsSwitchesToTheCopy(t *testing.T) {
	s := withDemo(t, model.NL)
	orig := s.doc.Path()
	files := s.files.(*answers)
	cp := filepath.Join(t.TempDir(), "kopie")
	files.save = []string{cp}
	s.SaveAs()
	if s.doc.Path() != cp+".balans" {
		t.Fatalf("document at %s, want %s.balans", s.doc.Path(), cp)
	}
	if !strings.Contains(s.win.Title(), "kopie.balans") {
		t.Errorf("title %q", s.win.Title())
	}
	s.edit("test", func(p *model.Plan) { p.Version = "9.9" })
	if onDisk(t, orig).Version == "9.9" {
		t.Error("an edit after save as reached the original")
	}
}

func TestSaveAsOntoTheOpenPlanSaysItIsAlreadySaved(t *testing.T) {
	s := withDemo(t, model.EN)
	orig := s.doc.Path()
	files := s.files.(*answers)
	files.save = []string{orig}
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
	files.open = []string{path}
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
	s.show(scrBudget)
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
			if sc := s.show(d.id); sc == nil || sc.content() == nil {
				t.Errorf("%s: screen %s did not build", l, d.id)
			}
		}
		s.edit("titel", func(p *model.Plan) { p.Title = "Ander plan" })
		s.refreshAll()
	}
}

func TestDeletingAnInvestmentTakesItsLinksAlongAndUndoBringsThemBack(t *testing.T) {
	s := withDemo(t, model.NL)
	p := s.doc.Plan()
	var target, dependent *model.Investment
	for i := range p.Investments {
		if len(p.Investments[i].DependsOnIDs) > 0 {
			dependent = &p.Investments[i]
			target = investmentIn(p, dependent.DependsOnIDs[0])
			break
		}
	}
	if target == nil {
		t.Skip("the demo plan has no dependencies")
	}
	id, depID := target.ID, dependent.ID
	s.edit("verwijder", func(p *model.Plan) {
		p.Votes = append(p.Votes, model.Vote{ID: model.NewID(), Participant: "p1", Role: model.RoleLeraar,
			Points: []model.VotePoints{{InvestmentID: id, Points: 1}}})
	})
	if !s.edit("verwijder", func(p *model.Plan) { removeInvestment(p, id) }) {
		t.Fatal("deleting an investment others depend on and that has votes was refused")
	}
	if investmentIn(s.doc.Plan(), id) != nil || len(investmentIn(s.doc.Plan(), depID).DependsOnIDs) != len(dependent.DependsOnIDs)-1 {
		t.Error("the investment or the dependency on it is still there")
	}
	s.Undo()
	if investmentIn(s.doc.Plan(), id) == nil || !slices.Contains(investmentIn(s.doc.Plan(), depID).DependsOnIDs, id) {
		t.Error("undo did not bring the investment and its dependency back")
	}
}

func TestMovingAnInvestmentToAnotherBlockSuggestsACode(t *testing.T) {
	s := withDemo(t, model.NL)
	is := s.show(scrInvestments).(*investmentsScreen)
	is.selectCode("D2")
	id := is.form.id
	want := model.NextCode("I", allCodes(s.doc.Plan()))
	for i, b := range model.Blocks() {
		if b == model.BlockInhoud {
			is.blockSel.SetSelectedIndex(i)
		}
	}
	got := investmentIn(s.doc.Plan(), id)
	if got.Block != model.BlockInhoud || got.Code != want {
		t.Errorf("after moving D2 to inhoud: block %s, code %s; want inhoud, %s", got.Block, got.Code, want)
	}
	if got.Category != "" {
		t.Errorf("the category %q of deskundigheid stayed", got.Category)
	}
	s.Undo()
	if got := investmentIn(s.doc.Plan(), id); got.Code != "D2" || got.Block != model.BlockDeskundigheid {
		t.Errorf("undo gave %s in %s", got.Code, got.Block)
	}
}

func TestUndoDropsWhatDoesNotValidate(t *testing.T) {
	s := withDemo(t, model.NL)
	is := s.show(scrInvestments).(*investmentsScreen)
	is.selectCode("D1")
	owner := investmentIn(s.doc.Plan(), is.form.id).Owner
	enter(is.form.entryOf("owner"), "Bea") // one valid edit to undo
	e := is.form.entryOf("start")
	enter(e, "ooit")
	if is.form.message("start") == "" {
		t.Fatal("no message for start = ooit")
	}
	s.Undo()
	if is.form.message("start") != "" || e.Text != investmentIn(s.doc.Plan(), is.form.id).Start.String() {
		t.Errorf("after undo start shows %q with message %q", e.Text, is.form.message("start"))
	}
	if got := investmentIn(s.doc.Plan(), is.form.id).Owner; got != owner {
		t.Errorf("undo left owner %q, want %q", got, owner)
	}
	enter(e, "ooit")
	s.Undo() // nothing left to undo: the typed text still goes
	if is.form.message("start") != "" || e.Text == "ooit" {
		t.Errorf("with nothing to undo start shows %q with message %q", e.Text, is.form.message("start"))
	}
}

func TestAListScreenChoosesTheFirstRowWhenItsChoiceIsGoneAndTheHintWhenAllAre(t *testing.T) {
	s := withDemo(t, model.NL)
	screens := []struct {
		id    string
		lf    func(sc screen) *listAndForm
		clear func(p *model.Plan)
	}{
		{scrVisions, func(sc screen) *listAndForm { return &sc.(*visionsScreen).listAndForm },
			func(p *model.Plan) {
				p.Visions = nil
				for i := range p.Investments {
					p.Investments[i].VisionIDs = nil
				}
			}},
		{scrInvestments, func(sc screen) *listAndForm { return &sc.(*investmentsScreen).listAndForm },
			func(p *model.Plan) {
				for len(p.Investments) > 0 {
					removeInvestment(p, p.Investments[0].ID)
				}
			}},
		{scrAssessment, func(sc screen) *listAndForm { return &sc.(*assessmentScreen).listAndForm },
			func(p *model.Plan) { p.Assessments = nil }},
	}
	for _, c := range screens {
		v := c.lf(s.show(c.id))
		first := v.table.first()
		if v.form.id != first || v.detail.Objects[0] != v.edit {
			t.Fatalf("%s opens on %q, want the first row %q in the form", c.id, v.form.id, first)
		}
		// The chosen row goes: the next first row takes its place.
		v.table.choose(v.table.rows[len(v.table.rows)-1].id)
		gone := v.form.id
		if !s.edit("weg", func(p *model.Plan) {
			switch c.id {
			case scrVisions:
				removeVision(p, gone)
			case scrInvestments:
				removeInvestment(p, gone)
			case scrAssessment:
				_, i := assessmentIn(p, gone)
				p.Assessments = append(p.Assessments[:i], p.Assessments[i+1:]...)
			}
		}) {
			t.Fatalf("%s: removing %s failed", c.id, gone)
		}
		if v.form.id == gone || v.form.id != v.table.first() || v.detail.Objects[0] != v.edit {
			t.Errorf("%s: after its row went the form shows %q, want the first row %q", c.id, v.form.id, v.table.first())
		}
		// All rows go: the hint shows.
		if !s.edit("alles weg", c.clear) {
			t.Fatalf("%s: clearing failed", c.id)
		}
		if v.detail.Objects[0] != v.empty {
			t.Errorf("%s: with no rows the detail pane does not show the hint", c.id)
		}
		s.Undo()
		if v.form.id != v.table.first() || v.detail.Objects[0] != v.edit {
			t.Errorf("%s: after undo the form shows %q, want the first row %q", c.id, v.form.id, v.table.first())
		}
	}
}
