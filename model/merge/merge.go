package merge

import (
	"sort"

	"balansplan/model"
)

// Reason says why copies could not be merged without a choice.
type Reason string

// Reasons of a conflict.
const (
	// Changed: copies changed a field to different values (without a
	// base: the copies that have the entity hold different values).
	Changed Reason = "changed"
	// DeletedChanged: one copy deleted the entity, another changed it.
	DeletedChanged Reason = "deleted_changed"
	// Presence: without a base, some copies have the entity and others
	// do not.
	Presence Reason = "presence"
	// DeletedLinked: one copy deleted the entity, another links to it.
	DeletedLinked Reason = "deleted_linked"
	// Invalid: every conflict was resolved but the merged plan does not
	// validate. No choice resolves it.
	Invalid Reason = "invalid"
	// DifferentPlans: the copies (or the base) are not all of one plan.
	// Nothing was merged and no choice resolves it; Plans says which.
	DifferentPlans Reason = "different_plans"
)

// Value is what one copy (or the base) holds for a contested field.
type Value struct {
	// Text is the value as a user reads it: links as codes, sets sorted
	// and joined with ", ", an empty field as "". For an entity conflict
	// it names what the copy did ("title, start" for the fields it
	// changed).
	Text string
	// Absent: the copy does not have the entity (deleted it, or never
	// had it).
	Absent bool
	// Unchanged: the copy holds the base's value (only with a base).
	Unchanged bool
}

// Conflict is one point on which the copies disagree, or one problem of
// the merged plan.
type Conflict struct {
	Reason Reason
	Entity model.EntityKind
	// ID is the entity's ID; empty for the plan, the school and the key
	// figures.
	ID string
	// Code is how a user knows the entity: its code, the participant of
	// an assessment or vote, or "#3" for the third agreement.
	Code string
	// Field is the field as the interchange format names it (a
	// model.Field with its key filled in: "scores.visie.now",
	// "plan.budget_ceiling.2027"); empty when the conflict is about the
	// whole entity.
	Field string
	// Base is the base's value; nil without a base or for an entity the
	// base does not have.
	Base *Value
	// Values holds one value per copy, in the order of the copies.
	Values []Value
	// Chosen is the copy whose version was taken, or -1 while the
	// conflict is unresolved.
	Chosen int
	// Linked lists, for DeletedLinked, the codes of the entities that link
	// to the deleted one in the merged plan.
	Linked []string
	// Problem is the validation problem of an Invalid conflict.
	Problem *model.Problem
	// Plans names the two plans of a DifferentPlans conflict.
	Plans *DifferentPlansError
}

// Key identifies a conflict across calls of MergeChoosing, so that a user
// interface can remember the choices made for the conflicts of a first
// merge and pass them to a second.
func (c *Conflict) Key() string {
	return string(c.Reason) + "|" + string(c.Entity) + "|" + c.ID + "|" + c.Field
}

// Resolved reports whether a copy was chosen.
func (c *Conflict) Resolved() bool { return c.Chosen >= 0 }

// Unresolved returns the conflicts that are not resolved.
func Unresolved(cs []Conflict) []Conflict {
	var out []Conflict
	for _, c := range cs {
		if !c.Resolved() {
			out = append(out, c)
		}
	}
	return out
}

// Merge merges copies of a plan. base is the plan the copies were made
// from, or nil when they do not share one (CommonBase chooses it). prefer
// is the index of the copy that wins every conflict it has a say in, or -1
// for none. It returns the merged plan and every conflict, resolved or
// not; the plan may be saved only when none is unresolved. Merge never
// modifies its arguments.
//
// Copies of different plans are refused before anything is merged,
// whatever prefer says: Merge then returns a nil plan and one unresolved
// conflict of reason DifferentPlans, whose Plans is the error SamePlan
// gives.
func Merge(base *model.Plan, copies []*model.Plan, prefer int) (*model.Plan, []Conflict) {
	return MergeChoosing(base, copies, func(Conflict) int { return prefer })
}

