package form

import (
	"time"

	"balansplan/model"
)

// Editor is the plan a form edits: ui/document.Document is one. Try
// changes a copy and says what Validate thinks of it; Edit and EditMerge
// commit a change (EditMerge folds edits with the same key into one undo
// step: typing in one field).
type Editor interface {
	Plan() *model.Plan
	Try(change func(p *model.Plan)) (*model.Plan, model.Problems)
	Edit(label string, change func(p *model.Plan)) error
	EditMerge(key, label string, change func(p *model.Plan)) error
}

// Host is what a form needs from the window it is in.
type Host interface {
	// T is the interface text for key in the user's language.
	T(key string, args ...any) string
	// Lang is the user's language.
	Lang() model.Lang
	// Editor is the open plan, or nil when none is open.
	Editor() Editor
	// ShowError tells the user about an error that is not about one
	// field (the file could not be written).
	ShowError(err error)
	// Pending is the window's list of typed values not yet written.
	Pending() *Pending
}

// Pending keeps the text fields of every form in a window that hold a
// typed value not yet written: valid ones wait for the commit delay,
// invalid ones are never written. The window flushes them before any
// other command, and drops the invalid ones before undo.
type Pending struct {
	delay   time.Duration
	pending map[*Field]struct{}
	invalid map[*Field]struct{}
	watch   func(label string, s Saving)
	// flushing holds the forms whose fields are being written together,
	// so that a field's commit writes its siblings first only once.
	flushing map[*Form]bool
}

// Saving is what happens to a typed value, as Pending.Watch reports it.
type Saving int

const (
	// Waiting: a valid value was typed and is not yet in the file (it
	// waits for the commit delay, Enter, leaving the field or Flush).
	Waiting Saving = iota
	// Written: the value is in the file.
	Written
	// Dropped: the value no longer waits and was not written (it became
	// invalid, went back to the file's value, or the write was refused).
	Dropped
)

// Watch has f told about every typed value that starts waiting to be
// written, is written, or is dropped; label names the field's edit ("titel
// van V1 gewijzigd"). The window uses it for its status line, which says
// "opslaan…" for exactly as long as a kill would lose what was typed.
func (p *Pending) Watch(f func(label string, s Saving)) { p.watch = f }

func (p *Pending) tell(fl *Field, s Saving) {
	if p.watch != nil {
		p.watch(fl.editLabel(), s)
	}
}

// NewPending makes the list for one window. delay is how long a field
// waits after the last keystroke before it writes a valid value; 0 or
// less writes only on Enter, on leaving the field and on Flush (tests use
// that to stay deterministic).
func NewPending(delay time.Duration) *Pending {
	return &Pending{delay: delay, pending: map[*Field]struct{}{}, invalid: map[*Field]struct{}{}, flushing: map[*Form]bool{}}
}

// Flush writes every valid value typed but not yet written.
func (p *Pending) Flush() {
	for fl := range p.pending {
		fl.commit()
	}
}

// DropInvalid forgets every typed value that does not validate, so the
// fields can show the plan's values again; it reports whether there was
// any.
func (p *Pending) DropInvalid() bool {
	dropped := len(p.invalid) > 0
	for fl := range p.invalid {
		fl.setInvalid(false)
		fl.show("")
	}
	return dropped
}

// Unsaved are the text fields that hold a typed value the file does not
// have because it could not be written or does not validate, in no
// particular order; after a conflict with another program the window
// shows them beside the file's values, so the user can type them again.
func (p *Pending) Unsaved() []*Field {
	out := make([]*Field, 0, len(p.invalid))
	for fl := range p.invalid {
		out = append(out, fl)
	}
	return out
}
