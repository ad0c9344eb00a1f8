package screens

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balansplan/model"
	"balansplan/planning"
	"balansplan/planning/chart"
)

// Clock is the GUI's clock: the date a status change, a revision or an
// overdue flag is taken on (model and planning read none). Tests set it.
var Clock = time.Now

// today is Clock's date as the plan writes dates, YYYY-MM-DD.
func today() string { return Clock().Format(time.DateOnly) }

// versionsScreen is the plan's life as the board sees it (issue 15): the
// status history with a form to record the next step (concept, besproken,
// vastgesteld, with date, who and a note), the frozen versions, each of
// which opens read-only, and what changed between two of them or since
// the last adopted version (planning.Diff). Three tabs, so that the
// record button stays at the top of its own and the diff has the width.
type versionsScreen struct {
	s       Host
	tabs    *container.AppTabs
	current *widget.Label
	status  *widget.Select
	date    *widget.Entry
	by      *widget.Entry
	note    *widget.Entry
	msg     *widget.Label
	record  *widget.Button
	history *fyne.Container
	list    *fyne.Container
	from    *widget.Select
	to      *widget.Select
	diff    *fyne.Container
	// keys of the compare pickers' options: "" is the current state,
	// else a version number.
	keys []string
	// readOnly is the last read-only window opened (tests look into it).
	readOnly fyne.Window
	root     fyne.CanvasObject
}

