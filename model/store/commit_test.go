package store

import (
	"errors"
	"path/filepath"
	"slices"
	"testing"

	"balansplan/model"
)

// Codes of the example plan, by which the edits below find entities.
func vision(p *model.Plan, code string) *model.Vision {
	for i := range p.Visions {
		if p.Visions[i].Code == code {
			return &p.Visions[i]
		}
	}
	panic("no vision " + code)
}

func investment(p *model.Plan, code string) *model.Investment {
	for i := range p.Investments {
		if p.Investments[i].Code == code {
			return &p.Investments[i]
		}
	}
	panic("no investment " + code)
}

func codes[E any](list []E, code func(*E) string) []string {
	out := make([]string, len(list))
	for i := range list {
		out[i] = code(&list[i])
	}
	return out
}

func invCodes(p *model.Plan) []string {
	return codes(p.Investments, func(i *model.Investment) string { return i.Code })
}

func visionCodes(p *model.Plan) []string {
	return codes(p.Visions, func(v *model.Vision) string { return v.Code })
}

// removeInvestment deletes an investment with the model's rule (its
// dependencies and vote points go too), as the program does.
func removeInvestment(p *model.Plan, code string) {
	p.RemoveInvestment(investment(p, code).ID)
}

// removeVision deletes a vision with the model's rule (its links go too).
func removeVision(p *model.Plan, code string) {
	p.RemoveVision(vision(p, code).ID)
}

var edits = []struct {
	name string
	edit func(t *testing.T, p *model.Plan)
}{
	{"change the header, school and indicators", func(t *testing.T, p *model.Plan) {
		p.Title, p.Version, p.Status = "Ict-beleidsplan 2026-2030", "1.0", model.StatusBesproken
		p.EndYear = 2030
		p.School.Pupils, p.School.StaffFTE = 251, 19.25
		p.TeachingGoal = model.TeachingZelfgeorganiseerd
		x := 7.5
		p.Indicators.PupilsPerComputer = &x
		p.Indicators.Wifi = nil
		p.Indicators.BYODPct = nil
	}},
	{"change, add and drop budget ceilings and authors", func(t *testing.T, p *model.Plan) {
		p.BudgetCeiling[2026] = model.Euros(50000) + 25
		delete(p.BudgetCeiling, 2029)
		p.Authors = []string{"ict-coördinator", "bestuurder", "directeur"}
	}},
	{"add a vision at the front and link it", func(t *testing.T, p *model.Plan) {
		v := model.Vision{ID: model.NewID(), Code: "V0", Title: "Nieuwe visie", Returns: []model.Return{model.ReturnSturing}}
		p.Visions = append([]model.Vision{v}, p.Visions...)
		d1 := investment(p, "D1")
		d1.VisionIDs = append([]string{v.ID}, d1.VisionIDs...)
	}},
	{"change a vision's text and returns", func(t *testing.T, p *model.Plan) {
		v := vision(p, "V2")
		v.Text = "Andere tekst"
		v.Returns = []model.Return{model.ReturnMotivatie, model.ReturnIctGeletterdheid}
		v.Priority = 9
	}},
	{"delete a vision that investments link to", func(t *testing.T, p *model.Plan) {
		removeVision(p, "V1")
	}},
	{"reorder visions", func(t *testing.T, p *model.Plan) {
		slices.Reverse(p.Visions)
	}},
	{"swap the codes of two visions", func(t *testing.T, p *model.Plan) {
		a, b := vision(p, "V1"), vision(p, "V2")
		a.Code, b.Code = b.Code, a.Code
	}},
	{"add an investment that depends on another", func(t *testing.T, p *model.Plan) {
		inv := model.Investment{ID: model.NewID(), Code: "D9", Title: "Nascholing", Block: model.BlockDeskundigheid,
			Category: model.CategoryLeraar, Start: model.MonthOf(2028, 1), Status: model.InvGepland,
			Cost:      model.Cost{OneOff: model.Euros(1200)},
			VisionIDs: []string{vision(p, "V2").ID}, DependsOnIDs: []string{investment(p, "D1").ID}}
		p.Investments = slices.Insert(p.Investments, 2, inv)
	}},
	{"change every field of an investment", func(t *testing.T, p *model.Plan) {
		inv := investment(p, "I1")
		inv.Code, inv.Title, inv.Description = "I10", "Ander pakket", "Nieuwe omschrijving"
		inv.Category, inv.MaterialType = model.CategoryOnderwijssoftware, model.MaterialPersoonlijkeLeeromgeving
		inv.Start, inv.End = model.MonthOf(2027, 2), model.MonthOf(2028, 12)
		inv.Owner, inv.Status, inv.Pilot = "bestuur", model.InvLopend, !inv.Pilot
		inv.Cost = model.Cost{OneOff: 123456, Recurring: 99, DepreciationYears: 3}
	}},
	{"clear an investment's end month", func(t *testing.T, p *model.Plan) {
		investment(p, "D1").End = 0
	}},
	{"relink an investment and change its dependencies", func(t *testing.T, p *model.Plan) {
		n2 := investment(p, "N2")
		n2.VisionIDs = []string{vision(p, "V3").ID, vision(p, "V1").ID}
		n2.DependsOnIDs = append(n2.DependsOnIDs, investment(p, "VI1").ID)
	}},
	{"delete an investment others depend on", func(t *testing.T, p *model.Plan) {
		removeInvestment(p, "N1")
	}},
	{"move the last investment to the front", func(t *testing.T, p *model.Plan) {
		last := p.Investments[len(p.Investments)-1]
		p.Investments = append([]model.Investment{last}, p.Investments[:len(p.Investments)-1]...)
	}},
	{"add, change, delete and reorder agreements", func(t *testing.T, p *model.Plan) {
		p.Agreements[0].Text = "Aangepaste afspraak"
		p.Agreements[0].Coverage = model.CoverageAlle
		p.Agreements = p.Agreements[:len(p.Agreements)-1]
		p.Agreements = append([]model.Agreement{{ID: model.NewID(), Kind: model.AgreementAanschafBeheer,
			Coverage: model.CoverageGeen, Text: "Nieuw"}}, p.Agreements...)
	}},
	{"add, change, delete and reorder assessments and scores", func(t *testing.T, p *model.Plan) {
		a := &p.Assessments[0]
		a.Role, a.Participant = model.RoleIctCoordinator, "p99"
		a.Scores[model.BlockVisie] = model.Score{Now: 5, Goal: model.NoRating}
		delete(a.Scores, model.BlockInhoud)
		p.Assessments = slices.Delete(p.Assessments, 1, 2)
		slices.Reverse(p.Assessments)
		p.Assessments = append(p.Assessments, model.Assessment{ID: model.NewID(), Session: "Nieuw", Participant: "p7",
			Role: model.RoleLeraar, Scores: map[model.Block]model.Score{model.BlockLeiderschap: {Now: 1, Goal: 2}}})
	}},
	{"change the plan's ID", func(t *testing.T, p *model.Plan) {
		p.ID = model.NewID()
	}},
	{"everything at once", func(t *testing.T, p *model.Plan) {
		removeVision(p, "V3")
		removeInvestment(p, "I2")
		slices.Reverse(p.Investments)
		p.Title = "Alles anders"
		p.Agreements = nil
		p.Assessments = p.Assessments[:1]
		p.BudgetCeiling = nil
	}},
}

