package planning

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"balansplan/model"
)

// The rules of analysis/2, each with a plan worked out by hand on both
// sides of its threshold, and for each changed rule the false alarm of
// analysis/1 that is gone.

// E counts visie as well as deskundigheid (§4.3). V1 has a vision
// trajectory VI1 in 2026-01 and training D1 in 2026-08; the wifi N1 starts
// in 2026-07. People first: VI1 2026-01 <= 2026-07, so E = 1/1 and no
// technology_before_expertise (analysis/1 compared with D1 only: E = 0 and
// a finding that advised moving the wifi later).
func TestAVisionTrajectoryCountsAsPeopleFirst(t *testing.T) {
	p := newPlan(2026, 2027)
	addVisions(p, "V1")
	addInvestments(t, p,
		inv{Code: "VI1", Block: "visie", Start: "2026-01", End: "2026-06", OneOff: 3000, V: []string{"V1"}},
		inv{Code: "D1", Block: "deskundigheid", Cat: "leraar", Start: "2026-08", OneOff: 6000, V: []string{"V1"}},
		inv{Code: "N1", Block: "infrastructuur", Cat: "netwerk", Start: "2026-07", OneOff: 9000, V: []string{"V1"}},
	)
	addAssessments(t, p, as{"leraar", "3/4 3/4 3/4 3/4 3/4"})
	mustValid(t, p)
	a := Analyse(p, nil)
	if e := a.Route.E(); !e.Known || e.Value != 1 || a.Route.Verdict != Onderwijsgedreven {
		t.Errorf("E = %v, verdict %s; want 1, onderwijsgedreven", e, a.Route.Verdict)
	}
	if hasFinding(a, TechnologyBeforeExpertise) {
		t.Errorf("technology_before_expertise raised although the vision trajectory precedes N1: %v", findingCodes(a))
	}
	// The other side: the vision trajectory starts in 2026-08 as well, after
	// N1. Now no human-factor investment precedes N1: E = 0, the finding is
	// raised and names the first one (VI1 and D1, both 2026-08).
	p.Investments[0].Start, p.Investments[0].End = month(t, "2026-08"), month(t, "2026-09")
	a = Analyse(p, nil)
	if e := a.Route.E(); !e.Known || e.Value != 0 || a.Route.Verdict != Techniekgedreven {
		t.Errorf("E = %v, verdict %s; want 0, techniekgedreven", e, a.Route.Verdict)
	}
	f, ok := finding(a, TechnologyBeforeExpertise)
	if !ok || !reflect.DeepEqual(f.Subject, []string{"N1"}) {
		t.Fatalf("findings %v, want technology_before_expertise(N1)", findingCodes(a))
	}
	if !strings.Contains(f.Message.NL, "juli 2026") || !strings.Contains(f.Message.NL, "(D1, VI1) pas in augustus 2026") {
		t.Errorf("message does not name the months in words and the human-factor investments: %s", f.Message.NL)
	}
}

// The advice of technology_before_expertise never moves an investment that
// others build on: a wifi network N1 that the devices N2 depend on. Moving
// N1 later would delay N2 (analysis/1 advised 'schuif N1 op').
func TestTechnologyFirstAdviceKeepsWhatOthersBuildOn(t *testing.T) {
	p := newPlan(2026, 2027)
	addVisions(p, "V1")
	addInvestments(t, p,
		inv{Code: "D1", Block: "deskundigheid", Cat: "leraar", Start: "2026-08", OneOff: 6000, V: []string{"V1"}},
		inv{Code: "N1", Block: "infrastructuur", Cat: "netwerk", Start: "2026-07", OneOff: 9000, V: []string{"V1"}},
		inv{Code: "N2", Block: "infrastructuur", Cat: "beheer", Start: "2026-09", Rec: 1000, V: []string{"V1"}, After: []string{"N1"}},
	)
	addAssessments(t, p, as{"leraar", "3/4 3/4 3/4 3/4 3/4"})
	mustValid(t, p)
	f, ok := finding(Analyse(p, nil), TechnologyBeforeExpertise)
	if !ok {
		t.Fatal("no technology_before_expertise for N1")
	}
	if !strings.Contains(f.Message.NL, "N1 later laten beginnen is geen oplossing: N2 bouwt erop voort") ||
		strings.Contains(f.Message.NL, "of laat N1 later beginnen") {
		t.Errorf("advice for N1, which N2 builds on: %s", f.Message.NL)
	}
	if !strings.Contains(f.Message.EN, "Starting N1 later is no remedy: N2 builds on it") {
		t.Errorf("English advice: %s", f.Message.EN)
	}
	// Without N2 nothing builds on N1 and both remedies are offered.
	p.Investments = p.Investments[:2]
	f, _ = finding(Analyse(p, nil), TechnologyBeforeExpertise)
	if !strings.Contains(f.Message.NL, "Laat D1 uiterlijk in juli 2026 beginnen, of laat N1 later beginnen") {
		t.Errorf("advice without dependents: %s", f.Message.NL)
	}
}

