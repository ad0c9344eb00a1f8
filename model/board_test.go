package model_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"balansplan/model"
	"balansplan/model/testplan"
)

// The board chapters (issue 13) in the model: the codec, Validate, Clone
// and the edits.

// testdata/before-board holds what EncodeJSON wrote before the board
// chapters existed (the code of commit a37c38b, run from a copy made with
// git archive): the example decoded and encoded (regenboog.json), and the
// example with every field of versions 2 and 3 of the .balans schema set
// (regenboog-all-fields.json). A plan without board data must still be
// written byte for byte so: the new blocks are left out when empty.
func TestAPlanWithoutBoardDataEncodesToTheBytesItDidBefore(t *testing.T) {
	encodesAsBefore(t, "before-board", []string{"regenboog.json", "regenboog-all-fields.json"}, nil)
}

// encodesAsBefore decodes each file of testdata/dir, which an earlier
// release's EncodeJSON wrote, and checks that this release encodes it to
// the same bytes; check, when given, looks at the decoded plan first.
func encodesAsBefore(t *testing.T, dir string, names []string, check func(t *testing.T, p *model.Plan)) {
	t.Helper()
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			before, err := os.ReadFile(filepath.Join("testdata", dir, name))
			if err != nil {
				t.Fatal(err)
			}
			p, ps := model.DecodeJSONBytes(before)
			if ps != nil {
				t.Fatal(ps.Messages(model.EN))
			}
			if check != nil {
				check(t, p)
			}
			after, err := model.EncodeJSON(p)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(after, before) {
				i, x, y, _ := firstDifference(strings.Split(string(before), "\n"), strings.Split(string(after), "\n"))
				t.Errorf("the encoding changed in line %d:\nbefore %s\nafter  %s", i+1, x, y)
			}
		})
	}
}

// firstDifference finds the first place i where the lists a and b differ,
// with what each holds there ("" past its end); ok is false when they are
// the same.
func firstDifference(a, b []string) (i int, x, y string, ok bool) {
	for i = 0; i < len(a) || i < len(b); i++ {
		x, y = "", ""
		if i < len(a) {
			x = a[i]
		}
		if i < len(b) {
			y = b[i]
		}
		if x != y {
			return i, x, y, true
		}
	}
	return 0, "", "", false
}

func TestTheBoardFixtureValidatesAndSurvivesARoundTrip(t *testing.T) {
	p := testplan.Board(t)
	// Counted by hand in regenboog-board.json.
	if len(p.Inventory) != 8 || len(p.Organisation) != 4 || len(p.Risks) != 5 || len(p.Adoption.Signatories) != 2 {
		t.Fatalf("inventory %d, organisation %d, risks %d, signatories %d; want 8, 4, 5, 2",
			len(p.Inventory), len(p.Organisation), len(p.Risks), len(p.Adoption.Signatories))
	}
	hours := 0
	for _, r := range p.Organisation {
		hours += r.HoursPerYear
	}
	if hours != 20+160+48+16 {
		t.Errorf("hours %d, want 244", hours)
	}
	if c := p.Adoption.Council; c.Kind != model.CouncilAdvies || c.Outcome != model.CouncilPositief || c.Date != "2026-06-09" {
		t.Errorf("council %+v", c)
	}
	if r := p.Risks[1]; r.Likelihood != model.GradeLaag || r.Impact != model.GradeHoog || r.Owner != "bestuursbureau" {
		t.Errorf("risk 2: %+v", r)
	}
	if it := p.Inventory[0]; it.Kind != model.InventoryApparaten || it.Quantity != 32 || it.Year != 2021 {
		t.Errorf("inventory 1: %+v", it)
	}
	for _, s := range []string{p.Proposal.Decision, p.Proposal.Funding, p.Proposal.OverCeiling, p.Proposal.Conditions,
		p.Adoption.Date, p.Adoption.By, p.Adoption.Council.Note, p.Privacy.Responsible, p.Privacy.ProcessingAgreements,
		p.Privacy.DPIA, p.Privacy.Note, p.Review.By, p.Review.When, p.Review.How, p.Narrative.Situation,
		p.Narrative.Organisation, p.Narrative.Replacement, p.Narrative.Communication, p.Narrative.Schoolplan} {
		if s == "" {
			t.Errorf("a board text is empty: %+v %+v %+v %+v %+v", p.Proposal, p.Adoption, p.Privacy, p.Review, p.Narrative)
			break
		}
	}
	if ps := p.Validate(); ps != nil {
		t.Fatal(ps.Messages(model.EN))
	}
	first, err := model.EncodeJSON(p)
	if err != nil {
		t.Fatal(err)
	}
	q, ps := model.DecodeJSONBytes(first)
	if ps != nil {
		t.Fatal(ps.Messages(model.EN))
	}
	if !reflect.DeepEqual(p, q) {
		t.Fatal("the board plan changed on a round trip")
	}
	second, err := model.EncodeJSON(q)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first, second) {
		t.Error("the second encoding differs from the first")
	}
	// Everything outside the board chapters is the example's.
	r := testplan.Regenboog(t)
	q.Status, q.Version, q.Date = r.Status, r.Version, r.Date
	q.Proposal, q.Adoption, q.Privacy, q.Review, q.Narrative = model.Proposal{}, model.Adoption{}, model.Privacy{}, model.Review{}, model.Narrative{}
	q.Inventory, q.Organisation, q.Risks = nil, nil, nil
	if a, b := testplan.JSONWithoutIDs(t, q), testplan.JSONWithoutIDs(t, r); a != b {
		t.Errorf("the board fixture differs from the example outside the board chapters")
	}
}

