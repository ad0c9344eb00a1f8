package model_test

import (
	"slices"
	"strings"
	"testing"

	"balansplan/model"
	"balansplan/model/sample"
	"balansplan/model/testplan"
)

// BenchmarkValidateLarge is one Validate of the large generated plan
// (sample.Large: 600 investments, 40 visions, 100 participants, 8 years).
// A keystroke in the GUI validates the edited plan more than once (the
// form's Try, the store's Commit, the document's problems), so this sits
// on the path of every edit.
func BenchmarkValidateLarge(b *testing.B) {
	p := sample.Large()
	if ps := p.Validate(); len(ps) > 0 {
		b.Fatalf("the large plan has problems: %v", ps)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if ps := p.Validate(); len(ps) > 0 {
			b.Fatal(ps)
		}
	}
}

// Validate spells out the field of a score or an answer only when it has
// a problem; the fields and their order are what they were when every
// field was spelled out first: unknown blocks, then the bouwstenen in
// their order, then the answers in the list's order.
func TestValidateNamesScoresAndAnswersByTheirPlace(t *testing.T) {
	p := testplan.Regenboog(t)
	a := &p.Assessments[0]
	a.Scores = map[model.Block]model.Score{
		"quantum":        {},
		"infrastructuur": {Goal: -1},
		"visie":          {Now: 7},
		"deskundigheid":  {Now: 3, Goal: 4},
	}
	a.Answers = []model.Answer{
		{Statement: "", Now: 9},
		{Statement: "S1"},
		{Statement: "S1", Goal: 6},
		{Statement: "a\x01"},
	}
	// Worked out by hand from the rules: the unknown block, visie's now
	// (7) and infrastructuur's goal (-1), in the order of the
	// bouwstenen; then answer 0 has no statement and a now of 9, answer
	// 2 repeats S1 and has a goal of 6, answer 3 holds U+0001.
	want := []string{
		"scores enum",
		"scores.visie.now range",
		"scores.infrastructuur.goal range",
		"answers[0].statement required",
		"answers[0].now range",
		"answers[2].statement duplicate",
		"answers[2].goal range",
		"answers[3].statement control",
	}
	var got []string
	for _, pr := range p.Validate() {
		if pr.Entity == model.EntityAssessment {
			got = append(got, pr.Field+" "+pr.Reason)
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
