package dbopen

import (
	"errors"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"balansplan/model/merge"
	"balansplan/ui/document"
	"balansplan/ui/document/pgdoc"
)

// WatchConflicts shows the conflict dialog whenever a save of d meets
// someone else's save of the same field. The dialog comes after the
// refused edit's own error (the shell shows that), so it is on top.
func WatchConflicts(h Host, d *document.Document, db *pgdoc.DB) {
	db.OnConflict = func(e *pgdoc.ConflictError) {
		time.AfterFunc(0, func() { fyne.Do(func() { ShowConflicts(h, d, db, e) }) })
	}
}

// conflictForm is the conflict dialog's content: per conflict what it is
// about and a choice between the user's value and the other person's.
type conflictForm struct {
	choices []*widget.RadioGroup
	content fyne.CanvasObject
}

func newConflictForm(h Host, e *pgdoc.ConflictError) *conflictForm {
	c := &conflictForm{}
	intro := widget.NewLabel(h.T("db.conflict.intro"))
	intro.Wrapping = fyne.TextWrapWord
	rows := container.NewVBox(intro)
	names := []string{h.T("db.conflict.theirsname"), h.T("db.conflict.minename")}
	for _, cf := range e.Conflicts {
		what := widget.NewLabel(cf.Message(h.Lang(), names))
		what.Wrapping = fyne.TextWrapWord
		what.TextStyle.Bold = true
		mine, theirs := h.T("db.conflict.mine", valueText(h, cf, pgdoc.Mine)), h.T("db.conflict.theirs", valueText(h, cf, pgdoc.Theirs))
		r := widget.NewRadioGroup([]string{mine, theirs}, nil)
		c.choices = append(c.choices, r)
		rows.Add(what)
		rows.Add(r)
	}
	c.content = container.NewVScroll(rows)
	return c
}

func valueText(h Host, c merge.Conflict, copy int) string {
	if copy >= len(c.Values) {
		return ""
	}
	v := c.Values[copy]
	switch {
	case v.Absent:
		return h.T("db.conflict.absent")
	case v.Text == "":
		return h.T("db.conflict.empty")
	}
	return v.Text
}

// choice is the user's choice per conflict key; a conflict without one
// is left out, and stays a conflict.
func (c *conflictForm) choice(e *pgdoc.ConflictError) map[string]int {
	m := map[string]int{}
	for i, r := range c.choices {
		switch r.Selected {
		case "":
		case r.Options[0]:
			m[e.Conflicts[i].Key()] = pgdoc.Mine
		default:
			m[e.Conflicts[i].Key()] = pgdoc.Theirs
		}
	}
	return m
}

// ShowConflicts lists the conflicts of e and saves the user's choice.
// A choice left open, or a conflict with a save made meanwhile, shows
// the dialog again; Cancel writes nothing.
func ShowConflicts(h Host, d *document.Document, db *pgdoc.DB, e *pgdoc.ConflictError) {
	c := newConflictForm(h, e)
	dlg := dialog.NewCustomConfirm(h.T("db.conflict.title"), h.T("db.conflict.save"), h.T("button.cancel"), c.content, func(ok bool) {
		if ok {
			resolve(h, d, db, e, c.choice(e))
		}
	}, h.Window())
	dlg.Resize(fyne.NewSize(820, 520))
	dlg.Show()
}

func resolve(h Host, d *document.Document, db *pgdoc.DB, e *pgdoc.ConflictError, choice map[string]int) {
	before, after, err := db.Resolve(e, choice)
	var again *pgdoc.ConflictError
	switch {
	case errors.As(err, &again):
		ShowConflicts(h, d, db, again)
	case err != nil:
		h.ShowError(err)
	default:
		d.Adopt(h.T("db.conflict.label"), before, after)
	}
}
