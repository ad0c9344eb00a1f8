package screens

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balansplan/model"
	"balansplan/ui/form"
)

// agreementsScreen shows the agreements (afspraken) as cards, one form
// each: what it is about, how much it covers, and its text.
type agreementsScreen struct {
	addBtn *widget.Button // kept for tests
	s      Host
	list   *fyne.Container
	cards  map[string]*agreementCard // by agreement ID
	order  []string                  // IDs in plan order, as the cards stand
	intro  *widget.Label
	root   fyne.CanvasObject
	query  string // the search text, lower case; "" shows every agreement
}

type agreementCard struct {
	form *form.Form
	box  fyne.CanvasObject
}

func newAgreementsScreen(s Host) Screen {
	v := &agreementsScreen{s: s, cards: map[string]*agreementCard{}}
	v.list = container.NewVBox()
	v.intro = widget.NewLabel(s.T("agreements.intro"))
	v.intro.Wrapping = fyne.TextWrapWord
	v.addBtn = widget.NewButtonWithIcon(s.T("agreement.add"), theme.ContentAddIcon(), v.add)
	v.root = container.NewBorder(container.NewVBox(v.intro, container.NewHBox(v.addBtn)), nil, nil, nil,
		container.NewVScroll(v.list))
	return v
}

func (v *agreementsScreen) Content() fyne.CanvasObject { return v.root }

func (v *agreementsScreen) Refresh() {
	p := v.s.Doc().Plan()
	ids := make([]string, len(p.Agreements))
	for i, a := range p.Agreements {
		ids[i] = a.ID
	}
	if !slices.Equal(ids, v.order) {
		v.order = ids
		objs := make([]fyne.CanvasObject, 0, len(ids))
		for _, id := range ids {
			c := v.cards[id]
			if c == nil {
				c = v.newCard(id)
				v.cards[id] = c
			}
			objs = append(objs, c.box)
		}
		for id := range v.cards {
			if !slices.Contains(ids, id) {
				delete(v.cards, id)
			}
		}
		if len(objs) == 0 {
			objs = append(objs, widget.NewLabel(v.s.T("agreement.none")))
		}
		v.list.Objects = objs
		v.list.Refresh()
	}
	for _, id := range ids {
		v.cards[id].form.Load()
	}
	v.applyFilter()
}

// Filter shows only the agreements whose text contains q (the search
// field); "" shows them all.
func (v *agreementsScreen) Filter(q string) {
	v.query = strings.ToLower(strings.TrimSpace(q))
	v.applyFilter()
}

func (v *agreementsScreen) applyFilter() {
	p := v.s.Doc().Plan()
	for _, a := range p.Agreements {
		c := v.cards[a.ID]
		if c == nil {
			continue
		}
		if v.query == "" || strings.Contains(strings.ToLower(a.Text), v.query) {
			c.box.Show()
		} else {
			c.box.Hide()
		}
	}
}

func (v *agreementsScreen) newCard(id string) *agreementCard {
	s := v.s
	l := s.Lang()
	f := form.New(s, model.EntityAgreement, agreementRef)
	f.ID = id
	ag := func(p *model.Plan) *model.Agreement { a, _ := agreementIn(p, id); return a }
	kv, kl := enumOptions(model.AgreementKinds(), func(k model.AgreementKind) string { return k.Label(l) })
	f.Choice(model.FieldKind, s.T("field.agreement.kind"), kv, kl,
		func(p *model.Plan) string { return string(ag(p).Kind) },
		func(p *model.Plan, x string) { ag(p).Kind = model.AgreementKind(x) })
	cv, cl := enumOptions(model.Coverages(), func(c model.Coverage) string { return c.Label(l) })
	f.Choice(model.FieldCoverage, s.T("field.agreement.coverage"), cv, cl,
		func(p *model.Plan) string { return string(ag(p).Coverage) },
		func(p *model.Plan, x string) { ag(p).Coverage = model.Coverage(x) })
	f.Text(model.FieldText, s.T("field.agreement.text"), true,
		func(p *model.Plan) string { return ag(p).Text },
		func(p *model.Plan, t string) error { ag(p).Text = t; return nil })
	del := widget.NewButtonWithIcon(s.T("button.delete"), theme.DeleteIcon(), func() {
		s.Edit(s.T("edit.agreement.delete"), func(p *model.Plan) {
			if _, i := agreementIn(p, id); i >= 0 {
				p.Agreements = append(p.Agreements[:i], p.Agreements[i+1:]...)
			}
		})
	})
	card := widget.NewCard("", "", container.NewVBox(f.Grid, container.NewHBox(del)))
	return &agreementCard{form: f, box: card}
}

func (v *agreementsScreen) add() {
	v.s.Edit(v.s.T("edit.agreement.add"), func(p *model.Plan) {
		p.Agreements = append(p.Agreements, model.Agreement{ID: model.NewID(),
			Kind: model.AgreementDidactisch, Coverage: model.CoverageDeels})
	})
}