// MergeChoosing is Merge with a choice per conflict: choose is called for
// every conflict (Chosen is still -1) and returns the index of the copy
// that wins it, or -1 to leave it unresolved. A user interface merges once
// without choices, shows the conflicts, and merges again with the user's
// choices looked up by Conflict.Key.
func MergeChoosing(base *model.Plan, copies []*model.Plan, choose func(Conflict) int) (*model.Plan, []Conflict) {
	if err := SamePlan(base, copies); err != nil {
		return nil, []Conflict{refusal(base, copies, err.(*DifferentPlansError))}
	}
	m := &merger{base: base, copies: copies, choose: choose, res: &model.Plan{}, deleted: map[string]*deletion{}}
	if base != nil {
		m.views = append(m.views, viewOf(base))
	} else {
		m.views = append(m.views, view{})
	}
	for _, c := range copies {
		m.views = append(m.views, viewOf(c))
	}
	for _, k := range singletons() {
		mergeKind(m, k)
	}
	mergeKind(m, visionKind)
	mergeKind(m, investmentKind)
	mergeKind(m, agreementKind)
	mergeKind(m, assessmentKind)
	mergeKind(m, voteKind)
	mergeKind(m, inventoryKind)
	mergeKind(m, responsibilityKind)
	mergeKind(m, riskKind)
	mergeKind(m, statusChangeKind)
	mergeKind(m, versionKind)
	mergeKind(m, maturityKind) // themes.go
	m.finishAll()
	m.links()
	m.unionStatusChanges()
	sort.SliceStable(m.conflicts, func(i, j int) bool {
		return kindRank[m.conflicts[i].Entity] < kindRank[m.conflicts[j].Entity]
	})
	if len(Unresolved(m.conflicts)) == 0 {
		for _, p := range m.res.Validate() {
			m.conflicts = append(m.conflicts, Conflict{Reason: Invalid, Entity: p.Entity, Code: p.Ref, Field: p.Field,
				Chosen: -1, Problem: &p})
		}
	}
	return m.res, m.conflicts
}

// refusal is the conflict that stands for a refused merge: the plan IDs
// as the values of the field "id", which no choice settles.
func refusal(base *model.Plan, copies []*model.Plan, e *DifferentPlansError) Conflict {
	c := Conflict{Reason: DifferentPlans, Entity: model.EntityPlan, Field: string(model.FieldID), Chosen: -1, Plans: e,
		Values: make([]Value, len(copies))}
	if base != nil {
		c.Base = &Value{Text: base.ID}
	}
	for i, p := range copies {
		c.Values[i] = Value{Text: p.ID}
	}
	return c
}

var kindRank = map[model.EntityKind]int{
	model.EntityPlan: 0, model.EntitySchool: 1, model.EntityIndicators: 2, model.EntityVision: 3,
	model.EntityInvestment: 4, model.EntityAgreement: 5, model.EntityAssessment: 6, model.EntityVote: 7,
	model.EntityInventory: 8, model.EntityResponsibility: 9, model.EntityRisk: 10,
	model.EntityStatusChange: 11, model.EntityVersion: 12, model.EntityMaturity: 13,
}

// merger holds one merge in progress.
type merger struct {
	base      *model.Plan
	copies    []*model.Plan
	choose    func(Conflict) int
	res       *model.Plan
	conflicts []Conflict
	// views[0] is the base's, views[i+1] copy i's.
	views []view
	// deleted are the entities the merge deleted, by ID.
	deleted map[string]*deletion
	// finish puts the merged entities of each kind into res, leaving out
	// the deleted ones; it runs again after an entity was restored.
	finish []func()
}

// deletion is an entity the merge deleted, kept in case a link to it
// turns up.
type deletion struct {
	kind   model.EntityKind
	code   string
	chosen bool // deleted by a choice rather than by the rules
	// absent marks the copies that do not have it.
	absent []bool
	// restore puts the entity back into the merged plan.
	restore func()
}

// view holds the codes of one plan, to show links as codes.
type view struct {
	vision, investment map[string]string
}

func viewOf(p *model.Plan) view {
	return view{p.VisionCodes(), p.InvestmentCodes()}
}

// pick asks the caller's choice for a new conflict and keeps it when the
// chosen copy has a say in it (has), or returns -1.
func (m *merger) pick(c Conflict, has func(i int) bool) int {
	i := m.choose(c)
	if i < 0 || i >= len(m.copies) || !has(i) {
		return -1
	}
	return i
}

// field is one field of an entity kind.
type field[E any] struct {
	name model.Field
	// key is the field's value for comparison: equal keys, equal values.
	key func(e *E) string
	// show is the value for a user, with links as the codes of the plan
	// the entity is in; nil means key.
	show func(v view, e *E) string
	// take copies the field from src into dst, deeply.
	take func(dst, src *E)
}

func (f *field[E]) text(v view, e *E) string {
	if f.show != nil {
		return f.show(v, e)
	}
	return f.key(e)
}

// kind describes one kind of entity to the merge.
type kind[E any] struct {
	entity model.EntityKind
	list   func(p *model.Plan) []E
	// put stores the merged entities in the result.
	put   func(res *model.Plan, es []E)
	id    func(e *E) string
	ref   func(e *E, pos int) string
	clone func(e *E) E
	// fields may depend on the versions (budget ceilings per year).
	fields func(versions []*E) []field[E]
}

