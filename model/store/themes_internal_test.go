package store

import (
	"path/filepath"
	"slices"
	"testing"

	"balansplan/model"
	"balansplan/model/testplan"
)

// undoPrevious takes a file of this build back to schema version 6 by
// undoing migrations/0007_previous.sql.
var undoPrevious = []string{
	"ALTER TABLE plan DROP COLUMN previous_id",
	"ALTER TABLE plan DROP COLUMN previous_title",
	"ALTER TABLE plan DROP COLUMN previous_version",
	"DELETE FROM schema_migrations WHERE version = 7",
	"PRAGMA user_version = 6",
}

// undoThemes takes a file of this build back to schema version 5 by
// undoing migrations/0007_previous.sql and 0006_themes.sql.
var undoThemes = append(slices.Clip(undoPrevious), []string{
	"DROP TABLE maturity_investments",
	"DROP TABLE maturity_domains",
	"DROP TABLE plan_themes",
	"ALTER TABLE visions DROP COLUMN theme",
	"ALTER TABLE investments DROP COLUMN theme",
	"ALTER TABLE agreements DROP COLUMN theme",
	"DELETE FROM schema_migrations WHERE version = 6",
	"PRAGMA user_version = 5",
}...)

// withRegister gives p two themes, marks and a maturity register of two
// domains linked to its investments.
func withRegister(p *model.Plan) {
	p.Themes = []string{"ibp", "ai"}
	p.Visions[0].Theme = "ai"
	p.Investments[1].Theme = "ibp"
	p.Agreements[0].Theme = "ibp"
	p.Maturity = []model.MaturityDomain{
		{ID: "0000000d-0000-4000-8000-000000000000", Norm: "bp.toegang", Domain: "Toegang", Title: "Wachtwoorden",
			Current: 2, Target: 3, InvestmentIDs: []string{p.Investments[1].ID, p.Investments[0].ID}},
		{ID: "0000000d-0000-4000-8000-000000000001", Domain: "Mensen", Title: "Training", Target: 4},
	}
}

// A version 5 file (this build's file with 0006 undone) opens read-only
// as the same plan, and Open migrates it; the register can then be
// written into it.
func TestAVersion5FileMigratesToTheThemes(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "v5.balans")
	base := testplan.Board(t)
	mustCreate(t, path, base).Close()
	tamper(t, path, undoThemes...)
	if userVersion(t, path) != 5 {
		t.Fatalf("user_version %d", userVersion(t, path))
	}
	want := encode(t, base)
	r, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := encode(t, mustLoad(t, r)); got != want {
		t.Errorf("read-only:\n%s", lineDiff(want, got))
	}
	r.Close()
	d, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	if userVersion(t, path) != schemaVersion {
		t.Fatalf("user_version %d after Open", userVersion(t, path))
	}
	prev := mustLoad(t, d)
	next := prev.Clone()
	withRegister(next)
	if err := d.Commit(prev, next); err != nil {
		t.Fatal(err)
	}
	if got, want := encode(t, mustLoad(t, d)), encode(t, next); got != want {
		t.Errorf("after the commit:\n%s", lineDiff(want, got))
	}
}

// Changing one domain's level rewrites that domain's row only: 1 row and
// the revision, 2 rows by total_changes(). Unlinking one investment from
// it rewrites its links: 2 deleted, 1 inserted, and the revision: 4.
// Choosing a third theme rewrites the plan's themes: 2 deleted, 3
// inserted, and the revision: 6.
func TestCommittingTheRegisterWritesItsOwnRowsOnly(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "plan.balans")
	p := testplan.Board(t)
	withRegister(p)
	d := mustCreate(t, path, p)
	defer d.Close()
	for _, c := range []struct {
		name string
		edit func(p *model.Plan)
		rows int
	}{
		{"a level", func(p *model.Plan) { p.Maturity[0].Current = 3 }, 2},
		{"a link", func(p *model.Plan) { p.Maturity[0].InvestmentIDs = p.Maturity[0].InvestmentIDs[1:] }, 4},
		{"a theme", func(p *model.Plan) { p.ChooseTheme("smartphones") }, 6},
		{"an investment's theme", func(p *model.Plan) { p.Investments[1].Theme = "" }, 2},
	} {
		prev := mustLoad(t, d)
		next := prev.Clone()
		c.edit(next)
		before := totalChanges(t, d)
		if err := d.Commit(prev, next); err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if n := totalChanges(t, d) - before; n != c.rows {
			t.Errorf("%s: %d rows changed, want %d", c.name, n, c.rows)
		}
		if got, want := encode(t, mustLoad(t, d)), encode(t, next); got != want {
			t.Errorf("%s:\n%s", c.name, lineDiff(want, got))
		}
	}
	// Deleting an investment takes its links with it.
	prev := mustLoad(t, d)
	next := prev.Clone()
	gone := next.Maturity[0].InvestmentIDs[0]
	next.RemoveInvestment(gone)
	next.UnlinkMaturityInvestment(gone)
	if err := d.Commit(prev, next); err != nil {
		t.Fatal(err)
	}
	if got := mustLoad(t, d).Maturity[0].InvestmentIDs; len(got) != 0 {
		t.Errorf("links after the delete: %v", got)
	}
}
