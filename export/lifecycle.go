package export

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"balansplan/model"
	"balansplan/planning"
	"balansplan/planning/chart"
)

// The plan's life in the plan PDF (issue 15): the chapter "Wijzigingen
// sinds de vastgestelde versie" for a board that reads a revised plan, and
// the section "Plan en realisatie" of the budget chapter with the overdue
// investments. The progress report (progress.go) uses the same parts.

// adoptedDiff is what changed since the plan's last adopted version: the
// version and the diff, or nil when the plan was never adopted, the
// version cannot be read, or nothing changed since.
func (b *builder) adoptedDiff() (*model.Version, *planning.PlanDiff) {
	v := b.p.LastAdopted()
	if v == nil {
		return nil, nil
	}
	adopted, ps := v.Plan()
	if ps != nil {
		return nil, nil
	}
	d := planning.Diff(adopted, b.p)
	if d.Empty() {
		return nil, nil
	}
	d.FromLabel, d.ToLabel = v.Number, b.p.Version
	return v, d
}

// changesChapter is "Wijzigingen sinds de vastgestelde versie": what the
// board adopted before and what this version changes, for a board that
// reads a revised plan. ok is false when there is nothing to say (never
// adopted, or nothing changed since): the chapter is then left out.
func (b *builder) changesChapter() (Chapter, bool) {
	v, d := b.adoptedDiff()
	if d == nil {
		return Chapter{}, false
	}
	ch := Chapter{ID: "changes", Title: b.t("Wijzigingen sinds de vastgestelde versie", "Changes since the adopted version")}
	ch.Blocks = append(ch.Blocks, StyledParagraph(StyleLead, b.sinceText(v)))
	ch.Sections = b.diffSections(d, "changes")
	return ch, true
}

// sinceText says which version the board adopted, and when.
func (b *builder) sinceText(v *model.Version) string {
	when := v.Date
	if d, err := parseDay(v.Date); err == nil {
		when = b.dateText(d)
	}
	now := b.p.Version
	if now == "" {
		now = "–"
	}
	return fmt.Sprintf(b.t(
		"Het bestuur stelde versie %s van dit plan vast op %s. Dit is versie %s: hieronder staat wat er sindsdien veranderde aan de visie-uitspraken, de investeringen, de afspraken en de uitgaven per jaar. Wat er werd uitgegeven en geëvalueerd is geen wijziging van het plan en staat in de begroting en de voortgangsrapportage.",
		"The board adopted version %s of this plan on %s. This is version %s: below is what changed since in the vision statements, the investments, the agreements and the spending per year. What was spent and evaluated is not a change of the plan; it is in the budget and the progress report."),
		v.Number, when, now)
}

// diffSections are the sections of a diff: one per kind of entity that
// changed, and the spending per year and bouwsteen.
func (b *builder) diffSections(d *planning.PlanDiff, id string) []Section {
	var out []Section
	add := func(key, nl, en string, cs []planning.EntityChange, entity string) {
		if len(cs) == 0 {
			return
		}
		out = append(out, Section{ID: id + "-" + key, Title: b.t(nl, en), Blocks: []Block{TableBlock(b.changeTable(cs, entity))}})
	}
	add("visions", "Visie-uitspraken", "Vision statements", d.Visions, "vision")
	add("investments", "Investeringen", "Investments", d.Investments, "investment")
	add("agreements", "Afspraken", "Agreements", d.Agreements, "agreement")
	budget := Section{ID: id + "-budget", Title: b.t("Uitgaven per jaar en bouwsteen", "Spending per year and building block")}
	budget.Blocks = append(budget.Blocks, Paragraph(fmt.Sprintf(b.t(
		"De uitgaven van versie %s en van deze versie per jaar, en per bouwsteen het verschil (deze versie min versie %s). Een leeg vak is geen verschil.",
		"The spending of version %s and of this version per year, and per building block the difference (this version minus version %s). An empty cell is no difference."),
		d.FromLabel, d.FromLabel)), TableBlock(b.deltaTable(d)))
	return append(out, budget)
}

