package planning

import (
	"math"
	"testing"

	"balansplan/model"
)

// The leaders pool schoolleider and bestuurder (sums and counts, not the
// means of the two roles); the teachers are the leraren; other roles count
// for neither. Worked out by hand per row.
func TestDivergenceOfLeadersAndTeachers(t *testing.T) {
	mean := func(sum, count int) Mean { return Mean{Sum: sum, Count: count} }
	for _, c := range []struct {
		name     string
		byRole   []RoleLevel
		leaders  Mean
		teachers Mean
		gap      Level
		diverges bool
	}{
		{"pooled by score, not by role: (4+5+3)/3 = 4 against 2.5",
			[]RoleLevel{{Role: model.RoleLeraar, Now: mean(5, 2)}, {Role: model.RoleSchoolleider, Now: mean(9, 2)}, {Role: model.RoleBestuurder, Now: mean(3, 1)}},
			mean(12, 3), mean(5, 2), known(1.5), true},
		{"exactly the threshold the other way: 2.5 against 4",
			[]RoleLevel{{Role: model.RoleLeraar, Now: mean(8, 2)}, {Role: model.RoleSchoolleider, Now: mean(5, 2)}},
			mean(5, 2), mean(8, 2), known(-1.5), true},
		{"just under: 3 against 4.4",
			[]RoleLevel{{Role: model.RoleLeraar, Now: mean(22, 5)}, {Role: model.RoleBestuurder, Now: mean(3, 1)}},
			mean(3, 1), mean(22, 5), known(3 - 4.4), false},
		{"the ict coordinator counts for neither",
			[]RoleLevel{{Role: model.RoleLeraar, Now: mean(3, 1)}, {Role: model.RoleIctCoordinator, Now: mean(1, 1)}, {Role: model.RoleSchoolleider, Now: mean(3, 1)}},
			mean(3, 1), mean(3, 1), known(0), false},
		{"no teachers: unknown",
			[]RoleLevel{{Role: model.RoleSchoolleider, Now: mean(5, 1)}, {Role: model.RoleLeraar}},
			mean(5, 1), Mean{}, Level{}, false},
		{"no leaders: unknown",
			[]RoleLevel{{Role: model.RoleLeraar, Now: mean(1, 1)}, {Role: model.RoleOndersteuner, Now: mean(5, 1)}},
			Mean{}, mean(1, 1), Level{}, false},
	} {
		bl := BlockLevel{Block: model.BlockVisie, ByRole: c.byRole}
		leaders, teachers, ok := bl.LeadersAndTeachers()
		gap, diverges := bl.Divergence()
		if leaders != c.leaders || teachers != c.teachers || ok != c.gap.Known || gap.Known != c.gap.Known || math.Abs(gap.Value-c.gap.Value) > 1e-12 || diverges != c.diverges {
			t.Errorf("%s: leaders %v teachers %v ok %v, gap %v diverges %v; want %v %v, %v %v",
				c.name, leaders, teachers, ok, gap, diverges, c.leaders, c.teachers, c.gap, c.diverges)
		}
	}
}
