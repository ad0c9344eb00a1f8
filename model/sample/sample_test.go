package sample

import (
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
