package planning

import (
	"testing"

	"balansplan/model"
	"balansplan/model/testplan"
)

// With a second self-assessment round, the analysis is that of the latest
// round alone: the regenboog team's first round plus one participant who
// scores every bouwsteen 1 now and 5 as goal in 2028 gives levels of
// exactly 1 and 5 (that participant alone), and 1 participant; without
// the latest-round rule the levels would be means over both rounds.
func TestTheAnalysisUsesTheLatestRound(t *testing.T) {
	p := testplan.Regenboog(t)
	first := len(p.Assessments)
	if first < 2 {
		t.Fatalf("the example has %d assessments; the test needs a team", first)
	}
	scores := map[model.Block]model.Score{}
	for _, b := range model.Blocks() {
		scores[b] = model.Score{Now: 1, Goal: 5}
	}
	p.Assessments = append(p.Assessments, model.Assessment{
		ID: model.NewID(), Participant: "Later", Role: p.Assessments[0].Role,
		Scores: scores, Year: p.StartYear + 2,
	})
	a := Analyse(p, mustReference(t))
	if a.Levels.Participants != 1 {
		t.Errorf("participants %d, want 1 (the latest round only)", a.Levels.Participants)
	}
	for _, bl := range a.Levels.Blocks {
		if bl.Now.Level() != known(1) || bl.Goal.Level() != known(5) {
			t.Errorf("%s: now %v goal %v, want 1 and 5", bl.Block, bl.Now.Level(), bl.Goal.Level())
		}
	}
	// The first round is still there for the years before.
	if got := Analyse(AtYear(p, p.StartYear), mustReference(t)).Levels.Participants; got != first {
		t.Errorf("the first year's analysis counts %d participants, want %d", got, first)
	}
}
