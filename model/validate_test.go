package model_test

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"balansplan/model"
	"balansplan/model/testplan"
)

// Validate reports the same problems in the same order every time, also
// for values the plan keeps side by side (now and goal of teaching and
// material), which it used to check by ranging over a map.
func TestValidateListsProblemsInAFixedOrder(t *testing.T) {
	p := testplan.Regenboog(t)
	p.TeachingNow, p.TeachingGoal = "a", "b"
	p.MaterialNow, p.MaterialGoal = "c", "d"
	p.Assessments[0].Scores["quantum"] = model.Score{}
	p.Assessments[0].Scores["zwaartekracht"] = model.Score{}
	p.BudgetCeiling[2031], p.BudgetCeiling[2030] = 1, 1
	// Worked out by hand: the plan's fields in the order of the
	// interchange format, the ceilings by year, the assessment's unknown
	// blocks in byte order.
	want := []string{
		"plan.teaching.now", "plan.teaching.goal", "plan.material.now", "plan.material.goal",
		"plan.budget_ceiling.2030", "plan.budget_ceiling.2031", "scores", "scores",
	}
	first := p.Validate()
	var got []string
	for _, pr := range first {
		got = append(got, pr.Field)
	}
	if !slices.Equal(got, want) {
		t.Fatalf("fields %v, want %v", got, want)
	}
	if !strings.Contains(first[6].Detail.EN, `"quantum"`) || !strings.Contains(first[7].Detail.EN, `"zwaartekracht"`) {
		t.Errorf("unknown blocks out of order: %v", first.Messages(model.EN)[6:])
	}
	for i := 0; i < 50; i++ {
		again := p.Validate()
		if fmt.Sprint(again) != fmt.Sprint(first) {
			t.Fatalf("run %d lists the problems in another order:\n%v\n%v", i, again.Messages(model.EN), first.Messages(model.EN))
		}
	}
}

// Issue 10 item 2: a stored plan (as a .balans file can hold it, past the
// importer) with one defect gets a problem naming entity and field.
func TestValidateNamesTheFieldOfEveryStoredDefect(t *testing.T) {
	cases := []struct {
		name   string
		set    func(p *model.Plan)
		entity model.EntityKind
		ref    string
		field  model.Field
		reason string
	}{
		{"an unknown block", func(p *model.Plan) { p.Investments[4].Block = "quantum" }, model.EntityInvestment, "I1", model.FieldBlock, "enum"},
		{"an unknown block in a score", func(p *model.Plan) { p.Assessments[1].Scores["quantum"] = model.Score{Now: 1} }, model.EntityAssessment, "p2", model.FieldScores, "enum"},
		{"invalid UTF-8 in a vision title", func(p *model.Plan) { p.Visions[2].Title = "Leraren \xff\xfe leren" }, model.EntityVision, "V3", model.FieldTitle, "utf8"},
		{"invalid UTF-8 in the plan title", func(p *model.Plan) { p.Title = "Plan \xc3" }, model.EntityPlan, "", model.FieldPlanTitle, "utf8"},
		{"a duplicate investment code", func(p *model.Plan) { p.Investments[2].Code = "D1" }, model.EntityInvestment, "D1", model.FieldCode, "duplicate"},
		{"a duplicate code in another case", func(p *model.Plan) { p.Investments[2].Code = "d1" }, model.EntityInvestment, "d1", model.FieldCode, "duplicate"},
		{"an investment with a vision's code", func(p *model.Plan) { p.Investments[2].Code = "V1" }, model.EntityInvestment, "V1", model.FieldCode, "duplicate"},
		{"a link to a missing vision", func(p *model.Plan) { p.Investments[1].VisionIDs = []string{"no-such-vision"} }, model.EntityInvestment, "D1", model.FieldVisions, "unknown_link"},
		{"an extreme amount", func(p *model.Plan) { p.Investments[5].Cost.Recurring = 1 << 62 }, model.EntityInvestment, "I2", model.FieldCostRecurring, "range"},
		{"a control character in a code", func(p *model.Plan) { p.Visions[0].Code = "V\x001" }, model.EntityVision, "V\x001", model.FieldCode, "control"},
		{"a zero-width space in a code", func(p *model.Plan) { p.Visions[0].Code = "V\u200b1" }, model.EntityVision, "V\u200b1", model.FieldCode, "invisible"},
		{"an id with a control character", func(p *model.Plan) { p.Agreements[0].ID = "a\x01" }, model.EntityAgreement, "#1", model.FieldID, "control"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := testplan.Regenboog(t)
			c.set(p)
			ps := p.Validate()
			if len(ps) != 1 {
				t.Fatalf("want exactly one problem, got %v", ps.Messages(model.EN))
			}
			pr := ps[0]
			if pr.Entity != c.entity || pr.Ref != c.ref || pr.Field != string(c.field) || pr.Reason != c.reason {
				t.Fatalf("got %s %q %s %s, want %s %q %s %s", pr.Entity, pr.Ref, pr.Field, pr.Reason, c.entity, c.ref, c.field, c.reason)
			}
			for _, l := range []model.Lang{model.NL, model.EN} {
				if msg := pr.Message(l); !strings.Contains(msg, string(c.field)) || !strings.Contains(msg, c.entity.Name().In(l)) {
					t.Errorf("%s: %q does not name entity and field", l, msg)
				}
			}
			if !strings.Contains(pr.Message(model.NL), "veld") || !strings.Contains(pr.Message(model.EN), "field") || pr.Detail.NL == pr.Detail.EN {
				t.Errorf("not in both languages: %q / %q", pr.Message(model.NL), pr.Message(model.EN))
			}
		})
	}
}