// The JSON of one block: null and an empty block are the same as none, so
// each block is written only when it holds something, and an empty
// enumeration is null.
func TestTheBoardBlocksAreWrittenOnlyWhenTheyHoldSomething(t *testing.T) {
	p := testplan.Regenboog(t)
	p.Review.When = "in juni"
	p.Adoption.Signatories = []model.Signatory{{Function: "voorzitter MR"}}
	p.Risks = []model.Risk{{ID: "00000008-0000-4000-8000-000000000000", Description: "Uitval"}}
	data, err := model.EncodeJSON(p)
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	plan := doc["plan"].(map[string]any)
	for _, k := range []string{"proposal", "privacy", "situation", "organisation", "replacement", "communication", "schoolplan"} {
		if _, ok := plan[k]; ok {
			t.Errorf("plan.%s is written though empty", k)
		}
	}
	for _, k := range []string{"inventory", "organisation"} {
		if _, ok := doc[k]; ok {
			t.Errorf("%s is written though empty", k)
		}
	}
	want := map[string]any{"by": "", "when": "in juni", "how": ""}
	if !reflect.DeepEqual(plan["review"], want) {
		t.Errorf("plan.review = %v, want %v", plan["review"], want)
	}
	wantAd := map[string]any{"date": "", "by": "", "council": nil,
		"signatories": []any{map[string]any{"name": "", "function": "voorzitter MR"}}}
	if !reflect.DeepEqual(plan["adoption"], wantAd) {
		t.Errorf("plan.adoption = %v, want %v", plan["adoption"], wantAd)
	}
	wantRisk := []any{map[string]any{"id": "00000008-0000-4000-8000-000000000000", "description": "Uitval",
		"likelihood": nil, "impact": nil, "owner": "", "measure": ""}}
	if !reflect.DeepEqual(doc["risks"], wantRisk) {
		t.Errorf("risks = %v, want %v", doc["risks"], wantRisk)
	}
	// null and {} read as nothing said.
	for _, in := range []string{`null`, `{}`} {
		data := bytes.Replace(testplan.RegenboogJSON(), []byte(`"version": "0.3",`),
			[]byte(`"version": "0.3", "proposal": `+in+`, "adoption": `+in+`, "privacy": `+in+`, "review": `+in+`,`), 1)
		q, ps := model.DecodeJSONBytes(data)
		if ps != nil {
			t.Fatalf("%s: %v", in, ps.Messages(model.EN))
		}
		if !q.Proposal.IsZero() || !q.Adoption.IsZero() || !q.Privacy.IsZero() || !q.Review.IsZero() {
			t.Errorf("%s gives a block: %+v %+v", in, q.Proposal, q.Adoption)
		}
	}
}

// boardDoc is the board fixture as a generic tree, for a case to break.
func boardDoc(t *testing.T) map[string]any {
	t.Helper()
	var doc map[string]any
	if err := json.Unmarshal(testplan.BoardJSON(), &doc); err != nil {
		t.Fatal(err)
	}
	return doc
}

func planOf(d map[string]any) map[string]any { return d["plan"].(map[string]any) }

func obj(d map[string]any, keys ...string) map[string]any {
	for _, k := range keys {
		d = d[k].(map[string]any)
	}
	return d
}

func elem(d map[string]any, list string, i int) map[string]any {
	return d[list].([]any)[i].(map[string]any)
}

