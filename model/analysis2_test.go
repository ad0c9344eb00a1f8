package model_test

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"balansplan/model"
	"balansplan/model/testplan"
)

// The fields analysis/2 adds (issue 12): an investment's focus, a vision's
// evaluation and an assessment's applications. Every expected value below
// is worked out by hand from the example plan: period 2026-2029, D1-D3
// deskundigheid, I1-I2 inhoud, N1-N3 infrastructuur, assessments p1-p5.

// problemsOf lists the problems as "entity ref field reason", the order
// Validate gives them.
func problemsOf(ps model.Problems) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = string(p.Entity) + " " + p.Ref + " " + p.Field + " " + p.Reason
	}
	return out
}

func TestTheValuesOfFocusAndApplicationsAreTheContractsWithLabelsAndExplanations(t *testing.T) {
	wantFocus := []model.Focus{"didactisch", "instrumenteel", "organisatorisch"}
	if got := model.Focuses(); !slices.Equal(got, wantFocus) {
		t.Errorf("Focuses() = %v, want %v", got, wantFocus)
	}
	// The contract's list of 20, in its order.
	wantApps := []model.Application{"tekstverwerking", "presentatie", "digibord", "oefensoftware", "methodesoftware",
		"adaptief_leermateriaal", "elo", "digitale_toetsen", "lvs", "internet_informatie", "internet_samenwerken",
		"sociale_media", "simulaties_games", "video", "programmeren", "communicatie_ouders", "portfolio",
		"eigen_materiaal", "rekenblad", "cloudopslag"}
	if got := model.Applications(); !slices.Equal(got, wantApps) {
		t.Errorf("Applications() = %v, want %v", got, wantApps)
	}
	type value interface {
		Valid() bool
		Label(model.Lang) string
		Explanation(model.Lang) string
	}
	var all []value
	for _, f := range wantFocus {
		all = append(all, f)
	}
	for _, a := range wantApps {
		all = append(all, a)
	}
	labels := map[string]bool{}
	for _, v := range all {
		if !v.Valid() {
			t.Errorf("%v is not valid", v)
		}
		for _, l := range []model.Lang{model.NL, model.EN} {
			lab, ex := v.Label(l), v.Explanation(l)
			if lab == "" || ex == "" || ex == lab {
				t.Errorf("%v in %s: label %q, explanation %q", v, l, lab, ex)
			}
			if labels[string(l)+lab] {
				t.Errorf("%v in %s: the label %q is used twice", v, l, lab)
			}
			labels[string(l)+lab] = true
		}
		if v.Explanation(model.NL) == v.Explanation(model.EN) {
			t.Errorf("%v: the explanation is not translated", v)
		}
	}
	if model.Focus("technisch").Valid() || model.Focus("").Valid() || model.Application("email").Valid() {
		t.Error("an unknown value is valid")
	}
	if model.Focus("technisch").Explanation(model.NL) != "" || model.Application("email").Explanation(model.EN) != "" {
		t.Error("an unknown value has an explanation")
	}
	if got := model.FocusInstrumenteel.Label(model.EN); got != "instrumental" {
		t.Errorf("label %q", got)
	}
	if got := model.ApplicationLvs.Label(model.NL); got != "leerlingvolgsysteem" {
		t.Errorf("label %q", got)
	}
}

