package store

import (
	"path/filepath"
	"reflect"
	"testing"

	"balansplan/model/sample"
)

// Open checks a file through a read-only open that loads the whole plan
// (so that a file it refuses stays as it was); the Load that follows
// used to read the whole plan again. Now Open plus Load allocates about
// what OpenReadOnly plus Load does. Before: 109k against 54k
// allocations for the large plan, a ratio of 2.0; now about 1.07.
// Not parallel: AllocsPerRun counts the whole process.
func TestOpenThenLoadReadsThePlanOnce(t *testing.T) {
	path := filepath.Join(t.TempDir(), "large.balans")
	mustCreate(t, path, sample.Large()).Close()
	openLoad := func(open func(string) (*Doc, error)) func() {
		return func() {
			d, err := open(path)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := d.Load(); err != nil {
				t.Fatal(err)
			}
			if err := d.Close(); err != nil {
				t.Fatal(err)
			}
		}
	}
	rw := testing.AllocsPerRun(3, openLoad(Open))
	ro := testing.AllocsPerRun(3, openLoad(OpenReadOnly))
	if rw > 1.5*ro {
		t.Errorf("Open+Load: %.0f allocations, OpenReadOnly+Load: %.0f (%.2fx); the plan is read twice", rw, ro, rw/ro)
	}
}

// The plan Open's check loaded is the file's plan: the first Load gives
// what a fresh read gives, and so does the next.
func TestTheFirstLoadAfterOpenIsTheFilesPlan(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "large.balans")
	mustCreate(t, path, sample.Large()).Close()
	ro, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	want := mustLoad(t, ro)
	ro.Close()

	d, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	first := mustLoad(t, d)
	second := mustLoad(t, d)
	if !reflect.DeepEqual(first, want) {
		t.Error("the first Load after Open differs from a fresh read")
	}
	if !reflect.DeepEqual(second, want) {
		t.Error("the second Load after Open differs from a fresh read")
	}
	if first == second {
		t.Error("two Loads returned the same plan; a caller may change what it was given")
	}
}

// Between Open and the first Load another Doc (a second window, the
// command line's answers) writes: Load must give the file as it is now,
// not the plan Open's check saw.
func TestLoadAfterOpenSeesAWriteMadeInBetween(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "plan.balans")
	mustCreate(t, path, sample.Large()).Close()
	a, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	prev := mustLoad(t, b)
	next := prev.Clone()
	next.Title = "Gewijzigd door een ander venster"
	if err := b.Commit(prev, next); err != nil {
		t.Fatal(err)
	}
	if err := b.Close(); err != nil {
		t.Fatal(err)
	}
	if got := mustLoad(t, a); got.Title != next.Title {
		t.Errorf("Load after another write: title %q, want %q", got.Title, next.Title)
	}
	// And a's own write from there goes through: its revision is the
	// file's.
	p := mustLoad(t, a)
	q := p.Clone()
	q.Title = "En daarna hier"
	if err := a.Commit(p, q); err != nil {
		t.Errorf("a commit after the reload: %v", err)
	}
}
