package screens

import (
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balansplan/model"
	"balansplan/ui/form"
)

// visionsScreen lists the vision statements and edits the chosen one:
// code, title, text, priority and the returns it aims for.
type visionsScreen struct {
	form.ListAndForm
	addBtn *widget.Button // kept for tests
	s      Host
	served *widget.Label // the investments that serve the vision
	del    *widget.Button
	// evalYear picks the year whose evaluation the form shows (issue 15).
	evalYear *widget.Select
	years    []int
	shown    int
	root     fyne.CanvasObject
}

func newVisionsScreen(s Host) Screen {
	v := &visionsScreen{s: s}
	v.Loaded = v.showServed
	v.Table = form.NewTable([]form.Column{
		{Title: s.T("col.code"), Width: 60, Kind: form.SortCode},
		{Title: s.T("col.title"), Width: 300, Kind: form.SortText},
		{Title: s.T("col.priority"), Width: 80, Kind: form.SortNumber},
		{Title: s.T("col.investments"), Width: 100, Kind: form.SortNumber},
	}, v.Show)

	l := s.Lang()
	f := form.New(s, model.EntityVision, visionRef)
	v.Form = f
	f.Text(model.FieldCode, s.T("field.code"), false,
		func(p *model.Plan) string { return visionIn(p, f.ID).Code },
		func(p *model.Plan, t string) error { visionIn(p, f.ID).Code = strings.TrimSpace(t); return nil })
	f.Text(model.FieldTitle, s.T("field.title"), false,
		func(p *model.Plan) string { return visionIn(p, f.ID).Title },
		func(p *model.Plan, t string) error { visionIn(p, f.ID).Title = t; return nil })
	f.Text(model.FieldText, s.T("field.vision.text"), true,
		func(p *model.Plan) string { return visionIn(p, f.ID).Text },
		func(p *model.Plan, t string) error { visionIn(p, f.ID).Text = t; return nil })
	f.Text(model.FieldPriority, s.T("field.priority"), false,
		func(p *model.Plan) string {
			if n := visionIn(p, f.ID).Priority; n > 0 {
				return strconv.Itoa(n)
			}
			return ""
		},
		func(p *model.Plan, t string) error {
			n, err := form.AtoiEmpty(t)
			if err != nil {
				return s.Errorf("error.notinteger", t)
			}
			visionIn(p, f.ID).Priority = n
			return nil
		})
	var primary, primaryLabels, secondary, secondaryLabels []string
	for _, r := range model.Returns() {
		if r.Primary() {
			primary, primaryLabels = append(primary, string(r)), append(primaryLabels, r.Label(l))
		} else {
			secondary, secondaryLabels = append(secondary, string(r)), append(secondaryLabels, r.Label(l))
		}
	}
	returnsOf := func(p *model.Plan, primaryOnes bool) []string {
		var out []string
		for _, r := range visionIn(p, f.ID).Returns {
			if r.Primary() == primaryOnes {
				out = append(out, string(r))
			}
		}
		return out
	}
	setReturns := func(p *model.Plan, primaryOnes bool, vs []string) {
		vis := visionIn(p, f.ID)
		var rs []model.Return
		for _, r := range vis.Returns {
			if r.Primary() != primaryOnes {
				rs = append(rs, r)
			}
		}
		for _, x := range vs {
			rs = append(rs, model.Return(x))
		}
		// Keep the model's order: primary returns first.
		var ordered []model.Return
		for _, r := range model.Returns() {
			for _, x := range rs {
				if x == r {
					ordered = append(ordered, r)
				}
			}
		}
		vis.Returns = ordered
	}
	f.Checks(model.FieldReturns, s.T("field.returns.primary"), primary, primaryLabels,
		func(p *model.Plan) []string { return returnsOf(p, true) },
		func(p *model.Plan, vs []string) { setReturns(p, true, vs) })
	f.Checks(model.FieldReturns, s.T("field.returns.secondary"), secondary, secondaryLabels,
		func(p *model.Plan) []string { return returnsOf(p, false) },
		func(p *model.Plan, vs []string) { setReturns(p, false, vs) })
	// How and when the school will see whether the returns come: an
	// indicator (several lines) and a month inside the plan period.
	f.Section(s.T("vision.evaluation"))
	f.Text(model.FieldEvaluationIndicator, s.T("field.evaluation.indicator"), true,
		func(p *model.Plan) string { return visionIn(p, f.ID).Evaluation.Indicator },
		func(p *model.Plan, t string) error { visionIn(p, f.ID).Evaluation.Indicator = t; return nil })
	f.Explain(model.FieldEvaluationIndicator, s.T("field.evaluation.indicator.help"))
	f.Text(model.FieldEvaluationMoment, s.T("field.evaluation.moment"), false,
		func(p *model.Plan) string { return visionIn(p, f.ID).Evaluation.Moment.String() },
		func(p *model.Plan, t string) error {
			m, err := model.ParseMonth(strings.TrimSpace(t))
			if err != nil {
				return s.Errorf("error.month", t)
			}
			visionIn(p, f.ID).Evaluation.Moment = m
			return nil
		})
	f.EntryOf(model.FieldEvaluationMoment).SetPlaceHolder(s.T("field.month.placeholder"))
	v.addYearlyEvaluation(f)

	v.served = widget.NewLabel("")
	v.served.Wrapping = fyne.TextWrapWord
	v.addBtn = widget.NewButtonWithIcon(s.T("vision.add"), theme.ContentAddIcon(), v.add)
	v.del = widget.NewButtonWithIcon(s.T("button.delete"), theme.DeleteIcon(), v.remove)
	v.Table.Widget.OnDelete = v.remove
	detail := v.SetPanes(recordPane(container.NewVBox(f.Grid,
		widget.NewLabelWithStyle(s.T("vision.served"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), v.served), v.del), s.T("vision.none"))
	left := container.NewBorder(container.NewHBox(v.addBtn), nil, nil, nil, v.Table.Widget)
	split := container.NewHSplit(left, detail)
	split.Offset = 0.45
	v.root = split
	return v
}

func (v *visionsScreen) Content() fyne.CanvasObject { return v.root }

func (v *visionsScreen) Refresh() {
	p := v.s.Doc().Plan()
	served := map[string]int{}
	for _, inv := range p.Investments {
		for _, id := range inv.VisionIDs {
			served[id]++
		}
	}
	rows := make([]form.Row, len(p.Visions))
	for i, vis := range p.Visions {
		prio := ""
		if vis.Priority > 0 {
			prio = strconv.Itoa(vis.Priority)
		}
		n := served[vis.ID]
		rows[i] = form.Row{ID: vis.ID,
			Cells:  []string{vis.Code, vis.Title, prio, strconv.Itoa(n)},
			Nums:   []float64{0, 0, float64(vis.Priority), float64(n)},
			Search: vis.Text + "\n" + vis.Evaluation.Indicator}
	}
	v.Table.SetRows(rows)
	v.syncYears(p)
	v.KeepChoice()
}

// showServed lists the investments that serve the chosen vision.
func (v *visionsScreen) showServed() {
	p := v.s.Doc().Plan()
	var codes []string
	for _, inv := range p.Investments {
		if slices.Contains(inv.VisionIDs, v.Form.ID) {
			codes = append(codes, inv.Code+" "+form.Truncate(inv.Title, 40))
		}
	}
	if len(codes) == 0 {
		v.served.SetText(v.s.T("vision.served.none"))
		return
	}
	v.served.SetText(strings.Join(codes, "\n"))
}

func (v *visionsScreen) SelectCode(code string) bool {
	for _, vis := range v.s.Doc().Plan().Visions {
		if vis.Code == code {
			v.Table.Choose(vis.ID)
			return true
		}
	}
	return false
}

func (v *visionsScreen) Filter(q string) { v.Table.Filter(q) }

func (v *visionsScreen) add() {
	id := model.NewID()
	var code string
	if !v.s.Edit(v.s.T("edit.vision.add"), func(p *model.Plan) {
		code = model.NextCode("V", allCodes(p))
		p.Visions = append(p.Visions, model.Vision{ID: id, Code: code, Title: v.s.T("vision.new.title")})
	}) {
		return
	}
	v.Table.Choose(id)
	v.s.Window().Canvas().Focus(v.Form.EntryOf(model.FieldTitle))
}

// DeleteChosen deletes the chosen entry after asking, as the button
// does: the Delete key.
func (v *visionsScreen) DeleteChosen() { v.remove() }

func (v *visionsScreen) remove() {
	id := v.Form.ID
	vis := visionIn(v.s.Doc().Plan(), id)
	if vis == nil {
		return
	}
	v.s.ConfirmEdit(v.s.T("vision.delete.title"), v.s.T("vision.delete.question", vis.Code, vis.Title),
		v.s.T("edit.vision.delete", vis.Code), func(p *model.Plan) { p.RemoveVision(id) })
}