// A plan without vision statements has the verdict visie_ontbreekt, also
// when it starts with training (analysis/1: techniekgedreven, and the PDF
// said 'De techniek stuurt dit plan').
func TestNoVisionMeansTheRouteCannotBeJudged(t *testing.T) {
	p := newPlan(2026, 2027)
	addInvestments(t, p,
		inv{Code: "D1", Block: "deskundigheid", Cat: "leraar", Start: "2026-01", OneOff: 6000},
		inv{Code: "I1", Block: "inhoud", Cat: "leermateriaal", Start: "2026-09", OneOff: 1000},
	)
	mustValid(t, p)
	a := Analyse(p, nil)
	if a.Route.Verdict != VisieOntbreekt {
		t.Errorf("verdict %s, want visie_ontbreekt", a.Route.Verdict)
	}
	// T = 0 of 1000 traced (known); E has no traced investment: unknown.
	if tr := a.Route.T(); !tr.Known || tr.Value != 0 {
		t.Errorf("T = %v, want 0", tr)
	}
	if a.Route.E().Known {
		t.Errorf("E = %v, want unknown (nothing traced)", a.Route.E())
	}
	if got := VisieOntbreekt.Label(model.NL); got != "visie ontbreekt" {
		t.Errorf("label %q", got)
	}
}