// changeTable lists entity changes: what happened, the code, the title,
// and each changed field with its old and new value.
func (b *builder) changeTable(cs []planning.EntityChange, entity string) *Table {
	t := &Table{Columns: []Column{
		{Title: b.t("Wijziging", "Change"), Width: 14},
		{Title: b.t("Code", "Code"), Width: 8},
		{Title: b.t("Titel", "Title"), Width: 30},
		{Title: b.t("Wat er veranderde", "What changed"), Width: 48},
	}}
	for _, c := range cs {
		tone := ToneNone
		switch c.Kind {
		case planning.Added:
			tone = ToneGood
		case planning.Dropped:
			tone = ToneBad
		}
		var what []string
		for _, f := range c.Fields {
			// "van ... naar ...": Noto Sans has no arrow (U+2192).
			what = append(what, fmt.Sprintf(b.t("%s: van %s naar %s", "%s: from %s to %s"), b.fieldLabel(f.Field, entity), b.fieldValue(f.Field, f.From), b.fieldValue(f.Field, f.To)))
		}
		text := strings.Join(what, "\n")
		if len(what) == 0 {
			text = map[planning.ChangeKind]string{
				planning.Added:   b.t("nieuw in deze versie", "new in this version"),
				planning.Dropped: b.t("niet meer in het plan", "no longer in the plan"),
			}[c.Kind]
		}
		t.Rows = append(t.Rows, Row{Cells: []Cell{{Text: c.Kind.Label(b.l), Tone: tone, Bold: true}, {Text: c.Code}, {Text: c.Title}, {Text: text}}})
	}
	return t
}

// deltaTable is the spending per year of both versions and per bouwsteen
// the difference, with a total row.
func (b *builder) deltaTable(d *planning.PlanDiff) *Table {
	cols := []Column{{Title: b.t("Jaar", "Year"), Width: 8}}
	for _, bl := range model.Blocks() {
		cols = append(cols, Column{Title: capitalise(chart.ShortLabel(bl, b.l)), Width: 13, Align: AlignRight})
	}
	cols = append(cols,
		Column{Title: fmt.Sprintf(b.t("Versie %s", "Version %s"), d.FromLabel), Width: 11, Align: AlignRight},
		Column{Title: b.t("Deze versie", "This version"), Width: 11, Align: AlignRight},
		Column{Title: b.t("Verschil", "Difference"), Width: 11, Align: AlignRight})
	t := &Table{Columns: cols, Empty: b.t("Geen geldige planperiode.", "No valid plan period.")}
	row := func(first Cell, delta, from, to planning.BlockMoney, total bool) Row {
		r := Row{Total: total, Cells: []Cell{first}}
		for i := range model.Blocks() {
			r.Cells = append(r.Cells, b.deltaCell(delta[i]))
		}
		diff := b.deltaCell(delta.Sum())
		diff.Bold = true
		return Row{Total: total, Cells: append(r.Cells, Cell{Text: b.money(from.Sum())}, Cell{Text: b.money(to.Sum())}, diff)}
	}
	for _, y := range d.Budget {
		t.Rows = append(t.Rows, row(Cell{Text: strconv.Itoa(y.Year), Bold: true}, y.Delta, y.From, y.To, false))
	}
	if len(d.Budget) > 0 {
		t.Rows = append(t.Rows, row(Cell{Text: b.t("Totaal", "Total")}, d.DeltaTotal, d.FromTotal, d.ToTotal, true))
	}
	return t
}

// deltaCell writes a difference with its sign ("+€ 4.000", "−€ 6.000"),
// empty when there is none.
func (b *builder) deltaCell(m model.Money) Cell {
	switch {
	case m > 0:
		return Cell{Text: "+" + b.money(m), Tone: ToneWarn}
	case m < 0:
		return Cell{Text: b.money(m), Tone: ToneGood}
	}
	return Cell{}
}

// fieldLabel names a changed field for a reader.
func (b *builder) fieldLabel(f model.Field, entity string) string {
	labels := map[model.Field][2]string{
		model.FieldCode:                  {"code", "code"},
		model.FieldTitle:                 {"titel", "title"},
		model.FieldReturns:               {"opbrengsten", "returns"},
		model.FieldPriority:              {"prioriteit", "priority"},
		model.FieldEvaluationIndicator:   {"evaluatie-indicator", "evaluation indicator"},
		model.FieldEvaluationMoment:      {"evaluatiemoment", "evaluation moment"},
		model.FieldDescription:           {"omschrijving", "description"},
		model.FieldBlock:                 {"bouwsteen", "building block"},
		model.FieldCategory:              {"soort", "kind"},
		model.FieldMaterialType:          {"type leermateriaal", "type of learning material"},
		model.FieldFocus:                 {"focus", "focus"},
		model.FieldStart:                 {"start", "start"},
		model.FieldEnd:                   {"einde", "end"},
		model.FieldOwner:                 {"eigenaar", "owner"},
		model.FieldStatus:                {"status", "status"},
		model.FieldCostOneOff:            {"eenmalig", "one-off"},
		model.FieldCostRecurring:         {"per jaar", "per year"},
		model.FieldCostDepreciationYears: {"afschrijving (jaren)", "depreciation (years)"},
		model.FieldVisions:               {"visie-uitspraken", "vision statements"},
		model.FieldDependsOn:             {"hangt af van", "depends on"},
		model.FieldPilot:                 {"pilot", "pilot"},
		model.FieldKind:                  {"soort", "kind"},
		model.FieldCoverage:              {"draagvlak", "coverage"},
	}
	if f == model.FieldText {
		if entity == "agreement" {
			return b.t("afspraak", "agreement")
		}
		return b.t("tekst", "text")
	}
	if l, ok := labels[f]; ok {
		return b.t(l[0], l[1])
	}
	return string(f)
}

