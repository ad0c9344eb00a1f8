package screens

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balansplan/model"
	mtheme "balansplan/model/theme"
	"balansplan/planning"
	"balansplan/ui/form"
)

// themesScreen is the theme picker (issue 19): the shipped themes in a
// list, and for the chosen one its description, its deadlines and its
// starting templates (visions, investments, agreements), each with a box
// to tick. "Toevoegen" adds the ticked templates through the document's
// edit path, as one undo step named after the theme, and records the
// theme as chosen; a template the plan holds already is shown ticked and
// greyed. Nothing is added without the button: ticking only marks.
type themesScreen struct {
	s       Host
	themes  []*mtheme.Theme
	list    *widget.List
	current int // index into themes; -1 before a theme is chosen
	picks   map[string]bool
	checks  map[string]*widget.Check // per template id, of the current theme
	detail  *fyne.Container
	addBtn  *widget.Button
	dropBtn *widget.Button
	state   *widget.Label
	root    fyne.CanvasObject
}

func newThemesScreen(s Host) Screen {
	v := &themesScreen{s: s, themes: mtheme.Builtin(), current: -1}
	l := s.Lang()
	v.list = widget.NewList(func() int { return len(v.themes) },
		func() fyne.CanvasObject {
			lb := widget.NewLabel("")
			lb.Truncation = fyne.TextTruncateEllipsis
			return lb
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			t := v.themes[i]
			text := t.Title.In(l)
			if v.s.Doc().Plan().HasTheme(t.ID) {
				text = "✓ " + text
			}
			o.(*widget.Label).SetText(text)
		})
	v.list.OnSelected = func(i widget.ListItemID) { v.choose(i) }
	intro := widget.NewLabel(s.T("themes.intro"))
	intro.Wrapping = fyne.TextWrapWord
	v.detail = container.NewVBox()
	v.addBtn = widget.NewButtonWithIcon(s.T("themes.add"), theme.ContentAddIcon(), v.add)
	v.addBtn.Importance = widget.HighImportance
	v.dropBtn = widget.NewButtonWithIcon(s.T("themes.drop"), theme.ContentRemoveIcon(), v.drop)
	v.state = widget.NewLabel("")
	v.state.Wrapping = fyne.TextWrapWord
	// What the button will do stands above the buttons, across the pane,
	// so it reads as a sentence and not as a narrow column beside them.
	bar := container.NewVBox(v.state, container.NewBorder(nil, nil, nil, container.NewHBox(v.dropBtn, v.addBtn)))
	left := container.NewGridWrap(fyne.NewSize(210, 4*44), v.list)
	v.root = container.NewBorder(intro, nil, left, nil,
		container.NewBorder(nil, bar, nil, nil, container.NewVScroll(container.NewPadded(v.detail))))
	return v
}

func (v *themesScreen) Content() fyne.CanvasObject { return v.root }

func (v *themesScreen) Refresh() {
	v.list.Refresh()
	if v.current < 0 && len(v.themes) > 0 {
		v.list.Select(0) // calls choose
		return
	}
	v.show()
}

// choose shows theme i; ticks of another theme are forgotten, since they
// were never added.
func (v *themesScreen) choose(i int) {
	if i == v.current {
		return
	}
	v.current = i
	v.picks = map[string]bool{}
	v.show()
}

