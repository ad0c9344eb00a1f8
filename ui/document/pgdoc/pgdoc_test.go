package pgdoc_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"balansplan/model"
	"balansplan/model/pgstore"
	"balansplan/model/pgstore/pgtest"
	"balansplan/model/testplan"
	"balansplan/ui/document"
	"balansplan/ui/document/pgdoc"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

// twoDocs is one plan of school 00AA in a fresh database, opened as two
// documents: by its director and by a consultant, as two people in two
// windows on two machines would.
func twoDocs(t *testing.T) (dir, cons *document.Document, dbDir, dbCons *pgdoc.DB) {
	t.Helper()
	ctx := context.Background()
	url := pgtest.Database(t)
	urls := map[string]string{}
	_, urls["dira"] = pgtest.Person(t, url, "dira", pgstore.Grant{Role: "director", Board: "b1", School: "00AA"})
	_, urls["cons"] = pgtest.Person(t, url, "cons", pgstore.Grant{Role: "consultant", Board: "b1", School: "00AA", Expires: time.Now().Add(48 * time.Hour)})
	p := testplan.Board(t)
	p.ID = model.NewID()
	p.Status = model.StatusConcept
	st := open(t, urls["dira"])
	if _, err := st.Create(ctx, "00AA", p); err != nil {
		t.Fatal(err)
	}
	dir, dbDir = openDoc(t, st, p.ID)
	cons, dbCons = openDoc(t, open(t, urls["cons"]), p.ID)
	return
}

