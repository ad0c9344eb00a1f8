package screens

import (
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"balansplan/model"
	"balansplan/ui/form"
)

// recordList is a column of cards, one per record of one of the plan's
// lists (an inventory line, a task, a risk, a signatory), each with a form
// of its own. Cards are kept by key across refreshes, so that a field
// being typed in keeps its text and its message; the column is only
// rebuilt when the keys change (a record added, deleted or moved). The
// buttons that add a record stand above the column, never below it, so
// they stay where they are whether the list is empty or long.
type recordList struct {
	box   *fyne.Container
	cards map[string]*recordCard
	keys  []string
	empty *widget.Label
	build func(key string) *recordCard
}

// recordCard is the card of one record: its form, and what the card shows
// beside the form's fields (a risk's weight), refreshed after each load.
type recordCard struct {
	form   *form.Form
	box    *widget.Card
	loaded func(p *model.Plan)
}

func newRecordList(empty string, build func(key string) *recordCard) *recordList {
	l := &recordList{box: container.NewVBox(), cards: map[string]*recordCard{}, build: build,
		empty: widget.NewLabel(empty)}
	l.empty.Wrapping = fyne.TextWrapWord
	l.empty.Importance = widget.LowImportance
	return l
}

// filter shows only the cards whose record keep says to show (the
// search field); nil shows them all.
func (l *recordList) filter(keep func(key string) bool) {
	for k, c := range l.cards {
		if keep == nil || keep(k) {
			c.box.Show()
		} else {
			c.box.Hide()
		}
	}
}

// sync shows a card for each key, in order, with the plan's values.
func (l *recordList) sync(p *model.Plan, keys []string) {
	if !slices.Equal(keys, l.keys) || len(l.box.Objects) == 0 {
		l.keys = slices.Clone(keys)
		objs := make([]fyne.CanvasObject, 0, len(keys))
		for _, k := range keys {
			c := l.cards[k]
			if c == nil {
				c = l.build(k)
				l.cards[k] = c
			}
			objs = append(objs, c.box)
		}
		for k, c := range l.cards {
			if !slices.Contains(keys, k) {
				// Typed input of a record that is gone cannot be saved
				// anywhere: it no longer waits (nor holds up undo).
				c.form.Reset()
				delete(l.cards, k)
			}
		}
		if len(objs) == 0 {
			objs = append(objs, l.empty)
		}
		l.box.Objects = objs
		l.box.Refresh()
	}
	for _, k := range keys {
		c := l.cards[k]
		c.form.Load()
		// The card is headed by what the undo menu calls its record
		// ("Risico 2"), so that the cards of a long list stand apart.
		if c.form.Title != nil {
			if t := capital(c.form.Title(p, c.form.ID)); c.box.Subtitle != t {
				c.box.SetSubTitle(t)
			}
		}
		if c.loaded != nil {
			c.loaded(p)
		}
	}
}

// capital is s with its first letter in upper case.
func capital(s string) string {
	r := []rune(s)
	if len(r) > 0 {
		r[0] = unicode.ToUpper(r[0])
	}
	return string(r)
}

// card is the form with a row of buttons under it, in a card.
func card(f *form.Form, buttons ...fyne.CanvasObject) *widget.Card {
	return widget.NewCard("", "", container.NewVBox(f.Grid, container.NewHBox(buttons...)))
}

// toolbar is the row of buttons (and a figure such as a total) at the top
// of a list.
func toolbar(objs ...fyne.CanvasObject) fyne.CanvasObject {
	return container.NewHBox(objs...)
}

// recordForms adds the kinds of field the board chapters use to a form:
// free text, whole numbers and dates, each reading and writing through a
// pointer into the version of the plan it is given.
type recordForm struct {
	*form.Form
	s Host
}

func newRecordForm(s Host, entity model.EntityKind, ref func(p *model.Plan, id string) string) recordForm {
	return recordForm{Form: form.New(s, entity, ref), s: s}
}

// text adds a text field (several lines when multi) for the string at ptr.
func (f recordForm) text(name model.Field, key string, multi bool, ptr func(p *model.Plan) *string) *form.Entry {
	return f.Text(name, f.s.T(key), multi,
		func(p *model.Plan) string { return *ptr(p) },
		func(p *model.Plan, t string) error { *ptr(p) = t; return nil })
}

// number adds a field for a whole number; empty is 0 ("not said").
func (f recordForm) number(name model.Field, key string, ptr func(p *model.Plan) *int) *form.Entry {
	return f.Text(name, f.s.T(key), false,
		func(p *model.Plan) string {
			if n := *ptr(p); n != 0 {
				return strconv.Itoa(n)
			}
			return ""
		},
		func(p *model.Plan, t string) error {
			n, err := form.AtoiEmpty(t)
			if err != nil {
				return f.s.Errorf("error.notinteger", t)
			}
			*ptr(p) = n
			return nil
		})
}

