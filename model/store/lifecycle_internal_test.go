package store

import (
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"balansplan/model"
	"balansplan/model/testplan"
)

// schemaVersion is the schema version of this build (board_test.go has
// the same number as latestVersion for the tests outside the package).
const schemaVersion = 7

// undoLifecycle takes a file of this build back to schema version 4 by
// undoing migrations/0005_lifecycle.sql.
var undoLifecycle = append(slices.Clip(undoThemes), []string{
	"DROP TABLE vision_evaluations",
	"DROP TABLE realisations",
	"DROP TABLE investment_status_changes",
	"DROP TABLE plan_status_changes",
	"DROP TABLE plan_versions",
	"ALTER TABLE assessments DROP COLUMN round_year",
	"DELETE FROM schema_migrations WHERE version = 5",
	"PRAGMA user_version = 4",
}...)

// Recording one year's realisation of one investment rewrites that
// investment's realisation rows only: 1 delete, 2 inserts (the year
// before and the new one) and the revision, 4 rows by total_changes().
// Adopting again adds 1 status change and 1 version row, and changes
// the plan row (status, version): 3 rows and the revision.
func TestCommittingRealisationWritesThatInvestmentsRowsOnly(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "plan.balans")
	p := testplan.Board(t)
	p.Investments[2].SetRealisation(model.Realisation{Year: p.StartYear, OneOff: 100})
	d := mustCreate(t, path, p)
	defer d.Close()
	prev := mustLoad(t, d)
	next := prev.Clone()
	next.Investments[2].SetRealisation(model.Realisation{Year: p.StartYear + 1, OneOff: 250, Recurring: 40})

	c := diff(prev, next, prev.ID)
	if !slices.Equal(c.realisations.clear, []string{prev.Investments[2].ID}) || len(c.realisations.insert) != 2 {
		t.Errorf("realisations = %+v", c.realisations)
	}
	c.realisations = childDiff[realisationRow]{}
	if !c.empty() {
		t.Errorf("the diff holds more than the realisation: %+v", c)
	}
	before := totalChanges(t, d)
	if err := d.Commit(prev, next); err != nil {
		t.Fatal(err)
	}
	if n := totalChanges(t, d) - before; n != 4 {
		t.Errorf("%d rows changed, want 4", n)
	}

	prev = next
	next = prev.Clone()
	next.Status, next.Version = model.StatusBesproken, "2.0"
	if _, ps := next.Adopt("2027-06-01", "cvb", ""); ps != nil {
		t.Fatal(ps)
	}
	before = totalChanges(t, d)
	if err := d.Commit(prev, next); err != nil {
		t.Fatal(err)
	}
	if n := totalChanges(t, d) - before; n != 4 {
		t.Errorf("%d rows changed by the adoption, want 4", n)
	}
	if got := mustLoad(t, d); !reflect.DeepEqual(got, next) || got.Versions[0].Number != "2.0" {
		t.Error("the adopted plan did not come back")
	}
}
