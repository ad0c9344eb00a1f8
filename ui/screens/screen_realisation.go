package screens

import (
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balansplan/model"
	"balansplan/planning"
	"balansplan/planning/chart"
	"balansplan/ui/form"
)

// realisationPage is the Begroting screen's second tab (issue 15): for a
// chosen year, per investment the money actually spent (one-off and
// recurring, written as typed like every field) and a dated status change,
// and beside it plan against realisation per bouwsteen with the variance,
// a bar per bouwsteen (planned outlined, realised filled) and every year
// of the period in a line. An overdue investment (planning.IsOverdue, on
// the GUI's clock) is marked on its card.
type realisationPage struct {
	s     Host
	year  *widget.Select
	years []int
	shown int // the year the fields show; what was typed belongs to it
	cards *recordList
	sum   *fyne.Container
	all   *widget.Label
	bars  *chartView
	// inputs are each card's status change inputs, by investment ID.
	inputs map[string]*statusInputs
	// overdue is planning.Overdue of overduePlan on overdueDay, by
	// investment ID: every card asks, and the plan is the same for all of
	// them (a plan version never changes), so it is worked out once.
	overdue     map[string]bool
	overduePlan *model.Plan
	overdueDay  string
	// rep is planning.Realisation of repPlan, which the table and the
	// bars both show.
	rep     *planning.RealisationReport
	repPlan *model.Plan
	// byID is where each investment of byIDPlan stands: every card reads
	// its investment two or three times per refresh, and a search of the
	// list for each made the refresh grow with the square of the plan.
	byID     map[string]int
	byIDPlan *model.Plan
	// sumKey is what the table of the year shows (labelsKey).
	sumKey []string
	root   fyne.CanvasObject
}

// statusInputs are the inputs of a dated status change on a card: not
// fields of the plan (the history is appended to, never edited), so they
// keep what was typed until it is recorded.
type statusInputs struct {
	status    *widget.Select
	date      *widget.Entry
	note      *widget.Entry
	msg, info *widget.Label
	record    *widget.Button
}

func newRealisationPage(s Host) *realisationPage {
	v := &realisationPage{s: s, inputs: map[string]*statusInputs{}}
	v.year = widget.NewSelect(nil, nil)
	v.year.OnChanged = v.yearPicked
	v.cards = newRecordList(s.T("realisation.none"), v.newCard)
	v.sum = container.NewGridWithColumns(4)
	v.all = wrapped("")
	v.bars = newChartView(fyne.NewSize(300, 150), func(box chart.Box) chart.Figure {
		return RealisationBars(v.report(s.Doc().Plan()), v.chosen(), s.Lang(), s.T("realisation.legend.planned"), box)
	})
	right := container.NewVScroll(container.NewPadded(container.NewVBox(v.sum, v.bars.box, v.all)))
	left := container.NewVScroll(container.NewPadded(v.cards.box))
	split := container.NewHSplit(left, right)
	split.Offset = 0.55
	intro := wrapped(s.T("realisation.intro"))
	v.root = container.NewBorder(container.NewVBox(intro,
		container.NewHBox(widget.NewLabel(s.T("realisation.year")), v.year)), nil, nil, nil, split)
	return v
}

// yearPicked writes what was typed for the year shown, then shows the
// year picked.
func (v *realisationPage) yearPicked(string) {
	v.s.Pending().Flush()
	v.shown = v.picked()
	v.Refresh()
}

// chosen is the year the fields show.
func (v *realisationPage) chosen() int {
	if v.shown == 0 {
		return v.picked()
	}
	return v.shown
}

// picked is the year picked, or the plan's first year.
func (v *realisationPage) picked() int {
	if i := v.year.SelectedIndex(); i >= 0 && i < len(v.years) {
		return v.years[i]
	}
	return v.s.Doc().Plan().StartYear
}

// SetYear picks the year (tests, and the overview's overdue line).
func (v *realisationPage) SetYear(y int) {
	if i := slices.Index(v.years, y); i >= 0 {
		v.year.SetSelectedIndex(i)
	}
}

