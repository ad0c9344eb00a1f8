package screens

import (
	"image/color"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balansplan/model"
	"balansplan/planning"
	"balansplan/planning/chart"
)

// OpenVersion opens the frozen version with the number in a window of its
// own, read-only: a banner that says so ("Alleen lezen: versie 1.0 van
// 2027-03-12") above its overview, vision statements, investments and
// budget. Everything in it is a label: a frozen version never changes
// (model.Version), so there is nothing to edit and nothing to undo. A
// version that cannot be read is said in an error, and nothing opens.
func (v *versionsScreen) OpenVersion(number string) {
	s := v.s
	p := s.Doc().Plan()
	ver, ok := p.VersionNumbered(number)
	if !ok {
		s.ShowError(s.Errorf("versions.unknown", number))
		return
	}
	vp, ps := ver.Plan()
	if ps != nil {
		s.ShowError(s.Errorf("versions.unreadable", number, strings.Join(ps.Messages(s.Lang()), "; ")))
		return
	}
	w := fyne.CurrentApp().NewWindow(s.T("versions.window", number, p.School.Name))
	w.SetContent(ReadOnlyPlan(s, vp, s.T("versions.banner", ver.Number, ver.Date)))
	w.Resize(fyne.NewSize(900, 600))
	w.Show()
	v.readOnly = w
}

// ReadOnlyPlan is a plan shown with nothing to edit, under a banner: its
// overview, visions, investments and budget, one tab each.
func ReadOnlyPlan(s Host, p *model.Plan, banner string) fyne.CanvasObject {
	l := s.Lang()
	a := planning.Analyse(p, s.Doc().Reference())
	money := func(m model.Money) string { return planning.FormatMoney(m, l) }

	over := []string{
		s.T("readonly.plantitle", p.Title),
		s.T("readonly.school", p.School.Name),
		s.T("readonly.period", p.StartYear, p.EndYear),
		s.T("readonly.status", p.Status.Label(l), orDash(p.Version)),
		s.T("readonly.counts", len(p.Visions), len(p.Investments), len(p.Agreements)),
		s.T("readonly.total", money(a.Budget.TotalCashOut)),
	}
	if p.Ambition != "" {
		over = append(over, s.T("readonly.ambition", p.Ambition.Label(l)))
	}
	overview := []fyne.CanvasObject{wrapped(strings.Join(over, "\n"))}
	if len(p.StatusHistory) > 0 {
		overview = append(overview, bold(s.T("versions.history")))
		for _, c := range p.StatusHistory {
			overview = append(overview, wrapped(historyLine(s, c)))
		}
	}

	var visions []fyne.CanvasObject
	for _, vis := range p.Visions {
		var rs []string
		for _, r := range vis.Returns {
			rs = append(rs, r.Label(l))
		}
		body := vis.Text
		if len(rs) > 0 {
			body += "\n" + s.T("readonly.returns", strings.Join(rs, ", "))
		}
		visions = append(visions, widget.NewCard(vis.Code+" "+vis.Title, "", wrapped(body)))
	}
	if len(visions) == 0 {
		visions = append(visions, muted(s.T("readonly.none")))
	}

	var invs []fyne.CanvasObject
	for _, inv := range p.Investments {
		when := inv.Start.String()
		if !inv.End.IsZero() {
			when += " – " + inv.End.String()
		}
		invs = append(invs, widget.NewCard(inv.Code+" "+inv.Title, inv.Block.Label(l),
			wrapped(s.T("readonly.investment", when, money(inv.Cost.OneOff), money(inv.Cost.Recurring), inv.Status.Label(l)))))
	}
	if len(invs) == 0 {
		invs = append(invs, muted(s.T("readonly.none")))
	}

	cells := []fyne.CanvasObject{bold(s.T("col.year"))}
	for _, b := range model.Blocks() {
		cells = append(cells, boldRight(chart.ShortLabel(b, l)))
	}
	cells = append(cells, boldRight(s.T("col.cashout")))
	for _, y := range a.Budget.Years {
		cells = append(cells, widget.NewLabel(strconv.Itoa(y.Year)))
		for i := range model.Blocks() {
			cells = append(cells, right(money(y.CashByBlock[i])))
		}
		cells = append(cells, right(money(y.CashOut)))
	}
	cells = append(cells, bold(s.T("budget.total")))
	for i := range model.Blocks() {
		cells = append(cells, right(money(a.Budget.CashByBlock[i])))
	}
	cells = append(cells, right(money(a.Budget.TotalCashOut)))
	budget := container.NewGridWithColumns(len(model.Blocks())+2, cells...)

	scroll := func(objs ...fyne.CanvasObject) fyne.CanvasObject {
		return container.NewVScroll(container.NewPadded(container.NewVBox(objs...)))
	}
	tabs := container.NewAppTabs(
		container.NewTabItem(s.T("screen.overview"), scroll(overview...)),
		container.NewTabItem(s.T("screen.visions"), scroll(visions...)),
		container.NewTabItem(s.T("screen.investments"), scroll(invs...)),
		container.NewTabItem(s.T("screen.budget"), scroll(budget)),
	)
	return container.NewBorder(Banner(banner), nil, nil, nil, tabs)
}

// Banner is a line that stands out above what it is about: bold text in
// the warning colour on a light wash of it, readable in the light and the
// dark look (the full warning colour behind the theme's text was not, in
// the dark one).
func Banner(text string) fyne.CanvasObject {
	r, g, b, _ := theme.Color(theme.ColorNameWarning).RGBA()
	bg := canvas.NewRectangle(color.NRGBA{R: uint8(r >> 8), G: uint8(g >> 8), B: uint8(b >> 8), A: 0x30})
	l := widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	l.Importance = widget.WarningImportance
	l.Wrapping = fyne.TextWrapWord
	return container.NewStack(bg, container.NewBorder(nil, nil, widget.NewIcon(theme.VisibilityIcon()), nil, l))
}
