package export

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"balansplan/model"
	"balansplan/planning"
)

// The progress report (voortgangsrapportage, issue 15): a short document
// of one calendar year that a school pastes into its jaarverslag. What was
// spent against the plan, how every vision statement was evaluated, what
// changed since the adopted version, the balance then and now, and what
// comes next. The data is planning.ProgressReportOf; the layout, fonts,
// dates and determinism are the plan PDF's (the builder, layOut, paint).

// BuildProgress makes the progress report of year y of plan p in language
// l, as BuildProgressOn without a day of export.
func BuildProgress(p *model.Plan, y int, l model.Lang) *Report {
	return BuildProgressOn(p, y, l, time.Time{})
}

// BuildProgressOn makes the progress report of year y, made on the day of
// exported (the plan's own date wins, as in BuildOn). The states of the
// year (overdue, status) are taken on 31 December of y. It depends on
// nothing but its arguments.
func BuildProgressOn(p *model.Plan, y int, l model.Lang, exported time.Time) *Report {
	if l != model.EN {
		l = model.NL
	}
	pr := planning.ProgressReportOf(p, y)
	b := newBuilder(p, planning.Analyse(planning.AtYear(p, y), nil), l)
	b.exported = exported
	meta := b.meta()
	meta.Title = short(fmt.Sprintf(b.t("Voortgangsrapportage %d: ", "Progress report %d: "), y)+p.Title, 300)
	meta.Subject = short(fmt.Sprintf(b.t("Voortgang in %d van het ict-beleidsplan van ", "Progress in %d of the ICT policy plan of "), y)+p.School.Name, 300)
	r := &Report{
		Lang:     l,
		Meta:     meta,
		Header:   p.School.Name,
		Footer:   b.t("pagina {page} van {pages}", "page {page} of {pages}"),
		Cut:      b.t("[ingekort]", "[cut short]"),
		Cover:    b.progressCover(pr),
		Contents: b.t("Inhoud", "Contents"),
	}
	chapters := []Chapter{b.progressSummary(pr), b.progressMoney(pr), b.progressEvaluations(pr), b.progressChanges(pr),
		b.progressBalance(pr), b.progressNext(pr)}
	r.Chapters = numberChapters(chapters)
	return r
}

// numberChapters numbers chapters 1, 2, ... and their sections 1.1, 1.2,
// ... in order, as every document of the package numbers them.
func numberChapters(chapters []Chapter) []Chapter {
	for i := range chapters {
		ch := &chapters[i]
		ch.Number = strconv.Itoa(i + 1)
		for j := range ch.Sections {
			ch.Sections[j].Number = fmt.Sprintf("%d.%d", i+1, j+1)
		}
	}
	return chapters
}

// ExportProgressPDFOn builds the progress report of year y and writes it
// atomically to path, as ExportPDFOn writes the plan. Errors are *Error.
func ExportProgressPDFOn(p *model.Plan, y int, l model.Lang, path string, exported time.Time) error {
	r := BuildProgressOn(p, y, l, exported)
	return writeFile(path, func(w io.Writer) error { return RenderPDF(r, w) })
}

func (b *builder) progressCover(pr *planning.ProgressReport) Cover {
	p := b.p
	c := Cover{
		Kicker: b.t("Voortgangsrapportage · Vier in balans", "Progress report · Four in balance"),
		Title:  fmt.Sprintf(b.t("Voortgang in %d", "Progress in %d"), pr.Year),
		School: p.School.Name,
		Period: p.Title,
		Note: b.t(
			"Opgesteld met Balansplan voor het jaarverslag. De cijfers zijn berekend uit het plan: de begroting, de geregistreerde uitgaven, de evaluaties en de zelfevaluatie.",
			"Written with Balansplan for the annual report. The figures are computed from the plan: the budget, the recorded spending, the evaluations and the self-assessment."),
	}
	status := p.Status
	if status == "" {
		status = model.StatusConcept
	}
	c.Fields = []Field{
		{b.t("Jaar", "Year"), strconv.Itoa(pr.Year)},
		{b.t("Planperiode", "Plan period"), fmt.Sprintf("%d – %d", p.StartYear, p.EndYear)},
		{b.t("Versie", "Version"), strings.TrimSpace(p.Version + " (" + status.Label(b.l) + ")")},
		{b.t("Datum", "Date"), b.coverDate()},
	}
	for _, bl := range model.Blocks() {
		col, _ := hexColour("block." + string(bl))
		c.Stripe = append(c.Stripe, col)
	}
	return c
}