func TestAFocusIsValidOnADeskundigheidInvestmentOnly(t *testing.T) {
	cases := []struct {
		name string
		code string
		set  func(inv *model.Investment)
		want []string
	}{
		{"each focus on deskundigheid", "D1", func(inv *model.Investment) { inv.Focus = model.FocusInstrumenteel }, nil},
		{"no focus on inhoud", "I1", func(inv *model.Investment) { inv.Focus = "" }, nil},
		{"a focus on inhoud", "I1", func(inv *model.Investment) { inv.Focus = model.FocusDidactisch },
			[]string{"investment I1 focus deskundigheid_only"}},
		{"a focus on visie", "VI1", func(inv *model.Investment) { inv.Focus = model.FocusOrganisatorisch },
			[]string{"investment VI1 focus deskundigheid_only"}},
		{"an unknown focus on deskundigheid", "D2", func(inv *model.Investment) { inv.Focus = "technisch" },
			[]string{"investment D2 focus enum"}},
		// Unknown is what is wrong; where it sits follows from that.
		{"an unknown focus on infrastructuur", "N1", func(inv *model.Investment) { inv.Focus = "technisch" },
			[]string{"investment N1 focus enum"}},
		// The block is reported; the focus is not judged against it.
		{"a focus and no block", "D3", func(inv *model.Investment) { inv.Block, inv.Category, inv.Focus = "", "", model.FocusDidactisch },
			[]string{"investment D3 block required"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := testplan.Regenboog(t)
			for i := range p.Investments {
				if p.Investments[i].Code == c.code {
					c.set(&p.Investments[i])
				}
			}
			if got := problemsOf(p.Validate()); !slices.Equal(got, c.want) {
				t.Errorf("got %v, want %v", got, c.want)
			}
		})
	}
	p := testplan.Regenboog(t)
	p.Investments[4].Focus = model.FocusDidactisch // I1
	ps := p.Validate()
	if len(ps) != 1 {
		t.Fatalf("got %v", ps.Messages(model.EN))
	}
	if got, want := ps[0].Message(model.NL), "investering I1, veld focus: alleen een investering in deskundigheid heeft een focus, en deze hoort bij inhoud en toepassingen; maak de focus leeg of kies deskundigheid"; got != want {
		t.Errorf("NL: %q\nwant %q", got, want)
	}
	if got, want := ps[0].Message(model.EN), "investment I1, field focus: only an investment in expertise has a focus, and this one belongs to content and applications; clear the focus or choose expertise"; got != want {
		t.Errorf("EN: %q\nwant %q", got, want)
	}
}

func TestMovingAnInvestmentOutOfDeskundigheidClearsItsFocus(t *testing.T) {
	p := testplan.Regenboog(t)
	d1 := p.Investments[1]
	if d1.Code != "D1" {
		t.Fatalf("the example changed: %s", d1.Code)
	}
	p.Investments[1].Focus = model.FocusDidactisch
	p.Investments[2].Focus = model.FocusInstrumenteel // D2
	shared := p.Investments
	p.MoveInvestment(d1.ID, model.BlockInhoud)
	if got := p.Investments[1]; got.Focus != "" || got.Block != model.BlockInhoud {
		t.Errorf("after the move: block %s, focus %q", got.Block, got.Focus)
	}
	if shared[1].Focus != model.FocusDidactisch {
		t.Error("the move wrote into the shared list")
	}
	if ps := p.Validate(); ps != nil {
		t.Errorf("the moved plan does not validate: %v", ps.Messages(model.EN))
	}
	// Moving back does not bring the focus back; D2 keeps its own.
	p.MoveInvestment(d1.ID, model.BlockDeskundigheid)
	if p.Investments[1].Focus != "" || p.Investments[2].Focus != model.FocusInstrumenteel {
		t.Errorf("focus %q and %q", p.Investments[1].Focus, p.Investments[2].Focus)
	}
}

