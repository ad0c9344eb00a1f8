package store_test

import (
	"reflect"
	"testing"

	"balansplan/model"
	"balansplan/model/store"
	"balansplan/model/testplan"
)

// withLifecycle records a year of the plan's life in p: the MR's advice
// and the adoption (2 status changes and a frozen version), realisation of
// the first investment in 2 years and of the second in 1, 2 dated status
// changes of the first, an evaluation of the first vision and a second
// self-assessment round for the first participant.
func withLifecycle(t *testing.T, p *model.Plan) *model.Plan {
	t.Helper()
	if _, ps := p.SetStatus(model.StatusBesproken, "2026-06-01", "MR", "positief advies"); ps != nil {
		t.Fatal(ps)
	}
	if _, ps := p.Adopt("2026-06-23", "College van bestuur", "vastgesteld"); ps != nil {
		t.Fatal(ps)
	}
	y := p.StartYear
	p.Investments[0].SetRealisation(model.Realisation{Year: y, OneOff: 123456, Recurring: 0})
	p.Investments[0].SetRealisation(model.Realisation{Year: y + 1, OneOff: 0, Recurring: 5000})
	p.Investments[1].SetRealisation(model.Realisation{Year: y, OneOff: 0, Recurring: 0})
	if ps := p.Investments[0].RecordStatus("2026-09-01", model.InvLopend, "gestart"); ps != nil {
		t.Fatal(ps)
	}
	if ps := p.Investments[0].RecordStatus("2027-03-01", model.InvAfgerond, ""); ps != nil {
		t.Fatal(ps)
	}
	p.Visions[0].SetEvaluation(model.VisionEvaluation{Year: y + 1, Rating: 4, Note: "De scores stegen."})
	p.Assessments[0].Year = y + 1
	return p
}

// testdata/regenboog-v4.balans was written by the store of the release
// before the plan's life (commit 3864a04, schema version 4, built from a
// copy made with git archive, its clock set to 2026-11-30 05:30 UTC):
// store.Create of the board fixture and then SaveParticipantCopy, so that
// it holds a merge base and uses every table of version 4. This release
// opens it as it is, migrates it when it opens it for writing, keeps
// every row, and takes a year of the plan's life.
func TestAVersion4FileOfThePreviousReleaseOpensMigratesAndTakesTheLifecycle(t *testing.T) {
	// Counted by hand in regenboog-board.json: the example's rows (no
	// answers, applications or votes) and the board chapters' 2
	// signatories, 8 inventory lines, 4 tasks and 5 risks.
	v4 := map[string]int{"plan": 1, "plan_authors": 2, "budget_ceilings": 4, "visions": 3, "vision_returns": 6,
		"investments": 10, "investment_visions": 17, "investment_dependencies": 2, "agreements": 2,
		"assessments": 5, "assessment_scores": 25, "assessment_answers": 0, "assessment_applications": 0,
		"votes": 0, "vote_points": 0, "plan_signatories": 2, "inventory": 8, "responsibilities": 4, "risks": 5,
		"merge_base": 1, "schema_migrations": 4}
	path, migrated, rows := openOldRelease(t, oldRelease{"regenboog-v4.balans", 4, v4, testplan.Board(t)})
	if migrated.StatusHistory != nil || migrated.Versions != nil || migrated.RoundYears()[0] != migrated.StartYear ||
		len(migrated.RoundYears()) != 1 {
		t.Errorf("the migrated plan has lifecycle data")
	}
	// withLifecycle: 2 status changes, 1 version, 3 realisation rows, 2
	// investment status changes, 1 evaluation.
	rows["plan_status_changes"], rows["plan_versions"], rows["realisations"] = 2, 1, 3
	rows["investment_status_changes"], rows["vision_evaluations"] = 2, 1
	commitIntoOldRelease(t, path, rows, func(next *model.Plan) { withLifecycle(t, next) })

	// A version reads back on its own, and is the plan as adopted.
	d, err := store.OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	p, err := d.Load()
	if err != nil {
		t.Fatal(err)
	}
	v, ok, err := d.Version("1.0")
	if err != nil || !ok || !reflect.DeepEqual(v, p.Versions[0]) {
		t.Fatalf("Version(1.0) = %v %v %v", ok, err, v.Number)
	}
	frozen, ps := v.Plan()
	if ps != nil || frozen.Status != model.StatusVastgesteld || len(frozen.StatusHistory) != 2 || frozen.Investments[0].Realisation != nil {
		t.Errorf("frozen plan: %v, status %s, history %d", ps, frozen.Status, len(frozen.StatusHistory))
	}
	if _, ok, err := d.Version("9.9"); ok || err != nil {
		t.Errorf("Version(9.9) = %v, %v", ok, err)
	}
}

// The plan's life goes into a new file and comes back the same through
// Open and OpenReadOnly.
func TestTheLifecycleSurvivesTheFile(t *testing.T) {
	p := withLifecycle(t, testplan.Board(t))
	path, loaded := readBack(t, "life.balans", p)
	for i, q := range loaded {
		if !reflect.DeepEqual(p, q) {
			t.Errorf("%s: the plan differs after the file:\n%s\n%s", readBackBy[i], withoutIDs(t, p), withoutIDs(t, q))
		}
	}
	if ps, err := store.Check(path); err != nil || len(ps) > 0 {
		t.Errorf("Check: %v %v", ps, err)
	}
}
