package form

import (
	"errors"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balansplan/model"
)

// A form edits one entity of the plan (the school and plan settings, one
// vision, one investment, ...). Each field validates as the user types: the
// typed value is tried on a copy of the plan (Document.Try) and whatever
// Validate says about it appears under the field, in the user's language.
// A valid value is written to the file after a short pause, on Enter, when
// the field loses the focus, or before any other command (Pending.Flush);
// an invalid one is never written.
type Form struct {
	h      Host
	entity model.EntityKind
	// id is the ID of the entity the form shows; "" for plan-wide forms.
	ID string
	// ref gives the entity's reference in model.Problem.Ref for a version
	// of the plan (its code, or "#n"); nil for plan-wide forms.
	ref func(p *model.Plan, id string) string
	// Title, when set, names the entity in the undo menu and the status
	// line instead of its reference: "risico 2" reads better than the
	// "#2" by which model.Problem refers to a record without a code.
	Title func(p *model.Plan, id string) string
	Grid  *fyne.Container
	// Typed, when set, hears every keystroke in a text field, with the
	// field's text, after the field has judged it (a counter beside it).
	Typed  func(name model.Field, text string)
	Fields []*Field
	ByName map[model.Field]*Field
}

func New(h Host, entity model.EntityKind, ref func(p *model.Plan, id string) string) *Form {
	return &Form{h: h, entity: entity, ref: ref, Grid: container.New(layout.NewFormLayout()), ByName: map[model.Field]*Field{}}
}

// Field is one input of a form, bound to one field of the entity.
type Field struct {
	f     *Form
	Name  model.Field // the field as model.Problem names it, e.g. "cost.one_off"
	Label string
	// Subject names the field in the status line and undo menu when its
	// label alone does not ("visie nu" for the "Nu" under visie); "" uses
	// the label.
	Subject string
	msg     *widget.Label // what is wrong with the typed value; hidden when nothing

	entry *Entry // text fields
	get   func(p *model.Plan) string
	set   func(p *model.Plan, v string) error
	// invalid is set while the entry holds a value that does not validate.
	invalid bool
	// committing is set while the field's own edit is being written, so
	// the refresh it causes leaves the user's text alone.
	committing bool
	timer      *time.Timer

	load func(p *model.Plan) // choice fields: show the plan's value
	// checklist is the applications checklist of an Applications field.
	checklist *Checklist
	// cut offers to cut a text over model.MaxTextLen characters (a long
	// paste) to the limit, instead of only refusing it.
	cut *widget.Button

	input          fyne.CanvasObject // the entry, drop-down or check box
	labelObj, cell fyne.CanvasObject // the form row, for hiding it
}

// Shown reports whether the field's row is shown.
func (fl *Field) Shown() bool { return fl.cell.Visible() }