func TestBadBoardDataIsRejectedWithAMessageNamingEntityAndField(t *testing.T) {
	cases := []badInput{
		{"a proposal that is a list", func(d map[string]any) { planOf(d)["proposal"] = []any{} }, model.EntityPlan, "", "plan.proposal", "type"},
		{"a decision that is a number", func(d map[string]any) { obj(d, "plan", "proposal")["decision"] = 1 }, model.EntityPlan, "", "plan.proposal.decision", "type"},
		{"an adoption date of another form", func(d map[string]any) { obj(d, "plan", "adoption")["date"] = "23-06-2026" }, model.EntityPlan, "", "plan.adoption.date", "date"},
		{"a council that is a text", func(d map[string]any) { obj(d, "plan", "adoption")["council"] = "advies" }, model.EntityPlan, "", "plan.adoption.council", "type"},
		{"an unknown council kind", func(d map[string]any) { obj(d, "plan", "adoption", "council")["kind"] = "inspraak" }, model.EntityPlan, "", "plan.adoption.council.kind", "enum"},
		{"an unknown council outcome", func(d map[string]any) { obj(d, "plan", "adoption", "council")["outcome"] = "neutraal" }, model.EntityPlan, "", "plan.adoption.council.outcome", "enum"},
		{"a council date that is no date", func(d map[string]any) { obj(d, "plan", "adoption", "council")["date"] = "2026-02-30" }, model.EntityPlan, "", "plan.adoption.council.date", "date"},
		{"signatories that are an object", func(d map[string]any) { obj(d, "plan", "adoption")["signatories"] = map[string]any{} }, model.EntityPlan, "", "plan.adoption.signatories", "type"},
		{"a signatory that is a text", func(d map[string]any) {
			obj(d, "plan", "adoption")["signatories"].([]any)[1] = "R. Yılmaz"
		}, model.EntityPlan, "", "plan.adoption.signatories[1]", "type"},
		{"a signatory without name or function", func(d map[string]any) {
			obj(d, "plan", "adoption")["signatories"].([]any)[1] = map[string]any{"name": " "}
		}, model.EntityPlan, "", "plan.adoption.signatories[1].name", "required"},
		{"a signatory's function that is a number", func(d map[string]any) {
			obj(d, "plan", "adoption")["signatories"].([]any)[0].(map[string]any)["function"] = 3
		}, model.EntityPlan, "", "plan.adoption.signatories[0].function", "type"},
		{"a privacy paragraph that is a text", func(d map[string]any) { planOf(d)["privacy"] = "AVG" }, model.EntityPlan, "", "plan.privacy", "type"},
		{"a control character in the DPIA text", func(d map[string]any) { obj(d, "plan", "privacy")["dpia"] = "DPIA\x07" }, model.EntityPlan, "", "plan.privacy.dpia", "control"},
		{"a line end in the reviewer", func(d map[string]any) { obj(d, "plan", "review")["by"] = "directeur\nen werkgroep" }, model.EntityPlan, "", "plan.review.by", "control"},
		{"a situation that is a list", func(d map[string]any) { planOf(d)["situation"] = []any{"a"} }, model.EntityPlan, "", "plan.situation", "type"},
		{"a replacement plan over the length limit", func(d map[string]any) {
			planOf(d)["replacement"] = strings.Repeat("x", model.MaxTextLen+1)
		}, model.EntityPlan, "", "plan.replacement", "too_long"},

		{"an inventory that is an object", func(d map[string]any) { d["inventory"] = map[string]any{} }, model.EntityFile, "", "inventory", "type"},
		{"an inventory line that is a text", func(d map[string]any) { d["inventory"].([]any)[2] = "Digiborden" }, model.EntityInventory, "#3", "inventory[2]", "type"},
		{"an inventory line without kind", func(d map[string]any) { delete(elem(d, "inventory", 0), "kind") }, model.EntityInventory, "#1", "kind", "required"},
		{"an unknown inventory kind", func(d map[string]any) { elem(d, "inventory", 1)["kind"] = "meubilair" }, model.EntityInventory, "#2", "kind", "enum"},
		{"an inventory line without description", func(d map[string]any) { elem(d, "inventory", 3)["description"] = " " }, model.EntityInventory, "#4", "description", "required"},
		{"a quantity that is a text", func(d map[string]any) { elem(d, "inventory", 0)["quantity"] = "veel" }, model.EntityInventory, "#1", "quantity", "type"},
		{"a quantity with a fraction", func(d map[string]any) { elem(d, "inventory", 0)["quantity"] = 3.5 }, model.EntityInventory, "#1", "quantity", "type"},
		{"a negative quantity", func(d map[string]any) { elem(d, "inventory", 0)["quantity"] = -1 }, model.EntityInventory, "#1", "quantity", "negative"},
		{"a quantity beyond the maximum", func(d map[string]any) { elem(d, "inventory", 0)["quantity"] = model.MaxQuantity + 1 }, model.EntityInventory, "#1", "quantity", "range"},
		{"a year of five digits", func(d map[string]any) { elem(d, "inventory", 0)["year"] = 20211 }, model.EntityInventory, "#1", "year", "range"},
		{"a year of two digits", func(d map[string]any) { elem(d, "inventory", 0)["year"] = 21 }, model.EntityInventory, "#1", "year", "range"},
		{"a year after the plan period", func(d map[string]any) { elem(d, "inventory", 0)["year"] = 2030 }, model.EntityInventory, "#1", "year", "after_period"},
		{"an inventory id that is no UUID", func(d map[string]any) { elem(d, "inventory", 0)["id"] = "regel-1" }, model.EntityInventory, "#1", "id", "id"},

		{"organisation that is a text", func(d map[string]any) { d["organisation"] = "ict" }, model.EntityFile, "", "organisation", "type"},
		{"a task without a name", func(d map[string]any) { delete(elem(d, "organisation", 2), "task") }, model.EntityResponsibility, "#3", "task", "required"},
		{"hours that are a text", func(d map[string]any) { elem(d, "organisation", 1)["hours_per_year"] = "160 uur" }, model.EntityResponsibility, "Ict-coördinator", "hours_per_year", "type"},
		{"negative hours", func(d map[string]any) { elem(d, "organisation", 1)["hours_per_year"] = -160 }, model.EntityResponsibility, "Ict-coördinator", "hours_per_year", "negative"},
		{"hours beyond the maximum", func(d map[string]any) {
			elem(d, "organisation", 1)["hours_per_year"] = model.MaxHoursPerYear + 1
		}, model.EntityResponsibility, "Ict-coördinator", "hours_per_year", "range"},
		{"a person on two lines", func(d map[string]any) { elem(d, "organisation", 0)["person"] = "a\nb" }, model.EntityResponsibility, "Besluit over het ict-budget", "person", "control"},

		{"risks that are an object", func(d map[string]any) { d["risks"] = map[string]any{"a": 1} }, model.EntityFile, "", "risks", "type"},
		{"a risk without description", func(d map[string]any) { delete(elem(d, "risks", 4), "description") }, model.EntityRisk, "#5", "description", "required"},
		{"an unknown likelihood", func(d map[string]any) { elem(d, "risks", 0)["likelihood"] = "groot" }, model.EntityRisk, "#1", "likelihood", "enum"},
		{"an impact that is a number", func(d map[string]any) { elem(d, "risks", 0)["impact"] = 3 }, model.EntityRisk, "#1", "impact", "type"},
		{"an owner that is a list", func(d map[string]any) { elem(d, "risks", 0)["owner"] = []any{} }, model.EntityRisk, "#1", "owner", "type"},
		{"two risks with one id", func(d map[string]any) {
			elem(d, "risks", 0)["id"] = "00000008-0000-4000-8000-000000000000"
			elem(d, "risks", 1)["id"] = "00000008-0000-4000-8000-000000000000"
		}, model.EntityRisk, "#2", "id", "duplicate"},
		{"a risk with an inventory line's id", func(d map[string]any) {
			elem(d, "inventory", 7)["id"] = "00000008-0000-4000-8000-000000000000"
			elem(d, "risks", 3)["id"] = "00000008-0000-4000-8000-000000000000"
		}, model.EntityRisk, "#4", "id", "duplicate"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc := boardDoc(t)
			c.change(doc)
			data, err := json.Marshal(doc)
			if err != nil {
				t.Fatal(err)
			}
			if ps := refused(t, data, c.entity, c.ref, c.field, c.reason); len(ps) != 1 {
				t.Errorf("one defect gives %d problems: %v", len(ps), ps.Messages(model.EN))
			}
		})
	}
}