func TestAnEvaluationMomentLiesInThePlanPeriod(t *testing.T) {
	cases := []struct {
		name string
		ev   model.Evaluation
		want []string
	}{
		{"none", model.Evaluation{}, nil},
		{"both", model.Evaluation{Indicator: "Cito-scores rekenen stijgen", Moment: model.MonthOf(2028, 6)}, nil},
		{"only the indicator", model.Evaluation{Indicator: "Cito-scores"}, nil},
		{"only the moment", model.Evaluation{Moment: model.MonthOf(2027, 1)}, nil},
		{"the first month of the period", model.Evaluation{Moment: model.MonthOf(2026, 1)}, nil},
		{"the last month of the period", model.Evaluation{Moment: model.MonthOf(2029, 12)}, nil},
		{"a month before the period", model.Evaluation{Moment: model.MonthOf(2025, 12)}, []string{"vision V2 evaluation.moment outside_period"}},
		{"a month after the period", model.Evaluation{Moment: model.MonthOf(2030, 1)}, []string{"vision V2 evaluation.moment outside_period"}},
		{"an indicator over several lines", model.Evaluation{Indicator: "Eén.\r\nTwee.\tDrie."}, nil},
		{"a control character in the indicator", model.Evaluation{Indicator: "Cito\x07"}, []string{"vision V2 evaluation.indicator control"}},
		{"invalid UTF-8 in the indicator", model.Evaluation{Indicator: "Cito \xff"}, []string{"vision V2 evaluation.indicator utf8"}},
		{"an indicator too long", model.Evaluation{Indicator: strings.Repeat("é", model.MaxTextLen+1)}, []string{"vision V2 evaluation.indicator too_long"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := testplan.Regenboog(t)
			p.Visions[1].Evaluation = c.ev
			if got := problemsOf(p.Validate()); !slices.Equal(got, c.want) {
				t.Errorf("got %v, want %v", got, c.want)
			}
		})
	}
	p := testplan.Regenboog(t)
	p.Visions[1].Evaluation.Moment = model.MonthOf(2030, 1)
	if got, want := p.Validate()[0].Message(model.EN), "vision statement V2, field evaluation.moment: 2030-01 is outside the plan period 2026-2029"; got != want {
		t.Errorf("%q\nwant %q", got, want)
	}
}

func TestAnEvaluationIsCompleteWithBothParts(t *testing.T) {
	m := model.MonthOf(2028, 6)
	for _, c := range []struct {
		ev             model.Evaluation
		complete, zero bool
	}{
		{model.Evaluation{}, false, true},
		{model.Evaluation{Indicator: "x"}, false, false},
		{model.Evaluation{Moment: m}, false, false},
		{model.Evaluation{Indicator: " \t", Moment: m}, false, false},
		{model.Evaluation{Indicator: "x", Moment: m}, true, false},
	} {
		if c.ev.Complete() != c.complete || c.ev.IsZero() != c.zero {
			t.Errorf("%+v: complete %v zero %v, want %v %v", c.ev, c.ev.Complete(), c.ev.IsZero(), c.complete, c.zero)
		}
	}
}

func TestApplicationsAreKnownIdsEachOnce(t *testing.T) {
	cases := []struct {
		name string
		apps []model.Application
		want []string
	}{
		{"not recorded", nil, nil},
		{"recorded, none", []model.Application{}, nil},
		{"three", []model.Application{"digibord", "lvs", "video"}, nil},
		{"all twenty", model.Applications(), nil},
		{"an unknown id", []model.Application{"digibord", "email"}, []string{"assessment p3 applications enum"}},
		{"a duplicate", []model.Application{"video", "lvs", "video"}, []string{"assessment p3 applications duplicate"}},
		// Each defect once: the third "video" is a duplicate as well.
		{"both, and three times", []model.Application{"video", "Video", "video", "video"},
			[]string{"assessment p3 applications enum", "assessment p3 applications duplicate", "assessment p3 applications duplicate"}},
		{"an empty id", []model.Application{""}, []string{"assessment p3 applications enum"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := testplan.Regenboog(t)
			p.Assessments[2].Applications = c.apps
			if got := problemsOf(p.Validate()); !slices.Equal(got, c.want) {
				t.Errorf("got %v, want %v", got, c.want)
			}
		})
	}
	p := testplan.Regenboog(t)
	p.Assessments[2].Applications = []model.Application{"video", "video"}
	ps := p.Validate()
	if got, want := ps.Messages(model.NL)[0], "zelfevaluatie p3, veld applications: video (video) staat twee keer in de lijst"; got != want {
		t.Errorf("%q\nwant %q", got, want)
	}
	p.Assessments[2].Applications = []model.Application{"rekenblad", "rekenblad"}
	if got, want := p.Validate().Messages(model.EN)[0], "self-assessment p3, field applications: rekenblad (spreadsheet) is in the list twice"; got != want {
		t.Errorf("%q\nwant %q", got, want)
	}
	p.Assessments[2].Applications = []model.Application{"email"}
	if got := p.Validate().Messages(model.EN)[0]; !strings.HasPrefix(got, `self-assessment p3, field applications: "email" is not a known value; choose from tekstverwerking, presentatie,`) {
		t.Errorf("%q", got)
	}
}