// rated is how many visions have an evaluation of the year.
func rated(es []planning.VisionYear) int {
	n := 0
	for _, e := range es {
		if e.Recorded {
			n++
		}
	}
	return n
}

func (b *builder) progressSummary(pr *planning.ProgressReport) Chapter {
	ch := Chapter{ID: "progress-summary", Title: b.t("Samenvatting", "Summary")}
	ry, td := pr.Realisation, pr.ToDate
	spent := b.t("nog niet bekend", "not known yet")
	variance := spent
	if ry.Recorded {
		spent, variance = b.money(ry.RealisedTotal()), b.signed(ry.VarianceTotal())
	}
	ch.Blocks = append(ch.Blocks, StyledParagraph(StyleLead, fmt.Sprintf(b.t(
		"Dit is de voortgang in %d van het plan ‘%s’%s: wat de school uitgaf tegen wat het plan voorzag, hoe de visie-uitspraken zijn geëvalueerd, wat er aan het plan veranderde, hoe de balans er toen en nu voorstaat, en wat de volgende stappen zijn.",
		"This is the progress in %d of the plan ‘%s’%s: what the school spent against what the plan expected, how the vision statements were evaluated, what changed in the plan, where the balance stood then and stands now, and what the next steps are."),
		pr.Year, b.p.Title, b.periodUnlessTitled())))
	fields := []Field{
		{fmt.Sprintf(b.t("Gepland in %d", "Planned in %d"), pr.Year), b.money(ry.PlannedTotal())},
		{fmt.Sprintf(b.t("Uitgegeven in %d", "Spent in %d"), pr.Year), spent},
		{b.t("Verschil (uitgegeven min gepland)", "Variance (spent minus planned)"), variance},
		{fmt.Sprintf(b.t("Gepland %d t/m %d", "Planned %d to %d"), b.p.StartYear, pr.Year), b.money(td.PlannedTotal())},
		{fmt.Sprintf(b.t("Uitgegeven %d t/m %d", "Spent %d to %d"), b.p.StartYear, pr.Year), b.money(td.RealisedTotal())},
		{fmt.Sprintf(b.t("Visie-uitspraken geëvalueerd in %d", "Vision statements evaluated in %d"), pr.Year), fmt.Sprintf(b.t("%d van %d", "%d of %d"), rated(pr.Evaluations), len(pr.Evaluations))},
		{fmt.Sprintf(b.t("Te laat op 31 december %d", "Overdue on 31 December %d"), pr.Year), strconv.Itoa(len(pr.Overdue))},
	}
	if pr.Changes != nil {
		d := pr.Changes
		fields = append(fields, Field{fmt.Sprintf(b.t("Gewijzigd sinds versie %s", "Changed since version %s"), pr.Since), fmt.Sprintf(b.t(
			"%d visie-uitspraken, %d investeringen, %d afspraken; uitgaven %s", "%d vision statements, %d investments, %d agreements; spending %s"),
			len(d.Visions), len(d.Investments), len(d.Agreements), b.signed(d.DeltaTotal.Sum()))})
	}
	ch.Blocks = append(ch.Blocks, Fields(fields...))
	return ch
}

// signed writes an amount with its sign: "+€ 500", "−€ 2.000", "€ 0".
func (b *builder) signed(m model.Money) string {
	if m > 0 {
		return "+" + b.money(m)
	}
	return b.money(m)
}

