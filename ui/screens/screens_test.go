package screens

import (
	"balansplan/assets"
	"balansplan/model"
	"balansplan/planning"
	"balansplan/planning/workshop"
	"balansplan/ui/form"
	"balansplan/ui/internal/uitest"
	"slices"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

func TestAPlanFromScratch(t *testing.T) {
	p := uitest.DemoPlan(t)
	p.Visions, p.Investments, p.Agreements, p.Assessments, p.Votes = nil, nil, nil, nil, nil
	s := newWindow(t, model.NL, p)
	if len(findings(s, planning.NoVision)) == 0 {
		t.Error("a new plan without visions has no no_vision finding")
	}

	// A vision statement.
	vs := s.Show(Visions).(*visionsScreen)
	test.Tap(vs.addBtn)
	uitest.Enter(vs.Form.EntryOf(model.FieldTitle), "Iedere leerling werkt op eigen niveau")
	if got := s.Doc().Plan().Visions; len(got) != 1 || got[0].Code != "V1" || got[0].Title != "Iedere leerling werkt op eigen niveau" {
		t.Fatalf("visions after adding one: %+v", got)
	}

	// A material investment (infrastructuur), with a cost.
	is := s.Show(Investments).(*investmentsScreen)
	is.block.SetSelectedIndex(1 + 3) // after "all": visie, deskundigheid, inhoud, infrastructuur
	test.Tap(is.addBtn)
	inv := s.Doc().Plan().Investments
	if len(inv) != 1 || inv[0].Block != model.BlockInfrastructuur || inv[0].Code != "N1" {
		t.Fatalf("investments after adding one: %+v", inv)
	}
	uitest.Enter(is.Form.EntryOf(model.FieldTitle), "Laptops voor groep 7 en 8")
	uitest.Enter(is.Form.EntryOf(model.FieldCostOneOff), "24.000")
	if got := s.Doc().Plan().Investments[0].Cost.OneOff; got != model.Euros(24000) {
		t.Errorf("one-off cost %v, want 24000", got)
	}

	// The analysis notices the investment serves no vision.
	if !hasFinding(s, planning.InvestmentWithoutVision, "N1") || !listed(s, planning.InvestmentWithoutVision, "N1") {
		t.Fatal("investment_without_vision for N1 is not shown")
	}

	// Link them in the matrix: the finding goes.
	ls := s.Show(Links).(*linksScreen)
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
	if n := len(uitest.OnDisk(t, s.Doc().Path()).Investments[0].VisionIDs); n != 0 {
		t.Errorf("after undo the file still links N1 (%d links)", n)
	}
	s.Redo()
	if listed(s, planning.InvestmentWithoutVision, "N1") {
		t.Error("redo did not take the finding away")
	}
	if n := len(uitest.OnDisk(t, s.Doc().Path()).Investments[0].VisionIDs); n != 1 {
		t.Errorf("after redo the file has %d links, want 1", n)
	}
}

func TestBadInputIsShownBesideTheFieldAndNotSaved(t *testing.T) {
	s := withDemo(t, model.NL)
	is := s.Show(Investments).(*investmentsScreen)
	is.SelectCode("N2")
	id := is.Form.ID
	before := *investmentIn(s.Doc().Plan(), id)

	cases := []struct {
		field       model.Field
		typed, want string
	}{
		{"start", "2031-01", "buiten de planperiode"},
		{"start", "augustus", "geen maand"},
		{"cost.one_off", "veel", "geen bedrag"},
		{"cost.one_off", "-5", "niet negatief"},
		{"code", "N1", "al in gebruik"},
		{"title", "", "verplicht"},
	}
	for _, c := range cases {
		e := is.Form.EntryOf(c.field)
		uitest.Enter(e, c.typed)
		if msg := is.Form.Message(c.field); !strings.Contains(msg, c.want) {
			t.Errorf("%s = %q: message %q, want it to say %q", c.field, c.typed, msg, c.want)
		}
		s.Pending().Flush()
		if got := *investmentIn(uitest.OnDisk(t, s.Doc().Path()), id); got.Start != before.Start || got.Code != before.Code ||
			got.Title != before.Title || got.Cost != before.Cost {
			t.Fatalf("%s = %q reached the file: %+v", c.field, c.typed, got)
		}
		// Putting the old value back clears the message.
		uitest.Enter(e, is.Form.ByName[c.field].Get(s.Doc().Plan()))
		if msg := is.Form.Message(c.field); msg != "" {
			t.Errorf("%s still shows %q after the old value came back", c.field, msg)
		}
	}
}

func TestMessagesSpeakTheUsersLanguage(t *testing.T) {
	s := withDemo(t, model.EN)
	is := s.Show(Investments).(*investmentsScreen)
	is.SelectCode("N2")
	uitest.Enter(is.Form.EntryOf(model.FieldStart), "2031-01")
	if msg := is.Form.Message(model.FieldStart); !strings.Contains(msg, "outside the plan period") {
		t.Errorf("message %q is not the English one", msg)
	}
	if got := s.T("menu.undo"); got != "Undo" {
		t.Errorf("menu.undo in English is %q", got)
	}
}

func TestTypedTextIsWrittenOnlyOnceValid(t *testing.T) {
	s := withDemo(t, model.NL)
	sc := s.Show(School).(*schoolScreen)
	e := sc.form.EntryOf(model.FieldSchoolPupils)
	e.SetText("")
	test.Type(e, "12x")
	if msg := sc.form.Message(model.FieldSchoolPupils); msg == "" {
		t.Error("no message for 12x pupils")
	}
	e.SetText("")
	test.Type(e, "1200")
	if sc.form.Message(model.FieldSchoolPupils) != "" {
		t.Error("a message is left for 1200 pupils")
	}
	if uitest.OnDisk(t, s.Doc().Path()).School.Pupils == 1200 {
		t.Error("written before Enter, focus loss or a command")
	}
	s.Undo() // any command writes what was typed first
	if got := uitest.OnDisk(t, s.Doc().Path()).School.Pupils; got == 1200 {
		t.Error("undo after typing should take the typed value back")
	}
	if label, ok := s.Doc().CanRedo(); !ok || !strings.Contains(label, "leerlingen") {
		t.Errorf("redo offers %q, want the pupils edit", label)
	}
}

func TestChangingThePeriodDropsCeilingsOutsideIt(t *testing.T) {
	s := withDemo(t, model.NL)
	sc := s.Show(School).(*schoolScreen)
	last := s.Doc().Plan().EndYear
	next := strconv.Itoa(last + 1)

	uitest.Enter(sc.form.EntryOf(model.FieldPlanEndYear), next)
	if n := len(sc.ceilings.Fields); n != len(s.Doc().Plan().Years()) {
		t.Fatalf("%d ceiling fields for %d years", n, len(s.Doc().Plan().Years()))
	}
	uitest.Enter(sc.ceilings.EntryOf(model.FieldPlanBudgetCeiling.Key(next)), "50.000")
	if got := s.Doc().Plan().BudgetCeiling[last+1]; got != model.Euros(50000) {
		t.Fatalf("ceiling of %s is %v", next, got)
	}

	// Back to the old period: the ceiling of the year that fell off goes.
	uitest.Enter(sc.form.EntryOf(model.FieldPlanEndYear), strconv.Itoa(last))
	if _, ok := s.Doc().Plan().BudgetCeiling[last+1]; ok {
		t.Errorf("the ceiling of %s stayed", next)
	}

	// Shrinking past an investment's end is refused, with the reason.
	uitest.Enter(sc.form.EntryOf(model.FieldPlanEndYear), strconv.Itoa(last-1))
	if s.Doc().Plan().EndYear != last || !strings.Contains(sc.form.Message(model.FieldPlanEndYear), "buiten de planperiode") {
		t.Errorf("end year %d, message %q", s.Doc().Plan().EndYear, sc.form.Message(model.FieldPlanEndYear))
	}
}

func TestAFindingOpensItsSubject(t *testing.T) {
	s := withDemo(t, model.NL)
	v := s.Show(Findings).(*findingsScreen)
	for i, f := range v.shown {
		if f.Code == planning.InvestmentWithoutVision {
			v.list.Select(i)
			if s.current != Investments {
				t.Fatalf("choosing %s opened %s", f.Code, s.current)
			}
			inv := s.built[s.current].(*investmentsScreen)
			if got := investmentIn(s.Doc().Plan(), inv.Form.ID).Code; got != f.Subject[0] {
				t.Errorf("opened %s, want %s", got, f.Subject[0])
			}
			return
		}
	}
	t.Fatal("the demo plan has no investment_without_vision finding")
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
		for _, sc := range s.built {
			sc.Refresh()
		}
	}
}

