package export

import (
	"fmt"
	"strconv"
	"strings"

	"balansplan/model"
	"balansplan/planning"
	"balansplan/planning/chart"
)

// The chapters of the plan, in order. Every text here is Balansplan's own
// wording of the Vier in balans ideas.

// --- 1 summary ----------------------------------------------------------------

func (b *builder) verdictTone(v planning.Verdict) Tone {
	switch v {
	case planning.Onderwijsgedreven:
		return ToneGood
	case planning.Gemengd:
		return ToneWarn
	}
	return ToneBad
}

func (b *builder) verdictMeaning(v planning.Verdict) string {
	switch v {
	case planning.Onderwijsgedreven:
		return b.t("De investeringen volgen uit de visie en de scholing komt vóór de techniek. Zo hoort een plan te lopen.",
			"The investments follow from the vision and training comes before technology. That is how a plan should run.")
	case planning.Gemengd:
		return b.t("Een deel van de investeringen volgt uit de visie, maar niet alles, of de scholing komt soms te laat. De bevindingen laten zien waar.",
			"Part of the investments follows from the vision, but not all of it, or training sometimes comes too late. The findings show where.")
	}
	return b.t("De techniek stuurt dit plan meer dan de onderwijsdoelen. Begin bij de visie en laat de scholing voorgaan; anders blijven nieuwe middelen vaak onbenut.",
		"Technology steers this plan more than the educational goals. Start from the vision and let training go first; otherwise new resources often stay unused.")
}

func (b *builder) routeText() string {
	r := b.a.Route
	return fmt.Sprintf(b.t(
		"%s van het geld voor inhoud en infrastructuur hangt aan een visie-uitspraak (T). Bij %s van die gekoppelde investeringen begint er op tijd scholing voor dezelfde visie (E). ",
		"%s of the money for content and infrastructure is tied to a vision statement (T). For %s of those linked investments, training for the same vision starts in time (E). "),
		b.pct(r.TracedShare), b.pct(r.ExpertiseFirstShare)) + b.verdictMeaning(r.Verdict)
}

// cellText names a position in the balance matrix.
func (b *builder) cellText(c planning.Cell) string {
	side := func(label string, ok bool) string {
		if !ok {
			return b.t("onbekend", "unknown")
		}
		return label
	}
	return side(c.Teaching.Label(b.l), c.Teaching.Index() >= 0) + " × " + side(c.Material.Label(b.l), c.Material.Index() >= 0)
}

func (b *builder) budgetVerdict() string {
	bu := b.a.Budget
	hasCeiling := false
	for _, y := range bu.Years {
		hasCeiling = hasCeiling || y.HasCeiling
	}
	switch {
	case !hasCeiling:
		return b.t("geen plafond opgegeven", "no ceiling given")
	case len(bu.OverYears) == 0:
		return b.t("in alle jaren binnen het plafond", "within the ceiling in every year")
	}
	var parts []string
	var over model.Money
	for _, y := range bu.Years {
		if y.Over {
			parts = append(parts, strconv.Itoa(y.Year))
			over += y.CashOut - y.Ceiling
		}
	}
	return fmt.Sprintf(b.t("boven het plafond in %s, samen %s te veel", "over the ceiling in %s, %s too much in all"),
		b.list(parts), b.money(over))
}

// list joins items as a person would: "a, b en c".
func (b *builder) list(items []string) string {
	if len(items) < 2 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + b.t(" en ", " and ") + items[len(items)-1]
}

func (b *builder) summaryChapter() Chapter {
	p, a := b.p, b.a
	ch := Chapter{ID: "summary", Title: b.t("Samenvatting", "Summary")}
	period := ""
	if p.StartYear != 0 {
		period = fmt.Sprintf(" %d–%d", p.StartYear, p.EndYear)
	}
	amb := b.t("ict inzetten voor beter onderwijs", "use ict for better education")
	if p.Ambition.Valid() {
		amb = strings.ToLower(p.Ambition.Label(b.l)[:1]) + p.Ambition.Label(b.l)[1:]
	}
	ch.Blocks = append(ch.Blocks, StyledParagraph(StyleLead, fmt.Sprintf(b.t(
		"%s kiest voor de planperiode%s deze ambitie: %s. Dit plan beschrijft welke stappen de school daarvoor zet, wat ze kosten en hoe ze samenhangen.",
		"For the plan period%[2]s, %[1]s chooses this ambition: %[3]s. This plan sets out the steps the school will take, what they cost and how they fit together."),
		short(p.School.Name, 80), period, amb)))
	ch.Blocks = append(ch.Blocks, Callout(b.verdictTone(a.Route.Verdict),
		b.t("Route: ", "Route: ")+a.Route.Verdict.Label(b.l), b.routeText()))
	pos := a.Position
	perPupil := ""
	if a.Budget.HasPerPupil {
		perPupil = fmt.Sprintf(" (%s %s)", b.money(a.Budget.PerPupil), b.t("per leerling", "per pupil"))
	}
	human := "–"
	if a.Budget.HumanShare.Known {
		human = fmt.Sprintf(b.t("%s naar visie en deskundigheid", "%s to vision and expertise"), b.pct(a.Budget.HumanShare.Value))
	}
	ch.Blocks = append(ch.Blocks, Fields(
		Field{b.t("Balans nu", "Balance now"), b.cellText(pos.Now) + ": " + pos.Now.Balance().Label(b.l)},
		Field{b.t("Balans doel", "Balance goal"), b.cellText(pos.Goal) + ": " + pos.Goal.Balance().Label(b.l)},
		Field{b.t("Totale uitgaven", "Total spending"), b.money(a.Budget.TotalCashOut) + perPupil},
		Field{b.t("Budgetplafond", "Budget ceiling"), b.budgetVerdict()},
		Field{b.t("Mens en middelen", "People and means"), human},
	))
	ch.Blocks = append(ch.Blocks, Heading(b.t("De drie belangrijkste bevindingen", "The three most important findings")))
	var items []string
	for i, f := range a.Findings {
		if i == 3 {
			break
		}
		items = append(items, fmt.Sprintf("%s (%s): %s", b.findingTitle(f.Code), f.Severity.Label(b.l), short(f.Message.In(b.l), 220)))
	}
	if len(items) == 0 {
		ch.Blocks = append(ch.Blocks, Paragraph(b.t("De analyse vond niets om op te letten.", "The analysis found nothing to look at.")))
	} else {
		ch.Blocks = append(ch.Blocks, List(items...))
	}
	if c := b.radarNowGoal(66); c != nil {
		c.Title = b.t("Zelfevaluatie: nu en doel per bouwsteen", "Self-assessment: now and goal per block")
		c.Shrink = true
		ch.Blocks = append(ch.Blocks, ChartBlock(c))
	}
	return ch
}

// --- 2 school and ambition --------------------------------------------------

func (b *builder) ambitionText(a model.Ambition) string {
	switch a {
	case model.AmbitionBehouden:
		return b.t("De school houdt haar onderwijsconcept zoals het is en zet ict in om binnen dat concept beter en doelmatiger te werken.",
			"The school keeps its educational concept as it is and uses ict to work better and more efficiently within it.")
	case model.AmbitionStapsgewijs:
		return b.t("De school verandert haar onderwijs in kleine, haalbare stappen, zo snel als het team kan meegaan.",
			"The school changes its education in small, feasible steps, as fast as the team can keep up.")
	case model.AmbitionIngrijpend:
		return b.t("De school wil haar onderwijs grondig anders inrichten. Dat vraagt veel van leiding en team en kost meerdere jaren.",
			"The school wants to reorganise its education thoroughly. That asks a lot of leadership and team and takes several years.")
	}
	return b.t("De ambitie is nog niet gekozen.", "The ambition has not been chosen yet.")
}