// assessmentJSON is the example with the applications of p1 given as raw
// JSON (or left out when raw is "").
func assessmentJSON(t *testing.T, raw string) []byte {
	t.Helper()
	return mutate(t, func(d map[string]any) {
		a := d["assessments"].([]any)[0].(map[string]any)
		if raw != "" {
			a["applications"] = json.RawMessage(raw)
		}
	})
}

func TestNotRecordedAndRecordedNoneStayApartInJSON(t *testing.T) {
	cases := []struct {
		raw     string
		want    []model.Application
		written string
	}{
		{"", nil, `"applications": null`},
		{"null", nil, `"applications": null`},
		{"[]", []model.Application{}, `"applications": []`},
		{`["lvs","digibord"]`, []model.Application{"lvs", "digibord"}, "\"applications\": [\n        \"lvs\",\n        \"digibord\"\n      ]"},
	}
	for _, c := range cases {
		p, ps := model.DecodeJSONBytes(assessmentJSON(t, c.raw))
		if ps != nil {
			t.Fatalf("%s: %v", c.raw, ps.Messages(model.EN))
		}
		got := p.Assessments[0].Applications
		if (got == nil) != (c.want == nil) || !slices.Equal(got, c.want) {
			t.Errorf("%q: read %#v, want %#v", c.raw, got, c.want)
		}
		if p.Assessments[0].RecordedApplications() != (c.want != nil) {
			t.Errorf("%q: RecordedApplications %v", c.raw, p.Assessments[0].RecordedApplications())
		}
		out, err := model.EncodeJSON(p)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Contains(out, []byte(c.written)) {
			t.Errorf("%q: the export does not contain %s", c.raw, c.written)
		}
		q, ps := model.DecodeJSONBytes(out)
		if ps != nil {
			t.Fatal(ps)
		}
		if again := q.Assessments[0].Applications; (again == nil) != (c.want == nil) || !slices.Equal(again, c.want) {
			t.Errorf("%q: after a round trip %#v", c.raw, again)
		}
		// The clone keeps the difference and shares nothing.
		cl := p.Clone()
		if (cl.Assessments[0].Applications == nil) != (c.want == nil) {
			t.Errorf("%q: the clone has %#v", c.raw, cl.Assessments[0].Applications)
		}
		if len(got) > 0 {
			cl.Assessments[0].Applications[0] = "video"
			if p.Assessments[0].Applications[0] == "video" {
				t.Errorf("%q: the clone shares its list", c.raw)
			}
		}
	}
}