func TestCommitWritesExactlyTheNewPlanAndUndoRestoresTheOld(t *testing.T) {
	t.Parallel()
	for _, tc := range edits {
		t.Run(tc.name, func(t *testing.T) {
			commitAndUndo(t, regenboog(t), func(p *model.Plan) { tc.edit(t, p) })
		})
	}
}

func TestCommitOfAnInvalidPlanChangesNothing(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "plan.balans")
	d := mustCreate(t, path, regenboog(t))
	defer d.Close()
	prev := mustLoad(t, d)
	next := prev.Clone()
	next.Title = "Geldige wijziging die niet mag landen"
	investment(next, "D1").Start = model.MonthOf(2035, 1) // outside 2026-2029
	investment(next, "D2").Code = "D1"                    // duplicate code

	err := d.Commit(prev, next)
	var ps model.Problems
	if !errors.As(err, &ps) {
		t.Fatalf("err = %v, want model.Problems", err)
	}
	if !ps.Has("outside_period", "start") || !ps.Has("duplicate", "code") {
		t.Errorf("problems = %v", ps)
	}
	if a, b := encode(t, prev), encode(t, mustLoad(t, d)); a != b {
		t.Errorf("the file changed:\n%s", lineDiff(a, b))
	}
	// The Doc still works for a valid edit.
	next = prev.Clone()
	next.Version = "0.4"
	if err := d.Commit(prev, next); err != nil {
		t.Fatal(err)
	}
}

