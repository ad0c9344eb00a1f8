package pgstore

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"gorm.io/gorm"

	"balansplan/model"
)

// Each is one plan as EachPlan hands it over: where it is kept, its
// status as the plans row says, and the plan itself, or Err when its rows
// do not make a plan (changed by hand outside the app).
type Each struct {
	BoardID  string
	SchoolID string // the school's key: its BRIN
	PlanID   string
	Status   model.PlanStatus
	Plan     *model.Plan
	Err      error
	// Index counts from 0 to Total-1: the progress of the read.
	Index, Total int
}

// EachPlan reads every plan this user may see (row-level security
// decides: a board member sees the board's schools, a director their own,
// a supervisor adopted plans only) and hands them to fn one at a time, in
// the order of school key and plan ID. A plan is read when fn is ready for
// it and dropped when fn returns, so memory does not grow with the number
// of schools (as model/workspace reads a folder). All plans come from one
// snapshot (repeatable read), so a save during the read is either wholly in
// it or not at all. An error from fn stops the read and is returned.
func (s *Store) EachPlan(ctx context.Context, fn func(Each) error) error {
	err := s.tx(ctx, sql.LevelRepeatableRead, func(tx *gorm.DB) error {
		var list []struct {
			BoardID, SchoolID, PlanID, Status string
		}
		if err := tx.Raw(`SELECT board_id, school_id, plan_id, status FROM balansplan.plans
		                  ORDER BY school_id, plan_id`).Scan(&list).Error; err != nil {
			return err
		}
		for i, r := range list {
			e := Each{BoardID: r.BoardID, SchoolID: r.SchoolID, PlanID: r.PlanID,
				Status: model.PlanStatus(r.Status), Index: i, Total: len(list)}
			c, err := load(tx, r.PlanID, false)
			if err != nil {
				// A plan whose rows do not decode is that plan's problem;
				// a failed statement (the connection, the server) ends
				// the transaction and so the whole read.
				var one int
				if ctx.Err() != nil || tx.Raw("SELECT 1").Scan(&one).Error != nil {
					return err
				}
				e.Err = pgError("load", err)
			} else {
				e.Plan = c.Plan
			}
			if err := fn(e); err != nil {
				return errStop{err}
			}
		}
		return nil
	})
	if stop, ok := err.(errStop); ok {
		return stop.err
	}
	return pgError("plans", err)
}

// errStop carries fn's own error through the transaction untouched.
type errStop struct{ err error }

func (e errStop) Error() string { return e.err.Error() }

// Trouble says why e's plan cannot be counted in a board's roll-up, in
// the kinds model/workspace gives a bad file ("unreadable": its rows do
// not make a plan; "invalid": it does not pass model.Validate), with the
// store's reason and one line in Dutch and English that names the plan and
// its school and says what to do; kind is "" when the plan can be counted.
func (e Each) Trouble() (kind, reason string, text model.Text) {
	where := model.Text{NL: fmt.Sprintf("Het plan %s van school %s", e.PlanID, e.SchoolID),
		EN: fmt.Sprintf("The plan %s of school %s", e.PlanID, e.SchoolID)}
	if e.Err != nil {
		reason, msg := "unreadable", model.Text{NL: e.Err.Error(), EN: e.Err.Error()}
		var pe *Error
		if errors.As(e.Err, &pe) {
			reason, msg = pe.Reason, model.Text{NL: pe.Message(model.NL), EN: pe.Message(model.EN)}
		}
		return "unreadable", reason, model.Text{
			NL: where.NL + " is niet te lezen: " + msg.NL + ". Vraag de ict van het bestuur het te herstellen.",
			EN: where.EN + " cannot be read: " + msg.EN + ". Ask the board's IT to repair it."}
	}
	if ps := e.Plan.Validate(); len(ps) > 0 {
		return "invalid", "invalid", model.Text{
			NL: where.NL + " klopt niet: " + ps[0].Message(model.NL) + ". Open het in Balansplan en herstel het.",
			EN: where.EN + " is not valid: " + ps[0].Message(model.EN) + ". Open it in Balansplan and correct it."}
	}
	return "", "", model.Text{}
}