// The bounds are inclusive: the maximum itself and 0 pass, and a year from
// MinInventoryYear to the plan's end year.
func TestTheBoundsOfTheBoardNumbersAreInclusive(t *testing.T) {
	p := testplan.Board(t)
	p.Inventory[0].Quantity = model.MaxQuantity
	p.Inventory[1].Quantity = 0
	p.Inventory[0].Year = model.MinInventoryYear
	p.Inventory[1].Year = p.EndYear
	p.Organisation[0].HoursPerYear = model.MaxHoursPerYear
	p.Organisation[1].HoursPerYear = 0
	if ps := p.Validate(); ps != nil {
		t.Fatal(ps.Messages(model.EN))
	}
	p.Inventory[0].Year = model.MinInventoryYear - 1
	if ps := p.Validate(); len(ps) != 1 || !ps.Has("range", model.FieldYear) {
		t.Fatalf("year %d: %v", p.Inventory[0].Year, ps.Messages(model.EN))
	}
	// Without a valid period the end year says nothing.
	p.Inventory[0].Year = 2040
	p.EndYear = 0
	ps := p.Validate()
	if ps.Has("after_period", model.FieldYear) || !ps.Has("required", model.FieldPlanEndYear) {
		t.Fatalf("%v", ps.Messages(model.EN))
	}
}

