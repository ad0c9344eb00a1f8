package model

// Look-ups and deletions of the board chapters' list entries, for the GUI
// and the merge. Nothing links to an inventory line, a task or a risk, so
// a deletion takes only the entry; like the other edits it never writes
// into a list the plan may share with a copy (edit.go).

// InventoryItem returns the inventory line with the given ID.
func (p *Plan) InventoryItem(id string) (*InventoryItem, bool) {
	return findByID(p.Inventory, id, func(it *InventoryItem) string { return it.ID })
}

// Responsibility returns the task in the organisation of ict with the
// given ID.
func (p *Plan) Responsibility(id string) (*Responsibility, bool) {
	return findByID(p.Organisation, id, func(r *Responsibility) string { return r.ID })
}

// RemoveInventoryItem deletes the inventory line with the given ID and
// reports whether the plan had it.
func (p *Plan) RemoveInventoryItem(id string) bool {
	return removeByID(&p.Inventory, id, func(it *InventoryItem) string { return it.ID })
}

// RemoveResponsibility deletes the task with the given ID and reports
// whether the plan had it.
func (p *Plan) RemoveResponsibility(id string) bool {
	return removeByID(&p.Organisation, id, func(r *Responsibility) string { return r.ID })
}

// RemoveRisk deletes the risk with the given ID and reports whether the
// plan had it.
func (p *Plan) RemoveRisk(id string) bool {
	return removeByID(&p.Risks, id, func(r *Risk) string { return r.ID })
}

func findByID[T any](list []T, id string, idOf func(*T) string) (*T, bool) {
	for i := range list {
		if idOf(&list[i]) == id {
			return &list[i], true
		}
	}
	return nil, false
}

// removeByID replaces *list by a new list without the entries with the
// given ID.
func removeByID[T any](list *[]T, id string, idOf func(*T) string) bool {
	kept := make([]T, 0, len(*list))
	for i := range *list {
		if idOf(&(*list)[i]) != id {
			kept = append(kept, (*list)[i])
		}
	}
	if len(kept) == len(*list) {
		return false
	}
	*list = kept
	return true
}