func (v *realisationPage) Refresh() {
	s, p, l := v.s, v.s.Doc().Plan(), v.s.Lang()
	years := planYears(p)
	if !slices.Equal(years, v.years) {
		i := pickYear(years, v.chosen())
		v.years = years
		setYears(v.year, years, i)
		v.shown = v.picked()
	}
	keys := make([]string, len(p.Investments))
	for i, inv := range p.Investments {
		keys[i] = inv.ID
	}
	v.index(p)
	v.cards.sync(p, keys)

	rep := v.report(p)
	y := v.chosen()
	money := func(m model.Money) string { return planning.FormatMoney(m, l) }
	cells := []fyne.CanvasObject{bold(strconv.Itoa(y)), boldRight(s.T("realisation.planned")), boldRight(s.T("realisation.realised")), boldRight(s.T("realisation.variance"))}
	if ry, ok := rep.Year(y); ok {
		for i, b := range model.Blocks() {
			cells = append(cells, widget.NewLabel(chart.ShortLabel(b, l)), right(money(ry.Planned[i])), right(money(ry.Realised[i])), varianceLabel(ry.Variance[i], l))
		}
		cells = append(cells, bold(s.T("budget.total")), right(money(ry.PlannedTotal())), right(money(ry.RealisedTotal())), varianceLabel(ry.VarianceTotal(), l))
	}
	// The table is built anew but shown only when it changed: most edits
	// leave the year's realisation as it was.
	if key := labelsKey(cells); key == nil || !slices.Equal(key, v.sumKey) {
		v.sumKey = key
		v.sum.Objects = cells
		v.sum.Refresh()
	}
	var lines []string
	for _, ry := range rep.Years {
		if !ry.Recorded {
			lines = append(lines, s.T("realisation.year.none", ry.Year, money(ry.PlannedTotal())))
			continue
		}
		lines = append(lines, s.T("realisation.year.line", ry.Year, money(ry.PlannedTotal()), money(ry.RealisedTotal()), signed(ry.VarianceTotal(), l)))
	}
	lines = append(lines, s.T("realisation.total.line", money(rep.Planned.Sum()), money(rep.Realised.Sum()), signed(rep.Variance.Sum(), l)))
	setText(v.all, strings.Join(lines, "\n"))
	v.bars.Refresh()
}

// varianceLabel is a variance with its sign, red when overspent.
func varianceLabel(m model.Money, l model.Lang) *widget.Label {
	lbl := right(signed(m, l))
	if m > 0 {
		lbl.Importance = widget.DangerImportance
	}
	return lbl
}