func newVersionsScreen(s Host) Screen {
	v := &versionsScreen{s: s}
	l := s.Lang()
	var sv, sl []string
	for _, st := range model.PlanStatuses() {
		sv, sl = append(sv, string(st)), append(sl, st.Label(l))
	}
	v.status = widget.NewSelect(sl, nil)
	v.status.SetSelectedIndex(0)
	v.date = widget.NewEntry()
	v.date.SetPlaceHolder(s.T("field.date.placeholder"))
	v.date.SetText(today())
	v.by = widget.NewEntry()
	v.by.SetPlaceHolder(s.T("versions.by.placeholder"))
	v.note = widget.NewMultiLineEntry()
	v.note.Wrapping = fyne.TextWrapWord
	v.note.SetMinRowsVisible(3)
	v.msg = widget.NewLabel("")
	v.msg.Wrapping = fyne.TextWrapWord
	v.msg.Importance = widget.DangerImportance
	v.msg.Hide()
	v.record = widget.NewButtonWithIcon(s.T("versions.record"), theme.ConfirmIcon(), func() {
		v.recordStatus(model.PlanStatus(sv[max(v.status.SelectedIndex(), 0)]))
	})
	grid := container.New(layout.NewFormLayout(),
		widget.NewLabel(s.T("field.status")), v.status,
		widget.NewLabel(s.T("versions.date")), v.date,
		widget.NewLabel(s.T("versions.by")), v.by,
		widget.NewLabel(s.T("versions.note")), v.note)
	v.current = widget.NewLabel("")
	v.current.Wrapping = fyne.TextWrapWord
	v.current.TextStyle.Bold = true
	v.history = container.NewVBox()
	statusPage := tabPage(s.T("versions.intro.status"), container.NewVBox(v.current, toolbar(v.record)),
		grid, v.msg, widget.NewSeparator(), widget.NewLabelWithStyle(s.T("versions.history"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), v.history)

	v.list = container.NewVBox()
	listPage := tabPage(s.T("versions.intro.list"), toolbar(), v.list)

	v.from = widget.NewSelect(nil, func(string) { v.showDiff() })
	v.to = widget.NewSelect(nil, func(string) { v.showDiff() })
	v.diff = container.NewVBox()
	pick := container.New(layout.NewFormLayout(), widget.NewLabel(s.T("versions.from")), v.from, widget.NewLabel(s.T("versions.to")), v.to)
	diffPage := tabPage(s.T("versions.intro.diff"), pick, v.diff)

	v.tabs = container.NewAppTabs(
		container.NewTabItem(s.T("versions.tab.status"), statusPage),
		container.NewTabItem(s.T("versions.tab.list"), listPage),
		container.NewTabItem(s.T("versions.tab.diff"), diffPage),
	)
	v.root = v.tabs
	return v
}

func (v *versionsScreen) Content() fyne.CanvasObject { return v.root }

func (v *versionsScreen) Refresh() {
	s, p, l := v.s, v.s.Doc().Plan(), v.s.Lang()
	cur := s.T("versions.current", p.Status.Label(l), orDash(p.Version))
	if last := p.LastAdopted(); last != nil {
		cur += " " + s.T("versions.current.adopted", last.Number, last.Date)
	}
	v.current.SetText(cur)

	rows := make([]fyne.CanvasObject, 0, len(p.StatusHistory))
	for i := len(p.StatusHistory) - 1; i >= 0; i-- { // the newest first
		c := p.StatusHistory[i]
		rows = append(rows, wrapped(historyLine(s, c)))
	}
	if len(rows) == 0 {
		rows = append(rows, muted(s.T("versions.history.none")))
	}
	v.history.Objects = rows
	v.history.Refresh()

	items := make([]fyne.CanvasObject, 0, len(p.Versions))
	for i := len(p.Versions) - 1; i >= 0; i-- {
		ver := p.Versions[i]
		number := ver.Number
		open := widget.NewButtonWithIcon(s.T("versions.open"), theme.VisibilityIcon(), func() { v.OpenVersion(number) })
		cmp := widget.NewButtonWithIcon(s.T("versions.compare"), theme.ViewRefreshIcon(), func() { v.Compare(number, "") })
		items = append(items, widget.NewCard(s.T("versions.version", ver.Number), s.T("versions.version.sub", ver.Status.Label(l), ver.Date),
			container.NewHBox(open, cmp)))
	}
	if len(items) == 0 {
		items = append(items, muted(s.T("versions.none")))
	}
	v.list.Objects = items
	v.list.Refresh()

	// The compare pickers: the versions, newest first, then the current state.
	keys := []string{""}
	labels := []string{s.T("versions.now")}
	for i := len(p.Versions) - 1; i >= 0; i-- {
		keys = append(keys, p.Versions[i].Number)
		labels = append(labels, s.T("versions.version.pick", p.Versions[i].Number, p.Versions[i].Date))
	}
	from, to := v.pick(v.from), v.pick(v.to)
	if !slices.Equal(keys, v.keys) {
		// New versions: compare the current state with the last adopted
		// one, unless two versions were picked that are both still there.
		first := v.from.SelectedIndex() < 0
		v.keys = keys
		v.from.SetOptions(labels)
		v.to.SetOptions(labels)
		if first || !slices.Contains(keys, from) || from == to {
			from = ""
			if last := p.LastAdopted(); last != nil {
				from = last.Number
			}
		}
		if !slices.Contains(keys, to) {
			to = ""
		}
	}
	v.setPick(v.from, from)
	v.setPick(v.to, to)
	v.showDiff()
}

// pick is the key chosen in a compare picker.
func (v *versionsScreen) pick(sel *widget.Select) string {
	if i := sel.SelectedIndex(); i >= 0 && i < len(v.keys) {
		return v.keys[i]
	}
	return ""
}

func (v *versionsScreen) setPick(sel *widget.Select, key string) {
	if i := slices.Index(v.keys, key); i >= 0 && sel.SelectedIndex() != i {
		sel.OnChanged = nil
		sel.SetSelectedIndex(i)
		sel.OnChanged = func(string) { v.showDiff() }
	}
}

// historyLine is one status change: "12-03-2027 · vastgesteld · College
// van bestuur: unaniem".
func historyLine(s Host, c model.StatusChange) string {
	line := s.T("versions.history.line", c.Date, c.Status.Label(s.Lang()), orDash(c.By))
	if strings.TrimSpace(c.Note) != "" {
		line += ": " + c.Note
	}
	return line
}

// recordStatus records the status change the form holds. A bad date or
// a repeated adoption is said under the form and the typed values stay;
// after a change is written the note and who are emptied for the next.
func (v *versionsScreen) recordStatus(st model.PlanStatus) {
	s := v.s
	s.Pending().Flush()
	p := s.Doc().Plan()
	date, by, note := strings.TrimSpace(v.date.Text), strings.TrimSpace(v.by.Text), strings.TrimSpace(v.note.Text)
	if st == model.StatusVastgesteld && p.NeedsRevision() {
		v.say(s.T("versions.already", p.LastAdopted().Number))
		return
	}
	if _, ps := p.Clone().SetStatus(st, date, by, note); ps != nil {
		v.say(strings.Join(ps.Messages(s.Lang()), "\n"))
		return
	}
	label := s.T("edit.status", st.Label(s.Lang()))
	if st == model.StatusVastgesteld {
		probe := p.Clone()
		ver, _ := probe.Adopt(date, by, note)
		label = s.T("edit.adopted", ver.Number)
	}
	if !s.Edit(label, func(p *model.Plan) { p.SetStatus(st, date, by, note) }) {
		return
	}
	v.say("")
	v.by.SetText("")
	v.note.SetText("")
}

func (v *versionsScreen) say(msg string) {
	v.msg.SetText(msg)
	if msg == "" {
		v.msg.Hide()
	} else {
		v.msg.Show()
	}
}

// Compare shows the Wijzigingen tab with version from against to (""
// is the current state).
func (v *versionsScreen) Compare(from, to string) {
	v.Refresh()
	v.setPick(v.from, from)
	v.setPick(v.to, to)
	v.showDiff()
	v.tabs.SelectIndex(2)
}

// stateOf is the plan a compare key stands for and its label.
func (v *versionsScreen) stateOf(key string) (*model.Plan, string, error) {
	p := v.s.Doc().Plan()
	if key == "" {
		return p, v.s.T("versions.now"), nil
	}
	ver, ok := p.VersionNumbered(key)
	if !ok {
		return nil, "", v.s.Errorf("versions.unknown", key)
	}
	vp, ps := ver.Plan()
	if ps != nil {
		return nil, "", fmt.Errorf("%s", strings.Join(ps.Messages(v.s.Lang()), "\n"))
	}
	return vp, key, nil
}

// showDiff shows planning.Diff between the two picked states: per
// section every entity added, dropped or changed with each field's old
// and new value, then the cash out per year and bouwsteen of both and the
// difference.
func (v *versionsScreen) showDiff() {
	s, l := v.s, v.s.Lang()
	from, fl, err1 := v.stateOf(v.pick(v.from))
	to, tl, err2 := v.stateOf(v.pick(v.to))
	var objs []fyne.CanvasObject
	switch {
	case len(s.Doc().Plan().Versions) == 0:
		objs = append(objs, muted(s.T("versions.diff.never")))
	case err1 != nil || err2 != nil:
		for _, err := range []error{err1, err2} {
			if err != nil {
				objs = append(objs, wrapped(err.Error()))
			}
		}
	default:
		d := planning.Diff(from, to)
		objs = append(objs, bold(s.T("versions.diff.head", fl, tl)))
		if d.Empty() {
			objs = append(objs, muted(s.T("versions.diff.empty")))
		}
		section := func(key string, cs []planning.EntityChange) {
			if len(cs) == 0 {
				return
			}
			objs = append(objs, bold(s.T(key)))
			for _, c := range cs {
				head := c.Kind.Label(l) + ": " + c.Code
				if c.Title != "" {
					head += " " + c.Title
				}
				lines := []string{head}
				for _, f := range c.Fields {
					lines = append(lines, s.T("versions.diff.field", fieldName(s, f.Field), emptyText(s, f.From), emptyText(s, f.To)))
				}
				objs = append(objs, wrapped(strings.Join(lines, "\n    ")))
			}
		}
		section("versions.diff.visions", d.Visions)
		section("versions.diff.investments", d.Investments)
		section("versions.diff.agreements", d.Agreements)
		objs = append(objs, bold(s.T("versions.diff.budget")), budgetDeltaGrid(s, d))
	}
	v.diff.Objects = objs
	v.diff.Refresh()
}

// budgetDeltaGrid is the diff's cash out per year and bouwsteen: for each
// year the difference per bouwsteen and the year's totals in both states.
func budgetDeltaGrid(s Host, d *planning.PlanDiff) fyne.CanvasObject {
	l := s.Lang()
	cells := []fyne.CanvasObject{bold(s.T("col.year"))}
	for _, b := range model.Blocks() {
		cells = append(cells, boldRight(chart.ShortLabel(b, l)))
	}
	cells = append(cells, boldRight(s.T("versions.diff.was")), boldRight(s.T("versions.diff.is")), boldRight(s.T("versions.diff.delta")))
	row := func(label string, delta, from, to planning.BlockMoney) {
		cells = append(cells, widget.NewLabel(label))
		for i := range model.Blocks() {
			cells = append(cells, right(signed(delta[i], l)))
		}
		cells = append(cells, right(planning.FormatMoney(from.Sum(), l)), right(planning.FormatMoney(to.Sum(), l)), right(signed(delta.Sum(), l)))
	}
	for _, y := range d.Budget {
		row(strconv.Itoa(y.Year), y.Delta, y.From, y.To)
	}
	row(s.T("budget.total"), d.DeltaTotal, d.FromTotal, d.ToTotal)
	return container.NewGridWithColumns(len(model.Blocks())+4, cells...)
}

// signed is an amount with its sign, "–" for none.
func signed(m model.Money, l model.Lang) string {
	switch {
	case m == 0:
		return "–"
	case m > 0:
		return "+" + planning.FormatMoney(m, l)
	}
	return planning.FormatMoney(m, l)
}

// fieldName names a field of the diff as its form does ("Eenmalig"),
// else in the interchange spelling the diff gives ("depends_on").
func fieldName(s Host, f model.Field) string {
	key := "field." + string(f)
	if l := s.T(key); l != key {
		return strings.TrimSuffix(l, ":")
	}
	return string(f)
}

func emptyText(s Host, t string) string {
	if t == "" {
		return s.T("versions.diff.emptyvalue")
	}
	return "“" + t + "”"
}

func orDash(t string) string {
	if strings.TrimSpace(t) == "" {
		return "–"
	}
	return t
}

func wrapped(t string) *widget.Label {
	l := widget.NewLabel(t)
	l.Wrapping = fyne.TextWrapWord
	return l
}

func muted(t string) *widget.Label {
	l := wrapped(t)
	l.Importance = widget.LowImportance
	return l
}

func bold(t string) *widget.Label {
	l := wrapped(t)
	l.TextStyle.Bold = true
	return l
}

func right(t string) *widget.Label {
	return widget.NewLabelWithStyle(t, fyne.TextAlignTrailing, fyne.TextStyle{})
}

func boldRight(t string) *widget.Label {
	l := widget.NewLabelWithStyle(t, fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})
	l.Truncation = fyne.TextTruncateEllipsis
	return l
}