func TestDeletingAnInvestmentTakesItsLinksAlongAndUndoBringsThemBack(t *testing.T) {
	s := withDemo(t, model.NL)
	p := s.Doc().Plan()
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
	s.Edit("verwijder", func(p *model.Plan) {
		p.Votes = append(p.Votes, model.Vote{ID: model.NewID(), Participant: "p1", Role: model.RoleLeraar,
			Points: []model.VotePoints{{InvestmentID: id, Points: 1}}})
	})
	if !s.Edit("verwijder", func(p *model.Plan) { p.RemoveInvestment(id) }) {
		t.Fatal("deleting an investment others depend on and that has votes was refused")
	}
	if investmentIn(s.Doc().Plan(), id) != nil || len(investmentIn(s.Doc().Plan(), depID).DependsOnIDs) != len(dependent.DependsOnIDs)-1 {
		t.Error("the investment or the dependency on it is still there")
	}
	s.Undo()
	if investmentIn(s.Doc().Plan(), id) == nil || !slices.Contains(investmentIn(s.Doc().Plan(), depID).DependsOnIDs, id) {
		t.Error("undo did not bring the investment and its dependency back")
	}
}

func TestMovingAnInvestmentToAnotherBlockSuggestsACode(t *testing.T) {
	s := withDemo(t, model.NL)
	is := s.Show(Investments).(*investmentsScreen)
	is.SelectCode("D2")
	id := is.Form.ID
	want := model.NextCode("I", allCodes(s.Doc().Plan()))
	for i, b := range model.Blocks() {
		if b == model.BlockInhoud {
			is.blockSel.SetSelectedIndex(i)
		}
	}
	got := investmentIn(s.Doc().Plan(), id)
	if got.Block != model.BlockInhoud || got.Code != want {
		t.Errorf("after moving D2 to inhoud: block %s, code %s; want inhoud, %s", got.Block, got.Code, want)
	}
	if got.Category != "" {
		t.Errorf("the category %q of deskundigheid stayed", got.Category)
	}
	s.Undo()
	if got := investmentIn(s.Doc().Plan(), id); got.Code != "D2" || got.Block != model.BlockDeskundigheid {
		t.Errorf("undo gave %s in %s", got.Code, got.Block)
	}
}

