package planning_test

import (
	"os"
	"reflect"
	"strings"
	"testing"

	"balansplan/model"
	"balansplan/model/testplan"
	"balansplan/model/theme"
	"balansplan/planning"
)

// themePlan is a hand-worked plan for 2026-2029 that chose the AI and
// the digital-literacy themes. Inside the period fall the AI Act's further
// duties (2 August 2026) and the kerndoelen (1 August 2027); the AI
// literacy duty (2 February 2025) lies before it and the inspectorate's
// supervision (1 August 2031) after it.
//
//   - D1 (digitale-geletterdheid) starts in August 2027: the month of the
//     deadline, not before it, so the kerndoelen get a finding (legal: hoog).
//   - D2 (ai) starts in March 2026, before August 2026: no finding for AI.
//   - I1 (digitale-geletterdheid) starts in January 2027 but is geschrapt:
//     it counts nowhere, so it does not save the kerndoelen.
func themePlan() *model.Plan {
	return &model.Plan{
		ID: model.NewID(), School: model.School{Name: "OBS De Proef", Sector: model.SectorPO}, Title: "Ict-plan",
		StartYear: 2026, EndYear: 2029, Status: model.StatusConcept,
		Themes: []string{"ai", "digitale-geletterdheid"},
		Investments: []model.Investment{
			{ID: model.NewID(), Code: "D1", Title: "Scholing", Block: model.BlockDeskundigheid, Category: model.CategoryLeraar,
				Start: model.MonthOf(2027, 8), Status: model.InvGepland, Theme: "digitale-geletterdheid"},
			{ID: model.NewID(), Code: "D2", Title: "AI-scholing", Block: model.BlockDeskundigheid, Category: model.CategoryLeraar,
				Start: model.MonthOf(2026, 3), Status: model.InvGepland, Theme: "ai"},
			{ID: model.NewID(), Code: "I1", Title: "Leerlijn", Block: model.BlockInhoud, Category: model.CategoryLeermateriaal,
				Start: model.MonthOf(2027, 1), Status: model.InvGeschrapt, Theme: "digitale-geletterdheid"},
		},
	}
}

func TestMilestonesAreTheChosenDeadlinesInsideThePeriod(t *testing.T) {
	p := themePlan()
	if ps := p.Validate(); ps != nil {
		t.Fatal(ps.Messages(model.EN))
	}
	var got []string
	for _, m := range planning.ThemeMilestones(p) {
		got = append(got, m.Theme+"/"+m.Deadline+" "+m.Date+" "+m.Month.String()+" "+string(m.Kind)+" "+m.DateText(model.NL))
	}
	want := []string{
		"ai/ai-verplichtingen 2026-08-02 2026-08 legal 2 augustus 2026",
		"digitale-geletterdheid/kerndoelen 2027-08-01 2027-08 legal 1 augustus 2027",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("milestones\n got %q\nwant %q", got, want)
	}

	// A plan to 2031 has the inspectorate's supervision as well; a plan
	// that chose nothing has none.
	p.EndYear = 2031
	if ms := planning.ThemeMilestones(p); len(ms) != 3 || ms[2].Deadline != "toezicht" || ms[2].DateText(model.EN) != "1 August 2031" {
		t.Errorf("to 2031: %+v", ms)
	}
	p.Themes = nil
	if ms := planning.ThemeMilestones(p); ms != nil {
		t.Errorf("no themes, milestones %+v", ms)
	}
}

func TestThemeDeadlineFindings(t *testing.T) {
	p := themePlan()
	a := planning.Analyse(p, builtinRef(t))
	var got []planning.Finding
	for _, f := range a.Findings {
		if f.Code == planning.ThemeDeadlineWithoutInvestment {
			got = append(got, f)
		}
	}
	want := []planning.Finding{{
		Code: planning.ThemeDeadlineWithoutInvestment, Severity: planning.Hoog,
		Subject: []string{"digitale-geletterdheid", "kerndoelen"},
		Message: model.Text{
			NL: `Thema Digitale geletterdheid heeft een termijn in de planperiode, 1 augustus 2027: digitale geletterdheid hoort bij de wettelijke kerndoelen ` +
				`(bron: de herziene kerndoelen voor het funderend onderwijs, vastgelegd in de wet). Geen investering van dit thema begint vóór augustus 2027. ` +
				`Plan er een die eerder begint, bijvoorbeeld "Scholing digitale geletterdheid voor het team", zodat de school op tijd klaar is.`,
			EN: `Theme Digital literacy has a deadline in the plan period, 1 August 2027: digital literacy is part of the statutory core objectives ` +
				`(source: the revised core objectives for primary and lower secondary education, laid down in law). No investment of this theme starts before August 2027. ` +
				`Plan one that starts earlier, for example "Digital literacy training for the team", so that the school is ready in time.`,
		},
	}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("findings\n got %+v\nwant %+v", got, want)
	}

	// Moving D1 a month earlier answers the kerndoelen; cancelling D2
	// leaves AI without an investment before August 2026 (legal: hoog).
	p.Investments[0].Start = model.MonthOf(2027, 7)
	p.Investments[1].Status = model.InvGeschrapt
	fs := planning.ThemeDeadlineFindings(p, theme.Builtin())
	if len(fs) != 1 || fs[0].Severity != planning.Hoog || strings.Join(fs[0].Subject, " ") != "ai ai-verplichtingen" ||
		!strings.Contains(fs[0].Message.NL, "Thema Kunstmatige intelligentie (AI) heeft een termijn in de planperiode, 2 augustus 2026: meer verplichtingen") ||
		!strings.Contains(fs[0].Message.EN, "No investment of this theme starts before August 2026") {
		t.Errorf("after the change: %+v", fs)
	}

	// A sector deadline is midden: IBP's end of 2027.
	p.Themes = []string{"ibp"}
	fs = planning.ThemeDeadlineFindings(p, theme.Builtin())
	if len(fs) != 1 || fs[0].Severity != planning.Midden || fs[0].Subject[1] != "digitaal-veilig" {
		t.Errorf("ibp: %+v", fs)
	}
}

