package shell

import (
	"errors"
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"balansplan/model"
)

// A form edits one entity of the plan (the school and plan settings, one
// vision, one investment, ...). Each field validates as the user types: the
// typed value is tried on a copy of the plan (Document.Try) and whatever
// Validate says about it appears under the field, in the user's language.
// A valid value is written to the file after a short pause, on Enter, when
// the field loses the focus, or before any other command (Shell.flush);
// an invalid one is never written.
type form struct {
	s      *Shell
	entity model.EntityKind
	// id is the ID of the entity the form shows; "" for plan-wide forms.
	id string
	// ref gives the entity's reference in model.Problem.Ref for a version
	// of the plan (its code, or "#n"); nil for plan-wide forms.
	ref    func(p *model.Plan, id string) string
	grid   *fyne.Container
	fields []*field
	byName map[string]*field
}

func newForm(s *Shell, entity model.EntityKind, ref func(p *model.Plan, id string) string) *form {
	return &form{s: s, entity: entity, ref: ref, grid: container.New(layout.NewFormLayout()), byName: map[string]*field{}}
}

// field is one input of a form, bound to one field of the entity.
type field struct {
	f     *form
	name  string // the field as model.Problem names it, e.g. "cost.one_off"
	label string
	msg   *widget.Label // what is wrong with the typed value; hidden when nothing

	entry *fieldEntry // text fields
	get   func(p *model.Plan) string
	set   func(p *model.Plan, v string) error
	// invalid is set while the entry holds a value that does not validate.
	invalid bool
	// committing is set while the field's own edit is being written, so
	// the refresh it causes leaves the user's text alone.
	committing bool
	timer      *time.Timer

	load func(p *model.Plan) // choice fields: show the plan's value

	input          fyne.CanvasObject // the entry, drop-down or check box
	labelObj, cell fyne.CanvasObject // the form row, for hiding it
}

// setVisible shows or hides the field's row of the form.
func (fl *field) setVisible(v bool) {
	if fl.cell.Visible() == v {
		return
	}
	if v {
		fl.labelObj.Show()
		fl.cell.Show()
	} else {
		fl.labelObj.Hide()
		fl.cell.Hide()
	}
}

// fieldEntry is an Entry that tells its field when it loses the focus.
type fieldEntry struct {
	widget.Entry
	onFocusLost func()
}

func newFieldEntry(multiLine bool) *fieldEntry {
	e := &fieldEntry{}
	e.MultiLine = multiLine
	e.Wrapping = fyne.TextWrapOff
	if multiLine {
		e.Wrapping = fyne.TextWrapWord
		e.SetMinRowsVisible(4)
	}
	e.ExtendBaseWidget(e)
	return e
}

// FocusLost writes the typed value when the user leaves the field.
func (e *fieldEntry) FocusLost() {
	e.Entry.FocusLost()
	if e.onFocusLost != nil {
		e.onFocusLost()
	}
}

func (f *form) add(label string, input fyne.CanvasObject, fl *field) {
	fl.f = f
	fl.label = label
	fl.input = input
	fl.msg = widget.NewLabel("")
	fl.msg.Importance = widget.DangerImportance
	fl.msg.Wrapping = fyne.TextWrapWord
	fl.msg.Hide()
	f.fields = append(f.fields, fl)
	key := fl.name
	for f.byName[key] != nil {
		key += "'" // a second input for the same field (category as list or as text)
	}
	f.byName[key] = fl
	fl.labelObj = widget.NewLabelWithStyle(label, fyne.TextAlignTrailing, fyne.TextStyle{})
	fl.cell = container.NewVBox(input, fl.msg)
	f.grid.Add(fl.labelObj)
	f.grid.Add(fl.cell)
}

// section adds a heading row to the form.
func (f *form) section(title string) {
	f.grid.Add(widget.NewLabelWithStyle(title, fyne.TextAlignTrailing, fyne.TextStyle{Bold: true}))
	f.grid.Add(layout.NewSpacer())
}

