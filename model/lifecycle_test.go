package model_test

import (
	"reflect"
	"strings"
	"testing"

	"balansplan/model"
	"balansplan/model/testplan"
)

// testdata/before-lifecycle holds what EncodeJSON wrote before the plan's
// life existed (the code of commit 3864a04, run from a copy made with git
// archive): the example and the board fixture, decoded and encoded. A
// plan without status history, versions, realisation, evaluations or
// rounds must still be written byte for byte so.
func TestAPlanWithoutLifecycleDataEncodesToTheBytesItDidBefore(t *testing.T) {
	encodesAsBefore(t, "before-lifecycle", []string{"regenboog.json", "regenboog-board.json"}, nil)
}

func TestAdoptFreezesAVersionAndAnEditStartsANewConcept(t *testing.T) {
	p := testplan.Board(t)
	p.Version = ""
	p.Status = model.StatusConcept
	if _, ps := p.SetStatus(model.StatusBesproken, "2026-06-01", "MR", "positief advies"); ps != nil {
		t.Fatal(ps)
	}
	v, ps := p.Adopt("2026-06-23", "College van bestuur", "vastgesteld in de bestuursvergadering")
	if ps != nil {
		t.Fatal(ps)
	}
	if v.Number != "1.0" || v.Date != "2026-06-23" || v.Status != model.StatusVastgesteld || p.Version != "1.0" || p.Status != model.StatusVastgesteld {
		t.Fatalf("version %+v, plan %s %s", v, p.Version, p.Status)
	}
	if len(p.StatusHistory) != 2 || p.StatusHistory[0].Status != model.StatusBesproken || p.StatusHistory[1].By != "College van bestuur" {
		t.Fatalf("history %+v", p.StatusHistory)
	}
	frozen, ps := v.Plan()
	if ps != nil {
		t.Fatal(ps)
	}
	if frozen.Versions != nil || frozen.Status != model.StatusVastgesteld || len(frozen.StatusHistory) != 2 || frozen.Adoption.Date != "2026-06-23" {
		t.Fatalf("frozen plan: versions %v, status %s, history %d, adopted %q", frozen.Versions, frozen.Status, len(frozen.StatusHistory), frozen.Adoption.Date)
	}
	want := p.Clone()
	want.Versions = nil
	if !reflect.DeepEqual(frozen, want) {
		t.Error("the frozen content is not the plan as adopted")
	}

	// The first edit after adoption: a new concept on top.
	if !p.NeedsRevision() {
		t.Fatal("an adopted plan needs a revision before an edit")
	}
	ok, ps := p.StartRevision("2027-01-10", "directeur")
	if !ok || ps != nil || p.Status != model.StatusConcept || p.Version != "1.1" {
		t.Fatalf("StartRevision: %v %v, status %s version %s", ok, ps, p.Status, p.Version)
	}
	if ok, _ := p.StartRevision("2027-01-11", "x"); ok || len(p.StatusHistory) != 3 {
		t.Fatal("a second StartRevision must do nothing")
	}
	p.Title = "Veranderd"
	v2, ps := p.Adopt("2027-06-20", "College van bestuur", "")
	if ps != nil || v2.Number != "1.1" || len(p.Versions) != 2 || p.LastAdopted().Number != "1.1" {
		t.Fatalf("second adoption: %+v %v", v2, ps)
	}
	// The first version is still readable, as it was.
	first, _ := p.VersionNumbered("1.0")
	fp, ps := first.Plan()
	if ps != nil || fp.Title == "Veranderd" {
		t.Fatalf("version 1.0 changed: %v %q", ps, fp.Title)
	}
	// A version number already frozen is not taken again.
	p.Version = "1.0"
	v3, _ := p.Adopt("2028-06-20", "cvb", "")
	if v3.Number != "2.0" {
		t.Errorf("adopting over a frozen number gave %s, want 2.0", v3.Number)
	}
	// The whole plan survives the codec, versions and all.
	data, err := model.EncodeJSON(p)
	if err != nil {
		t.Fatal(err)
	}
	q, ps := model.DecodeJSONBytes(data)
	if ps != nil {
		t.Fatal(ps.Messages(model.EN))
	}
	if !reflect.DeepEqual(p, q) {
		t.Error("the plan with its life changed on a round trip")
	}
}

func TestLifecycleEditsRefuseBadInputAndChangeNothing(t *testing.T) {
	p := testplan.Regenboog(t)
	before := p.Clone()
	if _, ps := p.SetStatus("klaar", "2026-06-01", "", ""); !ps.Has("enum", model.FieldStatus) {
		t.Errorf("unknown status: %v", ps)
	}
	if _, ps := p.Adopt("23-06-2026", "", ""); !ps.Has("date", model.FieldDate) {
		t.Errorf("bad date: %v", ps)
	}
	if _, ps := p.SetStatus(model.StatusBesproken, "", "", ""); !ps.Has("required", model.FieldDate) {
		t.Errorf("no date: %v", ps)
	}
	inv := &p.Investments[0]
	if ps := inv.RecordStatus("2026-13-01", model.InvLopend, ""); ps == nil {
		t.Error("a bad date passes RecordStatus")
	}
	if ps := inv.RecordStatus("2026-10-01", "bezig", ""); ps == nil || !strings.Contains(ps.Messages(model.NL)[0], "gepland") {
		t.Errorf("unknown investment status: %v", ps)
	}
	if !reflect.DeepEqual(p, before) {
		t.Error("a refused edit changed the plan")
	}
}

