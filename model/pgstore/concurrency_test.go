package pgstore_test

import (
	"context"
	"errors"
	"testing"

	"balansplan/model/merge"
	"balansplan/model/pgstore"
)

// Two sessions load the same plan and each change it. The second save is
// refused with both sides (nothing lost, nothing written); the merge
// takes both edits because they touch different fields.
func TestTwoSessionsNoLostUpdate(t *testing.T) {
	b := newBoard(t)
	ctx := context.Background()
	first := create(t, b.as(t, "dira"), "00AA", newPlan(t))
	s1, s2 := b.as(t, "dira"), b.as(t, "cons")
	c1, err := s1.Load(ctx, first.Plan.ID)
	if err != nil {
		t.Fatal(err)
	}
	c2, err := s2.Load(ctx, first.Plan.ID)
	if err != nil {
		t.Fatal(err)
	}
	mine1 := c1.Plan.Clone()
	mine1.Title = "Titel van de directeur"
	mine2 := c2.Plan.Clone()
	mine2.Risks[0].Description = "Risico van de adviseur"

	if _, err := s1.Save(ctx, c1, mine1); err != nil {
		t.Fatal(err)
	}
	_, err = s2.Save(ctx, c2, mine2)
	var ce *pgstore.ConflictError
	if !errors.As(err, &ce) {
		t.Fatalf("stale save: %v, want a ConflictError", err)
	}
	if ce.Base.Revision != 1 || ce.Theirs.Revision != 2 || ce.Theirs.Plan.Title != "Titel van de directeur" || ce.Mine != mine2 {
		t.Errorf("conflict: base %d, theirs %d %q", ce.Base.Revision, ce.Theirs.Revision, ce.Theirs.Plan.Title)
	}
	if now, _ := s1.Load(ctx, first.Plan.ID); now.Revision != 2 || now.Plan.Risks[0].Description == "Risico van de adviseur" {
		t.Errorf("the refused save wrote something: revision %d", now.Revision)
	}

	saved, cs, err := s2.SaveMerging(ctx, c2, mine2, nil)
	if err != nil {
		t.Fatalf("merging save: %v (%d conflicts)", err, len(cs))
	}
	if saved.Revision != 3 || saved.Plan.Title != "Titel van de directeur" || saved.Plan.Risks[0].Description != "Risico van de adviseur" {
		t.Errorf("after the merge: revision %d, title %q, risk %q; want 3 and both edits",
			saved.Revision, saved.Plan.Title, saved.Plan.Risks[0].Description)
	}
}

// Both change the same field: the merge reports the conflict and writes
// nothing until a copy is chosen; then the chosen value is saved.
func TestConflictNeedsAChoice(t *testing.T) {
	b := newBoard(t)
	ctx := context.Background()
	first := create(t, b.as(t, "dira"), "00AA", newPlan(t))
	s1, s2 := b.as(t, "dira"), b.as(t, "cons")
	c1, _ := s1.Load(ctx, first.Plan.ID)
	c2, _ := s2.Load(ctx, first.Plan.ID)
	m1, m2 := c1.Plan.Clone(), c2.Plan.Clone()
	m1.Title, m2.Title = "Een", "Twee"
	if _, err := s1.Save(ctx, c1, m1); err != nil {
		t.Fatal(err)
	}
	_, cs, err := s2.SaveMerging(ctx, c2, m2, nil)
	var ue *pgstore.UnresolvedError
	if !errors.As(err, &ue) || len(merge.Unresolved(cs)) != 1 || cs[0].Field != "plan.title" {
		t.Fatalf("same field: %v, conflicts %v; want one unresolved on plan.title", err, cs)
	}
	if now, _ := s1.Load(ctx, first.Plan.ID); now.Revision != 2 || now.Plan.Title != "Een" {
		t.Errorf("an unresolved merge wrote: revision %d, title %q", now.Revision, now.Plan.Title)
	}
	saved, _, err := s2.SaveMerging(ctx, c2, m2, func(merge.Conflict) int { return 1 })
	if err != nil || saved.Plan.Title != "Twee" || saved.Revision != 3 {
		t.Errorf("choosing mine: %v, title %q", err, saved.Plan.Title)
	}
}