// formNote is a row of a form that explains the fields below it, such as
// why they cannot be changed. It is hidden while it has nothing to say.
type formNote struct {
	gap   fyne.CanvasObject
	label *widget.Label
}

// note adds an empty note row.
func (f *form) note() *formNote {
	n := &formNote{gap: layout.NewSpacer(), label: widget.NewLabel("")}
	n.label.Wrapping = fyne.TextWrapWord
	n.label.Importance = widget.LowImportance
	n.gap.Hide()
	n.label.Hide()
	f.grid.Add(n.gap)
	f.grid.Add(n.label)
	return n
}

// set shows text in the note, or hides the row for "".
func (n *formNote) set(text string) {
	n.label.SetText(text)
	if text == "" {
		n.gap.Hide()
		n.label.Hide()
	} else {
		n.gap.Show()
		n.label.Show()
	}
}

// text adds a text field. set parses v and stores it in p; its error is a
// sentence for the user.
func (f *form) text(name, label string, multiLine bool, get func(p *model.Plan) string, set func(p *model.Plan, v string) error) *fieldEntry {
	fl := &field{name: name, get: get, set: set}
	e := newFieldEntry(multiLine)
	fl.entry = e
	e.OnChanged = func(string) { fl.changed() }
	e.OnSubmitted = func(string) { fl.commit() }
	e.onFocusLost = fl.commit
	f.add(label, e, fl)
	return e
}

// choice adds a drop-down of values with labels.
func (f *form) choice(name, label string, values, labels []string, get func(p *model.Plan) string, set func(p *model.Plan, v string)) *widget.Select {
	return f.choiceOf(name, label, func(*model.Plan) ([]string, []string) { return values, labels }, get, set)
}

// choiceOf adds a drop-down whose values depend on the plan (the
// categories of the investment's block).
func (f *form) choiceOf(name, label string, options func(p *model.Plan) (values, labels []string), get func(p *model.Plan) string, set func(p *model.Plan, v string)) *widget.Select {
	fl := &field{name: name}
	sel := widget.NewSelect(nil, nil)
	var values []string
	loading := false
	fl.load = func(p *model.Plan) {
		loading = true
		defer func() { loading = false }()
		var labels []string
		values, labels = options(p)
		if !slices.Equal(sel.Options, labels) {
			sel.SetOptions(labels)
		}
		v := get(p)
		for i, x := range values {
			if x == v {
				if sel.SelectedIndex() != i {
					sel.SetSelectedIndex(i)
				}
				return
			}
		}
		sel.ClearSelected()
	}
	sel.OnChanged = func(string) {
		if loading {
			return
		}
		i := sel.SelectedIndex()
		if i < 0 || i >= len(values) {
			return
		}
		v := values[i]
		fl.apply(func(p *model.Plan) { set(p, v) })
	}
	f.add(label, sel, fl)
	return sel
}

// check adds a check box.
func (f *form) check(name, label, text string, get func(p *model.Plan) bool, set func(p *model.Plan, v bool)) *widget.Check {
	fl := &field{name: name}
	loading := false
	c := widget.NewCheck(text, nil)
	fl.load = func(p *model.Plan) {
		loading = true
		c.SetChecked(get(p))
		loading = false
	}
	c.OnChanged = func(v bool) {
		if !loading {
			fl.apply(func(p *model.Plan) { set(p, v) })
		}
	}
	f.add(label, c, fl)
	return c
}

// checks adds a group of check boxes for a set of values.
func (f *form) checks(name, label string, values, labels []string, get func(p *model.Plan) []string, set func(p *model.Plan, v []string)) *widget.CheckGroup {
	return f.checksOf(name, label, func(*model.Plan) ([]string, []string) { return values, labels }, get, set)
}

