package model_test

import (
	"balansplan/model"
	"balansplan/model/testplan"
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func readExample(testing.TB) []byte { return testplan.RegenboogJSON() }

// mutate decodes the example into a generic tree, lets f change it and
// encodes it again, so each bad-input case states only what it breaks.
func mutate(t *testing.T, f func(doc map[string]any)) []byte {
	t.Helper()
	var doc map[string]any
	if err := json.Unmarshal(readExample(t), &doc); err != nil {
		t.Fatal(err)
	}
	f(doc)
	out, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func inv(doc map[string]any, code string) map[string]any {
	for _, x := range doc["investments"].([]any) {
		m := x.(map[string]any)
		if m["code"] == code {
			return m
		}
	}
	panic("no investment " + code)
}

func vision(doc map[string]any, code string) map[string]any {
	for _, x := range doc["visions"].([]any) {
		m := x.(map[string]any)
		if m["code"] == code {
			return m
		}
	}
	panic("no vision " + code)
}

func TestTheExampleImportsAndKeepsEveryFieldOnARoundTrip(t *testing.T) {
	p, ps := model.DecodeJSONBytes(readExample(t))
	if ps != nil {
		t.Fatalf("example rejected: %v", ps)
	}
	// A few fields checked by hand against regenboog.json.
	if p.School.Name != "OBS De Regenboog" || p.School.Pupils != 240 || p.School.StaffFTE != 18.5 {
		t.Errorf("school: %+v", p.School)
	}
	if p.BudgetCeiling[2026] != model.Euros(45000) || len(p.BudgetCeiling) != 4 {
		t.Errorf("ceilings: %v", p.BudgetCeiling)
	}
	d3, _ := p.Investment(p.Investments[3].ID)
	if d3.Code != "D3" || !d3.End.IsZero() || d3.Start != model.MonthOf(2026, 10) || d3.Cost.Recurring != model.Euros(800) {
		t.Errorf("D3: %+v", d3)
	}
	i1 := p.Investments[4]
	if i1.Code != "I1" || len(i1.DependsOnIDs) != 1 || p.InvestmentCodes()[i1.DependsOnIDs[0]] != "N1" {
		t.Errorf("I1 depends on %v", i1.DependsOnIDs)
	}
	if got := p.Assessments[2].Scores[model.BlockInfrastructuur]; got.Now.Known() || got.Goal.Known() {
		t.Errorf("p3 infrastructuur should be null: %+v", got)
	}
	if p.Indicators.Wifi == nil || !*p.Indicators.Wifi || *p.Indicators.PupilsPerComputer != 6.0 {
		t.Errorf("indicators: %+v", p.Indicators)
	}

	first, err := model.EncodeJSON(p)
	if err != nil {
		t.Fatal(err)
	}
	again, ps := model.DecodeJSONBytes(first)
	if ps != nil {
		t.Fatalf("our own export is rejected: %v", ps)
	}
	second, _ := model.EncodeJSON(again)
	if !bytes.Equal(first, second) {
		t.Fatalf("round trip changed the plan:\n%s\n---\n%s", first, second)
	}

	// Every field of the original is in the export with the same value.
	var orig, exp map[string]any
	_ = json.Unmarshal(readExample(t), &orig)
	_ = json.Unmarshal(first, &exp)
	assertSubset(t, "", orig, exp)
}

// assertSubset checks that every field of want is in got with an equal
// value; objects are compared field by field, lists element by element.
func assertSubset(t *testing.T, path string, want, got any) {
	t.Helper()
	switch w := want.(type) {
	case map[string]any:
		g, ok := got.(map[string]any)
		if !ok {
			t.Errorf("%s: want an object, got %v", path, got)
			return
		}
		for k, v := range w {
			gv, ok := g[k]
			if !ok {
				t.Errorf("%s.%s: missing after the round trip", path, k)
				continue
			}
			assertSubset(t, path+"."+k, v, gv)
		}
	case []any:
		g, ok := got.([]any)
		if !ok || len(g) != len(w) {
			t.Errorf("%s: want %v, got %v", path, w, got)
			return
		}
		for i := range w {
			assertSubset(t, path, w[i], g[i])
		}
	default:
		if want != got {
			t.Errorf("%s: want %v, got %v", path, want, got)
		}
	}
}

func TestImportKeepsGivenIDsAndGeneratesMissingOnes(t *testing.T) {
	const id = "6f1c1a52-6a8e-4a0e-9c55-3b8f2d6b7a10"
	data := mutate(t, func(doc map[string]any) { vision(doc, "V2")["id"] = id })
	p, ps := model.DecodeJSONBytes(data)
	if ps != nil {
		t.Fatal(ps)
	}
	if p.Visions[1].ID != id {
		t.Errorf("V2 id = %s, want %s", p.Visions[1].ID, id)
	}
	if p.Visions[0].ID == "" || p.Visions[0].ID == p.Visions[2].ID {
		t.Errorf("generated ids are missing or equal: %q %q", p.Visions[0].ID, p.Visions[2].ID)
	}
}

// Each case breaks one rule of plan-format.md §2. The message must name the
// entity and the field, in Dutch and English.
// badInput is a change that breaks a plan's JSON, and the problem it
// must give.
type badInput struct {
	name   string
	change func(doc map[string]any)
	entity model.EntityKind
	ref    string
	field  string
	reason string
}

func TestEveryBadInputIsRejectedWithAMessageNamingEntityAndField(t *testing.T) {
	cases := []badInput{
		{"unknown format", func(d map[string]any) { d["format"] = "balansplan/9" }, model.EntityFile, "", "format", "format"},
		{"missing format", func(d map[string]any) { delete(d, "format") }, model.EntityFile, "", "format", "format"},
		{"missing school name", func(d map[string]any) { delete(d["school"].(map[string]any), "name") }, model.EntitySchool, "", "school.name", "required"},
		{"missing plan title", func(d map[string]any) { d["plan"].(map[string]any)["title"] = "  " }, model.EntityPlan, "", "plan.title", "required"},
		{"missing start year", func(d map[string]any) { delete(d["plan"].(map[string]any), "start_year") }, model.EntityPlan, "", "plan.start_year", "required"},
		{"missing end year", func(d map[string]any) { delete(d["plan"].(map[string]any), "end_year") }, model.EntityPlan, "", "plan.end_year", "required"},
		{"vision without code", func(d map[string]any) { delete(vision(d, "V2"), "code") }, model.EntityVision, "#2", "code", "required"},
		{"vision without title", func(d map[string]any) { vision(d, "V3")["title"] = "" }, model.EntityVision, "V3", "title", "required"},
		{"investment without code", func(d map[string]any) { inv(d, "D2")["code"] = "" }, model.EntityInvestment, "#3", "code", "required"},
		{"investment without title", func(d map[string]any) { delete(inv(d, "D2"), "title") }, model.EntityInvestment, "D2", "title", "required"},
		{"investment without block", func(d map[string]any) { delete(inv(d, "D2"), "block") }, model.EntityInvestment, "D2", "block", "required"},
		{"unknown sector", func(d map[string]any) { d["school"].(map[string]any)["sector"] = "hbo" }, model.EntitySchool, "", "school.sector", "enum"},
		{"unknown status", func(d map[string]any) { d["plan"].(map[string]any)["status"] = "klaar" }, model.EntityPlan, "", "plan.status", "enum"},
		{"unknown ambition", func(d map[string]any) { d["plan"].(map[string]any)["ambition"] = "radicaal" }, model.EntityPlan, "", "plan.ambition", "enum"},
		{"unknown teaching", func(d map[string]any) {
			d["plan"].(map[string]any)["teaching"].(map[string]any)["goal"] = "hybride"
		}, model.EntityPlan, "", "plan.teaching.goal", "enum"},
		{"unknown material", func(d map[string]any) {
			d["plan"].(map[string]any)["material"].(map[string]any)["now"] = "boeken"
		}, model.EntityPlan, "", "plan.material.now", "enum"},
		{"unknown return", func(d map[string]any) { vision(d, "V1")["returns"] = []any{"geluk"} }, model.EntityVision, "V1", "returns", "enum"},
		{"unknown block", func(d map[string]any) { inv(d, "I2")["block"] = "gebouw" }, model.EntityInvestment, "I2", "block", "enum"},
		{"category of another block", func(d map[string]any) { inv(d, "I2")["category"] = "netwerk" }, model.EntityInvestment, "I2", "category", "enum"},
		{"unknown material type", func(d map[string]any) { inv(d, "I1")["material_type"] = "quiz" }, model.EntityInvestment, "I1", "material_type", "enum"},
		{"unknown investment status", func(d map[string]any) { inv(d, "I1")["status"] = "misschien" }, model.EntityInvestment, "I1", "status", "enum"},
		{"unknown agreement kind", func(d map[string]any) {
			d["agreements"].([]any)[0].(map[string]any)["kind"] = "financieel"
		}, model.EntityAgreement, "#1", "kind", "enum"},
		{"unknown coverage", func(d map[string]any) {
			d["agreements"].([]any)[1].(map[string]any)["coverage"] = "veel"
		}, model.EntityAgreement, "#2", "coverage", "enum"},
		{"unknown role", func(d map[string]any) {
			d["assessments"].([]any)[0].(map[string]any)["role"] = "conciërge"
		}, model.EntityAssessment, "p1", "role", "enum"},
		{"end year before start year", func(d map[string]any) { d["plan"].(map[string]any)["end_year"] = 2025 }, model.EntityPlan, "", "plan.end_year", "before_start"},
		{"period over ten years", func(d map[string]any) {
			d["plan"].(map[string]any)["end_year"] = 2036
		}, model.EntityPlan, "", "plan.end_year", "period_too_long"},
		{"start not YYYY-MM", func(d map[string]any) { inv(d, "D1")["start"] = "augustus 2026" }, model.EntityInvestment, "D1", "start", "month"},
		{"end not YYYY-MM", func(d map[string]any) { inv(d, "D1")["end"] = "2027-13" }, model.EntityInvestment, "D1", "end", "month"},
		{"start outside the period", func(d map[string]any) { inv(d, "D1")["start"] = "2025-08" }, model.EntityInvestment, "D1", "start", "outside_period"},
		{"end outside the period", func(d map[string]any) { inv(d, "D1")["end"] = "2030-01" }, model.EntityInvestment, "D1", "end", "outside_period"},
		{"end before start", func(d map[string]any) { inv(d, "D1")["end"] = "2026-02" }, model.EntityInvestment, "D1", "end", "before_start"},
		{"negative one-off cost", func(d map[string]any) { inv(d, "N1")["cost"].(map[string]any)["one_off"] = -14000 }, model.EntityInvestment, "N1", "cost.one_off", "negative"},
		{"negative recurring cost", func(d map[string]any) { inv(d, "N3")["cost"].(map[string]any)["recurring"] = -1 }, model.EntityInvestment, "N3", "cost.recurring", "negative"},
		{"non-numeric cost", func(d map[string]any) { inv(d, "N1")["cost"].(map[string]any)["one_off"] = "veertienduizend" }, model.EntityInvestment, "N1", "cost.one_off", "type"},
		{"non-numeric ceiling", func(d map[string]any) {
			d["plan"].(map[string]any)["budget_ceiling"].(map[string]any)["2027"] = "30k"
		}, model.EntityPlan, "", "plan.budget_ceiling.2027", "type"},
		{"negative ceiling", func(d map[string]any) {
			d["plan"].(map[string]any)["budget_ceiling"].(map[string]any)["2027"] = -5
		}, model.EntityPlan, "", "plan.budget_ceiling.2027", "negative"},
		{"duplicate vision code", func(d map[string]any) { vision(d, "V3")["code"] = "V1" }, model.EntityVision, "V1", "code", "duplicate"},
		{"duplicate investment code", func(d map[string]any) { inv(d, "D2")["code"] = "D1" }, model.EntityInvestment, "D1", "code", "duplicate"},
		{"link to a vision that does not exist", func(d map[string]any) { inv(d, "D1")["visions"] = []any{"V9"} }, model.EntityInvestment, "D1", "visions", "unknown_link"},
		{"link to an investment that does not exist", func(d map[string]any) { inv(d, "I1")["depends_on"] = []any{"N7"} }, model.EntityInvestment, "I1", "depends_on", "unknown_link"},
		{"dependency cycle", func(d map[string]any) { inv(d, "N1")["depends_on"] = []any{"N2"} }, model.EntityInvestment, "N1", "depends_on", "cycle"},
		{"dependency on itself", func(d map[string]any) { inv(d, "N1")["depends_on"] = []any{"N1"} }, model.EntityInvestment, "N1", "depends_on", "cycle"},
		{"score above 5", func(d map[string]any) {
			d["assessments"].([]any)[1].(map[string]any)["scores"].(map[string]any)["visie"].(map[string]any)["now"] = 6
		}, model.EntityAssessment, "p2", "scores.visie.now", "range"},
		{"score 0", func(d map[string]any) {
			d["assessments"].([]any)[1].(map[string]any)["scores"].(map[string]any)["inhoud"].(map[string]any)["goal"] = 0
		}, model.EntityAssessment, "p2", "scores.inhoud.goal", "range"},
		{"fractional score", func(d map[string]any) {
			d["assessments"].([]any)[1].(map[string]any)["scores"].(map[string]any)["inhoud"].(map[string]any)["goal"] = 3.5
		}, model.EntityAssessment, "p2", "scores.inhoud.goal", "range"},
		{"text over 20,000 characters", func(d map[string]any) { vision(d, "V2")["text"] = strings.Repeat("ë", 20001) }, model.EntityVision, "V2", "text", "too_long"},
		{"title of the wrong type", func(d map[string]any) { vision(d, "V2")["title"] = 42 }, model.EntityVision, "V2", "title", "type"},
		{"malformed id", func(d map[string]any) { vision(d, "V2")["id"] = "not-a-uuid" }, model.EntityVision, "V2", "id", "id"},
		{"percentage over 100", func(d map[string]any) {
			d["indicators"].(map[string]any)["laptop_share_pct"] = 120
		}, model.EntityIndicators, "", "indicators.laptop_share_pct", "range"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			refused(t, mutate(t, c.change), c.entity, c.ref, c.field, c.reason)
		})
	}
}

// refused checks that the import of data gives no plan and a problem
// with the reason on the field, about the entity, whose message names
// both in Dutch and in English; it returns every problem found.
func refused(t *testing.T, data []byte, entity model.EntityKind, ref, field, reason string) model.Problems {
	t.Helper()
	p, ps := model.DecodeJSONBytes(data)
	if p != nil {
		t.Fatal("a bad file gave a plan; the import must be all or nothing")
	}
	var hit *model.Problem
	for i := range ps {
		if ps[i].Reason == reason && ps[i].Field == field {
			hit = &ps[i]
		}
	}
	if hit == nil {
		t.Fatalf("no %s problem on %s; got %v", reason, field, ps.Messages(model.EN))
	}
	if hit.Entity != entity || hit.Ref != ref {
		t.Errorf("entity = %s %q, want %s %q", hit.Entity, hit.Ref, entity, ref)
	}
	for _, l := range []model.Lang{model.NL, model.EN} {
		msg := hit.Message(l)
		if !strings.Contains(msg, entity.Name().In(l)) || !strings.Contains(msg, field) || (ref != "" && !strings.Contains(msg, ref)) {
			t.Errorf("%s message does not name entity and field: %q", l, msg)
		}
	}
	if hit.Detail.NL == hit.Detail.EN {
		t.Errorf("Dutch and English messages are the same: %q", hit.Message(model.NL))
	}
	return ps
}

func TestFilesThatAreNotPlansAreRejectedAsFiles(t *testing.T) {
	big := append([]byte(`{"format":"balansplan/1","x":"`), bytes.Repeat([]byte("a"), model.MaxFileSize)...)
	big = append(big, `"}`...)
	cases := []struct {
		name   string
		data   []byte
		reason string
	}{
		{"empty", nil, "empty"},
		{"white space", []byte(" \n\t"), "empty"},
		{"not json", []byte("PK\x03\x04 this is a zip"), "syntax"},
		{"truncated json", readExample(t)[:500], "syntax"},
		{"json array", []byte(`[1,2,3]`), "not_object"},
		{"two documents", []byte(`{"format":"balansplan/1"} {}`), "syntax"},
		{"invalid utf-8", append([]byte(`{"format":"balansplan/1","school":{"name":"`), 0xff, 0xfe, '"', '}', '}'), "utf8"},
		{"over 50 MB", big, "too_large"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p, ps := model.DecodeJSONBytes(c.data)
			if p != nil || len(ps) != 1 || ps[0].Reason != c.reason || ps[0].Entity != model.EntityFile {
				t.Fatalf("got plan=%v problems=%v, want one file problem %s", p != nil, ps.Messages(model.EN), c.reason)
			}
		})
	}
}

