package store

import (
	"errors"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"balansplan/model"
	"balansplan/model/testplan"
)

// undoBoard takes a file of this build back to schema version 3 by undoing
// migrations/0004_board.sql, for tests of an older file.
var undoBoard = append(slices.Clip(undoLifecycle), []string{
	"DROP TABLE plan_signatories",
	"DROP TABLE inventory",
	"DROP TABLE responsibilities",
	"DROP TABLE risks",
	"ALTER TABLE plan DROP COLUMN proposal_decision",
	"ALTER TABLE plan DROP COLUMN proposal_funding",
	"ALTER TABLE plan DROP COLUMN proposal_over_ceiling",
	"ALTER TABLE plan DROP COLUMN proposal_conditions",
	"ALTER TABLE plan DROP COLUMN adoption_date",
	"ALTER TABLE plan DROP COLUMN adoption_by",
	"ALTER TABLE plan DROP COLUMN council_kind",
	"ALTER TABLE plan DROP COLUMN council_outcome",
	"ALTER TABLE plan DROP COLUMN council_date",
	"ALTER TABLE plan DROP COLUMN council_note",
	"ALTER TABLE plan DROP COLUMN privacy_responsible",
	"ALTER TABLE plan DROP COLUMN privacy_processing_agreements",
	"ALTER TABLE plan DROP COLUMN privacy_dpia",
	"ALTER TABLE plan DROP COLUMN privacy_note",
	"ALTER TABLE plan DROP COLUMN review_by",
	"ALTER TABLE plan DROP COLUMN review_when",
	"ALTER TABLE plan DROP COLUMN review_how",
	"ALTER TABLE plan DROP COLUMN situation",
	"ALTER TABLE plan DROP COLUMN organisation",
	"ALTER TABLE plan DROP COLUMN replacement",
	"ALTER TABLE plan DROP COLUMN communication",
	"ALTER TABLE plan DROP COLUMN schoolplan",
	"DELETE FROM schema_migrations WHERE version = 4",
	"PRAGMA user_version = 3",
}...)

// Edits of the board chapters (issue 13), each committed and undone on the
// example with full board data.
var boardEdits = []struct {
	name string
	edit func(p *model.Plan)
}{
	{"change the proposal, the adoption and the council", func(p *model.Plan) {
		p.Proposal.Decision = "Alleen 2026 vaststellen."
		p.Proposal.Conditions = ""
		p.Adoption.Date, p.Adoption.By = "2026-07-01", "Raad van toezicht"
		p.Adoption.Council = model.Council{Kind: model.CouncilInstemming, Outcome: model.CouncilNegatief, Date: "2026-06-30"}
	}},
	{"add, change, drop and reorder signatories", func(p *model.Plan) {
		p.Adoption.Signatories = []model.Signatory{{Function: "voorzitter MR"}, {Name: "A. Bakker", Function: "voorzitter"}}
	}},
	{"clear the privacy paragraph, the review and the narrative", func(p *model.Plan) {
		p.Privacy, p.Review, p.Narrative = model.Privacy{}, model.Review{}, model.Narrative{}
		p.Review.How = "Anders."
	}},
	{"add, change, delete and reorder inventory lines", func(p *model.Plan) {
		p.Inventory[1].Quantity, p.Inventory[1].Note = 15, "Eén erbij."
		p.RemoveInventoryItem(p.Inventory[3].ID)
		slices.Reverse(p.Inventory)
		p.Inventory = slices.Insert(p.Inventory, 2, model.InventoryItem{ID: model.NewID(), Kind: model.InventoryKnelpunt,
			Description: "Printer op de gang", Year: 2020})
	}},
	{"add, change, delete and reorder tasks", func(p *model.Plan) {
		p.Organisation[0].HoursPerYear = 30
		p.RemoveResponsibility(p.Organisation[2].ID)
		p.Organisation[0], p.Organisation[1] = p.Organisation[1], p.Organisation[0]
		p.Organisation = append(p.Organisation, model.Responsibility{ID: model.NewID(), Task: "Mediacoach", HoursPerYear: 40})
	}},
	{"add, change, delete and reorder risks", func(p *model.Plan) {
		p.Risks[4].Likelihood, p.Risks[4].Impact = model.GradeHoog, ""
		p.RemoveRisk(p.Risks[0].ID)
		p.Risks = append([]model.Risk{{ID: model.NewID(), Description: "Stroomstoring", Owner: "conciërge"}}, p.Risks...)
	}},
	{"drop every board chapter", func(p *model.Plan) {
		p.Proposal, p.Adoption, p.Privacy, p.Review, p.Narrative = model.Proposal{}, model.Adoption{}, model.Privacy{}, model.Review{}, model.Narrative{}
		p.Inventory, p.Organisation, p.Risks = nil, nil, nil
	}},
	{"change the plan's ID", func(p *model.Plan) { p.ID = model.NewID() }},
}

