package planning

import (
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"balansplan/model"
)

// cleanPlan triggers no finding at all. 2026-2028, ambition behouden,
// leraargestuurd x instructie_oefenen now and as goal.
//
//	D1 deskundigheid 2026-01..2026-06  2000 one-off        V1
//	I1 inhoud (instructie_oefenen) from 2026-09, 1000 a year  V1
//	N1 infrastructuur apparaten 2026-09  6000 over 3 years  V1
//	N2 infrastructuur beheer from 2026-09, 500 a year        V1
//
// Cash 2026: 2000 + 1000 + 6000 + 500 = 9500. Assessments: a teacher and a
// school leader, 3 now and 4 goal on every block.
func cleanPlan(t *testing.T) *model.Plan {
	p := newPlan(2026, 2028)
	addVisions(p, "V1")
	addInvestments(t, p,
		inv{Code: "D1", Block: "deskundigheid", Cat: "leraar", Start: "2026-01", End: "2026-06", OneOff: 2000, V: []string{"V1"}},
		inv{Code: "I1", Block: "inhoud", Cat: "leermateriaal", Mat: "instructie_oefenen", Start: "2026-09", Rec: 1000, V: []string{"V1"}},
		inv{Code: "N1", Block: "infrastructuur", Cat: "apparaten", Start: "2026-09", OneOff: 6000, Dep: 3, V: []string{"V1"}},
		inv{Code: "N2", Block: "infrastructuur", Cat: "beheer", Start: "2026-09", Rec: 500, V: []string{"V1"}},
	)
	addAssessments(t, p, as{"leraar", "3/4 3/4 3/4 3/4 3/4"}, as{"schoolleider", "3/4 3/4 3/4 3/4 3/4"})
	return p
}

func invByCode(t *testing.T, p *model.Plan, code string) *model.Investment {
	for i := range p.Investments {
		if p.Investments[i].Code == code {
			return &p.Investments[i]
		}
	}
	t.Fatalf("no investment %s", code)
	return nil
}

func TestTheCleanPlanHasNoFindings(t *testing.T) {
	p := cleanPlan(t)
	mustValid(t, p)
	if a := Analyse(p, nil); len(a.Findings) != 0 {
		t.Fatalf("findings = %v, want none", findingCodes(a))
	}
}

