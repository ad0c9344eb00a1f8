package store

import (
	"path/filepath"
	"testing"

	"balansplan/model"
)

// commitAndUndo stores base in a new file, commits the plan that edit makes
// of it and then commits the way back, checking after each step that the
// file holds exactly the plan committed, and at the end that Check finds
// nothing.
func commitAndUndo(t *testing.T, base *model.Plan, edit func(*model.Plan)) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "plan.balans")
	d := mustCreate(t, path, base)
	prev := mustLoad(t, d)
	next := prev.Clone()
	edit(next)
	if ps := next.Validate(); len(ps) > 0 {
		t.Fatalf("the edit itself is invalid: %v", ps)
	}
	if encode(t, next) == encode(t, prev) {
		t.Fatal("the edit changes nothing")
	}
	if err := d.Commit(prev, next); err != nil {
		t.Fatalf("Commit: %v", err)
	}
	d, got := reopen(t, d)
	if a, b := encode(t, next), encode(t, got); a != b {
		t.Fatalf("file after Commit differs from next:\n%s", lineDiff(a, b))
	}
	if err := d.Commit(got, prev); err != nil {
		t.Fatalf("undo: %v", err)
	}
	d, got = reopen(t, d)
	if a, b := encode(t, prev), encode(t, got); a != b {
		t.Fatalf("file after undo differs from prev:\n%s", lineDiff(a, b))
	}
	d.Close()
	if ps, err := Check(path); err != nil || len(ps) > 0 {
		t.Errorf("Check after the edits: %v %v", ps, err)
	}
}