func (b *builder) schoolChapter() Chapter {
	p := b.p
	ch := Chapter{ID: "school", Title: b.t("School en ambitie", "School and ambition")}
	sector := "–"
	if p.School.Sector.Valid() {
		sector = p.School.Sector.Label(b.l)
	}
	pupils := "–"
	if p.School.Pupils > 0 {
		pupils = strconv.Itoa(p.School.Pupils)
	}
	fte := "–"
	if p.School.StaffFTE > 0 {
		fte = b.num(p.School.StaffFTE, 1)
	}
	ch.Blocks = append(ch.Blocks, Fields(
		Field{b.t("School", "School"), p.School.Name},
		Field{"BRIN", p.School.BRIN},
		Field{b.t("Sector", "Sector"), sector},
		Field{b.t("Leerlingen", "Pupils"), pupils},
		Field{b.t("Personeel (fte)", "Staff (fte)"), fte},
		Field{b.t("Bestuur", "Board"), p.School.Board},
	))

	model4 := Section{ID: "school-model", Title: b.t("Het model Vier in balans", "The Four in balance model")}
	model4.Blocks = append(model4.Blocks,
		Paragraph(b.t(
			"Kennisnet beschrijft met Vier in balans wat een school nodig heeft om ict zo in te zetten dat leerlingen er beter van leren en de school er doelmatiger door werkt. Het model noemt vier bouwstenen die op elkaar moeten aansluiten; een tekort in één ervan remt de andere.",
			"With Four in balance, Kennisnet describes what a school needs to use ict in a way that helps pupils learn and makes the school work more efficiently. The model names four building blocks that must fit together; a shortfall in one of them holds back the others.")),
		Fields(
			Field{model.BlockVisie.Label(b.l), b.t("wat de school onder goed onderwijs verstaat, waar ze naartoe wil en welke rol ict daarin speelt.",
				"what the school considers good education, where it wants to go and what part ict plays in that.")},
			Field{model.BlockDeskundigheid.Label(b.l), b.t("wat leraren, leidinggevenden en ondersteuners moeten kennen en kunnen om ict goed te gebruiken.",
				"what teachers, managers and support staff need to know and be able to do to use ict well.")},
			Field{model.BlockInhoud.Label(b.l), b.t("digitaal leermateriaal, stuur- en verantwoordingsinformatie, onderwijssoftware zoals leerlingvolgsysteem en leeromgeving, en kantoortoepassingen.",
				"digital learning material, steering and accountability information, educational software such as the pupil tracking system and learning environment, and office applications.")},
			Field{model.BlockInfrastructuur.Label(b.l), b.t("apparaten, netwerk, internetverbinding en clouddiensten, en het beheer dat dit alles laat werken.",
				"devices, network, internet connection and cloud services, and the management that keeps it all working.")},
			Field{model.BlockLeiderschap.Label(b.l), b.t("de lijm tussen de vier: de leiding maakt keuzes, maakt afspraken, werkt samen binnen en buiten de school en bouwt aan een cultuur waarin het team meedoet.",
				"the glue between the four: leadership makes choices and agreements, works with others inside and outside the school and builds a culture the team joins in.")},
		),
		Paragraph(b.t(
			"Visie en deskundigheid vormen de menselijke kant, inhoud en infrastructuur de materiële kant. Een plan werkt het best als het bij de mensen begint: eerst samen bepalen wat het onderwijs moet opleveren en het team daarop toerusten, pas daarna middelen aanschaffen die daarbij passen. Wie omgekeerd begint, met apparaten of software, ziet die vaak ongebruikt blijven.",
			"Vision and expertise are the human side, content and infrastructure the material side. A plan works best when it starts with the people: first agree on what education should achieve and equip the team for it, and only then buy resources that fit. Starting the other way round, with devices or software, often leaves them unused.")),
	)
	amb := Section{ID: "school-ambition", Title: b.t("Ambitie en richting", "Ambition and direction")}
	ambLabel := b.t("nog niet gekozen", "not chosen yet")
	if p.Ambition.Valid() {
		ambLabel = p.Ambition.Label(b.l)
	}
	amb.Blocks = append(amb.Blocks,
		Fields(Field{b.t("Ambitie", "Ambition"), ambLabel}),
		Paragraph(b.ambitionText(p.Ambition)),
		TableBlock(&Table{
			Columns: []Column{{Title: "", Width: 30}, {Title: b.t("Nu", "Now"), Width: 35}, {Title: b.t("Doel", "Goal"), Width: 35}},
			Rows: []Row{
				{Cells: []Cell{{Text: b.t("Onderwijsvorm", "Form of education"), Bold: true}, {Text: b.teachingLabel(p.TeachingNow)}, {Text: b.teachingLabel(p.TeachingGoal)}}},
				{Cells: []Cell{{Text: b.t("Leermateriaal", "Learning material"), Bold: true}, {Text: b.materialLabel(p.MaterialNow)}, {Text: b.materialLabel(p.MaterialGoal)}}},
			},
		}),
		Paragraph(b.t(
			"De onderwijsvorm zegt hoe leerlingen leren: geleid door de leraar, zelfstandig in eigen tempo, of zelf organiserend samen met anderen. Het leermateriaal moet daarbij passen: oefenmateriaal past bij leraargestuurd onderwijs, adaptief materiaal bij zelfstandig leren en een persoonlijke leeromgeving bij zelfgeorganiseerd leren.",
			"The form of education says how pupils learn: led by the teacher, independently at their own pace, or organising their own learning together with others. The learning material must match: practice material suits teacher-led education, adaptive material suits independent learning and a personal learning environment suits self-organised learning.")),
	)
	ch.Sections = []Section{model4, amb}
	return ch
}

func (b *builder) teachingLabel(t model.Teaching) string {
	if !t.Valid() {
		return b.t("niet gekozen", "not chosen")
	}
	return t.Label(b.l)
}

func (b *builder) materialLabel(m model.Material) string {
	if !m.Valid() {
		return b.t("niet gekozen", "not chosen")
	}
	return m.Label(b.l)
}

// --- 3 visions ----------------------------------------------------------------

func (b *builder) returnsText(rs []model.Return) string {
	var prim, sec []string
	for _, r := range rs {
		if !r.Valid() {
			continue
		}
		if r.Primary() {
			prim = append(prim, r.Label(b.l))
		} else {
			sec = append(sec, r.Label(b.l))
		}
	}
	var parts []string
	if len(prim) > 0 {
		parts = append(parts, b.t("leren: ", "learning: ")+strings.Join(prim, ", "))
	}
	if len(sec) > 0 {
		parts = append(parts, b.t("organisatie: ", "organisation: ")+strings.Join(sec, ", "))
	}
	if len(parts) == 0 {
		return "–"
	}
	return strings.Join(parts, "; ")
}

func (b *builder) visionsChapterIntro() Block {
	return Paragraph(b.t(
		"De visie-uitspraken zeggen wat de school met ict wil bereiken. Elke investering in dit plan hoort minstens één ervan te dienen. Bij elke uitspraak staat welke opbrengst de school verwacht: voor het leren zelf (motivatie, resultaten, efficiënter leren, digitale geletterdheid, voorbereiding op werk) of voor de organisatie eromheen (tijdwinst, inzicht, professionaliteit, sturing, betrokkenheid).",
		"The vision statements say what the school wants to achieve with ict. Every investment in this plan should serve at least one of them. Each statement lists the return the school expects: for learning itself (motivation, results, more efficient learning, digital literacy, preparation for work) or for the organisation around it (time saved, insight, professionalism, steering, involvement)."))
}

