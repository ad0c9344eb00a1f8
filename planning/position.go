package planning

import (
	"balansplan/model"
)

// Balance is where a cell of the balance matrix lies relative to its
// diagonal (§4.2).
type Balance string

// Balances.
const (
	InBalans      Balance = "in_balans"      // material fits the form of education
	TechniekVoor  Balance = "techniek_voor"  // material one step ahead of the teaching
	OnderwijsVoor Balance = "onderwijs_voor" // teaching one step ahead of the material
	Mismatch      Balance = "mismatch"       // two steps apart
	Onbekend      Balance = "onbekend"       // a side is missing
)

var balanceLabels = map[Balance]model.Text{
	InBalans:      {NL: "in balans", EN: "in balance"},
	TechniekVoor:  {NL: "techniek loopt voor", EN: "technology ahead"},
	OnderwijsVoor: {NL: "onderwijs loopt voor", EN: "education ahead"},
	Mismatch:      {NL: "mismatch", EN: "mismatch"},
	Onbekend:      {NL: "onbekend", EN: "unknown"},
}

// Label is the name of the balance for a user.
func (b Balance) Label(l model.Lang) string { return balanceLabels[b].In(l) }

// Cell is a cell of the 3x3 balance matrix: a form of education and a type
// of learning material.
type Cell struct {
	Teaching model.Teaching
	Material model.Material
}

// Known reports whether both sides are set.
func (c Cell) Known() bool { return c.Teaching.Index() >= 0 && c.Material.Index() >= 0 }

// Balance classifies the cell by d = material index - teaching index.
func (c Cell) Balance() Balance {
	if !c.Known() {
		return Onbekend
	}
	switch d := c.Material.Index() - c.Teaching.Index(); d {
	case 0:
		return InBalans
	case 1:
		return TechniekVoor
	case -1:
		return OnderwijsVoor
	default:
		return Mismatch
	}
}

// Position is the plan's place in the balance matrix, now and as goal.
type Position struct {
	Now, Goal Cell
	// PlannedMaterial is the material side of the goal: the budget-weighted
	// most common material type of the non-cancelled, non-pilot inhoud
	// investments that have one; when none has one, the same over the
	// infrastructuur investments; else plan.material.goal (FromInvestments
	// false).
	PlannedMaterial model.Material
	FromInvestments bool
	// DecidedFrom is the block whose investments gave the planned material
	// (inhoud or infrastructuur); empty when it came from the plan.
	DecidedFrom model.Block
	// Weights is the cash out over the plan period per material type, in
	// model.Materials order, of the investments of DecidedFrom that have
	// that type; Present tells which types occur at all (an investment of
	// zero cost still makes its type present).
	Weights [3]model.Money
	Present [3]bool
	// DecidedBy lists, in code order, the material investments of the
	// planned type when it came from the investments.
	DecidedBy []string
}

// plannedMaterial picks the winning material type. The tie rule: among the
// types with the highest weight, the one closest to the plan's material
// goal wins; when that still ties (or the goal is not set), the lower index
// (the simpler type) wins.
func plannedMaterial(weights [3]model.Money, present [3]bool, goal model.Material) (model.Material, bool) {
	mats := model.Materials()
	best := -1
	gi := goal.Index()
	dist := func(i int) int {
		if gi < 0 {
			return 0
		}
		if i > gi {
			return i - gi
		}
		return gi - i
	}
	for i := range weights {
		if !present[i] {
			continue
		}
		switch {
		case best < 0, weights[i] > weights[best]:
			best = i
		case weights[i] == weights[best] && dist(i) < dist(best):
			best = i
		}
	}
	if best < 0 {
		return goal, false
	}
	return mats[best], true
}

func positionOf(p *model.Plan, x *planIndex) Position {
	var pos Position
	// Learning material first: the matrix's material axis is the material
	// the pupils learn with, and the infrastructure follows it. Only when no
	// inhoud investment names a type do the infrastructuur ones speak. A
	// pilot is a deliberate small step ahead, not the school's position, so
	// it is left out of both (§4.2, since analysis/2).
	for _, block := range []model.Block{model.BlockInhoud, model.BlockInfrastructuur} {
		for i := range p.Investments {
			inv := &p.Investments[i]
			mi := inv.MaterialType.Index()
			if !isMaterial(inv) || inv.Block != block || inv.Pilot || mi < 0 {
				continue
			}
			pos.Present[mi] = true
			pos.Weights[mi] += x.cash[i]
		}
		if pos.Present != [3]bool{} {
			pos.DecidedFrom = block
			break
		}
	}
	pos.PlannedMaterial, pos.FromInvestments = plannedMaterial(pos.Weights, pos.Present, p.MaterialGoal)
	if pos.FromInvestments {
		for i := range p.Investments {
			inv := &p.Investments[i]
			if isMaterial(inv) && inv.Block == pos.DecidedFrom && !inv.Pilot && inv.MaterialType == pos.PlannedMaterial {
				pos.DecidedBy = append(pos.DecidedBy, inv.Code)
			}
		}
		sortCodes(pos.DecidedBy)
	}
	pos.Now = Cell{Teaching: p.TeachingNow, Material: p.MaterialNow}
	pos.Goal = Cell{Teaching: p.TeachingGoal, Material: pos.PlannedMaterial}
	return pos
}
