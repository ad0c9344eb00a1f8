package document

import (
	"time"

	"balansplan/model"
	"balansplan/model/store"
)

// Copy is a participant's copy of a plan, read to be merged back into the
// open document (package model/merge).
type Copy struct {
	Path string
	Plan *model.Plan
	// Base is the plan as it was when the copy was made, nil when the file
	// is no participant's copy (or its base does not check out: a merge
	// then goes on without it, which can only add conflicts). BaseSHA
	// identifies the base: copies made from one state of a plan share it.
	Base    *model.Plan
	BaseSHA string
	MadeAt  time.Time
}

// ReadCopy reads a participant's copy without changing the file. The
// error is the store's, with a sentence for the user.
func ReadCopy(path string) (*Copy, error) {
	f, err := store.OpenReadOnly(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	p, err := f.Load()
	if err != nil {
		return nil, err
	}
	c := &Copy{Path: path, Plan: p}
	if b, err := f.MergeBase(); err == nil && b != nil {
		c.Base, c.BaseSHA, c.MadeAt = b.Plan, b.SHA256, b.MadeAt
	}
	return c, nil
}
