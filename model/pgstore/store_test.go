package pgstore_test

import (
	"context"
	"reflect"
	"testing"

	"balansplan/model"
	"balansplan/model/pgstore"
	"balansplan/model/sample"
	"balansplan/model/testplan"
)

// A plan goes into the database and comes back equal, field for field:
// the example with every board chapter and the large generated plan; and
// again after a save that changes, adds, removes and reorders entities.
func TestRoundTrip(t *testing.T) {
	b := newBoard(t)
	ctx := context.Background()
	s := b.as(t, "bestuur") // the example is adopted, which only the board may store
	for _, p := range []*model.Plan{testplan.Board(t), sample.Large(), testplan.Regenboog(t)} {
		p.ID = model.NewID()
		c := create(t, s, "00AA", p)
		if c.Revision != 1 || c.SchoolID != "00AA" || c.BoardID != "b1" {
			t.Errorf("created: revision %d, school %s, board %s; want 1, 00AA, b1", c.Revision, c.SchoolID, c.BoardID)
		}
		got, err := s.Load(ctx, p.ID)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(p, got.Plan) {
			t.Fatalf("plan %q changed on its way through the database", p.Title)
		}
		next := got.Plan.Clone()
		next.Title = "Anders"
		next.Visions[0], next.Visions[1] = next.Visions[1], next.Visions[0]
		next.RemoveInvestment(next.Investments[len(next.Investments)-1].ID)
		next.Risks = append(next.Risks, model.Risk{ID: model.NewID(), Description: "Nieuw risico"})
		saved, err := s.Save(ctx, got, next)
		if err != nil {
			t.Fatal(err)
		}
		if saved.Revision != 2 {
			t.Errorf("revision after one save = %d, want 2", saved.Revision)
		}
		again, err := s.Load(ctx, p.ID)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(next, again.Plan) {
			t.Fatalf("saved plan %q changed on its way through the database", p.Title)
		}
	}
}

// An unchanged save writes no entity (jsonb compares by value), so the
// audit holds only real changes; one changed field is one audit line.
func TestSaveWritesOnlyWhatChanged(t *testing.T) {
	b := newBoard(t)
	ctx := context.Background()
	s := b.as(t, "dira")
	c := create(t, s, "00AA", newPlan(t))
	h0, err := s.History(ctx, c.Plan.ID, "", "")
	if err != nil {
		t.Fatal(err)
	}
	c2, err := s.Save(ctx, c, c.Plan.Clone())
	if err != nil {
		t.Fatal(err)
	}
	next := c2.Plan.Clone()
	next.Risks[0].Description = "Anders"
	if _, err := s.Save(ctx, c2, next); err != nil {
		t.Fatal(err)
	}
	h, err := s.History(ctx, c.Plan.ID, "", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(h) != len(h0)+1 {
		t.Fatalf("history grew by %d lines, want 1", len(h)-len(h0))
	}
	last := h[len(h)-1]
	if last.Kind != "risks" || last.EntityID != next.Risks[0].ID || last.Operation != "update" || last.Who != b.roles["dira"] {
		t.Errorf("last change = %s %s %s by %s; want risks %s update by %s", last.Kind, last.EntityID, last.Operation, last.Who, next.Risks[0].ID, b.roles["dira"])
	}
}

func TestMigrationsNumberedWithoutGaps(t *testing.T) {
	for i, m := range pgstore.Migrations() {
		if m.Version != i+1 {
			t.Errorf("migration %d has version %d", i+1, m.Version)
		}
	}
}

// db init twice changes nothing the second time; Open refuses a database
// without it, with a message saying what to run.
func TestInitIdempotent(t *testing.T) {
	b := newBoard(t)
	ctx := context.Background()
	res, err := pgstore.Init(ctx, b.url)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Applied) != 0 || len(res.RolesCreated) != 0 || res.Version != len(pgstore.Migrations()) {
		t.Errorf("second init: applied %d, roles %v, version %d; want nothing and version %d",
			len(res.Applied), res.RolesCreated, res.Version, len(pgstore.Migrations()))
	}
	var n int64
	if err := b.raw(t, "").Raw("SELECT count(*) FROM balansplan.schema_migrations").Scan(&n).Error; err != nil || n != int64(len(pgstore.Migrations())) {
		t.Errorf("schema_migrations has %d rows (%v), want %d", n, err, len(pgstore.Migrations()))
	}
	// Init needs a superuser; a person's login is refused with a reason.
	if _, err := pgstore.Init(ctx, b.urls["dira"]); reason(err) != "no_rights" {
		t.Errorf("init as a director: %v, want no_rights", err)
	}
}

// A save that would make a valid plan invalid is refused and writes
// nothing; so is creating an invalid plan.
func TestInvalidPlanRefused(t *testing.T) {
	b := newBoard(t)
	ctx := context.Background()
	s := b.as(t, "dira")
	c := create(t, s, "00AA", newPlan(t))
	bad := c.Plan.Clone()
	bad.Investments[1].Code = bad.Investments[0].Code
	if _, err := s.Save(ctx, c, bad); reason(err) != "invalid" {
		t.Errorf("save of a plan with a duplicate code: %v, want invalid", err)
	}
	if now, err := s.Load(ctx, c.Plan.ID); err != nil {
		t.Fatal(err)
	} else if now.Revision != 1 {
		t.Errorf("after the refused save: revision %d, want 1", now.Revision)
	}
	bad.ID = model.NewID()
	if _, err := s.Create(ctx, "00AA", bad); reason(err) != "invalid" {
		t.Errorf("create of an invalid plan: %v, want invalid", err)
	}
}