func (b *builder) progressMoney(pr *planning.ProgressReport) Chapter {
	ch := Chapter{ID: "progress-money", Title: b.t("Gerealiseerd tegen gepland", "Realised against planned")}
	ch.Blocks = append(ch.Blocks, Paragraph(b.t(
		"Gepland is wat het plan in het jaar aan uitgaven voorzag: eenmalige kosten in het startjaar plus de jaarlijkse kosten. Uitgegeven is wat de school registreerde. Het verschil is uitgegeven min gepland: boven nul gaf de school meer uit dan gepland.",
		"Planned is what the plan expected to spend in the year: one-off costs in the start year plus the annual costs. Spent is what the school recorded. The variance is spent minus planned: above zero the school spent more than planned.")))
	blocks := Section{ID: "progress-blocks", Title: b.t("Per bouwsteen", "Per building block")}
	to := pr.ToDate
	to.Year = 0
	t := b.realisationTable([]planning.RealisationYear{pr.Realisation}, false)
	row := b.realisationRow(fmt.Sprintf(b.t("%d t/m %d", "%d to %d"), b.p.StartYear, pr.Year), to)
	row.Total = true
	t.Rows = append(t.Rows, row)
	blocks.Blocks = append(blocks.Blocks, TableBlock(t))
	var years []planning.RealisationYear
	for _, ry := range planning.Realisation(b.p).Years {
		if ry.Year <= pr.Year {
			years = append(years, ry)
		}
	}
	if c := b.realisationChart(years); c != nil {
		blocks.Blocks = append(blocks.Blocks, ChartBlock(c))
	}

	lines := Section{ID: "progress-lines", Title: b.t("Per investering", "Per investment")}
	lt := &Table{Columns: []Column{
		{Title: b.t("Code", "Code"), Width: 8},
		{Title: b.t("Investering", "Investment"), Width: 34},
		{Title: b.t("Bouwsteen", "Building block"), Width: 16},
		{Title: b.t("Gepland", "Planned"), Width: 13, Align: AlignRight},
		{Title: b.t("Uitgegeven", "Spent"), Width: 13, Align: AlignRight},
		{Title: b.t("Verschil", "Variance"), Width: 13, Align: AlignRight},
		{Title: b.t("Status", "Status"), Width: 14},
	}, Empty: fmt.Sprintf(b.t("Het plan voorzag in %d geen uitgaven en er is niets geregistreerd.", "The plan expected no spending in %d and nothing was recorded."), pr.Year)}
	for _, l := range pr.Lines {
		spent, variance := Cell{Text: "–", Tone: ToneMuted}, Cell{Text: b.t("nog niet bekend", "not known yet"), Tone: ToneMuted}
		if l.Recorded {
			spent = Cell{Text: b.money(l.Realised.Total())}
			variance = b.varianceCell(l.Variance, true)
		}
		st := model.InvestmentStatus("")
		if inv, ok := b.p.Investment(l.ID); ok {
			st = inv.StatusOn(pr.AsOf)
		}
		lt.Rows = append(lt.Rows, Row{Cells: []Cell{{Text: l.Code, Bold: true}, {Text: l.Title}, {Text: capitalise(l.Block.Label(b.l))},
			{Text: b.money(l.Planned)}, spent, variance, {Text: capitalise(st.Label(b.l))}}})
	}
	lines.Blocks = append(lines.Blocks, TableBlock(lt))
	ch.Sections = []Section{blocks, lines}
	return ch
}

func (b *builder) ratingText(e planning.VisionYear) Cell {
	switch {
	case !e.Recorded:
		return Cell{Text: b.t("nog niet geëvalueerd", "not evaluated yet"), Tone: ToneMissing}
	case !e.Rating.Known():
		return Cell{Text: b.t("niet beoordeeld", "not rated"), Tone: ToneMuted}
	}
	tone := ToneWarn
	switch {
	case e.Rating >= 4:
		tone = ToneGood
	case e.Rating <= 2:
		tone = ToneBad
	}
	return Cell{Text: fmt.Sprintf(b.t("%d van 5", "%d of 5"), e.Rating), Tone: tone, Bold: true}
}

