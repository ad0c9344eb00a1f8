package store_test

import (
	"bytes"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"balansplan/model"
	"balansplan/model/store"
	"balansplan/model/testplan"
)

// regenboogV3 is the plan in testdata/regenboog-v3.balans: regenboogV2
// with every field of schema version 3 set, as the program that wrote the
// fixture set them.
func regenboogV3(t *testing.T) *model.Plan {
	t.Helper()
	p := regenboogV2(t)
	p.Visions[0].Evaluation = model.Evaluation{Indicator: "Rekenscores groep 8", Moment: model.MonthOf(2028, 6)}
	for i := range p.Investments {
		if p.Investments[i].Block == model.BlockDeskundigheid {
			p.Investments[i].Focus = model.FocusDidactisch
		}
	}
	p.Assessments[0].Applications = []model.Application{model.ApplicationLvs, model.ApplicationDigibord}
	p.Assessments[1].Applications = []model.Application{}
	return p
}

// testdata/regenboog-v3.balans was written by the store of the release
// before the board chapters (commit a37c38b, schema version 3, built from
// a copy made with git archive, its clock set to 2026-11-30 05:00 UTC):
// store.Create of regenboogV3 and then SaveParticipantCopy, so that it
// holds a merge base and uses every table of version 3. This release must
// open it as it is, migrate it when it opens it for writing, keep every
// row, and take the board chapters.
func TestAVersion3FileOfThePreviousReleaseOpensMigratesAndKeepsEveryRow(t *testing.T) {
	// Counted by hand: the rows of the version 2 fixture, 2 applications
	// and the third step.
	v3 := map[string]int{"plan": 1, "plan_authors": 2, "budget_ceilings": 4, "visions": 3, "vision_returns": 6,
		"investments": 10, "investment_visions": 17, "investment_dependencies": 2, "agreements": 2,
		"assessments": 5, "assessment_scores": 25, "assessment_answers": 3, "assessment_applications": 2,
		"votes": 2, "vote_points": 3, "merge_base": 1, "schema_migrations": 3}
	path, migrated, rows := openOldRelease(t, oldRelease{"regenboog-v3.balans", 3, v3, regenboogV3(t)})
	if !migrated.Proposal.IsZero() || !migrated.Adoption.IsZero() || !migrated.Privacy.IsZero() || !migrated.Review.IsZero() ||
		!migrated.Narrative.IsZero() || migrated.Inventory != nil || migrated.Organisation != nil || migrated.Risks != nil {
		t.Errorf("the migrated plan has board data")
	}
	// The board chapters can be written into the migrated file at once:
	// the fixture's 2 signature lines, 8 inventory lines, 4 tasks and 5
	// risks.
	rows["plan_signatories"], rows["inventory"], rows["responsibilities"], rows["risks"] = 2, 8, 4, 5
	commitIntoOldRelease(t, path, rows, func(next *model.Plan) { withBoard(t, next) })
}

// latestVersion is the schema version of this build, and tablesSince the
// tables each version added: a migrated file has them, empty.
const latestVersion = 7

var tablesSince = map[int][]string{
	3: {"assessment_applications"},
	4: {"plan_signatories", "inventory", "responsibilities", "risks"},
	5: {"vision_evaluations", "realisations", "investment_status_changes", "plan_status_changes", "plan_versions"},
	6: {"plan_themes", "maturity_domains", "maturity_investments"},
}

// oldRelease is a .balans file in testdata that an earlier release wrote.
type oldRelease struct {
	file    string
	version int            // its schema version
	rows    map[string]int // its rows per table, counted by hand
	plan    *model.Plan    // the plan it holds, as that release wrote it
}

// loadWithBase opens the file at path with open, loads its plan and its
// merge base, and closes it.
func loadWithBase(t *testing.T, path string, open func(string) (*store.Doc, error)) (*model.Plan, *store.MergeBase) {
	t.Helper()
	d, err := open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	p, err := d.Load()
	if err != nil {
		t.Fatal(err)
	}
	b, err := d.MergeBase()
	if err != nil || b == nil {
		t.Fatalf("merge base %v, %v", b, err)
	}
	return p, b
}

