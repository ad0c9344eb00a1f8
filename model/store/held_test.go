package store

import (
	"path/filepath"
	"slices"
	"testing"

	"balansplan/model"
	"balansplan/model/sample"
)

// Typing in a file that holds a stored problem used to validate the
// whole plan twice per check: next, and prev again, though prev is the
// plan the Doc had just loaded or written. The Doc keeps the problems of
// that plan (held), so Doc.NewProblems and Commit validate only next.
// Measured by allocations, as in openonce_test.go (not parallel:
// AllocsPerRun counts the whole process): validating the large plan is
// most of what the check allocates, so the Doc's check must allocate
// well under what the package's (which validates both) does.
func TestTheDocValidatesTheHeldPlanOnce(t *testing.T) {
	path := filepath.Join(t.TempDir(), "large.balans")
	mustCreate(t, path, sample.Large()).Close()
	sqlite3CLI(t, path, `UPDATE investments SET block = 'quantum' WHERE position = 0`)
	d, p := mustOpen(t, path)
	stored := idsOf(validate(p))
	if len(stored) != 1 || stored[0].field != "block" || stored[0].reason != "enum" {
		t.Fatalf("the file holds %v, want one unknown block", stored)
	}

	step := func(prev *model.Plan, title string) *model.Plan {
		t.Helper()
		next := prev.Clone()
		next.Title = title
		if ps := d.NewProblems(prev, next); len(ps) != 0 {
			t.Fatalf("Doc.NewProblems: %v", ps)
		}
		if ps := NewProblems(prev, next); len(ps) != 0 {
			t.Fatalf("NewProblems: %v", ps)
		}
		both := testing.AllocsPerRun(5, func() { NewProblems(prev, next) })
		onlyNext := testing.AllocsPerRun(5, func() { d.NewProblems(prev, next) })
		if onlyNext > 0.7*both {
			t.Errorf("Doc.NewProblems from the held plan: %.0f allocations, NewProblems: %.0f; prev is validated again", onlyNext, both)
		}
		return next
	}
	// From the plan Open's check loaded, then from the plan Commit wrote.
	next := step(p, "Eerste titel")
	if err := d.Commit(p, next); err != nil {
		t.Fatal(err)
	}
	again := step(next, "Tweede titel")

	// The held problems are those of the file's plan: another unknown
	// block is still refused and the stored one still taken, by Commit
	// too, and by a check from a plan the Doc does not hold.
	worse := again.Clone()
	worse.Investments[1].Block = "quantum"
	want := []problemID{{model.EntityInvestment, worse.Investments[1].Code, "block", "enum"}}
	for _, c := range []struct {
		name string
		ps   model.Problems
	}{
		{"Doc.NewProblems", d.NewProblems(next, worse)},
		{"NewProblems", NewProblems(next, worse)},
		{"Commit", problemsOfErr(d.Commit(next, worse))},
		{"from a copy", d.NewProblems(next.Clone(), worse)},
	} {
		if got := idsOf(c.ps); !slices.Equal(got, want) {
			t.Errorf("%s: %v, want %v", c.name, got, want)
		}
	}
	if err := d.Commit(next, again); err != nil {
		t.Fatal(err)
	}
	// The plan just written: its problems (the stored block) without a
	// new validation, which allocates hundreds of times.
	if got, want := idsOf(d.ProblemsOf(again)), idsOf(validate(again)); !slices.Equal(got, want) || len(got) != 1 {
		t.Errorf("ProblemsOf the written plan: %v, want %v", got, want)
	}
	if n := testing.AllocsPerRun(5, func() { d.ProblemsOf(again) }); n > 10 {
		t.Errorf("ProblemsOf the written plan allocates %.0f times: it validates again", n)
	}
	if got, want := idsOf(d.ProblemsOf(worse)), idsOf(validate(worse)); !slices.Equal(got, want) || len(got) != 2 {
		t.Errorf("ProblemsOf another plan: %v, want %v", got, want)
	}
	reread, err := d.Load()
	if err != nil {
		t.Fatal(err)
	}
	if reread.Title != "Tweede titel" {
		t.Errorf("the file holds title %q", reread.Title)
	}
}

func problemsOfErr(err error) model.Problems {
	ps, _ := err.(model.Problems)
	return ps
}
