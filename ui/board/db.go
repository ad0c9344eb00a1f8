package board

import (
	"context"
	"time"

	"fyne.io/fyne/v2"

	"balansplan/model/pgstore"
	"balansplan/planning"
	"balansplan/planning/board"
	"balansplan/ui/dbopen"
	"balansplan/ui/internal/texts"
)

// DBTimeout bounds the read of a board database.
var DBTimeout = 5 * time.Minute

// OpenDB shows the board of the database st is connected to (named where,
// as ui/dbopen names it) in a new window: every plan the person logged in
// may see, as row-level security decides. The plans are read one at a time
// on a goroutine of its own, with the same progress as a folder; st is
// closed once they are read. A database has no board.json, so the board
// has no ceiling (the command line takes one with --ceiling).
func OpenDB(a fyne.App, tr *texts.Texts, st *pgstore.Store, where string, now time.Time) *Window {
	return open(a, tr, where, tr.T("rollup.db.empty", where, st.User()), "", now,
		func(progress func(done, total int)) (*board.Board, string, error) {
			defer st.Close()
			ctx, cancel := context.WithTimeout(context.Background(), DBTimeout)
			defer cancel()
			return readDBBoard(ctx, st, now, progress)
		})
}

// readDBBoard reads every plan st may see, one at a time, and rolls them
// up. A plan that does not load or does not pass model.Validate is listed
// as not counted, as a bad file is; a plan is named by its school's key.
func readDBBoard(ctx context.Context, st *pgstore.Store, now time.Time, progress func(done, total int)) (*board.Board, string, error) {
	var schools []board.School
	var unread []board.Unread
	progress(0, 0)
	err := st.EachPlan(ctx, func(e pgstore.Each) error {
		if kind, reason, text := e.Trouble(); kind != "" {
			unread = append(unread, board.Unread{File: e.SchoolID, Kind: kind, Reason: reason, Text: text})
		} else {
			schools = append(schools, board.Summarise(e.SchoolID, e.Plan, planning.Analyse(e.Plan, nil)))
		}
		progress(e.Index+1, e.Total)
		return nil
	})
	if err != nil {
		return nil, "", err
	}
	if len(schools)+len(unread) == 0 {
		return nil, "", errNoPlans
	}
	return board.RollUp(schools, board.Settings{}, now, unread, nil), "", nil
}

// AskDB asks for the board database with ui/dbopen's connection dialog
// (the password asked each time, never stored) and then shows its board in
// a new window (OpenDB). h is the main window (ui/shell's Shell).
func AskDB(h dbopen.Host, tr *texts.Texts, now time.Time) {
	dbopen.Connect(h, tr.T("rollup.db.connect"), func(st *pgstore.Store, f dbopen.Fields) {
		dbOpened(OpenDB(h.App(), tr, st, f.Where(), now))
	})
}

// dbOpened hears of every board window AskDB opens; a test listens.
var dbOpened = func(*Window) {}