// checksOf adds a group of check boxes whose values depend on the plan
// (the vision statements an investment may serve).
func (f *form) checksOf(name, label string, options func(p *model.Plan) (values, labels []string), get func(p *model.Plan) []string, set func(p *model.Plan, v []string)) *widget.CheckGroup {
	fl := &field{name: name}
	loading := false
	var values []string
	byLabel := map[string]string{}
	g := widget.NewCheckGroup(nil, nil)
	fl.load = func(p *model.Plan) {
		loading = true
		defer func() { loading = false }()
		var labels []string
		values, labels = options(p)
		changed := !slices.Equal(g.Options, labels)
		if changed {
			byLabel = make(map[string]string, len(values))
			for i := range values {
				byLabel[labels[i]] = values[i]
			}
			g.Options = labels
		}
		byValue := make(map[string]string, len(values))
		for i := range values {
			byValue[values[i]] = labels[i]
		}
		var sel []string
		for _, v := range get(p) {
			if l, ok := byValue[v]; ok {
				sel = append(sel, l)
			}
		}
		if changed || !slices.Equal(g.Selected, sel) {
			g.Selected = sel
			g.Refresh()
		}
	}
	g.OnChanged = func(sel []string) {
		if loading {
			return
		}
		// Keep the order of values, not the order of clicks.
		chosen := map[string]bool{}
		for _, l := range sel {
			chosen[byLabel[l]] = true
		}
		var vs []string
		for _, v := range values {
			if chosen[v] {
				vs = append(vs, v)
			}
		}
		fl.apply(func(p *model.Plan) { set(p, vs) })
	}
	f.add(label, g, fl)
	return g
}

// bind points the form at another entity and shows its values.
func (f *form) bind(id string) {
	f.s.flush()
	f.id = id
	for _, fl := range f.fields {
		fl.setInvalid(false)
		fl.show("")
	}
	f.load()
}

// load shows the plan's values in every field, leaving alone a field the
// user is typing in.
func (f *form) load() {
	p := f.s.doc.Plan()
	for _, fl := range f.fields {
		if fl.entry != nil {
			if fl.committing || fl.invalid {
				continue
			}
			if v := fl.get(p); fl.entry.Text != v {
				fl.entry.SetText(v) // OnChanged sees the value validate
			}
			continue
		}
		fl.load(p)
	}
}

// reset forgets typed values that did not validate (before undo and when
// the entity is gone).
func (f *form) reset() {
	for _, fl := range f.fields {
		if fl.invalid {
			fl.setInvalid(false)
			fl.show("")
		}
	}
}

// setInvalid records whether the field holds a value that does not
// validate; the shell keeps the list so that undo can discard them.
func (fl *field) setInvalid(v bool) {
	fl.invalid = v
	if v {
		fl.f.s.invalid[fl] = struct{}{}
	} else {
		delete(fl.f.s.invalid, fl)
	}
}

// changed runs on every keystroke in a text field.
func (fl *field) changed() {
	s := fl.f.s
	if s.doc == nil || fl.committing {
		return
	}
	if fl.entry.Text == fl.get(s.doc.Plan()) {
		fl.setInvalid(false)
		fl.show("")
		fl.unpend()
		return
	}
	var perr error
	text := fl.entry.Text
	next, problems := s.doc.Try(func(p *model.Plan) { perr = fl.set(p, text) })
	switch {
	case perr != nil:
		fl.setInvalid(true)
		fl.show(perr.Error())
		fl.unpend()
	case len(problems) > 0:
		fl.setInvalid(true)
		fl.show(fl.f.describe(next, problems, fl.name))
		fl.unpend()
	default:
		fl.setInvalid(false)
		fl.show("")
		fl.pend()
	}
}

func (fl *field) pend() {
	s := fl.f.s
	s.pending[fl] = struct{}{}
	if s.cfg.CommitDelay <= 0 {
		return
	}
	if fl.timer != nil {
		fl.timer.Stop()
	}
	fl.timer = time.AfterFunc(s.cfg.CommitDelay, func() { fyne.Do(fl.commit) })
}