func (b *builder) progressEvaluations(pr *planning.ProgressReport) Chapter {
	ch := Chapter{ID: "progress-evaluations", Title: b.t("Evaluatie per visie-uitspraak", "Evaluation per vision statement")}
	ch.Blocks = append(ch.Blocks, Paragraph(fmt.Sprintf(b.t(
		"Per visie-uitspraak het oordeel over %d: kwamen de opbrengsten (1 niet, 5 volledig), gemeten aan de indicator die het plan noemt.",
		"Per vision statement the judgement of %d: did the returns come (1 not, 5 fully), measured against the indicator the plan names."), pr.Year)))
	t := &Table{Columns: []Column{
		{Title: b.t("Code", "Code"), Width: 8},
		{Title: b.t("Visie-uitspraak", "Vision statement"), Width: 30},
		{Title: b.t("Indicator", "Indicator"), Width: 26},
		{Title: b.t("Oordeel", "Rating"), Width: 14},
		{Title: b.t("Toelichting", "Note"), Width: 32},
	}, Empty: b.t("Het plan heeft geen visie-uitspraken.", "The plan has no vision statements.")}
	for _, e := range pr.Evaluations {
		ind := Cell{Text: e.Indicator}
		if e.Indicator == "" {
			ind = Cell{Text: b.t("geen indicator", "no indicator"), Tone: ToneMissing}
		} else if !e.Moment.IsZero() {
			ind.Text += " (" + b.month(e.Moment) + ")"
		}
		t.Rows = append(t.Rows, Row{Cells: []Cell{{Text: e.Code, Bold: true}, {Text: e.Title}, ind, b.ratingText(e), {Text: e.Note}}})
	}
	ch.Blocks = append(ch.Blocks, TableBlock(t))
	return ch
}

func (b *builder) progressChanges(pr *planning.ProgressReport) Chapter {
	ch := Chapter{ID: "progress-changes", Title: b.t("Wat er veranderde", "What changed")}
	switch {
	case pr.Changes == nil:
		ch.Blocks = append(ch.Blocks, Paragraph(b.t(
			"Het plan is nog niet vastgesteld; er is geen vastgestelde versie om mee te vergelijken.",
			"The plan has not been adopted yet; there is no adopted version to compare with.")))
	case pr.Changes.Empty():
		ch.Blocks = append(ch.Blocks, Paragraph(fmt.Sprintf(b.t(
			"Sinds versie %s, de laatst vastgestelde, is er niets aan het plan veranderd.",
			"Nothing in the plan changed since version %s, the last adopted one."), pr.Since)))
	default:
		if v, ok := b.p.VersionNumbered(pr.Since); ok {
			ch.Blocks = append(ch.Blocks, Paragraph(b.sinceText(v)))
		}
		ch.Sections = b.diffSections(pr.Changes, "progress-changes")
	}
	return ch
}

