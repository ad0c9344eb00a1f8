package store

import (
	"fmt"
	"slices"
	"strings"

	"balansplan/model"
)

// NewProblems returns the problems of next that prev does not have, in
// next's order: what an edit from prev to next would break. It is the rule
// by which Commit takes a plan that does not validate, and the one place
// that rule lives (the document layer asks it too, while the user types).
//
// A file that another program changed can hold values Validate refuses
// (Open and Load give them as stored). Refusing every edit of such a plan
// would keep the user from saving anything until every value is fixed; so
// an edit is judged by what it adds. Fixing a value, or deleting the
// entity that holds it, removes a problem and adds none; an edit that
// makes anything else wrong adds one and is refused.
//
// Two problems are the same when they have the same entity kind, entity,
// field and reason. The entity is found by its ID, not its code: a
// Problem names a vision or investment by its code (or "#3" when it has
// none), and renaming the code of an entity with a stored problem must not
// make that problem new. Where one code names several entities of a kind
// (two investments "D1": the stored duplicate itself, or several
// self-assessments of one participant) the problem could be any of them,
// and it matches an earlier problem of any of them. A list position in a
// field ("answers[2].now", "authors[1]") does not count, so that deleting
// an earlier answer does not make a later answer's problem new; the number
// of equal problems does count, so a second wrong answer is new. Map keys
// ("plan.budget_ceiling.2027", "scores.visie.goal") do count.
//
// The Detail text does not count: a stored amount that the user changes to
// another amount that is still too large keeps its problem (the same field,
// the same reason) and may be saved, as the value is no worse than the
// file held.
//
// One more problem is the file's own: a link to a vision or investment
// that is not there can stay in the file, but not be written again, as
// the file's foreign keys refuse it. A list of links is written whole when
// it changes (diff), so an edit that changes a list that still holds such
// a link is refused (unwritableLinks), also one that takes back its fix.
func NewProblems(prev, next *model.Plan) model.Problems {
	return newProblems(prev, next, validate(next), validate)
}

// NewProblems is the package's NewProblems, except that when prev is the
// plan this Doc holds as the file's (held) it takes prev's problems from
// there instead of validating prev again. That is what it costs to type
// in a file that holds a stored problem: next is validated either way.
func (d *Doc) NewProblems(prev, next *model.Plan) model.Problems {
	return newProblems(prev, next, validate(next), d.validated)
}

// ProblemsOf is what is wrong with p, as Commit judges it: p.Validate
// plus the store's own rule (a link listed twice). For the plan this Doc
// last loaded or wrote it returns the problems found then, without
// validating the whole plan again; so a document that has just committed
// a plan can show that plan's problems at no cost.
func (d *Doc) ProblemsOf(p *model.Plan) model.Problems {
	return d.validated(p)
}

// newProblems is NewProblems given next's problems nps, with ofPrev to
// find those of prev, which are needed only when next has any.
func newProblems(prev, next *model.Plan, nps model.Problems, ofPrev func(*model.Plan) model.Problems) model.Problems {
	if len(nps) == 0 {
		return nil
	}
	added := unmatched(place(prev, ofPrev(prev)), place(next, nps))
	return problemsOf(withUnwritable(added, prev, next))
}

// withUnwritable adds to added the lists that cannot be written
// (unwritableLinks), where added does not name that link already.
func withUnwritable(added []placedProblem, prev, next *model.Plan) []placedProblem {
	return append(added, unmatched(added, unwritableLinks(prev, next))...)
}

func problemsOf(pps []placedProblem) model.Problems {
	if len(pps) == 0 {
		return nil
	}
	out := make(model.Problems, len(pps))
	for i, a := range pps {
		out[i] = a.Problem
	}
	return out
}