func (fl *field) unpend() {
	delete(fl.f.s.pending, fl)
	if fl.timer != nil {
		fl.timer.Stop()
		fl.timer = nil
	}
}

// commit writes the typed value when it is valid and pending.
func (fl *field) commit() {
	s := fl.f.s
	if _, ok := s.pending[fl]; !ok {
		return
	}
	fl.unpend()
	if s.doc == nil || fl.invalid {
		return
	}
	text := fl.entry.Text
	fl.committing = true
	defer func() { fl.committing = false }()
	var perr error
	err := s.doc.EditMerge(fl.f.id+"/"+fl.name, fl.editLabel(), func(p *model.Plan) { perr = fl.set(p, text) })
	if perr != nil {
		err = perr
	}
	if err != nil {
		fl.setInvalid(true)
		var ps model.Problems
		if errors.As(err, &ps) {
			fl.show(fl.f.describe(s.doc.Plan(), ps, fl.name))
		} else {
			s.showError(err)
		}
	}
}

// apply commits a choice at once; a choice that does not validate is
// shown under the field and the control goes back to the plan's value.
func (fl *field) apply(change func(p *model.Plan)) {
	s := fl.f.s
	if s.doc == nil {
		return
	}
	s.flush()
	err := s.doc.Edit(fl.editLabel(), change)
	if err == nil {
		fl.show("")
		return
	}
	var ps model.Problems
	if errors.As(err, &ps) {
		fl.show(fl.f.describe(s.doc.Plan(), ps, fl.name))
	} else {
		s.showError(err)
	}
	fl.load(s.doc.Plan())
}

func (fl *field) editLabel() string {
	label := strings.TrimSuffix(fl.label, ":")
	if fl.f.ref != nil && fl.f.id != "" {
		return fl.f.s.T("edit.field.of", strings.ToLower(label), fl.f.ref(fl.f.s.doc.Plan(), fl.f.id))
	}
	return fl.f.s.T("edit.field", strings.ToLower(label))
}

func (fl *field) show(msg string) {
	if fl.msg.Text == msg {
		return
	}
	fl.msg.SetText(msg)
	if msg == "" {
		fl.msg.Hide()
		if fl.entry != nil {
			fl.entry.SetValidationError(nil)
		}
	} else {
		fl.msg.Show()
		if fl.entry != nil {
			fl.entry.SetValidationError(errors.New(msg))
		}
	}
}

// describe says what problems mean for the field: the problems about this
// entity and field by their detail alone, or else every problem in full
// (an edit can break a rule elsewhere, such as a dependency cycle).
// p is the version of the plan the problems are about.
func (f *form) describe(p *model.Plan, ps model.Problems, name string) string {
	l := f.s.Lang()
	ref := ""
	if f.ref != nil && f.id != "" {
		ref = f.ref(p, f.id)
	}
	var own, all []string
	for _, pr := range ps {
		if (f.entity == "" || pr.Entity == f.entity) && (f.ref == nil || pr.Ref == ref) && (pr.Field == name || strings.HasPrefix(pr.Field, name+".")) {
			own = append(own, pr.Detail.In(l))
		}
		all = append(all, pr.Message(l))
	}
	if len(own) > 0 {
		return strings.Join(own, "\n")
	}
	if len(all) > 3 {
		all = append(all[:3], f.s.T("error.more", len(ps)-3))
	}
	return strings.Join(all, "\n")
}

// entryOf returns the entry of a text field, for tests and focus.
func (f *form) entryOf(name string) *fieldEntry {
	if fl := f.byName[name]; fl != nil {
		return fl.entry
	}
	return nil
}

// message is what the form shows under a field, for tests.
func (f *form) message(name string) string {
	if fl := f.byName[name]; fl != nil && fl.msg.Visible() {
		return fl.msg.Text
	}
	return ""
}

// errorf makes a parse error for the user.
func (s *Shell) errorf(key string, args ...any) error {
	return errors.New(s.T(key, args...))
}