// newCard is an investment's card: what it plans in the year, the two
// amounts spent, and a dated status change.
func (v *realisationPage) newCard(id string) *recordCard {
	s := v.s
	l := s.Lang()
	f := newRecordForm(s, model.EntityInvestment, investmentRef)
	f.ID = id
	f.Title = func(p *model.Plan, id string) string {
		return s.T("realisation.of", v.ref(p, id), v.chosen())
	}
	amount := func(name model.Field, key string, recurring bool) {
		f.Text(name, s.T(key), false,
			func(p *model.Plan) string {
				r, ok := v.investment(p, id).RealisationIn(v.chosen())
				if !ok {
					return ""
				}
				if recurring {
					return form.MoneyInput(r.Recurring, l)
				}
				return form.MoneyInput(r.OneOff, l)
			},
			func(p *model.Plan, t string) error {
				var m model.Money
				if strings.TrimSpace(t) != "" {
					var err error
					if m, err = form.ParseMoneyInput(t); err != nil {
						return s.Errorf("error.money", t)
					}
				}
				setRealised(investmentIn(p, id), v.chosen(), m, recurring, strings.TrimSpace(t) == "")
				return nil
			})
		// "eenmalig besteed van D1 in 2027 gewijzigd"
		f.ByName[name].Subject = strings.ToLower(strings.TrimSuffix(s.T(key), ":"))
	}
	amount(model.FieldRealisationOneOff, "field.realisation.one_off", false)
	amount(model.FieldRealisationRecurring, "field.realisation.recurring", true)
	f.ID = id // the undo step per field of each investment (and the year, by its label)

	var sv, sl []string
	for _, st := range model.InvestmentStatuses() {
		sv, sl = append(sv, string(st)), append(sl, st.Label(l))
	}
	status := widget.NewSelect(sl, nil)
	date := widget.NewEntry()
	date.SetPlaceHolder(s.T("field.date.placeholder"))
	note := widget.NewEntry()
	note.SetPlaceHolder(s.T("realisation.status.note"))
	msg := wrapped("")
	msg.Importance = widget.DangerImportance
	msg.Hide()
	info := wrapped("")
	rec := widget.NewButtonWithIcon(s.T("realisation.status.record"), theme.ConfirmIcon(), func() {
		st := ""
		if i := status.SelectedIndex(); i >= 0 {
			st = sv[i]
		}
		if v.recordStatus(id, model.InvestmentStatus(st), strings.TrimSpace(date.Text), strings.TrimSpace(note.Text), msg) {
			note.SetText("")
		}
	})
	statusRow := container.New(layout.NewFormLayout(), widget.NewLabel(s.T("realisation.status")), status,
		widget.NewLabel(s.T("versions.date")), date, widget.NewLabel(s.T("versions.note")), note)
	box := widget.NewCard("", "", container.NewVBox(info, f.Grid, statusRow, container.NewHBox(rec), msg))
	v.inputs[id] = &statusInputs{status: status, date: date, note: note, msg: msg, info: info, record: rec}
	return &recordCard{form: f.Form, box: box, loaded: func(p *model.Plan) {
		inv := v.investment(p, id)
		if inv == nil {
			return
		}
		y := v.chosen()
		text := s.T("realisation.plans", planning.FormatMoney(planning.PlannedCash(p, inv, y), l), inv.Status.Label(l))
		imp := widget.MediumImportance
		if v.isOverdue(p, id) {
			text += "\n" + s.T("overdue.flag")
			imp = widget.DangerImportance
		}
		if n := len(inv.StatusChanges); n > 0 {
			c := inv.StatusChanges[n-1]
			text += "\n" + s.T("realisation.status.last", c.Date, c.Status.Label(l), c.Note)
		}
		// An edit elsewhere leaves most cards as they were: a label
		// refreshed with its own text measures and lays out its lines
		// again, so only a changed one is refreshed.
		if info.Text != text || info.Importance != imp {
			info.Text, info.Importance = text, imp
			info.Refresh()
		}
		if status.SelectedIndex() < 0 || status.Selected == "" {
			status.SetSelectedIndex(max(slices.Index(sv, string(inv.Status)), 0))
		}
		if date.Text == "" {
			date.SetText(today())
		}
	}}
}

// isOverdue is planning.IsOverdue(p, id, today()), worked out once per
// plan version and day for all cards.
func (v *realisationPage) isOverdue(p *model.Plan, id string) bool {
	if day := today(); p != v.overduePlan || day != v.overdueDay || v.overdue == nil {
		v.overdue = map[string]bool{}
		for _, o := range planning.Overdue(p, day) {
			v.overdue[o.ID] = true
		}
		v.overduePlan, v.overdueDay = p, day
	}
	return v.overdue[id]
}

// report is planning.Realisation(p), worked out once per plan version.
func (v *realisationPage) report(p *model.Plan) *planning.RealisationReport {
	if p != v.repPlan || v.rep == nil {
		v.rep, v.repPlan = planning.Realisation(p), p
	}
	return v.rep
}

// index makes investment find the investments of p by the map.
func (v *realisationPage) index(p *model.Plan) {
	if p == v.byIDPlan {
		return
	}
	v.byID = make(map[string]int, len(p.Investments))
	for i, inv := range p.Investments {
		if _, dup := v.byID[inv.ID]; !dup {
			v.byID[inv.ID] = i // the first, as Plan.Investment finds it
		}
	}
	v.byIDPlan = p
}

// investment is investmentIn(p, id), by the index when p is the plan
// the page was last refreshed with.
func (v *realisationPage) investment(p *model.Plan, id string) *model.Investment {
	if p != v.byIDPlan {
		return investmentIn(p, id)
	}
	if i, ok := v.byID[id]; ok {
		return &p.Investments[i]
	}
	return nil
}

// ref is investmentRef(p, id), by the index when p is the plan the page
// was last refreshed with.
func (v *realisationPage) ref(p *model.Plan, id string) string {
	if p != v.byIDPlan {
		return investmentRef(p, id)
	}
	if i, ok := v.byID[id]; ok {
		return refOf(p.Investments[i].Code, i)
	}
	return ""
}

