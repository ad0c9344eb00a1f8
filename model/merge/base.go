package merge

import "balansplan/model"

// Base is the base one copy carries: the plan as it was when the copy was
// made for a participant (store.MergeBase). Hash identifies the snapshot
// (store.MergeBase.SHA256): copies made from one state of the plan carry
// the same hash. The zero Base is a copy that carries none: made by "save
// as", or its base could not be read.
type Base struct {
	Hash string
	Plan *model.Plan
}

// CommonBase is the one rule for the base of a merge, for the app and the
// command line alike: the base every copy carries, when they all carry
// one with the same hash, and otherwise nil (a two-way merge). A copy
// without a base, or with a base of another state of the plan, could
// have been made from anything, and comparing it with a base it was not
// made from would take its old values for changes; so one such copy makes
// the whole merge two-way, which can only add conflicts, never lose an
// edit.
//
// bases holds one Base per participant's copy, in any order. The plan the
// copies go back into (the plan open in the app) is no participant's
// copy and is left out: the copies were made from it, and what changed in
// it since counts like a participant's change.
func CommonBase(bases []Base) *model.Plan {
	if len(bases) == 0 {
		return nil
	}
	for _, b := range bases {
		if b.Hash == "" || b.Plan == nil || b.Hash != bases[0].Hash {
			return nil
		}
	}
	return bases[0].Plan
}