// A duplicate key inside a board block is found like anywhere else.
func TestADuplicateKeyInABoardBlockIsAnError(t *testing.T) {
	data := bytes.Replace(testplan.BoardJSON(), []byte(`"dpia": `), []byte(`"dpia": "a", "dpia": `), 1)
	p, ps := model.DecodeJSONBytes(data)
	if p != nil || !ps.Has("duplicate_key", "plan.privacy.dpia") {
		t.Fatalf("got %v", ps.Messages(model.EN))
	}
}

// The contract: unknown extra fields are kept or ignored, never an error;
// that holds inside the board blocks too.
func TestUnknownKeysInTheBoardBlocksAreIgnored(t *testing.T) {
	doc := boardDoc(t)
	obj(doc, "plan", "proposal")["bedrag"] = 5
	obj(doc, "plan", "adoption", "council")["voorzitter"] = "K. Smit"
	elem(doc, "risks", 0)["score"] = 6
	data, _ := json.Marshal(doc)
	p, ps := model.DecodeJSONBytes(data)
	if ps != nil {
		t.Fatal(ps.Messages(model.EN))
	}
	if p.Proposal.Decision == "" || p.Adoption.Council.Kind != model.CouncilAdvies || p.Risks[0].Likelihood != model.GradeMidden {
		t.Error("the known fields were not read")
	}
}

func TestCloneCopiesTheBoardLists(t *testing.T) {
	p := testplan.Board(t)
	c := p.Clone()
	if !reflect.DeepEqual(p, c) {
		t.Fatal("the clone differs")
	}
	c.Adoption.Signatories[0].Name = "x"
	c.Inventory[0].Quantity = 1
	c.Organisation[0].Task = "x"
	c.Risks[0].Owner = "x"
	if p.Adoption.Signatories[0].Name == "x" || p.Inventory[0].Quantity == 1 || p.Organisation[0].Task == "x" || p.Risks[0].Owner == "x" {
		t.Error("the clone shares a board list with the plan")
	}
	if q := testplan.Regenboog(t).Clone(); q.Inventory != nil || q.Risks != nil || q.Adoption.Signatories != nil {
		t.Error("Clone makes an empty list where there was none")
	}
}

func TestRemoveBoardEntries(t *testing.T) {
	p := testplan.Board(t)
	shared := p.Clone()
	// A shallow copy shares the lists, as an undo step does.
	q := *shared
	id := q.Risks[2].ID
	if !q.RemoveRisk(id) || len(q.Risks) != 4 {
		t.Fatalf("risk not removed: %d left", len(q.Risks))
	}
	if _, ok := q.Risk(id); ok {
		t.Error("the removed risk is still found")
	}
	if shared.Risks[2].ID != id || len(shared.Risks) != 5 {
		t.Error("RemoveRisk wrote into the shared list")
	}
	if q.RemoveRisk(id) {
		t.Error("removing twice reports a removal")
	}
	invID := q.Inventory[7].ID
	if !q.RemoveInventoryItem(invID) || len(q.Inventory) != 7 || shared.Inventory[7].ID != invID {
		t.Error("RemoveInventoryItem")
	}
	if _, ok := q.InventoryItem(invID); ok {
		t.Error("the removed inventory line is still found")
	}
	resID := q.Organisation[0].ID
	if r, ok := q.Responsibility(resID); !ok || r.Task != "Besluit over het ict-budget" {
		t.Errorf("Responsibility: %+v %v", r, ok)
	}
	if !q.RemoveResponsibility(resID) || len(q.Organisation) != 3 || shared.Organisation[0].ID != resID {
		t.Error("RemoveResponsibility")
	}
	if ps := q.Validate(); ps != nil {
		t.Error(ps.Messages(model.EN))
	}
}