// setRealised sets the one-off or the recurring amount of the year; an
// emptied field with nothing in the other removes the year's record (not
// recorded is not the same as nothing spent).
func setRealised(inv *model.Investment, y int, m model.Money, recurring, empty bool) {
	r, _ := inv.RealisationIn(y)
	r.Year = y
	if recurring {
		r.Recurring = m
	} else {
		r.OneOff = m
	}
	if empty && r.OneOff == 0 && r.Recurring == 0 {
		inv.Realisation = slices.DeleteFunc(slices.Clone(inv.Realisation), func(x model.Realisation) bool { return x.Year == y })
		return
	}
	inv.SetRealisation(r)
}

// recordStatus records a dated status change of the investment; a bad
// date is said under the card and what was typed stays.
func (v *realisationPage) recordStatus(id string, st model.InvestmentStatus, date, note string, msg *widget.Label) bool {
	s := v.s
	s.Pending().Flush()
	p := s.Doc().Plan()
	inv := investmentIn(p, id)
	if inv == nil {
		return false
	}
	probe := *inv
	if ps := probe.RecordStatus(date, st, note); ps != nil {
		msg.SetText(strings.Join(ps.Messages(s.Lang()), "\n"))
		msg.Show()
		return false
	}
	ok := s.Edit(s.T("edit.investment.status", inv.Code, st.Label(s.Lang()), date), func(p *model.Plan) {
		if x := investmentIn(p, id); x != nil {
			x.RecordStatus(date, st, note)
		}
	})
	if ok {
		msg.SetText("")
		msg.Hide()
	}
	return ok
}

// RealisationBars is the figure of a year's plan against realisation: per
// bouwsteen a grey bar for what was planned and beside it one in the
// bouwsteen's colour for what was spent, on one scale, the bouwstenen
// named under them; the legend says grey is planned (planned, in the
// user's language).
func RealisationBars(r *planning.RealisationReport, y int, l model.Lang, planned string, box chart.Box) chart.Figure {
	f := chart.Figure{Box: box, Legend: []chart.LegendEntry{{Key: "grid", Label: planned}}}
	ry, ok := r.Year(y)
	if !ok {
		return f
	}
	var top model.Money
	for i := range model.Blocks() {
		top = max(top, ry.Planned[i], ry.Realised[i])
	}
	label := 14.0
	base := box.H - 2*label - 4
	n := float64(len(model.Blocks()))
	slot := box.W / n
	bar := slot * 0.3
	height := func(m model.Money) float64 {
		if top <= 0 || m <= 0 {
			return 0
		}
		return (base - 4) * float64(m) / float64(top)
	}
	rect := func(id string, x, h float64, stroke, fill string) chart.Shape {
		return chart.Shape{Kind: chart.KindRect, ID: id, Points: []chart.Point{{X: x, Y: base - h}, {X: x + bar, Y: base}}, Stroke: stroke, Fill: fill, Width: 1}
	}
	for i, b := range model.Blocks() {
		x := slot*float64(i) + slot*0.15
		f.Shapes = append(f.Shapes,
			rect("planned."+string(b), x, height(ry.Planned[i]), "axis", "grid"),
			rect("realised."+string(b), x+bar+2, height(ry.Realised[i]), "axis", "block."+string(b)),
			chart.Shape{Kind: chart.KindText, ID: "label." + string(b), Points: []chart.Point{{X: slot*float64(i) + slot/2, Y: base + 2}},
				Text: chart.ShortLabel(b, l), Size: 11, Align: chart.AlignMiddle, VAlign: chart.VAlignTop, Fill: "text", MaxWidth: slot - 2})
	}
	f.Shapes = append(f.Shapes, chart.Shape{Kind: chart.KindLine, ID: "baseline", Points: []chart.Point{{X: 0, Y: base}, {X: box.W, Y: base}}, Stroke: "axis", Width: 1})
	return f
}

// overdueCodes are the codes of the investments overdue today
// (planning.Overdue on the GUI's clock), in code order.
func overdueCodes(p *model.Plan) []string {
	var out []string
	for _, o := range planning.Overdue(p, today()) {
		out = append(out, o.Code)
	}
	return out
}