func TestTheNewFieldsAreReadAndWrittenUnderTheirNames(t *testing.T) {
	data := mutate(t, func(d map[string]any) {
		inv(d, "D1")["focus"] = "didactisch"
		inv(d, "D2")["focus"] = nil
		vision(d, "V1")["evaluation"] = map[string]any{"indicator": "Rekenscores groep 8", "moment": "2028-06"}
		vision(d, "V2")["evaluation"] = map[string]any{"indicator": "", "moment": "2027-01"}
		vision(d, "V3")["evaluation"] = nil
	})
	p, ps := model.DecodeJSONBytes(data)
	if ps != nil {
		t.Fatal(ps.Messages(model.EN))
	}
	if p.Investments[1].Focus != model.FocusDidactisch || p.Investments[2].Focus != "" {
		t.Errorf("focus %q %q", p.Investments[1].Focus, p.Investments[2].Focus)
	}
	want := []model.Evaluation{{"Rekenscores groep 8", model.MonthOf(2028, 6)}, {"", model.MonthOf(2027, 1)}, {}}
	for i, w := range want {
		if p.Visions[i].Evaluation != w {
			t.Errorf("V%d: %+v, want %+v", i+1, p.Visions[i].Evaluation, w)
		}
	}
	out, err := model.EncodeJSON(p)
	if err != nil {
		t.Fatal(err)
	}
	// Worked out by hand: the export writes every field, a focus or an
	// evaluation that is not said as null, a missing moment as "".
	for _, s := range []string{
		"\"focus\": \"didactisch\"",
		"\"evaluation\": {\n        \"indicator\": \"Rekenscores groep 8\",\n        \"moment\": \"2028-06\"\n      }",
		"\"evaluation\": {\n        \"indicator\": \"\",\n        \"moment\": \"2027-01\"\n      }",
	} {
		if !bytes.Contains(out, []byte(s)) {
			t.Errorf("the export lacks %s", s)
		}
	}
	if n := bytes.Count(out, []byte(`"focus": null`)); n != len(p.Investments)-1 {
		t.Errorf("%d investments without a focus, want %d", n, len(p.Investments)-1)
	}
	if n := bytes.Count(out, []byte(`"evaluation": null`)); n != 1 {
		t.Errorf("%d visions without an evaluation, want 1", n)
	}
}

func TestBadValuesOfTheNewFieldsAreRefusedWithTheFieldNamed(t *testing.T) {
	cases := []struct {
		name string
		edit func(d map[string]any)
		want []string
	}{
		{"an unknown focus", func(d map[string]any) { inv(d, "D1")["focus"] = "technisch" },
			[]string{"investment D1 focus enum"}},
		{"a focus on inhoud", func(d map[string]any) { inv(d, "I2")["focus"] = "didactisch" },
			[]string{"investment I2 focus deskundigheid_only"}},
		{"a focus that is no text", func(d map[string]any) { inv(d, "D1")["focus"] = 2 },
			[]string{"investment D1 focus type"}},
		{"a moment that is no month", func(d map[string]any) {
			vision(d, "V1")["evaluation"] = map[string]any{"indicator": "x", "moment": "juni 2028"}
		}, []string{"vision V1 evaluation.moment month"}},
		{"a moment outside the period", func(d map[string]any) {
			vision(d, "V1")["evaluation"] = map[string]any{"moment": "2031-06"}
		}, []string{"vision V1 evaluation.moment outside_period"}},
		{"an indicator that is no text", func(d map[string]any) {
			vision(d, "V1")["evaluation"] = map[string]any{"indicator": []any{"x"}}
		}, []string{"vision V1 evaluation.indicator type"}},
		{"an evaluation that is a text", func(d map[string]any) { vision(d, "V3")["evaluation"] = "in 2028" },
			[]string{"vision V3 evaluation type"}},
		{"an unknown application", func(d map[string]any) {
			d["assessments"].([]any)[1].(map[string]any)["applications"] = []any{"lvs", "fax"}
		}, []string{"assessment p2 applications enum"}},
		{"an application twice", func(d map[string]any) {
			d["assessments"].([]any)[1].(map[string]any)["applications"] = []any{"lvs", "video", "lvs"}
		}, []string{"assessment p2 applications duplicate"}},
		{"an application that is no text", func(d map[string]any) {
			d["assessments"].([]any)[1].(map[string]any)["applications"] = []any{"lvs", 7}
		}, []string{"assessment p2 applications[1] type"}},
		{"applications that are no list", func(d map[string]any) {
			d["assessments"].([]any)[1].(map[string]any)["applications"] = "lvs"
		}, []string{"assessment p2 applications type"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p, ps := model.DecodeJSONBytes(mutate(t, c.edit))
			if p != nil {
				t.Fatal("accepted")
			}
			if got := problemsOf(ps); !slices.Equal(got, c.want) {
				t.Errorf("got %v, want %v", got, c.want)
			}
			for _, pr := range ps {
				if pr.Message(model.NL) == pr.Message(model.EN) {
					t.Errorf("untranslated: %s", pr.Message(model.EN))
				}
			}
		})
	}
}
