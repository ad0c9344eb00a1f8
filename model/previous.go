package model

import "strings"

// The link back (issue 15, "start the next plan from this one"): a plan
// made from an earlier one names the plan it continues. It is a reference
// by value, not a link into this file: the earlier plan lives in another
// file (or nowhere any more), so the plan keeps its ID, to find it again,
// and its title and version as they were, to show without opening it.
// A plan started from scratch has none.

// Previous is the plan this one continues: its ID, its title and its
// version number on the day the new plan was made. The zero value is
// "none".
type Previous struct {
	ID      string
	Title   string
	Version string
}

// IsZero reports whether the plan continues no other.
func (p Previous) IsZero() bool { return p == Previous{} }

// The link back in the interchange format: the object plan.previous.
const (
	FieldPlanPrevious        Field = "plan.previous"
	FieldPlanPreviousID      Field = "plan.previous.id"
	FieldPlanPreviousTitle   Field = "plan.previous.title"
	FieldPlanPreviousVersion Field = "plan.previous.version"
)

// wirePrevious is plan.previous in the JSON, in the order written.
type wirePrevious struct {
	ID      string `json:"id"`
	Title   string `json:"title"`
	Version string `json:"version"`
}

// previousField reads plan.previous from the plan object pl; an absent
// block, null or {} all read as none.
func (d *decoder) previousField(pl map[string]any, p *Plan) {
	if o := d.obj(pl, FieldPlanPrevious); o != nil {
		p.Previous = Previous{
			ID:      d.str(o, FieldPlanPreviousID),
			Title:   d.str(o, FieldPlanPreviousTitle),
			Version: d.str(o, FieldPlanPreviousVersion),
		}
	}
}

// encodePrevious is plan.previous for the JSON, or nil (left out) when
// the plan continues none, so that such a plan is written as before the
// link existed.
func encodePrevious(p *Plan) *wirePrevious {
	if p.Previous.IsZero() {
		return nil
	}
	w := wirePrevious(p.Previous)
	return &w
}

// previousFields checks the link back: single-line texts, and an ID
// whenever anything is said, since the ID is what finds the plan again
// (a title alone may be shared by every plan of the school).
func (s *problemSink) previousFields(p *Plan) {
	pv := p.Previous
	if pv.IsZero() {
		return
	}
	if strings.TrimSpace(pv.ID) == "" {
		s.add(FieldPlanPreviousID, "required", Text{
			"de koppeling naar het vorige plan heeft het ID van dat plan nodig",
			"the link to the previous plan needs that plan's ID"})
	}
	s.text(FieldPlanPreviousID, pv.ID)
	s.text(FieldPlanPreviousTitle, pv.Title)
	s.text(FieldPlanPreviousVersion, pv.Version)
}