func TestInvestmentStatusOnADate(t *testing.T) {
	inv := model.Investment{Status: model.InvLopend}
	if inv.StatusOn("2020-01-01") != model.InvLopend {
		t.Error("without history the status is Status")
	}
	_ = inv.RecordStatus("2026-09-01", model.InvLopend, "")
	_ = inv.RecordStatus("2027-03-15", model.InvAfgerond, "")
	for date, want := range map[string]model.InvestmentStatus{
		"2026-08-31": model.InvGepland, "2026-09-01": model.InvLopend, "2027-03-14": model.InvLopend, "2027-03-15": model.InvAfgerond,
	} {
		if got := inv.StatusOn(date); got != want {
			t.Errorf("StatusOn(%s) = %s, want %s", date, got, want)
		}
	}
}

func TestRealisationAndEvaluationsAreOnePerYearInYearOrder(t *testing.T) {
	p := testplan.Regenboog(t)
	q := p.Clone()
	inv := &q.Investments[0]
	inv.SetRealisation(model.Realisation{Year: 2027, OneOff: 100})
	inv.SetRealisation(model.Realisation{Year: 2026, OneOff: 50})
	inv.SetRealisation(model.Realisation{Year: 2027, OneOff: 70, Recurring: 5})
	if got := inv.Realisation; len(got) != 2 || got[0].Year != 2026 || got[1].OneOff != 70 || got[1].Total() != 75 {
		t.Errorf("realisation %+v", got)
	}
	if p.Investments[0].Realisation != nil {
		t.Error("SetRealisation wrote into a list the original shares")
	}
	v := &q.Visions[0]
	v.SetEvaluation(model.VisionEvaluation{Year: 2028, Rating: 4})
	v.SetEvaluation(model.VisionEvaluation{Year: 2027, Rating: 2})
	if e, ok := v.EvaluationIn(2028); !ok || e.Rating != 4 || v.Evaluations[0].Year != 2027 {
		t.Errorf("evaluations %+v", v.Evaluations)
	}
	if ps := q.Validate(); ps != nil {
		t.Fatal(ps.Messages(model.EN))
	}
	// Bad values, each named.
	q.Investments[0].Realisation = append(q.Investments[0].Realisation, model.Realisation{Year: 2026, OneOff: -1})
	q.Visions[0].Evaluations = append(q.Visions[0].Evaluations, model.VisionEvaluation{Year: 2040, Rating: 6})
	q.Assessments[0].Year = 2040
	q.StatusHistory = []model.StatusChange{{ID: model.NewID(), Status: model.StatusBesproken}}
	q.Versions = []model.Version{{ID: model.NewID(), Number: "1.0", Date: "2026-06-01", Status: model.StatusVastgesteld, Content: "nee"}}
	ps := q.Validate()
	for _, c := range []struct {
		reason string
		field  model.Field
	}{
		{"duplicate", model.FieldRealisationYear.At(2)}, {"negative", model.FieldRealisationOneOff.At(2)},
		{"outside_period", model.FieldEvaluationsYear.At(2)}, {"range", model.FieldEvaluationsRating.At(2)},
		{"outside_period", model.FieldYear}, {"required", model.FieldDate}, {"content", model.FieldVersionContent},
	} {
		if !ps.Has(c.reason, c.field) {
			t.Errorf("no %s on %s in %v", c.reason, c.field, ps.Messages(model.EN))
		}
	}
	if len(ps) != 7 {
		t.Errorf("%d problems, want 7: %v", len(ps), ps.Messages(model.NL))
	}
}

func TestAVersionWhoseContentIsNoPlanIsRefusedOnImport(t *testing.T) {
	data, _ := model.EncodeJSON(testplan.Regenboog(t))
	doc := strings.Replace(string(data), `"votes": []`, `"votes": [], "versions": [{"number": "1.0", "date": "2026-06-01", "status": "vastgesteld", "content": {"format": "balansplan/1"}}]`, 1)
	_, ps := model.DecodeJSONBytes([]byte(doc))
	if !ps.Has("content", model.FieldVersionContent) || ps[0].Entity != model.EntityVersion || ps[0].Ref != "1.0" {
		t.Fatalf("problems %v", ps)
	}
	if !strings.Contains(ps[0].Message(model.NL), "versie 1.0") {
		t.Errorf("message %q does not name the version", ps[0].Message(model.NL))
	}
}

func TestRoundYears(t *testing.T) {
	p := testplan.Regenboog(t)
	p.Assessments[1].Year = p.StartYear + 1
	got := p.RoundYears()
	if !reflect.DeepEqual(got, []int{p.StartYear, p.StartYear + 1}) {
		t.Errorf("rounds %v", got)
	}
}
