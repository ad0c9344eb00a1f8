package screens

import (
	"io"
	"slices"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balansplan/model"
	mtheme "balansplan/model/theme"
	"balansplan/planning/chart"
	"balansplan/ui/form"
)

// maxNormFile is the largest norm set the import reads: an official set
// of a few hundred norms with five level texts each is well under it, and
// a file many times larger is not a norm set.
const maxNormFile = 4 << 20

// maturityScreen is the maturity register for information security and
// privacy (issue 19), "Informatiebeveiliging en privacy": one card per
// domain with its domain and title, current and target level, owner and
// the investments that raise it (a checklist of the plan's investments),
// and on a second tab the chart of planning/chart (Maturity), the one the
// PDF prints. A register starts empty; the school adds domains one by
// one, takes Balansplan's example domains, or imports a norm set from a
// file (theme.ParseNormSet: a bad file is refused with its reason and
// changes nothing). Every change is one undo step through the forms'
// path, tried as typed and kept with Validate's message when invalid.
type maturityScreen struct {
	s     Host
	list  *recordList
	fig   *chartView
	tabs  *container.AppTabs
	count *widget.Label
	query string
	root  fyne.CanvasObject
}

func newMaturityScreen(s Host) Screen {
	v := &maturityScreen{s: s}
	l := s.Lang()
	v.list = newRecordList(s.T("maturity.none"), v.newCard)
	v.fig = newChartView(fyne.NewSize(520, 300), func(box chart.Box) chart.Figure {
		return chart.Maturity(v.s.Doc().Plan(), l, box)
	})
	add := widget.NewButtonWithIcon(s.T("maturity.add"), theme.ContentAddIcon(), v.add)
	example := widget.NewButtonWithIcon(s.T("maturity.example"), theme.ListIcon(), v.importExample)
	imp := widget.NewButtonWithIcon(s.T("maturity.import"), theme.FolderOpenIcon(), v.chooseFile)
	v.count = widget.NewLabel("")
	intro := widget.NewLabel(s.T("maturity.intro"))
	intro.Wrapping = fyne.TextWrapWord
	register := container.NewBorder(container.NewVBox(toolbar(add, example, imp), v.count), nil, nil, nil,
		container.NewVScroll(container.NewPadded(v.list.box)))
	v.tabs = container.NewAppTabs(
		container.NewTabItem(s.T("maturity.tab.register"), register),
		container.NewTabItem(s.T("maturity.tab.chart"), v.fig.box))
	v.root = container.NewBorder(intro, nil, nil, nil, v.tabs)
	return v
}

func (v *maturityScreen) Content() fyne.CanvasObject { return v.root }

func (v *maturityScreen) Refresh() {
	p := v.s.Doc().Plan()
	ids := make([]string, len(p.Maturity))
	below := 0
	for i, m := range p.Maturity {
		ids[i] = m.ID
		if m.BelowTarget() {
			below++
		}
	}
	v.list.sync(p, ids)
	v.count.SetText(v.s.T("maturity.count", v.s.Count("domains", len(ids)), below))
	v.fig.Refresh()
	v.Filter(v.query)
}

// Filter shows only the domains with q in their norm, domain, title or
// owner (the search field).
func (v *maturityScreen) Filter(q string) {
	v.query = q
	p := v.s.Doc().Plan()
	v.list.filter(func(id string) bool {
		m := p.MaturityDomainByID(id)
		return m != nil && matches(q, m.Norm, m.Domain, m.Title, m.Owner)
	})
}

// maturityIn is the domain with id in p and its position; a blank domain
// and -1 when it is gone (a card about to be removed).
func maturityIn(p *model.Plan, id string) (*model.MaturityDomain, int) {
	for i := range p.Maturity {
		if p.Maturity[i].ID == id {
			return &p.Maturity[i], i
		}
	}
	return &model.MaturityDomain{}, -1
}

// maturityRef is how Validate names the domain, so the form finds its
// messages.
func maturityRef(p *model.Plan, id string) string {
	m, i := maturityIn(p, id)
	if i < 0 {
		return ""
	}
	return model.MaturityRef(*m, i)
}

// levelOptions are the values and labels of a level's drop-down: "1" to
// "5", and for the current level first "niet beoordeeld" ("0").
func levelOptions(s Host, unassessed bool) (values, labels []string) {
	if unassessed {
		values, labels = []string{"0"}, []string{s.T("maturity.unassessed")}
	}
	for k := model.MinMaturity; k <= model.MaxMaturity; k++ {
		values = append(values, strconv.Itoa(k))
		labels = append(labels, s.T("maturity.level."+strconv.Itoa(k)))
	}
	return values, labels
}

