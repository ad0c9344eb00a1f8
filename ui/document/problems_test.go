package document

import (
	"errors"
	"math"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"balansplan/model"
	"balansplan/model/store"
)

// planWithStoredProblem writes the demo plan and then, as another program
// (the sqlite3 shell) could, puts a value into it that Validate refuses:
// the block of D1 becomes "quantum".
func planWithStoredProblem(t *testing.T) string {
	t.Helper()
	sqlite, err := exec.LookPath("sqlite3")
	if err != nil {
		t.Skip("the sqlite3 program is not installed; it makes the damaged file")
	}
	path := filepath.Join(t.TempDir(), "quantum.balans")
	f, err := store.Create(path, demo(t))
	if err != nil {
		t.Fatal(err)
	}
	f.Close()
	if out, err := exec.Command(sqlite, path, "UPDATE investments SET block = 'quantum' WHERE code = 'D1'").CombinedOutput(); err != nil {
		t.Fatalf("sqlite3: %v: %s", err, out)
	}
	return path
}

// A plan with one invalid stored value opens, names its problem, and
// judges an edit by what the edit adds: an edit elsewhere adds nothing and
// shows no problem, one that breaks something else shows only that.
func TestAPlanWithAStoredProblemJudgesEditsByWhatTheyAdd(t *testing.T) {
	t.Parallel()
	d, err := Open(planWithStoredProblem(t), reference(t))
	if err != nil {
		t.Fatalf("the plan with a stored problem does not open: %v", err)
	}
	defer d.Close()
	ps := d.Problems()
	if len(ps) != 1 || ps[0].Ref != "D1" || ps[0].Field != "block" {
		t.Fatalf("problems %v, want the block of D1", ps)
	}
	if _, added := d.Try(func(p *model.Plan) { p.School.Name = "Het Rivierencollege" }); len(added) != 0 {
		t.Errorf("renaming the school adds %v", added)
	}
	_, added := d.Try(func(p *model.Plan) {
		for i := range p.Investments {
			if p.Investments[i].Code == "D2" {
				p.Investments[i].Title = ""
			}
		}
	})
	if len(added) != 1 || added[0].Ref != "D2" || added[0].Field != "title" {
		t.Errorf("emptying the title of D2 adds %v, want that title only", added)
	}
	// Fixing the block leaves nothing to fix.
	if err := d.Edit("blok", func(p *model.Plan) {
		for i := range p.Investments {
			if p.Investments[i].Code == "D1" {
				p.Investments[i].Block = model.BlockDeskundigheid
			}
		}
	}); err != nil {
		t.Fatalf("fixing the block: %v", err)
	}
	if ps := d.Problems(); len(ps) != 0 {
		t.Errorf("after the fix: %v", ps)
	}
}

// An edit that adds no problem is written, also while the plan still has
// one: the user fixes the problems when they like, and loses nothing
// meanwhile.
func TestAnEditThatAddsNoProblemIsWritten(t *testing.T) {
	t.Parallel()
	path := planWithStoredProblem(t)
	d, err := Open(path, reference(t))
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	if err := d.Edit("naam", func(p *model.Plan) { p.School.Name = "Het Rivierencollege" }); err != nil {
		t.Fatalf("renaming the school: %v", err)
	}
	if got := onDisk(t, path).School.Name; got != "Het Rivierencollege" {
		t.Errorf("the file holds %q", got)
	}
}

// problemID is what a test expects of a problem: who, which field, why.
type problemID struct {
	entity             model.EntityKind
	ref, field, reason string
}

func idsOf(ps model.Problems) []problemID {
	out := make([]problemID, len(ps))
	for i, p := range ps {
		out[i] = problemID{p.Entity, p.Ref, p.Field, p.Reason}
	}
	return out
}

// byCode is the investment with code c in p (the first, when two share it).
func byCode(p *model.Plan, c string) *model.Investment {
	for i := range p.Investments {
		if p.Investments[i].Code == c {
			return &p.Investments[i]
		}
	}
	panic("no investment " + c)
}