// SetVisible shows or hides the field's row of the form.
func (fl *Field) SetVisible(v bool) {
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

// Entry is a text field of a form: a fyne Entry that tells its field when
// it loses the focus and when Enter is pressed in it.
type Entry struct {
	widget.Entry
	onFocusLost func()
	onReturn    func()
}

func newEntry(multiLine bool) *Entry {
	e := &Entry{}
	e.MultiLine = multiLine
	e.Wrapping = fyne.TextWrapOff
	if multiLine {
		e.Wrapping = fyne.TextWrapWord
		e.SetMinRowsVisible(4)
	}
	e.ExtendBaseWidget(e)
	return e
}

// TypedKey writes the typed value at once on Enter. A single-line entry
// already does so through OnSubmitted (so does Shift+Enter in a
// multi-line one); in a multi-line entry Enter starts a new line, and the
// text with that line break is written at once too, instead of waiting
// for the commit delay: the delay is for typing, and a user who pressed
// Enter expects what is above the cursor to be safe.
func (e *Entry) TypedKey(key *fyne.KeyEvent) {
	e.Entry.TypedKey(key)
	if (key.Name == fyne.KeyReturn || key.Name == fyne.KeyEnter) && e.MultiLine && e.onReturn != nil {
		e.onReturn()
	}
}

// FocusLost writes the typed value when the user leaves the field.
func (e *Entry) FocusLost() {
	e.Entry.FocusLost()
	if e.onFocusLost != nil {
		e.onFocusLost()
	}
}

func (f *Form) add(label string, input fyne.CanvasObject, fl *Field) {
	fl.f = f
	fl.Label = label
	fl.input = input
	fl.msg = widget.NewLabel("")
	fl.msg.Importance = widget.DangerImportance
	fl.msg.Wrapping = fyne.TextWrapWord
	fl.msg.Hide()
	f.Fields = append(f.Fields, fl)
	key := fl.Name
	for f.ByName[key] != nil {
		key += "'" // a second input for the same field (category as list or as text)
	}
	f.ByName[key] = fl
	fl.labelObj = widget.NewLabelWithStyle(label, fyne.TextAlignTrailing, fyne.TextStyle{})
	fl.cell = container.NewVBox(input, fl.msg)
	if fl.entry != nil {
		fl.cut = widget.NewButton(f.h.T("field.cut", Thousands(model.MaxTextLen, f.h.Lang())), fl.cutToLimit)
		fl.cut.Hide()
		fl.cell.(*fyne.Container).Add(fl.cut)
	}
	f.Grid.Add(fl.labelObj)
	f.Grid.Add(fl.cell)
}

// Section adds a heading row to the form.
func (f *Form) Section(title string) {
	f.Grid.Add(widget.NewLabelWithStyle(title, fyne.TextAlignTrailing, fyne.TextStyle{Bold: true}))
	f.Grid.Add(layout.NewSpacer())
}

// formNote is a row of a form that explains the fields below it, such as
// why they cannot be changed. It is hidden while it has nothing to say.
type Note struct {
	gap   fyne.CanvasObject
	label *widget.Label
}

// Note adds an empty note row.
func (f *Form) Note() *Note {
	n := &Note{gap: layout.NewSpacer(), label: widget.NewLabel("")}
	n.label.Wrapping = fyne.TextWrapWord
	n.label.Importance = widget.LowImportance
	n.gap.Hide()
	n.label.Hide()
	f.Grid.Add(n.gap)
	f.Grid.Add(n.label)
	return n
}

// Set shows text in the note, or hides the row for "".
func (n *Note) Set(text string) {
	n.label.SetText(text)
	if text == "" {
		n.gap.Hide()
		n.label.Hide()
	} else {
		n.gap.Show()
		n.label.Show()
	}
}

// Text adds a text field. set parses v and stores it in p; its error is a
// sentence for the user.
func (f *Form) Text(name model.Field, label string, multiLine bool, get func(p *model.Plan) string, set func(p *model.Plan, v string) error) *Entry {
	fl := &Field{Name: name, get: get, set: set}
	e := newEntry(multiLine)
	fl.entry = e
	e.OnChanged = func(string) { fl.changed() }
	e.OnSubmitted = func(string) { fl.commit() }
	e.onFocusLost = fl.commit
	e.onReturn = fl.commit
	f.add(label, e, fl)
	return e
}

// Choice adds a drop-down of values with labels.
func (f *Form) Choice(name model.Field, label string, values, labels []string, get func(p *model.Plan) string, set func(p *model.Plan, v string)) *widget.Select {
	return f.ChoiceOf(name, label, func(*model.Plan) ([]string, []string) { return values, labels }, get, set)
}

// ChoiceOf adds a drop-down whose values depend on the plan (the
// categories of the investment's block).
func (f *Form) ChoiceOf(name model.Field, label string, options func(p *model.Plan) (values, labels []string), get func(p *model.Plan) string, set func(p *model.Plan, v string)) *widget.Select {
	fl := &Field{Name: name}
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

// Check adds a check box.
func (f *Form) Check(name model.Field, label, text string, get func(p *model.Plan) bool, set func(p *model.Plan, v bool)) *widget.Check {
	fl := &Field{Name: name}
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

// Checks adds a group of check boxes for a set of values.
func (f *Form) Checks(name model.Field, label string, values, labels []string, get func(p *model.Plan) []string, set func(p *model.Plan, v []string)) *widget.CheckGroup {
	return f.ChecksOf(name, label, func(*model.Plan) ([]string, []string) { return values, labels }, get, set)
}

// ChecksOf adds a group of check boxes whose values depend on the plan
// (the vision statements an investment may serve).
func (f *Form) ChecksOf(name model.Field, label string, options func(p *model.Plan) (values, labels []string), get func(p *model.Plan) []string, set func(p *model.Plan, v []string)) *widget.CheckGroup {
	fl := &Field{Name: name}
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

// Bind points the form at another entity and shows its values.
func (f *Form) Bind(id string) {
	f.h.Pending().Flush()
	f.ID = id
	for _, fl := range f.Fields {
		fl.setInvalid(false)
		fl.show("")
	}
	f.Load()
}

// Load shows the plan's values in every field, leaving alone a field the
// user is typing in.
func (f *Form) Load() {
	ed := f.h.Editor()
	if ed == nil {
		return
	}
	p := ed.Plan()
	pd := f.h.Pending()
	for _, fl := range f.Fields {
		if fl.entry != nil {
			if _, waiting := pd.pending[fl]; fl.committing || fl.invalid || waiting {
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

// Reset forgets typed values that did not validate (before undo and when
// the entity is gone).
func (f *Form) Reset() {
	for _, fl := range f.Fields {
		if fl.invalid {
			fl.setInvalid(false)
			fl.show("")
		}
	}
}

// setInvalid records whether the field holds a value that does not
// validate; the shell keeps the list so that undo can discard them.
func (fl *Field) setInvalid(v bool) {
	fl.invalid = v
	if v {
		fl.f.h.Pending().invalid[fl] = struct{}{}
	} else {
		delete(fl.f.h.Pending().invalid, fl)
	}
}

// changed runs on every keystroke in a text field.
func (fl *Field) changed() {
	if fl.committing {
		return
	}
	fl.check(true)
	if fl.f.Typed != nil {
		fl.f.Typed(fl.Name, fl.entry.Text)
	}
}

// cutToLimit cuts the typed text to model.MaxTextLen characters and
// writes it.
func (fl *Field) cutToLimit() {
	if r := []rune(fl.entry.Text); len(r) > model.MaxTextLen {
		fl.entry.SetText(string(r[:model.MaxTextLen]))
	}
	fl.commit()
}

// check judges the typed value: against the plan with the other fields'
// valid typed values (not yet written) applied, so that fields that
// depend on each other (start and end) are judged together; others asks
// to judge the other fields again too.
func (fl *Field) check(others bool) {
	ed := fl.f.h.Editor()
	if ed == nil {
		return
	}
	if others {
		defer fl.recheck(false)
	}
	long := utf8.RuneCountInString(fl.entry.Text) > model.MaxTextLen
	if long != fl.cut.Visible() {
		if long {
			fl.cut.Show()
		} else {
			fl.cut.Hide()
		}
	}
	if fl.entry.Text == fl.get(ed.Plan()) {
		fl.setInvalid(false)
		fl.show("")
		fl.unpend()
		return
	}
	var perr error
	text := fl.entry.Text
	pd := fl.f.h.Pending()
	next, problems := ed.Try(func(p *model.Plan) {
		for _, o := range fl.siblings() {
			if _, ok := pd.pending[o]; ok && !o.invalid {
				_ = o.set(p, o.entry.Text)
			}
		}
		perr = fl.set(p, text)
	})
	switch {
	case perr != nil:
		fl.setInvalid(true)
		fl.show(perr.Error())
		fl.unpend()
	case len(problems) > 0:
		fl.setInvalid(true)
		fl.show(fl.f.describe(next, problems, fl.Name))
		fl.unpend()
	default:
		fl.setInvalid(false)
		fl.show("")
		fl.pend()
	}
}

func (fl *Field) pend() {
	pd := fl.f.h.Pending()
	pd.pending[fl] = struct{}{}
	pd.tell(fl, Waiting)
	if pd.delay <= 0 {
		return
	}
	if fl.timer != nil {
		fl.timer.Stop()
	}
	fl.timer = time.AfterFunc(pd.delay, func() { fyne.Do(fl.commit) })
}

// unpend drops the field's typed value from the waiting list without
// writing it.
func (fl *Field) unpend() {
	pd := fl.f.h.Pending()
	if _, ok := pd.pending[fl]; ok {
		fl.stopWaiting()
		pd.tell(fl, Dropped)
	}
}

func (fl *Field) stopWaiting() {
	delete(fl.f.h.Pending().pending, fl)
	if fl.timer != nil {
		fl.timer.Stop()
		fl.timer = nil
	}
}

// commit writes the typed value when it is valid and pending.
func (fl *Field) commit() {
	pd := fl.f.h.Pending()
	if _, ok := pd.pending[fl]; !ok {
		return
	}
	ed := fl.f.h.Editor()
	if ed == nil || fl.invalid {
		fl.stopWaiting()
		pd.tell(fl, Dropped)
		return
	}
	// The other fields' valid typed values go first: this value may only
	// be valid with them (an end typed after its new start). Until then
	// it stays in the list, so the refresh their writes cause leaves it.
	if !pd.flushing[fl.f] {
		pd.flushing[fl.f] = true
		for _, o := range fl.siblings() {
			o.commit()
		}
		delete(pd.flushing, fl.f)
	}
	fl.stopWaiting()
	text := fl.entry.Text
	fl.committing = true
	var perr error
	err := ed.EditMerge(fl.f.ID+"/"+string(fl.Name), fl.editLabel(), func(p *model.Plan) { perr = fl.set(p, text) })
	if perr != nil {
		err = perr
	}
	fl.committing = false
	if err == nil {
		pd.tell(fl, Written)
		fl.recheck(true)
		return
	}
	pd.tell(fl, Dropped)
	fl.setInvalid(true)
	var ps model.Problems
	if errors.As(err, &ps) {
		fl.show(fl.f.describe(ed.Plan(), ps, fl.Name))
	} else {
		fl.f.h.ShowError(err)
	}
}

// apply commits a choice at once; a choice that does not validate is
// shown under the field and the control goes back to the plan's value.
func (fl *Field) apply(change func(p *model.Plan)) {
	ed := fl.f.h.Editor()
	if ed == nil {
		return
	}
	fl.f.h.Pending().Flush()
	err := ed.Edit(fl.choiceLabel(ed, change), change)
	if err == nil {
		fl.show("")
		return
	}
	var ps model.Problems
	if errors.As(err, &ps) {
		fl.show(fl.f.describe(ed.Plan(), ps, fl.Name))
	} else {
		fl.f.h.ShowError(err)
	}
	fl.load(ed.Plan())
}

func (fl *Field) editLabel() string {
	label := strings.ToLower(strings.TrimSuffix(fl.Label, ":"))
	if fl.Subject != "" {
		label = fl.Subject
	}
	if ed := fl.f.h.Editor(); fl.f.ID != "" && ed != nil {
		switch {
		case fl.f.Title != nil:
			return fl.f.h.T("edit.field.of", label, fl.f.Title(ed.Plan(), fl.f.ID))
		case fl.f.ref != nil:
			return fl.f.h.T("edit.field.of", label, fl.f.ref(ed.Plan(), fl.f.ID))
		}
	}
	return fl.f.h.T("edit.field", label)
}

// choiceLabel is the edit label of a choice that changes the plan as
// change does: when the change gives the entity another code (a move to
// another bouwsteen renumbers D2 to I5), it names the new code too, so
// the status line does not speak of a code that is gone.
func (fl *Field) choiceLabel(ed Editor, change func(p *model.Plan)) string {
	label := fl.editLabel()
	if fl.f.ref == nil || fl.f.ID == "" {
		return label
	}
	next, _ := ed.Try(change)
	if next == nil {
		return label
	}
	if before, after := fl.f.ref(ed.Plan(), fl.f.ID), fl.f.ref(next, fl.f.ID); after != "" && after != before {
		return fl.f.h.T("edit.field.renumbered", label, after)
	}
	return label
}

func (fl *Field) show(msg string) {
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
// entity and field by the field's label and their detail ("Titel:
// ontbreekt maar is verplicht"; the detail alone has no subject), or else
// every problem in full
// (an edit can break a rule elsewhere, such as a dependency cycle).
// p is the version of the plan the problems are about.
func (f *Form) describe(p *model.Plan, ps model.Problems, name model.Field) string {
	l := f.h.Lang()
	ref := ""
	if f.ref != nil && f.ID != "" {
		ref = f.ref(p, f.ID)
	}
	subject := ""
	if fl := f.ByName[name]; fl != nil {
		subject = strings.TrimSuffix(strings.TrimSpace(fl.Label), ":") + ": "
	}
	var own, all []string
	for _, pr := range ps {
		if (f.entity == "" || pr.Entity == f.entity) && (f.ref == nil || pr.Ref == ref) && (pr.Field == string(name) || strings.HasPrefix(pr.Field, string(name)+".")) {
			own = append(own, subject+pr.Detail.In(l))
		}
		all = append(all, pr.Message(l))
	}
	if len(own) > 0 {
		return strings.Join(own, "\n")
	}
	if len(all) > 3 {
		all = append(all[:3], f.h.T("error.more", len(ps)-3))
	}
	return strings.Join(all, "\n")
}

// EntryOf returns the entry of a text field, for tests and focus.
func (f *Form) EntryOf(name model.Field) *Entry {
	if fl := f.ByName[name]; fl != nil {
		return fl.entry
	}
	return nil
}

// ChecklistOf returns the checklist of an Applications field, for tests.
func (f *Form) ChecklistOf(name model.Field) *Checklist {
	if fl := f.ByName[name]; fl != nil {
		return fl.checklist
	}
	return nil
}

// Message is what the form shows under a field, for tests.
func (f *Form) Message(name model.Field) string {
	if fl := f.ByName[name]; fl != nil && fl.msg.Visible() {
		return fl.msg.Text
	}
	return ""
}

// Get is the text a text field shows for plan p.
func (fl *Field) Get(p *model.Plan) string { return fl.get(p) }

// Input is the field's entry, drop-down or check box.
func (fl *Field) Input() fyne.CanvasObject { return fl.input }

// Text is what the note says.
func (n *Note) Text() string { return n.label.Text }

// Shown reports whether the note is shown.
func (n *Note) Shown() bool { return n.label.Visible() }

// Typed is what the user typed in a text field.
func (fl *Field) Typed() string {
	if fl.entry == nil {
		return ""
	}
	return fl.entry.Text
}

// Explain puts a line of explanation under the input of field name, in
// small type: what the choices mean (the focus of a training). It goes
// with the field when the field is hidden.
func (f *Form) Explain(name model.Field, text string) *widget.Label {
	fl := f.ByName[name]
	if fl == nil {
		return nil
	}
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	l.SizeName = theme.SizeNameCaptionText
	l.TextStyle.Italic = true
	fl.cell.(*fyne.Container).Add(l)
	return l
}

// Applications adds the checklist of ict applications a participant uses
// at least weekly (Checklist). get and set take nil for "not recorded" and
// an empty list for "recorded, none of these".
func (f *Form) Applications(name model.Field, label string, get func(p *model.Plan) []model.Application, set func(p *model.Plan, apps []model.Application)) *Checklist {
	c := NewChecklist(f.h)
	fl := &Field{Name: name, checklist: c}
	fl.load = func(p *model.Plan) { c.Set(get(p)) }
	c.OnChanged = func(apps []model.Application) {
		fl.apply(func(p *model.Plan) { set(p, apps) })
	}
	f.add(label, c.Box, fl)
	return c
}

// CutButton is the button that offers to cut an over-long text to the
// limit (nil for fields that are not text), for tests.
func (f *Form) CutButton(name model.Field) *widget.Button {
	if fl := f.ByName[name]; fl != nil {
		return fl.cut
	}
	return nil
}

// Invalid are the text fields of the form that hold typed input that does
// not validate, in the form's order.
func (f *Form) Invalid() []*Field {
	var out []*Field
	for _, fl := range f.Fields {
		if fl.entry != nil && fl.invalid {
			out = append(out, fl)
		}
	}
	return out
}

// Problem is what the form says is wrong with the field's typed value.
func (fl *Field) Problem() string { return fl.msg.Text }

// siblings are the other text fields of the same form.
func (fl *Field) siblings() []*Field {
	var out []*Field
	for _, o := range fl.f.Fields {
		if o != fl && o.entry != nil {
			out = append(out, o)
		}
	}
	return out
}

// recheck judges the typed values of the form's other fields that did
// not validate again, now that this field changed or was written: an end
// month typed before the start is fine once the start moves, and its
// message must not keep quoting the old start. A value that has become
// valid is written at once when written is set (this field's value is in
// the file, so the other one can follow it).
func (fl *Field) recheck(written bool) {
	for _, o := range fl.siblings() {
		if !o.invalid {
			continue
		}
		o.check(false)
		if written && !o.invalid {
			o.commit()
		}
	}
}
