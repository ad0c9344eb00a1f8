package merge

import (
	"testing"

	"balansplan/model"
	"balansplan/model/testplan"
)

// The link back merges field by field: one copy that sets the version
// and another that sets the title are both taken; two versions are a
// conflict on that field only.
func TestTheLinkBackMergesFieldByField(t *testing.T) {
	base := testplan.Regenboog(t)
	base.Previous = model.Previous{ID: "2f0c6a2e-6b7e-4d55-9a43-0d1c2b3a4f50", Title: "Ict-plan 2022-2025", Version: "1.0"}
	a, b := base.Clone(), base.Clone()
	a.Previous.Version = "1.1"
	b.Previous.Title = "Ict-beleidsplan 2022-2025"
	got, cs := Merge(base, []*model.Plan{a, b}, -1)
	checkConflicts(t, cs, nil)
	want := model.Previous{ID: base.Previous.ID, Title: "Ict-beleidsplan 2022-2025", Version: "1.1"}
	if got.Previous != want {
		t.Errorf("merged %+v, want %+v", got.Previous, want)
	}

	b.Previous.Version = "2.0"
	_, cs = Merge(base, []*model.Plan{a, b}, -1)
	checkConflicts(t, cs, []summary{{Changed, model.EntityPlan, "", "plan.previous.version", "1.0", "1.1 | 2.0", "", -1}})
}
