package screens

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"balansplan/model"
	"balansplan/planning"
	"balansplan/ui/form"
	"balansplan/ui/internal/uitest"
)

// The fields of analysis/2 in the forms (issue 12): each value chosen or
// typed is in the plan file after the edit.

func TestTheFocusOfATrainingIsChosenWithItsExplanationAndOnlyForDeskundigheid(t *testing.T) {
	s := withDemo(t, model.NL)
	sc := s.Show(Investments).(*investmentsScreen)
	if !sc.SelectCode("D1") {
		t.Fatal("no D1")
	}
	fl := sc.Form.ByName[model.FieldFocus]
	sel := fl.Input().(*widget.Select)
	if !fl.Shown() {
		t.Fatal("the focus is hidden for a deskundigheid investment")
	}
	sel.SetSelected("instrumenteel")
	if got := investmentOnDisk(t, s, "D1").Focus; got != model.FocusInstrumenteel {
		t.Errorf("focus in the file %q, want instrumenteel", got)
	}
	// Each focus is explained in one line under the choice.
	shown := uitest.Texts(sc.Content())
	for _, f := range model.Focuses() {
		if want := f.Label(model.NL) + " – " + f.Explanation(model.NL); !strings.Contains(shown, want) {
			t.Errorf("the form does not explain %s: want %q", f, want)
		}
	}
	// Inhoud has no focus: the field is not offered.
	sc.SelectCode("I1")
	if fl.Shown() {
		t.Error("the focus is offered for an inhoud investment")
	}
}

func TestAVisionsEvaluationIsTypedInTheVisionForm(t *testing.T) {
	s := withDemo(t, model.NL)
	sc := s.Show(Visions).(*visionsScreen)
	sc.SelectCode("V2")
	ind := sc.Form.EntryOf(model.FieldEvaluationIndicator)
	mom := sc.Form.EntryOf(model.FieldEvaluationMoment)
	if ind == nil || mom == nil || !ind.MultiLine {
		t.Fatal("the vision form has no evaluation fields (a multi-line indicator and a moment)")
	}
	ind.SetText("")
	test.Type(ind, "Eindtoets digitale geletterdheid")
	ind.FocusLost()
	uitest.Enter(mom, "juni") // not a month: refused beside the field
	if msg := sc.Form.Message(model.FieldEvaluationMoment); msg == "" {
		t.Error("no message for the moment \"juni\"")
	}
	uitest.Enter(mom, "2029-06")
	got := visionOnDisk(t, s, "V2").Evaluation
	want := model.Evaluation{Indicator: "Eindtoets digitale geletterdheid", Moment: model.MonthOf(2029, 6)}
	if got != want {
		t.Errorf("evaluation in the file %+v, want %+v", got, want)
	}
	if !got.Complete() {
		t.Error("both halves given, yet not complete")
	}
}

// The checklist keeps "not asked" (nil) apart from "asked, none" ([]):
// untouched it records nothing; "geen van deze" records the empty list;
// unchecking the last application leaves the list recorded and empty.
func TestTheApplicationsChecklistKeepsNotAskedApartFromNone(t *testing.T) {
	s := withDemo(t, model.NL)
	sc := s.Show(Assessment).(*assessmentScreen)
	first := s.Doc().Plan().Assessments[0]
	sc.Table.Choose(first.ID)
	apps := func() []model.Application {
		t.Helper()
		for _, a := range uitest.OnDisk(t, s.Doc().Path()).Assessments {
			if a.ID == first.ID {
				return a.Applications
			}
		}
		t.Fatal("the assessment is gone")
		return nil
	}
	c := checklistOf(t, sc)
	if got := apps(); got != nil {
		t.Fatalf("an untouched checklist recorded %#v", got)
	}
	if len(c.Items) != 20 {
		t.Fatalf("%d boxes, want the 20 applications", len(c.Items))
	}
	test.Tap(c.Items[2]) // digibord
	test.Tap(c.Items[0]) // tekstverwerking
	if got, want := apps(), []model.Application{model.ApplicationTekstverwerking, model.ApplicationDigibord}; !slices.Equal(got, want) {
		t.Errorf("after two ticks %v, want %v (the list's order)", got, want)
	}
	test.Tap(c.Items[0])
	test.Tap(c.Items[2])
	if got := apps(); got == nil || len(got) != 0 {
		t.Errorf("after unticking both %#v, want an empty, recorded list", got)
	}
	if !c.None.Checked {
		t.Error("an empty recorded list does not show as \"geen van deze\"")
	}
	test.Tap(c.None) // taken back: not recorded
	if got := apps(); got != nil {
		t.Errorf("after taking back \"geen van deze\" %#v, want nil", got)
	}
	test.Tap(c.None)
	if got := apps(); got == nil || len(got) != 0 {
		t.Errorf("after \"geen van deze\" %#v, want an empty, recorded list", got)
	}
	test.Tap(c.Items[19])
	if got := apps(); !slices.Equal(got, []model.Application{model.ApplicationCloudopslag}) || c.None.Checked {
		t.Errorf("after a tick following \"geen van deze\": %v, none checked %v", got, c.None.Checked)
	}
}