func (v *maturityScreen) newCard(id string) *recordCard {
	s := v.s
	f := newRecordForm(s, model.EntityMaturity, maturityRef)
	f.ID = id
	f.Title = func(p *model.Plan, id string) string { _, i := maturityIn(p, id); return s.T("maturity.title", i+1) }
	dom := func(p *model.Plan) *model.MaturityDomain { m, _ := maturityIn(p, id); return m }
	norm := widget.NewLabel("")
	f.Grid.Add(widget.NewLabelWithStyle(s.T("field.maturity.norm"), fyne.TextAlignTrailing, fyne.TextStyle{}))
	f.Grid.Add(norm)
	f.text(model.FieldDomain, "field.maturity.domain", false, func(p *model.Plan) *string { return &dom(p).Domain })
	f.text(model.FieldTitle, "field.maturity.title", false, func(p *model.Plan) *string { return &dom(p).Title })
	level := func(name model.Field, key string, unassessed bool, ptr func(p *model.Plan) *int) {
		vs, ls := levelOptions(s, unassessed)
		f.Choice(name, s.T(key), vs, ls,
			func(p *model.Plan) string { return strconv.Itoa(*ptr(p)) },
			func(p *model.Plan, x string) { n, _ := strconv.Atoi(x); *ptr(p) = n })
	}
	level(model.FieldCurrent, "field.maturity.current", true, func(p *model.Plan) *int { return &dom(p).Current })
	level(model.FieldTarget, "field.maturity.target", false, func(p *model.Plan) *int { return &dom(p).Target })
	f.text(model.FieldOwner, "field.maturity.owner", false, func(p *model.Plan) *string { return &dom(p).Owner })
	// The investments to pick from are those of the plan as it is now.
	f.ChecksOf(model.FieldInvestmentIDs, s.T("field.maturity.investments"),
		func(p *model.Plan) ([]string, []string) { return maturityInvestments(p, s.Lang()) },
		func(p *model.Plan) []string { return dom(p).InvestmentIDs },
		func(p *model.Plan, ids []string) {
			// In the plan's order, whatever order the boxes were ticked in,
			// so the file does not change with the clicking.
			var out []string
			for _, inv := range p.Investments {
				if slices.Contains(ids, inv.ID) {
					out = append(out, inv.ID)
				}
			}
			dom(p).InvestmentIDs = out
		})
	del := widget.NewButtonWithIcon(s.T("button.delete"), theme.DeleteIcon(), func() { v.remove(id) })
	return &recordCard{form: f.Form, box: card(f.Form, del), loaded: func(p *model.Plan) {
		if n := dom(p).Norm; n != "" {
			norm.SetText(n)
		} else {
			norm.SetText(s.T("maturity.ownnorm"))
		}
	}}
}

// maturityInvestments are the investments a domain can be linked to, as
// check box values (IDs) and labels ("I3 Back-up in de cloud"): every
// investment of the plan, in its order, the cancelled ones marked, since
// a link to one is allowed but counts for nothing.
func maturityInvestments(p *model.Plan, l model.Lang) (ids, labels []string) {
	for _, inv := range p.Investments {
		ids = append(ids, inv.ID)
		// Cut to a line: a check box's text does not wrap, and the code
		// keeps a cut label apart from the others.
		lb := inv.Code + " " + form.Truncate(inv.Title, 60)
		if inv.Cancelled() {
			lb += " (" + inv.Status.Label(l) + ")"
		}
		labels = append(labels, lb)
	}
	return ids, labels
}

// add adds a domain at the end with a title to type over (a domain needs
// one), target 3, and puts the cursor in its domain field.
func (v *maturityScreen) add() {
	m := model.NewMaturityDomain("", v.s.T("maturity.new"))
	maturityList.add(v.s, v.list, m.ID, m)
}

// remove deletes a domain after asking.
func (v *maturityScreen) remove(id string) { maturityList.remove(v.s, id) }

var maturityList = listOf[model.MaturityDomain]{"maturity", func(p *model.Plan) *[]model.MaturityDomain { return &p.Maturity },
	maturityIn, func(m *model.MaturityDomain) string { return m.Title }}

// importExample imports Balansplan's own example domains.
func (v *maturityScreen) importExample() {
	sets := mtheme.BuiltinNormSets()
	if len(sets) == 0 {
		return
	}
	v.importSet(sets[0])
}

// chooseFile asks for a norm set file and imports it.
func (v *maturityScreen) chooseFile() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			v.s.ShowError(v.s.Errorf("maturity.import.read", err.Error()))
			return
		}
		if r == nil {
			return // cancelled
		}
		defer r.Close()
		data, err := io.ReadAll(io.LimitReader(r, maxNormFile+1))
		if err != nil {
			v.s.ShowError(v.s.Errorf("maturity.import.read", err.Error()))
			return
		}
		v.importData(r.URI().Name(), data)
	}, v.s.Window())
	d.SetFilter(storage.NewExtensionFileFilter([]string{".json"}))
	d.Show()
}

// importData imports the norm set in data, read from the file name: a
// file that is too large or not a norm set is refused with the reason,
// in the user's language, and changes nothing.
func (v *maturityScreen) importData(name string, data []byte) {
	if len(data) > maxNormFile {
		v.s.ShowError(v.s.Errorf("maturity.import.bad", name, v.s.T("maturity.import.toolarge")))
		return
	}
	set, err := mtheme.ParseNormSet(data)
	if err != nil {
		msg := err.Error()
		if e, ok := err.(*mtheme.Error); ok {
			msg = e.Message(v.s.Lang())
		}
		v.s.ShowError(v.s.Errorf("maturity.import.bad", name, msg))
		return
	}
	v.importSet(set)
}

// importSet adds the norms of set that the register has not got yet, as
// one undo step named after the set; when there are none, it says so and
// writes nothing.
func (v *maturityScreen) importSet(set *mtheme.NormSet) {
	l := v.s.Lang()
	_, n := mtheme.ImportNorms(v.s.Doc().Plan(), set, l)
	title := set.Title.In(l)
	if n == 0 {
		dialog.ShowInformation(v.s.T("maturity.import"), v.s.T("maturity.import.nothing", title), v.s.Window())
		return
	}
	v.s.Edit(v.s.T("maturity.import.undo", title, n), func(p *model.Plan) {
		next, _ := mtheme.ImportNorms(p, set, l)
		*p = *next
	})
}
