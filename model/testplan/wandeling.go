package testplan

import (
	"testing"

	"balansplan/model"
)

// Wandeling is the plan of the four-year walk of issue 15 ("OBS De
// Wandeling", 2026-2029) before its first step: two vision statements,
// five investments (D1, I1, N1, L1, N2), one agreement and two
// self-assessments. planning's lifecycle walk and export's changes and
// progress chapters take it through the years and work their figures out
// by hand from it; every call returns a new plan with new IDs.
func Wandeling(tb testing.TB) *model.Plan {
	tb.Helper()
	m, eur := model.MonthOf, model.Euros
	v1, v2 := model.NewID(), model.NewID()
	p := &model.Plan{
		ID: model.NewID(), School: model.School{Name: "OBS De Wandeling", Pupils: 200}, Title: "Ict-plan 2026-2029",
		StartYear: 2026, EndYear: 2029, Status: model.StatusConcept,
		Visions: []model.Vision{
			{ID: v1, Code: "V1", Title: "Adaptief rekenen", Evaluation: model.Evaluation{Indicator: "Rekenscores groep 6-8", Moment: m(2027, 6)}},
			{ID: v2, Code: "V2", Title: "Digitale geletterdheid"},
		},
		Investments: []model.Investment{
			{ID: model.NewID(), Code: "D1", Title: "Scholing rekenen", Block: model.BlockDeskundigheid, Start: m(2026, 8), End: m(2027, 6),
				Status: model.InvGepland, Cost: model.Cost{OneOff: eur(10000)}, VisionIDs: []string{v1}},
			{ID: model.NewID(), Code: "I1", Title: "Adaptief rekenprogramma", Block: model.BlockInhoud, Start: m(2026, 9),
				Status: model.InvGepland, Cost: model.Cost{Recurring: eur(2000)}, VisionIDs: []string{v1}, MaterialType: model.MaterialAdaptief},
			{ID: model.NewID(), Code: "N1", Title: "Tablets", Block: model.BlockInfrastructuur, Start: m(2027, 1), End: m(2027, 3),
				Status: model.InvGepland, Cost: model.Cost{OneOff: eur(30000)}, VisionIDs: []string{v2}},
			{ID: model.NewID(), Code: "L1", Title: "Sturen op ict", Block: model.BlockLeiderschap, Start: m(2028, 1), End: m(2028, 12),
				Status: model.InvGepland, Cost: model.Cost{OneOff: eur(5000)}},
			{ID: model.NewID(), Code: "N2", Title: "Nieuwe wifi", Block: model.BlockInfrastructuur, Start: m(2029, 1),
				Status: model.InvGepland, Cost: model.Cost{OneOff: eur(6000)}, VisionIDs: []string{v2}},
		},
		Agreements: []model.Agreement{{ID: model.NewID(), Kind: model.AgreementDidactisch, Coverage: model.CoverageDeels, Text: "Iedere week rekenen op de tablet."}},
		Assessments: []model.Assessment{
			{ID: model.NewID(), Participant: "p1", Role: model.RoleLeraar, Scores: map[model.Block]model.Score{model.BlockVisie: {Now: 2, Goal: 4}}},
			{ID: model.NewID(), Participant: "p2", Role: model.RoleSchoolleider, Scores: map[model.Block]model.Score{model.BlockVisie: {Now: 4, Goal: 5}}},
		},
	}
	if ps := p.Validate(); ps != nil {
		tb.Fatal(ps.Messages(model.EN))
	}
	return p
}