// Zelfevaluatie shows the team profile, and says where the groups come
// from without naming an edition of the monitor (the course module does
// not name one).
func TestZelfevaluatieShowsTheTeamProfile(t *testing.T) {
	p := uitest.DemoPlan(t)
	// 12, 6 and 2 applications: one in each group; one not asked.
	all := model.Applications()
	p.Assessments[0].Applications = all[:12]
	p.Assessments[1].Applications = all[:6]
	p.Assessments[2].Applications = all[:2]
	p.Assessments[3].Applications = []model.Application{} // asked: none, staartgroep
	s := newWindow(t, model.NL, p)
	sc := s.Show(Assessment).(*assessmentScreen)
	got := sc.team.Text
	for _, want := range []string{
		"Teamprofiel (wekelijks ict-gebruik van 4 deelnemers): kopgroep 1, peloton 1, staartgroep 2.",
		"cursusmodule over de Vier in balans-monitor",
		"staartgroep hooguit 3, kopgroep 10 of meer",
		"20 toepassingen",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("Zelfevaluatie says %q; want it to contain %q", got, want)
		}
	}
	for _, edition := range []string{"2013", "2017"} {
		if strings.Contains(got, edition) {
			t.Errorf("the team profile names an edition (%s): %q", edition, got)
		}
	}
	// A tick in the form moves a participant at once.
	sc.Table.Choose(p.Assessments[4].ID)
	test.Tap(checklistOf(t, sc).Items[0])
	if !strings.Contains(sc.team.Text, "van 5 deelnemers): kopgroep 1, peloton 1, staartgroep 3.") {
		t.Errorf("after one more participant recorded: %q", sc.team.Text)
	}
}

func TestWithoutRecordedApplicationsTheTeamProfileSaysSo(t *testing.T) {
	s := withDemo(t, model.EN)
	sc := s.Show(Assessment).(*assessmentScreen)
	if !strings.HasPrefix(sc.team.Text, "Team profile: nobody has yet recorded") {
		t.Errorf("team profile without records: %q", sc.team.Text)
	}
}