// Every finding code, triggered by a small change to the clean plan and
// not triggered by a change just short of it.
func TestEachFindingIsTriggeredAndNotTriggered(t *testing.T) {
	type change func(t *testing.T, p *model.Plan)
	cases := []struct {
		code    Code
		subject []string // nil: do not check
		trigger change
		spare   change // a near miss: the code must not appear
	}{
		{NoVision, []string{}, func(t *testing.T, p *model.Plan) {
			p.Visions = nil
			for i := range p.Investments {
				p.Investments[i].VisionIDs = nil
			}
		}, func(t *testing.T, p *model.Plan) {}},

		{InvestmentWithoutVision, []string{"I1"}, func(t *testing.T, p *model.Plan) {
			invByCode(t, p, "I1").VisionIDs = nil
		}, func(t *testing.T, p *model.Plan) {
			// visie and leiderschap investments need no vision link.
			addInvestments(t, p, inv{Code: "L1", Block: "leiderschap", Start: "2026-01"}, inv{Code: "VI1", Block: "visie", Start: "2026-01"})
		}},

		{VisionWithoutInvestment, []string{"V2"}, func(t *testing.T, p *model.Plan) {
			addVisions(p, "V2")
		}, func(t *testing.T, p *model.Plan) {
			// any block serves a vision, leiderschap too; a cancelled one does not
			addVisions(p, "V2")
			addInvestments(t, p, inv{Code: "L1", Block: "leiderschap", Start: "2026-01", V: []string{"V2"}})
		}},

		{VisionWithoutExpertise, []string{"V2", "I2", "N3"}, func(t *testing.T, p *model.Plan) {
			addVisions(p, "V2")
			addInvestments(t, p,
				inv{Code: "N3", Block: "infrastructuur", Cat: "netwerk", Start: "2026-03", V: []string{"V2"}},
				inv{Code: "I2", Block: "inhoud", Cat: "leermateriaal", Start: "2026-03", V: []string{"V2"}},
				inv{Code: "D9", Block: "deskundigheid", Cat: "leraar", Start: "2026-01", V: []string{"V2"}, Status: "geschrapt"})
		}, func(t *testing.T, p *model.Plan) {
			addVisions(p, "V2")
			addInvestments(t, p,
				inv{Code: "I2", Block: "inhoud", Cat: "leermateriaal", Start: "2026-03", V: []string{"V2"}},
				inv{Code: "D2", Block: "deskundigheid", Cat: "leraar", Start: "2026-01", V: []string{"V2"}})
		}},

		{TechnologyBeforeExpertise, []string{"I1"}, func(t *testing.T, p *model.Plan) {
			// D1 starts 2026-01; I1 a month earlier is impossible, so move D1.
			invByCode(t, p, "D1").Start = month(t, "2026-10")
			invByCode(t, p, "D1").End = month(t, "2026-12")
			invByCode(t, p, "N1").Start = month(t, "2026-10")
			invByCode(t, p, "N2").Start = month(t, "2026-10")
		}, func(t *testing.T, p *model.Plan) {
			// the same month counts as "no later"
			invByCode(t, p, "D1").Start = month(t, "2026-09")
			invByCode(t, p, "D1").End = month(t, "2026-12")
		}},

		{DependencyOrder, []string{"I1", "N1"}, func(t *testing.T, p *model.Plan) {
			n1 := invByCode(t, p, "N1")
			n1.End = month(t, "2026-12")
			i1 := invByCode(t, p, "I1")
			i1.Start = month(t, "2026-11")
			i1.DependsOnIDs = []string{n1.ID}
		}, func(t *testing.T, p *model.Plan) {
			// starting in the month the other ends is fine
			n1 := invByCode(t, p, "N1")
			n1.End = month(t, "2026-12")
			i1 := invByCode(t, p, "I1")
			i1.Start = month(t, "2026-12")
			i1.DependsOnIDs = []string{n1.ID}
		}},

		{BalanceMismatch, []string{"I1"}, func(t *testing.T, p *model.Plan) {
			// leraargestuurd (0) x persoonlijke_leeromgeving (2)
			invByCode(t, p, "I1").MaterialType = model.MaterialPersoonlijkeLeeromgeving
		}, func(t *testing.T, p *model.Plan) {
			// one step is techniek_voor, not a mismatch
			invByCode(t, p, "I1").MaterialType = model.MaterialAdaptief
		}},

		{TechnologyAhead, []string{"I1"}, func(t *testing.T, p *model.Plan) {
			// leraargestuurd (0) x adaptief (1): d = +1
			invByCode(t, p, "I1").MaterialType = model.MaterialAdaptief
		}, func(t *testing.T, p *model.Plan) {
			// d = -1 is onderwijs_voor, the transition the model welcomes
			p.TeachingGoal = model.TeachingZelfstandig
		}},

		{TechnologyAhead, []string{}, func(t *testing.T, p *model.Plan) {
			// tilt exactly 1.0: human (3+3)/2 = 3, material (4+4)/2 = 4
			p.Assessments = nil
			addAssessments(t, p, as{"leraar", "3/4 3/4 4/4 4/4 3/4"}, as{"schoolleider", "3/4 3/4 4/4 4/4 3/4"})
		}, func(t *testing.T, p *model.Plan) {
			// tilt (4+3.5)/2 - 3 = 0.75
			p.Assessments = nil
			addAssessments(t, p, as{"leraar", "3/4 3/4 4/4 4/4 3/4"}, as{"schoolleider", "3/4 3/4 4/4 3/4 3/4"})
		}},

		{BlockGap, []string{"deskundigheid", "visie"}, func(t *testing.T, p *model.Plan) {
			// visie 1, the rest 3: a gap of exactly 2.0; the highest is the
			// first of the tied blocks in model order.
			p.Assessments = nil
			addAssessments(t, p, as{"leraar", "1/4 3/4 3/4 3/4 3/4"}, as{"schoolleider", "1/4 3/4 3/4 3/4 3/4"})
		}, func(t *testing.T, p *model.Plan) {
			// visie (1+2)/2 = 1.5: a gap of 1.5
			p.Assessments = nil
			addAssessments(t, p, as{"leraar", "1/4 3/4 3/4 3/4 3/4"}, as{"schoolleider", "2/4 3/4 3/4 3/4 3/4"})
		}},

		{AssessmentDivergence, []string{"leiderschap"}, func(t *testing.T, p *model.Plan) {
			// leaders (5+4)/2 = 4.5 against teachers (3+3)/2 = 3: exactly 1.5
			p.Assessments = nil
			addAssessments(t, p, as{"leraar", "3/4 3/4 3/4 3/4 3/4"}, as{"leraar", "3/4 3/4 3/4 3/4 3/4"},
				as{"schoolleider", "3/4 3/4 3/4 3/4 5/5"}, as{"bestuurder", "3/4 3/4 3/4 3/4 4/5"})
		}, func(t *testing.T, p *model.Plan) {
			// leaders 4 against teachers 3; the ict-coördinator's 5 does not count
			p.Assessments = nil
			addAssessments(t, p, as{"leraar", "3/4 3/4 3/4 3/4 3/4"}, as{"schoolleider", "3/4 3/4 3/4 3/4 4/5"},
				as{"ict_coordinator", "3/4 3/4 3/4 3/4 5/5"})
		}},

		{AssessmentDivergence, []string{"inhoud"}, func(t *testing.T, p *model.Plan) {
			// the other way round: teachers 5, leader 3
			p.Assessments = nil
			addAssessments(t, p, as{"leraar", "3/4 3/4 5/5 3/4 3/4"}, as{"schoolleider", "3/4 3/4 3/4 3/4 3/4"})
		}, func(t *testing.T, p *model.Plan) {
			// without a teacher there is nothing to compare
			p.Assessments = nil
			addAssessments(t, p, as{"ict_coordinator", "3/4 3/4 5/5 3/4 3/4"}, as{"schoolleider", "3/4 3/4 3/4 3/4 3/4"})
		}},

		{NoDidacticAgreements, []string{}, func(t *testing.T, p *model.Plan) {
			p.Ambition = model.AmbitionStapsgewijs
			p.Agreements = []model.Agreement{
				{ID: "ag1", Kind: model.AgreementDidactisch, Coverage: model.CoverageGeen},
				{ID: "ag2", Kind: model.AgreementAanschafBeheer, Coverage: model.CoverageAlle},
			}
		}, func(t *testing.T, p *model.Plan) {
			p.Ambition = model.AmbitionIngrijpend
			p.Agreements = []model.Agreement{{ID: "ag1", Kind: model.AgreementDidactisch, Coverage: model.CoverageDeels}}
		}},

		{NoDidacticAgreements, []string{}, func(t *testing.T, p *model.Plan) {
			p.Ambition = model.AmbitionIngrijpend
		}, func(t *testing.T, p *model.Plan) {
			// keeping the concept asks no agreements
			p.Ambition = model.AmbitionBehouden
		}},

		{OverBudget, []string{"2026"}, func(t *testing.T, p *model.Plan) {
			p.BudgetCeiling = map[int]model.Money{2026: euros(9499.99), 2027: euros(100000)}
		}, func(t *testing.T, p *model.Plan) {
			// spending exactly the ceiling is not over it
			p.BudgetCeiling = map[int]model.Money{2026: euros(9500)}
		}},

		{DevicesWithoutBeheer, []string{"N1"}, func(t *testing.T, p *model.Plan) {
			invByCode(t, p, "N2").Status = model.InvGeschrapt
		}, func(t *testing.T, p *model.Plan) {
			// devices with yearly costs of their own (a lease with support)
			invByCode(t, p, "N2").Status = model.InvGeschrapt
			invByCode(t, p, "N1").Cost.Recurring = euros(100)
		}},

		{DevicesWithoutBeheer, []string{"N1"}, func(t *testing.T, p *model.Plan) {
			// beheer that has ended before the devices arrive
			n2 := invByCode(t, p, "N2")
			n2.Start, n2.End = month(t, "2026-01"), month(t, "2026-06")
		}, func(t *testing.T, p *model.Plan) {
			// beheer that starts later still covers them
			n2 := invByCode(t, p, "N2")
			n2.Start = month(t, "2027-01")
		}},

		{NoAssessments, []string{}, func(t *testing.T, p *model.Plan) {
			p.Assessments = nil
		}, func(t *testing.T, p *model.Plan) {
			// one known score is enough
			p.Assessments = nil
			addAssessments(t, p, as{"leraar", "3/- -/- -/- -/- -/-"})
		}},

		{PositionUnknown, []string{}, func(t *testing.T, p *model.Plan) {
			p.MaterialNow = ""
		}, func(t *testing.T, p *model.Plan) {
			// the goal's material comes from I1 when the plan has none
			p.MaterialGoal = ""
		}},
	}
	for _, c := range cases {
		t.Run(string(c.code), func(t *testing.T) {
			p := cleanPlan(t)
			c.trigger(t, p)
			mustValid(t, p)
			a := Analyse(p, nil)
			f, ok := finding(a, c.code)
			if !ok {
				t.Fatalf("not triggered; findings %v", findingCodes(a))
			}
			if c.subject != nil {
				var all [][]string
				for _, g := range a.Findings {
					if g.Code == c.code {
						all = append(all, g.Subject)
					}
				}
				if !slices.ContainsFunc(all, func(s []string) bool { return reflect.DeepEqual(s, c.subject) }) {
					t.Errorf("subjects %v, want %v", all, c.subject)
				}
			}
			if f.Severity != c.code.Severity() || f.Severity == "" {
				t.Errorf("severity %q, want the code's %q", f.Severity, c.code.Severity())
			}
			if f.Message.NL == "" || f.Message.EN == "" || f.Message.NL == f.Message.EN {
				t.Errorf("messages missing or untranslated: %+v", f.Message)
			}
			// The app addresses its user as "je"; a formal "u" reads as
			// another voice (issue 10, item 12).
			if formalYou.MatchString(f.Message.NL) {
				t.Errorf("Dutch message says \"u\" where the app says \"je\": %s", f.Message.NL)
			}

			q := cleanPlan(t)
			c.spare(t, q)
			mustValid(t, q)
			if b := Analyse(q, nil); hasFinding(b, c.code) {
				t.Errorf("near miss triggers it too; findings %v", findingCodes(b))
			}
		})
	}
}

