package export

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"balansplan/model"
	"balansplan/planning"
	"balansplan/planning/board"
	"balansplan/planning/chart"
)

// The bestuursrapportage (issue 16): the board's document over the plans
// of all its schools, from the roll-up of planning/board. It uses the plan
// report's parts (Report, layout, painter), so it has the plan PDF's table
// of contents, bookmarks, footers and byte-for-byte determinism. In the
// order a board reads it:
//
//  1. Samenvatting: the cash out per year of all schools against the
//     board's ceiling, then who needs attention (high-severity findings,
//     no adopted plan, period ended, the same plan twice, files not read).
//  2. Begroting: the board's budget chart (the plan's own figure,
//     planning/chart.BudgetBars, over the board's years: stacked per
//     bouwsteen, because what the board steers on is what the money buys;
//     the schools' shares follow in the table per school), a table per
//     year and bouwsteen, and one per school and year.
//  3. Balans: the heat map of levels (schools by bouwsteen, the level in
//     each coloured cell) and every school's route and positions.
//  4. One chapter per school, one page: a poster of its plan (status,
//     route with T and E, levels, budget per year, its findings).

// BuildBoard makes the bestuursrapportage of roll-up bd in language l.
// exported is the day of the export (the caller's clock: the GUI and the
// command line pass time.Now() or SOURCE_DATE_EPOCH's moment); zero dates
// the report by the roll-up's own date. Like Build it depends on nothing
// but its arguments, and it changes neither.
func BuildBoard(bd *board.Board, l model.Lang, exported time.Time) *Report {
	if l != model.EN {
		l = model.NL
	}
	r := &rollup{builder: newBuilder(&model.Plan{}, &planning.Analysis{}, l), bd: bd}
	r.exported = exported
	r.names = bd.Labels()
	name := r.boardName()
	date := r.date()
	rep := &Report{
		Lang: l,
		Meta: Meta{
			Title:    short(r.t("Bestuursrapportage ict-beleid: ", "Board report on ICT policy: ")+name, 300),
			Subject:  short(r.t("De ict-beleidsplannen van de scholen van ", "The ICT policy plans of the schools of ")+name, 300),
			Keywords: r.t("bestuursrapportage, ict-beleidsplan, Vier in balans, Kennisnet", "board report, ICT policy plan, Four in balance, Kennisnet"),
			Creator:  "Balansplan",
			Date:     date,
		},
		Header:   name,
		Footer:   r.t("pagina {page} van {pages}", "page {page} of {pages}"),
		Cut:      r.t("[ingekort]", "[cut short]"),
		Cover:    r.boardCover(name, date),
		Contents: r.t("Inhoud", "Contents"),
	}
	chapters := []Chapter{r.summaryPage(), r.budgetPages(), r.balancePages()}
	for i := range bd.Schools {
		chapters = append(chapters, r.schoolPage(i))
	}
	rep.Chapters = numberChapters(chapters)
	return rep
}

// ExportBoardPDFOn builds the bestuursrapportage of bd and writes it
// atomically to path, as ExportPDFOn does for a plan. progress, when not
// nil, is called with (done, total) after each of its three steps. Errors
// are *Error.
func ExportBoardPDFOn(bd *board.Board, l model.Lang, path string, progress func(done, total int), exported time.Time) error {
	step := progressSteps(progress, 3)
	step(0)
	r := BuildBoard(bd, l, exported)
	step(1)
	m, err := loadMetrics()
	if err != nil {
		return &Error{Kind: ErrRender, Path: path, Err: err}
	}
	lo := layOut(m, r)
	step(2)
	if err := writeFile(path, func(w io.Writer) error { return paintPDF(r, lo, w) }); err != nil {
		return err
	}
	step(3)
	return nil
}

// rollup builds the bestuursrapportage; the embedded builder (of an empty
// plan) lends it the plan report's wording of numbers, money and dates.
type rollup struct {
	*builder
	bd *board.Board
	// names are the schools' names as the report prints them
	// (board.Board.Labels).
	names []string
}

// boardName is the board's name, or a description when no name is known.
func (r *rollup) boardName() string {
	if strings.TrimSpace(r.bd.Name) != "" {
		return r.bd.Name
	}
	return r.t("Het bestuur", "The board")
}

