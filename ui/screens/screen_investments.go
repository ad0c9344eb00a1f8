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
	"balansplan/planning"
	"balansplan/planning/chart"
	"balansplan/ui/form"
)

// investmentsScreen lists the investments per bouwsteen (sortable by every
// column, narrowed by block and by the search field) and edits the chosen
// one: what, when, who, what it costs and which visions it serves.
type investmentsScreen struct {
	form.ListAndForm
	addBtn   *widget.Button // kept for tests
	s        Host
	block    *widget.Select // "all" or one bouwsteen
	blocks   []model.Block  // block per option of block, after "all"
	blockSel *widget.Select
	root     fyne.CanvasObject
}

func newInvestmentsScreen(s Host) Screen {
	v := &investmentsScreen{s: s}
	v.Loaded = v.showFields
	l := s.Lang()
	v.Table = form.NewTable([]form.Column{
		{Title: s.T("col.code"), Width: 56, Kind: form.SortCode},
		{Title: s.T("col.title"), Width: 230, Kind: form.SortText},
		{Title: s.T("col.block"), Width: 120, Kind: form.SortText},
		{Title: s.T("col.start"), Width: 76, Kind: form.SortText},
		{Title: s.T("col.oneoff"), Width: 96, Kind: form.SortNumber},
		{Title: s.T("col.recurring"), Width: 86, Kind: form.SortNumber},
		{Title: s.T("col.status"), Width: 86, Kind: form.SortText},
		{Title: s.T("col.visions"), Width: 90, Kind: form.SortText},
	}, v.Show)
	v.blocks = model.Blocks()
	opts := []string{s.T("filter.allblocks")}
	for _, b := range v.blocks {
		opts = append(opts, b.Label(l))
	}
	v.block = widget.NewSelect(opts, nil)
	v.block.SetSelectedIndex(0)
	v.block.OnChanged = func(string) { v.Table.Apply() }
	v.Table.Keep = func(r form.Row) bool {
		i := v.block.SelectedIndex()
		if i <= 0 {
			return true
		}
		inv := investmentIn(s.Doc().Plan(), r.ID)
		return inv != nil && inv.Block == v.blocks[i-1]
	}

	f := form.New(s, model.EntityInvestment, investmentRef)
	v.Form = f
	inv := func(p *model.Plan) *model.Investment { return investmentIn(p, f.ID) }
	text := func(name model.Field, key string, multi bool, ptr func(*model.Investment) *string) {
		f.Text(name, s.T(key), multi,
			func(p *model.Plan) string { return *ptr(inv(p)) },
			func(p *model.Plan, t string) error {
				if name == "code" {
					t = strings.TrimSpace(t)
				}
				*ptr(inv(p)) = t
				return nil
			})
	}
	text(model.FieldCode, "field.code", false, func(x *model.Investment) *string { return &x.Code })
	text(model.FieldTitle, "field.title", false, func(x *model.Investment) *string { return &x.Title })
	text(model.FieldDescription, "field.description", true, func(x *model.Investment) *string { return &x.Description })

	blockValues, blockLabels := enumOptions(model.Blocks(), func(b model.Block) string { return b.Label(l) })
	v.blockSel = f.Choice(model.FieldBlock, s.T("field.block"), blockValues, blockLabels,
		func(p *model.Plan) string { return string(inv(p).Block) },
		// A code in the old block's series (D4) moves to the new block's
		// series (I5), and what the new block lacks goes.
		func(p *model.Plan, x string) { p.MoveInvestment(v.Form.ID, model.Block(x)) })
	f.ChoiceOf(model.FieldCategory, s.T("field.category"),
		func(p *model.Plan) ([]string, []string) {
			values, labels := []string{""}, []string{s.T("choice.none")}
			for _, c := range model.CategoriesOf(inv(p).Block) {
				values, labels = append(values, string(c)), append(labels, c.Label(l))
			}
			return values, labels
		},
		func(p *model.Plan) string { return string(inv(p).Category) },
		func(p *model.Plan, x string) { inv(p).Category = model.Category(x) })
	// Visie and leiderschap have no fixed categories: the category is
	// free text, and the empty field says so instead of being a bare box.
	f.Text(model.FieldCategory, s.T("field.category"), false,
		func(p *model.Plan) string { return string(inv(p).Category) },
		func(p *model.Plan, t string) error {
			inv(p).Category = model.Category(strings.TrimSpace(t))
			return nil
		}).SetPlaceHolder(s.T("field.category.free"))
	matValues, matLabels := enumOptions(model.Materials(), func(m model.Material) string { return m.Label(l) })
	f.Choice(model.FieldMaterialType, s.T("field.material_type"),
		append([]string{""}, matValues...), append([]string{s.T("choice.none")}, matLabels...),
		func(p *model.Plan) string { return string(inv(p).MaterialType) },
		func(p *model.Plan, x string) { inv(p).MaterialType = model.Material(x) })
	// What a training is about, for deskundigheid only; each focus with its
	// one line of explanation under the choice.
	focusValues, focusLabels := enumOptions(model.Focuses(), func(x model.Focus) string { return x.Label(l) })
	f.Choice(model.FieldFocus, s.T("field.focus"),
		append([]string{""}, focusValues...), append([]string{s.T("choice.notsaid")}, focusLabels...),
		func(p *model.Plan) string { return string(inv(p).Focus) },
		func(p *model.Plan, x string) { inv(p).Focus = model.Focus(x) })
	var focusHelp []string
	for _, x := range model.Focuses() {
		focusHelp = append(focusHelp, x.Label(l)+" – "+x.Explanation(l))
	}
	f.Explain(model.FieldFocus, strings.Join(focusHelp, "\n"))
	month := func(name model.Field, key string, ptr func(*model.Investment) *model.Month) {
		f.Text(name, s.T(key), false,
			func(p *model.Plan) string { return ptr(inv(p)).String() },
			func(p *model.Plan, t string) error {
				m, err := model.ParseMonth(strings.TrimSpace(t))
				if err != nil {
					return s.Errorf("error.month", t)
				}
				*ptr(inv(p)) = m
				return nil
			})
	}
	month(model.FieldStart, "field.start", func(x *model.Investment) *model.Month { return &x.Start })
	month(model.FieldEnd, "field.end", func(x *model.Investment) *model.Month { return &x.End })
	text(model.FieldOwner, "field.owner", false, func(x *model.Investment) *string { return &x.Owner })
	stValues, stLabels := enumOptions(model.InvestmentStatuses(), func(x model.InvestmentStatus) string { return x.Label(l) })
	f.Choice(model.FieldStatus, s.T("field.status"), stValues, stLabels,
		func(p *model.Plan) string { return string(inv(p).Status) },
		func(p *model.Plan, x string) { inv(p).Status = model.InvestmentStatus(x) })
	money := func(name model.Field, key string, ptr func(*model.Investment) *model.Money) {
		f.Text(name, s.T(key), false,
			func(p *model.Plan) string { return form.MoneyInput(*ptr(inv(p)), l) },
			func(p *model.Plan, t string) error {
				m, err := form.ParseMoneyInput(t)
				if err != nil {
					return s.Errorf("error.money", t)
				}
				*ptr(inv(p)) = m
				return nil
			})
	}
	money(model.FieldCostOneOff, "field.cost.one_off", func(x *model.Investment) *model.Money { return &x.Cost.OneOff })
	money(model.FieldCostRecurring, "field.cost.recurring", func(x *model.Investment) *model.Money { return &x.Cost.Recurring })
	f.Text(model.FieldCostDepreciationYears, s.T("field.cost.depreciation_years"), false,
		func(p *model.Plan) string { return strconv.Itoa(inv(p).Cost.DepreciationYears) },
		func(p *model.Plan, t string) error {
			n, err := form.AtoiEmpty(t)
			if err != nil {
				return s.Errorf("error.notinteger", t)
			}
			inv(p).Cost.DepreciationYears = n
			return nil
		})
	f.Check(model.FieldPilot, s.T("field.pilot"), s.T("field.pilot.text"),
		func(p *model.Plan) bool { return inv(p).Pilot },
		func(p *model.Plan, b bool) { inv(p).Pilot = b })
	f.ChecksOf(model.FieldVisions, s.T("field.visions"),
		func(p *model.Plan) ([]string, []string) {
			var ids, labels []string
			for _, vis := range p.Visions {
				ids = append(ids, vis.ID)
				labels = append(labels, vis.Code+"  "+form.Truncate(vis.Title, 34))
			}
			return ids, labels
		},
		func(p *model.Plan) []string { return inv(p).VisionIDs },
		func(p *model.Plan, ids []string) { inv(p).VisionIDs = ids })
	// Dependencies are picked from the other investments, not typed as
	// codes; a choice that makes a cycle is refused with Validate's
	// message under the list.
	f.ChecksOf(model.FieldDependsOn, s.T("field.depends_on"),
		func(p *model.Plan) ([]string, []string) {
			var ids, labels []string
			for _, x := range p.Investments {
				if x.ID == f.ID {
					continue
				}
				ids = append(ids, x.ID)
				labels = append(labels, x.Code+"  "+form.Truncate(x.Title, 34))
			}
			return ids, labels
		},
		func(p *model.Plan) []string { return inv(p).DependsOnIDs },
		func(p *model.Plan, ids []string) { inv(p).DependsOnIDs = ids })
	f.EntryOf(model.FieldStart).SetPlaceHolder(s.T("field.month.placeholder"))
	f.EntryOf(model.FieldEnd).SetPlaceHolder(s.T("field.end.placeholder"))

	v.addBtn = widget.NewButtonWithIcon(s.T("investment.add"), theme.ContentAddIcon(), v.add)
	del := widget.NewButtonWithIcon(s.T("button.delete"), theme.DeleteIcon(), v.remove)
	v.Table.Widget.OnDelete = v.remove
	dup := widget.NewButtonWithIcon(s.T("investment.duplicate"), theme.ContentCopyIcon(), v.duplicate)
	detail := v.SetPanes(recordPane(f.Grid, dup, del), s.T("investment.none"))
	top := container.NewBorder(nil, nil, nil, v.addBtn, v.block)
	left := container.NewBorder(top, nil, nil, nil, v.Table.Widget)
	split := container.NewHSplit(left, detail)
	split.Offset = 0.58
	v.root = split
	return v
}