// date adds a field for a date as the plan keeps it, YYYY-MM-DD; empty is
// "not given".
func (f recordForm) date(name model.Field, key string, ptr func(p *model.Plan) *string) *form.Entry {
	e := f.Text(name, f.s.T(key), false,
		func(p *model.Plan) string { return *ptr(p) },
		func(p *model.Plan, t string) error {
			t = strings.TrimSpace(t)
			if t != "" {
				if _, err := time.Parse(time.DateOnly, t); err != nil {
					return f.s.Errorf("error.date", t)
				}
			}
			*ptr(p) = t
			return nil
		})
	e.SetPlaceHolder(f.s.T("field.date.placeholder"))
	return e
}

// choice adds a drop-down of an enum's values, with "not said" first when
// notSaid is set.
func recordChoice[T ~string](f recordForm, name model.Field, key string, all []T, label func(T) string, notSaid bool, ptr func(p *model.Plan) *T) *widget.Select {
	vs, ls := enumOptions(all, label)
	if notSaid {
		vs, ls = append([]string{""}, vs...), append([]string{f.s.T("choice.notsaid")}, ls...)
	}
	return f.Choice(name, f.s.T(key), vs, ls,
		func(p *model.Plan) string { return string(*ptr(p)) },
		func(p *model.Plan, x string) { *ptr(p) = T(x) })
}

// focusFirst puts the cursor in the first text field of the card at key
// and selects its text, so that the placeholder text of a new record is
// typed over.
func focusFirst(s Host, l *recordList, key string) {
	c := l.cards[key]
	if c == nil {
		return
	}
	for _, fl := range c.form.Fields {
		if e := c.form.EntryOf(fl.Name); e != nil {
			s.Window().Canvas().Focus(e)
			e.TypedShortcut(&fyne.ShortcutSelectAll{})
			return
		}
	}
}

// recordPane is the detail pane of a list screen: the chosen record's
// buttons (duplicate, delete) in a bar at the top, and its form
// scrolling under them. At the top, the buttons stay where they are
// whatever the form shows: a warning under a field, a longer list of
// what serves a vision, another record (issue 11: "buttons move when a
// warning appears, so clicks land on the wrong control").
func recordPane(form fyne.CanvasObject, buttons ...fyne.CanvasObject) fyne.CanvasObject {
	return container.NewBorder(container.NewPadded(container.NewHBox(buttons...)), nil, nil, nil,
		container.NewVScroll(container.NewPadded(form)))
}

// listOf is how the board screens reach one of the plan's lists of
// records with IDs: the list in a version of the plan, a record's
// position in it and the text a question quotes it by.
type listOf[T any] struct {
	kind string // the translation prefix: "risk", "inventory", "task"
	list func(p *model.Plan) *[]T
	find func(p *model.Plan, id string) (*T, int)
	text func(r *T) string
}

// add appends rec (its ID already set) as one edit and puts the cursor
// in its first text field on the card l shows for it.
func (k listOf[T]) add(s Host, l *recordList, id string, rec T) {
	if !s.Edit(s.T("edit."+k.kind+".add"), func(p *model.Plan) {
		*k.list(p) = append(slices.Clone(*k.list(p)), rec)
	}) {
		return
	}
	focusFirst(s, l, id)
}

// remove deletes the record with id after asking, naming it by its
// position and its text ("risico 2", "Uitval van het netwerk").
func (k listOf[T]) remove(s Host, id string) {
	r, i := k.find(s.Doc().Plan(), id)
	if i < 0 {
		return
	}
	name := s.T(k.kind+".title", i+1)
	s.ConfirmEdit(s.T(k.kind+".delete.title"), s.T(k.kind+".delete.question", name, shortText(s, k.text(r))),
		s.T("edit."+k.kind+".delete", name), func(p *model.Plan) {
			if _, i := k.find(p, id); i >= 0 {
				*k.list(p) = slices.Delete(slices.Clone(*k.list(p)), i, i+1)
			}
		})
}

// The board chapters' lists.
var (
	riskList = listOf[model.Risk]{"risk", func(p *model.Plan) *[]model.Risk { return &p.Risks }, riskIn,
		func(r *model.Risk) string { return r.Description }}
	inventoryList = listOf[model.InventoryItem]{"inventory", func(p *model.Plan) *[]model.InventoryItem { return &p.Inventory }, inventoryIn,
		func(r *model.InventoryItem) string { return r.Description }}
	taskList = listOf[model.Responsibility]{"task", func(p *model.Plan) *[]model.Responsibility { return &p.Organisation }, responsibilityIn,
		func(r *model.Responsibility) string { return r.Task }}
)

// tabPage is one tab of a board screen: an intro that wraps and a row of
// buttons that stay at the top, and under them what scrolls.
func tabPage(intro string, top fyne.CanvasObject, body ...fyne.CanvasObject) fyne.CanvasObject {
	l := widget.NewLabel(intro)
	l.Wrapping = fyne.TextWrapWord
	return container.NewBorder(container.NewVBox(l, top), nil, nil, nil,
		container.NewVScroll(container.NewPadded(container.NewVBox(body...))))
}