// date is the report's date: the day of the export, else the roll-up's.
func (r *rollup) date() time.Time {
	if !r.exported.IsZero() {
		y, m, d := r.exported.Date()
		return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	}
	if d, err := time.Parse(time.DateOnly, r.bd.Date); err == nil {
		return d
	}
	return time.Date(2000, time.January, 1, 0, 0, 0, 0, time.UTC)
}

func (r *rollup) boardCover(name string, date time.Time) Cover {
	bd := r.bd
	c := Cover{
		Kicker: r.t("Bestuursrapportage · Vier in balans", "Board report · Four in balance"),
		Title:  r.t("De ict-beleidsplannen van onze scholen", "The ICT policy plans of our schools"),
		School: name,
		Note: r.t(
			"Opgesteld met Balansplan uit de planbestanden van de scholen, die alleen gelezen zijn. Elk cijfer is berekend uit het plan van de school zelf, zoals het plan van die school het laat zien.",
			"Written with Balansplan from the schools' plan files, which were only read. Every figure is computed from the school's own plan, as that school's plan shows it."),
	}
	if n := len(bd.Years); n > 0 {
		c.Period = fmt.Sprintf("%s %d – %d", r.t("Jaren", "Years"), bd.Years[0].Year, bd.Years[n-1].Year)
	}
	c.Fields = []Field{
		{r.t("Datum", "Date"), r.dateText(date)},
		{r.t("Scholen", "Schools"), strconv.Itoa(len(bd.Schools))},
		{r.t("Beoordeeld op", "Judged on"), r.dayText(bd.Date)},
	}
	if n := len(bd.Unread); n > 0 {
		nl, en := "%d bestanden (zie de samenvatting)", "%d files (see the summary)"
		if n == 1 {
			nl, en = "%d bestand (zie de samenvatting)", "%d file (see the summary)"
		}
		c.Fields = append(c.Fields, Field{r.t("Niet gelezen", "Not read"), fmt.Sprintf(r.t(nl, en), n)})
	}
	for _, bl := range []model.Block{model.BlockVisie, model.BlockDeskundigheid, model.BlockInhoud, model.BlockInfrastructuur} {
		col, _ := hexColour("block." + string(bl))
		c.Stripe = append(c.Stripe, col)
	}
	return c
}

// dayText writes a YYYY-MM-DD date in full, or as given when it is none.
func (r *rollup) dayText(s string) string {
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return s
	}
	return r.dateText(d)
}

// hasCeiling reports whether the board gave a ceiling for any year.
func (r *rollup) hasCeiling() bool {
	for _, y := range r.bd.Years {
		if y.HasCeiling {
			return true
		}
	}
	return false
}

// --- 1 summary ----------------------------------------------------------------

func (r *rollup) summaryPage() Chapter {
	bd := r.bd
	ch := Chapter{ID: "board-summary", Title: r.t("Samenvatting", "Summary")}
	ch.Blocks = append(ch.Blocks, StyledParagraph(StyleLead, fmt.Sprintf(r.t(
		"%[1]d scholen, samen %[2]s aan uitgaven over hun planperiodes. %[3]s",
		"%[1]d schools, %[2]s of cash out over their plan periods together. %[3]s"),
		len(bd.Schools), r.money(bd.TotalCashOut), r.ceilingVerdict())))

	t := &Table{
		Caption: r.t("Uitgaven van alle scholen per jaar tegen het plafond van het bestuur", "Cash out of all schools per year against the board's ceiling"),
		Columns: []Column{
			{Title: r.t("Jaar", "Year"), Width: 10},
			{Title: r.t("Scholen", "Schools"), Width: 10, Align: AlignRight},
			{Title: r.t("Uitgaven", "Cash out"), Width: 18, Align: AlignRight},
			{Title: r.t("Plafond", "Ceiling"), Width: 18, Align: AlignRight},
			{Title: r.t("Ruimte", "Headroom"), Width: 18, Align: AlignRight},
			{Title: r.t("Per leerling", "Per pupil"), Width: 14, Align: AlignRight},
		},
		Empty: r.t("Geen enkel plan heeft een geldige planperiode.", "No plan has a valid plan period."),
	}
	for _, y := range bd.Years {
		t.Rows = append(t.Rows, r.yearRow(y))
	}
	if len(bd.Years) > 0 {
		t.Rows = append(t.Rows, Row{Total: true, Cells: []Cell{{Text: r.t("Totaal", "Total")}, {}, {Text: r.money(bd.TotalCashOut)}, {}, {}, {}}})
	}
	ch.Blocks = append(ch.Blocks, TableBlock(t))

	att := Section{ID: "board-attention", Title: r.t("Wat aandacht vraagt", "What needs attention")}
	att.Blocks = append(att.Blocks, r.attentionBlocks()...)
	ch.Sections = []Section{att}
	return ch
}