func (b *builder) visionsChapter() Chapter {
	ch := Chapter{ID: "visions", Title: b.t("Visie", "Vision")}
	ch.Blocks = append(ch.Blocks, b.visionsChapterIntro())
	list := Section{ID: "visions-statements", Title: b.t("De visie-uitspraken", "The vision statements")}
	overview := Section{ID: "visions-overview", Title: b.t("Overzicht", "Overview")}
	if len(b.visions) == 0 {
		list.Blocks = append(list.Blocks, Callout(ToneBad, b.t("Nog geen visie-uitspraken", "No vision statements yet"),
			b.t("Zonder visie is niet te zien waar de investeringen toe moeten leiden. Formuleer samen met het team wat het onderwijs moet opleveren.",
				"Without a vision nothing shows what the investments should lead to. Put into words, together with the team, what education should achieve.")))
	}
	t := &Table{
		Columns: []Column{
			{Title: b.t("Code", "Code"), Width: 8},
			{Title: b.t("Visie-uitspraak", "Vision statement"), Width: 40},
			{Title: b.t("Prio", "Prio"), Width: 6, Align: AlignCenter},
			{Title: b.t("Opbrengsten", "Returns"), Width: 30},
			{Title: b.t("Investeringen", "Investments"), Width: 16},
		},
		Empty: b.t("Geen visie-uitspraken.", "No vision statements."),
	}
	for _, v := range b.visions {
		prio := "–"
		if v.Priority > 0 {
			prio = strconv.Itoa(v.Priority)
		}
		served := b.servedBy[v.ID]
		list.Blocks = append(list.Blocks, Heading(v.Code+"  "+v.Title))
		if strings.TrimSpace(v.Text) != "" {
			list.Blocks = append(list.Blocks, StyledParagraph(StyleQuote, v.Text))
		}
		servedText := codes(served)
		if servedText == "" {
			servedText = b.t("nog geen investering", "no investment yet")
		}
		list.Blocks = append(list.Blocks, Fields(
			Field{b.t("Opbrengsten", "Returns"), b.returnsText(v.Returns)},
			Field{b.t("Prioriteit", "Priority"), prio},
			Field{b.t("Waargemaakt door", "Served by"), servedText},
		))
		cell := Cell{Text: fmt.Sprint(len(served))}
		if len(served) == 0 {
			cell = Cell{Text: "—", Tone: ToneMissing}
		}
		t.Rows = append(t.Rows, Row{Cells: []Cell{{Text: v.Code, Bold: true}, {Text: v.Title}, {Text: prio}, {Text: b.returnsText(v.Returns)}, cell}})
	}
	overview.Blocks = append(overview.Blocks, TableBlock(t))
	ch.Sections = []Section{list, overview}
	return ch
}

// --- 4 investments ------------------------------------------------------------

func (b *builder) blockIntro(bl model.Block) string {
	switch bl {
	case model.BlockVisie:
		return b.t("Wat de school doet om samen een gedragen visie te vormen en levend te houden.",
			"What the school does to form a shared vision and keep it alive.")
	case model.BlockDeskundigheid:
		return b.t("Scholing en begeleiding van leraren, leiding en ondersteuners.",
			"Training and coaching of teachers, leadership and support staff.")
	case model.BlockInhoud:
		return b.t("Leermateriaal, software en informatiesystemen.",
			"Learning material, software and information systems.")
	case model.BlockInfrastructuur:
		return b.t("Apparaten, netwerk, verbinding, clouddiensten en beheer.",
			"Devices, network, connectivity, cloud services and management.")
	case model.BlockLeiderschap:
		return b.t("Sturing, afspraken, samenwerking en cultuur.",
			"Steering, agreements, cooperation and culture.")
	}
	return ""
}

func (b *builder) investmentsChapter() Chapter {
	ch := Chapter{ID: "investments", Title: b.t("Investeringen per bouwsteen", "Investments by building block")}
	ch.Blocks = append(ch.Blocks, Paragraph(b.t(
		"Per bouwsteen staan hier de investeringen van het plan: wat de school doet of aanschaft, wie ervoor zorgt, wanneer, wat het kost en welke visie-uitspraken het dient. Eenmalige kosten vallen in het startjaar; jaarlijkse kosten lopen door tot het einde, of tot het einde van de planperiode als er geen einde is. Geschrapte investeringen staan er grijs bij en tellen nergens mee.",
		"For each building block, these are the plan's investments: what the school does or buys, who takes care of it, when, what it costs and which vision statements it serves. One-off costs fall in the start year; annual costs run until the end, or until the end of the plan period when there is no end. Cancelled investments are shown in grey and count nowhere.")))
	for _, bl := range model.Blocks() {
		s := Section{ID: "investments-" + string(bl), Title: capitalise(bl.Label(b.l))}
		s.Blocks = append(s.Blocks, StyledParagraph(StyleNote, b.blockIntro(bl)))
		t := &Table{
			Columns: []Column{
				{Title: b.t("Code", "Code"), Width: 7},
				{Title: b.t("Investering", "Investment"), Width: 34},
				{Title: b.t("Eigenaar", "Owner"), Width: 12},
				{Title: b.t("Periode", "Period"), Width: 14},
				{Title: b.t("Eenmalig", "One-off"), Width: 11, Align: AlignRight},
				{Title: b.t("Per jaar", "Per year"), Width: 10, Align: AlignRight},
				{Title: b.t("Status", "Status"), Width: 10},
				{Title: b.t("Visies", "Visions"), Width: 8},
			},
			Empty: b.t("Geen investeringen in deze bouwsteen.", "No investments in this building block."),
		}
		var oneOff, recurring model.Money
		for _, inv := range b.investments {
			if inv.Block != bl {
				continue
			}
			title := inv.Title
			if inv.Pilot {
				title += " " + b.t("(pilot)", "(pilot)")
			}
			if cat := strings.TrimSpace(string(inv.Category)); cat != "" {
				title += "\n" + capitalise(inv.Category.Label(b.l))
			}
			if d := strings.TrimSpace(inv.Description); d != "" {
				title += "\n" + d
			}
			vc := b.visionCodesOf(inv)
			vcell := Cell{Text: codes(vc)}
			if len(vc) == 0 && bl != model.BlockVisie && bl != model.BlockLeiderschap && !inv.Cancelled() {
				vcell = Cell{Text: "—", Tone: ToneMissing}
			}
			status := "–"
			if inv.Status.Valid() {
				status = inv.Status.Label(b.l)
			}
			row := Row{Cells: []Cell{
				{Text: inv.Code, Bold: true}, {Text: title}, {Text: inv.Owner}, {Text: b.period(inv)},
				{Text: b.money(inv.Cost.OneOff)}, {Text: b.money(inv.Cost.Recurring)}, {Text: status}, vcell,
			}}
			if inv.Cancelled() {
				for i := range row.Cells {
					row.Cells[i].Tone = ToneMuted
				}
			} else {
				oneOff += inv.Cost.OneOff
				recurring += inv.Cost.Recurring
			}
			t.Rows = append(t.Rows, row)
		}
		if len(t.Rows) > 0 {
			t.Rows = append(t.Rows, Row{Total: true, Cells: []Cell{
				{}, {Text: b.t("Totaal (zonder geschrapte)", "Total (without cancelled)")}, {}, {},
				{Text: b.money(oneOff)}, {Text: b.money(recurring)}, {}, {},
			}})
		}
		s.Blocks = append(s.Blocks, TableBlock(t))
		s.Blocks = append(s.Blocks, StyledParagraph(StyleNote, fmt.Sprintf(b.t(
			"Uitgaven in de planperiode voor deze bouwsteen: %s.", "Spending in the plan period for this building block: %s."),
			b.money(b.a.Budget.CashByBlock.Of(bl)))))
		ch.Sections = append(ch.Sections, s)
	}
	if s, ok := b.prioritySection(); ok {
		ch.Sections = append(ch.Sections, s)
	}
	return ch
}

func capitalise(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}

// --- 5 traceability -------------------------------------------------------------

