package merge

import (
	"slices"
	"strings"
	"testing"

	"balansplan/model"
	"balansplan/model/testplan"
)

// The board chapters (issue 13) merge like the rest: the plan-level texts
// field by field, the signature lines as one value, the inventory, the
// organisation of ict and the risks entity by entity, matched by ID. The
// reflection tests in fields_test.go show that every field is carried;
// these are the cases worked out by hand.

func TestBoardEditsInDifferentPlacesAreAllTaken(t *testing.T) {
	base := testplan.Board(t)
	a, b := base.Clone(), base.Clone()
	a.Proposal.Decision = "Alleen 2026 vaststellen."
	b.Proposal.Funding = "Uit de reserve."
	a.Adoption.Council.Outcome = model.CouncilNegatief
	b.Adoption.Council.Note = "Na overleg positief."
	a.Risks[1].Likelihood = model.GradeMidden
	b.Risks[1].Measure = "Oplevering voor 1 augustus."
	a.RemoveInventoryItem(a.Inventory[7].ID)
	b.Organisation[1].HoursPerYear = 200
	a.Risks = append(a.Risks, model.Risk{ID: "risk-anna", Description: "Nieuw risico van anna"})
	b.Risks = append(b.Risks, model.Risk{ID: "risk-bram", Description: "Nieuw risico van bram"})
	b.Inventory = append(b.Inventory, model.InventoryItem{ID: "inv-bram", Kind: model.InventoryNetwerk, Description: "Switch"})

	got, cs := Merge(base, []*model.Plan{a, b}, -1)
	checkConflicts(t, cs, nil)

	want := base.Clone()
	want.Proposal.Decision, want.Proposal.Funding = a.Proposal.Decision, b.Proposal.Funding
	want.Adoption.Council.Outcome, want.Adoption.Council.Note = model.CouncilNegatief, b.Adoption.Council.Note
	want.Risks[1].Likelihood, want.Risks[1].Measure = model.GradeMidden, b.Risks[1].Measure
	want.RemoveInventoryItem(want.Inventory[7].ID)
	want.Organisation[1].HoursPerYear = 200
	// The base's order, then what the first copy added, then the second.
	want.Risks = append(want.Risks, a.Risks[5], b.Risks[5])
	want.Inventory = append(want.Inventory, b.Inventory[8])
	if x, y := encode(t, want), encode(t, got); x != y {
		t.Errorf("merged plan:\n%s", lineDiff(x, y))
	}
}

func TestBoardEditsThatDisagreeAreConflicts(t *testing.T) {
	base := testplan.Board(t)
	a, b := base.Clone(), base.Clone()
	a.Review.When = "in mei"
	b.Review.When = "in juni en december"
	a.Risks[2].Impact = model.GradeLaag
	b.Risks[2].Impact = model.GradeHoog
	a.Organisation[1].Person = "K. Smit"
	b.RemoveResponsibility(b.Organisation[1].ID)
	a.Inventory[0].Quantity = 40
	b.Inventory[0].Quantity = 36

	_, cs := Merge(base, []*model.Plan{a, b}, -1)
	// Worked out: the plan first, then the lists in the order inventory,
	// organisation, risks (after votes, as in the format).
	checkConflicts(t, cs, []summary{
		{Changed, model.EntityPlan, "", "plan.review.when", base.Review.When, "in mei | in juni en december", "", -1},
		{Changed, model.EntityInventory, "#1", "quantity", "32", "40 | 36", "", -1},
		{DeletedChanged, model.EntityResponsibility, "Ict-coördinator", "", "", "person | absent", "", -1},
		{Changed, model.EntityRisk, "#3", "impact", "midden", "laag | hoog", "", -1},
	})
	for _, c := range cs {
		for _, l := range []model.Lang{model.NL, model.EN} {
			msg := c.Message(l, []string{"anna.balans", "bram.balans"})
			if !strings.Contains(msg, c.Entity.Name().In(l)) || !strings.Contains(msg, "anna.balans") {
				t.Errorf("%s: %s", l, msg)
			}
		}
	}

	// Bram wins everything: his values, and the task goes.
	got, cs := Merge(base, []*model.Plan{a, b}, 1)
	if len(Unresolved(cs)) != 0 {
		t.Fatalf("unresolved: %+v", summarise(Unresolved(cs)))
	}
	if got.Review.When != "in juni en december" || got.Risks[2].Impact != model.GradeHoog || got.Inventory[0].Quantity != 36 ||
		len(got.Organisation) != 3 || slices.ContainsFunc(got.Organisation, func(r model.Responsibility) bool { return r.ID == base.Organisation[1].ID }) {
		t.Errorf("bram's choice: %+v %+v %+v", got.Review, got.Risks[2], got.Organisation)
	}
}

// The signature lines are one value: two copies that each change them
// differently give one conflict, shown as the lines, not a mix of both.
func TestTheSignatureLinesAreOneValue(t *testing.T) {
	base := testplan.Board(t)
	a, b := base.Clone(), base.Clone()
	a.Adoption.Signatories = append(a.Adoption.Signatories, model.Signatory{Function: "voorzitter MR"})
	b.Adoption.Signatories[1].Name = "S. de Wit"
	_, cs := Merge(base, []*model.Plan{a, b}, -1)
	checkConflicts(t, cs, []summary{{Changed, model.EntityPlan, "", "plan.adoption.signatories",
		"A. Bakker (voorzitter college van bestuur); R. Yılmaz (directeur OBS De Regenboog)",
		"A. Bakker (voorzitter college van bestuur); R. Yılmaz (directeur OBS De Regenboog); (voorzitter MR) | " +
			"A. Bakker (voorzitter college van bestuur); S. de Wit (directeur OBS De Regenboog)", "", -1}})

	// One copy alone changes them: taken whole, and not shared with it.
	got, cs := Merge(base, []*model.Plan{a, base.Clone()}, -1)
	checkConflicts(t, cs, nil)
	if !slices.Equal(got.Adoption.Signatories, a.Adoption.Signatories) {
		t.Fatalf("signatories %+v", got.Adoption.Signatories)
	}
	got.Adoption.Signatories[0].Name = "x"
	if a.Adoption.Signatories[0].Name == "x" {
		t.Error("the merged plan shares its signature lines with the copy")
	}
}

// Without a base a risk that one copy has and another has not is a
// conflict (Presence); one that only one copy has is taken.
func TestWithoutABaseARiskInSomeCopiesIsAConflict(t *testing.T) {
	base := testplan.Board(t)
	a, b, c := base.Clone(), base.Clone(), base.Clone()
	a.RemoveRisk(a.Risks[4].ID)
	c.Risks = append(c.Risks, model.Risk{ID: "risk-chris", Description: "Alleen bij chris"})
	got, cs := Merge(nil, []*model.Plan{a, b, c}, -1)
	checkConflicts(t, cs, []summary{{Presence, model.EntityRisk, "#5", "", "", "absent |  | ", "", -1}})
	if len(got.Risks) != 6 || got.Risks[5].ID != "risk-chris" {
		t.Errorf("risks %+v", got.Risks)
	}
}