// ceilingVerdict says in one sentence how the years relate to the ceiling.
func (r *rollup) ceilingVerdict() string {
	if !r.hasCeiling() {
		return r.t("Het bestuur gaf geen plafond per jaar op.", "The board gave no ceiling per year.")
	}
	var over []string
	var sum model.Money
	for _, y := range r.bd.Years {
		if y.Over {
			over = append(over, strconv.Itoa(y.Year))
			sum -= y.Headroom()
		}
	}
	if len(over) == 0 {
		return r.t("Elk jaar met een plafond blijft eronder.", "Every year with a ceiling stays below it.")
	}
	return fmt.Sprintf(r.t("Boven het plafond in %s, samen %s te veel.", "Over the ceiling in %s, %s too much in all."), r.list(over), r.money(sum))
}

func (r *rollup) yearRow(y board.BoardYear) Row {
	row := Row{Cells: []Cell{{Text: strconv.Itoa(y.Year), Bold: true}, {Text: strconv.Itoa(y.Schools)}, {Text: r.money(y.CashOut)}}}
	if y.HasCeiling {
		room := Cell{Text: r.money(y.Headroom())}
		if y.Over {
			room.Tone = ToneBad
		}
		row.Cells = append(row.Cells, Cell{Text: r.money(y.Ceiling)}, room)
	} else {
		row.Cells = append(row.Cells, Cell{Text: "–"}, Cell{Text: "–"})
	}
	pp := Cell{Text: "–"}
	if y.HasPerPupil {
		pp.Text = r.money(y.PerPupil)
	}
	return Row{Cells: append(row.Cells, pp)}
}

// attentionBlocks lists the schools that need the board's attention, and
// the files that were not read, each under a heading of its own; a list
// that is empty says so in one line, so the board sees it was looked at.
func (r *rollup) attentionBlocks() []Block {
	bd := r.bd
	var out []Block
	list := func(title, none string, items []string) {
		out = append(out, Heading(title))
		if len(items) == 0 {
			out = append(out, StyledParagraph(StyleNote, none))
			return
		}
		out = append(out, List(items...))
	}
	var items []string
	for _, i := range bd.HighFindings {
		s := bd.Schools[i]
		var cs []string
		for _, c := range s.High {
			cs = append(cs, string(c))
		}
		items = append(items, fmt.Sprintf(r.t("%s: %d hoog (%s)", "%s: %d high (%s)"), r.names[i], s.Findings.Hoog, strings.Join(cs, ", ")))
	}
	list(r.t("Scholen met bevindingen van hoge ernst", "Schools with high-severity findings"), r.t("Geen.", "None."), items)

	items = nil
	for _, i := range bd.NotAdopted {
		s := bd.Schools[i]
		status := s.Status
		if status == "" {
			status = model.StatusConcept
		}
		items = append(items, fmt.Sprintf("%s: %s", r.names[i], status.Label(r.l)))
	}
	list(r.t("Scholen zonder vastgesteld plan", "Schools without an adopted plan"), r.t("Geen: elk plan is vastgesteld.", "None: every plan is adopted."), items)

	items = nil
	for _, i := range bd.PeriodEnded {
		s := bd.Schools[i]
		items = append(items, fmt.Sprintf(r.t("%s: planperiode %d – %d", "%s: plan period %d – %d"), r.names[i], s.StartYear, s.EndYear))
	}
	list(r.t("Scholen waarvan de planperiode voorbij is", "Schools whose plan period has ended"), r.t("Geen.", "None."), items)

	if len(bd.Duplicates) > 0 {
		items = nil
		for _, g := range bd.Duplicates {
			var fs []string
			for _, i := range g {
				fs = append(fs, bd.Schools[i].File)
			}
			items = append(items, r.list(fs))
		}
		list(r.t("Bestanden met hetzelfde plan (telt dubbel)", "Files holding the same plan (counted twice)"), "", items)
	}

	items = nil
	for _, u := range bd.Unread {
		items = append(items, u.Text.In(r.l))
	}
	list(r.t("Bestanden die niet meetellen", "Files not counted"), r.t("Geen: elk bestand is gelezen.", "None: every file was read."), items)
	return out
}