// fieldValue writes a changed field's value (in the interchange spelling)
// as the rest of the PDF writes it: amounts in euros, months as 03-2028,
// choices by their label; empty as "(leeg)".
func (b *builder) fieldValue(f model.Field, v string) string {
	if v == "" {
		return b.t("(leeg)", "(empty)")
	}
	switch f {
	case model.FieldCostOneOff, model.FieldCostRecurring:
		if m, err := model.ParseMoney(v); err == nil {
			return b.money(m)
		}
	case model.FieldStart, model.FieldEnd, model.FieldEvaluationMoment:
		if m, err := model.ParseMonth(v); err == nil {
			return b.month(m)
		}
	case model.FieldBlock:
		return model.Block(v).Label(b.l)
	case model.FieldCategory:
		return model.Category(v).Label(b.l)
	case model.FieldMaterialType:
		return model.Material(v).Label(b.l)
	case model.FieldFocus:
		return model.Focus(v).Label(b.l)
	case model.FieldStatus:
		return model.InvestmentStatus(v).Label(b.l)
	case model.FieldKind:
		return model.AgreementKind(v).Label(b.l)
	case model.FieldCoverage:
		return model.Coverage(v).Label(b.l)
	case model.FieldPilot:
		if v == "true" {
			return b.t("ja", "yes")
		}
		return b.t("nee", "no")
	case model.FieldReturns:
		var ls []string
		for _, r := range strings.Split(v, ", ") {
			ls = append(ls, model.Return(r).Label(b.l))
		}
		return strings.Join(ls, ", ")
	}
	return short(v, 160)
}

// parseDay reads a YYYY-MM-DD date.
func parseDay(s string) (time.Time, error) { return time.Parse("2006-01-02", s) }

// hasRealisation reports whether anything was spent on record.
func hasRealisation(r *planning.RealisationReport) bool {
	for _, y := range r.Years {
		if y.Recorded {
			return true
		}
	}
	return false
}

// asOf is the day the overdue investments are judged on: the day of the
// export when known, else the report's date (YYYY-MM-DD).
func (b *builder) asOf() string {
	d := b.reportDate()
	if !b.exported.IsZero() {
		y, m, day := b.exported.Date()
		return fmt.Sprintf("%04d-%02d-%02d", y, int(m), day)
	}
	return d.Format("2006-01-02")
}

// realisationSection is "Plan en realisatie" in the budget chapter: per
// year and bouwsteen what was planned, what was spent and the difference,
// a chart of both per year, and the investments overdue on the day of the
// export. ok is false for a plan with no realisation on record, unless it
// was adopted (it is being carried out) and has overdue investments: then
// the section says that nothing was recorded yet and flags them. A plan
// made before issue 15 thus prints as before.
func (b *builder) realisationSection() (Section, bool) {
	r := planning.Realisation(b.p)
	day := b.asOf()
	overdue := planning.Overdue(b.p, day)
	spent := hasRealisation(r)
	if !spent && (b.p.LastAdopted() == nil || len(overdue) == 0) {
		return Section{}, false
	}
	s := Section{ID: "budget-realisation", Title: b.t("Plan en realisatie", "Plan and realisation")}
	if spent {
		s.Blocks = append(s.Blocks, Paragraph(b.t(
			"Per jaar wat het plan aan uitgaven voorzag, wat er werkelijk werd uitgegeven en het verschil (uitgegeven min gepland: boven nul meer uitgegeven dan gepland). Een jaar zonder geregistreerde uitgaven is nog niet bekend, niet nul.",
			"Per year what the plan expected to spend, what was actually spent and the difference (spent minus planned: above zero more was spent than planned). A year without recorded spending is not known yet, not zero.")),
			TableBlock(b.realisationTable(r.Years, true)))
		if c := b.realisationChart(r.Years); c != nil {
			s.Blocks = append(s.Blocks, ChartBlock(c))
		}
	} else {
		// The GUI's budget screen has a tab Realisatie (budget.tab.realisation).
		s.Blocks = append(s.Blocks, b.missing(b.t(
			"Er is nog niet geregistreerd wat er werkelijk werd uitgegeven (tabblad Realisatie).",
			"What was actually spent has not been recorded yet (tab Realisation)."), model.Text{NL: "Begroting", EN: "Budget"}))
	}
	s.Blocks = append(s.Blocks, b.overdueBlocksOn(overdue, day)...)
	return s, true
}

