package pgstore

import (
	"errors"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5/pgconn"

	"balansplan/model"
	"balansplan/model/merge"
)

// Error is a problem a user can act on: a stable Reason and a sentence in
// Dutch and English. Error() is the Dutch sentence.
//
// Reasons: connect (no connection), not_initialised (db init has not
// run), no_rights (the database refused: a policy or a missing
// privilege), not_found (no such plan, or not one this user may see),
// no_school (no such school, or not one this user may see), invalid (the
// plan's data cannot be stored), unresolved (a merge left conflicts).
type Error struct {
	Reason string
	Text   model.Text
	Err    error
}

func (e *Error) Error() string { return e.Text.NL }
func (e *Error) Unwrap() error { return e.Err }

// Message is the sentence in language l.
func (e *Error) Message(l model.Lang) string { return e.Text.In(l) }

func newError(reason string, nl, en string, err error) *Error {
	return &Error{Reason: reason, Text: model.Text{NL: nl, EN: en}, Err: err}
}

// ConflictError is a save from a revision the database no longer holds:
// someone else saved the plan in between. Nothing was written. Base is
// the plan the caller started from, Mine what it tried to save and Theirs
// the plan as it is now, so that the caller can merge the three
// (SaveMerging does that with model/merge).
type ConflictError struct {
	Base   *Checkout
	Mine   *model.Plan
	Theirs *Checkout
}

func (e *ConflictError) Error() string {
	return fmt.Sprintf("plan %s is intussen door %s opgeslagen (revisie %d, u begon bij %d)",
		e.Theirs.Plan.ID, e.Theirs.UpdatedBy, e.Theirs.Revision, e.Base.Revision)
}

// Message says the conflict in language l.
func (e *ConflictError) Message(l model.Lang) string {
	return model.Text{NL: e.Error(), EN: fmt.Sprintf("plan %s was saved meanwhile by %s (revision %d, you started from %d)",
		e.Theirs.Plan.ID, e.Theirs.UpdatedBy, e.Theirs.Revision, e.Base.Revision)}.In(l)
}

// UnresolvedError is a merge that left conflicts for a person to choose:
// nothing was written. Conflicts holds every conflict, resolved or not.
type UnresolvedError struct {
	Conflicts []merge.Conflict
}

func (e *UnresolvedError) Error() string {
	return fmt.Sprintf("%d conflict(en) moeten eerst gekozen worden; niets is opgeslagen", len(merge.Unresolved(e.Conflicts)))
}

// Message says it in language l.
func (e *UnresolvedError) Message(l model.Lang) string {
	n := len(merge.Unresolved(e.Conflicts))
	return model.Text{NL: e.Error(), EN: fmt.Sprintf("%d conflict(s) must be chosen first; nothing was saved", n)}.In(l)
}

// pgError maps what PostgreSQL refused to an *Error a user can read;
// anything else comes back wrapped with the operation.
func pgError(op string, err error) error {
	if err == nil {
		return nil
	}
	var e *Error
	var c *ConflictError
	var u *UnresolvedError
	if errors.As(err, &e) || errors.As(err, &c) || errors.As(err, &u) {
		return err
	}
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		switch {
		case pe.Code == "42501" || strings.Contains(pe.Message, "row-level security"):
			return newError("no_rights",
				"de database weigert dit: u hebt geen rechten op deze school of dit plan ("+pe.Message+")",
				"the database refuses this: you have no rights on this school or plan ("+pe.Message+")", err)
		case pe.Code == "3F000" || pe.Code == "42P01":
			return newError("not_initialised",
				"de database is niet ingericht voor Balansplan; voer eerst 'balansplan db init' uit",
				"the database is not set up for Balansplan; run 'balansplan db init' first", err)
		case pe.Code == "28P01" || pe.Code == "28000" || pe.Code == "3D000":
			return newError("connect", "verbinden met de database lukt niet: "+pe.Message,
				"cannot connect to the database: "+pe.Message, err)
		}
	}
	return fmt.Errorf("pgstore: %s: %w", op, err)
}