func TestUndoDropsWhatDoesNotValidate(t *testing.T) {
	s := withDemo(t, model.NL)
	is := s.Show(Investments).(*investmentsScreen)
	is.SelectCode("D1")
	owner := investmentIn(s.Doc().Plan(), is.Form.ID).Owner
	uitest.Enter(is.Form.EntryOf(model.FieldOwner), "Bea") // one valid edit to undo
	e := is.Form.EntryOf(model.FieldStart)
	uitest.Enter(e, "ooit")
	if is.Form.Message(model.FieldStart) == "" {
		t.Fatal("no message for start = ooit")
	}
	s.Undo()
	if is.Form.Message(model.FieldStart) != "" || e.Text != investmentIn(s.Doc().Plan(), is.Form.ID).Start.String() {
		t.Errorf("after undo start shows %q with message %q", e.Text, is.Form.Message(model.FieldStart))
	}
	if got := investmentIn(s.Doc().Plan(), is.Form.ID).Owner; got != owner {
		t.Errorf("undo left owner %q, want %q", got, owner)
	}
	uitest.Enter(e, "ooit")
	s.Undo() // nothing left to undo: the typed text still goes
	if is.Form.Message(model.FieldStart) != "" || e.Text == "ooit" {
		t.Errorf("with nothing to undo start shows %q with message %q", e.Text, is.Form.Message(model.FieldStart))
	}
}

