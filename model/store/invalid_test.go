package store

import (
	"math"
	"path/filepath"
	"slices"
	"testing"

	"balansplan/model"
)

// A plan file with one invalid value, as the sqlite3 program or another
// tool can leave it (no validation, no foreign keys), must load as it is
// stored, so that the program can show the problem and the user can fix
// it; Check names the entity and the field; and an edit that fixes the
// value can be saved.
func TestAPlanWithOneInvalidValueLoadsAsStoredAndCheckNamesTheField(t *testing.T) {
	t.Parallel()
	base := regenboog(t)
	inv0, inv1, vis0 := base.Investments[0], base.Investments[1], base.Visions[0]
	const missing = "ffffffff-0000-4000-8000-000000000000"
	cases := []struct {
		name   string
		sql    string
		entity model.EntityKind
		ref    string
		field  string
		loaded func(p *model.Plan) bool           // the value as stored
		fix    func(p *model.Plan, b *model.Plan) // back to the example
	}{
		{"an unknown block", `UPDATE investments SET block = 'quantum' WHERE position = 0`,
			model.EntityInvestment, inv0.Code, "block",
			func(p *model.Plan) bool { return p.Investments[0].Block == "quantum" },
			func(p, b *model.Plan) { p.Investments[0].Block = b.Investments[0].Block }},
		{"a title that is not UTF-8", `UPDATE visions SET title = CAST(x'4b6170ff7574' AS TEXT) WHERE position = 0`,
			model.EntityVision, vis0.Code, "title",
			func(p *model.Plan) bool { return p.Visions[0].Title == "Kap\xffut" },
			func(p, b *model.Plan) { p.Visions[0].Title = b.Visions[0].Title }},
		{"two investments with one code", `UPDATE investments SET code = '` + inv0.Code + `' WHERE position = 1`,
			model.EntityInvestment, inv0.Code, "code",
			func(p *model.Plan) bool {
				return p.Investments[1].Code == inv0.Code && p.Investments[0].Code == inv0.Code
			},
			func(p, b *model.Plan) { p.Investments[1].Code = b.Investments[1].Code }},
		{"a link to a vision that is not there", `INSERT INTO investment_visions (investment_id, vision_id, position)
			VALUES ('` + inv1.ID + `', '` + missing + `', 99)`,
			model.EntityInvestment, inv1.Code, "visions",
			func(p *model.Plan) bool { return slices.Contains(p.Investments[1].VisionIDs, missing) },
			func(p, b *model.Plan) { p.Investments[1].VisionIDs = b.Investments[1].VisionIDs }},
		{"an amount far beyond any budget", `UPDATE investments SET one_off_cents = 9223372036854775807 WHERE position = 0`,
			model.EntityInvestment, inv0.Code, "cost.one_off",
			func(p *model.Plan) bool { return p.Investments[0].Cost.OneOff == math.MaxInt64 },
			func(p, b *model.Plan) { p.Investments[0].Cost.OneOff = b.Investments[0].Cost.OneOff }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			path := filepath.Join(t.TempDir(), "plan.balans")
			mustCreate(t, path, base).Close()
			sqlite3CLI(t, path, tc.sql)

			ps, err := Check(path)
			if err != nil {
				t.Fatalf("Check: %v", err)
			}
			named := false
			for _, p := range ps {
				named = named || p.Entity == tc.entity && p.Ref == tc.ref && string(p.Field) == tc.field
			}
			if !named {
				t.Errorf("Check does not name %s %s, field %s: %v", tc.entity, tc.ref, tc.field, ps.Messages(model.EN))
			}

			// The program opens it read-write and loads it as stored.
			d, err := Open(path)
			if err != nil {
				t.Fatalf("Open: %v", err)
			}
			defer d.Close()
			p := mustLoad(t, d)
			if !tc.loaded(p) {
				t.Fatal("Load did not give the value as stored")
			}
			// The user fixes it; the fix is saved and the file is clean.
			next := p.Clone()
			tc.fix(next, base)
			if err := d.Commit(p, next); err != nil {
				t.Fatalf("Commit of the fix: %v", err)
			}
			d.Close()
			if ps, err := Check(path); err != nil || len(ps) > 0 {
				t.Errorf("Check after the fix: %v %v", ps.Messages(model.EN), err)
			}
		})
	}
}
