package document

import (
	"maps"
	"reflect"
	"slices"

	"balansplan/model"
)

// An edit usually changes one entity: the cost of an investment, the title
// of a vision. Validating the whole large plan for it, on every keystroke
// of a form (Try), was most of what an edit cost (issue 14). This file
// works out what an edit touched and, where that is provably the same
// answer, validates only a plan cut down to it ("What an edit touched"
// in doc.go).

// touchKind is how much an edit changed.
type touchKind int

const (
	touchedNothing touchKind = iota // no value differs (nil and empty lists aside)
	touchedOne                      // one entity of one of the plan's five lists
	touchedMore                     // anything else: the plan's own fields, several entities, a list's length
)

// touched is what an edit changed: for touchedOne, which entity (its
// list and place).
type touched struct {
	what  touchKind
	kind  model.EntityKind
	index int
}

// touchedBy compares the plan before an edit with the plan after it. An
// edit gets a Clone of prev, so equal strings share their bytes and
// comparing them costs nothing; comparing the large plan is a small part
// of validating it. It never takes a change for none: the only
// differences it lets pass are a list that is nil on one side and empty
// on the other (Clone makes some lists nil), and not for the applications
// of a self-assessment, where nil means "not recorded".
func touchedBy(prev, next *model.Plan) touched {
	if !reflect.DeepEqual(rest(prev), rest(next)) {
		return touched{what: touchedMore}
	}
	t := touched{what: touchedNothing}
	for _, l := range []struct {
		kind model.EntityKind
		at   func() (int, bool)
	}{
		{model.EntityVision, func() (int, bool) { return changedAt(prev.Visions, next.Visions, sameVision) }},
		{model.EntityInvestment, func() (int, bool) { return changedAt(prev.Investments, next.Investments, sameInvestment) }},
		{model.EntityAgreement, func() (int, bool) { return changedAt(prev.Agreements, next.Agreements, sameAgreement) }},
		{model.EntityAssessment, func() (int, bool) { return changedAt(prev.Assessments, next.Assessments, sameAssessment) }},
		{model.EntityVote, func() (int, bool) { return changedAt(prev.Votes, next.Votes, sameVote) }},
	} {
		i, ok := l.at()
		switch {
		case !ok, i >= 0 && t.what == touchedOne:
			return touched{what: touchedMore}
		case i >= 0:
			t = touched{what: touchedOne, kind: l.kind, index: i}
		}
	}
	return t
}

// rest is p without its five lists of entities: the plan's own fields,
// the school, the key figures and the board chapters. Authors is nil when
// empty, as in a Clone.
func rest(p *model.Plan) model.Plan {
	r := *p
	r.Visions, r.Investments, r.Agreements, r.Assessments, r.Votes = nil, nil, nil, nil, nil
	if len(r.Authors) == 0 {
		r.Authors = nil
	}
	return r
}

// changedAt is the place of the one element that differs between a and
// b, -1 when none does, and false when their lengths differ or more than
// one differs.
func changedAt[E any](a, b []E, same func(x, y *E) bool) (int, bool) {
	if len(a) != len(b) {
		return -1, false
	}
	at := -1
	for i := range a {
		if !same(&a[i], &b[i]) {
			if at >= 0 {
				return -1, false
			}
			at = i
		}
	}
	return at, true
}

// The same* functions compare an entity field by field: the fields they
// name (known), plus, by reflection, any field the model gained after they
// were written (others), so that no field is ever left out. A test
// changes every field of a plan, one at a time, and checks it is seen.

func sameVision(a, b *model.Vision) bool {
	return a.ID == b.ID && a.Code == b.Code && a.Title == b.Title && a.Text == b.Text &&
		slices.Equal(a.Returns, b.Returns) && a.Priority == b.Priority && a.Evaluation == b.Evaluation &&
		visionFields.sameOthers(a, b)
}

var visionFields = fieldsOf[model.Vision]("ID", "Code", "Title", "Text", "Returns", "Priority", "Evaluation")

func sameInvestment(a, b *model.Investment) bool {
	return a.ID == b.ID && a.Code == b.Code && a.Title == b.Title && a.Description == b.Description &&
		a.Block == b.Block && a.Category == b.Category && a.MaterialType == b.MaterialType &&
		a.Focus == b.Focus && a.Start == b.Start && a.End == b.End && a.Owner == b.Owner &&
		a.Status == b.Status && a.Cost == b.Cost && a.Pilot == b.Pilot &&
		slices.Equal(a.VisionIDs, b.VisionIDs) && slices.Equal(a.DependsOnIDs, b.DependsOnIDs) &&
		investmentFields.sameOthers(a, b)
}

var investmentFields = fieldsOf[model.Investment]("ID", "Code", "Title", "Description", "Block", "Category",
	"MaterialType", "Focus", "Start", "End", "Owner", "Status", "Cost", "Pilot", "VisionIDs", "DependsOnIDs")

func sameAgreement(a, b *model.Agreement) bool {
	return a.ID == b.ID && a.Kind == b.Kind && a.Coverage == b.Coverage && a.Text == b.Text &&
		agreementFields.sameOthers(a, b)
}

var agreementFields = fieldsOf[model.Agreement]("ID", "Kind", "Coverage", "Text")

func sameAssessment(a, b *model.Assessment) bool {
	return a.ID == b.ID && a.Session == b.Session && a.Participant == b.Participant &&
		a.Role == b.Role && maps.Equal(a.Scores, b.Scores) && a.QuestionSet == b.QuestionSet &&
		slices.Equal(a.Answers, b.Answers) &&
		(a.Applications == nil) == (b.Applications == nil) && slices.Equal(a.Applications, b.Applications) &&
		assessmentFields.sameOthers(a, b)
}

