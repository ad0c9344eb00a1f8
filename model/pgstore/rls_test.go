package pgstore_test

import (
	"context"
	"strings"
	"testing"

	"gorm.io/gorm"

	"balansplan/model"
)

// unprotected lists the tables (schema.table) with a school_id column
// that lack row-level security, its FORCE, or a policy.
func unprotected(t *testing.T, db *gorm.DB) (all, bad []string) {
	t.Helper()
	var rows []struct {
		Name     string
		Rls      bool
		Force    bool
		Policies int
	}
	err := db.Raw(`SELECT n.nspname || '.' || c.relname AS name, c.relrowsecurity AS rls,
	                  c.relforcerowsecurity AS force,
	                  (SELECT count(*) FROM pg_policy p WHERE p.polrelid = c.oid) AS policies
	               FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
	               JOIN pg_namespace n ON n.oid = c.relnamespace
	               WHERE a.attname = 'school_id' AND NOT a.attisdropped AND c.relkind IN ('r', 'p')
	                 AND n.nspname NOT IN ('pg_catalog', 'information_schema')
	               ORDER BY 1`).Scan(&rows).Error
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		all = append(all, r.Name)
		if !r.Rls || !r.Force || r.Policies == 0 {
			bad = append(bad, r.Name)
		}
	}
	return all, bad
}

