package document

import (
	"balansplan/model"
	"balansplan/model/store"
	"balansplan/planning"
)

// Store is what a Document needs of the place its plan is kept: the
// .balans file (store.Doc) or a board database (ui/document/pgdoc). The
// rest of the app holds a Document and never learns which it has.
type Store interface {
	// Load reads the plan as stored.
	Load() (*model.Plan, error)
	// ProblemsOf is what Validate says of p (cached for a stored plan).
	ProblemsOf(p *model.Plan) model.Problems
	// NewProblems is what an edit from prev to next would break
	// (store.NewProblems).
	NewProblems(prev, next *model.Plan) model.Problems
	// Commit writes the edit prev -> next; Restore writes an undo or redo.
	Commit(prev, next *model.Plan) error
	Restore(prev, next *model.Plan) error
	// SaveCopy writes the plan to a new .balans file at path;
	// SaveParticipantCopy does so with the plan as merge base.
	SaveCopy(path string) error
	SaveParticipantCopy(path string) error
	// OpenElsewhere is who else has the file open for writing, or nil.
	OpenElsewhere() *store.Holder
	Close() error
}

var _ Store = (*store.Doc)(nil)

// Shared is a Store that other people write too (a board database).
// What it holds after a Commit or Restore may be the edit merged with
// someone else's save (model/merge), so the document goes on from Stored,
// not from the plan it asked to write.
type Shared interface {
	Store
	// Stored is the plan as last loaded or stored.
	Stored() *model.Plan
}

// Choosing is an edit's error that has already been put before the user
// with a way to choose (a conflict with someone else's save, in
// ui/dbopen's dialog): the window need only mention it.
type Choosing interface {
	error
	Choosing() bool
}

// OpenStore opens the plan held by s for editing. name is how the user
// knows where it is ("bestuur.example / BRIN 12AB"): the window title
// and the status line show it. The document has no Path.
func OpenStore(s Store, name string, ref *planning.Reference) (*Document, error) {
	d, err := load("", s, ref)
	if err != nil {
		return nil, err
	}
	d.name = name
	return d, nil
}

// stored is next, or what a shared store made of it.
func (d *Document) stored(next *model.Plan) *model.Plan {
	if sh, ok := d.file.(Shared); ok {
		if p := sh.Stored(); p != nil {
			return p
		}
	}
	return next
}

// Adopt makes after, which the store has just stored outside Edit (the
// user's choice in a conflict with someone else's save), the plan, as one
// step of the history labelled label. before is what the store held just
// before, so that undo takes back the choice and nothing else.
func (d *Document) Adopt(label string, before, after *model.Plan) {
	d.undo = append(d.undo, step{label: label, before: before, after: after, at: d.Now()})
	d.redo = d.redo[:0]
	d.set(after, Change{Kind: Edited, Label: label})
}

// Store is where the plan is kept.
func (d *Document) Store() Store { return d.file }