// enumOptions lists an enumeration's values and labels for a choice.
func enumOptions[T ~string](values []T, label func(T) string) ([]string, []string) {
	vs := make([]string, len(values))
	ls := make([]string, len(values))
	for i, v := range values {
		vs[i], ls[i] = string(v), label(v)
	}
	return vs, ls
}

func (v *investmentsScreen) Content() fyne.CanvasObject { return v.root }

func (v *investmentsScreen) Refresh() {
	p := v.s.Doc().Plan()
	l := v.s.Lang()
	codes := p.VisionCodes()
	rows := make([]form.Row, len(p.Investments))
	overdue := map[string]bool{}
	for _, code := range overdueCodes(p) {
		overdue[code] = true
	}
	for i, inv := range p.Investments {
		status := inv.Status.Label(l)
		if overdue[inv.Code] {
			status = v.s.T("overdue.status", status) // "lopend, te laat"
		}
		var vis []string
		for _, id := range inv.VisionIDs {
			vis = append(vis, codes[id])
		}
		rows[i] = form.Row{ID: inv.ID,
			Cells: []string{inv.Code, inv.Title, chart.ShortLabel(inv.Block, l), inv.Start.String(),
				planning.FormatMoney(inv.Cost.OneOff, l), planning.FormatMoney(inv.Cost.Recurring, l), status, strings.Join(vis, ", ")},
			Nums:   []float64{0, 0, 0, 0, inv.Cost.OneOff.Float(), inv.Cost.Recurring.Float(), 0, 0},
			Search: strings.Join([]string{inv.Description, inv.Owner, string(inv.Category)}, "\n")}
	}
	v.Table.SetRows(rows)
	v.KeepChoice()
}

