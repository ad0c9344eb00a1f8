package model_test

import (
	"balansplan/model"
	"balansplan/model/testplan"
	"bytes"
	"os"
	"testing"
)

// FuzzDecodeJSON feeds the importer arbitrary bytes. It must never panic;
// when it accepts a file, the plan must validate and survive a round trip
// through model.EncodeJSON unchanged.
func FuzzDecodeJSON(f *testing.F) {
	f.Add(testplan.RegenboogJSON())
	f.Add(testplan.BoardJSON())
	// The board chapters with a value of the wrong type in each place.
	f.Add([]byte(`{"format":"balansplan/1","school":{"name":"x"},"plan":{"title":"t","start_year":2026,"end_year":2026,` +
		`"proposal":[],"adoption":{"council":"x","signatories":[1,{"name":2}],"date":"2026-13-01"},"privacy":{"dpia":3},` +
		`"review":"x","situation":[]},"inventory":[1,{"kind":"x","quantity":"y","year":99999}],` +
		`"organisation":{},"risks":[{"likelihood":1,"impact":"enorm"}]}`))
	// The plan's life with a value of the wrong type in each place.
	f.Add([]byte(`{"format":"balansplan/1","school":{"name":"x"},"plan":{"title":"t","start_year":2026,"end_year":2027},` +
		`"visions":[{"code":"V1","title":"v","evaluations":[1,{"year":"x","rating":9,"note":2}]}],` +
		`"investments":[{"code":"A","title":"a","block":"inhoud","start":"2026-01","realisation":{},"status_history":[{"date":5,"status":"x"}]}],` +
		`"assessments":[{"role":"leraar","year":"2026"}],"status_history":[{"status":"klaar","date":"gisteren"}],` +
		`"versions":[{"number":1,"content":"{}"},{"number":"1.0","content":{"format":"balansplan/1"}}]}`))
	if b, err := os.ReadFile("../assets/demo/dijkcollege.json"); err == nil {
		f.Add(b)
	}
	f.Add([]byte(`{"format":"balansplan/1"}`))
	f.Add([]byte(`{"format":"balansplan/1","school":{"name":"x"},"plan":{"title":"t","start_year":2026,"end_year":2026},` +
		`"investments":[{"code":"A","title":"a","block":"inhoud","start":"2026-01","depends_on":["B"]},` +
		`{"code":"B","title":"b","block":"inhoud","start":"2026-01","depends_on":["A"]}]}`))
	f.Add([]byte(`[]`))
	f.Add([]byte("\xff\xfe"))
	// The text rules of the importer: a BOM, a duplicate key, a lone
	// surrogate, a control character, look-alike codes, a sub-cent and an
	// extreme amount.
	f.Add(append([]byte("\xef\xbb\xbf"), `{"format":"balansplan/1","format":"x"}`...))
	f.Add([]byte(`{"format":"balansplan/1","school":{"name":"a\ud800","name":"b\u0000"},"plan":{"title":"t","start_year":2026,"end_year":2026}}`))
	f.Add([]byte(`{"format":"balansplan/1","school":{"name":"x"},"plan":{"title":"t","start_year":2026,"end_year":2026},` +
		`"visions":[{"code":"V1","title":"a"},{"code":"v1 ","title":"b"},{"code":"V\u200b1","title":"c"}],` +
		`"investments":[{"code":"D1","title":"d","block":"deskundigheid","start":"2026-01","cost":{"one_off":0.005,"recurring":-9223372036854775808}}]}`))
	// Every value of the wrong type, so that each field the decoder can
	// name is named.
	f.Add([]byte(`{"format":"balansplan/1","school":[],"plan":{"authors":[1],"teaching":3,"material":{"now":1},` +
		`"budget_ceiling":{"x":1,"2026":"y"},"id":"z","start_year":"2026"},"visions":[1,{"returns":[2],"code":3}],` +
		`"investments":[{"depends_on":[3],"visions":"V1","cost":[],"pilot":1,"start":2},{"cost":{"one_off":"x"}}],` +
		`"agreements":[[]],"assessments":[{"answers":[1,{"now":"a"}],"scores":{"visie":2,"quantum":{}}}],` +
		`"votes":[{"points":[1,{"investment":"nope","points":"x"}]}],"indicators":[]}`))
	// The fields of analysis/2: a focus (also on the wrong block), an
	// evaluation (also of the wrong type), applications null, empty,
	// unknown, twice and of the wrong type.
	f.Add([]byte(`{"format":"balansplan/1","school":{"name":"x"},"plan":{"title":"t","start_year":2026,"end_year":2027},` +
		`"visions":[{"code":"V1","title":"a","evaluation":{"indicator":"i","moment":"2027-06"}},{"code":"V2","title":"b","evaluation":"x"}],` +
		`"investments":[{"code":"D1","title":"d","block":"deskundigheid","start":"2026-01","focus":"didactisch"},` +
		`{"code":"I1","title":"i","block":"inhoud","start":"2026-01","focus":"instrumenteel"}],` +
		`"assessments":[{"participant":"a","role":"leraar","applications":null},{"participant":"b","role":"leraar","applications":[]},` +
		`{"participant":"c","role":"leraar","applications":["lvs","lvs","fax",3]}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, ps := model.DecodeJSONBytes(data)
		if p == nil {
			if len(ps) == 0 {
				t.Fatal("rejected without a problem")
			}
			for _, pr := range ps {
				if pr.Message(model.NL) == "" || pr.Message(model.EN) == "" {
					t.Fatal("empty message")
				}
				// Every field a problem names comes from the list; only
				// the file's own problems may name none, or a JSON path.
				if pr.Entity != model.EntityFile && !knownFields[model.Field(pr.Field).Pattern()] {
					t.Fatalf("problem names the field %q, which is not in the field list: %s", pr.Field, pr.Message(model.EN))
				}
			}
			return
		}
		if len(ps) != 0 {
			t.Fatal("a plan and problems at once")
		}
		if v := p.Validate(); len(v) != 0 {
			t.Fatalf("accepted plan does not validate: %v", v)
		}
		out, err := model.EncodeJSON(p)
		if err != nil {
			t.Fatal(err)
		}
		p2, ps2 := model.DecodeJSONBytes(out)
		if ps2 != nil {
			t.Fatalf("own export rejected: %v\n%s", ps2, out)
		}
		out2, _ := model.EncodeJSON(p2)
		if !bytes.Equal(out, out2) {
			t.Fatalf("round trip changed the plan:\n%s\n%s", out, out2)
		}
	})
}

// knownFields are the fields a problem may name: every field of
// model.FieldSpecs and the objects and lists that hold them.
var knownFields = func() map[model.Field]bool {
	m := map[model.Field]bool{}
	for _, s := range model.FieldSpecs() {
		m[s.Name] = true
	}
	for _, f := range []model.Field{model.FieldFormat, model.FieldSchool, model.FieldPlan, model.FieldPlanAuthors,
		model.FieldPlanTeaching, model.FieldPlanMaterial, model.FieldPlanBudgetCeilings, model.FieldIndicators,
		model.FieldCost, model.FieldAnswers, model.FieldAnswer, model.FieldPoints, model.FieldPoint, model.FieldScore,
		model.FieldEvaluation, model.FieldPlanProposal, model.FieldPlanAdoption, model.FieldPlanCouncil,
		model.FieldPlanSignatories, model.FieldPlanSignatory, model.FieldPlanPrivacy, model.FieldPlanReview,
		model.FieldPlanPrevious} {
		m[f] = true
	}
	for _, list := range []model.Field{model.FieldListVisions, model.FieldListInvestments, model.FieldListAgreements,
		model.FieldListAssessments, model.FieldListVotes, model.FieldReturns, model.FieldVisions, model.FieldDependsOn,
		model.FieldApplications, model.FieldListInventory, model.FieldListOrganisation, model.FieldListRisks,
		model.FieldListStatusHistory, model.FieldListVersions, model.FieldRealisation, model.FieldEvaluations,
		model.FieldPlanThemes, model.FieldListMaturity} {
		m[list] = true
		m[list.Elem()] = true
	}
	return m
}()