func TestSyntaxErrorsSayWhere(t *testing.T) {
	_, ps := model.DecodeJSONBytes([]byte("{\n  \"format\": \"balansplan/1\",\n  \"school\": {,}\n}"))
	if len(ps) != 1 || !strings.Contains(ps[0].Message(model.NL), "regel 3") || !strings.Contains(ps[0].Message(model.EN), "line 3") {
		t.Fatalf("got %v", ps.Messages(model.EN))
	}
}

func TestUnknownExtraFieldsAreIgnored(t *testing.T) {
	data := mutate(t, func(d map[string]any) {
		d["made_by"] = "another tool"
		inv(d, "D1")["colour"] = "blue"
	})
	if _, ps := model.DecodeJSONBytes(data); ps != nil {
		t.Fatalf("extra fields rejected: %v", ps)
	}
}

func TestAllProblemsAreReportedAtOnce(t *testing.T) {
	data := mutate(t, func(d map[string]any) {
		d["school"].(map[string]any)["name"] = ""
		inv(d, "D1")["start"] = "2040-01"
		inv(d, "N1")["cost"].(map[string]any)["one_off"] = -1
	})
	_, ps := model.DecodeJSONBytes(data)
	// Worked out by hand: D1's new start is outside 2026-2029 and also
	// after its end 2027-06, so four problems in all.
	if len(ps) != 4 || !ps.Has("required", "school.name") || !ps.Has("outside_period", "start") ||
		!ps.Has("before_start", "end") || !ps.Has("negative", "cost.one_off") {
		t.Fatalf("want 4 problems, got %v", ps.Messages(model.EN))
	}
}