// --- 2 budget -------------------------------------------------------------------

func (r *rollup) budgetPages() Chapter {
	bd := r.bd
	ch := Chapter{ID: "board-budget", Title: r.t("Geconsolideerde begroting", "Consolidated budget")}
	ch.Blocks = append(ch.Blocks, Paragraph(r.t(
		"De uitgaven van alle scholen samen, per jaar en per bouwsteen: wat het geld koopt. Een gestippelde lijn is het plafond van het bestuur; een rood omlijnde staaf gaat erboven. Bedragen zijn uitgaven (kasstroom) zoals elk plan ze telt; geschrapte investeringen tellen niet mee.",
		"The cash out of all schools together, per year and per building block: what the money buys. A dashed line is the board's ceiling; a bar outlined in red goes over it. Amounts are cash out as every plan counts it; cancelled investments do not count.")))
	if len(bd.Years) > 0 {
		a := &planning.Analysis{Budget: bd.Budget()}
		c := figure(chart.BudgetBars(a, r.l, chart.Box{W: chartW, H: 82}), figureOpts{})
		c.Title = r.t("Uitgaven per jaar en bouwsteen tegen het plafond", "Cash out per year and building block against the ceiling")
		ch.Blocks = append(ch.Blocks, ChartBlock(c))
	}

	blocks := Section{ID: "board-budget-blocks", Title: r.t("Per jaar en bouwsteen", "Per year and building block")}
	cols := []Column{{Title: r.t("Jaar", "Year"), Width: 9}}
	for _, bl := range model.Blocks() {
		cols = append(cols, Column{Title: capitalise(chart.ShortLabel(bl, r.l)), Width: 14, Align: AlignRight})
	}
	cols = append(cols, Column{Title: r.t("Totaal", "Total"), Width: 15, Align: AlignRight}, Column{Title: r.t("Plafond", "Ceiling"), Width: 15, Align: AlignRight})
	t := &Table{Columns: cols, Empty: r.t("Geen jaren.", "No years.")}
	for _, y := range bd.Years {
		row := Row{Cells: []Cell{{Text: strconv.Itoa(y.Year), Bold: true}}}
		for _, m := range y.CashByBlock {
			row.Cells = append(row.Cells, Cell{Text: r.money(m)})
		}
		total := Cell{Text: r.money(y.CashOut), Bold: true}
		ceiling := Cell{Text: "–"}
		if y.HasCeiling {
			ceiling.Text = r.money(y.Ceiling)
			if y.Over {
				total.Tone = ToneBad
			}
		}
		t.Rows = append(t.Rows, Row{Cells: append(row.Cells, total, ceiling)})
	}
	if len(bd.Years) > 0 {
		row := Row{Total: true, Cells: []Cell{{Text: r.t("Totaal", "Total")}}}
		for _, m := range bd.CashByBlock {
			row.Cells = append(row.Cells, Cell{Text: r.money(m)})
		}
		t.Rows = append(t.Rows, Row{Total: true, Cells: append(row.Cells, Cell{Text: r.money(bd.TotalCashOut)}, Cell{})})
	}
	blocks.Blocks = append(blocks.Blocks, TableBlock(t), StyledParagraph(StyleNote, fmt.Sprintf(r.t(
		"Aandeel mensen (visie en deskundigheid tegenover de vier factoren, leiderschap niet meegeteld): %s.",
		"Share of people (vision and expertise against the four factors, leadership left out): %s."), r.share(bd.HumanShare))))

	schools := Section{ID: "board-budget-schools", Title: r.t("Per school en jaar", "Per school and year")}
	cols = []Column{{Title: r.t("School", "School"), Width: 30}}
	for _, y := range bd.Years {
		cols = append(cols, Column{Title: strconv.Itoa(y.Year), Width: 11, Align: AlignRight})
	}
	cols = append(cols, Column{Title: r.t("Totaal", "Total"), Width: 13, Align: AlignRight})
	st := &Table{Columns: cols, Dense: len(bd.Years) > 6, Empty: r.t("Geen scholen.", "No schools.")}
	for i, s := range bd.Schools {
		row := Row{Cells: []Cell{{Text: r.names[i]}}}
		for _, y := range bd.Years {
			c := Cell{Text: r.money(y.BySchool[i])}
			if _, ok := s.Year(y.Year); !ok {
				c = Cell{Text: "", Tone: ToneMuted}
			}
			row.Cells = append(row.Cells, c)
		}
		st.Rows = append(st.Rows, Row{Cells: append(row.Cells, Cell{Text: r.money(s.TotalCashOut), Bold: true})})
	}
	if len(bd.Schools) > 0 {
		row := Row{Total: true, Cells: []Cell{{Text: r.t("Totaal", "Total")}}}
		for _, y := range bd.Years {
			row.Cells = append(row.Cells, Cell{Text: r.money(y.CashOut)})
		}
		st.Rows = append(st.Rows, Row{Total: true, Cells: append(row.Cells, Cell{Text: r.money(bd.TotalCashOut)})})
	}
	schools.Blocks = append(schools.Blocks, TableBlock(st), StyledParagraph(StyleNote, r.t(
		"Een leeg vak: het plan van de school loopt dat jaar niet.", "An empty cell: the school's plan does not run that year.")))
	ch.Sections = []Section{blocks, schools}
	return ch
}