func (b *builder) traceabilityChapter() Chapter {
	a := b.a
	ch := Chapter{ID: "traceability", Title: b.t("Herleidbaarheid", "Traceability")}
	ch.Blocks = append(ch.Blocks, Paragraph(b.t(
		"Een goed plan is onderwijsgedreven: elke investering is terug te voeren op een visie-uitspraak, en wie nieuwe middelen krijgt, is daar eerst op voorbereid. De tabel zet de visie-uitspraken tegen de bouwstenen en noemt per vak de investeringen die de uitspraak dienen. Een leeg vak is gemarkeerd: daar ontbreekt iets, of de school kiest er bewust voor.",
		"A good plan is education-driven: every investment can be traced back to a vision statement, and whoever gets new resources has been prepared for them first. The table sets the vision statements against the building blocks and names, per cell, the investments that serve the statement. An empty cell is marked: something is missing there, or the school chose so on purpose.")))
	matrix := Section{ID: "traceability-matrix", Title: b.t("Visie tegen bouwstenen", "Vision against building blocks")}
	cols := []Column{{Title: b.t("Visie-uitspraak", "Vision statement"), Width: 30}}
	for _, bl := range model.Blocks() {
		cols = append(cols, Column{Title: capitalise(chart.ShortLabel(bl, b.l)), Width: 14})
	}
	t := &Table{Columns: cols, Empty: b.t("Geen visie-uitspraken om te herleiden.", "No vision statements to trace.")}
	for _, tr := range a.Route.Matrix {
		row := Row{Cells: []Cell{{Text: tr.Vision + "  " + tr.Title, Bold: false}}}
		for _, bl := range model.Blocks() {
			cs := tr.Codes(bl)
			switch {
			case len(cs) > 0:
				row.Cells = append(row.Cells, Cell{Text: codes(cs)})
			case bl == model.BlockDeskundigheid || bl.Material():
				row.Cells = append(row.Cells, Cell{Text: "—", Tone: ToneMissing})
			default:
				row.Cells = append(row.Cells, Cell{Text: "—", Tone: ToneMuted})
			}
		}
		t.Rows = append(t.Rows, row)
	}
	matrix.Blocks = append(matrix.Blocks, TableBlock(t),
		StyledParagraph(StyleNote, b.t(
			"Rood gemarkeerd: geen investering in deskundigheid, inhoud of infrastructuur voor deze uitspraak. Grijs: geen investering in visie of leiderschap, wat minder vaak een probleem is.",
			"Marked red: no investment in expertise, content or infrastructure for this statement. Grey: no investment in vision or leadership, which is less often a problem.")))

	route := Section{ID: "traceability-route", Title: b.t("Gekoppeld en op tijd", "Linked and in time")}
	r := a.Route
	route.Blocks = append(route.Blocks,
		Fields(
			Field{b.t("Materiële investeringen", "Material investments"), fmt.Sprintf("%d (%s)", r.MaterialInvestments, b.money(r.MaterialCost))},
			Field{b.t("Gekoppeld aan een visie", "Linked to a vision"), fmt.Sprintf("%d (%s)", r.TracedInvestments, b.money(r.TracedCost))},
			Field{b.t("T: gekoppeld deel van het geld", "T: linked share of the money"), b.pct(r.TracedShare)},
			Field{b.t("E: scholing op tijd", "E: training in time"), fmt.Sprintf("%s (%d / %d)", b.pct(r.ExpertiseFirstShare), r.ExpertiseFirst, r.TracedInvestments)},
			Field{b.t("Oordeel", "Verdict"), r.Verdict.Label(b.l)},
		))
	var loose []string
	for _, inv := range b.investments {
		if inv.Cancelled() || !(inv.Block == model.BlockDeskundigheid || inv.Block.Material()) {
			continue
		}
		if len(b.visionCodesOf(inv)) == 0 {
			loose = append(loose, inv.Code+"  "+inv.Title)
		}
	}
	if len(loose) > 0 {
		route.Blocks = append(route.Blocks, Heading(b.t("Investeringen zonder visie", "Investments without a vision")), List(loose...))
	} else {
		route.Blocks = append(route.Blocks, Paragraph(b.t(
			"Alle investeringen in deskundigheid, inhoud en infrastructuur zijn aan een visie-uitspraak gekoppeld.",
			"Every investment in expertise, content and infrastructure is linked to a vision statement.")))
	}
	ch.Sections = []Section{matrix, route}
	return ch
}

// --- 6 self-assessment ------------------------------------------------------------

func (b *builder) assessmentChapter() Chapter {
	a := b.a
	ch := Chapter{ID: "assessment", Title: b.t("Zelfevaluatie", "Self-assessment")}
	ch.Blocks = append(ch.Blocks, Paragraph(fmt.Sprintf(b.t(
		"Leraren, leiding en ondersteuners gaven per bouwsteen een cijfer van 1 tot 5: hoe staat de school er nu voor, en waar wil ze aan het eind van de planperiode staan? %d deelnemers vulden de zelfevaluatie in. Wie een bouwsteen niet kon beoordelen, telt daar niet mee.",
		"Teachers, leaders and support staff scored each building block from 1 to 5: where does the school stand now, and where does it want to be at the end of the plan period? %d participants filled in the self-assessment. Anyone who could not judge a block does not count for it."),
		a.Levels.Participants)))
	levels := Section{ID: "assessment-levels", Title: b.t("Nu en doel per bouwsteen", "Now and goal per block")}
	if a.Levels.Participants == 0 {
		levels.Blocks = append(levels.Blocks, Callout(ToneInfo, b.t("Nog geen zelfevaluatie", "No self-assessment yet"),
			b.t("Laat het team de bouwstenen beoordelen; dan laat dit hoofdstuk zien waar de school staat en hoe de rollen verschillen.",
				"Have the team score the building blocks; this chapter then shows where the school stands and how the roles differ.")))
		ch.Sections = []Section{levels}
		return ch
	}
	if c := b.radarNowGoal(80); c != nil {
		levels.Blocks = append(levels.Blocks, ChartBlock(c))
	}
	t := &Table{Columns: []Column{
		{Title: b.t("Bouwsteen", "Block"), Width: 40},
		{Title: b.t("Nu", "Now"), Width: 12, Align: AlignRight},
		{Title: b.t("Doel", "Goal"), Width: 12, Align: AlignRight},
		{Title: b.t("Groei", "Growth"), Width: 12, Align: AlignRight},
		{Title: b.t("Spreiding nu", "Spread now"), Width: 14, Align: AlignRight},
		{Title: b.t("Antwoorden", "Answers"), Width: 12, Align: AlignRight},
	}}
	for _, bl := range a.Levels.Blocks {
		now, goal := bl.Now.Level(), bl.Goal.Level()
		growth := "–"
		if now.Known && goal.Known {
			growth = b.num(goal.Value-now.Value, 1)
		}
		spread := Cell{Text: b.level(bl.Spread)}
		if bl.Spread.Known && bl.Spread.Value >= 3 {
			spread.Tone = ToneWarn
		}
		t.Rows = append(t.Rows, Row{Cells: []Cell{{Text: capitalise(bl.Block.Label(b.l))}, {Text: b.level(now)}, {Text: b.level(goal)}, {Text: growth}, spread, {Text: strconv.Itoa(bl.Now.Count)}}})
	}
	lv := a.Levels
	t.Rows = append(t.Rows,
		Row{Total: true, Cells: []Cell{{Text: b.t("Menselijke factoren", "Human factors")}, {Text: b.level(lv.HumanNow)}, {Text: b.level(lv.HumanGoal)}, {}, {}, {}}},
		Row{Cells: []Cell{{Text: b.t("Materiële factoren", "Material factors"), Bold: true}, {Text: b.level(lv.MaterialNow), Bold: true}, {Text: b.level(lv.MaterialGoal), Bold: true}, {}, {}, {}}},
	)
	levels.Blocks = append(levels.Blocks, TableBlock(t))
	if lv.TiltNow.Known {
		levels.Blocks = append(levels.Blocks, Paragraph(b.tiltText(lv.TiltNow.Value)))
	}

	roles := Section{ID: "assessment-roles", Title: b.t("Per rol", "By role")}
	if c := b.radarRoles(80); c != nil {
		roles.Blocks = append(roles.Blocks, ChartBlock(c))
	}
	var roleList []model.Role
	if len(a.Levels.Blocks) > 0 {
		for _, rl := range a.Levels.Blocks[0].ByRole {
			roleList = append(roleList, rl.Role)
		}
	}
	rt := &Table{Columns: []Column{{Title: b.t("Bouwsteen", "Block"), Width: 30}}, Empty: b.t("Geen rollen bekend.", "No roles known.")}
	for _, r := range roleList {
		rt.Columns = append(rt.Columns, Column{Title: capitalise(r.Label(b.l)), Width: 14, Align: AlignRight})
	}
	for _, bl := range a.Levels.Blocks {
		row := Row{Cells: []Cell{{Text: capitalise(bl.Block.Label(b.l))}}}
		for _, rl := range bl.ByRole {
			row.Cells = append(row.Cells, Cell{Text: b.level(rl.Now.Level()) + " / " + b.level(rl.Goal.Level())})
		}
		rt.Rows = append(rt.Rows, row)
	}
	if len(roleList) > 0 {
		roles.Blocks = append(roles.Blocks, StyledParagraph(StyleNote, b.t("Per rol: gemiddelde nu / doel.", "Per role: mean now / goal.")))
		roles.Blocks = append(roles.Blocks, TableBlock(rt))
	}

	div := Section{ID: "assessment-divergence", Title: b.t("Verschillen tussen rollen", "Differences between roles")}
	var items []string
	for _, bl := range a.Levels.Blocks {
		var lead, teach planning.Mean
		for _, rl := range bl.ByRole {
			switch {
			case rl.Role.Leader():
				lead.Sum += rl.Now.Sum
				lead.Count += rl.Now.Count
			case rl.Role == model.RoleLeraar:
				teach = rl.Now
			}
		}
		if lead.Count == 0 || teach.Count == 0 {
			continue
		}
		d := lead.Level().Value - teach.Level().Value
		if d >= planning.DivergenceThreshold-1e-9 || -d >= planning.DivergenceThreshold-1e-9 {
			items = append(items, fmt.Sprintf(b.t(
				"%s: de leiding geeft gemiddeld %s, de leraren %s. Bespreek samen waar dat verschil vandaan komt voordat u erop bouwt.",
				"%s: leadership scores %s on average, teachers %s. Discuss together where that difference comes from before building on it."),
				capitalise(bl.Block.Label(b.l)), b.level(lead.Level()), b.level(teach.Level())))
		}
	}
	if len(items) == 0 {
		div.Blocks = append(div.Blocks, Paragraph(fmt.Sprintf(b.t(
			"Leiding en leraren liggen op geen enkele bouwsteen %s punt of meer uit elkaar.",
			"On no building block do leadership and teachers differ by %s points or more."), b.num(planning.DivergenceThreshold, 1))))
	} else {
		div.Blocks = append(div.Blocks, List(items...))
	}
	div.Blocks = append(div.Blocks, StyledParagraph(StyleNote, b.t(
		"Spreiding is het verschil tussen het hoogste en het laagste cijfer voor nu. Een grote spreiding betekent dat het team de school heel verschillend ziet.",
		"Spread is the difference between the highest and the lowest score for now. A large spread means the team sees the school very differently.")))
	ch.Sections = []Section{levels, roles, div}
	return ch
}

