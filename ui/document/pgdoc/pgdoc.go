package pgdoc

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"balansplan/model"
	"balansplan/model/merge"
	"balansplan/model/pgstore"
	"balansplan/model/store"
	"balansplan/ui/document"
)

// Timeout bounds every call to the server, so a lost network shows an
// error rather than a window that hangs.
const Timeout = 30 * time.Second

// DB is one plan of a board database, as a document.Store.
type DB struct {
	st   *pgstore.Store
	co   *pgstore.Checkout
	name string

	held   *model.Plan // the stored plan whose problems heldPs are
	heldPs model.Problems

	// OnConflict, when set, hears of every save refused because someone
	// else changed the same field (before the edit returns the error).
	OnConflict func(*ConflictError)
}

var _ document.Shared = (*DB)(nil)

// Open loads plan planID from st. where names the database for the user
// (its host or folder and database: "bestuur.example"); Name adds the
// school.
func Open(st *pgstore.Store, planID, where string) (*DB, error) {
	ctx, cancel := context.WithTimeout(context.Background(), Timeout)
	defer cancel()
	co, err := st.Load(ctx, planID)
	if err != nil {
		return nil, err
	}
	return &DB{st: st, co: co, name: fmt.Sprintf("%s / BRIN %s", where, co.SchoolID)}, nil
}

// Name is how the title and status line name the plan's place:
// "bestuur.example / BRIN 12AB".
func (d *DB) Name() string { return d.name }

// Checkout is the plan as last loaded or saved, with its revision.
func (d *DB) Checkout() *pgstore.Checkout { return d.co }

// Store is the connection the plan came from.
func (d *DB) Store() *pgstore.Store { return d.st }

// Load returns the plan as loaded (Open read it from the server).
func (d *DB) Load() (*model.Plan, error) { return d.co.Plan, nil }

// Stored is the plan as last loaded or saved: after a merge, with the
// other person's edits in it.
func (d *DB) Stored() *model.Plan { return d.co.Plan }

// ProblemsOf is what Validate says of p. The stored plan's problems are
// kept: the document asks for them after every save, and a form asks
// for those of other plans (cut down to one entity) as the user types.
func (d *DB) ProblemsOf(p *model.Plan) model.Problems {
	if p == nil {
		return nil
	}
	if p != d.co.Plan {
		return p.Validate()
	}
	if d.held != p {
		d.held, d.heldPs = p, p.Validate()
	}
	return d.heldPs
}

// NewProblems is store.NewProblems: the rule by which an edit of a plan
// with problems is judged, the same as for a file.
func (d *DB) NewProblems(prev, next *model.Plan) model.Problems {
	return store.NewProblems(prev, next)
}

// Commit saves next, merged with whatever someone else saved meanwhile.
// Like a file's Commit it refuses an edit that adds a problem
// (store.NewProblems), with those model.Problems.
func (d *DB) Commit(prev, next *model.Plan) error {
	if ps := d.NewProblems(prev, next); len(ps) > 0 {
		return ps
	}
	return d.save(next)
}

// Restore saves an undo or redo the same way.
func (d *DB) Restore(prev, next *model.Plan) error { return d.save(next) }

func (d *DB) save(next *model.Plan) error {
	ctx, cancel := context.WithTimeout(context.Background(), Timeout)
	defer cancel()
	base := d.co
	co, _, err := d.st.SaveMerging(ctx, base, next, nil)
	var ue *pgstore.UnresolvedError
	if errors.As(err, &ue) {
		ce := &ConflictError{Conflicts: merge.Unresolved(ue.Conflicts), base: base, mine: next, asked: d.OnConflict != nil}
		if ce.asked {
			d.OnConflict(ce)
		}
		return ce
	}
	if err != nil {
		return err
	}
	d.co = co
	return nil
}