func TestEditsOfTheBoardChaptersCommitAndUndo(t *testing.T) {
	t.Parallel()
	for _, e := range boardEdits {
		t.Run(e.name, func(t *testing.T) {
			commitAndUndo(t, testplan.Board(t), e.edit)
		})
	}
	// And the way in: a plan without board data gets all of it in one edit.
	t.Run("add every board chapter", func(t *testing.T) {
		board := testplan.Board(t)
		commitAndUndo(t, regenboog(t), func(p *model.Plan) {
			p.Proposal, p.Adoption, p.Privacy, p.Review, p.Narrative = board.Proposal, board.Adoption, board.Privacy, board.Review, board.Narrative
			p.Inventory, p.Organisation, p.Risks = board.Inventory, board.Organisation, board.Risks
		})
	})
}

// totalChanges is SQLite's count of the rows this Doc's connection has
// inserted, updated or deleted since it opened.
func totalChanges(t *testing.T, d *Doc) int {
	t.Helper()
	var n int
	if err := d.db.Raw("SELECT total_changes()").Scan(&n).Error; err != nil {
		t.Fatal(err)
	}
	return n
}

// A changed risk is one UPDATE of its row, beside the plan's revision: the
// diff does not rewrite the register, the inventory or the plan row.
func TestCommittingOneChangedRiskWritesThatRowOnly(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "plan.balans")
	d := mustCreate(t, path, testplan.Board(t))
	defer d.Close()
	prev := mustLoad(t, d)
	next := prev.Clone()
	next.Risks[2].Measure = "Een contract voor vijf jaar."

	c := diff(prev, next, prev.ID)
	if len(c.risks.update) != 1 || c.risks.update[0].ID != prev.Risks[2].ID || c.risks.update[0].Measure != next.Risks[2].Measure {
		t.Errorf("risk updates = %+v", c.risks.update)
	}
	c.risks.update = nil
	if !c.empty() {
		t.Errorf("more than the one update: %+v", c)
	}

	before := totalChanges(t, d)
	if err := d.Commit(prev, next); err != nil {
		t.Fatal(err)
	}
	// Worked out: the revision (one plan row) and the risk's row.
	if n := totalChanges(t, d) - before; n != 2 {
		t.Errorf("the commit changed %d rows, want 2", n)
	}
	got := mustLoad(t, d)
	if !reflect.DeepEqual(got.Risks, next.Risks) {
		t.Errorf("risks after the commit: %+v", got.Risks)
	}

	// A signature line changed rewrites the signature lines only: delete
	// 2, insert 2, and the revision.
	prev, next = got, got.Clone()
	next.Adoption.Signatories[1].Function = "directeur-bestuurder"
	before = totalChanges(t, d)
	if err := d.Commit(prev, next); err != nil {
		t.Fatal(err)
	}
	if n := totalChanges(t, d) - before; n != 5 {
		t.Errorf("the commit changed %d rows, want 5", n)
	}
	// Moving the last risk to the front moves five rows in one statement.
	prev, next = next, next.Clone()
	next.Risks = append([]model.Risk{next.Risks[4]}, next.Risks[:4]...)
	before = totalChanges(t, d)
	if err := d.Commit(prev, next); err != nil {
		t.Fatal(err)
	}
	if n := totalChanges(t, d) - before; n != 6 {
		t.Errorf("the move changed %d rows, want 6", n)
	}
	_, got = reopen(t, d)
	if a, b := encode(t, next), encode(t, got); a != b {
		t.Errorf("the file differs from the plan:\n%s", lineDiff(a, b))
	}
}

// A stored problem in a board list keeps to its entity: an edit elsewhere
// in the plan is taken, an edit that adds a problem to another risk is
// not, and the fix is.
func TestAStoredProblemInTheRiskRegisterDoesNotBlockOtherEdits(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "plan.balans")
	mustCreate(t, path, testplan.Board(t)).Close()
	tamper(t, path, "UPDATE risks SET likelihood = 'enorm' WHERE position = 3")
	d, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	prev := mustLoad(t, d)
	if ps := prev.Validate(); len(ps) != 1 || !ps.Has("enum", model.FieldLikelihood) || ps[0].Ref != "#4" {
		t.Fatalf("stored problem: %v", ps.Messages(model.EN))
	}
	next := prev.Clone()
	next.Risks[3].Owner = "bestuurder" // the same risk, another field
	next.Inventory[0].Quantity = 33    // elsewhere
	next.RemoveRisk(next.Risks[0].ID)  // the risk moves up to #3
	if err := d.Commit(prev, next); err != nil {
		t.Fatalf("an edit that adds no problem is refused: %v", err)
	}
	// Fixing the stored value while breaking the same field of another
	// risk moves the problem to a risk that had none: refused.
	bad := next.Clone()
	bad.Risks[2].Likelihood = model.GradeMidden
	bad.Risks[0].Likelihood = "enorm"
	err = d.Commit(next, bad)
	var ps model.Problems
	if !errors.As(err, &ps) || len(ps) != 1 || ps[0].Field != string(model.FieldLikelihood) || ps[0].Ref != "#1" {
		t.Fatalf("an added problem: %v", err)
	}
	fixed := next.Clone()
	fixed.Risks[2].Likelihood = model.GradeMidden
	if err := d.Commit(next, fixed); err != nil {
		t.Fatal(err)
	}
	d.Close()
	if ps, err := Check(path); err != nil || len(ps) > 0 {
		t.Errorf("Check after the fix: %v %v", ps, err)
	}
}
