package board

import (
	"fmt"
	"testing"

	"balansplan/model"
	"balansplan/model/sample"
	"balansplan/planning"
)

// BenchmarkRollUp200 is the board's own part for 200 large plans, once
// their summaries are made: RollUp, the text overview and the JSON. The
// part before it (reading, loading and analysing each plan) is
// BenchmarkBoard in cmd/balansplan.
func BenchmarkRollUp200(b *testing.B) {
	schools := make([]School, 200)
	for i := range schools {
		p := sample.Generate(sample.LargeVisions, sample.LargeInvestments, sample.LargeYears, sample.LargeAssessments, int64(i+1))
		p.School.Name = fmt.Sprintf("School %03d", i+1)
		schools[i] = Summarise(fmt.Sprintf("school-%03d.balans", i+1), p, planning.Analyse(p, nil))
	}
	s := Settings{Ceiling: map[int]model.Money{2026: model.Euros(100_000_000), 2027: model.Euros(100_000_000)}}
	b.ReportAllocs()
	for b.Loop() {
		bd := RollUp(schools, s, day, nil, nil)
		_ = Report(bd, model.NL)
		if _, err := bd.JSON(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSummariseLarge is what the board adds per plan to its analysis.
func BenchmarkSummariseLarge(b *testing.B) {
	p := sample.Large()
	a := planning.Analyse(p, nil)
	b.ReportAllocs()
	for b.Loop() {
		_ = Summarise("large.balans", p, a)
	}
}