// realisationTable is planned, spent and variance per year, the
// bouwstenen across: one row a year with the three figures on three lines,
// so that a year never splits over two pages. With total, a last row sums
// the years with spending on record (a year not known yet would make the
// variance read as underspending).
func (b *builder) realisationTable(years []planning.RealisationYear, total bool) *Table {
	cols := []Column{{Title: b.t("Jaar", "Year"), Width: 14}, {Title: "", Width: 12}}
	for _, bl := range model.Blocks() {
		cols = append(cols, Column{Title: capitalise(chart.ShortLabel(bl, b.l)), Width: 12, Align: AlignRight})
	}
	cols = append(cols, Column{Title: b.t("Totaal", "Total"), Width: 13, Align: AlignRight})
	t := &Table{Columns: cols, Empty: b.t("Geen geldige planperiode.", "No valid plan period.")}
	var sum planning.RealisationYear
	var first, last int
	for _, y := range years {
		t.Rows = append(t.Rows, b.realisationRow(strconv.Itoa(y.Year), y))
		if !y.Recorded {
			continue
		}
		if first == 0 {
			first = y.Year
		}
		last = y.Year
		for k := range sum.Planned {
			sum.Planned[k] += y.Planned[k]
			sum.Realised[k] += y.Realised[k]
			sum.Variance[k] += y.Variance[k]
		}
		sum.Recorded = true
	}
	if total && len(years) > 1 && sum.Recorded {
		label := fmt.Sprintf(b.t("%d t/m %d", "%d to %d"), first, last)
		if first == last {
			label = strconv.Itoa(first)
		}
		row := b.realisationRow(label, sum)
		row.Total = true
		t.Rows = append(t.Rows, row)
	}
	return t
}

// realisationRow is one year (or a sum of years) as one row: per
// bouwsteen gepland, uitgegeven and verschil on three lines. A year
// without a record says "nog niet bekend" instead of zeros.
func (b *builder) realisationRow(label string, y planning.RealisationYear) Row {
	what := b.t("gepland\nuitgegeven\nverschil", "planned\nspent\nvariance")
	if !y.Recorded {
		what = b.t("gepland\nuitgegeven", "planned\nspent")
	}
	r := Row{Cells: []Cell{{Text: label, Bold: true}, {Text: what, Tone: ToneMuted}}}
	cell := func(planned, spent, variance model.Money) Cell {
		if !y.Recorded {
			return Cell{Text: b.money(planned) + "\n–"}
		}
		return Cell{Text: b.money(planned) + "\n" + b.money(spent) + "\n" + b.varianceText(variance)}
	}
	for i := range model.Blocks() {
		r.Cells = append(r.Cells, cell(y.Planned[i], y.Realised[i], y.Variance[i]))
	}
	tot := cell(y.PlannedTotal(), y.RealisedTotal(), y.VarianceTotal())
	if !y.Recorded {
		tot.Text = b.money(y.PlannedTotal()) + "\n" + b.t("nog niet bekend", "not known yet")
	}
	tot.Bold = true
	r.Cells = append(r.Cells, tot)
	return r
}

// varianceText writes a variance with its sign ("+€ 100", "−€ 500"), and
// a zero as "0".
func (b *builder) varianceText(m model.Money) string {
	if m == 0 {
		return "0"
	}
	return b.signed(m)
}

// varianceCell writes an amount; a variance gets its sign and a tone
// (overspent warns), a zero variance a dash.
func (b *builder) varianceCell(m model.Money, variance bool) Cell {
	if !variance {
		return Cell{Text: b.money(m)}
	}
	if m == 0 {
		return Cell{Text: "0", Tone: ToneMuted}
	}
	return b.deltaCell(m)
}