func (b *builder) progressBalance(pr *planning.ProgressReport) Chapter {
	ch := Chapter{ID: "progress-balance", Title: b.t("De balans toen en nu", "The balance then and now")}
	rounds := planning.Rounds(b.p)
	ch.Blocks = append(ch.Blocks, Paragraph(b.t(
		"Het niveau van iedere bouwsteen in elke zelfevaluatieronde (het gemiddelde van het team, 1 tot 5), en de plaats van het plan in de balansmatrix toen het werd vastgesteld en nu.",
		"The level of every building block in each self-assessment round (the team's mean, 1 to 5), and the plan's place in the balance matrix when it was adopted and now.")))
	cols := []Column{{Title: b.t("Bouwsteen", "Building block"), Width: 24}}
	for _, r := range rounds {
		cols = append(cols, Column{Title: fmt.Sprintf(b.t("Ronde %d", "Round %d"), b.roundYear(r.Year)), Width: 14, Align: AlignRight})
	}
	if len(rounds) > 0 {
		cols = append(cols, Column{Title: b.t("Doel", "Goal"), Width: 14, Align: AlignRight})
	}
	t := &Table{Columns: cols, Empty: b.t("Er is nog geen zelfevaluatie.", "There is no self-assessment yet.")}
	if len(rounds) > 0 {
		for i, bl := range model.Blocks() {
			row := Row{Cells: []Cell{{Text: capitalise(bl.Label(b.l)), Bold: true}}}
			for _, r := range rounds {
				row.Cells = append(row.Cells, Cell{Text: b.level(r.Levels.Blocks[i].Now.Level())})
			}
			last := rounds[len(rounds)-1].Levels.Blocks[i]
			row.Cells = append(row.Cells, Cell{Text: b.level(last.Goal.Level()), Tone: ToneMuted})
			t.Rows = append(t.Rows, row)
		}
	}
	ch.Blocks = append(ch.Blocks, TableBlock(t))
	if c := b.roundsChart(rounds); c != nil {
		ch.Blocks = append(ch.Blocks, ChartBlock(c))
	}
	then := b.t("toen (het plan)", "then (the plan)")
	if pr.Since != "" {
		then = fmt.Sprintf(b.t("toen (versie %s)", "then (version %s)"), pr.Since)
	}
	ch.Blocks = append(ch.Blocks, Heading(b.t("Plaats in de balansmatrix", "Place in the balance matrix")), Fields(
		Field{capitalise(then), fmt.Sprintf(b.t("nu %s, doel %s", "now %s, goal %s"), b.cellText(pr.Then.Position.Now), b.cellText(pr.Then.Position.Goal))},
		Field{fmt.Sprintf(b.t("Nu (%d)", "Now (%d)"), pr.Year), fmt.Sprintf(b.t("nu %s, doel %s", "now %s, goal %s"), b.cellText(pr.Now.Position.Now), b.cellText(pr.Now.Position.Goal))},
	))
	return ch
}

// roundYear is a round's calendar year: 0 is the plan's first round, its
// start year.
func (b *builder) roundYear(y int) int {
	if y == 0 {
		return b.p.StartYear
	}
	return y
}

// roundsChart draws each bouwsteen's level over the rounds: a line per
// bouwsteen in its colour on the scale 1 to 5, a point per round. A
// bouwsteen nobody scored in a round has no point there.
func (b *builder) roundsChart(rounds []planning.RoundLevels) *Chart {
	if len(rounds) == 0 {
		return nil
	}
	const w, h = chartW, 64.0
	const left, right, top, bottom = 12.0, 8.0, 5.0, 10.0
	plotH := h - top - bottom
	yOf := func(v float64) float64 { return top + plotH*(5-v)/4 }
	slot := (w - left - right) / float64(len(rounds))
	xOf := func(i int) float64 { return left + slot*float64(i) + slot/2 }
	grid, _ := hexColour("grid")
	ink, _ := hexColour("text")
	c := &Chart{Width: w, Height: h, Shapes: []Shape{}}
	for v := 1; v <= 5; v++ {
		y := yOf(float64(v))
		c.Shapes = append(c.Shapes,
			Shape{Kind: ShapeLine, Points: []Point{Pt(left, y), Pt(w-right, y)}, Stroke: grid, Width: 0.2},
			Shape{Kind: ShapeText, Points: []Point{Pt(left-2, y)}, Text: strconv.Itoa(v), Size: 7, Color: ink, Align: AlignRight})
	}
	for i, r := range rounds {
		c.Shapes = append(c.Shapes, Shape{Kind: ShapeText, Points: []Point{Pt(xOf(i), h-bottom+2)}, Text: strconv.Itoa(b.roundYear(r.Year)),
			Size: 8, Color: ink, Align: AlignCenter, VAlign: VAlignTop})
	}
	for k, bl := range model.Blocks() {
		col, _ := hexColour("block." + string(bl))
		var run []Point
		flush := func() {
			if len(run) > 1 {
				c.Shapes = append(c.Shapes, Shape{Kind: ShapeLine, Points: run, Stroke: col, Width: 0.6})
			}
			run = nil
		}
		for i, r := range rounds {
			lv := r.Levels.Blocks[k].Now.Level()
			if !lv.Known {
				flush()
				continue
			}
			// Points of equal level would hide each other: each bouwsteen
			// sits a little beside the round's centre.
			pt := Pt(xOf(i)+float64(k-2)*1.6, yOf(lv.Value))
			run = append(run, pt)
			c.Shapes = append(c.Shapes, Shape{Kind: ShapeCircle, Points: []Point{pt}, R: 1.1, Fill: col})
		}
		flush()
		for _, r := range rounds {
			if r.Levels.Blocks[k].Now.Level().Known {
				c.Legend = append(c.Legend, Legend{Label: capitalise(bl.Label(b.l)), Color: col})
				break
			}
		}
	}
	c.Title = b.t("Niveau per bouwsteen per zelfevaluatieronde", "Level per building block per self-assessment round")
	return c
}