func TestAListScreenChoosesTheFirstRowWhenItsChoiceIsGoneAndTheHintWhenAllAre(t *testing.T) {
	s := withDemo(t, model.NL)
	screens := []struct {
		id    string
		lf    func(sc Screen) *form.ListAndForm
		clear func(p *model.Plan)
	}{
		{Visions, func(sc Screen) *form.ListAndForm { return &sc.(*visionsScreen).ListAndForm },
			func(p *model.Plan) {
				p.Visions = nil
				for i := range p.Investments {
					p.Investments[i].VisionIDs = nil
				}
			}},
		{Investments, func(sc Screen) *form.ListAndForm { return &sc.(*investmentsScreen).ListAndForm },
			func(p *model.Plan) {
				for len(p.Investments) > 0 {
					p.RemoveInvestment(p.Investments[0].ID)
				}
			}},
		{Assessment, func(sc Screen) *form.ListAndForm { return &sc.(*assessmentScreen).ListAndForm },
			func(p *model.Plan) { p.Assessments = nil }},
	}
	for _, c := range screens {
		v := c.lf(s.Show(c.id))
		first := v.Table.First()
		if v.Form.ID != first || !v.ShowsForm() {
			t.Fatalf("%s opens on %q, want the first row %q in the form", c.id, v.Form.ID, first)
		}
		// The chosen row goes: the next first row takes its place.
		v.Table.Choose(v.Table.Shown()[len(v.Table.Shown())-1].ID)
		gone := v.Form.ID
		if !s.Edit("weg", func(p *model.Plan) {
			switch c.id {
			case Visions:
				p.RemoveVision(gone)
			case Investments:
				p.RemoveInvestment(gone)
			case Assessment:
				_, i := AssessmentIn(p, gone)
				p.Assessments = append(p.Assessments[:i], p.Assessments[i+1:]...)
			}
		}) {
			t.Fatalf("%s: removing %s failed", c.id, gone)
		}
		if v.Form.ID == gone || v.Form.ID != v.Table.First() || !v.ShowsForm() {
			t.Errorf("%s: after its row went the form shows %q, want the first row %q", c.id, v.Form.ID, v.Table.First())
		}
		// All rows go: the hint shows.
		if !s.Edit("alles weg", c.clear) {
			t.Fatalf("%s: clearing failed", c.id)
		}
		if v.ShowsForm() {
			t.Errorf("%s: with no rows the detail pane does not show the hint", c.id)
		}
		s.Undo()
		if v.Form.ID != v.Table.First() || !v.ShowsForm() {
			t.Errorf("%s: after undo the form shows %q, want the first row %q", c.id, v.Form.ID, v.Table.First())
		}
	}
}

func TestScoresRolledUpFromGuidedAnswersAreReadOnly(t *testing.T) {
	p := uitest.DemoPlan(t)
	p.Assessments, p.Votes = nil, nil
	s := newWindow(t, model.NL, p)
	data, _ := assets.QuestionSet("vib-1")
	set, err := workshop.ParseQuestionSet(data)
	if err != nil {
		t.Fatal(err)
	}
	answers := []model.Answer{{Statement: "visie.1", Now: 2, Goal: 4}, {Statement: "visie.2", Now: 3, Goal: 4}}
	guided, direct, begun := model.NewID(), model.NewID(), model.NewID()
	s.Edit("test", func(p *model.Plan) {
		p.Assessments = append(p.Assessments,
			model.Assessment{ID: guided, Participant: "Anouk", Role: model.RoleLeraar,
				QuestionSet: "vib-1", Answers: answers, Scores: set.Rollup(answers)},
			model.Assessment{ID: direct, Participant: "Bram", Role: model.RoleLeraar,
				Scores: map[model.Block]model.Score{model.BlockVisie: {Now: 2, Goal: 3}}},
			model.Assessment{ID: begun, Participant: "Chris", Role: model.RoleLeraar,
				QuestionSet: "vib-1", Scores: set.Rollup(nil)})
	})
	v := s.Show(Assessment).(*assessmentScreen)
	if len(v.scores) != 2*len(model.Blocks()) {
		t.Fatalf("%d score fields, want now and goal for every bouwsteen", len(v.scores))
	}
	editable := func(name model.Field) bool {
		d, ok := v.Form.ByName[name].Input().(fyne.Disableable)
		return ok && !d.Disabled()
	}

	v.Table.Choose(guided)
	for i, sel := range v.scores {
		if !sel.Disabled() {
			t.Errorf("score field %d of a guided assessment can be changed", i)
		}
	}
	if got, want := v.origin.Text(), "Berekend uit 2 antwoorden (vragenset vib-1)"; !v.origin.Shown() || got != want {
		t.Errorf("origin %q (shown %v), want %q", got, v.origin.Shown(), want)
	}
	for _, name := range []model.Field{model.FieldParticipant, model.FieldSession, model.FieldRole} {
		if !editable(name) {
			t.Errorf("%s of a guided assessment cannot be changed", name)
		}
	}
	uitest.Enter(v.Form.EntryOf(model.FieldParticipant), "Anouk de Vries")
	s.Pending().Flush()
	if a, _ := AssessmentIn(uitest.OnDisk(t, s.Doc().Path()), guided); a.Participant != "Anouk de Vries" {
		t.Errorf("participant on disk is %q", a.Participant)
	}

	// Scores entered directly, and a guided turn without answers yet, are
	// the user's to change.
	for _, id := range []string{direct, begun} {
		v.Table.Choose(id)
		for i, sel := range v.scores {
			if sel.Disabled() {
				t.Errorf("%s: score field %d cannot be changed", id, i)
			}
		}
		if v.origin.Shown() {
			t.Errorf("%s: origin %q is shown", id, v.origin.Text())
		}
	}
}