func (b *builder) tiltText(tilt float64) string {
	switch {
	case tilt >= planning.TiltThreshold-1e-9:
		return fmt.Sprintf(b.t(
			"De materiële kant scoort %s punt hoger dan de menselijke kant: de techniek loopt voor op visie en deskundigheid. Investeer eerst in mensen.",
			"The material side scores %s points above the human side: technology is ahead of vision and expertise. Invest in people first."), b.num(tilt, 1))
	case tilt <= -(planning.TiltThreshold - 1e-9):
		return fmt.Sprintf(b.t(
			"De menselijke kant scoort %s punt hoger dan de materiële kant: het team is verder dan de middelen. Daar is ruimte om gericht te investeren.",
			"The human side scores %s points above the material side: the team is further along than the resources. There is room for targeted investment."), b.num(-tilt, 1))
	}
	return b.t("Menselijke en materiële kant liggen dicht bij elkaar.", "The human and material sides are close together.")
}

// --- 7 balance --------------------------------------------------------------------

func (b *builder) balanceMeaning(bal planning.Balance) string {
	switch bal {
	case planning.InBalans:
		return b.t("het leermateriaal past bij de onderwijsvorm.", "the learning material fits the form of education.")
	case planning.TechniekVoor:
		return b.t("de middelen maken meer mogelijk dan de onderwijsvorm vraagt; zonder bijpassende didactiek blijft dat vaak onbenut.",
			"the resources allow more than the form of education asks for; without matching teaching this often stays unused.")
	case planning.OnderwijsVoor:
		return b.t("de onderwijsvorm vraagt meer dan de middelen bieden. Dat is een gewone tussenstap op weg naar een nieuwe vorm.",
			"the form of education asks more than the resources offer. That is a normal intermediate step towards a new form.")
	case planning.Mismatch:
		return b.t("middelen en onderwijsvorm liggen ver uit elkaar; de kans is klein dat de middelen blijvend gebruikt worden.",
			"resources and form of education are far apart; the chance that the resources will be used for good is small.")
	}
	return b.t("niet te bepalen, want onderwijsvorm of leermateriaal is niet ingevuld.", "cannot be determined, because the form of education or the learning material is not filled in.")
}

func (b *builder) balanceChapter() Chapter {
	a := b.a
	pos := a.Position
	ch := Chapter{ID: "balance", Title: b.t("Balans", "Balance")}
	ch.Blocks = append(ch.Blocks, Paragraph(b.t(
		"Het model zet de onderwijsvorm (de menselijke kant) tegen het soort leermateriaal (de materiële kant). Op de diagonaal zijn ze in balans. Eén stap ernaast is een overgangspositie; twee stappen ernaast is een mismatch.",
		"The model sets the form of education (the human side) against the type of learning material (the material side). On the diagonal they are in balance. One step off is a transition position; two steps off is a mismatch.")))
	matrix := Section{ID: "balance-matrix", Title: b.t("Balansmatrix", "Balance matrix")}
	matrix.Blocks = append(matrix.Blocks, ChartBlock(b.matrixChart()))
	goalSource := b.t("het leermateriaal dat het plan als doel noemt", "the learning material the plan names as its goal")
	if pos.FromInvestments {
		goalSource = fmt.Sprintf(b.t("het leermateriaal waar het meeste geld van inhoud en infrastructuur naartoe gaat (%s)",
			"the learning material that gets most of the money for content and infrastructure (%s)"), codes(pos.DecidedBy))
	}
	matrix.Blocks = append(matrix.Blocks,
		Fields(
			Field{b.t("Nu", "Now"), b.cellText(pos.Now) + ": " + pos.Now.Balance().Label(b.l)},
			Field{b.t("Doel", "Goal"), b.cellText(pos.Goal) + ": " + pos.Goal.Balance().Label(b.l)},
		),
		Paragraph(b.t("Nu: ", "Now: ")+b.balanceMeaning(pos.Now.Balance())+" "+b.t("Doel: ", "Goal: ")+b.balanceMeaning(pos.Goal.Balance())),
		StyledParagraph(StyleNote, b.t("Voor het doel telt de gekozen onderwijsvorm en ", "For the goal, the chosen form of education counts and ")+goalSource+"."),
	)
	route := Section{ID: "balance-route", Title: b.t("Route: onderwijs of techniek voorop", "Route: education or technology first")}
	route.Blocks = append(route.Blocks,
		Paragraph(b.t(
			"Scholen die vanuit hun onderwijsvisie investeren, halen er het meeste uit. Scholen die met apparaten of software beginnen, zien die vaak onbenut blijven. Twee getallen laten zien welke kant dit plan op gaat: T, het deel van het geld voor inhoud en infrastructuur dat aan een visie-uitspraak hangt, en E, het deel van die investeringen waarvoor de scholing niet later begint.",
			"Schools that invest from their educational vision get the most out of it. Schools that start with devices or software often see them unused. Two numbers show which way this plan goes: T, the share of the money for content and infrastructure that is tied to a vision statement, and E, the share of those investments whose training does not start later.")),
		ChartBlock(b.routeChart()),
		Callout(b.verdictTone(a.Route.Verdict), b.t("Oordeel: ", "Verdict: ")+a.Route.Verdict.Label(b.l), b.routeText()),
	)
	ch.Sections = []Section{matrix, route}
	return ch
}

// --- 8 timeline -------------------------------------------------------------------