func (b *builder) progressNext(pr *planning.ProgressReport) Chapter {
	ch := Chapter{ID: "progress-next", Title: b.t("Volgende stappen", "Next steps")}
	ch.Blocks = append(ch.Blocks, Paragraph(fmt.Sprintf(b.t(
		"Waar de school in %d aan werkt: eerst wat te laat is, dan wat begint, dan wat doorloopt, met wat het plan er in %d voor uittrekt.",
		"What the school works on in %d: first what is overdue, then what starts, then what continues, with what the plan spends on it in %d."), pr.Year+1, pr.Year+1)))
	t := &Table{Columns: []Column{
		{Title: b.t("Code", "Code"), Width: 8},
		{Title: b.t("Investering", "Investment"), Width: 28},
		{Title: b.t("Bouwsteen", "Building block"), Width: 16},
		{Title: b.t("Periode", "Period"), Width: 22},
		{Title: b.t("Waarom", "Why"), Width: 22},
		{Title: fmt.Sprintf(b.t("Gepland %d", "Planned %d"), pr.Year+1), Width: 14, Align: AlignRight},
	}, Empty: fmt.Sprintf(b.t("Het plan heeft voor %d niets meer op de planning.", "The plan has nothing scheduled for %d."), pr.Year+1)}
	for _, s := range pr.NextSteps {
		period := "–"
		if inv, ok := b.p.Investment(s.ID); ok {
			period = b.period(inv)
		}
		why := Cell{Text: s.Reason.Label(b.l)}
		if s.Reason == planning.StepOverdue {
			why.Tone = ToneBad
		}
		t.Rows = append(t.Rows, Row{Cells: []Cell{{Text: s.Code, Bold: true}, {Text: s.Title}, {Text: capitalise(s.Block.Label(b.l))}, {Text: period}, why, {Text: b.money(s.Planned)}}})
	}
	ch.Blocks = append(ch.Blocks, TableBlock(t))
	ch.Blocks = append(ch.Blocks, b.overdueBlocksOn(pr.Overdue, pr.AsOf)...)
	return ch
}

// periodUnlessTitled is " (2027 – 2030)" after the plan's title, or
// nothing when the title already names both years: the period is said
// once.
func (b *builder) periodUnlessTitled() string {
	start, end := strconv.Itoa(b.p.StartYear), strconv.Itoa(b.p.EndYear)
	if strings.Contains(b.p.Title, start) && strings.Contains(b.p.Title, end) {
		return ""
	}
	return fmt.Sprintf(" (%s – %s)", start, end)
}