// showFields shows the fields that apply to the chosen investment's block:
// the category as a list for the blocks that have fixed categories and as
// free text for the others, the material type for the material blocks.
func (v *investmentsScreen) showFields() {
	inv := investmentIn(v.s.Doc().Plan(), v.Form.ID)
	if inv == nil {
		return
	}
	free := model.FreeCategory(inv.Block)
	v.Form.ByName[model.FieldCategory].SetVisible(!free)
	v.Form.ByName["category'"].SetVisible(free)
	v.Form.ByName[model.FieldMaterialType].SetVisible(inv.Block.Material())
	v.Form.ByName[model.FieldFocus].SetVisible(inv.Block == model.BlockDeskundigheid)
}

func (v *investmentsScreen) SelectCode(code string) bool {
	for _, inv := range v.s.Doc().Plan().Investments {
		if inv.Code == code {
			if v.block.SelectedIndex() > 0 && inv.Block != v.blocks[v.block.SelectedIndex()-1] {
				v.block.SetSelectedIndex(0)
			}
			v.Table.Choose(inv.ID)
			return true
		}
	}
	return false
}

func (v *investmentsScreen) Filter(q string) { v.Table.Filter(q) }

// add creates an investment in the block the list shows (deskundigheid
// when it shows all), with the next free code of that block.
func (v *investmentsScreen) add() {
	block := model.BlockDeskundigheid
	if i := v.block.SelectedIndex(); i > 0 {
		block = v.blocks[i-1]
	}
	id := model.NewID()
	if !v.s.Edit(v.s.T("edit.investment.add"), func(p *model.Plan) {
		p.Investments = append(p.Investments, model.Investment{
			ID:     id,
			Code:   model.NextCode(model.CodePrefix(block), allCodes(p)),
			Title:  v.s.T("investment.new.title"),
			Block:  block,
			Start:  model.MonthOf(p.StartYear, 8),
			Status: model.InvGepland,
		})
	}) {
		return
	}
	v.Table.Choose(id)
	v.s.Window().Canvas().Focus(v.Form.EntryOf(model.FieldTitle))
}

