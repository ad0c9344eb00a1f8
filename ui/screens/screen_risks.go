package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balansplan/model"
	"balansplan/ui/form"
)

// risksScreen is the plan's risk register: what could stand in the way of
// carrying the plan out, how likely and how bad, who watches it and what
// is done about it. The risks stand in the order they were entered (the
// order of the PDF); each card shows the risk's weight, likelihood times
// impact, so the heavy ones stand out without the list jumping around
// while a grade is changed.
type risksScreen struct {
	s      Host
	addBtn *widget.Button
	list   *recordList
	query  string // the search text; "" shows every risk
	root   fyne.CanvasObject
}

func newRisksScreen(s Host) Screen {
	v := &risksScreen{s: s}
	v.list = newRecordList(s.T("risk.none"), v.newCard)
	intro := widget.NewLabel(s.T("risk.intro"))
	intro.Wrapping = fyne.TextWrapWord
	v.addBtn = widget.NewButtonWithIcon(s.T("risk.add"), theme.ContentAddIcon(), v.add)
	v.root = container.NewBorder(container.NewVBox(intro, toolbar(v.addBtn)), nil, nil, nil,
		container.NewVScroll(container.NewPadded(v.list.box)))
	return v
}

func (v *risksScreen) Content() fyne.CanvasObject { return v.root }

func (v *risksScreen) Refresh() {
	p := v.s.Doc().Plan()
	ids := make([]string, len(p.Risks))
	for i, r := range p.Risks {
		ids[i] = r.ID
	}
	v.list.sync(p, ids)
	v.Filter(v.query)
}

// Filter shows only the risks with q in their description, owner or
// measure (the search field); "" shows them all.
func (v *risksScreen) Filter(q string) {
	v.query = q
	p := v.s.Doc().Plan()
	v.list.filter(func(id string) bool { r, _ := riskIn(p, id); return matches(q, riskTexts(r)...) })
}

// riskWeight is what the card says about a risk's weight: "6 (midden ×
// hoog)", or that a grade is missing.
func riskWeight(s Host, r *model.Risk) string {
	l := s.Lang()
	if !r.Likelihood.Valid() || !r.Impact.Valid() {
		return s.T("risk.weight.unknown")
	}
	return s.T("risk.weight.value", r.Likelihood.Rank()*r.Impact.Rank(), r.Likelihood.Label(l), r.Impact.Label(l))
}

func (v *risksScreen) newCard(id string) *recordCard {
	s := v.s
	l := s.Lang()
	f := newRecordForm(s, model.EntityRisk, riskRef)
	f.ID = id
	f.Title = func(p *model.Plan, id string) string { _, i := riskIn(p, id); return s.T("risk.title", i+1) }
	risk := func(p *model.Plan) *model.Risk { r, _ := riskIn(p, id); return r }
	// Two lines each for the risk and its measure: a register is read
	// down a column of short cards.
	f.text(model.FieldDescription, "field.risk.description", true, func(p *model.Plan) *string { return &risk(p).Description }).SetMinRowsVisible(2)
	grade := func(g model.Grade) string { return g.Label(l) }
	recordChoice(f, model.FieldLikelihood, "field.risk.likelihood", model.Grades(), grade, false,
		func(p *model.Plan) *model.Grade { return &risk(p).Likelihood })
	recordChoice(f, model.FieldImpact, "field.risk.impact", model.Grades(), grade, false,
		func(p *model.Plan) *model.Grade { return &risk(p).Impact })
	weight := widget.NewLabel("")
	f.Grid.Add(widget.NewLabelWithStyle(s.T("field.risk.weight"), fyne.TextAlignTrailing, fyne.TextStyle{}))
	f.Grid.Add(weight)
	f.text(model.FieldOwner, "field.risk.owner", false, func(p *model.Plan) *string { return &risk(p).Owner })
	f.text(model.FieldMeasure, "field.risk.measure", true, func(p *model.Plan) *string { return &risk(p).Measure }).SetMinRowsVisible(2)
	del := widget.NewButtonWithIcon(s.T("button.delete"), theme.DeleteIcon(), func() { v.remove(id) })
	return &recordCard{form: f.Form, box: card(f.Form, del), loaded: func(p *model.Plan) {
		weight.SetText(riskWeight(s, risk(p)))
	}}
}

// add adds a risk at the end with a description to type over (a risk
// without one is refused) and both grades "midden", and puts the cursor in
// its description.
func (v *risksScreen) add() {
	id := model.NewID()
	riskList.add(v.s, v.list, id, model.Risk{ID: id, Description: v.s.T("risk.new"),
		Likelihood: model.GradeMidden, Impact: model.GradeMidden})
}

// remove deletes a risk after asking.
func (v *risksScreen) remove(id string) { riskList.remove(v.s, id) }

// shortText is a record's text as a question quotes it: cut to a line, or
// "(geen omschrijving)".
func shortText(s Host, t string) string {
	if t == "" {
		return s.T("record.nodescription")
	}
	return form.Truncate(t, 60)
}