// realisationChart draws per year two bars, planned and spent, on one
// scale; a year without a record has only its planned bar. It is drawn
// here from the report model's shapes (planning/chart has no figure for
// it yet).
func (b *builder) realisationChart(years []planning.RealisationYear) *Chart {
	if len(years) == 0 {
		return nil
	}
	const w, h = chartW, 70.0
	const left, right, top, bottom = 22.0, 4.0, 6.0, 10.0
	var top2 model.Money
	for _, y := range years {
		top2 = max(top2, y.PlannedTotal(), y.RealisedTotal())
	}
	if top2 <= 0 {
		return nil
	}
	step := niceStep(top2)
	scaleTop := ((top2 + step - 1) / step) * step
	plotH := h - top - bottom
	yOf := func(m model.Money) float64 { return top + plotH*(1-float64(m)/float64(scaleTop)) }
	planned, _ := hexColour("goal")
	spent, _ := hexColour("now")
	grid, _ := hexColour("grid")
	ink, _ := hexColour("text")
	c := &Chart{Width: w, Height: h, Shapes: []Shape{}}
	for m := model.Money(0); m <= scaleTop; m += step {
		y := yOf(m)
		c.Shapes = append(c.Shapes,
			Shape{Kind: ShapeLine, Points: []Point{Pt(left, y), Pt(w-right, y)}, Stroke: grid, Width: 0.2},
			Shape{Kind: ShapeText, Points: []Point{Pt(left-1.5, y)}, Text: b.money(m), Size: 7, Color: ink, Align: AlignRight})
	}
	slot := (w - left - right) / float64(len(years))
	bar := min(slot*0.3, 14)
	for i, y := range years {
		x := left + slot*float64(i) + slot/2
		c.Shapes = append(c.Shapes, Shape{Kind: ShapeRect, Points: []Point{Pt(x-bar, yOf(y.PlannedTotal())), Pt(x, yOf(0))}, Fill: planned})
		if y.Recorded {
			c.Shapes = append(c.Shapes, Shape{Kind: ShapeRect, Points: []Point{Pt(x, yOf(y.RealisedTotal())), Pt(x+bar, yOf(0))}, Fill: spent})
		}
		c.Shapes = append(c.Shapes, Shape{Kind: ShapeText, Points: []Point{Pt(x, h-bottom+2)}, Text: strconv.Itoa(y.Year), Size: 8, Color: ink, Align: AlignCenter, VAlign: VAlignTop})
	}
	c.Shapes = append(c.Shapes, Shape{Kind: ShapeLine, Points: []Point{Pt(left, yOf(0)), Pt(w-right, yOf(0))}, Stroke: ink, Width: 0.3})
	c.Legend = []Legend{{Label: b.t("gepland", "planned"), Color: planned}, {Label: b.t("uitgegeven", "spent"), Color: spent}}
	c.Title = b.t("Gepland en uitgegeven per jaar", "Planned and spent per year")
	return c
}

// niceStep is a round step for a scale up to m: 1, 2 or 5 times a power
// of ten euros, four to eight steps.
func niceStep(m model.Money) model.Money {
	step := model.Euros(1)
	for {
		for _, f := range []model.Money{1, 2, 5} {
			if m/(step*f) <= 6 {
				return step * f
			}
		}
		step *= 10
	}
}

// overdueBlocksOn flag the investments overdue on day (YYYY-MM-DD): a
// heading and a table with the due months in red, or nothing when none
// is.
func (b *builder) overdueBlocksOn(os []planning.OverdueInvestment, day string) []Block {
	if len(os) == 0 {
		return nil
	}
	if d, err := parseDay(day); err == nil {
		day = b.dateText(d)
	}
	t := &Table{Columns: []Column{
		{Title: b.t("Code", "Code"), Width: 8},
		{Title: b.t("Investering", "Investment"), Width: 38},
		{Title: b.t("Bouwsteen", "Building block"), Width: 18},
		{Title: b.t("Klaar in", "Due"), Width: 12},
		{Title: b.t("Status", "Status"), Width: 14},
	}}
	for _, o := range os {
		t.Rows = append(t.Rows, Row{Cells: []Cell{{Text: o.Code, Bold: true}, {Text: o.Title}, {Text: capitalise(o.Block.Label(b.l))},
			{Text: b.month(o.Due), Tone: ToneBad}, {Text: capitalise(o.Status.Label(b.l))}}})
	}
	// A heading, not a callout: the layout keeps a heading with the block
	// after it, so the flag never stands at the foot of a page with its
	// table on the next; the due months are red.
	t.Caption = fmt.Sprintf(b.t(
		"Op %s zijn deze investeringen voorbij de maand waarin ze klaar zouden zijn, en niet afgerond.",
		"On %s these investments are past the month they were due in, and not finished."), day)
	return []Block{
		Heading(fmt.Sprintf(b.t("Te laat: %d investering(en)", "Overdue: %d investment(s)"), len(os))),
		TableBlock(t),
	}
}