// unwritableLinks are the lists of links that an edit from prev to next
// would write again (they are new or changed, as diff sees them) while
// they hold a link to something next does not have: the file's foreign
// keys refuse such a row. The user removes that link first.
func unwritableLinks(prev, next *model.Plan) []placedProblem {
	visions := make(map[string]bool, len(next.Visions))
	for _, v := range next.Visions {
		visions[v.ID] = true
	}
	investments := make(map[string]bool, len(next.Investments))
	for _, inv := range next.Investments {
		investments[inv.ID] = true
	}
	var out []placedProblem
	add := func(k model.EntityKind, ref, id string, field model.Field, missing string, what model.Text) {
		out = append(out, placedProblem{
			Problem: model.Problem{Entity: k, Ref: ref, Field: string(field), Reason: "unknown_link", Detail: model.Text{
				NL: fmt.Sprintf("verwijst naar %s die niet bestaat (%s); die koppeling kan het bestand niet opnieuw opslaan, dus haal haar eerst weg voordat je deze lijst wijzigt", what.NL, missing),
				EN: fmt.Sprintf("refers to %s that does not exist (%s); the file cannot store that link again, so remove it before you change this list", what.EN, missing)}},
			key: problemKey{k, withoutPositions(string(field)), "unknown_link"},
			ids: []string{id},
		})
	}
	vision := model.Text{NL: "een visie-uitspraak", EN: "a vision statement"}
	investment := model.Text{NL: "een investering", EN: "an investment"}

	oldInv := make(map[string]*model.Investment, len(prev.Investments))
	for i := range prev.Investments {
		oldInv[prev.Investments[i].ID] = &prev.Investments[i]
	}
	for i := range next.Investments {
		inv := &next.Investments[i]
		old := oldInv[inv.ID]
		ref := refOf(inv.Code, i)
		if old == nil || !slices.Equal(old.VisionIDs, inv.VisionIDs) {
			if id, ok := firstMissing(inv.VisionIDs, visions); ok {
				add(model.EntityInvestment, ref, inv.ID, model.FieldVisions, id, vision)
			}
		}
		if old == nil || !slices.Equal(old.DependsOnIDs, inv.DependsOnIDs) {
			if id, ok := firstMissing(inv.DependsOnIDs, investments); ok {
				add(model.EntityInvestment, ref, inv.ID, model.FieldDependsOn, id, investment)
			}
		}
	}
	oldVote := make(map[string]*model.Vote, len(prev.Votes))
	for i := range prev.Votes {
		oldVote[prev.Votes[i].ID] = &prev.Votes[i]
	}
	for i := range next.Votes {
		v := &next.Votes[i]
		if old := oldVote[v.ID]; old != nil && slices.Equal(old.Points, v.Points) {
			continue
		}
		for k, vp := range v.Points {
			if !investments[vp.InvestmentID] {
				add(model.EntityVote, refOf(v.Participant, i), v.ID, model.FieldPointsInvestment.At(k), vp.InvestmentID, investment)
				break
			}
		}
	}
	return out
}

func firstMissing(ids []string, have map[string]bool) (string, bool) {
	for _, id := range ids {
		if !have[id] {
			return id, true
		}
	}
	return "", false
}

// placedProblem is a problem with its identity: which entities it can be
// about (their IDs) and what, with list positions left out.
type placedProblem struct {
	model.Problem
	key problemKey
	ids []string // nil for the school, the plan, the key figures
}

type problemKey struct {
	entity        model.EntityKind
	field, reason string
}

// place works out the identity of each problem of p.
func place(p *model.Plan, ps model.Problems) []placedProblem {
	out := make([]placedProblem, len(ps))
	for i, pr := range ps {
		out[i] = placedProblem{
			Problem: pr,
			key:     problemKey{pr.Entity, withoutPositions(pr.Field), pr.Reason},
			ids:     entityIDs(p, pr.Entity, pr.Ref),
		}
	}
	return out
}

