package shell

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"slices"

	"balansplan/model"
)

// agreementsScreen shows the agreements (afspraken) as cards, one form
// each: what it is about, how much it covers, and its text.
type agreementsScreen struct {
	addBtn *widget.Button // kept for tests
	s      *Shell
	list   *fyne.Container
	cards  map[string]*agreementCard // by agreement ID
	order  []string                  // IDs in plan order, as the cards stand
	intro  *widget.Label
	root   fyne.CanvasObject
}

type agreementCard struct {
	form *form
	box  fyne.CanvasObject
}

func newAgreementsScreen(s *Shell) screen {
	v := &agreementsScreen{s: s, cards: map[string]*agreementCard{}}
	v.list = container.NewVBox()
	v.intro = widget.NewLabel(s.T("agreements.intro"))
	v.intro.Wrapping = fyne.TextWrapWord
	v.addBtn = widget.NewButtonWithIcon(s.T("agreement.add"), theme.ContentAddIcon(), v.add)
	v.root = container.NewBorder(container.NewVBox(v.intro, container.NewHBox(v.addBtn)), nil, nil, nil,
		container.NewVScroll(v.list))
	return v
}

func (v *agreementsScreen) content() fyne.CanvasObject { return v.root }

func (v *agreementsScreen) refresh() {
	p := v.s.doc.Plan()
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
		v.cards[id].form.load()
	}
}

func (v *agreementsScreen) newCard(id string) *agreementCard {
	s := v.s
	l := s.Lang()
	f := newForm(s, model.EntityAgreement, agreementRef)
	f.id = id
	ag := func(p *model.Plan) *model.Agreement { a, _ := agreementIn(p, id); return a }
	kv, kl := enumOptions(model.AgreementKinds(), func(k model.AgreementKind) string { return k.Label(l) })
	f.choice("kind", s.T("field.agreement.kind"), kv, kl,
		func(p *model.Plan) string { return string(ag(p).Kind) },
		func(p *model.Plan, x string) { ag(p).Kind = model.AgreementKind(x) })
	cv, cl := enumOptions(model.Coverages(), func(c model.Coverage) string { return c.Label(l) })
	f.choice("coverage", s.T("field.agreement.coverage"), cv, cl,
		func(p *model.Plan) string { return string(ag(p).Coverage) },
		func(p *model.Plan, x string) { ag(p).Coverage = model.Coverage(x) })
	f.text("text", s.T("field.agreement.text"), true,
		func(p *model.Plan) string { return ag(p).Text },
		func(p *model.Plan, t string) error { ag(p).Text = t; return nil })
	del := widget.NewButtonWithIcon(s.T("button.delete"), theme.DeleteIcon(), func() {
		s.edit(s.T("edit.agreement.delete"), func(p *model.Plan) {
			if _, i := agreementIn(p, id); i >= 0 {
				p.Agreements = append(p.Agreements[:i], p.Agreements[i+1:]...)
			}
		})
	})
	card := widget.NewCard("", "", container.NewVBox(f.grid, container.NewHBox(del)))
	return &agreementCard{form: f, box: card}
}

func (v *agreementsScreen) add() {
	v.s.edit(v.s.T("edit.agreement.add"), func(p *model.Plan) {
		p.Agreements = append(p.Agreements, model.Agreement{ID: model.NewID(),
			Kind: model.AgreementDidactisch, Coverage: model.CoverageDeels})
	})
}
