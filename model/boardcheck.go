package model

import (
	"fmt"
	"strings"
	"time"
)

// Bounds of the board chapters' numbers (docs/plan-format-additions.md).
// They catch a typing error (a year of five digits, a count with a zero too
// many), not a school that is large.
const (
	// MaxQuantity is the most one inventory line counts: far beyond the
	// devices of the largest school, so only a slip goes over it.
	MaxQuantity = 100000
	// MaxHoursPerYear is the most hours a year one task in the
	// organisation of ict takes: about six full-time jobs of 1,659 hours
	// (the normjaartaak), more than a school's whole ict support.
	MaxHoursPerYear = 10000
	// MinInventoryYear is the earliest year an inventory line may be
	// bought or contracted in; a later year than the plan's end year is
	// refused too, since the beginsituatie is what the school has.
	MinInventoryYear = 1900
)

// date checks a date of the form YYYY-MM-DD; "" means not given.
func (s *problemSink) date(field Field, v string) {
	if v == "" {
		return
	}
	if _, err := time.Parse("2006-01-02", v); err != nil {
		s.add(field, "date", Text{
			fmt.Sprintf("%q is geen datum in de vorm JJJJ-MM-DD", v),
			fmt.Sprintf("%q is not a date of the form YYYY-MM-DD", v)})
	}
}

// bounded checks a whole number that is 0 (not given) up to max; what
// says in both languages what is counted, for the message.
func (s *problemSink) bounded(field Field, v, max int, what Text) {
	switch {
	case v < 0:
		s.add(field, "negative", Text{"mag niet negatief zijn", "must not be negative"})
	case v > max:
		s.add(field, "range", Text{
			fmt.Sprintf("%s is ten hoogste %s, niet %s", what.NL, groupDigits(max, "."), groupDigits(v, ".")),
			fmt.Sprintf("%s is at most %s, not %s", what.EN, groupDigits(max, ","), groupDigits(v, ","))})
	}
}

// boardFields checks the plan-level blocks of the board chapters, in the
// order of the interchange format (they follow plan.vote_budget). The
// sink points at the plan.
func (s *problemSink) boardFields(p *Plan) {
	pr := p.Proposal
	s.multiline(FieldPlanProposalDecision, pr.Decision)
	s.multiline(FieldPlanProposalFunding, pr.Funding)
	s.multiline(FieldPlanProposalOverCeiling, pr.OverCeiling)
	s.multiline(FieldPlanProposalConditions, pr.Conditions)

	ad := p.Adoption
	s.date(FieldPlanAdoptionDate, ad.Date)
	s.text(FieldPlanAdoptionBy, ad.By)
	if k := ad.Council.Kind; k != "" && !k.Valid() {
		s.enum(FieldPlanCouncilKind, string(k), councilKinds.values())
	}
	if o := ad.Council.Outcome; o != "" && !o.Valid() {
		s.enum(FieldPlanCouncilOutcome, string(o), councilOutcomes.values())
	}
	s.date(FieldPlanCouncilDate, ad.Council.Date)
	s.multiline(FieldPlanCouncilNote, ad.Council.Note)
	for i, sg := range ad.Signatories {
		if strings.TrimSpace(sg.Name) == "" && strings.TrimSpace(sg.Function) == "" {
			// A line with a function and no name is a line to sign by
			// hand; a line with neither says nothing.
			s.add(FieldPlanSignatoryName.At(i), "required", Text{
				"een ondertekenaar heeft een naam of een functie nodig",
				"a signatory needs a name or a function"})
		}
		s.text(FieldPlanSignatoryName.At(i), sg.Name)
		s.text(FieldPlanSignatoryFunction.At(i), sg.Function)
	}

	s.text(FieldPlanPrivacyResponsible, p.Privacy.Responsible)
	s.multiline(FieldPlanPrivacyProcessing, p.Privacy.ProcessingAgreements)
	s.multiline(FieldPlanPrivacyDPIA, p.Privacy.DPIA)
	s.multiline(FieldPlanPrivacyNote, p.Privacy.Note)

	s.text(FieldPlanReviewBy, p.Review.By)
	s.text(FieldPlanReviewWhen, p.Review.When)
	s.multiline(FieldPlanReviewHow, p.Review.How)

	n := p.Narrative
	s.multiline(FieldPlanSituation, n.Situation)
	s.multiline(FieldPlanOrganisation, n.Organisation)
	s.multiline(FieldPlanReplacement, n.Replacement)
	s.multiline(FieldPlanCommunication, n.Communication)
	s.multiline(FieldPlanSchoolplan, n.Schoolplan)
}

// boardLists checks the inventory, the organisation of ict and the risk
// register, in that order (they follow the votes). checkID is Validate's:
// IDs are unique over every list of the plan.
func (s *problemSink) boardLists(p *Plan, periodOK bool, checkID func(string)) {
	for i, it := range p.Inventory {
		s.at(EntityInventory, refOf("", i))
		checkID(it.ID)
		if it.Kind == "" {
			s.required(FieldKind)
		} else if !it.Kind.Valid() {
			s.enum(FieldKind, string(it.Kind), inventoryKinds.values())
		}
		if strings.TrimSpace(it.Description) == "" {
			s.required(FieldDescription)
		}
		s.multiline(FieldDescription, it.Description)
		s.bounded(FieldQuantity, it.Quantity, MaxQuantity, Text{"een aantal", "a count"})
		switch y := it.Year; {
		case y == 0:
		case y < MinInventoryYear || y > 9999:
			s.add(FieldYear, "range", Text{
				fmt.Sprintf("%d is geen geldig jaar", y), fmt.Sprintf("%d is not a valid year", y)})
		case periodOK && y > p.EndYear:
			s.add(FieldYear, "after_period", Text{
				fmt.Sprintf("%d ligt na het einde van de planperiode %d-%d; de beginsituatie is wat de school nu heeft", y, p.StartYear, p.EndYear),
				fmt.Sprintf("%d is after the end of the plan period %d-%d; the starting situation is what the school has now", y, p.StartYear, p.EndYear)})
		}
		s.multiline(FieldNote, it.Note)
	}

	for i, r := range p.Organisation {
		s.at(EntityResponsibility, refOf(r.Task, i))
		checkID(r.ID)
		if strings.TrimSpace(r.Task) == "" {
			s.required(FieldTask)
		}
		s.text(FieldTask, r.Task)
		s.text(FieldPerson, r.Person)
		s.bounded(FieldHoursPerYear, r.HoursPerYear, MaxHoursPerYear, Text{"het aantal uren per jaar", "the number of hours a year"})
		s.multiline(FieldDuties, r.Duties)
	}

	for i, r := range p.Risks {
		s.at(EntityRisk, refOf("", i))
		checkID(r.ID)
		if strings.TrimSpace(r.Description) == "" {
			s.required(FieldDescription)
		}
		s.multiline(FieldDescription, r.Description)
		for _, g := range []struct {
			field Field
			v     Grade
		}{{FieldLikelihood, r.Likelihood}, {FieldImpact, r.Impact}} {
			if g.v != "" && !g.v.Valid() {
				s.enum(g.field, string(g.v), grades.values())
			}
		}
		s.text(FieldOwner, r.Owner)
		s.multiline(FieldMeasure, r.Measure)
	}
}
