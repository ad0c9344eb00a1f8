package merge

import (
	"slices"
	"sort"

	"balansplan/model"
)

func (m *merger) finishAll() {
	for _, f := range m.finish {
		f()
	}
}

// links deals with links to entities the merge deleted: an investment
// that serves a deleted vision or depends on a deleted investment, or
// points for a deleted investment. Such a link was added by a copy that
// still had the entity. When the deletion followed from the rules, that
// is a conflict (DeletedLinked): keeping the entity is as much a
// possibility as dropping the link. When the deletion was chosen, the
// links go with the entity, by the model's rule for deleting one.
func (m *merger) links() {
	if len(m.deleted) == 0 {
		return
	}
	refs := map[string][]string{}
	note := func(target, by string) {
		if _, ok := m.deleted[target]; ok && !slices.Contains(refs[target], by) {
			refs[target] = append(refs[target], by)
		}
	}
	for _, inv := range m.res.Investments {
		for _, id := range inv.VisionIDs {
			note(id, inv.Code)
		}
		for _, id := range inv.DependsOnIDs {
			note(id, inv.Code)
		}
	}
	for i, v := range m.res.Votes {
		for _, vp := range v.Points {
			note(vp.InvestmentID, participantRef(v.Participant, i))
		}
	}
	for i := range m.res.Maturity {
		for _, id := range m.res.Maturity[i].InvestmentIDs {
			note(id, model.MaturityRef(m.res.Maturity[i], i))
		}
	}
	ids := make([]string, 0, len(refs))
	for id := range refs {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool {
		a, b := m.deleted[ids[i]], m.deleted[ids[j]]
		if kindRank[a.kind] != kindRank[b.kind] {
			return kindRank[a.kind] < kindRank[b.kind]
		}
		if a.code != b.code {
			return model.CodeLess(a.code, b.code)
		}
		return ids[i] < ids[j]
	})
	restored := false
	for _, id := range ids {
		d := m.deleted[id]
		if d.chosen {
			continue
		}
		values := make([]Value, len(m.copies))
		for ci, gone := range d.absent {
			values[ci] = Value{Absent: gone, Unchanged: !gone}
		}
		linked := refs[id]
		sort.Slice(linked, func(i, j int) bool { return model.CodeLess(linked[i], linked[j]) })
		c := Conflict{Reason: DeletedLinked, Entity: d.kind, ID: id, Code: d.code, Values: values, Linked: linked, Chosen: -1}
		c.Chosen = m.pick(c, func(int) bool { return true })
		if c.Chosen < 0 || !d.absent[c.Chosen] {
			// Kept: by choice, or, unresolved, so that the plan shown
			// has no dangling links.
			d.restore()
			delete(m.deleted, id)
			restored = true
		}
		m.conflicts = append(m.conflicts, c)
	}
	// What stays deleted goes by the model's rule, with every link to it
	// (Plan.RemoveVision, Plan.RemoveInvestment): the entity is put back
	// for a moment so that the model deletes it as an edit would.
	var gone []string
	for id, d := range m.deleted {
		if d.kind == model.EntityVision || d.kind == model.EntityInvestment {
			d.restore()
			gone = append(gone, id)
			restored = true
		}
	}
	if restored {
		m.finishAll()
	}
	sort.Strings(gone)
	for _, id := range gone {
		switch m.deleted[id].kind {
		case model.EntityVision:
			m.res.RemoveVision(id)
		case model.EntityInvestment:
			m.res.RemoveInvestment(id)
			m.res.UnlinkMaturityInvestment(id) // until RemoveInvestment does it (edit.go)
		}
	}
}
