package pgstore_test

import (
	"context"
	"strings"
	"testing"

	"gorm.io/gorm"
)

// Every change is in the history, per plan and per entity, with who made
// it and the old and new content; the app's role can read it for its own
// schools only and can neither change nor remove it.
func TestAuditAppendOnly(t *testing.T) {
	b := newBoard(t)
	ctx := context.Background()
	a := b.as(t, "dira")
	c := create(t, a, "00AA", newPlan(t))
	next := c.Plan.Clone()
	risk := next.Risks[0].ID
	next.Risks[0].Description = "Nieuw"
	c2, err := b.as(t, "cons").Save(ctx, c, next)
	if err != nil {
		t.Fatal(err)
	}
	next = c2.Plan.Clone()
	next.RemoveRisk(risk)
	if _, err := a.Save(ctx, c2, next); err != nil {
		t.Fatal(err)
	}
	h, err := a.History(ctx, c.Plan.ID, "risks", risk)
	if err != nil {
		t.Fatal(err)
	}
	if len(h) != 3 {
		t.Fatalf("history of one risk: %d lines, want 3 (insert, update, delete)", len(h))
	}
	want := []struct{ op, who string }{{"insert", b.roles["dira"]}, {"update", b.roles["cons"]}, {"delete", b.roles["dira"]}}
	for i, w := range want {
		if h[i].Operation != w.op || h[i].Who != w.who || h[i].Login != w.who {
			t.Errorf("line %d: %s by %s (%s), want %s by %s", i, h[i].Operation, h[i].Who, h[i].Login, w.op, w.who)
		}
	}
	if h[0].Old != nil || !strings.Contains(string(h[1].Old), c.Plan.Risks[0].Description) ||
		!strings.Contains(string(h[1].New), `"Nieuw"`) || h[2].New != nil {
		t.Errorf("old and new content: %s -> %s", h[1].Old, h[1].New)
	}
	all, err := a.History(ctx, c.Plan.ID, "", "")
	if err != nil || len(all) <= 3 {
		t.Errorf("history of the plan: %d lines (%v), want every entity's insert and more", len(all), err)
	}

	db := b.raw(t, "dira")
	for _, stmt := range []string{
		"UPDATE balansplan.audit SET who = 'niemand'",
		"DELETE FROM balansplan.audit",
		"TRUNCATE balansplan.audit",
		"INSERT INTO balansplan.audit (who, login, board_id, school_id, plan_id, kind, entity_id, operation) VALUES ('x','x','b1','00AA','p','k','e','insert')",
	} {
		err := db.Transaction(func(tx *gorm.DB) error {
			if err := tx.Exec("SELECT set_config('balansplan.user', ?, true)", b.roles["dira"]).Error; err != nil {
				return err
			}
			return tx.Exec(stmt).Error
		})
		if err == nil || !strings.Contains(err.Error(), "permission denied") {
			t.Errorf("%s as the app: %v, want permission denied", stmt, err)
		}
	}
	// Not even the schema owner changes it.
	if err := b.raw(t, "").Exec("DELETE FROM balansplan.audit").Error; err == nil || !strings.Contains(err.Error(), "append only") {
		t.Errorf("delete as superuser: %v, want append only", err)
	}
	after, _ := a.History(ctx, c.Plan.ID, "", "")
	if len(after) != len(all) {
		t.Errorf("history changed from %d to %d lines", len(all), len(after))
	}
	// Another school's director sees none of it.
	if h, err := b.as(t, "dirb").History(ctx, c.Plan.ID, "", ""); err != nil || len(h) != 0 {
		t.Errorf("B sees %d lines of A's history (%v)", len(h), err)
	}
}
