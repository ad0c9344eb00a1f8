package document

import (
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"time"

	"balansplan/model"
	"balansplan/model/store"
	"balansplan/planning"
)

// ChangeKind says why the plan changed.
type ChangeKind int

// Kinds of change.
const (
	Edited ChangeKind = iota // an edit was committed
	Undone                   // an edit was undone
	Redone                   // an undone edit was done again
	Moved                    // the document now lives in another file (save as)
)

// Change tells listeners what happened to the document.
type Change struct {
	Kind  ChangeKind
	Label string // the edit's label, as given to Edit
}

// step is one entry of the history.
type step struct {
	label         string
	key           string // merge key; "" never merges
	before, after *model.Plan
	at            time.Time
}

// MergeWindow is how long after an edit another edit with the same merge
// key still folds into it.
const MergeWindow = 2 * time.Second

// maxHistory bounds the undo stack; each step holds two plans, which share
// nothing, so an unbounded history of a large plan would grow without end.
const maxHistory = 200

// Document is an open plan file. The zero value is not usable; make one
// with Create or Open.
type Document struct {
	path     string
	name     string // where the plan is, when it is no file (OpenStore)
	file     Store
	plan     *model.Plan
	problems model.Problems // what the file says about plan (store.Doc.ProblemsOf)
	analysis *planning.Analysis
	ref      *planning.Reference

	undo, redo []step
	listeners  []func(Change)

	// Now is the clock used for merging edits; tests replace it.
	Now func() time.Time
}

// Create writes p as a new plan file at path and opens it. p must be
// valid. ref holds the national figures for the benchmark; it may be nil.
func Create(path string, p *model.Plan, ref *planning.Reference) (*Document, error) {
	f, err := store.Create(path, p)
	if err != nil {
		return nil, err
	}
	return load(path, f, ref)
}

// Open opens an existing plan file for editing.
func Open(path string, ref *planning.Reference) (*Document, error) {
	f, err := store.Open(path)
	if err != nil {
		return nil, err
	}
	return load(path, f, ref)
}

// OpenCopy writes a copy of the plan file orig to path and opens the copy
// for editing. orig is only read (store.OpenReadOnly), so it may be a file
// that cannot be opened for writing, such as a read-only one; it stays
// byte for byte as it was. path must not be orig itself.
func OpenCopy(orig, path string, ref *planning.Reference) (*Document, error) {
	src, err := store.OpenReadOnly(orig)
	if err != nil {
		return nil, err
	}
	err = src.SaveCopy(path)
	src.Close() // it was only read: failing to close it loses nothing
	if err != nil {
		return nil, err
	}
	return Open(path, ref)
}

func load(path string, f Store, ref *planning.Reference) (*Document, error) {
	p, err := f.Load()
	if err != nil {
		f.Close()
		return nil, err
	}
	d := &Document{path: path, file: f, plan: p, problems: f.ProblemsOf(p), ref: ref, Now: time.Now}
	d.analysis = planning.Analyse(p, ref)
	return d, nil
}

// Path is the file the document is stored in.
func (d *Document) Path() string { return d.path }

// Name is the file name without its folder, for the window title.
// A plan from a database has the name OpenStore gave it.
func (d *Document) Name() string {
	if d.name != "" {
		return d.name
	}
	return filepath.Base(d.path)
}

// Plan is the plan as last committed. Callers must not modify it; use Edit.
func (d *Document) Plan() *model.Plan { return d.plan }

// OpenElsewhere is who else had the file open for writing when it was
// opened (another window of this program, or another program), or nil
// (store.Doc.OpenElsewhere).
func (d *Document) OpenElsewhere() *store.Holder {
	if d.file == nil {
		return nil
	}
	return d.file.OpenElsewhere()
}

// Analysis is the analysis of Plan.
func (d *Document) Analysis() *planning.Analysis { return d.analysis }

// Reference is the national reference data the analysis compares with.
func (d *Document) Reference() *planning.Reference { return d.ref }

// OnChange registers a function called after every change, on the
// goroutine that made the change.
func (d *Document) OnChange(f func(Change)) { d.listeners = append(d.listeners, f) }