// show builds the details of the current theme from the plan: what it is
// about, its deadlines (those in the plan period marked), and its
// templates with what the plan has taken already.
func (v *themesScreen) show() {
	if v.current < 0 {
		return
	}
	s, l, p := v.s, v.s.Lang(), v.s.Doc().Plan()
	t := v.themes[v.current]
	taken := map[string]bool{}
	for _, id := range mtheme.Taken(p, t) {
		taken[id] = true
	}
	v.detail.RemoveAll()
	v.checks = map[string]*widget.Check{}
	title := widget.NewLabelWithStyle(t.Title.In(l), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	desc := widget.NewLabel(t.Description.In(l))
	desc.Wrapping = fyne.TextWrapWord
	v.detail.Add(title)
	v.detail.Add(desc)
	v.detail.Add(heading(s.T("themes.deadlines")))
	for _, d := range t.Deadlines {
		line := s.T("themes.deadline", deadlineDate(d, l), d.Label.In(l), d.Kind.Label(l), d.Source.In(l))
		if y := d.Date.Year(); p.Years() != nil && y >= p.StartYear && y <= p.EndYear {
			line += " " + s.T("themes.inperiod")
		}
		lb := widget.NewLabel("• " + line)
		lb.Wrapping = fyne.TextWrapWord
		v.detail.Add(lb)
	}
	section := func(key string, n int) {
		if n > 0 {
			v.detail.Add(heading(s.T(key)))
		}
	}
	box := func(id, text string) {
		// The box has no text of its own: a template's title can be
		// longer than the pane is wide, and a check box's text does not
		// wrap; the label beside it does.
		c := widget.NewCheck("", nil)
		lb := widget.NewLabel(text)
		lb.Wrapping = fyne.TextWrapWord
		if taken[id] {
			c.SetChecked(true)
			lb.SetText(text + " " + s.T("themes.taken"))
			c.Disable()
		} else {
			c.SetChecked(v.picks[id])
		}
		c.OnChanged = func(on bool) { v.picks[id] = on; v.count() }
		v.checks[id] = c
		v.detail.Add(container.NewBorder(nil, nil, c, nil, lb))
	}
	section("themes.visions", len(t.Visions))
	for _, tm := range t.Visions {
		box(tm.ID, tm.Title.In(l))
	}
	section("themes.investments", len(t.Investments))
	for _, tm := range t.Investments {
		text := tm.Title.In(l) + " (" + tm.Block.Label(l) + ")"
		if tm.OneOff > 0 || tm.Recurring > 0 {
			text += " · " + costText(s, tm.OneOff, tm.Recurring)
		}
		box(tm.ID, text)
	}
	section("themes.agreements", len(t.Agreements))
	for _, tm := range t.Agreements {
		box(tm.ID, strings.TrimSpace(form1Line(tm.Text.In(l)))+" ("+tm.Kind.Label(l)+")")
	}
	if p.HasTheme(t.ID) {
		v.dropBtn.Enable()
	} else {
		v.dropBtn.Disable()
	}
	v.count()
}

// count says what "Toevoegen" will do and enables it when it would do
// anything: add the ticked templates, or only record a theme not chosen
// yet.
func (v *themesScreen) count() {
	t := v.themes[v.current]
	n := len(v.picked())
	chosen := v.s.Doc().Plan().HasTheme(t.ID)
	switch {
	case n > 0:
		v.state.SetText(v.s.T("themes.ticked", v.s.Count("templates", n)))
		v.addBtn.SetText(v.s.T("themes.add"))
		v.addBtn.Enable()
	case !chosen:
		v.state.SetText(v.s.T("themes.notchosen"))
		v.addBtn.SetText(v.s.T("themes.choose"))
		v.addBtn.Enable()
	default:
		v.state.SetText(v.s.T("themes.chosen"))
		v.addBtn.SetText(v.s.T("themes.add"))
		v.addBtn.Disable()
	}
}

// picked is the ticked templates of the current theme not yet in the
// plan, in the theme's order (visions, investments, agreements), so the
// codes they get follow the list the user sees.
func (v *themesScreen) picked() []string {
	t := v.themes[v.current]
	var ids []string
	for _, id := range templateIDs(t) {
		if v.picks[id] && v.checks[id] != nil && !v.checks[id].Disabled() {
			ids = append(ids, id)
		}
	}
	return ids
}

// add adds the ticked templates (or, with none ticked, only chooses the
// theme) as one undo step named after the theme. New investments start in
// August of the plan's first year, the start of a school year; the school
// moves them where they belong.
func (v *themesScreen) add() {
	t := v.themes[v.current]
	picks := v.picked()
	l := v.s.Lang()
	label := v.s.T("themes.undo.choose", t.Title.In(l))
	if len(picks) > 0 {
		label = v.s.T("themes.undo.add", t.Title.In(l), v.s.Count("templates", len(picks)))
	}
	// Apply is tried first on the plan as it is, so that a refusal (a
	// pick the theme does not have) is told as such and no empty step is
	// written.
	if _, err := mtheme.Apply(v.s.Doc().Plan(), t, picks, l, model.MonthOf(v.s.Doc().Plan().StartYear, 8)); err != nil {
		if e, isTheme := err.(*mtheme.Error); isTheme {
			v.s.ShowError(v.s.Errorf("themes.error", e.Message(l)))
		} else {
			v.s.ShowError(err)
		}
		return
	}
	ok := v.s.Edit(label, func(p *model.Plan) {
		if next, err := mtheme.Apply(p, t, picks, l, model.MonthOf(p.StartYear, 8)); err == nil {
			*p = *next
		}
	})
	if ok {
		v.picks = map[string]bool{}
		v.Refresh()
	}
}

// drop takes the theme off the plan's chosen themes, after asking; what
// was added from it stays (it is the school's now) and keeps its mark.
func (v *themesScreen) drop() {
	t := v.themes[v.current]
	title := t.Title.In(v.s.Lang())
	v.s.ConfirmEdit(v.s.T("themes.drop"), v.s.T("themes.drop.question", title), v.s.T("themes.undo.drop", title),
		func(p *model.Plan) { p.DropTheme(t.ID) })
}

// templateIDs lists a theme's template ids in the order the screen shows
// them.
func templateIDs(t *mtheme.Theme) []string {
	var ids []string
	for _, tm := range t.Visions {
		ids = append(ids, tm.ID)
	}
	for _, tm := range t.Investments {
		ids = append(ids, tm.ID)
	}
	for _, tm := range t.Agreements {
		ids = append(ids, tm.ID)
	}
	return ids
}

// deadlineDate is a deadline's date in words: "1 augustus 2027".
func deadlineDate(d mtheme.Deadline, l model.Lang) string {
	return strconv.Itoa(d.Date.Day()) + " " + planning.FormatMonth(d.Month(), l)
}

// costText is a template's suggested cost: "€ 4.000 eenmalig", "€ 500 per
// jaar", or both.
func costText(s Host, oneOff, recurring model.Money) string {
	l := s.Lang()
	var parts []string
	if oneOff > 0 {
		parts = append(parts, s.T("themes.oneoff", planning.FormatMoney(oneOff, l)))
	}
	if recurring > 0 {
		parts = append(parts, s.T("themes.recurring", planning.FormatMoney(recurring, l)))
	}
	return strings.Join(parts, ", ")
}

// form1Line is the first line of a text, cut to 120 characters, for a
// check box's label.
func form1Line(t string) string {
	if i := strings.IndexByte(t, '\n'); i >= 0 {
		t = t[:i]
	}
	return form.Truncate(t, 120)
}

// heading is a bold line above a group.
func heading(text string) *widget.Label {
	return widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}

// themesTabs is the screen "Thema's": the theme picker on its first tab
// and the maturity register of information security and privacy on its
// second. They share a screen rather than take one each because the
// register is where the IBP theme's work is followed up, and because the
// shell gives every screen a shortcut of its own from twenty (Ctrl and
// Ctrl+Shift with a digit), which the screens before these and the
// workshop fill.
type themesTabs struct {
	picker   *themesScreen
	register *maturityScreen
	tabs     *container.AppTabs
}

func newThemesTabs(s Host) Screen {
	v := &themesTabs{picker: newThemesScreen(s).(*themesScreen), register: newMaturityScreen(s).(*maturityScreen)}
	v.tabs = container.NewAppTabs(
		container.NewTabItem(s.T("themes.tab.pick"), v.picker.Content()),
		container.NewTabItem(s.T("screen.maturity"), v.register.Content()))
	return v
}

func (v *themesTabs) Content() fyne.CanvasObject { return v.tabs }

func (v *themesTabs) Refresh() {
	v.picker.Refresh()
	v.register.Refresh()
}

// Filter narrows the register's domains (the search field); the picker
// has four themes and needs none.
func (v *themesTabs) Filter(q string) { v.register.Filter(q) }
