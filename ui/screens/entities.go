package screens

import (
	"fmt"
	"sort"
	"strings"

	"balansplan/model"
)

// Helpers to find entities by ID in a version of the plan. Forms edit
// through them so that an edit always lands on the same entity, whatever
// its code or position.

func visionIn(p *model.Plan, id string) *model.Vision {
	v, _ := p.Vision(id)
	return v
}

func investmentIn(p *model.Plan, id string) *model.Investment {
	inv, _ := p.Investment(id)
	return inv
}

func agreementIn(p *model.Plan, id string) (*model.Agreement, int) {
	for i := range p.Agreements {
		if p.Agreements[i].ID == id {
			return &p.Agreements[i], i
		}
	}
	return nil, -1
}

func AssessmentIn(p *model.Plan, id string) (*model.Assessment, int) {
	for i := range p.Assessments {
		if p.Assessments[i].ID == id {
			return &p.Assessments[i], i
		}
	}
	return nil, -1
}

// refOf is how model.Problem refers to an entity: its code, or "#n".
func refOf(code string, i int) string {
	if code != "" {
		return code
	}
	return fmt.Sprintf("#%d", i+1)
}

func visionRef(p *model.Plan, id string) string {
	for i, v := range p.Visions {
		if v.ID == id {
			return refOf(v.Code, i)
		}
	}
	return ""
}

func investmentRef(p *model.Plan, id string) string {
	for i, inv := range p.Investments {
		if inv.ID == id {
			return refOf(inv.Code, i)
		}
	}
	return ""
}

func agreementRef(p *model.Plan, id string) string {
	_, i := agreementIn(p, id)
	return refOf("", i)
}

func assessmentRef(p *model.Plan, id string) string {
	a, i := AssessmentIn(p, id)
	if a != nil && a.Participant != "" {
		return a.Participant
	}
	return refOf("", i)
}

func visionCodes(p *model.Plan) []string {
	out := make([]string, len(p.Visions))
	for i, v := range p.Visions {
		out[i] = v.Code
	}
	return out
}

// allCodes lists every vision and investment code: codes are unique over
// both.
func allCodes(p *model.Plan) []string {
	out := visionCodes(p)
	for _, inv := range p.Investments {
		out = append(out, inv.Code)
	}
	return out
}

// sortVisions puts vision statements in code order.
func sortVisions(vs []model.Vision) {
	sort.SliceStable(vs, func(i, j int) bool { return model.CodeLess(vs[i].Code, vs[j].Code) })
}

// sortedInvestments lists the investments by block (model order), then
// code.
func sortedInvestments(p *model.Plan) []model.Investment {
	out := append([]model.Investment(nil), p.Investments...)
	order := map[model.Block]int{}
	for i, b := range model.Blocks() {
		order[b] = i
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Block != out[j].Block {
			return order[out[i].Block] < order[out[j].Block]
		}
		return model.CodeLess(out[i].Code, out[j].Code)
	})
	return out
}

// matches reports whether q occurs in one of the texts, ignoring case.
func matches(q string, texts ...string) bool {
	q = strings.ToLower(strings.TrimSpace(q))
	if q == "" {
		return true
	}
	for _, t := range texts {
		if strings.Contains(strings.ToLower(t), q) {
			return true
		}
	}
	return false
}

// The board chapters' records are found by ID as the others are. A record
// that is gone (deleted while a card still showed it) reads as an empty
// one and takes writes that go nowhere, rather than stopping the window.

func inventoryIn(p *model.Plan, id string) (*model.InventoryItem, int) {
	for i := range p.Inventory {
		if p.Inventory[i].ID == id {
			return &p.Inventory[i], i
		}
	}
	return &model.InventoryItem{}, -1
}

func responsibilityIn(p *model.Plan, id string) (*model.Responsibility, int) {
	for i := range p.Organisation {
		if p.Organisation[i].ID == id {
			return &p.Organisation[i], i
		}
	}
	return &model.Responsibility{}, -1
}

func riskIn(p *model.Plan, id string) (*model.Risk, int) {
	for i := range p.Risks {
		if p.Risks[i].ID == id {
			return &p.Risks[i], i
		}
	}
	return &model.Risk{}, -1
}

// signatoryIn is the signatory at key (its position, "0" for the first).
func signatoryIn(p *model.Plan, key string) (*model.Signatory, int) {
	var i int
	if _, err := fmt.Sscan(key, &i); err == nil && i >= 0 && i < len(p.Adoption.Signatories) {
		return &p.Adoption.Signatories[i], i
	}
	return &model.Signatory{}, -1
}

// Records of the board chapters have no code: model.Problem refers to
// them as "#n", their position in the plan's list.
func inventoryRef(p *model.Plan, id string) string {
	_, i := inventoryIn(p, id)
	return refOf("", i)
}

// A task is referred to by its name when it has one (model.Validate
// does), else by its position.
func responsibilityRef(p *model.Plan, id string) string {
	r, i := responsibilityIn(p, id)
	if r.Task != "" {
		return r.Task
	}
	return refOf("", i)
}

func riskRef(p *model.Plan, id string) string {
	_, i := riskIn(p, id)
	return refOf("", i)
}