// ConflictError is an edit that met someone else's save of the same
// field: nothing was written. Conflicts lists each field; in each,
// Values[Theirs] is the other person's value and Values[Mine] the user's.
type ConflictError struct {
	Conflicts []merge.Conflict
	base      *pgstore.Checkout
	mine      *model.Plan
	asked     bool // OnConflict heard of it
}

var _ document.Choosing = (*ConflictError)(nil)

// Choosing says whether OnConflict has put the conflict before the user.
func (e *ConflictError) Choosing() bool { return e.asked }

// The copies of a conflict, in SaveMerging's order.
const (
	Theirs = 0
	Mine   = 1
)

func (e *ConflictError) Error() string { return e.Message(model.NL) }

// Message says it in language l.
func (e *ConflictError) Message(l model.Lang) string {
	return model.Text{
		NL: fmt.Sprintf("Iemand anders heeft intussen %d waarde(n) die je wijzigde ook gewijzigd. Er is niets opgeslagen: kies per waarde welke blijft.", len(e.Conflicts)),
		EN: fmt.Sprintf("Someone else meanwhile changed %d value(s) you changed too. Nothing was saved: choose which value stays for each.", len(e.Conflicts)),
	}.In(l)
}

// Resolve saves the edit of e with the user's choice per conflict
// (choice by merge.Conflict.Key: Mine or Theirs) and returns the plan as
// the database held it just before (theirs) and as stored now, for
// document.Document.Adopt. A conflict without a choice, or a new
// conflict with a save made since, returns a new *ConflictError and
// writes nothing.
func (d *DB) Resolve(e *ConflictError, choice map[string]int) (before, after *model.Plan, err error) {
	ctx, cancel := context.WithTimeout(context.Background(), Timeout)
	defer cancel()
	theirs, err := d.st.Load(ctx, e.base.Plan.ID)
	if err != nil {
		return nil, nil, err
	}
	choose := func(c merge.Conflict) int {
		if v, ok := choice[c.Key()]; ok {
			return v
		}
		return -1
	}
	co, _, err := d.st.SaveMerging(ctx, e.base, e.mine, choose)
	var ue *pgstore.UnresolvedError
	if errors.As(err, &ue) {
		return nil, nil, &ConflictError{Conflicts: merge.Unresolved(ue.Conflicts), base: e.base, mine: e.mine}
	}
	if err != nil {
		return nil, nil, err
	}
	d.co = co
	return theirs.Plan, co.Plan, nil
}

// History is the audit history of the plan, newest first; with kind
// (and id) given, of that entity only.
func (d *DB) History(kind, id string) ([]pgstore.Change, error) {
	ctx, cancel := context.WithTimeout(context.Background(), Timeout)
	defer cancel()
	cs, err := d.st.History(ctx, d.co.Plan.ID, kind, id)
	if err != nil {
		return nil, err
	}
	for i, j := 0, len(cs)-1; i < j; i, j = i+1, j-1 {
		cs[i], cs[j] = cs[j], cs[i]
	}
	return cs, nil
}

// SaveCopy writes the plan as stored to a new .balans file.
func (d *DB) SaveCopy(path string) error {
	f, err := store.Create(path, d.co.Plan)
	if err != nil {
		return err
	}
	return f.Close()
}

// SaveParticipantCopy writes a participant's copy of the plan as stored,
// with that plan as its merge base. The store records the base of a file,
// so the plan is written to a file in a temporary folder first.
func (d *DB) SaveParticipantCopy(path string) error {
	dir, err := os.MkdirTemp("", "balansplan-db-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	f, err := store.Create(filepath.Join(dir, "plan.balans"), d.co.Plan)
	if err != nil {
		return err
	}
	err = f.SaveParticipantCopy(path)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// OpenElsewhere is nil: a database is meant to be shared.
func (d *DB) OpenElsewhere() *store.Holder { return nil }

// Close closes the connection.
func (d *DB) Close() error { return d.st.Close() }