// A share with nothing to divide is null in the JSON and "n.v.t." in the
// text; analysis/1 wrote 1 (and the screens '100%') or 0 ('0%').
func TestSharesWithNothingToDivideAreNull(t *testing.T) {
	p := newPlan(2026, 2027)
	addVisions(p, "V1")
	addInvestments(t, p, inv{Code: "D1", Block: "deskundigheid", Cat: "leraar", Start: "2026-01", OneOff: 100, V: []string{"V1"}})
	addAssessments(t, p, as{"leraar", "3/4 3/4 3/4 3/4 3/4"})
	mustValid(t, p)
	a := Analyse(p, nil)
	data, err := a.JSON()
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Route map[string]any `json:"route"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"traced_share", "expertise_first_share"} {
		if v, ok := doc.Route[k]; !ok || v != nil {
			t.Errorf("route.%s = %#v, want null", k, v)
		}
	}
	txt := Report(a, model.NL)
	if !strings.Contains(txt, "herleidbaar naar de visie (T): n.v.t. (0/0") || !strings.Contains(txt, "vooraf (E): n.v.t. (0/0)") {
		t.Errorf("report does not say n.v.t. for T:\n%s", txt)
	}
	if got := FormatShare(a.Route.T(), model.EN); got != "n/a" {
		t.Errorf("FormatShare(unknown) = %q", got)
	}
}

// Without visions, the unlinked deskundigheid, inhoud and infrastructuur
// investments are one finding, and no advice to drop anything, least of all
// the only training (analysis/1 raised one per investment and advised
// 'schrap haar als er geen is' for D1 too).
func TestWithoutVisionsUnlinkedInvestmentsAreOneFinding(t *testing.T) {
	p := newPlan(2026, 2027)
	addInvestments(t, p,
		inv{Code: "N2", Block: "infrastructuur", Cat: "netwerk", Start: "2026-03", OneOff: 100},
		inv{Code: "D1", Block: "deskundigheid", Cat: "leraar", Start: "2026-01", OneOff: 100},
		inv{Code: "I10", Block: "inhoud", Cat: "leermateriaal", Start: "2026-02", OneOff: 100},
		inv{Code: "I9", Block: "inhoud", Cat: "leermateriaal", Start: "2026-02", OneOff: 100},
		inv{Code: "VI1", Block: "visie", Start: "2026-01", OneOff: 100},
		inv{Code: "L1", Block: "leiderschap", Start: "2026-01"},
	)
	mustValid(t, p)
	a := Analyse(p, nil)
	var got []Finding
	for _, f := range a.Findings {
		if f.Code == InvestmentWithoutVision {
			got = append(got, f)
		}
	}
	if len(got) != 1 || !reflect.DeepEqual(got[0].Subject, []string{"D1", "I9", "I10", "N2"}) {
		t.Fatalf("investment_without_vision = %+v, want one finding about D1, I9, I10, N2", got)
	}
	for _, m := range []string{got[0].Message.NL, got[0].Message.EN} {
		if strings.Contains(strings.ToLower(m), "schrap") || strings.Contains(strings.ToLower(m), "drop") {
			t.Errorf("advice suggests dropping: %s", m)
		}
	}
}

// With visions, an unlinked training is told to find its link, never to be
// dropped; an unlinked purchase may be questioned.
func TestAnUnlinkedTrainingIsNeverToBeDropped(t *testing.T) {
	p := newPlan(2026, 2027)
	addVisions(p, "V1")
	addInvestments(t, p,
		inv{Code: "D1", Block: "deskundigheid", Cat: "leraar", Start: "2026-01", OneOff: 100, V: []string{"V1"}},
		inv{Code: "D2", Block: "deskundigheid", Cat: "leraar", Start: "2026-01", OneOff: 100},
		inv{Code: "I1", Block: "inhoud", Cat: "leermateriaal", Start: "2026-02", OneOff: 100},
	)
	mustValid(t, p)
	a := Analyse(p, nil)
	var d2, i1 Finding
	for _, f := range a.Findings {
		if f.Code == InvestmentWithoutVision && f.Subject[0] == "D2" {
			d2 = f
		}
		if f.Code == InvestmentWithoutVision && f.Subject[0] == "I1" {
			i1 = f
		}
	}
	if d2.Code == "" || i1.Code == "" {
		t.Fatalf("findings %v, want investment_without_vision for D2 and I1", findingCodes(a))
	}
	for _, m := range []string{d2.Message.NL, d2.Message.EN} {
		low := strings.ToLower(m)
		if strings.Contains(low, "schrap") || strings.Contains(low, "drop") || strings.Contains(low, "nodig heeft") || strings.Contains(low, "needs it") {
			t.Errorf("advice for the training D2 questions it: %s", m)
		}
	}
	if !strings.HasPrefix(strings.SplitAfter(d2.Message.NL, ". ")[1], "Koppel deze investering") {
		t.Errorf("advice does not start with 'Koppel deze investering': %s", d2.Message.NL)
	}
	if !strings.Contains(i1.Message.NL, "bespreek dan of de school haar nodig heeft") {
		t.Errorf("advice for I1: %s", i1.Message.NL)
	}
}

// low_human_share: material cash out > 0 and human share < 0.15; hoog below
// 0.05. Human and material amounts (euros) and the share they give:
// 15/100 = 0.15 none; 14/100 midden; 5/100 = 0.05 midden; 4/100 hoog; no
// material at all: none, however small the share of people.
func TestLowHumanShareOnBothSidesOfItsThresholds(t *testing.T) {
	for _, c := range []struct {
		human, material int64
		want            Severity // "" = no finding
	}{
		{15, 85, ""}, {14, 86, Midden}, {5, 95, Midden}, {4, 96, Hoog}, {0, 100, Hoog}, {100, 0, ""},
	} {
		p := newPlan(2026, 2026)
		addVisions(p, "V1")
		if c.human > 0 {
			addInvestments(t, p, inv{Code: "D1", Block: "deskundigheid", Cat: "leraar", Start: "2026-01", OneOff: c.human, V: []string{"V1"}})
		}
		if c.material > 0 {
			addInvestments(t, p, inv{Code: "I1", Block: "inhoud", Cat: "leermateriaal", Start: "2026-02", OneOff: c.material, V: []string{"V1"}})
		}
		mustValid(t, p)
		a := Analyse(p, nil)
		f, ok := finding(a, LowHumanShare)
		switch {
		case c.want == "" && ok:
			t.Errorf("%d/%d: low_human_share %s raised", c.human, c.material, f.Severity)
		case c.want != "" && (!ok || f.Severity != c.want || len(f.Subject) != 0):
			t.Errorf("%d/%d: low_human_share %+v, want severity %s and no subject", c.human, c.material, f, c.want)
		}
	}
	// The message writes a share below 1% as "minder dan 1%", never "0%".
	p := newPlan(2026, 2026)
	addVisions(p, "V1")
	addInvestments(t, p,
		inv{Code: "D1", Block: "deskundigheid", Cat: "leraar", Start: "2026-01", OneOff: 1, V: []string{"V1"}},
		inv{Code: "I1", Block: "inhoud", Cat: "leermateriaal", Start: "2026-02", OneOff: 999, V: []string{"V1"}})
	f, _ := finding(Analyse(p, nil), LowHumanShare)
	if !strings.Contains(f.Message.NL, "gaat minder dan 1% (€ 1) naar visie en deskundigheid") || strings.Contains(f.Message.NL, " 0%") {
		t.Errorf("message: %s", f.Message.NL)
	}
}

// ambition_inconsistent: ingrijpend with the teaching unchanged (midden),
// behouden with the teaching changed (laag); otherwise nothing, and nothing
// when a side of the teaching is not chosen.
func TestAmbitionInconsistentOnBothSides(t *testing.T) {
	L, Z := model.TeachingLeraargestuurd, model.TeachingZelfstandig
	for _, c := range []struct {
		amb       model.Ambition
		now, goal model.Teaching
		want      Severity
	}{
		{model.AmbitionIngrijpend, L, L, Midden},
		{model.AmbitionIngrijpend, L, Z, ""},
		{model.AmbitionBehouden, L, Z, Laag},
		{model.AmbitionBehouden, Z, Z, ""},
		{model.AmbitionStapsgewijs, L, L, ""},
		{model.AmbitionStapsgewijs, L, Z, ""},
		{model.AmbitionIngrijpend, "", "", ""},
		{model.AmbitionBehouden, L, "", ""},
	} {
		p := newPlan(2026, 2026)
		p.Ambition, p.TeachingNow, p.TeachingGoal = c.amb, c.now, c.goal
		f, ok := finding(Analyse(p, nil), AmbitionInconsistent)
		if got := map[bool]Severity{true: f.Severity}[ok]; got != c.want {
			t.Errorf("%s %q -> %q: ambition_inconsistent %q, want %q", c.amb, c.now, c.goal, got, c.want)
		}
	}
	p := newPlan(2026, 2026)
	p.Ambition = model.AmbitionIngrijpend
	f, _ := finding(Analyse(p, nil), AmbitionInconsistent)
	if !strings.Contains(f.Message.NL, "de onderwijsvorm blijft leraargestuurd onderwijs, nu en als doel") {
		t.Errorf("message: %s", f.Message.NL)
	}
}

// returns_without_evaluation: one finding, laag, listing the visions that
// name a return; a vision without returns has nothing to evaluate.
func TestReturnsWithoutEvaluation(t *testing.T) {
	p := newPlan(2026, 2026)
	addVisions(p, "V10", "V2", "V3")
	p.Visions[0].Returns = []model.Return{model.ReturnMotivatie}
	p.Visions[1].Returns = []model.Return{model.ReturnLeerprestaties, model.ReturnSturing}
	a := Analyse(p, nil)
	f, ok := finding(a, ReturnsWithoutEvaluation)
	if !ok || f.Severity != Laag || !reflect.DeepEqual(f.Subject, []string{"V2", "V10"}) {
		t.Fatalf("findings %v, want returns_without_evaluation(V2,V10) laag", findingCodes(a))
	}
	if !strings.HasPrefix(f.Message.NL, "Visie-uitspraken V2 en V10 noemen opbrengsten") {
		t.Errorf("message: %s", f.Message.NL)
	}
	p.Visions[0].Returns, p.Visions[1].Returns = nil, nil
	if a := Analyse(p, nil); hasFinding(a, ReturnsWithoutEvaluation) {
		t.Errorf("raised without any returns: %v", findingCodes(a))
	}
}

// The finding order of §4.4 (analysis/2): severity, then the domain rank,
// not the alphabet. By hand for this plan (no visions, 2026 over its
// ceiling, devices without beheer, nothing for people, no assessments):
// hoog no_vision, low_human_share (0 of 1000 < 0.05), over_budget;
// midden investment_without_vision (N1), devices_without_beheer (N1); laag
// no_assessments. Alphabetically low_human_share would come first.
func TestFindingsComeInTheDomainOrder(t *testing.T) {
	p := newPlan(2026, 2026)
	p.BudgetCeiling = map[int]model.Money{2026: euros(500)}
	addInvestments(t, p, inv{Code: "N1", Block: "infrastructuur", Cat: "apparaten", Start: "2026-02", OneOff: 1000})
	mustValid(t, p)
	a := Analyse(p, nil)
	want := []string{"no_vision()", "low_human_share()", "over_budget(2026)", "investment_without_vision(N1)", "devices_without_beheer(N1)", "no_assessments()"}
	if got := findingCodes(a); !reflect.DeepEqual(got, want) {
		t.Errorf("findings %v\nwant %v", got, want)
	}
	if top := a.Top(2); len(top) != 2 || top[1].Code != LowHumanShare || top[1].Message != a.Findings[1].Message {
		t.Errorf("Top(2) = %v", top)
	}
	if len(a.Top(99)) != len(a.Findings) || len(a.Top(-1)) != 0 {
		t.Errorf("Top out of range")
	}
	for i, c := range Codes() {
		if c.Rank() != i {
			t.Errorf("rank of %s = %d, want %d", c, c.Rank(), i)
		}
	}
}

// The goal's material side comes from the learning material (inhoud)
// first, pilots left out (§4.2, analysis/2). By hand, cash over the plan:
//   - inhoud adaptief 100 against infrastructuur persoonlijke_leeromgeving
//     10000: inhoud decides, adaptief (analysis/1: PLE, by the money);
//   - an inhoud pilot with PLE 10000 and inhoud instructie_oefenen 100:
//     instructie_oefenen;
//   - only infrastructuur names a type: it decides;
//   - only pilots name a type: the plan's goal decides.
func TestPlannedMaterialComesFromLearningMaterialWithoutPilots(t *testing.T) {
	for _, c := range []struct {
		name  string
		invs  []inv
		want  model.Material
		from  model.Block
		plan  bool
		codes []string
	}{
		{"inhoud before infrastructuur", []inv{
			{Code: "I1", Block: "inhoud", Cat: "leermateriaal", Mat: "adaptief", Start: "2026-01", OneOff: 100},
			{Code: "N1", Block: "infrastructuur", Cat: "apparaten", Mat: "persoonlijke_leeromgeving", Start: "2026-01", OneOff: 10000},
		}, model.MaterialAdaptief, model.BlockInhoud, false, []string{"I1"}},
		{"a pilot is left out", []inv{
			{Code: "I1", Block: "inhoud", Cat: "leermateriaal", Mat: "persoonlijke_leeromgeving", Start: "2026-01", OneOff: 10000, Pilot: true},
			{Code: "I2", Block: "inhoud", Cat: "leermateriaal", Mat: "instructie_oefenen", Start: "2026-01", OneOff: 100},
		}, model.MaterialInstructieOefenen, model.BlockInhoud, false, []string{"I2"}},
		{"infrastructuur when inhoud names none", []inv{
			{Code: "I1", Block: "inhoud", Cat: "leermateriaal", Start: "2026-01", OneOff: 100},
			{Code: "N1", Block: "infrastructuur", Cat: "apparaten", Mat: "adaptief", Start: "2026-01", OneOff: 10000},
		}, model.MaterialAdaptief, model.BlockInfrastructuur, false, []string{"N1"}},
		{"only pilots: the plan decides", []inv{
			{Code: "I1", Block: "inhoud", Cat: "leermateriaal", Mat: "adaptief", Start: "2026-01", OneOff: 100, Pilot: true},
			{Code: "N1", Block: "infrastructuur", Cat: "apparaten", Mat: "adaptief", Start: "2026-01", OneOff: 100, Pilot: true},
		}, model.MaterialInstructieOefenen, "", true, nil},
	} {
		p := newPlan(2026, 2026)
		addInvestments(t, p, c.invs...)
		pos := Analyse(p, nil).Position
		if pos.PlannedMaterial != c.want || pos.DecidedFrom != c.from || pos.FromInvestments == c.plan || !reflect.DeepEqual(pos.DecidedBy, c.codes) {
			t.Errorf("%s: planned %s from %q (investments %v, %v), want %s from %q", c.name, pos.PlannedMaterial, pos.DecidedFrom, pos.FromInvestments, pos.DecidedBy, c.want, c.from)
		}
	}
}

// A plan with no findings is not "in balans": the text says that nothing
// calls for action and still names what every plan should do.
func TestNoFindingsIsNotBalance(t *testing.T) {
	p := newPlan(2026, 2027)
	addVisions(p, "V1")
	addInvestments(t, p, inv{Code: "D1", Block: "deskundigheid", Cat: "leraar", Start: "2026-01", OneOff: 100, V: []string{"V1"}})
	addAssessments(t, p, as{"leraar", "3/4 3/4 3/4 3/4 3/4"})
	a := Analyse(p, nil)
	if len(a.Findings) != 0 {
		t.Fatalf("findings %v, want none", findingCodes(a))
	}
	for _, l := range []model.Lang{model.NL, model.EN} {
		txt := Report(a, l)
		if !strings.Contains(txt, NothingToAct.In(l)) {
			t.Errorf("report lacks %q", NothingToAct.In(l))
		}
	}
	if strings.Contains(NothingToAct.NL, "in balans") || !strings.Contains(NothingToAct.NL, "opbrengsten") || !strings.Contains(NothingToAct.NL, "hele team") {
		t.Errorf("nothing-to-act text: %s", NothingToAct.NL)
	}
}

// Messages read as text: months in words, full nouns for the matrix, the
// leader named in the singular when there is one, 'punten' throughout.
func TestMessagesReadAsText(t *testing.T) {
	// dependency_order: months in words.
	p := newPlan(2026, 2027)
	addVisions(p, "V1")
	addInvestments(t, p,
		inv{Code: "D1", Block: "deskundigheid", Cat: "leraar", Start: "2026-01", End: "2027-08", OneOff: 100, V: []string{"V1"}},
		inv{Code: "D2", Block: "deskundigheid", Cat: "leraar", Start: "2027-02", OneOff: 100, V: []string{"V1"}, After: []string{"D1"}},
	)
	f, ok := finding(Analyse(p, nil), DependencyOrder)
	if !ok || !strings.Contains(f.Message.NL, "D2 begint in februari 2027, maar bouwt voort op D1, dat pas in augustus 2027 klaar is") ||
		!strings.Contains(f.Message.EN, "in August 2027 at the earliest") || strings.Contains(f.Message.NL, "2027-08") {
		t.Errorf("dependency_order: %+v", f)
	}
	// balance_mismatch: full nouns.
	p = newPlan(2026, 2026)
	addInvestments(t, p, inv{Code: "I1", Block: "inhoud", Cat: "leermateriaal", Mat: "persoonlijke_leeromgeving", Start: "2026-01", OneOff: 100})
	f, ok = finding(Analyse(p, nil), BalanceMismatch)
	if !ok || !strings.Contains(f.Message.NL, "Het doel combineert leraargestuurd onderwijs met een persoonlijke leeromgeving") {
		t.Errorf("balance_mismatch: %+v", f)
	}
	// assessment_divergence with one school leader and two of each.
	div := func(roles ...string) string {
		p := newPlan(2026, 2026)
		for _, r := range roles {
			s := "3/4 3/4 3/4 3/4 2/4"
			if r != "leraar" {
				s = "3/4 3/4 3/4 3/4 4/4"
			}
			addAssessments(t, p, as{r, s})
		}
		f, _ := finding(Analyse(p, nil), AssessmentDivergence)
		return f.Message.NL
	}
	for _, c := range []struct {
		roles []string
		want  string
	}{
		{[]string{"schoolleider", "leraar"}, "de schoolleider geeft nu 4, de leraar 2."},
		{[]string{"bestuurder", "leraar", "leraar"}, "de bestuurder geeft nu 4, de leraren gemiddeld 2."},
		{[]string{"schoolleider", "schoolleider", "leraar"}, "de schoolleiders geven nu gemiddeld 4, de leraar 2."},
		{[]string{"schoolleider", "bestuurder", "leraar"}, "schoolleiding en bestuur geven nu gemiddeld 4"},
	} {
		if got := div(c.roles...); !strings.Contains(got, c.want) {
			t.Errorf("%v: %q lacks %q", c.roles, got, c.want)
		}
	}
	// technology_ahead: 'scheefstand', and 'punt' only for exactly one.
	p = newPlan(2026, 2026)
	addAssessments(t, p, as{"leraar", "2/4 2/4 3/4 3/4 3/4"})
	f, ok = finding(Analyse(p, nil), TechnologyAhead)
	if !ok || !strings.Contains(f.Message.NL, "gemiddeld 1 punt hoger") || !strings.Contains(f.Message.NL, "scheefstand") {
		t.Errorf("technology_ahead: %+v", f)
	}
}

func TestFormatHelpers(t *testing.T) {
	for _, c := range []struct {
		x      float64
		nl, en string
	}{
		{0.004, "minder dan 1%", "less than 1%"}, {0.0099, "minder dan 1%", "less than 1%"},
		{0.01, "1%", "1%"}, {0, "0%", "0%"}, {0.20532, "20,5%", "20.5%"},
	} {
		if got := FormatPercent(c.x, model.NL); got != c.nl {
			t.Errorf("FormatPercent(%v, nl) = %q, want %q", c.x, got, c.nl)
		}
		if got := FormatPercent(c.x, model.EN); got != c.en {
			t.Errorf("FormatPercent(%v, en) = %q, want %q", c.x, got, c.en)
		}
	}
	if got := FormatMonth(month(t, "2027-08"), model.NL); got != "augustus 2027" {
		t.Errorf("FormatMonth = %q", got)
	}
	if got := FormatMonth(month(t, "2026-01"), model.EN); got != "January 2026" {
		t.Errorf("FormatMonth = %q", got)
	}
	for x, want := range map[float64]string{1: "1 punt", 1.5: "1,5 punten", 0.625: "0,625 punten", 2: "2 punten", 7.0 / 3: "2,333 punten"} {
		if got := FormatPoints(x, model.NL); got != want {
			t.Errorf("FormatPoints(%v) = %q, want %q", x, got, want)
		}
	}
	if got := FormatMonth(0, model.NL); got != "" {
		t.Errorf("FormatMonth(0) = %q", got)
	}
}

// A code far longer than a handle is shortened in the message, so the
// advice stays readable (and a summary that never cuts a message stays on
// its page); the subject keeps the code whole.
func TestLongCodesAreShortenedInMessagesOnly(t *testing.T) {
	long := strings.Repeat("X", 40)
	p := newPlan(2026, 2027)
	addVisions(p, "V1")
	addInvestments(t, p, inv{Code: long, Block: "inhoud", Cat: "leermateriaal", Start: "2026-02", OneOff: 100})
	mustValid(t, p)
	f, ok := finding(Analyse(p, nil), InvestmentWithoutVision)
	if !ok || !reflect.DeepEqual(f.Subject, []string{long}) {
		t.Fatalf("finding %+v, want investment_without_vision with the whole code as subject", f)
	}
	short := strings.Repeat("X", mentionLimit-1) + "…"
	if strings.Contains(f.Message.NL, long) || !strings.Contains(f.Message.NL, "Investering "+short+" (inhoud") {
		t.Errorf("message: %s", f.Message.NL)
	}
}

// An evaluation counts only with both an indicator and a moment.
func TestAnEvaluationNeedsIndicatorAndMoment(t *testing.T) {
	for _, c := range []struct {
		name  string
		ev    model.Evaluation
		raise bool
	}{
		{"none", model.Evaluation{}, true},
		{"indicator only", model.Evaluation{Indicator: "toetsresultaten rekenen"}, true},
		{"moment only", model.Evaluation{Moment: month(t, "2027-06")}, true},
		{"both", model.Evaluation{Indicator: "toetsresultaten rekenen", Moment: month(t, "2027-06")}, false},
	} {
		p := newPlan(2026, 2027)
		addVisions(p, "V1")
		p.Visions[0].Returns = []model.Return{model.ReturnLeerprestaties}
		p.Visions[0].Evaluation = c.ev
		if got := hasFinding(Analyse(p, nil), ReturnsWithoutEvaluation); got != c.raise {
			t.Errorf("%s: returns_without_evaluation %v, want %v", c.name, got, c.raise)
		}
	}
}

// expertise_instrumental_only: a vision with material investments whose
// linked trainings all have focus instrumenteel. By hand: V1 has I1
// (inhoud) and D1, D2 both instrumenteel: raised with subject V1, D1, D2.
// One of them didactisch, or without a focus: not raised. No material for
// V1: not raised. No training at all: vision_without_expertise, not this.
// A cancelled didactic training does not count.
func TestExpertiseInstrumentalOnlyOnBothSides(t *testing.T) {
	build := func(f1, f2 model.Focus, material bool, d2Status string) *model.Plan {
		p := newPlan(2026, 2027)
		addVisions(p, "V1")
		addInvestments(t, p,
			inv{Code: "D1", Block: "deskundigheid", Cat: "leraar", Start: "2026-01", OneOff: 100, V: []string{"V1"}},
			inv{Code: "D2", Block: "deskundigheid", Cat: "leraar", Start: "2026-01", OneOff: 100, V: []string{"V1"}, Status: d2Status})
		p.Investments[0].Focus, p.Investments[1].Focus = f1, f2
		if material {
			addInvestments(t, p, inv{Code: "I1", Block: "inhoud", Cat: "leermateriaal", Start: "2026-02", OneOff: 100, V: []string{"V1"}})
		}
		return p
	}
	I, D := model.FocusInstrumenteel, model.FocusDidactisch
	for _, c := range []struct {
		name    string
		p       *model.Plan
		subject []string
	}{
		{"all instrumental", build(I, I, true, ""), []string{"V1", "D1", "D2"}},
		{"one didactic", build(I, D, true, ""), nil},
		{"one without a focus", build(I, "", true, ""), nil},
		{"no material", build(I, I, false, ""), nil},
		{"the didactic one cancelled", build(I, D, true, "geschrapt"), []string{"V1", "D1"}},
	} {
		mustValid(t, c.p)
		f, ok := finding(Analyse(c.p, nil), ExpertiseInstrumentalOnly)
		switch {
		case c.subject == nil && ok:
			t.Errorf("%s: raised %v", c.name, f.Subject)
		case c.subject != nil && (!ok || !reflect.DeepEqual(f.Subject, c.subject) || f.Severity != Midden):
			t.Errorf("%s: finding %+v, want subject %v, midden", c.name, f, c.subject)
		}
	}
	f, _ := finding(Analyse(build(I, I, true, ""), nil), ExpertiseInstrumentalOnly)
	if !strings.HasPrefix(f.Message.NL, "Alle scholing voor visie-uitspraak V1 (D1 en D2) gaat alleen over het bedienen van de middelen.") {
		t.Errorf("message: %s", f.Message.NL)
	}
}

// The team profile (§4.4a): staartgroep n <= 3, peloton 4..9, kopgroep n
// >= 10, counted over distinct known applications of the participants who
// recorded them.
func TestTeamProfileBounds(t *testing.T) {
	apps := model.Applications()
	for n, want := range map[int]Group{0: Staartgroep, 3: Staartgroep, 4: Peloton, 9: Peloton, 10: Kopgroep, 20: Kopgroep} {
		if got := GroupOf(n); got != want {
			t.Errorf("GroupOf(%d) = %s, want %s", n, got, want)
		}
	}
	p := newPlan(2026, 2026)
	addAssessments(t, p, as{"leraar", "3/4 3/4 3/4 3/4 3/4"}, as{"leraar", "3/4 3/4 3/4 3/4 3/4"},
		as{"leraar", "3/4 3/4 3/4 3/4 3/4"}, as{"leraar", "3/4 3/4 3/4 3/4 3/4"})
	// p1: 3 applications, one named twice: staartgroep. p2: 4: peloton.
	// p3: 10: kopgroep. p4: not asked (nil): not counted.
	p.Assessments[0].Applications = append(append([]model.Application{}, apps[:3]...), apps[0])
	p.Assessments[1].Applications = apps[:4]
	p.Assessments[2].Applications = apps[:10]
	a := Analyse(p, nil)
	if a.Team != (TeamProfile{Recorded: 3, Kopgroep: 1, Peloton: 1, Staartgroep: 1}) {
		t.Errorf("team = %+v", a.Team)
	}
	data, _ := a.JSON()
	if !strings.Contains(string(data), `"team_profile": {
    "recorded": 3,
    "kopgroep": 1,
    "peloton": 1,
    "staartgroep": 1
  }`) {
		t.Errorf("JSON lacks the team profile:\n%s", data)
	}
}

// team_mostly_staartgroep: at least 3 participants recorded their
// applications and at least a third of them are in the staartgroep. By
// hand: 3 recorded, 1 staart (1*3 >= 3): raised; 4 recorded, 1 staart (3 <
// 4): not; 2 recorded, both staart: too few to speak; an empty list is
// recorded (none used), nil is not.
func TestTeamMostlyStaartgroepOnBothSides(t *testing.T) {
	apps := model.Applications()
	peloton := apps[:5]
	for _, c := range []struct {
		name  string
		lists [][]model.Application
		raise bool
	}{
		{"a third of three", [][]model.Application{{}, peloton, peloton}, true},
		{"one of four", [][]model.Application{apps[:1], peloton, peloton, peloton}, false},
		{"two recorded", [][]model.Application{{}, {}, nil}, false},
		{"two of five", [][]model.Application{{}, apps[:2], peloton, peloton, peloton}, true},
	} {
		p := newPlan(2026, 2026)
		for range c.lists {
			addAssessments(t, p, as{"leraar", "3/4 3/4 3/4 3/4 3/4"})
		}
		for i, l := range c.lists {
			p.Assessments[i].Applications = l
		}
		f, ok := finding(Analyse(p, nil), TeamMostlyStaartgroep)
		if ok != c.raise || ok && (f.Severity != Midden || len(f.Subject) != 0) {
			t.Errorf("%s: %+v (raised %v), want raised %v", c.name, f, ok, c.raise)
		}
	}
}
