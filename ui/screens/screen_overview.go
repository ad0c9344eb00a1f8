package screens

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"balansplan/model"
	"balansplan/planning"
	"balansplan/planning/chart"
	"balansplan/ui/widgets"
)

// overviewMaxFindings is how many findings the overview lists.
const overviewMaxFindings = 5

// overview is the first Screen: the route verdict, the balance position,
// the budget against the ceilings and the most serious findings. Every
// item opens its subject, by mouse or keyboard.
type overview struct {
	s        Host
	plan     *widget.Label
	route    *widget.Label
	balance  *widget.Label
	budget   *widget.Label
	bars     *chartView
	routeFig *chartView
	matrix   *chartView
	findings *fyne.Container
	// shown is what the findings' widgets show (shownKey): an edit that
	// leaves the findings as they were keeps them.
	shown []string
	cards []*widgets.TapCard
	root  fyne.CanvasObject
}

func newOverview(s Host) Screen {
	v := &overview{s: s}
	l := s.Lang()
	wrap := func() *widget.Label {
		lbl := widget.NewLabel("")
		lbl.Wrapping = fyne.TextWrapWord
		return lbl
	}
	v.plan, v.route, v.balance, v.budget = wrap(), wrap(), wrap(), wrap()
	v.plan.TextStyle.Italic = true
	v.bars = newChartView(fyne.NewSize(300, 170), func(box chart.Box) chart.Figure {
		return chart.BudgetBars(s.Doc().Analysis(), l, box)
	})
	v.routeFig = newChartView(fyne.NewSize(300, 150), func(box chart.Box) chart.Figure {
		return RouteFigure(s, s.Doc().Analysis(), l, box)
	})
	v.matrix = newChartView(fyne.NewSize(300, 170), func(box chart.Box) chart.Figure {
		return chart.Matrix(s.Doc().Analysis(), l, box)
	})
	v.findings = container.NewVBox()
	card := func(key string, content fyne.CanvasObject, open string) *widgets.TapCard {
		c := widgets.NewTapCard(s.T(key), "", content, func() { s.Show(open) })
		v.cards = append(v.cards, c)
		return c
	}
	// The three figures side by side; the findings below them over the
	// whole width, since their messages are shown whole.
	grid := container.New(widgets.NewColumnsLayout(300, 3),
		card("overview.route", container.NewBorder(v.route, nil, nil, nil, v.routeFig.chart), Route),
		card("overview.balance", container.NewBorder(v.balance, nil, nil, nil, v.matrix.chart), Balance),
		card("overview.budget", container.NewBorder(v.budget, nil, nil, nil, v.bars.chart), Budget),
	)
	v.root = container.NewVScroll(container.NewVBox(v.plan, grid, card("overview.findings", v.findings, Findings)))
	return v
}

// TitleShown is how many characters of the plan's title the window
// shows where it names the plan (the overview's heading, the
// presentation's title slide). The contract allows a title of
// model.MaxTextLen characters and the file keeps it whole, but a heading
// of pages is no heading: the window shows the first TitleShown
// characters and an ellipsis, and the School screen says so beside the
// title when it is longer.
const TitleShown = 120

// ShownTitle is the title as the window shows it: whole up to TitleShown
// characters, else its first TitleShown and "…".
func ShownTitle(t string) string {
	if r := []rune(t); len(r) > TitleShown {
		return strings.TrimSpace(string(r[:TitleShown])) + "…"
	}
	return t
}

// PlanHeading names the school, the plan and its status, and the period
// unless the title already says it ("Ict-beleidsplan 2027-2030").
func PlanHeading(p *model.Plan, l model.Lang) string {
	title := ShownTitle(p.Title)
	period := fmt.Sprintf("%d–%d", p.StartYear, p.EndYear)
	if !strings.Contains(strings.ReplaceAll(title, "-", "–"), period) {
		title += " (" + period + ")"
	}
	return fmt.Sprintf("%s — %s, %s", p.School.Name, title, p.Status.Label(l))
}

