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
	"balansplan/planning"
	"balansplan/planning/chart"
)

// investmentsScreen lists the investments per bouwsteen (sortable by every
// column, narrowed by block and by the search field) and edits the chosen
// one: what, when, who, what it costs and which visions it serves.
type investmentsScreen struct {
	listAndForm
	addBtn   *widget.Button // kept for tests
	s        *Shell
	block    *widget.Select // "all" or one bouwsteen
	blocks   []model.Block  // block per option of block, after "all"
	blockSel *widget.Select
	root     fyne.CanvasObject
}

func newInvestmentsScreen(s *Shell) screen {
	v := &investmentsScreen{s: s}
	v.loaded = v.showFields
	l := s.Lang()
	v.table = newEntityTable([]column{
		{s.T("col.code"), 56, sortCode},
		{s.T("col.title"), 230, sortText},
		{s.T("col.block"), 120, sortText},
		{s.T("col.start"), 76, sortText},
		{s.T("col.oneoff"), 96, sortNumber},
		{s.T("col.recurring"), 86, sortNumber},
		{s.T("col.status"), 86, sortText},
		{s.T("col.visions"), 90, sortText},
	}, v.show)
	v.blocks = model.Blocks()
	opts := []string{s.T("filter.allblocks")}
	for _, b := range v.blocks {
		opts = append(opts, b.Label(l))
	}
	v.block = widget.NewSelect(opts, nil)
	v.block.SetSelectedIndex(0)
	v.block.OnChanged = func(string) { v.table.apply() }
	v.table.keep = func(r tableRow) bool {
		i := v.block.SelectedIndex()
		if i <= 0 {
			return true
		}
		inv := investmentIn(s.doc.Plan(), r.id)
		return inv != nil && inv.Block == v.blocks[i-1]
	}

	f := newForm(s, model.EntityInvestment, investmentRef)
	v.form = f
	inv := func(p *model.Plan) *model.Investment { return investmentIn(p, f.id) }
	text := func(name, key string, multi bool, ptr func(*model.Investment) *string) {
		f.text(name, s.T(key), multi,
			func(p *model.Plan) string { return *ptr(inv(p)) },
			func(p *model.Plan, t string) error {
				if name == "code" {
					t = strings.TrimSpace(t)
				}
				*ptr(inv(p)) = t
				return nil
			})
	}
	text("code", "field.code", false, func(x *model.Investment) *string { return &x.Code })
	text("title", "field.title", false, func(x *model.Investment) *string { return &x.Title })
	text("description", "field.description", true, func(x *model.Investment) *string { return &x.Description })

	blockValues, blockLabels := enumOptions(model.Blocks(), func(b model.Block) string { return b.Label(l) })
	v.blockSel = f.choice("block", s.T("field.block"), blockValues, blockLabels,
		func(p *model.Plan) string { return string(inv(p).Block) },
		func(p *model.Plan, x string) {
			i := inv(p)
			old := i.Block
			i.Block = model.Block(x)
			// A code in the old block's series (D4) moves to the new
			// block's series (I5); a code the user chose stays.
			if rest, ok := strings.CutPrefix(i.Code, model.CodePrefix(old)); ok && isNumber(rest) && old != i.Block {
				i.Code = model.NextCode(model.CodePrefix(i.Block), allCodes(p))
			}
			if !i.Category.ValidFor(i.Block) {
				i.Category = "" // the old category does not exist in the new block
			}
			if !i.Block.Material() {
				i.MaterialType = ""
			}
		})
	f.choiceOf("category", s.T("field.category"),
		func(p *model.Plan) ([]string, []string) {
			values, labels := []string{""}, []string{s.T("choice.none")}
			for _, c := range model.CategoriesOf(inv(p).Block) {
				values, labels = append(values, string(c)), append(labels, c.Label(l))
			}
			return values, labels
		},
		func(p *model.Plan) string { return string(inv(p).Category) },
		func(p *model.Plan, x string) { inv(p).Category = model.Category(x) })
	f.text("category", s.T("field.category"), false,
		func(p *model.Plan) string { return string(inv(p).Category) },
		func(p *model.Plan, t string) error {
			inv(p).Category = model.Category(strings.TrimSpace(t))
			return nil
		})
	matValues, matLabels := enumOptions(model.Materials(), func(m model.Material) string { return m.Label(l) })
	f.choice("material_type", s.T("field.material_type"),
		append([]string{""}, matValues...), append([]string{s.T("choice.none")}, matLabels...),
		func(p *model.Plan) string { return string(inv(p).MaterialType) },
		func(p *model.Plan, x string) { inv(p).MaterialType = model.Material(x) })
	month := func(name, key string, ptr func(*model.Investment) *model.Month) {
		f.text(name, s.T(key), false,
			func(p *model.Plan) string { return ptr(inv(p)).String() },
			func(p *model.Plan, t string) error {
				m, err := model.ParseMonth(strings.TrimSpace(t))
				if err != nil {
					return s.errorf("error.month", t)
				}
				*ptr(inv(p)) = m
				return nil
			})
	}
	month("start", "field.start", func(x *model.Investment) *model.Month { return &x.Start })
	month("end", "field.end", func(x *model.Investment) *model.Month { return &x.End })
	text("owner", "field.owner", false, func(x *model.Investment) *string { return &x.Owner })
	stValues, stLabels := enumOptions(model.InvestmentStatuses(), func(x model.InvestmentStatus) string { return x.Label(l) })
	f.choice("status", s.T("field.status"), stValues, stLabels,
		func(p *model.Plan) string { return string(inv(p).Status) },
		func(p *model.Plan, x string) { inv(p).Status = model.InvestmentStatus(x) })
	money := func(name, key string, ptr func(*model.Investment) *model.Money) {
		f.text(name, s.T(key), false,
			func(p *model.Plan) string { return moneyInput(*ptr(inv(p)), l) },
			func(p *model.Plan, t string) error {
				m, err := parseMoneyInput(t)
				if err != nil {
					return s.errorf("error.money", t)
				}
				*ptr(inv(p)) = m
				return nil
			})
	}
	money("cost.one_off", "field.cost.one_off", func(x *model.Investment) *model.Money { return &x.Cost.OneOff })
	money("cost.recurring", "field.cost.recurring", func(x *model.Investment) *model.Money { return &x.Cost.Recurring })
	f.text("cost.depreciation_years", s.T("field.cost.depreciation_years"), false,
		func(p *model.Plan) string { return strconv.Itoa(inv(p).Cost.DepreciationYears) },
		func(p *model.Plan, t string) error {
			n, err := atoiEmpty(t)
			if err != nil {
				return s.errorf("error.notinteger", t)
			}
			inv(p).Cost.DepreciationYears = n
			return nil
		})
	f.check("pilot", s.T("field.pilot"), s.T("field.pilot.text"),
		func(p *model.Plan) bool { return inv(p).Pilot },
		func(p *model.Plan, b bool) { inv(p).Pilot = b })
	f.checksOf("visions", s.T("field.visions"),
		func(p *model.Plan) ([]string, []string) {
			var ids, labels []string
			for _, vis := range p.Visions {
				ids = append(ids, vis.ID)
				labels = append(labels, vis.Code+"  "+truncate(vis.Title, 60))
			}
			return ids, labels
		},
		func(p *model.Plan) []string { return inv(p).VisionIDs },
		func(p *model.Plan, ids []string) { inv(p).VisionIDs = ids })
	f.text("depends_on", s.T("field.depends_on"), false,
		func(p *model.Plan) string {
			codes := p.InvestmentCodes()
			var out []string
			for _, id := range inv(p).DependsOnIDs {
				out = append(out, codes[id])
			}
			return codesText(out)
		},
		func(p *model.Plan, t string) error {
			byCode := map[string]string{}
			for _, x := range p.Investments {
				byCode[strings.ToUpper(x.Code)] = x.ID
			}
			var ids []string
			for _, c := range splitCodes(t) {
				id, ok := byCode[strings.ToUpper(c)]
				if !ok {
					return s.errorf("error.unknowninvestment", c)
				}
				if !slices.Contains(ids, id) {
					ids = append(ids, id)
				}
			}
			inv(p).DependsOnIDs = ids
			return nil
		})
	f.byName["depends_on"].entry.SetPlaceHolder(s.T("field.depends_on.placeholder"))
	f.byName["start"].entry.SetPlaceHolder(s.T("field.month.placeholder"))
	f.byName["end"].entry.SetPlaceHolder(s.T("field.end.placeholder"))

	v.addBtn = widget.NewButtonWithIcon(s.T("investment.add"), theme.ContentAddIcon(), v.add)
	del := widget.NewButtonWithIcon(s.T("button.delete"), theme.DeleteIcon(), v.remove)
	detail := v.setPanes(container.NewVScroll(container.NewVBox(f.grid, container.NewHBox(del))), s.T("investment.none"))
	top := container.NewBorder(nil, nil, nil, v.addBtn, v.block)
	left := container.NewBorder(top, nil, nil, nil, v.table.table)
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

func (v *investmentsScreen) content() fyne.CanvasObject { return v.root }

func (v *investmentsScreen) refresh() {
	p := v.s.doc.Plan()
	l := v.s.Lang()
	codes := p.VisionCodes()
	rows := make([]tableRow, len(p.Investments))
	for i, inv := range p.Investments {
		var vis []string
		for _, id := range inv.VisionIDs {
			vis = append(vis, codes[id])
		}
		rows[i] = tableRow{id: inv.ID,
			cells: []string{inv.Code, inv.Title, chart.ShortLabel(inv.Block, l), inv.Start.String(),
				planning.FormatMoney(inv.Cost.OneOff, l), planning.FormatMoney(inv.Cost.Recurring, l), inv.Status.Label(l), strings.Join(vis, ", ")},
			nums: []float64{0, 0, 0, 0, inv.Cost.OneOff.Float(), inv.Cost.Recurring.Float(), 0, 0}}
	}
	v.table.setRows(rows)
	v.keepChoice()
}

// showFields shows the fields that apply to the chosen investment's block:
// the category as a list for the blocks that have fixed categories and as
// free text for the others, the material type for the material blocks.
func (v *investmentsScreen) showFields() {
	inv := investmentIn(v.s.doc.Plan(), v.form.id)
	if inv == nil {
		return
	}
	free := model.FreeCategory(inv.Block)
	v.form.byName["category"].setVisible(!free)
	v.form.byName["category'"].setVisible(free)
	v.form.byName["material_type"].setVisible(inv.Block.Material())
}

func (v *investmentsScreen) selectCode(code string) bool {
	for _, inv := range v.s.doc.Plan().Investments {
		if inv.Code == code {
			if v.block.SelectedIndex() > 0 && inv.Block != v.blocks[v.block.SelectedIndex()-1] {
				v.block.SetSelectedIndex(0)
			}
			v.table.choose(inv.ID)
			return true
		}
	}
	return false
}

func (v *investmentsScreen) filter(q string) { v.table.filter(q) }

// add creates an investment in the block the list shows (deskundigheid
// when it shows all), with the next free code of that block.
func (v *investmentsScreen) add() {
	block := model.BlockDeskundigheid
	if i := v.block.SelectedIndex(); i > 0 {
		block = v.blocks[i-1]
	}
	id := model.NewID()
	if !v.s.edit(v.s.T("edit.investment.add"), func(p *model.Plan) {
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
	v.table.choose(id)
	v.s.win.Canvas().Focus(v.form.entryOf("title"))
}

func (v *investmentsScreen) remove() {
	id := v.form.id
	inv := investmentIn(v.s.doc.Plan(), id)
	if inv == nil {
		return
	}
	v.s.confirmEdit(v.s.T("investment.delete.title"), v.s.T("investment.delete.question", inv.Code, inv.Title),
		v.s.T("edit.investment.delete", inv.Code), func(p *model.Plan) { removeInvestment(p, id) })
}

func isNumber(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