// duplicate adds a copy of the chosen investment in the same block, with
// the next free code of that block and "(kopie)" after its title, and
// opens it: a second year of the same training is one click. The copy
// serves the same visions and depends on the same investments; nothing
// depends on the copy yet.
func (v *investmentsScreen) duplicate() {
	src := investmentIn(v.s.Doc().Plan(), v.Form.ID)
	if src == nil {
		return
	}
	id, code := model.NewID(), src.Code
	if !v.s.Edit(v.s.T("edit.investment.duplicate", code), func(p *model.Plan) {
		orig := investmentIn(p, v.Form.ID)
		c := *orig
		c.ID = id
		c.Code = model.NextCode(model.CodePrefix(orig.Block), allCodes(p))
		c.Title = form.Truncate(orig.Title+v.s.T("investment.copy.suffix"), model.MaxTextLen)
		c.VisionIDs = slices.Clone(orig.VisionIDs)
		c.DependsOnIDs = slices.Clone(orig.DependsOnIDs)
		p.Investments = append(p.Investments, c)
	}) {
		return
	}
	v.Table.Choose(id)
}

// DeleteChosen deletes the chosen entry after asking, as the button
// does: the Delete key.
func (v *investmentsScreen) DeleteChosen() { v.remove() }

func (v *investmentsScreen) remove() {
	id := v.Form.ID
	inv := investmentIn(v.s.Doc().Plan(), id)
	if inv == nil {
		return
	}
	v.s.ConfirmEdit(v.s.T("investment.delete.title"), v.s.T("investment.delete.question", inv.Code, inv.Title),
		v.s.T("edit.investment.delete", inv.Code), func(p *model.Plan) { p.RemoveInvestment(id) })
}