func TestMoneyKeepsCents(t *testing.T) {
	cases := map[string]model.Money{"6000": 600000, "6000.5": 600050, "0.05": 5, "1e3": 100000, "-2.5": -250}
	for in, want := range cases {
		got, err := model.ParseMoney(in)
		if err != nil || got != want {
			t.Errorf("ParseMoney(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for m, want := range map[model.Money]string{600000: "6000", 600050: "6000.5", 5: "0.05", 1205: "12.05", -250: "-2.5"} {
		if m.String() != want {
			t.Errorf("%d.String() = %q, want %q", int64(m), m.String(), want)
		}
	}
}

func TestCodesSortAsPeopleReadThem(t *testing.T) {
	in := []string{"V10", "V2", "D1", "V1", "VI1", "V02"}
	want := []string{"D1", "V1", "V2", "V02", "V10", "VI1"}
	p := &model.Plan{}
	for _, c := range in {
		p.Visions = append(p.Visions, model.Vision{Code: c})
	}
	p.SortByCode()
	for i, v := range p.Visions {
		if v.Code != want[i] {
			t.Fatalf("order %v, want %v", p.Visions, want)
		}
	}
	if got := model.NextCode("D", []string{"D1", "D2", "D7", "DX", "I9"}); got != "D8" {
		t.Errorf("NextCode = %s, want D8", got)
	}
}

func TestALinkListedTwiceIsAProblem(t *testing.T) {
	p, ps := model.DecodeJSONBytes(readExample(t))
	if ps != nil {
		t.Fatal(ps)
	}
	inv := &p.Investments[1]
	inv.VisionIDs = append(inv.VisionIDs, inv.VisionIDs[0])
	inv.DependsOnIDs = []string{p.Investments[0].ID, p.Investments[0].ID}
	got := p.Validate()
	if !got.Has("duplicate_link", "visions") || !got.Has("duplicate_link", "depends_on") || len(got) != 2 {
		t.Fatalf("got %v", got.Messages(model.EN))
	}
}

func TestWorkshopFieldsSurviveARoundTrip(t *testing.T) {
	data := mutate(t, func(d map[string]any) {
		d["plan"].(map[string]any)["date"] = "2026-03-20"
		d["plan"].(map[string]any)["vote_budget"] = 5
		a := d["assessments"].([]any)[0].(map[string]any)
		a["question_set"] = "vib-1"
		a["answers"] = []any{
			map[string]any{"statement": "visie.1", "now": 2, "goal": 4},
			map[string]any{"statement": "visie.2", "now": nil, "goal": 3},
		}
		d["votes"] = []any{map[string]any{"participant": "p1", "role": "leraar",
			"points": []any{map[string]any{"investment": "I1", "points": 3}, map[string]any{"investment": "N2", "points": 2}}}}
	})
	p, ps := model.DecodeJSONBytes(data)
	if ps != nil {
		t.Fatal(ps)
	}
	if p.Date != "2026-03-20" || p.VoteBudget != 5 || p.Assessments[0].QuestionSet != "vib-1" ||
		len(p.Assessments[0].Answers) != 2 || p.Assessments[0].Answers[1].Now.Known() || p.Assessments[0].Answers[1].Goal != 3 {
		t.Fatalf("workshop fields: %+v %+v", p, p.Assessments[0])
	}
	if len(p.Votes) != 1 || p.InvestmentCodes()[p.Votes[0].Points[1].InvestmentID] != "N2" || p.Votes[0].Points[1].Points != 2 {
		t.Fatalf("votes: %+v", p.Votes)
	}
	out, _ := model.EncodeJSON(p)
	q, ps := model.DecodeJSONBytes(out)
	if ps != nil {
		t.Fatal(ps)
	}
	out2, _ := model.EncodeJSON(q)
	if !bytes.Equal(out, out2) {
		t.Fatal("round trip changed the workshop fields")
	}
}

func TestBadWorkshopFieldsAreRejected(t *testing.T) {
	data := mutate(t, func(d map[string]any) {
		d["plan"].(map[string]any)["date"] = "20-03-2026"
		d["plan"].(map[string]any)["vote_budget"] = 4
		d["assessments"].([]any)[0].(map[string]any)["answers"] = []any{map[string]any{"statement": "visie.1", "now": 9}}
		d["votes"] = []any{
			map[string]any{"participant": "p1", "points": []any{map[string]any{"investment": "I1", "points": 3}, map[string]any{"investment": "N2", "points": 2}}},
			map[string]any{"participant": "p2", "points": []any{map[string]any{"investment": "X9", "points": 1}}},
		}
	})
	_, ps := model.DecodeJSONBytes(data)
	// By hand: a date in the wrong form, an answer of 9, p1 spends 5 of 4
	// points, p2 names an investment that does not exist.
	if !ps.Has("date", "plan.date") || !ps.Has("range", "answers[0].now") || !ps.Has("over_budget", "points") ||
		!ps.Has("unknown_link", "points[0].investment") || len(ps) != 4 {
		t.Fatalf("got %v", ps.Messages(model.EN))
	}
}
