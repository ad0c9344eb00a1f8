package form

import (
	"reflect"
	"time"

	"balansplan/model"
)

// Revising is an Editor with the rule of docs/lifecycle.md for an adopted
// plan: the first edit of its content after adoption starts a new concept
// version on top of the adopted one (model.Plan.StartRevision), in the
// same commit as the edit, so that one undo takes both back. The edit's
// label then says so (Label), which is what the undo menu and the status
// line show.
//
// What happened to the plan is not a change of it (docs/lifecycle.md,
// "What changed"): recording realisation, an investment's dated status
// (other than cancelling it), a vision's yearly evaluation, a
// self-assessment round, the adoption block or the plan's own status
// leaves the adopted version standing.
type Revising struct {
	Editor
	// Today is the date the revision is recorded on.
	Today func() time.Time
	// Label is the edit's label with the revision in it: the new
	// version's number and the adopted one it starts from.
	Label func(label, number, from string) string
}

// Edit commits change, first starting a revision when it needs one.
func (r Revising) Edit(label string, change func(p *model.Plan)) error {
	label, change = r.revise(label, change)
	return r.Editor.Edit(label, change)
}

// EditMerge commits change like Edit, folding it into the last step with
// the same key; only the first write of a run can start a revision, since
// after it the plan is a concept again.
func (r Revising) EditMerge(key, label string, change func(p *model.Plan)) error {
	label, change = r.revise(label, change)
	return r.Editor.EditMerge(key, label, change)
}

// revise is label and change, or when the plan is adopted and change
// alters its content, both with the start of a new concept version.
func (r Revising) revise(label string, change func(p *model.Plan)) (string, func(p *model.Plan)) {
	prev := r.Plan()
	if prev == nil || !prev.NeedsRevision() {
		return label, change
	}
	next := prev.Clone()
	change(next)
	if !ChangesContent(prev, next) {
		return label, change
	}
	today := r.Today().Format(time.DateOnly)
	probe := prev.Clone()
	if ok, _ := probe.StartRevision(today, ""); !ok {
		return label, change
	}
	from := prev.LastAdopted().Number
	return r.Label(label, probe.Version, from), func(p *model.Plan) {
		p.StartRevision(today, "")
		change(p)
	}
}

// ChangesContent reports whether next says something else than prev as a
// plan: anything but its life (status, history, versions, the adoption
// block), what was spent and recorded per investment, the yearly
// evaluations and the self-assessments. An investment's status counts
// only as far as cancelling it goes, as in planning.Diff.
func ChangesContent(prev, next *model.Plan) bool {
	return !reflect.DeepEqual(content(prev), content(next))
}

// content is a copy of p with only what the plan says.
func content(p *model.Plan) *model.Plan {
	c := p.Clone()
	c.Status, c.Version, c.StatusHistory, c.Versions = "", "", nil, nil
	c.Adoption = model.Adoption{}
	c.Assessments = nil
	for i := range c.Investments {
		inv := &c.Investments[i]
		inv.Realisation, inv.StatusChanges = nil, nil
		if inv.Status != model.InvGeschrapt {
			inv.Status = ""
		}
	}
	for i := range c.Visions {
		c.Visions[i].Evaluations = nil
	}
	return c
}
