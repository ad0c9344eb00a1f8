package shell

import (
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balansplan/model"
)

// visionsScreen lists the vision statements and edits the chosen one:
// code, title, text, priority and the returns it aims for.
type visionsScreen struct {
	listAndForm
	addBtn *widget.Button // kept for tests
	s      *Shell
	served *widget.Label // the investments that serve the vision
	del    *widget.Button
	root   fyne.CanvasObject
}

func newVisionsScreen(s *Shell) screen {
	v := &visionsScreen{s: s}
	v.loaded = v.showServed
	v.table = newEntityTable([]column{
		{s.T("col.code"), 60, sortCode},
		{s.T("col.title"), 300, sortText},
		{s.T("col.priority"), 80, sortNumber},
		{s.T("col.investments"), 100, sortNumber},
	}, v.show)

	l := s.Lang()
	f := newForm(s, model.EntityVision, visionRef)
	v.form = f
	f.text("code", s.T("field.code"), false,
		func(p *model.Plan) string { return visionIn(p, f.id).Code },
		func(p *model.Plan, t string) error { visionIn(p, f.id).Code = strings.TrimSpace(t); return nil })
	f.text("title", s.T("field.title"), false,
		func(p *model.Plan) string { return visionIn(p, f.id).Title },
		func(p *model.Plan, t string) error { visionIn(p, f.id).Title = t; return nil })
	f.text("text", s.T("field.vision.text"), true,
		func(p *model.Plan) string { return visionIn(p, f.id).Text },
		func(p *model.Plan, t string) error { visionIn(p, f.id).Text = t; return nil })
	f.text("priority", s.T("field.priority"), false,
		func(p *model.Plan) string {
			if n := visionIn(p, f.id).Priority; n > 0 {
				return strconv.Itoa(n)
			}
			return ""
		},
		func(p *model.Plan, t string) error {
			n, err := atoiEmpty(t)
			if err != nil {
				return s.errorf("error.notinteger", t)
			}
			visionIn(p, f.id).Priority = n
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
		for _, r := range visionIn(p, f.id).Returns {
			if r.Primary() == primaryOnes {
				out = append(out, string(r))
			}
		}
		return out
	}
	setReturns := func(p *model.Plan, primaryOnes bool, vs []string) {
		vis := visionIn(p, f.id)
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
	f.checks("returns", s.T("field.returns.primary"), primary, primaryLabels,
		func(p *model.Plan) []string { return returnsOf(p, true) },
		func(p *model.Plan, vs []string) { setReturns(p, true, vs) })
	f.checks("returns", s.T("field.returns.secondary"), secondary, secondaryLabels,
		func(p *model.Plan) []string { return returnsOf(p, false) },
		func(p *model.Plan, vs []string) { setReturns(p, false, vs) })

	v.served = widget.NewLabel("")
	v.served.Wrapping = fyne.TextWrapWord
	v.addBtn = widget.NewButtonWithIcon(s.T("vision.add"), theme.ContentAddIcon(), v.add)
	v.del = widget.NewButtonWithIcon(s.T("button.delete"), theme.DeleteIcon(), v.remove)
	detail := v.setPanes(container.NewVScroll(container.NewVBox(f.grid,
		widget.NewLabelWithStyle(s.T("vision.served"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), v.served,
		container.NewHBox(v.del))), s.T("vision.none"))
	left := container.NewBorder(container.NewHBox(v.addBtn), nil, nil, nil, v.table.table)
	split := container.NewHSplit(left, detail)
	split.Offset = 0.45
	v.root = split
	return v
}

func (v *visionsScreen) content() fyne.CanvasObject { return v.root }

func (v *visionsScreen) refresh() {
	p := v.s.doc.Plan()
	served := map[string]int{}
	for _, inv := range p.Investments {
		for _, id := range inv.VisionIDs {
			served[id]++
		}
	}
	rows := make([]tableRow, len(p.Visions))
	for i, vis := range p.Visions {
		prio := ""
		if vis.Priority > 0 {
			prio = strconv.Itoa(vis.Priority)
		}
		n := served[vis.ID]
		rows[i] = tableRow{id: vis.ID,
			cells: []string{vis.Code, vis.Title, prio, strconv.Itoa(n)},
			nums:  []float64{0, 0, float64(vis.Priority), float64(n)}}
	}
	v.table.setRows(rows)
	v.keepChoice()
}

// showServed lists the investments that serve the chosen vision.
func (v *visionsScreen) showServed() {
	p := v.s.doc.Plan()
	var codes []string
	for _, inv := range p.Investments {
		if slices.Contains(inv.VisionIDs, v.form.id) {
			codes = append(codes, inv.Code+" "+truncate(inv.Title, 40))
		}
	}
	if len(codes) == 0 {
		v.served.SetText(v.s.T("vision.served.none"))
		return
	}
	v.served.SetText(strings.Join(codes, "\n"))
}

func (v *visionsScreen) selectCode(code string) bool {
	for _, vis := range v.s.doc.Plan().Visions {
		if vis.Code == code {
			v.table.choose(vis.ID)
			return true
		}
	}
	return false
}

func (v *visionsScreen) filter(q string) { v.table.filter(q) }

func (v *visionsScreen) add() {
	id := model.NewID()
	var code string
	if !v.s.edit(v.s.T("edit.vision.add"), func(p *model.Plan) {
		code = model.NextCode("V", allCodes(p))
		p.Visions = append(p.Visions, model.Vision{ID: id, Code: code, Title: v.s.T("vision.new.title")})
	}) {
		return
	}
	v.table.choose(id)
	v.s.win.Canvas().Focus(v.form.entryOf("title"))
}

func (v *visionsScreen) remove() {
	id := v.form.id
	vis := visionIn(v.s.doc.Plan(), id)
	if vis == nil {
		return
	}
	v.s.confirmEdit(v.s.T("vision.delete.title"), v.s.T("vision.delete.question", vis.Code, vis.Title),
		v.s.T("edit.vision.delete", vis.Code), func(p *model.Plan) { removeVision(p, id) })
}

func atoiEmpty(t string) (int, error) {
	t = strings.TrimSpace(t)
	if t == "" {
		return 0, nil
	}
	return strconv.Atoi(t)
}