func (b *builder) timelineChapter() Chapter {
	ch := Chapter{ID: "timeline", Title: b.t("Tijdlijn", "Timeline")}
	ch.Blocks = append(ch.Blocks, Paragraph(b.t(
		"De balken tonen per bouwsteen wanneer elke investering loopt. Een lichte balk loopt door tot het einde van de planperiode: iets dat is aangeschaft en in gebruik blijft. Een pijl loopt van een investering naar een investering die erop wacht; een rode pijl betekent dat de volgorde niet klopt.",
		"The bars show, per building block, when each investment runs. A light bar runs on to the end of the plan period: something bought that stays in use. An arrow runs from an investment to one that waits for it; a red arrow means the order is wrong.")))
	charts := b.timelineCharts()
	if len(charts) == 0 {
		ch.Blocks = append(ch.Blocks, Paragraph(b.t("Er zijn geen investeringen met een startmaand.", "There are no investments with a start month.")))
	}
	for _, c := range charts {
		ch.Blocks = append(ch.Blocks, ChartBlock(c))
	}
	deps := Section{ID: "timeline-dependencies", Title: b.t("Afhankelijkheden", "Dependencies")}
	deps.Blocks = append(deps.Blocks,
		Paragraph(b.t("Een investering die op een andere wacht, hoort pas te beginnen als die andere klaar is.",
			"An investment that waits for another should not start before the other is done.")),
		TableBlock(b.dependencyTable()))
	ch.Sections = []Section{deps}
	return ch
}

// --- 9 budget ---------------------------------------------------------------------

func (b *builder) budgetChapter() Chapter {
	bu := b.a.Budget
	ch := Chapter{ID: "budget", Title: b.t("Begroting", "Budget")}
	ch.Blocks = append(ch.Blocks, Paragraph(b.t(
		"Uitgaven zijn wat de school in een jaar betaalt: eenmalige kosten in het startjaar plus de jaarlijkse kosten. Lasten zijn wat een jaar drukt op de exploitatie: bij afgeschreven investeringen alleen het deel van dat jaar. Het plafond is het bedrag dat de school per jaar wil uitgeven.",
		"Spending is what the school pays in a year: one-off costs in the start year plus the annual costs. Burden is what a year carries in the operating budget: for written-off investments only that year's share. The ceiling is the amount the school wants to spend per year.")))
	years := Section{ID: "budget-years", Title: b.t("Uitgaven per jaar en bouwsteen", "Spending by year and building block")}
	cols := []Column{{Title: b.t("Jaar", "Year"), Width: 8}}
	for _, bl := range model.Blocks() {
		cols = append(cols, Column{Title: capitalise(chart.ShortLabel(bl, b.l)), Width: 13, Align: AlignRight})
	}
	cols = append(cols,
		Column{Title: b.t("Totaal", "Total"), Width: 12, Align: AlignRight},
		Column{Title: b.t("Plafond", "Ceiling"), Width: 12, Align: AlignRight},
		Column{Title: b.t("Ruimte", "Margin"), Width: 12, Align: AlignRight})
	t := &Table{Columns: cols, Empty: b.t("Geen geldige planperiode.", "No valid plan period.")}
	for _, y := range bu.Years {
		row := Row{Cells: []Cell{{Text: strconv.Itoa(y.Year), Bold: true}}}
		for _, bl := range model.Blocks() {
			row.Cells = append(row.Cells, Cell{Text: b.money(y.CashByBlock.Of(bl))})
		}
		total := Cell{Text: b.money(y.CashOut), Bold: true}
		ceiling, margin := Cell{Text: "–", Tone: ToneMuted}, Cell{Text: "–", Tone: ToneMuted}
		if y.HasCeiling {
			ceiling = Cell{Text: b.money(y.Ceiling)}
			margin = Cell{Text: b.money(y.Ceiling - y.CashOut)}
			if y.Over {
				total.Tone, margin.Tone = ToneBad, ToneBad
			}
		}
		row.Cells = append(row.Cells, total, ceiling, margin)
		t.Rows = append(t.Rows, row)
	}
	if len(bu.Years) > 0 {
		row := Row{Total: true, Cells: []Cell{{Text: b.t("Totaal", "Total")}}}
		for _, bl := range model.Blocks() {
			row.Cells = append(row.Cells, Cell{Text: b.money(bu.CashByBlock.Of(bl))})
		}
		var ceil model.Money
		for _, y := range bu.Years {
			ceil += y.Ceiling
		}
		row.Cells = append(row.Cells, Cell{Text: b.money(bu.TotalCashOut)}, Cell{Text: b.money(ceil)}, Cell{})
		t.Rows = append(t.Rows, row)
	}
	years.Blocks = append(years.Blocks, TableBlock(t))
	if c := b.budgetChart(); c != nil {
		years.Blocks = append(years.Blocks, ChartBlock(c))
	}

	burden := Section{ID: "budget-burden", Title: b.t("Lasten en afschrijving", "Burden and depreciation")}
	bt := &Table{
		Columns: []Column{
			{Title: b.t("Jaar", "Year"), Width: 10},
			{Title: b.t("Uitgaven", "Spending"), Width: 18, Align: AlignRight},
			{Title: b.t("Lasten", "Burden"), Width: 18, Align: AlignRight},
			{Title: b.t("Lasten mens", "Burden people"), Width: 18, Align: AlignRight},
			{Title: b.t("Lasten middelen", "Burden means"), Width: 18, Align: AlignRight},
		},
		Empty: b.t("Geen geldige planperiode.", "No valid plan period."),
	}
	for _, y := range bu.Years {
		h := y.BurdenByBlock.Of(model.BlockVisie) + y.BurdenByBlock.Of(model.BlockDeskundigheid)
		mat := y.BurdenByBlock.Of(model.BlockInhoud) + y.BurdenByBlock.Of(model.BlockInfrastructuur)
		bt.Rows = append(bt.Rows, Row{Cells: []Cell{{Text: strconv.Itoa(y.Year), Bold: true}, {Text: b.money(y.CashOut)}, {Text: b.money(y.Burden)}, {Text: b.money(h)}, {Text: b.money(mat)}}})
	}
	if len(bu.Years) > 0 {
		bt.Rows = append(bt.Rows, Row{Total: true, Cells: []Cell{{Text: b.t("Totaal", "Total")}, {Text: b.money(bu.TotalCashOut)}, {Text: b.money(bu.TotalBurden)}, {}, {}}})
	}
	burden.Blocks = append(burden.Blocks, TableBlock(bt))
	if bu.DepreciationAfterPlan > 0 {
		burden.Blocks = append(burden.Blocks, Paragraph(fmt.Sprintf(b.t(
			"Na de planperiode drukt nog %s aan afschrijving op latere begrotingen.",
			"After the plan period, %s of depreciation still burdens later budgets."), b.money(bu.DepreciationAfterPlan))))
	}

	keys := Section{ID: "budget-figures", Title: b.t("Kengetallen", "Key figures")}
	fields := []Field{{b.t("Totale uitgaven", "Total spending"), b.money(bu.TotalCashOut)}}
	if bu.HasPerPupil {
		fields = append(fields, Field{b.t("Per leerling", "Per pupil"), b.money(bu.PerPupil)})
	}
	if bu.HumanShare.Known {
		fields = append(fields, Field{b.t("Aandeel mens (visie en deskundigheid)", "Share of people (vision and expertise)"), b.pct(bu.HumanShare.Value)})
	}
	cancelled := 0
	for _, inv := range b.investments {
		if inv.Cancelled() {
			cancelled++
		}
	}
	fields = append(fields, Field{b.t("Geschrapte investeringen", "Cancelled investments"), strconv.Itoa(cancelled)})
	keys.Blocks = append(keys.Blocks, Fields(fields...), StyledParagraph(StyleNote, b.t(
		"Het aandeel mens is het geld voor visie en deskundigheid gedeeld door het geld voor visie, deskundigheid, inhoud en infrastructuur; leiderschap telt daarin niet mee.",
		"The share of people is the money for vision and expertise divided by the money for vision, expertise, content and infrastructure; leadership is left out.")))
	ch.Sections = []Section{years, burden, keys}
	return ch
}