func open(t *testing.T, url string) *pgstore.Store {
	t.Helper()
	st, err := pgstore.Open(context.Background(), url, pgstore.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func openDoc(t *testing.T, st *pgstore.Store, planID string) (*document.Document, *pgdoc.DB) {
	t.Helper()
	db, err := pgdoc.Open(st, planID, "bestuur.example")
	if err != nil {
		t.Fatal(err)
	}
	d, err := document.OpenStore(db, db.Name(), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close() })
	return d, db
}

func TestNameSaysDatabase(t *testing.T) {
	d, _, _, _ := twoDocs(t)
	if got := d.Name(); got != "bestuur.example / BRIN 00AA" {
		t.Errorf("Name = %q", got)
	}
	if d.Path() != "" {
		t.Errorf("Path = %q, want none", d.Path())
	}
}

// Edits, undo and redo reach the database: a third session sees them.
func TestEditsAreSaved(t *testing.T) {
	d, other, _, dbOther := twoDocs(t)
	if err := d.Edit("titel", func(p *model.Plan) { p.Title = "Nieuw" }); err != nil {
		t.Fatal(err)
	}
	reload := func() *model.Plan {
		co, err := dbOther.Store().Load(context.Background(), d.Plan().ID)
		if err != nil {
			t.Fatal(err)
		}
		return co.Plan
	}
	if got := reload().Title; got != "Nieuw" {
		t.Errorf("after the edit the database holds %q", got)
	}
	old := other.Plan().Title
	if err := d.Undo(); err != nil {
		t.Fatal(err)
	}
	if got := reload().Title; got != old {
		t.Errorf("after undo the database holds %q, want %q", got, old)
	}
	if err := d.Redo(); err != nil {
		t.Fatal(err)
	}
	if got := reload().Title; got != "Nieuw" {
		t.Errorf("after redo the database holds %q", got)
	}
	// An edit that adds a problem is refused and writes nothing.
	err := d.Edit("leeg", func(p *model.Plan) { p.School.Name = "" })
	var ps model.Problems
	if !errors.As(err, &ps) {
		t.Fatalf("invalid edit: %v, want model.Problems", err)
	}
	if got := reload().School.Name; got == "" {
		t.Error("the invalid edit was written")
	}
}

// Two documents on one plan change different fields: the second save
// meets the first, is merged, and both edits are kept, in the database
// and in the second document.
func TestStaleSaveMerges(t *testing.T) {
	a, b, _, dbB := twoDocs(t)
	if err := a.Edit("titel", func(p *model.Plan) { p.Title = "Titel van A" }); err != nil {
		t.Fatal(err)
	}
	if err := b.Edit("school", func(p *model.Plan) { p.School.Name = "School van B" }); err != nil {
		t.Fatalf("stale save with another field: %v", err)
	}
	if b.Plan().Title != "Titel van A" || b.Plan().School.Name != "School van B" {
		t.Errorf("document B holds %q / %q, want both edits", b.Plan().Title, b.Plan().School.Name)
	}
	if rev := dbB.Checkout().Revision; rev != 3 {
		t.Errorf("revision %d, want 3 (create, A, B)", rev)
	}
	co, err := dbB.Store().Load(context.Background(), a.Plan().ID)
	if err != nil {
		t.Fatal(err)
	}
	if co.Plan.Title != "Titel van A" || co.Plan.School.Name != "School van B" {
		t.Errorf("database holds %q / %q, want both edits", co.Plan.Title, co.Plan.School.Name)
	}
}

// Both change the title: B's edit is refused with both values, nothing
// is written, OnConflict hears of it; choosing "mine" saves B's title,
// choosing "theirs" keeps A's. Never a silent overwrite.
func TestConflictAsksAndSavesTheChoice(t *testing.T) {
	for _, tc := range []struct {
		name   string
		choice int
		want   string
	}{{"mine", pgdoc.Mine, "Titel van B"}, {"theirs", pgdoc.Theirs, "Titel van A"}} {
		t.Run(tc.name, func(t *testing.T) {
			a, b, _, dbB := twoDocs(t)
			var heard *pgdoc.ConflictError
			dbB.OnConflict = func(e *pgdoc.ConflictError) { heard = e }
			before := b.Plan()
			if err := a.Edit("titel", func(p *model.Plan) { p.Title = "Titel van A" }); err != nil {
				t.Fatal(err)
			}
			err := b.Edit("titel", func(p *model.Plan) { p.Title = "Titel van B" })
			var ce *pgdoc.ConflictError
			if !errors.As(err, &ce) || heard != ce {
				t.Fatalf("same field: %v (heard %v), want a ConflictError told to OnConflict", err, heard)
			}
			if !ce.Choosing() {
				t.Error("a conflict OnConflict heard does not say it is being asked")
			}
			if len(ce.Conflicts) != 1 || ce.Conflicts[0].Field != "plan.title" ||
				ce.Conflicts[0].Values[pgdoc.Theirs].Text != "Titel van A" || ce.Conflicts[0].Values[pgdoc.Mine].Text != "Titel van B" {
				t.Fatalf("conflicts: %+v", ce.Conflicts)
			}
			if b.Plan() != before {
				t.Error("the refused edit changed the document")
			}
			if co, _ := dbB.Store().Load(context.Background(), b.Plan().ID); co.Plan.Title != "Titel van A" || co.Revision != 2 {
				t.Errorf("the refused edit wrote: %q rev %d", co.Plan.Title, co.Revision)
			}
			// No choice: still refused.
			if _, _, err := dbB.Resolve(ce, nil); !errors.As(err, new(*pgdoc.ConflictError)) {
				t.Errorf("resolve without a choice: %v", err)
			}
			theirs, p, err := dbB.Resolve(ce, map[string]int{ce.Conflicts[0].Key(): tc.choice})
			if err != nil {
				t.Fatal(err)
			}
			if theirs.Title != "Titel van A" {
				t.Errorf("before the choice the database held %q", theirs.Title)
			}
			b.Adopt("conflict", theirs, p)
			if b.Plan().Title != tc.want {
				t.Errorf("document B title %q, want %q", b.Plan().Title, tc.want)
			}
			co, err := dbB.Store().Load(context.Background(), b.Plan().ID)
			if err != nil {
				t.Fatal(err)
			}
			if co.Plan.Title != tc.want || co.Revision != 3 {
				t.Errorf("database: %q rev %d, want %q rev 3", co.Plan.Title, co.Revision, tc.want)
			}
			// The next edit of A meets B's save and merges.
			if err := a.Edit("vervolg", func(p *model.Plan) { p.School.Name = "Verder" }); err != nil {
				t.Fatal(err)
			}
			if a.Plan().Title != tc.want {
				t.Errorf("A after its next save: title %q, want %q", a.Plan().Title, tc.want)
			}
		})
	}
}

// History lists the changes newest first, per plan and per entity.
func TestHistory(t *testing.T) {
	a, _, dbA, _ := twoDocs(t)
	if err := a.Edit("titel", func(p *model.Plan) { p.Title = "Een" }); err != nil {
		t.Fatal(err)
	}
	if err := a.Edit("risico", func(p *model.Plan) { p.Risks[0].Description = "Anders" }); err != nil {
		t.Fatal(err)
	}
	all, err := dbA.History("", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(all) < 3 || all[0].Kind != "risks" || all[1].Kind != "plan" || all[0].Operation != "update" {
		t.Fatalf("history: %d lines, first %+v", len(all), all[0])
	}
	one, err := dbA.History("risks", a.Plan().Risks[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(one) != 2 || one[0].Operation != "update" || one[1].Operation != "insert" {
		t.Errorf("history of one risk: %+v", one)
	}
}
