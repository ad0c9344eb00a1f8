package merge

import (
	"fmt"
	"strconv"

	"balansplan/model"
)

// PlanName is how a user tells one plan from another: the plan's ID and
// the school and title it carries.
type PlanName struct {
	ID     string
	School string
	Title  string
}

func nameOf(p *model.Plan) PlanName {
	return PlanName{ID: p.ID, School: p.School.Name, Title: p.Title}
}

// DifferentPlansError refuses a merge of copies that are not all copies
// of one plan: their plan IDs differ. Merging them would put one school's
// visions, investments and assessments under the other's name, and no
// choice of copy makes that right, so Merge merges nothing at all (see
// SamePlan).
type DifferentPlansError struct {
	// First and Other are the indexes of two copies of different plans:
	// First is the first copy, Other the first copy (or -1: the base)
	// that is not of First's plan.
	First, Other int
	// FirstPlan and OtherPlan name their plans.
	FirstPlan, OtherPlan PlanName
	// Names are the names of the copies for Message, as for
	// Conflict.Message (file names); a caller may set them. A missing
	// name reads "kopie 3".
	Names []string
}

// Error is the message in Dutch.
func (e *DifferentPlansError) Error() string { return e.Message(model.NL) }

// Message says in language l which two copies are of which two plans,
// for example
//
//	anna.balans en dijk.balans zijn geen kopieën van hetzelfde plan: anna.balans is "Ict-beleidsplan 2026-2029" van De Regenboog, dijk.balans is "Ict-plan" van Het Dijkcollege; alleen kopieën van één plan kunnen worden samengevoegd
func (e *DifferentPlansError) Message(l model.Lang) string { return e.Text().In(l) }

// Text is Message in both languages.
func (e *DifferentPlansError) Text() model.Text {
	var t model.Text
	for _, l := range []model.Lang{model.NL, model.EN} {
		a, b := e.name(l, e.First), e.name(l, e.Other)
		pa, pb := describe(l, e.FirstPlan), describe(l, e.OtherPlan)
		if pa == pb {
			// Same school and title, different plans (one made anew
			// rather than copied): only the IDs tell them apart.
			pa += " (id " + e.FirstPlan.ID + ")"
			pb += " (id " + e.OtherPlan.ID + ")"
		}
		s := fmt.Sprintf(tr(l,
			"%s en %s zijn geen kopieën van hetzelfde plan: %s is %s, %s is %s; alleen kopieën van één plan kunnen worden samengevoegd",
			"%s and %s are not copies of the same plan: %s is %s, %s is %s; only copies of one plan can be merged"),
			a, b, a, pa, b, pb)
		if e.Other < 0 {
			s = fmt.Sprintf(tr(l,
				"%s is geen kopie van het plan waarvan de kopieën zijn gemaakt: %s is %s, de basis is %s; alleen kopieën van één plan kunnen worden samengevoegd",
				"%s is not a copy of the plan the copies were made from: %s is %s, the base is %s; only copies of one plan can be merged"),
				a, a, pa, pb)
		}
		if l == model.EN {
			t.EN = s
		} else {
			t.NL = s
		}
	}
	return t
}

func (e *DifferentPlansError) name(l model.Lang, i int) string {
	if i < 0 {
		return tr(l, "de basis", "the base")
	}
	if i < len(e.Names) && e.Names[i] != "" {
		return e.Names[i]
	}
	return tr(l, "kopie ", "copy ") + strconv.Itoa(i+1)
}

// describe is a plan as a user knows it: its title and its school.
func describe(l model.Lang, p PlanName) string {
	title := tr(l, "een plan zonder titel", "a plan without a title")
	if p.Title != "" {
		title = quote(p.Title)
	}
	school := tr(l, " van een school zonder naam", " of a school without a name")
	if p.School != "" {
		school = tr(l, " van ", " of ") + p.School
	}
	return title + school
}

// SamePlan checks that the copies, and the base when there is one, are
// all of one plan (the same plan ID), as Merge does before it merges. It
// returns nil or a *DifferentPlansError naming the first two plans that
// differ. A caller can check a copy with it when the user picks one, and
// show the error before any merge.
func SamePlan(base *model.Plan, copies []*model.Plan) error {
	if len(copies) == 0 {
		return nil
	}
	first := copies[0]
	for i, c := range copies[1:] {
		if c.ID != first.ID {
			return &DifferentPlansError{First: 0, Other: i + 1, FirstPlan: nameOf(first), OtherPlan: nameOf(c)}
		}
	}
	if base != nil && base.ID != first.ID {
		return &DifferentPlansError{First: 0, Other: -1, FirstPlan: nameOf(first), OtherPlan: nameOf(base)}
	}
	return nil
}
