package screens

import (
	"strings"

	"balansplan/model"
)

// BoardTextScreen is the board chapter's screen that holds a text with q
// in it (the search field's Enter, after visions, investments and
// agreements): Risico's for a risk, Beginsituatie for the situation, the
// inventory and the tasks, Borging for its prose, Bestuur for the
// proposal, the adoption and the signatories, School en ambitie for the
// link to the schoolplan; "" when none has it.
func BoardTextScreen(p *model.Plan, q string) string {
	q = strings.ToLower(strings.TrimSpace(q))
	if q == "" {
		return ""
	}
	has := func(texts ...string) bool {
		for _, t := range texts {
			if strings.Contains(strings.ToLower(t), q) {
				return true
			}
		}
		return false
	}
	for _, r := range p.Risks {
		if has(riskTexts(&r)...) {
			return Risks
		}
	}
	n := p.Narrative
	if has(n.Situation, n.Organisation) {
		return Situation
	}
	for _, it := range p.Inventory {
		if has(inventoryTexts(&it)...) {
			return Situation
		}
	}
	for _, r := range p.Organisation {
		if has(taskTexts(&r)...) {
			return Situation
		}
	}
	if has(n.Replacement, n.Communication, p.Review.By, p.Review.When, p.Review.How,
		p.Privacy.Responsible, p.Privacy.ProcessingAgreements, p.Privacy.DPIA, p.Privacy.Note) {
		return Followup
	}
	pr, ad := p.Proposal, p.Adoption
	if has(pr.Decision, pr.Funding, pr.OverCeiling, pr.Conditions, ad.By, ad.Council.Note) {
		return Board
	}
	for _, sg := range ad.Signatories {
		if has(sg.Name, sg.Function) {
			return Board
		}
	}
	if has(n.Schoolplan) {
		return School
	}
	return ""
}

// The texts a user writes in a record, which the search field finds it
// by.
func riskTexts(r *model.Risk) []string { return []string{r.Description, r.Owner, r.Measure} }

func inventoryTexts(it *model.InventoryItem) []string { return []string{it.Description, it.Note} }

func taskTexts(r *model.Responsibility) []string { return []string{r.Task, r.Person, r.Duties} }