// formalYou finds the formal pronoun "u" as a word of its own.
var formalYou = regexp.MustCompile(`(^|[^\p{L}])u([^\p{L}]|$)`)

func TestNothingToActAddressesTheUserAsJe(t *testing.T) {
	if formalYou.MatchString(NothingToAct.NL) {
		t.Errorf("NothingToAct says \"u\": %s", NothingToAct.NL)
	}
}

func TestEveryCodeHasASeverityAndATest(t *testing.T) {
	for _, c := range Codes() {
		if c.Severity().Rank() > 2 || c.Severity() == "" {
			t.Errorf("%s has no severity", c)
		}
	}
	if len(severities) != len(Codes()) {
		t.Errorf("severities has %d codes, Codes() %d", len(severities), len(Codes()))
	}
}

// Findings come in a fixed order: severity (hoog first), then code, then
// subject as people read codes.
func TestFindingsAreOrderedBySeverityCodeAndSubject(t *testing.T) {
	p := cleanPlan(t)
	p.Visions = append(p.Visions, model.Vision{ID: "v-V10", Code: "V10", Title: "x"}, model.Vision{ID: "v-V9", Code: "V9", Title: "y"})
	p.BudgetCeiling = map[int]model.Money{2026: 1, 2027: 1, 2028: 1}
	a := Analyse(p, nil)
	got := findingCodes(a)
	want := []string{"over_budget(2026)", "over_budget(2027)", "over_budget(2028)",
		"vision_without_investment(V9)", "vision_without_investment(V10)"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("order = %v, want %v", got, want)
	}
}

// Messages say what is wrong and what to do: each names its subject and
// contains an instruction in both languages.
func TestMessagesNameTheSubject(t *testing.T) {
	a := Analyse(loadRegenboog(t), nil)
	for _, f := range a.Findings {
		for _, s := range f.Subject {
			if !strings.Contains(f.Message.NL, s) && !strings.Contains(f.Message.NL, model.Block(s).Label(model.NL)) {
				t.Errorf("%s: Dutch message does not name %s: %s", f.Code, s, f.Message.NL)
			}
		}
		if strings.Count(f.Message.NL, ". ") < 1 || strings.Count(f.Message.EN, ". ") < 1 {
			t.Errorf("%s: expected a problem and an advice sentence", f.Code)
		}
	}
}