// The route's shares are written by planning.FormatShare (nothing to
// divide reads "n.v.t.", never "0%"), and every verdict has its reason.
func TestTheRouteSaysItsVerdictWithTheReasonAndUnknownSharesAsNA(t *testing.T) {
	s := withDemo(t, model.NL)
	for _, c := range []struct {
		name           string
		r              planning.Route
		reason, shares string
	}{
		{"no visions", planning.Route{Verdict: planning.VisieOntbreekt, TracedKnown: true, MaterialInvestments: 3},
			"Het plan heeft geen visie-uitspraken, dus de route is niet te beoordelen",
			"Aan een visie gekoppeld (T): 0% van de kosten van inhoud en infrastructuur (0 van 3 investeringen). Mensen eerst (E): n.v.t., visie of deskundigheid gaat voorop (0 van 0)."},
		{"no material investments", planning.Route{Verdict: planning.Gemengd},
			"Gemengd, want T en E is niet te berekenen (n.v.t.)", "(T): n.v.t. "},
		{"education-driven", planning.Route{Verdict: planning.Onderwijsgedreven, TracedShare: 0.9, TracedKnown: true, ExpertiseFirstShare: 0.8, ExpertiseFirstKnown: true},
			"Onderwijsgedreven, want T en E zijn allebei 80% of meer.", "Mensen eerst (E): 80%,"},
		{"technology-driven by E", planning.Route{Verdict: planning.Techniekgedreven, TracedShare: 0.9, TracedKnown: true, ExpertiseFirstShare: 0.004, ExpertiseFirstKnown: true},
			"Techniekgedreven, want E is lager dan 50%.", "Mensen eerst (E): minder dan 1%,"},
		{"mixed", planning.Route{Verdict: planning.Gemengd, TracedShare: 0.6, TracedKnown: true, ExpertiseFirstShare: 0.9, ExpertiseFirstKnown: true},
			"Gemengd: T en E zijn niet allebei 80% of meer, maar ook geen van beide lager dan 50%.", "(T): 60%"},
	} {
		reason, shares := RouteText(s, &c.r, model.NL)
		if !strings.Contains(reason, c.reason) {
			t.Errorf("%s: reason %q, want it to contain %q", c.name, reason, c.reason)
		}
		if !strings.Contains(shares, c.shares) {
			t.Errorf("%s: shares %q, want it to contain %q", c.name, shares, c.shares)
		}
	}
}

// The overview lists the most important findings whole: the advice is the
// point, so a message is never cut.
func TestTheOverviewShowsTheTopFindingsWhole(t *testing.T) {
	s := withDemo(t, model.NL)
	sc := s.Show(Overview)
	shown := uitest.Texts(sc.Content())
	top := s.Doc().Analysis().Top(overviewMaxFindings)
	if len(top) == 0 {
		t.Fatal("the demo plan has no findings")
	}
	for _, f := range top {
		if msg := f.Message.In(model.NL); !strings.Contains(shown, msg) {
			t.Errorf("the overview does not show the finding %s whole: %q", f.Code, msg)
		}
	}
	if strings.Contains(shown, "in balans.") {
		t.Error("the overview claims the plan is in balance")
	}
}

func checklistOf(t *testing.T, sc *assessmentScreen) *form.Checklist {
	t.Helper()
	c := sc.Form.ChecklistOf(model.FieldApplications)
	if c == nil {
		t.Fatal("the assessment form has no applications checklist")
	}
	return c
}

func investmentOnDisk(t *testing.T, s *window, code string) model.Investment {
	t.Helper()
	for _, inv := range uitest.OnDisk(t, s.Doc().Path()).Investments {
		if inv.Code == code {
			return inv
		}
	}
	t.Fatalf("no %s in the file", code)
	return model.Investment{}
}

func visionOnDisk(t *testing.T, s *window, code string) model.Vision {
	t.Helper()
	for _, v := range uitest.OnDisk(t, s.Doc().Path()).Visions {
		if v.Code == code {
			return v
		}
	}
	t.Fatalf("no %s in the file", code)
	return model.Vision{}
}

// Wifi is a yes or no of one school beside a share of schools: the
// benchmark says it in a sentence and does not compare it in the table.
func TestTheBenchmarkStatesWifiInASentence(t *testing.T) {
	s := withDemo(t, model.NL)
	if s.Doc().Plan().Indicators.Wifi == nil {
		t.Fatal("the demo plan does not say whether it has wifi")
	}
	sc := s.Show(Benchmark).(*benchmarkScreen)
	var wifi *planning.Comparison
	b := s.Doc().Analysis().Benchmark
	for i := range b.Comparisons {
		if b.Comparisons[i].Outcome == planning.Info {
			wifi = &b.Comparisons[i]
		}
	}
	if wifi == nil {
		t.Fatal("no wifi line in the demo's benchmark")
	}
	if want := wifi.Sentence(b.Sector, model.NL); !strings.Contains(sc.intro.Text, want) {
		t.Errorf("the benchmark says %q; want the sentence %q", sc.intro.Text, want)
	}
	for _, row := range sc.cells {
		if row[0] == wifi.Label.In(model.NL) {
			t.Errorf("wifi is compared in the table: %v", row)
		}
	}
	if !strings.Contains(sc.intro.Text, "cijfers van 2013") {
		t.Errorf("the benchmark does not say the figures' year: %q", sc.intro.Text)
	}
}