// openOldRelease copies the fixture o into a temporary folder and checks
// what this release must do with it: OpenReadOnly reads it as it is and
// leaves it byte for byte; Open migrates it to the latest version and
// keeps every row (the tables added since are there, empty), the plan
// and the merge base, and the plan validates, so it can be analysed. It
// returns the copy's path, the migrated plan and the rows of the
// migrated file.
func openOldRelease(t *testing.T, o oldRelease) (path string, migrated *model.Plan, rows map[string]int) {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("testdata", o.file))
	if err != nil {
		t.Fatal(err)
	}
	path = filepath.Join(t.TempDir(), o.file)
	if err := os.WriteFile(path, src, 0o644); err != nil {
		t.Fatal(err)
	}
	if v := userVersion(t, path); v != o.version {
		t.Fatalf("the fixture is at version %d, not %d", v, o.version)
	}
	if got := rowCounts(t, path); !maps.Equal(got, o.rows) {
		t.Fatalf("the fixture holds %v, want %v", got, o.rows)
	}
	want := withoutIDs(t, o.plan)

	old, oldBase := loadWithBase(t, path, store.OpenReadOnly)
	if got := withoutIDs(t, old); got != want {
		t.Errorf("the version %d file reads as\n%s\nwant\n%s", o.version, got, want)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(after, src) {
		t.Fatalf("OpenReadOnly changed the version %d file", o.version)
	}

	migrated, base := loadWithBase(t, path, store.Open)
	if v := userVersion(t, path); v != latestVersion {
		t.Errorf("user_version %d after Open, want %d", v, latestVersion)
	}
	rows = maps.Clone(o.rows)
	rows["schema_migrations"] = latestVersion
	for v := o.version + 1; v <= latestVersion; v++ {
		for _, table := range tablesSince[v] {
			rows[table] = 0
		}
	}
	if got := rowCounts(t, path); !maps.Equal(got, rows) {
		t.Errorf("after the migration the file holds %v, want %v", got, rows)
	}
	if !reflect.DeepEqual(old, migrated) {
		t.Errorf("the migrated plan differs:\n%s\n%s", withoutIDs(t, old), withoutIDs(t, migrated))
	}
	if base.SHA256 != oldBase.SHA256 || !reflect.DeepEqual(base.Plan, oldBase.Plan) || base.MadeAt != oldBase.MadeAt {
		t.Error("the merge base changed in the migration")
	}
	if ps := migrated.Validate(); ps != nil {
		t.Fatalf("the migrated plan does not validate, so cannot be analysed: %v", ps.Messages(model.EN))
	}
	return path, migrated, rows
}

// commitIntoOldRelease commits the edit of the plan in the migrated file
// at path and checks that the file then holds the edited plan and the
// rows want, and that Check finds nothing.
func commitIntoOldRelease(t *testing.T, path string, want map[string]int, edit func(next *model.Plan)) {
	t.Helper()
	d, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	prev, err := d.Load()
	if err != nil {
		t.Fatal(err)
	}
	next := prev.Clone()
	edit(next)
	if err := d.Commit(prev, next); err != nil {
		t.Fatal(err)
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	got, _ := loadWithBase(t, path, store.OpenReadOnly)
	if !reflect.DeepEqual(got, next) {
		t.Errorf("after the commit:\n%s\nwant\n%s", withoutIDs(t, got), withoutIDs(t, next))
	}
	if counts := rowCounts(t, path); !maps.Equal(counts, want) {
		t.Errorf("after the commit the file holds %v, want %v", counts, want)
	}
	if ps, err := store.Check(path); err != nil || len(ps) > 0 {
		t.Errorf("Check: %v %v", ps, err)
	}
}

// withBoard gives p the board chapters of the board fixture.
func withBoard(t *testing.T, p *model.Plan) *model.Plan {
	t.Helper()
	b := testplan.Board(t)
	p.Proposal, p.Adoption, p.Privacy, p.Review, p.Narrative = b.Proposal, b.Adoption, b.Privacy, b.Review, b.Narrative
	p.Inventory, p.Organisation, p.Risks = b.Inventory, b.Organisation, b.Risks
	return p
}

// The board fixture goes into a new file and comes back the same, through
// Open and OpenReadOnly, and Check finds nothing.
func TestTheBoardFixtureSurvivesTheFile(t *testing.T) {
	p := testplan.Board(t)
	path, loaded := readBack(t, "board.balans", p)
	for _, q := range loaded {
		a, b := p.Clone(), q.Clone()
		if !reflect.DeepEqual(a.Proposal, b.Proposal) || !reflect.DeepEqual(a.Adoption, b.Adoption) ||
			!reflect.DeepEqual(a.Inventory, b.Inventory) || !reflect.DeepEqual(a.Organisation, b.Organisation) ||
			!reflect.DeepEqual(a.Risks, b.Risks) || a.Privacy != b.Privacy || a.Review != b.Review || a.Narrative != b.Narrative {
			t.Errorf("the board chapters differ after the file")
		}
		if x, y := withoutIDs(t, p), withoutIDs(t, q); x != y {
			t.Errorf("the plan differs after the file:\n%s\n%s", x, y)
		}
	}
	if ps, err := store.Check(path); err != nil || len(ps) > 0 {
		t.Errorf("Check: %v %v", ps, err)
	}
}