// --- 3 balance ------------------------------------------------------------------

// bandTone colours a level of the heat map: weak red, middle yellow,
// strong green, unknown grey.
func bandTone(l planning.Level) Tone {
	switch board.BandOf(l) {
	case board.BandLaag:
		return ToneBad
	case board.BandMidden:
		return ToneWarn
	case board.BandHoog:
		return ToneGood
	}
	return ToneMuted
}

func (r *rollup) balancePages() Chapter {
	bd := r.bd
	ch := Chapter{ID: "board-balance", Title: r.t("Balans van de scholen", "Balance of the schools")}
	ch.Blocks = append(ch.Blocks, Paragraph(fmt.Sprintf(r.t(
		"Het niveau van elke bouwsteen nu, het gemiddelde van het team van de school (1 tot 5). Rood is lager dan %s, groen %s of hoger; een streep: niemand beoordeelde de bouwsteen. De onderste regel is het gemiddelde over de scholen, elke school één keer.",
		"The level of each building block now, the mean of the school's team (1 to 5). Red is below %s, green %s or more; a dash: nobody scored the block. The bottom line is the mean over the schools, each school once."),
		r.num(board.WeakBelow, 1), r.num(board.StrongFrom, 1))))
	cols := []Column{{Title: r.t("School", "School"), Width: 34}}
	for _, bl := range model.Blocks() {
		cols = append(cols, Column{Title: capitalise(chart.ShortLabel(bl, r.l)), Width: 15, Align: AlignCenter})
	}
	t := &Table{Caption: r.t("Heatmap van de niveaus", "Heat map of the levels"), Columns: cols, Empty: r.t("Geen scholen.", "No schools.")}
	for i, s := range bd.Schools {
		row := Row{Cells: []Cell{{Text: r.names[i]}}}
		for _, lv := range s.Levels {
			row.Cells = append(row.Cells, Cell{Text: r.level(lv.Now), Tone: bandTone(lv.Now)})
		}
		t.Rows = append(t.Rows, row)
	}
	if len(bd.Schools) > 0 {
		row := Row{Total: true, Cells: []Cell{{Text: r.t("Gemiddeld", "Mean")}}}
		for _, lv := range bd.BlockMeans {
			row.Cells = append(row.Cells, Cell{Text: r.level(lv), Tone: bandTone(lv)})
		}
		t.Rows = append(t.Rows, row)
	}
	ch.Blocks = append(ch.Blocks, TableBlock(t))

	route := Section{ID: "board-balance-route", Title: r.t("Route en positie per school", "Route and position per school")}
	route.Blocks = append(route.Blocks, StyledParagraph(StyleNote, fmt.Sprintf(r.t(
		"T: het deel van het geld voor inhoud en infrastructuur dat aan een visie-uitspraak hangt. E: het deel daarvan waarbij werk aan visie of deskundigheid eerder of tegelijk begint. Onderwijsgedreven vanaf %s op beide.",
		"T: the share of the money for content and infrastructure tied to a vision statement. E: the share of those where work on vision or expertise starts earlier or at the same time. Education-driven from %s on both."),
		planning.FormatPercent(planning.DrivenThreshold, r.l))))
	rt := &Table{
		Columns: []Column{
			{Title: r.t("School", "School"), Width: 28},
			{Title: r.t("Route", "Route"), Width: 22},
			{Title: "T", Width: 8, Align: AlignRight},
			{Title: "E", Width: 8, Align: AlignRight},
			{Title: r.t("Nu", "Now"), Width: 26},
			{Title: r.t("Doel", "Goal"), Width: 26},
		},
		Empty: r.t("Geen scholen.", "No schools."),
	}
	for i, s := range bd.Schools {
		rt.Rows = append(rt.Rows, Row{Cells: []Cell{{Text: r.names[i]}, {Text: s.Verdict.Label(r.l), Tone: r.verdictTone(s.Verdict)},
			{Text: r.share(s.T)}, {Text: r.share(s.E)}, {Text: r.cellText(s.Now)}, {Text: r.cellText(s.Goal)}}})
	}
	route.Blocks = append(route.Blocks, TableBlock(rt))
	ch.Sections = []Section{route}
	return ch
}