func TestTheMultiLineFieldsAllowLineEndsAndTheOthersDoNot(t *testing.T) {
	p := testplan.Regenboog(t)
	p.Visions[0].Text = "a\r\nb\tc\nd"
	p.Investments[0].Description = "a\r\nb\tc"
	p.Agreements[0].Text = "a\nb"
	if ps := p.Validate(); ps != nil {
		t.Fatalf("line ends refused in a multi-line field: %v", ps.Messages(model.EN))
	}
	p.Visions[0].Title = "a\nb"
	p.School.Board = "a\tb"
	ps := p.Validate()
	if len(ps) != 2 || !ps.Has("control", model.FieldSchoolBoard) || !ps.Has("control", model.FieldTitle) {
		t.Fatalf("got %v", ps.Messages(model.EN))
	}
	// The message says which character, since it cannot be seen.
	if !strings.Contains(ps[0].Detail.EN, "U+0009") {
		t.Errorf("message %q does not name U+0009", ps[0].Detail.EN)
	}
}

// A number that is not finite passes no check by comparison (NaN is not
// below 0, +Inf is not), and JSON has no form for it.
func TestNumbersThatAreNotFiniteAreRefused(t *testing.T) {
	for _, v := range []float64{math.Inf(1), math.Inf(-1), math.NaN()} {
		p := testplan.Regenboog(t)
		p.School.StaffFTE = v
		x := v
		p.Indicators.PupilsPerComputer = &x
		ps := p.Validate()
		if len(ps) != 2 || !ps.Has("range", model.FieldSchoolStaffFTE) || !ps.Has("range", model.FieldIndicatorsPupilsPerComputer) {
			t.Errorf("%v: %v", v, ps.Messages(model.EN))
		}
	}
}

func TestTheExportOfALinkToNothingNamesTheField(t *testing.T) {
	p := testplan.Regenboog(t)
	p.Investments[1].VisionIDs = append(p.Investments[1].VisionIDs, "gone")
	p.Investments[4].DependsOnIDs = []string{"gone\x00"}
	p.Votes = []model.Vote{{ID: "w", Participant: "p1", Points: []model.VotePoints{{InvestmentID: "gone", Points: 1}}}}
	_, err := model.EncodeJSON(p)
	ps, ok := err.(model.Problems)
	if !ok || len(ps) != 3 {
		t.Fatalf("got %v", err)
	}
	want := []string{"investment D1, field visions", "investment I1, field depends_on", "vote p1, field points[0].investment"}
	for i, pr := range ps {
		if pr.Reason != "unknown_link" || !strings.HasPrefix(pr.Message(model.EN), want[i]) || pr.Detail.NL == pr.Detail.EN {
			t.Errorf("problem %d: %s (%s)", i, pr.Message(model.EN), pr.Reason)
		}
	}
	if !strings.Contains(ps[1].Message(model.EN), `"gone\x00"`) {
		t.Errorf("the damaged id is not shown quoted: %s", ps[1].Message(model.EN))
	}
}

// A count in a message is written as its reader writes numbers: 20.000
// in Dutch, 20,000 in English (issue 11: "20000" without a separator).
func TestATooLongTextSaysItsLengthWithThousandsSeparators(t *testing.T) {
	p := testplan.Regenboog(t)
	p.Title = strings.Repeat("a", model.MaxTextLen+1234)
	var hit *model.Problem
	ps := p.Validate()
	for i := range ps {
		if ps[i].Reason == "too_long" {
			hit = &ps[i]
		}
	}
	if hit == nil {
		t.Fatalf("no too_long problem: %v", ps.Messages(model.EN))
	}
	if nl := hit.Message(model.NL); !strings.Contains(nl, "is 21.234 tekens lang; het maximum is 20.000") {
		t.Errorf("Dutch: %s", nl)
	}
	if en := hit.Message(model.EN); !strings.Contains(en, "is 21,234 characters long; the maximum is 20,000") {
		t.Errorf("English: %s", en)
	}
}
