package sample

import (
	"reflect"
	"testing"

	"balansplan/model"
)

func TestLargePlanIsValidAndHasTheAgreedSize(t *testing.T) {
	p := Large()
	if ps := p.Validate(); len(ps) > 0 {
		t.Fatalf("large plan does not validate: %v", ps)
	}
	if len(p.Visions) != 40 || len(p.Investments) != 600 || len(p.Assessments) != 100 || len(p.Years()) != 8 {
		t.Fatalf("size: %d visions, %d investments, %d assessments, %d years",
			len(p.Visions), len(p.Investments), len(p.Assessments), len(p.Years()))
	}
	if len(p.Inventory) != 24 || len(p.Organisation) != 4 || len(p.Risks) != 12 || p.Proposal.IsZero() || p.Adoption.IsZero() ||
		p.Privacy.IsZero() || p.Review.IsZero() || p.Narrative.IsZero() {
		t.Fatalf("board chapters: %d inventory lines, %d tasks, %d risks, blocks %+v %+v",
			len(p.Inventory), len(p.Organisation), len(p.Risks), p.Proposal, p.Adoption)
	}
}

func TestLargePlanIsTheSameEveryTime(t *testing.T) {
	a, err := model.EncodeJSON(Large())
	if err != nil {
		t.Fatal(err)
	}
	b, _ := model.EncodeJSON(Large())
	if string(a) != string(b) {
		t.Fatal("two calls gave different plans")
	}
}

func TestLargeScaledIsValidAndScalesEveryList(t *testing.T) {
	if got, want := LargeScaled(1), Large(); !reflect.DeepEqual(got, want) {
		t.Error("LargeScaled(1) differs from Large()")
	}
	p := LargeScaled(4)
	if probs := p.Validate(); len(probs) > 0 {
		t.Fatalf("LargeScaled(4) is invalid: %v", probs)
	}
	if len(p.Visions) != 160 || len(p.Investments) != 2400 || len(p.Assessments) != 400 || p.EndYear-p.StartYear+1 != 8 {
		t.Errorf("LargeScaled(4): %d visions, %d investments, %d assessments, %d years; want 160, 2400, 400, 8",
			len(p.Visions), len(p.Investments), len(p.Assessments), p.EndYear-p.StartYear+1)
	}
	if len(p.Inventory) != 96 || len(p.Organisation) != 16 || len(p.Risks) != 48 || len(p.Adoption.Signatories) != 2 {
		t.Errorf("LargeScaled(4): %d inventory lines, %d tasks, %d risks, %d signatories; want 96, 16, 48, 2",
			len(p.Inventory), len(p.Organisation), len(p.Risks), len(p.Adoption.Signatories))
	}
}