// --- 10 findings ------------------------------------------------------------------

func (b *builder) findingTitle(c planning.Code) string {
	titles := map[planning.Code]model.Text{
		planning.NoVision:                  {NL: "Geen visie-uitspraken", EN: "No vision statements"},
		planning.InvestmentWithoutVision:   {NL: "Investering zonder visie", EN: "Investment without a vision"},
		planning.VisionWithoutInvestment:   {NL: "Visie zonder investering", EN: "Vision without an investment"},
		planning.VisionWithoutExpertise:    {NL: "Visie zonder scholing", EN: "Vision without training"},
		planning.TechnologyBeforeExpertise: {NL: "Techniek vóór scholing", EN: "Technology before training"},
		planning.DependencyOrder:           {NL: "Volgorde klopt niet", EN: "Order is wrong"},
		planning.BalanceMismatch:           {NL: "Mismatch in de balans", EN: "Balance mismatch"},
		planning.TechnologyAhead:           {NL: "Techniek loopt voor", EN: "Technology ahead"},
		planning.BlockGap:                  {NL: "Groot verschil tussen bouwstenen", EN: "Large gap between blocks"},
		planning.AssessmentDivergence:      {NL: "Leiding en leraren zien het anders", EN: "Leaders and teachers disagree"},
		planning.NoDidacticAgreements:      {NL: "Geen didactische afspraken", EN: "No didactic agreements"},
		planning.OverBudget:                {NL: "Boven het budgetplafond", EN: "Over the budget ceiling"},
		planning.DevicesWithoutBeheer:      {NL: "Apparaten zonder beheer", EN: "Devices without management"},
		planning.NoAssessments:             {NL: "Geen zelfevaluatie", EN: "No self-assessment"},
		planning.PositionUnknown:           {NL: "Positie onbekend", EN: "Position unknown"},
	}
	if t, ok := titles[c]; ok {
		return t.In(b.l)
	}
	return string(c)
}

func (b *builder) findingsChapter() Chapter {
	ch := Chapter{ID: "findings", Title: b.t("Bevindingen", "Findings")}
	ch.Blocks = append(ch.Blocks, Paragraph(b.t(
		"De analyse legt het plan langs vaste regels en meldt wat aandacht vraagt, met wat de school eraan kan doen. Hoog betekent: los dit op voordat het plan wordt vastgesteld. Midden: bespreek het en kies bewust. Laag: goed om te weten.",
		"The analysis checks the plan against fixed rules and reports what needs attention, with what the school can do about it. High means: solve this before the plan is approved. Medium: discuss it and choose consciously. Low: good to know.")))
	for _, sev := range []planning.Severity{planning.Hoog, planning.Midden, planning.Laag} {
		s := Section{ID: "findings-" + string(sev), Title: capitalise(sev.Label(b.l))}
		tone := map[planning.Severity]Tone{planning.Hoog: ToneBad, planning.Midden: ToneWarn, planning.Laag: ToneInfo}[sev]
		n := 0
		for _, f := range b.a.Findings {
			if f.Severity != sev {
				continue
			}
			n++
			title := b.findingTitle(f.Code)
			if len(f.Subject) > 0 {
				title += " — " + codes(f.Subject)
			}
			s.Blocks = append(s.Blocks, Callout(tone, title, f.Message.In(b.l)))
		}
		if n == 0 {
			s.Blocks = append(s.Blocks, Paragraph(b.t("Geen bevindingen van dit niveau.", "No findings at this level.")))
		}
		ch.Sections = append(ch.Sections, s)
	}
	return ch
}

// --- 11 benchmark -----------------------------------------------------------------

func (b *builder) unit(u string, v float64) string {
	switch u {
	case "pupils_per_computer":
		return b.num(v, 1)
	}
	return b.num(v, 1) + "%"
}

func (b *builder) benchmarkChapter() Chapter {
	bm := b.a.Benchmark
	ch := Chapter{ID: "benchmark", Title: b.t("Vergelijking met het land", "Comparison with national figures")}
	ch.Blocks = append(ch.Blocks, Paragraph(b.t(
		"Hier staan de kengetallen van de school naast de landelijke cijfers van de Vier in balans-monitor 2013 voor dezelfde sector. Alleen cijfers die betrouwbaar uit de bron te halen zijn, worden getoond. Het zijn cijfers van jaren geleden: ze zeggen iets over waar de school staat, niet over wat de norm is.",
		"Here the school's key figures stand next to the national figures of the Four in balance monitor 2013 for the same sector. Only figures that can be taken reliably from the source are shown. They are figures from years ago: they say something about where the school stands, not what the norm is.")))
	t := &Table{
		Columns: []Column{
			{Title: b.t("Kengetal", "Indicator"), Width: 40},
			{Title: b.t("School", "School"), Width: 12, Align: AlignRight},
			{Title: b.t("Landelijk", "National"), Width: 12, Align: AlignRight},
			{Title: b.t("School is", "School is"), Width: 14},
			{Title: b.t("Bron", "Source"), Width: 22},
		},
		Empty: b.t("Geen kengetallen om te vergelijken: vul de kengetallen en de sector van de school in.",
			"No figures to compare: fill in the school's key figures and sector."),
	}
	for _, c := range bm.Comparisons {
		out := c.Outcome.Label(b.l)
		if c.LowerIsMore && c.Outcome != planning.Gelijk {
			if c.Outcome == planning.Lager {
				out += b.t(" (meer apparaten)", " (more devices)")
			} else {
				out += b.t(" (minder apparaten)", " (fewer devices)")
			}
		}
		nat := b.unit(c.Unit, c.National)
		if c.Qualifier == "approx" {
			nat = "± " + nat
		} else if c.Qualifier == "more_than" {
			nat = "> " + nat
		}
		src := c.Source
		if c.Confidence == "medium" {
			src += b.t(" (afgeleid)", " (derived)")
		}
		t.Rows = append(t.Rows, Row{Cells: []Cell{{Text: c.Label.In(b.l)}, {Text: b.unit(c.Unit, c.School)}, {Text: nat}, {Text: out}, {Text: src}}})
	}
	ch.Blocks = append(ch.Blocks, TableBlock(t))
	if a := bm.Ambition; a != nil {
		ch.Blocks = append(ch.Blocks, Paragraph(fmt.Sprintf(b.t(
			"Ambitie: in 2013 koos %s%% van de instellingen in deze sector dezelfde ambitie als deze school (%s). Bron: %s.",
			"Ambition: in 2013, %s%% of the institutions in this sector chose the same ambition as this school (%s). Source: %s."),
			b.num(a.Share, 0), a.Ambition.Label(b.l), a.Source)))
	}
	ch.Blocks = append(ch.Blocks, StyledParagraph(StyleNote, b.t(
		"Bron A: Kennisnet, Vier in balans-monitor 2013 (enquête onder leraren en leidinggevenden, schooljaar 2012-2013). Het paragraaf- of figuurnummer staat in de tabel. 'Afgeleid' betekent dat het cijfer uit de opmaak van een figuur is gereconstrueerd.",
		"Source A: Kennisnet, Vier in balans monitor 2013 (survey of teachers and managers, school year 2012-2013). The section or figure number is in the table. 'Derived' means the figure was reconstructed from the layout of a chart.")))
	return ch
}

// --- 12 appendix ------------------------------------------------------------------