func TestCommitRefusesALinkListedTwice(t *testing.T) {
	t.Parallel()
	d := mustCreate(t, filepath.Join(t.TempDir(), "plan.balans"), regenboog(t))
	defer d.Close()
	prev := mustLoad(t, d)
	next := prev.Clone()
	d1 := investment(next, "D1")
	d1.VisionIDs = append(d1.VisionIDs, d1.VisionIDs[0])
	err := d.Commit(prev, next)
	var ps model.Problems
	if !errors.As(err, &ps) || !ps.Has("duplicate_link", "visions") {
		t.Fatalf("err = %v, want duplicate_link on visions", err)
	}
	// Once, though both the model and the store look for it.
	if n := len(ps); n != 1 {
		t.Errorf("%d problems: %v", n, ps.Messages(model.EN))
	}
}

func TestCommitWithoutChangesWritesNothing(t *testing.T) {
	t.Parallel()
	d := mustCreate(t, filepath.Join(t.TempDir(), "plan.balans"), regenboog(t))
	defer d.Close()
	prev := mustLoad(t, d)
	rev := d.revision
	// Nil and empty lists and maps mean the same.
	next := prev.Clone()
	next.Assessments[0].Scores = map[model.Block]model.Score{}
	for b, s := range prev.Assessments[0].Scores {
		next.Assessments[0].Scores[b] = s
	}
	if err := d.Commit(prev, next); err != nil {
		t.Fatal(err)
	}
	if d.revision != rev {
		t.Errorf("revision moved from %d to %d", rev, d.revision)
	}
}

func TestCommitFromAStalePlanIsRefused(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "plan.balans")
	d1 := mustCreate(t, path, regenboog(t))
	defer d1.Close()
	d2, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer d2.Close()
	p1, p2 := mustLoad(t, d1), mustLoad(t, d2)

	n1 := p1.Clone()
	n1.Version = "van venster 1"
	if err := d1.Commit(p1, n1); err != nil {
		t.Fatal(err)
	}
	n2 := p2.Clone()
	n2.Title = "van venster 2"
	if err := d2.Commit(p2, n2); fileReason(err) != ReasonChanged {
		t.Fatalf("err = %v, want changed", err)
	}
	if got := mustLoad(t, d2); got.Version != "van venster 1" || got.Title != p1.Title {
		t.Errorf("file holds version %q title %q", got.Version, got.Title)
	}
	// After loading again, window 2 can save.
	p2 = mustLoad(t, d2)
	n2 = p2.Clone()
	n2.Title = "van venster 2"
	if err := d2.Commit(p2, n2); err != nil {
		t.Fatal(err)
	}
}

func TestCommitWithAPrevThatIsNotTheFileIsRefused(t *testing.T) {
	t.Parallel()
	d := mustCreate(t, filepath.Join(t.TempDir(), "plan.balans"), regenboog(t))
	defer d.Close()
	file := mustLoad(t, d)
	// The caller believes an investment exists that the file lacks.
	prev := file.Clone()
	prev.Investments = append(prev.Investments, model.Investment{ID: model.NewID(), Code: "X1", Title: "Spook",
		Block: model.BlockVisie, Start: model.MonthOf(2026, 1), Status: model.InvGepland})
	next := prev.Clone()
	next.Investments = next.Investments[:len(next.Investments)-1]
	next.Title = "Wijziging"
	if err := d.Commit(prev, next); fileReason(err) != ReasonChanged {
		t.Fatalf("err = %v, want changed", err)
	}
	if got := mustLoad(t, d); got.Title != file.Title {
		t.Errorf("title changed to %q", got.Title)
	}
}

func TestCommitOnAReadOnlyDocIsRefused(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "plan.balans")
	mustCreate(t, path, regenboog(t)).Close()
	d, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	prev := mustLoad(t, d)
	next := prev.Clone()
	next.Title = "x"
	if err := d.Commit(prev, next); fileReason(err) != ReasonReadOnly {
		t.Errorf("Commit: %v, want read_only", err)
	}
	if err := d.Replace(next); fileReason(err) != ReasonReadOnly {
		t.Errorf("Replace: %v, want read_only", err)
	}
}