func mergeKind[E any](m *merger, k kind[E]) {
	type entry struct {
		id     string
		inBase bool
		base   *E
		copies []*E
	}
	var order []*entry
	byID := map[string]*entry{}
	get := func(id string) *entry {
		e, ok := byID[id]
		if !ok {
			e = &entry{id: id, copies: make([]*E, len(m.copies))}
			byID[id] = e
			order = append(order, e)
		}
		return e
	}
	if m.base != nil {
		bl := k.list(m.base)
		for i := range bl {
			e := get(k.id(&bl[i]))
			e.inBase, e.base = true, &bl[i]
		}
	}
	for ci, c := range m.copies {
		cl := k.list(c)
		for i := range cl {
			get(k.id(&cl[i])).copies[ci] = &cl[i]
		}
	}

	merged := make([]E, len(order))
	keep := make([]bool, len(order))
	for pos, en := range order {
		var all []*E
		if en.base != nil {
			all = append(all, en.base)
		}
		var holders []int
		for ci, e := range en.copies {
			if e != nil {
				holders = append(holders, ci)
				all = append(all, e)
			}
		}
		first := en.base
		if first == nil {
			first = en.copies[holders[0]]
		}
		code := k.ref(first, pos)
		id := entityID(k.entity, en.id)
		has := func(i int) bool { return en.copies[i] != nil }
		threeWay := m.base != nil && en.inBase

		merged[pos] = k.clone(first)
		dst := &merged[pos]
		// changedBy lists, per copy, the fields it changed against the
		// base (three-way only).
		changedBy := make([][]model.Field, len(m.copies))
		for _, f := range k.fields(all) {
			values := make([]Value, len(m.copies))
			keys := map[string]bool{}
			firstChanged := -1
			for ci, e := range en.copies {
				if e == nil {
					values[ci] = Value{Absent: true}
					continue
				}
				values[ci].Text = f.text(m.views[ci+1], e)
				if threeWay {
					if f.key(e) == f.key(en.base) {
						values[ci].Unchanged = true
						continue
					}
					changedBy[ci] = append(changedBy[ci], f.name)
				}
				keys[f.key(e)] = true
				if firstChanged < 0 {
					firstChanged = ci
				}
			}
			switch {
			case len(keys) == 0:
				// Nobody changed it: the base's value stays.
			case len(keys) == 1:
				f.take(dst, en.copies[firstChanged])
			default:
				c := Conflict{Reason: Changed, Entity: k.entity, ID: id, Code: code, Field: string(f.name), Values: values, Chosen: -1}
				if threeWay {
					c.Base = &Value{Text: f.text(m.views[0], en.base)}
				}
				c.Chosen = m.pick(c, has)
				if c.Chosen >= 0 {
					f.take(dst, en.copies[c.Chosen])
				} else if !threeWay {
					f.take(dst, en.copies[holders[0]])
				}
				m.conflicts = append(m.conflicts, c)
			}
		}

		keep[pos] = true
		absent := make([]bool, len(m.copies))
		values := make([]Value, len(m.copies))
		for ci, e := range en.copies {
			absent[ci] = e == nil
			values[ci] = Value{Absent: e == nil}
		}
		drop := func(chosen bool) {
			keep[pos] = false
			m.deleted[en.id] = &deletion{kind: k.entity, code: code, chosen: chosen, absent: absent,
				restore: func() { keep[pos] = true }}
		}
		switch {
		case threeWay && len(holders) < len(m.copies):
			changed := false
			for ci := range en.copies {
				switch {
				case en.copies[ci] == nil:
				case len(changedBy[ci]) == 0:
					values[ci].Unchanged = true
				default:
					values[ci].Text = joinFields(changedBy[ci])
					changed = true
				}
			}
			if !changed {
				drop(false)
				break
			}
			c := Conflict{Reason: DeletedChanged, Entity: k.entity, ID: id, Code: code, Values: values, Chosen: -1}
			c.Chosen = m.pick(c, func(int) bool { return true })
			if c.Chosen >= 0 && absent[c.Chosen] {
				drop(true)
			}
			m.conflicts = append(m.conflicts, c)
		case m.base == nil && len(holders) > 1 && len(holders) < len(m.copies):
			c := Conflict{Reason: Presence, Entity: k.entity, ID: id, Code: code, Values: values, Chosen: -1}
			c.Chosen = m.pick(c, func(int) bool { return true })
			if c.Chosen >= 0 && absent[c.Chosen] {
				drop(true)
			}
			m.conflicts = append(m.conflicts, c)
		}
	}
	m.finish = append(m.finish, func() {
		var out []E
		for i := range merged {
			if keep[i] {
				out = append(out, k.clone(&merged[i]))
			}
		}
		k.put(m.res, out)
	})
}

// entityID is the ID a conflict carries: none for the singletons.
func entityID(k model.EntityKind, id string) string {
	switch k {
	case model.EntityPlan, model.EntitySchool, model.EntityIndicators:
		return ""
	}
	return id
}

func joinFields(fs []model.Field) string {
	out := ""
	for i, f := range fs {
		if i > 0 {
			out += ", "
		}
		out += string(f)
	}
	return out
}