// entityIDs are the IDs of the entities of kind k in p that Validate
// names ref, the way Validate names them (refOf there): a vision or
// investment by its code or else its place, an agreement, inventory line
// or risk by its place, a self-assessment or vote by its participant and
// a task by its name, or else their place. An entity
// without an ID stands for itself by its ref; a ref that names nothing
// (a dependency cycle through investments without a code) too.
func entityIDs(p *model.Plan, k model.EntityKind, ref string) []string {
	var ids []string
	add := func(id, r string) {
		if r != ref {
			return
		}
		if id == "" {
			id = "ref:" + ref
		}
		ids = append(ids, id)
	}
	switch k {
	case model.EntityVision:
		for i := range p.Visions {
			add(p.Visions[i].ID, refOf(p.Visions[i].Code, i))
		}
	case model.EntityInvestment:
		for i := range p.Investments {
			add(p.Investments[i].ID, refOf(p.Investments[i].Code, i))
		}
	case model.EntityAgreement:
		for i := range p.Agreements {
			add(p.Agreements[i].ID, refOf("", i))
		}
	case model.EntityAssessment:
		for i := range p.Assessments {
			add(p.Assessments[i].ID, refOf(p.Assessments[i].Participant, i))
		}
	case model.EntityVote:
		for i := range p.Votes {
			add(p.Votes[i].ID, refOf(p.Votes[i].Participant, i))
		}
	case model.EntityInventory:
		for i := range p.Inventory {
			add(p.Inventory[i].ID, refOf("", i))
		}
	case model.EntityResponsibility:
		for i := range p.Organisation {
			add(p.Organisation[i].ID, refOf(p.Organisation[i].Task, i))
		}
	case model.EntityRisk:
		for i := range p.Risks {
			add(p.Risks[i].ID, refOf("", i))
		}
	case model.EntityStatusChange:
		for i := range p.StatusHistory {
			add(p.StatusHistory[i].ID, refOf("", i))
		}
	case model.EntityVersion:
		for i := range p.Versions {
			add(p.Versions[i].ID, refOf(p.Versions[i].Number, i))
		}
	case model.EntityMaturity:
		for i := range p.Maturity {
			add(p.Maturity[i].ID, model.MaturityRef(p.Maturity[i], i))
		}
	default:
		return nil // one of a kind: the school, the plan, the key figures
	}
	if len(ids) == 0 {
		ids = []string{"ref:" + ref}
	}
	return ids
}

// refOf is how Validate names an entity: its code (or participant), else
// its place in the list from 1.
func refOf(name string, i int) string {
	if name != "" {
		return name
	}
	return fmt.Sprintf("#%d", i+1)
}

// withoutPositions turns "answers[2].now" into "answers[].now" and leaves
// map keys as they are (model.Field.Pattern would fold those too).
func withoutPositions(field string) string {
	if !strings.Contains(field, "[") {
		return field
	}
	var b strings.Builder
	for i := 0; i < len(field); i++ {
		if field[i] == '[' {
			j := i + 1
			for j < len(field) && field[j] >= '0' && field[j] <= '9' {
				j++
			}
			if j > i+1 && j < len(field) && field[j] == ']' {
				b.WriteString("[]")
				i = j
				continue
			}
		}
		b.WriteByte(field[i])
	}
	return b.String()
}

// unmatched returns the problems of after that cannot each be paired with
// a problem of before of their own (a maximum matching, so that an
// ambiguous name never pairs two problems of after with one of before, and
// never makes a problem look new that a better pairing would explain).
func unmatched(before, after []placedProblem) []placedProblem {
	if len(after) == 0 {
		return nil
	}
	// Candidates of each problem of after, found through an index by
	// identity, so that a plan with many problems costs no square.
	type slot struct {
		key problemKey
		id  string
	}
	index := map[slot][]int{}
	for i := range before {
		b := &before[i]
		if b.ids == nil {
			index[slot{b.key, ""}] = append(index[slot{b.key, ""}], i)
			continue
		}
		for _, id := range b.ids {
			index[slot{b.key, id}] = append(index[slot{b.key, id}], i)
		}
	}
	cands := make([][]int, len(after))
	for j := range after {
		a := &after[j]
		if a.ids == nil {
			cands[j] = index[slot{a.key, ""}]
			continue
		}
		seen := map[int]bool{}
		for _, id := range a.ids {
			for _, i := range index[slot{a.key, id}] {
				if !seen[i] {
					seen[i] = true
					cands[j] = append(cands[j], i)
				}
			}
		}
	}
	// Kuhn's augmenting paths: owner[i] is the problem of after paired
	// with before[i], or -1.
	owner := make([]int, len(before))
	for i := range owner {
		owner[i] = -1
	}
	// visited[i] == round: before[i] was tried for the current round.
	visited := make([]int, len(before))
	round := 0
	var try func(j int) bool
	try = func(j int) bool {
		for _, i := range cands[j] {
			if visited[i] == round {
				continue
			}
			visited[i] = round
			if owner[i] < 0 || try(owner[i]) {
				owner[i] = j
				return true
			}
		}
		return false
	}
	var out []placedProblem
	for j := range after {
		if len(cands[j]) == 0 {
			out = append(out, after[j])
			continue
		}
		round++
		if !try(j) {
			out = append(out, after[j])
		}
	}
	return out
}