// --- 4 one page per school ----------------------------------------------------------

func (r *rollup) schoolPage(i int) Chapter {
	s := r.bd.Schools[i]
	ch := Chapter{ID: "board-school-" + strconv.Itoa(i+1), Title: short(r.names[i], 120)}
	status := s.Status
	if status == "" {
		status = model.StatusConcept
	}
	state := status.Label(r.l)
	if s.Adopted() {
		if s.AdoptionDate != "" {
			state += " " + r.t("op", "on") + " " + r.dayText(s.AdoptionDate)
		} else {
			state += " (" + r.t("datum onbekend", "date unknown") + ")"
		}
	}
	period := fmt.Sprintf("%d – %d", s.StartYear, s.EndYear)
	if s.PeriodEnded {
		period += " (" + r.t("voorbij", "ended") + ")"
	}
	pupils := "–"
	if s.Pupils > 0 {
		pupils = strconv.Itoa(s.Pupils)
	}
	// Three lines, not six: the poster must leave the page to its figures.
	ch.Blocks = append(ch.Blocks, Fields(
		Field{r.t("Plan", "Plan"), short(s.Title, 200)},
		Field{r.t("Periode en status", "Period and status"), period + " · " + state},
		Field{r.t("School", "School"), fmt.Sprintf(r.t("BRIN %s · %s leerlingen · %s", "BRIN %s · %s pupils · %s"), s.BRIN, pupils, s.File)},
	))
	route := fmt.Sprintf("T %s · E %s · %s %s · %s %s", r.share(s.T), r.share(s.E),
		r.t("nu", "now"), r.cellText(s.Now), r.t("doel", "goal"), r.cellText(s.Goal))
	ch.Blocks = append(ch.Blocks, Callout(r.verdictTone(s.Verdict), r.t("Route: ", "Route: ")+s.Verdict.Label(r.l), route))

	lt := &Table{Columns: []Column{
		{Title: r.t("Bouwsteen", "Building block"), Width: 40},
		{Title: r.t("Nu", "Now"), Width: 14, Align: AlignCenter},
		{Title: r.t("Doel", "Goal"), Width: 14, Align: AlignCenter},
		{Title: r.t("Uitgaven", "Cash out"), Width: 20, Align: AlignRight},
	}}
	for bi, bl := range model.Blocks() {
		lv := s.Levels[bi]
		lt.Rows = append(lt.Rows, Row{Cells: []Cell{{Text: capitalise(bl.Label(r.l))}, {Text: r.level(lv.Now), Tone: bandTone(lv.Now)},
			{Text: r.level(lv.Goal)}, {Text: r.money(s.CashByBlock[bi])}}})
	}
	ch.Blocks = append(ch.Blocks, Heading(r.participantsHeading(s.Participants)), TableBlock(lt))

	bt := &Table{Columns: []Column{
		{Title: r.t("Jaar", "Year"), Width: 12},
		{Title: r.t("Uitgaven", "Cash out"), Width: 20, Align: AlignRight},
		{Title: r.t("Lasten", "Burden"), Width: 20, Align: AlignRight},
		{Title: r.t("Per leerling", "Per pupil"), Width: 18, Align: AlignRight},
	}, Empty: r.t("Het plan heeft geen geldige planperiode.", "The plan has no valid plan period.")}
	for _, y := range s.Years {
		pp := "–"
		if y.HasPerPupil {
			pp = r.money(y.PerPupil)
		}
		bt.Rows = append(bt.Rows, Row{Cells: []Cell{{Text: strconv.Itoa(y.Year), Bold: true}, {Text: r.money(y.CashOut)}, {Text: r.euros(y.Burden)}, {Text: pp}}})
	}
	if len(s.Years) > 0 {
		pp := "–"
		if s.HasPerPupil {
			pp = r.money(s.PerPupil)
		}
		bt.Rows = append(bt.Rows, Row{Total: true, Cells: []Cell{{Text: r.t("Totaal", "Total")}, {Text: r.money(s.TotalCashOut)}, {}, {Text: pp}}})
	}
	ch.Blocks = append(ch.Blocks, Heading(fmt.Sprintf(r.t("Begroting (aandeel mensen %s)", "Budget (share of people %s)"), r.share(s.HumanShare))), TableBlock(bt))

	f := s.Findings
	ch.Blocks = append(ch.Blocks, Heading(fmt.Sprintf(r.t("Bevindingen: %d hoog, %d midden, %d laag", "Findings: %d high, %d medium, %d low"), f.Hoog, f.Midden, f.Laag)))
	if len(s.Top) == 0 {
		ch.Blocks = append(ch.Blocks, StyledParagraph(StyleNote, r.t("De analyse vond niets om op te letten.", "The analysis found nothing to act on.")))
	} else {
		// A table, not callouts: three findings whole in small type fit
		// the page beside the balance and the budget.
		ft := &Table{Dense: true, Columns: []Column{
			{Title: r.t("Ernst", "Severity"), Width: 12},
			{Title: r.t("Betreft", "Concerns"), Width: 14},
			{Title: r.t("Bevinding", "Finding"), Width: 74},
		}}
		for _, fd := range s.Top {
			ft.Rows = append(ft.Rows, Row{Cells: []Cell{{Text: capitalise(fd.Severity.Label(r.l)), Tone: severityTone(fd.Severity), Bold: true},
				{Text: strings.Join(fd.Subject, ", ")}, {Text: fd.Message.In(r.l)}}})
		}
		ch.Blocks = append(ch.Blocks, TableBlock(ft))
		if n := f.Total() - len(s.Top); n > 0 {
			ch.Blocks = append(ch.Blocks, StyledParagraph(StyleNote, fmt.Sprintf(r.t(
				"De drie belangrijkste; het plan van de school noemt nog %d bevindingen.",
				"The three most important; the school's plan names %d more findings."), n)))
		}
	}
	return ch
}

// severityTone colours a finding by its severity.
func severityTone(s planning.Severity) Tone {
	switch s {
	case planning.Hoog:
		return ToneBad
	case planning.Midden:
		return ToneWarn
	}
	return ToneInfo
}

// participantsHeading heads a school's levels with how many people gave
// them.
func (r *rollup) participantsHeading(n int) string {
	if n == 1 {
		return r.t("Balans (1 deelnemer)", "Balance (1 participant)")
	}
	return fmt.Sprintf(r.t("Balans (%d deelnemers)", "Balance (%d participants)"), n)
}