func (d *Document) notify(c Change) {
	for _, f := range d.listeners {
		f(c)
	}
}

// Problems is what is wrong with the plan as the file holds it: nothing
// for a plan this program wrote, but a file changed by another program
// (sqlite3) can hold a value Validate refuses. Such a plan opens as it is,
// so the user can see the problems and fix them.
func (d *Document) Problems() model.Problems { return d.problems }

// Try applies change to a copy of the plan and reports what the change
// would break, without writing anything: the problems of the result that
// the plan does not have already (Problems), by store.NewProblems, the
// rule the file applies when the edit is written. Forms call it as the
// user types, so a field shows what is wrong with its own value, not what
// was wrong elsewhere before.
func (d *Document) Try(change func(p *model.Plan)) (*model.Plan, model.Problems) {
	next, problems, _ := d.try(change)
	return next, problems
}

// try is Try, which also says what the change touched. A change of one
// entity of a plan without problems is judged by validating only that
// entity and what its checks read (cutDown); anything else by the file's
// rule on the whole plan, with the plan's own problems taken from the
// store (store.Doc.NewProblems).
func (d *Document) try(change func(p *model.Plan)) (*model.Plan, model.Problems, touched) {
	prev := d.plan
	next := prev.Clone()
	change(next)
	t := touchedBy(prev, next)
	if d.file == nil { // closed: the file's rule without its memory
		return next, store.NewProblems(prev, next), t
	}
	if len(d.problems) == 0 {
		if t.what == touchedNothing {
			return next, nil, t
		}
		if m := cutDown(prev, next, t); m != nil {
			return next, d.file.ProblemsOf(m), t
		}
	}
	return next, d.file.NewProblems(prev, next), t
}

// Edit applies change to a copy of the plan and commits it to the file.
// label names the edit for the user ("Titel gewijzigd"). When the result
// has a problem the plan did not have (store.NewProblems), Edit returns
// those model.Problems and changes nothing; an edit that adds no problem
// is written, also to a plan that has problems already (Problems), so the
// user can go on and fix them one by one. When the file cannot be written
// it returns the store's error.
func (d *Document) Edit(label string, change func(p *model.Plan)) error {
	return d.EditMerge("", label, change)
}

// EditMerge is Edit for edits that come in bursts, such as typing in one
// field: when the previous edit had the same non-empty key and was made
// less than MergeWindow ago, and nothing was undone since, both become one
// step of the history.
func (d *Document) EditMerge(key, label string, change func(p *model.Plan)) error {
	return d.edit(key, label, change, MergeWindow)
}

// EditGroup is EditMerge for a run of edits that belong together however
// long it takes to make them, such as one participant's answers in a
// guided self-assessment: each is written to the file at once, and they
// fold into one step of the history as long as the previous step has the
// same non-empty key and nothing was undone since. An edit with another
// key, or an undo, ends the group.
func (d *Document) EditGroup(key, label string, change func(p *model.Plan)) error {
	return d.edit(key, label, change, -1)
}

// edit is EditMerge with a merge window; a negative window merges however
// old the previous step is.
func (d *Document) edit(key, label string, change func(p *model.Plan), window time.Duration) error {
	prev := d.plan
	next := prev.Clone()
	change(next)
	// Clone on both sides: the same nil-versus-empty slices. Only asked
	// when touchedBy found no value changed, which it never says wrongly.
	if touchedBy(prev, next).what == touchedNothing && reflect.DeepEqual(prev.Clone(), next) {
		return nil // nothing changed: no write, no history step
	}
	// Commit judges next by the rule Try applies (store.NewProblems) and
	// returns the same model.Problems, so the edit is not judged twice.
	if err := d.file.Commit(prev, next); err != nil {
		return err
	}
	next = d.stored(next)
	now := d.Now()
	if n := len(d.undo); key != "" && n > 0 && len(d.redo) == 0 &&
		d.undo[n-1].key == key && (window < 0 || now.Sub(d.undo[n-1].at) < window) {
		d.undo[n-1].after = next
		d.undo[n-1].at = now
	} else {
		d.undo = append(d.undo, step{label: label, key: key, before: prev, after: next, at: now})
		if len(d.undo) > maxHistory {
			d.undo = append(d.undo[:0], d.undo[len(d.undo)-maxHistory:]...)
		}
	}
	d.redo = d.redo[:0]
	d.set(next, Change{Kind: Edited, Label: label})
	return nil
}