func (v *overview) Content() fyne.CanvasObject { return v.root }

func (v *overview) Refresh() {
	s := v.s
	p, a, l := s.Doc().Plan(), s.Doc().Analysis(), s.Lang()
	heading := PlanHeading(p, l)
	if pv := p.Previous; !pv.IsZero() { // the link back (issue 15)
		heading += "\n" + s.T("overview.previous", pv.Title, cmp.Or(pv.Version, "–"))
	}
	setText(v.plan, heading)
	r := a.Route
	reason, _ := RouteText(s, &r, l)
	setText(v.route, s.T("overview.route.text", reason,
		planning.FormatShare(r.T(), l), planning.FormatShare(r.E(), l)))
	setText(v.balance, s.T("overview.balance.text",
		CellText(a.Position.Now, l), a.Position.Now.Balance().Label(l),
		CellText(a.Position.Goal, l), a.Position.Goal.Balance().Label(l)))
	b := a.Budget
	text := s.T("overview.budget.text", planning.FormatMoney(b.TotalCashOut, l), p.StartYear, p.EndYear)
	switch {
	case len(b.OverYears) > 0:
		text += "\n" + s.T("budget.over", yearList(b.OverYears))
	case len(p.BudgetCeiling) == 0:
		text += "\n" + s.T("overview.budget.noceiling")
	default:
		text += "\n" + s.T("overview.budget.within")
	}
	// Investments past their due month and not afgerond (issue 15),
	// on the GUI's clock: computed, never stored.
	if od := overdueCodes(p); len(od) > 0 {
		text += "\n" + s.T("overview.overdue", strings.Join(od, ", "))
	}
	setText(v.budget, text)
	v.bars.chart.Refresh()
	v.routeFig.chart.Refresh()
	v.matrix.chart.Refresh()

	// The most important findings whole (planning's Top): the advice is
	// the point, so a message is never cut; each opens its subject.
	v.showFindings(a, l)
}

// showFindings lists the most important findings, building their
// widgets again only when what they show changed.
func (v *overview) showFindings(a *planning.Analysis, l model.Lang) {
	s := v.s
	top := a.Top(overviewMaxFindings)
	key := shownKey(s, top, len(a.Findings), l)
	if slices.Equal(key, v.shown) {
		return
	}
	v.shown = key
	objs := make([]fyne.CanvasObject, 0, overviewMaxFindings+1)
	for _, f := range top {
		f := f
		msg := widget.NewLabel(f.Message.In(l))
		msg.Wrapping = fyne.TextWrapWord
		head := widget.NewButtonWithIcon(FindingHead(s, f), SeverityIcon(f.Severity), func() {
			s.OpenSubject(f.Subject, findingScreen(f.Code))
		})
		head.Alignment = widget.ButtonAlignLeading
		head.Importance = widget.LowImportance
		objs = append(objs, container.NewVBox(head, msg))
	}
	if len(a.Findings) == 0 {
		none := widget.NewLabel(planning.NothingToAct.In(l))
		none.Wrapping = fyne.TextWrapWord
		objs = append(objs, none)
	} else if len(a.Findings) > overviewMaxFindings {
		objs = append(objs, widget.NewLabel(s.T("overview.findings.more", len(a.Findings)-overviewMaxFindings)))
	}
	v.findings.Objects = objs
	v.findings.Refresh()
}

// shownKey is everything the overview's findings show and do: each
// finding's head, severity, message, subject and screen, and how many
// there are in all.
func shownKey(s Host, top []planning.Finding, all int, l model.Lang) []string {
	key := []string{strconv.Itoa(all), string(l)}
	for _, f := range top {
		key = append(key, FindingHead(s, f), string(f.Severity), f.Message.In(l), string(f.Code), strings.Join(f.Subject, "\x00"))
	}
	return key
}