func (b *builder) appendixChapter() Chapter {
	ch := Chapter{ID: "appendix", Title: b.t("Bijlagen", "Appendices")}
	agr := Section{ID: "appendix-agreements", Title: b.t("Afspraken", "Agreements")}
	agr.Blocks = append(agr.Blocks, Paragraph(b.t(
		"Afspraken verbinden de ambitie met de uitvoering. Didactische afspraken zeggen hoe leraren ict in de les gebruiken; afspraken over aanschaf en beheer sturen de keuzes voor middelen.",
		"Agreements connect the ambition with its execution. Didactic agreements say how teachers use ict in class; agreements on purchase and management steer the choice of resources.")))
	t := &Table{
		Columns: []Column{
			{Title: b.t("Soort", "Kind"), Width: 22},
			{Title: b.t("Geldt voor", "Covers"), Width: 18},
			{Title: b.t("Afspraak", "Agreement"), Width: 60},
		},
		Empty: b.t("Er zijn nog geen afspraken vastgelegd.", "No agreements have been recorded yet."),
	}
	for _, ag := range b.p.Agreements {
		kind, cov := string(ag.Kind), string(ag.Coverage)
		if ag.Kind.Valid() {
			kind = capitalise(ag.Kind.Label(b.l))
		}
		if ag.Coverage.Valid() {
			cov = ag.Coverage.Label(b.l)
		}
		t.Rows = append(t.Rows, Row{Cells: []Cell{{Text: kind}, {Text: cov}, {Text: ag.Text}}})
	}
	agr.Blocks = append(agr.Blocks, TableBlock(t))

	gl := Section{ID: "appendix-glossary", Title: b.t("Begrippen", "Glossary")}
	gl.Blocks = append(gl.Blocks, Fields(b.glossary()...))

	how := Section{ID: "appendix-analysis", Title: b.t("Zo werkt de analyse", "How the analysis works")}
	how.Blocks = append(how.Blocks,
		Paragraph(b.t(
			"Balansplan rekent alles in dit plan uit de gegevens van het plan zelf. Dezelfde gegevens geven altijd dezelfde uitkomst; er wordt niets geschat of aangevuld.",
			"Balansplan computes everything in this plan from the plan's own data. The same data always give the same result; nothing is estimated or filled in.")),
		List(
			b.t("Niveaus: per bouwsteen het gemiddelde van alle cijfers voor nu en voor doel, ook per rol. 'Weet niet' telt niet mee. Menselijk is het gemiddelde van visie en deskundigheid, materieel dat van inhoud en infrastructuur.",
				"Levels: per block the mean of all scores for now and for goal, also per role. 'Don't know' does not count. Human is the mean of vision and expertise, material that of content and infrastructure."),
			b.t("Balans: de onderwijsvorm en het leermateriaal van nu komen uit het plan. Voor het doel telt het leermateriaal waar het meeste geld van inhoud en infrastructuur naartoe gaat; zonder zulke investeringen het doel uit het plan.",
				"Balance: the form of education and learning material of now come from the plan. For the goal, the learning material that gets most of the money for content and infrastructure counts; without such investments, the goal in the plan."),
			fmt.Sprintf(b.t("Route: onderwijsgedreven als er visie-uitspraken zijn en T en E allebei minstens %s zijn; techniekgedreven zonder visie-uitspraken of als T of E onder %s ligt; anders gemengd.",
				"Route: education-driven when there are vision statements and T and E are both at least %s; technology-driven without vision statements or when T or E is below %s; otherwise mixed."),
				b.pct(planning.DrivenThreshold), b.pct(planning.TechnologyBelow)),
			b.t("Begroting: eenmalige kosten in het startjaar, jaarlijkse kosten van start tot einde (of tot het einde van de planperiode). Afschrijving verdeelt een eenmalig bedrag gelijk over het opgegeven aantal jaren. Geschrapte investeringen tellen nergens mee.",
				"Budget: one-off costs in the start year, annual costs from start to end (or to the end of the plan period). Depreciation spreads a one-off amount evenly over the given number of years. Cancelled investments count nowhere."),
			fmt.Sprintf(b.t("Bevindingen: vaste regels, onder meer techniek loopt voor bij een kanteling van %s punt of meer, een groot verschil tussen bouwstenen bij %s punt of meer, en verschil tussen leiding en leraren bij %s punt of meer.",
				"Findings: fixed rules, among them technology ahead at a tilt of %s points or more, a large gap between blocks at %s points or more, and disagreement between leaders and teachers at %s points or more."),
				b.num(planning.TiltThreshold, 1), b.num(planning.BlockGapThreshold, 1), b.num(planning.DivergenceThreshold, 1)),
			b.t("Vergelijking: de kengetallen van de school naast de landelijke cijfers van 2013 voor dezelfde sector, alleen waar de bron betrouwbaar is.",
				"Comparison: the school's key figures next to the national figures of 2013 for the same sector, only where the source is reliable."),
		),
	)
	ch.Sections = []Section{agr, gl, how}
	return ch
}

func (b *builder) glossary() []Field {
	g := []struct{ nlTerm, enTerm, nl, en string }{
		{"Vier in balans", "Four in balance", "model van Kennisnet: ict levert pas iets op als visie, deskundigheid, inhoud en infrastructuur op elkaar aansluiten, met leiderschap als verbindende factor.",
			"Kennisnet's model: ict only pays off when vision, expertise, content and infrastructure fit together, with leadership connecting them."},
		{"Bouwsteen", "Building block", "een van de vier onderdelen van het model (visie, deskundigheid, inhoud en toepassingen, infrastructuur); leiderschap houdt ze bij elkaar.",
			"one of the model's four parts (vision, expertise, content and applications, infrastructure); leadership holds them together."},
		{"Menselijke factoren", "Human factors", "visie en deskundigheid: wat mensen willen en kunnen.", "vision and expertise: what people want and are able to do."},
		{"Materiële factoren", "Material factors", "inhoud en infrastructuur: de middelen.", "content and infrastructure: the means."},
		{"Onderwijsvorm", "Form of education", "hoe leerlingen leren: leraargestuurd, zelfstandig of zelfgeorganiseerd.", "how pupils learn: teacher-led, independent or self-organised."},
		{"Leermateriaal", "Learning material", "het soort digitaal materiaal: instructie en oefenen, adaptief, of een persoonlijke leeromgeving.",
			"the type of digital material: instruction and practice, adaptive, or a personal learning environment."},
		{"Balans", "Balance", "onderwijsvorm en leermateriaal passen bij elkaar. Loopt de techniek voor, dan biedt ze meer dan de didactiek gebruikt; loopt het onderwijs voor, dan is dat een overgangsfase.",
			"form of education and learning material fit each other. When technology is ahead, it offers more than teaching uses; when education is ahead, that is a transition phase."},
		{"Mismatch", "Mismatch", "middelen en onderwijsvorm liggen twee stappen uit elkaar; de kans op blijvend gebruik is klein.",
			"resources and form of education are two steps apart; lasting use is unlikely."},
		{"Onderwijsgedreven", "Education-driven", "een plan dat begint bij de visie en de mensen, en daarna de middelen kiest.", "a plan that starts from the vision and the people, and then chooses the means."},
		{"Techniekgedreven", "Technology-driven", "een plan dat begint bij apparaten of software; vaak blijven die onbenut.", "a plan that starts from devices or software; these often stay unused."},
		{"Opbrengst", "Return", "wat de school van ict verwacht: voor het leren (motivatie, resultaten, efficiënter leren, digitale geletterdheid, voorbereiding op werk) of voor de organisatie (tijdwinst, inzicht, professionaliteit, sturing, betrokkenheid).",
			"what the school expects from ict: for learning (motivation, results, more efficient learning, digital literacy, preparation for work) or for the organisation (time saved, insight, professionalism, steering, involvement)."},
		{"Afspraak", "Agreement", "een teambrede afspraak over het didactisch gebruik van ict of over aanschaf en beheer.", "a team-wide agreement on the didactic use of ict or on purchase and management."},
		{"Beheer", "Management", "het onderhouden, bijwerken en vervangen van apparaten, netwerk en software.", "maintaining, updating and replacing devices, network and software."},
		{"Uitgaven en lasten", "Spending and burden", "uitgaven zijn wat in een jaar betaald wordt; lasten zijn wat een jaar drukt op de exploitatie, met afschrijving verdeeld over de jaren.",
			"spending is what is paid in a year; burden is what a year carries in the operating budget, with depreciation spread over the years."},
	}
	out := make([]Field, len(g))
	for i, e := range g {
		out[i] = Field{b.t(e.nlTerm, e.enTerm), b.t(e.nl, e.en)}
	}
	return out
}