// The worked example has no themes and no register: its findings are
// exactly those of analysis/2, with none of issue 19's codes.
func TestAPlanWithoutThemesGetsNoNewFindings(t *testing.T) {
	a := planning.Analyse(testplan.Regenboog(t), builtinRef(t))
	for _, f := range a.Findings {
		for _, c := range planning.ThemeCodes() {
			if f.Code == c {
				t.Errorf("the example gets %s", c)
			}
		}
	}
	if ms := planning.ThemeMilestones(testplan.Regenboog(t)); ms != nil {
		t.Errorf("the example has milestones %+v", ms)
	}
}

// registerPlan is themePlan with the register imported from the test norm
// set (model/theme/testdata/proef-normset.json, four norms) and levels
// set by hand:
//
//	T.1 Toegang: Wachtwoorden   2 -> 3, no investment         hoog (below 3)
//	T.2 Mensen: Training        2 -> 4, D2                    none
//	T.3 Techniek: Updates       3 -> 4, I1 (geschrapt)        midden
//	T.4 Leveranciers: ...       not assessed -> 3             none
func registerPlan(t *testing.T) *model.Plan {
	t.Helper()
	data, err := os.ReadFile("../model/theme/testdata/proef-normset.json")
	if err != nil {
		t.Fatal(err)
	}
	set, err := theme.ParseNormSet(data)
	if err != nil {
		t.Fatal(err)
	}
	p, added := theme.ImportNorms(themePlan(), set, model.NL)
	if added != 4 {
		t.Fatalf("imported %d norms", added)
	}
	p.Themes = nil
	p.Maturity[0].Current = 2
	p.Maturity[1].Current, p.Maturity[1].Target, p.Maturity[1].InvestmentIDs = 2, 4, []string{p.Investments[1].ID}
	p.Maturity[2].Current, p.Maturity[2].Target, p.Maturity[2].InvestmentIDs = 3, 4, []string{p.Investments[2].ID}
	if ps := p.Validate(); ps != nil {
		t.Fatal(ps.Messages(model.EN))
	}
	return p
}

func TestMaturityFindingsFromAnImportedRegister(t *testing.T) {
	p := registerPlan(t)
	var got []planning.Finding
	for _, f := range planning.Analyse(p, builtinRef(t)).Findings {
		if f.Code == planning.MaturityBelowTarget {
			got = append(got, f)
		}
	}
	want := []planning.Finding{
		{Code: planning.MaturityBelowTarget, Severity: planning.Hoog, Subject: []string{"T.1"}, Message: model.Text{
			NL: `Het domein "Toegang: Wachtwoorden" van het volwassenheidsregister staat op niveau 2 en moet naar niveau 3, maar geen investering brengt het omhoog. ` +
				`Niveau 3 is het minimum dat de sector van elke school vraagt. ` +
				`Koppel een investering aan dit domein, of plan er een, bijvoorbeeld uit het thema informatiebeveiliging en privacy.`,
			EN: `The domain "Toegang: Wachtwoorden" of the maturity register is at level 2 and must reach level 3, but no investment raises it. ` +
				`Level 3 is the minimum the sector asks of every school. ` +
				`Link an investment to this domain, or plan one, for example from the information security and privacy theme.`}},
		{Code: planning.MaturityBelowTarget, Severity: planning.Midden, Subject: []string{"T.3"}, Message: model.Text{
			NL: `Het domein "Techniek: Updates" van het volwassenheidsregister staat op niveau 3 en moet naar niveau 4, maar geen investering brengt het omhoog. ` +
				`Koppel een investering aan dit domein, of plan er een, bijvoorbeeld uit het thema informatiebeveiliging en privacy.`,
			EN: `The domain "Techniek: Updates" of the maturity register is at level 3 and must reach level 4, but no investment raises it. ` +
				`Link an investment to this domain, or plan one, for example from the information security and privacy theme.`}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("findings\n got %+v\nwant %+v", got, want)
	}

	rows := planning.MaturityRegister(p)
	if len(rows) != 4 || strings.Join(rows[1].Investments, ",") != "D2" || len(rows[2].Investments) != 0 ||
		!rows[0].Unfunded || rows[1].Unfunded || !rows[2].Unfunded || rows[3].Unfunded || rows[3].BelowTarget || rows[3].Target != 3 {
		t.Errorf("register %+v", rows)
	}
}

func builtinRef(t *testing.T) *planning.Reference {
	t.Helper()
	ref, err := planning.BuiltinReference()
	if err != nil {
		t.Fatal(err)
	}
	return ref
}