func byID(p *model.Plan, id string) *model.Investment {
	for i := range p.Investments {
		if p.Investments[i].ID == id {
			return &p.Investments[i]
		}
	}
	panic("no investment " + id)
}

// The whole flow of issue 10 item 2 in the document, for each of the five
// values the sqlite3 program can leave in a file: the plan opens and lists
// its one problem; an edit that adds a problem is refused, naming only
// that one, and nothing changes; an edit elsewhere is written; the fix is
// written and the file validates; undo puts the stored value back and
// redo fixes it again (but a link to nothing, once removed, cannot be
// stored again, so that undo is refused and says why).
func TestEachStoredProblemCanBeWorkedAroundAndFixed(t *testing.T) {
	t.Parallel()
	if _, err := exec.LookPath("sqlite3"); err != nil {
		t.Skip("the sqlite3 program is not installed; it makes the damaged files")
	}
	base := demo(t)
	d2 := byCode(base, "D2").ID
	const missing = "ffffffff-0000-4000-8000-000000000000"
	cases := []struct {
		name    string
		sql     string
		stored  problemID
		another func(p *model.Plan)
		added   problemID
		fix     func(p *model.Plan)
		// undoKept: undo of the fix is refused, as the file cannot
		// store a link to nothing again (store.NewProblems).
		undoKept bool
	}{
		{"an unknown block", `UPDATE investments SET block = 'quantum' WHERE code = 'D1'`,
			problemID{model.EntityInvestment, "D1", "block", "enum"},
			func(p *model.Plan) { byCode(p, "D2").Block = "quantum" },
			problemID{model.EntityInvestment, "D2", "block", "enum"},
			func(p *model.Plan) { byCode(p, "D1").Block = model.BlockDeskundigheid }, false},
		{"a title that is not UTF-8", `UPDATE visions SET title = CAST(x'4b6170ff7574' AS TEXT) WHERE code = 'V1'`,
			problemID{model.EntityVision, "V1", "title", "utf8"},
			func(p *model.Plan) { p.Visions[1].Title = "Kap\xffut" },
			problemID{model.EntityVision, "V2", "title", "utf8"},
			func(p *model.Plan) { p.Visions[0].Title = "Eigen niveau" }, false},
		{"two investments with one code", `UPDATE investments SET code = 'D1' WHERE code = 'D2'`,
			problemID{model.EntityInvestment, "D1", "code", "duplicate"},
			func(p *model.Plan) { byCode(p, "D3").Code = "D1" },
			problemID{model.EntityInvestment, "D1", "code", "duplicate"},
			func(p *model.Plan) { byID(p, d2).Code = "D2" }, false},
		{"a link to a vision that is not there", `INSERT INTO investment_visions (investment_id, vision_id, position)
			SELECT id, '` + missing + `', 99 FROM investments WHERE code = 'D1'`,
			problemID{model.EntityInvestment, "D1", "visions", "unknown_link"},
			func(p *model.Plan) { inv := byCode(p, "D2"); inv.VisionIDs = append(inv.VisionIDs, missing) },
			problemID{model.EntityInvestment, "D2", "visions", "unknown_link"},
			func(p *model.Plan) { inv := byCode(p, "D1"); inv.VisionIDs = inv.VisionIDs[:len(inv.VisionIDs)-1] },
			true},
		{"an amount far beyond any budget", `UPDATE investments SET one_off_cents = 9223372036854775807 WHERE code = 'D1'`,
			problemID{model.EntityInvestment, "D1", "cost.one_off", "range"},
			func(p *model.Plan) { byCode(p, "D2").Cost.OneOff = math.MaxInt64 },
			problemID{model.EntityInvestment, "D2", "cost.one_off", "range"},
			func(p *model.Plan) { byCode(p, "D1").Cost.OneOff = 14000 }, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			path := filepath.Join(t.TempDir(), "plan.balans")
			f, err := store.Create(path, base)
			if err != nil {
				t.Fatal(err)
			}
			f.Close()
			if out, err := exec.Command("sqlite3", path, tc.sql).CombinedOutput(); err != nil {
				t.Fatalf("sqlite3: %v: %s", err, out)
			}
			d, err := Open(path, reference(t))
			if err != nil {
				t.Fatalf("the plan with a stored problem does not open: %v", err)
			}
			defer d.Close()
			if got := idsOf(d.Problems()); !slices.Equal(got, []problemID{tc.stored}) {
				t.Fatalf("Problems %v, want %v", got, tc.stored)
			}

			// Refused, naming only what it adds; nothing changes.
			stored := onDisk(t, path)
			if _, added := d.Try(tc.another); !slices.Equal(idsOf(added), []problemID{tc.added}) {
				t.Errorf("Try adds %v, want %v", idsOf(added), tc.added)
			}
			err = d.Edit("fout", tc.another)
			var ps model.Problems
			if !errors.As(err, &ps) || !slices.Equal(idsOf(ps), []problemID{tc.added}) {
				t.Fatalf("Edit that adds %v: %v", tc.added, err)
			}
			if !reflect.DeepEqual(onDisk(t, path).Clone(), stored.Clone()) {
				t.Fatal("a refused edit changed the file")
			}
			if _, ok := d.CanUndo(); ok {
				t.Error("a refused edit left a step to undo")
			}

			// An edit elsewhere is written, next to the stored value.
			if err := d.Edit("naam", func(p *model.Plan) { p.School.Name = "Het Rivierencollege" }); err != nil {
				t.Fatalf("an edit elsewhere: %v", err)
			}
			if got := onDisk(t, path).School.Name; got != "Het Rivierencollege" {
				t.Errorf("after an edit elsewhere the file holds school %q", got)
			}
			if got := idsOf(d.Problems()); !slices.Equal(got, []problemID{tc.stored}) {
				t.Errorf("after an edit elsewhere: %v", got)
			}

			// The fix is written; the file validates.
			if err := d.Edit("herstel", tc.fix); err != nil {
				t.Fatalf("the fix: %v", err)
			}
			if ps := d.Problems(); len(ps) != 0 {
				t.Errorf("after the fix: %v", ps)
			}
			if ps, err := store.Check(path); err != nil || len(ps) != 0 {
				t.Errorf("Check after the fix: %v %v", ps, err)
			}

			if tc.undoKept {
				err := d.Undo()
				if !errors.As(err, &ps) || !slices.Equal(idsOf(ps), []problemID{tc.stored}) {
					t.Fatalf("undo that would write the link to nothing again: %v", err)
				}
				if ps, err := store.Check(path); err != nil || len(ps) != 0 {
					t.Errorf("Check after the refused undo: %v %v", ps, err)
				}
				return
			}
			// Undo puts the stored value back; redo fixes it again.
			if err := d.Undo(); err != nil {
				t.Fatalf("undo of the fix: %v", err)
			}
			if got := idsOf(d.Problems()); !slices.Equal(got, []problemID{tc.stored}) {
				t.Errorf("after undo of the fix: %v", got)
			}
			if ps, err := store.Check(path); err != nil || !slices.Equal(idsOf(ps), []problemID{tc.stored}) {
				t.Errorf("Check after undo of the fix: %v %v", idsOf(ps), err)
			}
			if err := d.Redo(); err != nil {
				t.Fatalf("redo of the fix: %v", err)
			}
			if ps, err := store.Check(path); err != nil || len(ps) != 0 {
				t.Errorf("Check after redo: %v %v", ps, err)
			}
			if got := onDisk(t, path).School.Name; got != "Het Rivierencollege" {
				t.Errorf("in the end the file holds school %q", got)
			}
		})
	}
}