var assessmentFields = fieldsOf[model.Assessment]("ID", "Session", "Participant", "Role", "Scores",
	"QuestionSet", "Answers", "Applications")

func sameVote(a, b *model.Vote) bool {
	return a.ID == b.ID && a.Session == b.Session && a.Participant == b.Participant &&
		a.Role == b.Role && slices.Equal(a.Points, b.Points) && voteFields.sameOthers(a, b)
}

var voteFields = fieldsOf[model.Vote]("ID", "Session", "Participant", "Role", "Points")

// fields are the fields of an entity type E that its same function does
// not name: the places (reflect) of every other exported field, and for
// each whether == compares it whole (a plain value, not a pointer).
type fields[E any] struct {
	others []int
	plain  []bool
}

// fieldsOf finds the fields of E other than known. It panics on a name
// E does not have, so that a renamed field is found at start-up by any
// test of the package, not by a wrong answer.
func fieldsOf[E any](known ...string) fields[E] {
	t := reflect.TypeFor[E]()
	var f fields[E]
	for _, name := range known {
		if _, ok := t.FieldByName(name); !ok {
			panic("document: " + t.String() + " has no field " + name)
		}
	}
	for i := 0; i < t.NumField(); i++ {
		if sf := t.Field(i); sf.IsExported() && !slices.Contains(known, sf.Name) {
			k := sf.Type.Kind()
			f.others = append(f.others, i)
			f.plain = append(f.plain, sf.Type.Comparable() && k != reflect.Pointer && k != reflect.Interface && !hasPointer(sf.Type))
		}
	}
	return f
}

// hasPointer reports whether a value of type t holds a pointer that ==
// would compare instead of what it points at.
func hasPointer(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Pointer, reflect.Interface, reflect.Chan, reflect.Func, reflect.UnsafePointer:
		return true
	case reflect.Array:
		return hasPointer(t.Elem())
	case reflect.Struct:
		for i := 0; i < t.NumField(); i++ {
			if hasPointer(t.Field(i).Type) {
				return true
			}
		}
	}
	return false
}

// sameOthers compares the fields the same function does not name. Plain
// values are compared as ==, and empty lists and maps are equal without a
// closer look: that is every such field of most entities, and neither
// allocates. Anything else (a list with elements) is compared deeply.
func (f fields[E]) sameOthers(a, b *E) bool {
	if len(f.others) == 0 {
		return true
	}
	x, y := reflect.ValueOf(a).Elem(), reflect.ValueOf(b).Elem()
	for n, i := range f.others {
		u, v := x.Field(i), y.Field(i)
		switch k := u.Kind(); {
		case f.plain[n]:
			if !u.Equal(v) {
				return false
			}
		case (k == reflect.Slice || k == reflect.Map) && u.Len() == 0 && v.Len() == 0:
		default:
			if !reflect.DeepEqual(u.Interface(), v.Interface()) {
				return false
			}
		}
	}
	return true
}

// cutDown is next cut down to what an edit touched (t, touchedOne) and
// what the checks of that entity read, such that, when prev has no
// problem at all, next has exactly the problems of the cut-down plan, in
// the same order; nil when no such plan is known and next must be
// validated whole.
//
// Why that holds: prev is valid, so its ids and codes are unique, its
// links point at what is there and its dependencies have no cycle. The
// edit changed one entity and kept its id, its code (or, for a
// self-assessment, what names it) and its dependencies, so every check
// about anything else reads the same values as in prev and finds nothing,
// in next and in the cut-down plan alike. What the checks of the touched
// entity read besides the entity itself is kept: the plan's own fields
// (its period), and for an investment the visions it may link to. It
// keeps its place in its list where a problem names it by place (an
// agreement; a self-assessment without a participant is left to the whole
// validation). Its dependencies are left out of the cut-down plan: they
// are the ones prev had, so they break nothing, and checking them would
// need every investment. Votes read every investment and the vote budget;
// an edit of a vote is validated whole.
func cutDown(prev, next *model.Plan, t touched) *model.Plan {
	if t.what != touchedOne {
		return nil
	}
	m := rest(next)
	m.Authors = next.Authors
	i := t.index
	switch t.kind {
	case model.EntityVision:
		was, v := &prev.Visions[i], &next.Visions[i]
		if v.ID != was.ID || v.Code != was.Code || v.Code == "" {
			return nil
		}
		m.Visions = next.Visions[i : i+1]
	case model.EntityInvestment:
		was, inv := &prev.Investments[i], next.Investments[i]
		if inv.ID != was.ID || inv.Code != was.Code || inv.Code == "" || !slices.Equal(inv.DependsOnIDs, was.DependsOnIDs) {
			return nil
		}
		inv.DependsOnIDs = nil
		m.Visions = next.Visions
		m.Investments = []model.Investment{inv}
	case model.EntityAgreement:
		if next.Agreements[i].ID != prev.Agreements[i].ID {
			return nil
		}
		m.Agreements = next.Agreements
	case model.EntityAssessment:
		was, a := &prev.Assessments[i], &next.Assessments[i]
		if a.ID != was.ID || (a.Participant == "" && i > 0) {
			return nil
		}
		m.Assessments = next.Assessments[i : i+1]
	default:
		return nil
	}
	return &m
}