func TestReplaceWritesTheWholePlan(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "plan.balans")
	d := mustCreate(t, path, regenboog(t))
	other := regenboog(t)
	other.ID = model.NewID()
	other.Title = "Ingelezen plan"
	removeVision(other, "V2")
	other.Agreements = nil
	// New IDs for the investments, and their links remapped, as an
	// import of a plan made elsewhere would have them.
	ids := map[string]string{}
	for i := range other.Investments {
		ids[other.Investments[i].ID] = model.NewID()
		other.Investments[i].ID = ids[other.Investments[i].ID]
	}
	for i := range other.Investments {
		for j, id := range other.Investments[i].DependsOnIDs {
			other.Investments[i].DependsOnIDs[j] = ids[id]
		}
	}
	if err := d.Replace(other); err != nil {
		t.Fatal(err)
	}
	// A Commit right after works from the replaced plan.
	next := other.Clone()
	next.Version = "2.0"
	if err := d.Commit(other, next); err != nil {
		t.Fatal(err)
	}
	_, got := reopen(t, d)
	if a, b := encode(t, next), encode(t, got); a != b {
		t.Errorf("after Replace and Commit:\n%s", lineDiff(a, b))
	}

	bad := next.Clone()
	bad.StartYear = 0
	d2, _ := Open(path)
	defer d2.Close()
	var ps model.Problems
	if err := d2.Replace(bad); !errors.As(err, &ps) {
		t.Fatalf("Replace of an invalid plan: %v", err)
	}
	if a, b := encode(t, next), encode(t, mustLoad(t, d2)); a != b {
		t.Errorf("invalid Replace changed the file:\n%s", lineDiff(a, b))
	}
}

// The diff writes only what changed: hand-worked expectations on the
// example (V1, V2, V3; VI1, D1, D2, I1, I2, N1, N2, N3, L1 or similar).
func TestDiffTouchesOnlyWhatChanged(t *testing.T) {
	t.Parallel()
	prev := regenboog(t)
	t.Run("one changed title is one update", func(t *testing.T) {
		next := prev.Clone()
		investment(next, "D2").Title = "Nieuw"
		c := diff(prev, next, prev.ID)
		if len(c.investments.update) != 1 || c.investments.update[0].Code != "D2" || c.investments.update[0].Title != "Nieuw" {
			t.Errorf("updates = %+v", c.investments.update)
		}
		c.investments.update = nil
		if !c.empty() {
			t.Errorf("more than the one update: %+v", c)
		}
	})
	t.Run("moving V3 to the front moves three rows and updates none", func(t *testing.T) {
		next := prev.Clone()
		next.Visions = []model.Vision{next.Visions[2], next.Visions[0], next.Visions[1]}
		c := diff(prev, next, prev.ID)
		want := []moved{{vision(prev, "V3").ID, 0}, {vision(prev, "V1").ID, 1}, {vision(prev, "V2").ID, 2}}
		if !slices.Equal(c.visions.move, want) || len(c.visions.update) != 0 || !c.returns.empty() {
			t.Errorf("visions diff = %+v, returns %+v", c.visions, c.returns)
		}
	})
	t.Run("deleting V1 removes it and rewrites the links of its investments only", func(t *testing.T) {
		next := prev.Clone()
		removeVision(next, "V1")
		c := diff(prev, next, prev.ID)
		if !slices.Equal(c.visions.remove, []string{vision(prev, "V1").ID}) {
			t.Errorf("remove = %v", c.visions.remove)
		}
		var linked []string
		for _, inv := range prev.Investments {
			if slices.Contains(inv.VisionIDs, vision(prev, "V1").ID) {
				linked = append(linked, inv.ID)
			}
		}
		if len(linked) == 0 || !slices.Equal(c.links.clear, linked) {
			t.Errorf("links cleared for %v, want %v", c.links.clear, linked)
		}
		if len(c.investments.update) != 0 || len(c.visions.move) != 2 {
			t.Errorf("investments updated %d, visions moved %d", len(c.investments.update), len(c.visions.move))
		}
	})
}

func TestExampleHasTheEntitiesTheEditsUse(t *testing.T) {
	t.Parallel()
	p := regenboog(t)
	if got := visionCodes(p); !slices.Equal(got, []string{"V1", "V2", "V3"}) {
		t.Fatalf("visions %v", got)
	}
	for _, c := range []string{"VI1", "D1", "D2", "I1", "I2", "N1", "N2"} {
		if !slices.Contains(invCodes(p), c) {
			t.Fatalf("no investment %s in %v", c, invCodes(p))
		}
	}
	if len(p.Agreements) < 2 || len(p.Assessments) < 3 || len(investment(p, "N2").DependsOnIDs) == 0 && len(investment(p, "D2").DependsOnIDs) == 0 {
		t.Fatalf("example too small for the edits")
	}
}