// Every table with a school key has row-level security, forced, and a
// policy; and the check finds a table that has not.
func TestEverySchoolTableHasPolicy(t *testing.T) {
	b := newBoard(t)
	db := b.raw(t, "")
	all, bad := unprotected(t, db)
	for _, want := range []string{"balansplan.audit", "balansplan.grants", "balansplan.plan_entities", "balansplan.plans", "balansplan.schools"} {
		if !contains(all, want) {
			t.Errorf("%s has no school_id column (tables found: %v)", want, all)
		}
	}
	if len(bad) > 0 {
		t.Errorf("tables with a school key without RLS, FORCE or a policy: %v", bad)
	}
	// The check can fail: a new table with a school key and RLS without
	// FORCE is reported.
	if err := db.Exec(`CREATE TABLE balansplan.newthing (school_id text);
	                   ALTER TABLE balansplan.newthing ENABLE ROW LEVEL SECURITY;
	                   CREATE POLICY p ON balansplan.newthing USING (true)`).Error; err != nil {
		t.Fatal(err)
	}
	if _, bad := unprotected(t, db); !contains(bad, "balansplan.newthing") {
		t.Errorf("a table without FORCE was not reported: %v", bad)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// A director of school A can neither read nor write school B: not through
// the store, and not with hand-written SQL through the app's role.
func TestDirectorCannotReachOtherSchool(t *testing.T) {
	b := newBoard(t)
	ctx := context.Background()
	planB := create(t, b.as(t, "dirb"), "00BB", newPlan(t))
	planA := create(t, b.as(t, "dira"), "00AA", newPlan(t))
	a := b.as(t, "dira")

	// Through the store.
	if _, err := a.Load(ctx, planB.Plan.ID); reason(err) != "not_found" {
		t.Errorf("load of B's plan: %v, want not_found", err)
	}
	edit := planB.Plan.Clone()
	edit.Title = "overgenomen"
	if _, err := a.Save(ctx, planB, edit); reason(err) != "not_found" {
		t.Errorf("save of B's plan: %v, want not_found", err)
	}
	if _, err := a.Create(ctx, "00BB", newPlan(t)); reason(err) != "no_school" {
		t.Errorf("create for B: %v, want no_school", err)
	}
	if ps, err := a.Plans(ctx, ""); err != nil || len(ps) != 1 || ps[0].PlanID != planA.Plan.ID {
		t.Errorf("plans A sees: %v (%v), want only %s", ps, err, planA.Plan.ID)
	}
	if h, err := a.History(ctx, planB.Plan.ID, "", ""); err != nil || len(h) != 0 {
		t.Errorf("A sees %d lines of B's history (%v), want 0", len(h), err)
	}

	// By hand, as A's login role, with A's own context.
	db := b.raw(t, "dira")
	me := b.roles["dira"]
	asA := func(fn func(tx *gorm.DB) error) error {
		return db.Transaction(func(tx *gorm.DB) error {
			if err := tx.Exec("SELECT set_config('balansplan.user', ?, true)", me).Error; err != nil {
				return err
			}
			return fn(tx)
		})
	}
	for _, table := range []string{"plans", "plan_entities", "audit", "schools", "grants"} {
		var n int64
		err := asA(func(tx *gorm.DB) error {
			return tx.Raw("SELECT count(*) FROM balansplan." + table + " WHERE school_id = '00BB'").Scan(&n).Error
		})
		if err != nil || n != 0 {
			t.Errorf("A counts %d rows of B in %s (%v), want 0", n, table, err)
		}
	}
	for _, stmt := range []string{
		"UPDATE balansplan.plans SET title = 'x' WHERE school_id = '00BB'",
		"UPDATE balansplan.plan_entities SET content = '{}' WHERE school_id = '00BB'",
		"DELETE FROM balansplan.plan_entities WHERE school_id = '00BB'",
		"DELETE FROM balansplan.plans WHERE school_id = '00BB'",
		// Moving B's rows into A's school does not reach them either.
		"UPDATE balansplan.plans SET school_id = '00AA' WHERE school_id = '00BB'",
	} {
		var affected int64
		err := asA(func(tx *gorm.DB) error {
			res := tx.Exec(stmt)
			affected = res.RowsAffected
			return res.Error
		})
		if err != nil || affected != 0 {
			t.Errorf("%s: %d rows (%v), want 0", stmt, affected, err)
		}
	}
	for _, stmt := range []string{
		// Writing into B: refused by the policies' WITH CHECK.
		"INSERT INTO balansplan.plans (board_id, school_id, plan_id, doc_keys) VALUES ('b1', '00BB', 'evil', '[]')",
		"INSERT INTO balansplan.plan_entities (board_id, school_id, plan_id, kind, entity_id, position, content) VALUES ('b1', '00BB', '" + planB.Plan.ID + "', 'risks', 'evil', 99, '{}')",
		// Moving A's own plan into B.
		"UPDATE balansplan.plans SET school_id = '00BB' WHERE school_id = '00AA'",
		// Giving oneself rights.
		"INSERT INTO balansplan.grants (user_name, role, board_id, school_id) VALUES ('" + me + "', 'director', 'b1', '00BB')",
		// Around the policies.
		"SET LOCAL row_security = off; SELECT * FROM balansplan.plans",
		"SET LOCAL ROLE balansplan_owner",
		"ALTER TABLE balansplan.plans DISABLE ROW LEVEL SECURITY",
		"ALTER TABLE balansplan.plans NO FORCE ROW LEVEL SECURITY",
		"DROP POLICY plans_read ON balansplan.plans",
		"SELECT balansplan.audit_entity()",
	} {
		err := asA(func(tx *gorm.DB) error { return tx.Exec(stmt).Error })
		if err == nil {
			t.Errorf("%s: succeeded as a director of A", stmt)
		}
	}
	// Board b2 is not A's: not even its name shows.
	var boards int64
	if err := asA(func(tx *gorm.DB) error {
		return tx.Raw("SELECT count(*) FROM balansplan.boards WHERE board_id = 'b2'").Scan(&boards).Error
	}); err != nil || boards != 0 {
		t.Errorf("A sees board b2 (%d rows, %v)", boards, err)
	}
	// Acting for someone else (the board) from A's own login: no user at all.
	var n int64
	err := db.Transaction(func(tx *gorm.DB) error {
		if err := tx.Exec("SELECT set_config('balansplan.user', ?, true)", b.roles["bestuur"]).Error; err != nil {
			return err
		}
		return tx.Raw("SELECT count(*) FROM balansplan.plans").Scan(&n).Error
	})
	if err != nil || n != 0 {
		t.Errorf("A acting for the board sees %d plans (%v), want 0", n, err)
	}
	// B's plan is as B saved it.
	got, err := b.as(t, "dirb").Load(ctx, planB.Plan.ID)
	if err != nil || got.Revision != 1 || got.Plan.Title != planB.Plan.Title {
		t.Errorf("B's plan after A's attempts: %v, %v", got, err)
	}
}

// No user context: nothing is visible, also one's own school (fail closed);
// and the context does not outlive its transaction on a pooled connection.
func TestNoContextNothingVisible(t *testing.T) {
	b := newBoard(t)
	create(t, b.as(t, "dira"), "00AA", newPlan(t))
	db := b.raw(t, "dira") // one connection, reused by every statement
	count := func() int64 {
		var n int64
		if err := db.Raw("SELECT count(*) FROM balansplan.plans").Scan(&n).Error; err != nil {
			t.Fatal(err)
		}
		return n
	}
	if n := count(); n != 0 {
		t.Errorf("without context %d plans are visible, want 0", n)
	}
	var inside int64
	err := db.Transaction(func(tx *gorm.DB) error {
		if err := tx.Exec("SELECT set_config('balansplan.user', ?, true)", b.roles["dira"]).Error; err != nil {
			return err
		}
		return tx.Raw("SELECT count(*) FROM balansplan.plans").Scan(&inside).Error
	})
	if err != nil || inside != 1 {
		t.Errorf("with context %d plans (%v), want 1", inside, err)
	}
	if n := count(); n != 0 {
		t.Errorf("after the transaction %d plans are visible on the same connection, want 0", n)
	}
}

// The roles: the board reads every school of its board and no other, and
// may adopt; a director may not adopt; a consultant's access ends at its
// expiry; a supervisor reads adopted plans only and writes nothing.
func TestRoles(t *testing.T) {
	b := newBoard(t)
	ctx := context.Background()
	pa := create(t, b.as(t, "dira"), "00AA", newPlan(t))
	pb := create(t, b.as(t, "dirb"), "00BB", newPlan(t))
	pc := create(t, b.as(t, "dirc"), "00CC", newPlan(t))

	ids := func(person string) []string {
		ps, err := b.as(t, person).Plans(ctx, "")
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, p := range ps {
			out = append(out, p.SchoolID)
		}
		return out
	}
	for person, want := range map[string]string{
		"bestuur": "00AA 00BB", "dira": "00AA", "cons": "00AA", "old": "", "toezicht": "", "dirc": "00CC",
	} {
		got := ids(person)
		sortStrings(got)
		if strings.Join(got, " ") != want {
			t.Errorf("%s sees plans of [%s], want [%s]", person, strings.Join(got, " "), want)
		}
	}
	_ = pc

	// The consultant writes A; the expired one cannot.
	edit := pa.Plan.Clone()
	edit.Title = "door de adviseur"
	pa2, err := b.as(t, "cons").Save(ctx, pa, edit)
	if err != nil {
		t.Fatalf("consultant's save: %v", err)
	}
	if _, err := b.as(t, "old").Save(ctx, pa2, pa2.Plan.Clone()); reason(err) != "not_found" {
		t.Errorf("expired consultant's save: %v, want not_found", err)
	}

	// Adoption: the director may not, the board may.
	adopted := pa2.Plan.Clone()
	adopted.Status = model.StatusVastgesteld
	if _, err := b.as(t, "dira").Save(ctx, pa2, adopted); reason(err) != "no_rights" {
		t.Errorf("director adopting: %v, want no_rights", err)
	}
	pa3, err := b.as(t, "bestuur").Save(ctx, pa2, adopted)
	if err != nil {
		t.Fatalf("board adopting: %v", err)
	}

	// The supervisor now reads A (adopted), still not B (concept), and
	// cannot write A.
	if got := ids("toezicht"); strings.Join(got, " ") != "00AA" {
		t.Errorf("supervisor sees %v, want [00AA]", got)
	}
	sup := b.as(t, "toezicht")
	got, err := sup.Load(ctx, pa.Plan.ID)
	if err != nil || got.Plan.Status != model.StatusVastgesteld {
		t.Fatalf("supervisor's load of the adopted plan: %v", err)
	}
	if _, err := sup.Load(ctx, pb.Plan.ID); reason(err) != "not_found" {
		t.Errorf("supervisor's load of a concept: %v, want not_found", err)
	}
	if _, err := sup.Save(ctx, pa3, pa3.Plan.Clone()); reason(err) != "no_rights" {
		t.Errorf("supervisor's save: %v, want no_rights", err)
	}
	// The status column cannot be set apart from the plan's own status
	// (the supervisor's policy reads it).
	db := b.raw(t, "dirb")
	err = db.Transaction(func(tx *gorm.DB) error {
		if err := tx.Exec("SELECT set_config('balansplan.user', ?, true)", b.roles["dirb"]).Error; err != nil {
			return err
		}
		return tx.Exec("UPDATE balansplan.plans SET status = 'afgerond' WHERE plan_id = ?", pb.Plan.ID).Error
	})
	if err == nil {
		t.Errorf("plans.status set apart from the plan's own status")
	}
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}