func (d *Document) set(p *model.Plan, c Change) {
	d.plan = p
	// The store has just written p (Commit, Restore) and kept its
	// problems: no second validation.
	d.problems = d.file.ProblemsOf(p)
	d.analysis = planning.Analyse(p, d.ref)
	d.notify(c)
}

// ErrNothing is returned by Undo and Redo when there is nothing to undo or
// redo.
var ErrNothing = errors.New("document: nothing to undo or redo")

// CanUndo reports whether there is an edit to undo, and its label.
func (d *Document) CanUndo() (string, bool) {
	if len(d.undo) == 0 {
		return "", false
	}
	return d.undo[len(d.undo)-1].label, true
}

// CanRedo reports whether there is an undone edit to redo, and its label.
func (d *Document) CanRedo() (string, bool) {
	if len(d.redo) == 0 {
		return "", false
	}
	return d.redo[len(d.redo)-1].label, true
}

// Undo takes back the last edit, in memory and in the file. Taking back
// the fix of a value another program stored puts that value back; the one
// thing the file refuses to store again is a link to a vision or
// investment that is not there: then Undo returns model.Problems saying
// so, and nothing changes.
func (d *Document) Undo() error {
	n := len(d.undo)
	if n == 0 {
		return ErrNothing
	}
	s := d.undo[n-1]
	if err := d.file.Restore(s.after, s.before); err != nil {
		return err
	}
	d.undo = d.undo[:n-1]
	s.key = "" // a redone step never merges with a later edit
	d.redo = append(d.redo, s)
	d.set(d.stored(s.before), Change{Kind: Undone, Label: s.label})
	return nil
}

// Redo does the last undone edit again.
func (d *Document) Redo() error {
	n := len(d.redo)
	if n == 0 {
		return ErrNothing
	}
	s := d.redo[n-1]
	if err := d.file.Restore(s.before, s.after); err != nil {
		return err
	}
	d.redo = d.redo[:n-1]
	d.undo = append(d.undo, s)
	d.set(d.stored(s.after), Change{Kind: Redone, Label: s.label})
	return nil
}

// SaveAs writes a copy of the plan to path and goes on in the copy: later
// edits go to the new file and the old one stays as it was. The history
// stays, since the copy holds the same plan.
func (d *Document) SaveAs(path string) error {
	if same(path, d.path) {
		return nil
	}
	if err := d.file.SaveCopy(path); err != nil {
		return err
	}
	f, err := store.Open(path)
	if err != nil {
		return err
	}
	old, oldPath := d.file, d.path
	d.file, d.path, d.name = f, path, ""
	d.notify(Change{Kind: Moved})
	if err := old.Close(); err != nil {
		// The copy is written and open; failing to close the old file
		// loses nothing, so it is only reported.
		return fmt.Errorf("close %s: %w", oldPath, err)
	}
	return nil
}

// SaveParticipantCopy writes a copy of the plan for one participant of a
// workshop and records in it the plan as it is now, the base that lets the
// copies be merged back three-way (store.Doc.SaveParticipantCopy). The
// document stays on its own file, which does not change.
// Like SaveAs it refuses the open file itself, with a store.FileError.
func (d *Document) SaveParticipantCopy(path string) error {
	return d.file.SaveParticipantCopy(path)
}

func same(a, b string) bool {
	aa, err1 := filepath.Abs(a)
	bb, err2 := filepath.Abs(b)
	return err1 == nil && err2 == nil && aa == bb
}

// Close closes the file. The document must not be used afterwards.
func (d *Document) Close() error {
	if d.file == nil {
		return nil
	}
	err := d.file.Close()
	d.file = nil
	return err
}
