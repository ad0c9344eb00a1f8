package export

import (
	"fmt"
	"regexp"
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
	r := b.a.Route
	switch v {
	case planning.Onderwijsgedreven:
		return b.t("De investeringen volgen uit de visie, en werk aan visie en deskundigheid komt vóór de middelen.",
			"The investments follow from the vision, and work on vision and expertise comes before the means.")
	case planning.Gemengd:
		return b.t("Een deel van de investeringen volgt uit de visie, maar niet alles, of de middelen komen soms vóór de mensen. De bevindingen laten zien waar.",
			"Part of the investments follows from the vision, but not all of it, or the means sometimes come before the people. The findings show where.")
	case planning.VisieOntbreekt:
		return b.t("Het plan heeft nog geen visie-uitspraken, dus de route is niet te beoordelen: het waarom ontbreekt, in welke volgorde de school ook investeert. Schrijf eerst met het team de visie en koppel de investeringen eraan.",
			"The plan has no vision statements yet, so the route cannot be judged: the why is missing, whatever the order of the investments. First write the vision with the team and link the investments to it.")
	}
	low := func(l planning.Level) bool { return l.Known && l.Value < planning.TechnologyBelow-1e-9 }
	switch {
	case low(r.T()):
		return b.t("Minder dan de helft van het geld voor inhoud en infrastructuur hangt aan een visie-uitspraak: de middelen sturen dit plan meer dan de onderwijsdoelen. Koppel elke aanschaf aan de uitspraak die ze dient, of stel haar ter discussie.",
			"Less than half of the money for content and infrastructure is tied to a vision statement: the means steer this plan more than the educational goals. Link every purchase to the statement it serves, or question it.")
	case low(r.E()):
		return b.t("Bij minder dan de helft van de gekoppelde investeringen in inhoud en infrastructuur begint het werk aan visie of deskundigheid eerder: de middelen komen vóór de mensen. Laat visie en scholing eerder beginnen; anders blijven nieuwe middelen vaak onbenut.",
			"For less than half of the linked investments in content and infrastructure does work on vision or expertise start first: the means come before the people. Start vision and training earlier; otherwise new resources often stay unused.")
	}
	return ""
}

// thresholdNote says whose the thresholds of the route are: Balansplan's,
// chosen to make the model's advice testable; Kennisnet names no numbers.
func (b *builder) thresholdNote() string {
	return fmt.Sprintf(b.t("De grenzen van %s en %s zijn die van Balansplan, niet van Kennisnet: het model Vier in balans noemt geen getallen.",
		"The thresholds of %s and %s are Balansplan's, not Kennisnet's: the Four in balance model names no numbers."),
		planning.FormatPercent(planning.DrivenThreshold, b.l), planning.FormatPercent(planning.TechnologyBelow, b.l))
}

func (b *builder) routeText() string {
	r := b.a.Route
	var text string
	switch {
	case !r.T().Known:
		text = b.t("Het plan heeft geen investeringen in inhoud of infrastructuur, dus T en E zijn niet van toepassing. ",
			"The plan has no investments in content or infrastructure, so T and E do not apply. ")
	case !r.E().Known:
		text = fmt.Sprintf(b.t("%s van het geld voor inhoud en infrastructuur hangt aan een visie-uitspraak (T). Omdat geen van die investeringen gekoppeld is, is E niet van toepassing. ",
			"%s of the money for content and infrastructure is tied to a vision statement (T). Since none of those investments is linked, E does not apply. "),
			capitalise(b.share(r.T())))
	default:
		text = fmt.Sprintf(b.t(
			"%s van het geld voor inhoud en infrastructuur hangt aan een visie-uitspraak (T). Bij %s van die gekoppelde investeringen begint er eerder of tegelijk werk aan visie of deskundigheid voor dezelfde visie (E). ",
			"%s of the money for content and infrastructure is tied to a vision statement (T). For %s of those linked investments, work on vision or expertise for the same vision starts earlier or at the same time (E). "),
			capitalise(b.share(r.T())), b.share(r.E()))
	}
	return strings.TrimSpace(text + b.verdictMeaning(r.Verdict))
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
	amb := b.t("ict inzetten voor beter onderwijs", "use ICT for better education")
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
		perPupil = fmt.Sprintf(b.t(" (%s per leerling over de hele planperiode)", " (%s per pupil over the whole plan period)"), b.money(a.Budget.PerPupil))
	}
	human := planning.NotApplicable.In(b.l)
	if a.Budget.HumanShare.Known {
		human = fmt.Sprintf(b.t("%s naar visie en deskundigheid", "%s to vision and expertise"), b.share(a.Budget.HumanShare))
	}
	ch.Blocks = append(ch.Blocks, Fields(
		Field{b.t("Balans nu", "Balance now"), b.cellText(pos.Now) + ": " + pos.Now.Balance().Label(b.l)},
		Field{b.t("Balans doel", "Balance goal"), b.cellText(pos.Goal) + ": " + pos.Goal.Balance().Label(b.l)},
		Field{b.t("Totale uitgaven", "Total spending"), b.money(a.Budget.TotalCashOut) + perPupil},
		Field{b.t("Budgetplafond", "Budget ceiling"), b.budgetVerdict()},
		Field{b.t("Mens en middelen", "People and means"), human},
	))
	// The most important findings in the order of the analysis (severity,
	// then the domain's order), each with its whole message: the advice is
	// the point of a finding.
	top := topFindings(a.Findings, summaryFindings)
	switch {
	case len(top) == 0:
		ch.Blocks = append(ch.Blocks, Heading(b.t("Bevindingen", "Findings")), Paragraph(planning.NothingToAct.In(b.l)))
	case len(top) == 1:
		ch.Blocks = append(ch.Blocks, Heading(b.t("De enige bevinding", "The only finding")))
	case len(top) < len(a.Findings):
		ch.Blocks = append(ch.Blocks, Heading(fmt.Sprintf(b.t("De %d belangrijkste bevindingen (van %d)", "The %d most important findings (of %d)"), len(top), len(a.Findings))))
	default:
		ch.Blocks = append(ch.Blocks, Heading(fmt.Sprintf(b.t("De %d bevindingen", "The %d findings"), len(top))))
	}
	var items []string
	for _, f := range top {
		items = append(items, fmt.Sprintf("%s (%s): %s", b.findingTitle(f.Code), f.Severity.Label(b.l), f.Message.In(b.l)))
	}
	if len(items) > 0 {
		ch.Blocks = append(ch.Blocks, List(items...))
	}
	if c := b.radarNowGoal(66); c != nil {
		c.Title = b.t("Zelfevaluatie: nu en doel per bouwsteen", "Self-assessment: now and goal per block")
		c.Shrink = true
		ch.Blocks = append(ch.Blocks, ChartBlock(c))
	}
	return ch
}

// topFindings picks the first n findings in the analysis's order, at most
// one of each code: three places are too few to spend two on the same rule
// (issue 13, defect 6). When there are fewer codes than places, a code's
// next findings fill the rest, in order.
func topFindings(fs []planning.Finding, n int) []planning.Finding {
	used := map[planning.Code]bool{}
	taken := make([]bool, len(fs))
	count := 0
	for i, f := range fs {
		if count < n && !used[f.Code] {
			used[f.Code], taken[i] = true, true
			count++
		}
	}
	for i := range fs {
		if count < n && !taken[i] {
			taken[i] = true
			count++
		}
	}
	var top []planning.Finding
	for i, f := range fs {
		if taken[i] {
			top = append(top, f)
		}
	}
	return top
}

// --- 2 school and ambition --------------------------------------------------

func (b *builder) ambitionText(a model.Ambition) string {
	switch a {
	case model.AmbitionBehouden:
		return b.t("De school houdt haar onderwijsconcept zoals het is en zet ict in om binnen dat concept beter en doelmatiger te werken.",
			"The school keeps its educational concept as it is and uses ICT to work better and more efficiently within it.")
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
			"With Four in balance, Kennisnet describes what a school needs to use ICT in a way that helps pupils learn and makes the school work more efficiently. The model names four building blocks that must fit together; a shortfall in one of them holds back the others.")),
		Fields(
			Field{model.BlockVisie.Label(b.l), b.t("wat de school onder goed onderwijs verstaat, waar ze naartoe wil en welke rol ict daarin speelt.",
				"what the school considers good education, where it wants to go and what part ICT plays in that.")},
			Field{model.BlockDeskundigheid.Label(b.l), b.t("wat leraren, leidinggevenden en ondersteuners moeten kennen en kunnen om ict goed te gebruiken.",
				"what teachers, managers and support staff need to know and be able to do to use ICT well.")},
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
			"De onderwijsvorm zegt hoe leerlingen leren: geleid door de leraar, zelfstandig in eigen tempo, of doordat leerlingen hun leren samen zelf organiseren. Het leermateriaal moet daarbij passen: oefenmateriaal past bij leraargestuurd onderwijs, adaptief materiaal bij zelfstandig leren en een persoonlijke leeromgeving bij zelfgeorganiseerd leren.",
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
		"The vision statements say what the school wants to achieve with ICT. Every investment in this plan should serve at least one of them. Each statement lists the return the school expects: for learning itself (motivation, results, more efficient learning, digital literacy, preparation for work) or for the organisation around it (time saved, insight, professionalism, steering, involvement)."))
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
			Field{b.t("Evaluatie", "Evaluation"), b.evaluationText(v.Evaluation)},
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

// evaluationText says how and when the school will see whether a vision's
// returns come: the indicator and the month in words, or what is missing.
func (b *builder) evaluationText(e model.Evaluation) string {
	indicator := strings.TrimSpace(e.Indicator)
	switch {
	case indicator != "" && !e.Moment.IsZero():
		return fmt.Sprintf(b.t("%s; bekeken in %s", "%s; checked in %s"), indicator, planning.FormatMonth(e.Moment, b.l))
	case indicator != "":
		return indicator + b.t("; het moment is nog niet gekozen", "; the moment has not been chosen yet")
	case !e.Moment.IsZero():
		return fmt.Sprintf(b.t("in %s; waaraan de school de opbrengst ziet, is nog niet beschreven", "in %s; what will show the return has not been described yet"),
			planning.FormatMonth(e.Moment, b.l))
	}
	return b.t("nog niet afgesproken: waaraan en wanneer de school ziet of de opbrengsten er komen",
		"not agreed yet: what will show whether the returns come, and when")
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
		"Per bouwsteen staan hier de investeringen van het plan, één regel per investering: wat de school doet of aanschaft, wie ervoor zorgt, wanneer, wat het kost en welke visie-uitspraken het dient. Soort, scholingsdoel en omschrijving staan in de bijlage. Eenmalige kosten vallen in het startjaar; jaarlijkse kosten lopen door tot het einde, of tot het einde van de planperiode als er geen einde is. Geschrapte investeringen staan er grijs bij en tellen nergens mee.",
		"For each building block, these are the plan's investments, one line each: what the school does or buys, who takes care of it, when, what it costs and which vision statements it serves. Kind, training focus and description are in the appendix. One-off costs fall in the start year; annual costs run until the end, or until the end of the plan period when there is no end. Cancelled investments are shown in grey and count nowhere.")))
	for _, bl := range model.Blocks() {
		s := Section{ID: "investments-" + string(bl), Title: capitalise(bl.Label(b.l))}
		s.Blocks = append(s.Blocks, StyledParagraph(StyleNote, b.blockIntro(bl)))
		t := &Table{
			Columns: []Column{
				{Title: b.t("Code", "Code"), Width: 6},
				{Title: b.t("Investering", "Investment"), Width: 34},
				{Title: b.t("Eigenaar", "Owner"), Width: 13},
				{Title: b.t("Periode", "Period"), Width: 13},
				{Title: b.t("Eenmalig", "One-off"), Width: 9, Align: AlignRight},
				{Title: b.t("Per jaar", "Per year"), Width: 8, Align: AlignRight},
				{Title: b.t("Status", "Status"), Width: 8},
				{Title: b.t("Visies", "Visions"), Width: 9},
			},
			Empty: b.t("Geen investeringen in deze bouwsteen.", "No investments in this building block."),
			Dense: true,
		}
		var oneOff, recurring model.Money
		for _, inv := range b.investments {
			if inv.Block != bl {
				continue
			}
			// One dense row per investment: the title only. What else the
			// school wrote about it (category, focus, description) is in the
			// appendix, so that a plan of hundreds of investments stays a
			// document a board reads (issue 13, defect 6).
			title := inv.Title
			if inv.Pilot {
				title += " " + b.t("(pilot)", "(pilot)")
			}
			vc := b.visionCodesOf(inv)
			vcell := Cell{Text: denseCodes(vc)}
			if len(vc) == 0 && bl != model.BlockVisie && bl != model.BlockLeiderschap && !inv.Cancelled() {
				vcell = Cell{Text: "—", Tone: ToneMissing}
			}
			status := "–"
			if inv.Status.Valid() {
				status = inv.Status.Label(b.l)
			}
			row := Row{Cells: []Cell{
				{Text: inv.Code, Bold: true}, {Text: title}, {Text: inv.Owner}, {Text: b.periodDense(inv)},
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

// denseCodes joins codes for a narrow column: three to a group without
// spaces ("V3,V21,V30 V31"), so that the usual one to three visions of an
// investment take one line, while a long list can still wrap between
// groups.
func denseCodes(cs []string) string {
	var b strings.Builder
	for i, c := range cs {
		switch {
		case i == 0:
		case i%3 == 0:
			b.WriteString(", ")
		default:
			b.WriteString(",")
		}
		b.WriteString(c)
	}
	return b.String()
}

// periodDense writes an investment's period without spaces around the
// dash, so that it takes one line in the dense investment table.
func (b *builder) periodDense(inv *model.Investment) string {
	if !inv.Start.IsZero() && !inv.End.IsZero() && inv.End != inv.Start {
		return b.month(inv.Start) + "–" + b.month(inv.End)
	}
	return b.period(inv)
}

// investmentDetails is the appendix section with what the investment table
// leaves out: each investment's kind, training focus and description.
// Investments whose details read the same word for word share a row, with
// all their codes, so that a plan generated from a template does not
// repeat one text hundreds of times; every code is still listed.
func (b *builder) investmentDetails() Section {
	s := Section{ID: "appendix-investments", Title: b.t("Omschrijving van de investeringen", "Investment descriptions")}
	s.Blocks = append(s.Blocks, StyledParagraph(StyleNote, b.t(
		"Per investering de soort, het scholingsdoel en de omschrijving, zoals de school ze invulde. Investeringen met precies dezelfde tekst staan samen op één regel.",
		"For each investment its kind, training focus and description, as the school wrote them. Investments with exactly the same text share a line.")))
	t := &Table{
		Columns: []Column{
			{Title: b.t("Investering", "Investment"), Width: 22},
			{Title: b.t("Omschrijving", "Description"), Width: 78},
		},
		Empty: b.t("Geen investering heeft een soort of omschrijving.", "No investment has a kind or description."),
	}
	row := map[string]int{} // details text -> row index
	var rowCodes [][]string
	for _, bl := range model.Blocks() {
		for _, inv := range b.investments {
			if inv.Block != bl {
				continue
			}
			var parts []string
			if cat := strings.TrimSpace(string(inv.Category)); cat != "" {
				parts = append(parts, capitalise(inv.Category.Label(b.l))+".")
			}
			if inv.Block == model.BlockDeskundigheid && inv.Focus.Valid() {
				parts = append(parts, b.t("Gericht op: ", "Focus: ")+inv.Focus.Label(b.l)+".")
			}
			if d := strings.TrimSpace(inv.Description); d != "" {
				parts = append(parts, d)
			}
			if len(parts) == 0 {
				continue
			}
			text := strings.Join(parts, " ")
			if i, ok := row[text]; ok {
				rowCodes[i] = append(rowCodes[i], inv.Code)
				continue
			}
			row[text] = len(t.Rows)
			rowCodes = append(rowCodes, []string{inv.Code})
			label := inv.Code + " " + inv.Title
			t.Rows = append(t.Rows, Row{Cells: []Cell{{Text: label, Bold: true}, {Text: text}}})
		}
	}
	for i, cs := range rowCodes {
		if len(cs) > 1 {
			t.Rows[i].Cells[0] = Cell{Text: codes(cs), Bold: true}
		}
	}
	s.Blocks = append(s.Blocks, TableBlock(t))
	return s
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
			Field{b.t("T: gekoppeld deel van het geld", "T: linked share of the money"), b.share(r.T())},
			Field{b.t("E: mensen eerst (visie of deskundigheid op tijd)", "E: people first (vision or expertise in time)"), b.shareOf(r.E(), r.ExpertiseFirst, r.TracedInvestments)},
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
			growth = b.num(goal.Value-now.Value, levelDecimals)
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
	// The same words as the finding: who gave what, in the singular for
	// one leader.
	var items []string
	for _, f := range a.Findings {
		if f.Code == planning.AssessmentDivergence {
			items = append(items, f.Message.In(b.l))
		}
	}
	if len(items) == 0 {
		div.Blocks = append(div.Blocks, Paragraph(fmt.Sprintf(b.t(
			"Leiding en leraren liggen op geen enkele bouwsteen %s of meer uit elkaar.",
			"On no building block do leadership and teachers differ by %s or more."), b.points(planning.DivergenceThreshold))))
	} else {
		div.Blocks = append(div.Blocks, List(items...))
	}
	div.Blocks = append(div.Blocks, StyledParagraph(StyleNote, b.t(
		"Spreiding is het verschil tussen het hoogste en het laagste cijfer voor nu. Een grote spreiding betekent dat het team de school heel verschillend ziet.",
		"Spread is the difference between the highest and the lowest score for now. A large spread means the team sees the school very differently.")))
	ch.Sections = []Section{levels, roles, div, b.teamSection()}
	return ch
}

// teamSection is the team profile (§4.4a): how many participants are in
// the kopgroep, the peloton and the staartgroep of weekly ict use, and
// where those groups come from.
func (b *builder) teamSection() Section {
	tp := b.a.Team
	s := Section{ID: "assessment-team", Title: b.t("Teamprofiel: ict-gebruik", "Team profile: ICT use")}
	s.Blocks = append(s.Blocks, Paragraph(fmt.Sprintf(b.t(
		"Bij de zelfevaluatie kan iedere deelnemer aangeven welke van %d ict-toepassingen hij of zij minstens wekelijks gebruikt. Naar het aantal valt iemand in de kopgroep, het peloton of de staartgroep.",
		"With the self-assessment each participant can say which of %d ICT applications they use at least weekly. By that number a person falls in the leading group (kopgroep), the main group (peloton) or the trailing group (staartgroep)."),
		len(model.Applications()))))
	if tp.Recorded == 0 {
		s.Blocks = append(s.Blocks, Paragraph(b.t(
			"Geen deelnemer heeft zijn of haar ict-gebruik opgegeven, dus er is nog geen teamprofiel.",
			"No participant has recorded their ICT use, so there is no team profile yet.")))
	} else {
		t := &Table{Columns: []Column{
			{Title: b.t("Groep", "Group"), Width: 30},
			{Title: b.t("Toepassingen per week", "Applications a week"), Width: 35},
			{Title: b.t("Deelnemers", "Participants"), Width: 20, Align: AlignRight},
		}}
		for _, g := range []struct {
			group planning.Group
			rule  string
		}{
			{planning.Kopgroep, fmt.Sprintf(b.t("%d of meer", "%d or more"), planning.KopgroepMin)},
			{planning.Peloton, fmt.Sprintf(b.t("%d tot en met %d", "%d to %d"), planning.StaartgroepMax+1, planning.KopgroepMin-1)},
			{planning.Staartgroep, fmt.Sprintf(b.t("hooguit %d", "at most %d"), planning.StaartgroepMax)},
		} {
			cell := Cell{Text: strconv.Itoa(tp.Count(g.group))}
			if g.group == planning.Staartgroep && tp.Recorded >= planning.TeamProfileMinRecorded && 3*tp.Staartgroep >= tp.Recorded {
				cell.Tone = ToneWarn
			}
			t.Rows = append(t.Rows, Row{Cells: []Cell{{Text: capitalise(g.group.Label(b.l))}, {Text: g.rule}, cell}})
		}
		t.Rows = append(t.Rows, Row{Total: true, Cells: []Cell{{Text: b.t("Opgegeven", "Recorded")}, {}, {Text: strconv.Itoa(tp.Recorded)}}})
		s.Blocks = append(s.Blocks, TableBlock(t))
		if n := b.a.Levels.Participants; n > tp.Recorded {
			s.Blocks = append(s.Blocks, Paragraph(fmt.Sprintf(b.t(
				"%d van de %d deelnemers gaven hun ict-gebruik op; het profiel gaat over hen.",
				"%d of the %d participants recorded their ICT use; the profile is about them."), tp.Recorded, n)))
		}
	}
	s.Blocks = append(s.Blocks, StyledParagraph(StyleNote, fmt.Sprintf(b.t(
		"De indeling in kopgroep, peloton en staartgroep komt uit een cursusmodule over de Vier in balans-monitor; die module noemt niet uit welke editie van de monitor de groepen komen. Daar gebruikte de staartgroep ongeveer 1, het peloton 6 à 7 en de kopgroep 13 à 14 van 22 toepassingen. De grenzen hier (hooguit %d, %d of meer) zijn die van Balansplan: het midden tussen die groepen, omgerekend naar %d toepassingen.",
		"The division into kopgroep, peloton and staartgroep comes from a course module on the Four in balance monitor; the module does not say which edition of the monitor the groups come from. There the trailing group used about 1, the main group 6 to 7 and the leading group 13 to 14 of 22 applications. The bounds here (at most %d, %d or more) are Balansplan's: the midpoints between those groups, scaled to %d applications."),
		planning.StaartgroepMax, planning.KopgroepMin, len(model.Applications()))))
	return s
}

func (b *builder) tiltText(tilt float64) string {
	switch {
	case tilt >= planning.TiltThreshold-1e-9:
		return fmt.Sprintf(b.t(
			"De materiële kant scoort %s hoger dan de menselijke kant: een scheefstand naar de techniek, die voorloopt op visie en deskundigheid. Investeer eerst in mensen.",
			"The material side scores %s above the human side: a tilt towards technology, which is ahead of vision and expertise. Invest in people first."), b.points(tilt))
	case tilt <= -(planning.TiltThreshold - 1e-9):
		return fmt.Sprintf(b.t(
			"De menselijke kant scoort %s hoger dan de materiële kant: een scheefstand naar de mensen, het team is verder dan de middelen. Daar is ruimte om gericht te investeren.",
			"The human side scores %s above the material side: a tilt towards the people, the team is further along than the resources. There is room for targeted investment."), b.points(-tilt))
	}
	return fmt.Sprintf(b.t("Menselijke en materiële kant liggen dicht bij elkaar: de scheefstand (materieel min menselijk) is %s, minder dan %s.",
		"The human and material sides are close together: the tilt (material minus human) is %s, less than %s."),
		b.points(tilt), b.points(planning.TiltThreshold))
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
	switch {
	case pos.FromInvestments && pos.DecidedFrom == model.BlockInhoud:
		goalSource = fmt.Sprintf(b.t("het leermateriaal waar het meeste geld van inhoud naartoe gaat (%s); pilots tellen niet mee",
			"the learning material that gets most of the money for content (%s); pilots do not count"), codes(pos.DecidedBy))
	case pos.FromInvestments:
		goalSource = fmt.Sprintf(b.t("het leermateriaal waar de infrastructuur het meeste geld voor krijgt (%s), omdat geen investering in inhoud een soort noemt; pilots tellen niet mee",
			"the learning material for which the infrastructure gets most of the money (%s), as no content investment names a type; pilots do not count"), codes(pos.DecidedBy))
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
			"Scholen die vanuit hun onderwijsvisie investeren, halen er het meeste uit. Scholen die met apparaten of software beginnen, zien die vaak onbenut blijven. Twee getallen laten zien welke kant dit plan op gaat: T, het deel van het geld voor inhoud en infrastructuur dat aan een visie-uitspraak hangt, en E, het deel van die investeringen waarvoor het werk aan visie of deskundigheid niet later begint. Onderwijsgedreven is een plan met T en E allebei minstens 80%; techniekgedreven een plan met T of E onder 50%; daartussen gemengd. Een plan zonder visie-uitspraken krijgt geen oordeel over de route.",
			"Schools that invest from their educational vision get the most out of it. Schools that start with devices or software often see them unused. Two numbers show which way this plan goes: T, the share of the money for content and infrastructure that is tied to a vision statement, and E, the share of those investments whose work on vision or expertise does not start later. A plan is education-driven with T and E both at least 80%, technology-driven with T or E below 50%, and mixed in between. A plan without vision statements gets no verdict on its route.")+" "+b.thresholdNote()),
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
	deps := Section{ID: "timeline-dependencies", Title: b.t("Afhankelijkheden", "Dependencies")}
	deps.Blocks = append(deps.Blocks,
		Paragraph(b.t("Een investering die op een andere wacht, hoort pas te beginnen als die andere klaar is.",
			"An investment that waits for another should not start before the other is done.")),
		TableBlock(b.dependencyTable()))
	if len(charts) <= 1 {
		for _, c := range charts {
			ch.Blocks = append(ch.Blocks, ChartBlock(c))
		}
		ch.Sections = []Section{deps}
		return ch
	}
	// A timeline of several pages is not something a board reads in the
	// body: it gets the summary per bouwsteen and year, and the full
	// timeline goes to the appendix (issue 13, defect 6).
	ch.Blocks = append(ch.Blocks, TableBlock(b.timelineSummary()), StyledParagraph(StyleNote, b.t(
		"De volledige tijdlijn, met een balk per investering, en de afhankelijkheden staan in de bijlage.",
		"The full timeline, with a bar for each investment, and the dependencies are in the appendix.")))
	full := Section{ID: "appendix-timeline", Title: b.t("Tijdlijn per investering", "Timeline per investment")}
	full.Blocks = append(full.Blocks, ch.Blocks[0])
	for _, c := range charts {
		full.Blocks = append(full.Blocks, ChartBlock(c))
	}
	full.Blocks = append(full.Blocks, Heading(deps.Title))
	full.Blocks = append(full.Blocks, deps.Blocks...)
	ch.Blocks[0] = Paragraph(b.t(
		"Per bouwsteen en jaar: hoeveel investeringen dat jaar lopen, en hoeveel daarvan in dat jaar beginnen. Geschrapte investeringen en investeringen zonder startmaand tellen niet mee.",
		"Per building block and year: how many investments run in that year, and how many of them start in it. Cancelled investments and investments without a start month do not count."))
	b.ganttAppendix = &full
	return ch
}

// timelineSummary counts, per bouwsteen and plan year, the investments that
// run in the year and those that start in it: "12 (3 nieuw)". An investment
// without an end runs to the end of the plan period.
func (b *builder) timelineSummary() *Table {
	years := b.p.Years()
	cols := []Column{{Title: b.t("Bouwsteen", "Building block"), Width: 20}}
	for _, y := range years {
		cols = append(cols, Column{Title: strconv.Itoa(y), Width: 80 / float64(len(years)), Align: AlignRight})
	}
	t := &Table{Columns: cols, Empty: b.t("Geen geldige planperiode.", "No valid plan period.")}
	if len(years) == 0 {
		return t
	}
	for _, bl := range model.Blocks() {
		row := Row{Cells: []Cell{{Text: capitalise(bl.Label(b.l)), Bold: true}}}
		for _, y := range years {
			running, starting := 0, 0
			for _, inv := range b.investments {
				if inv.Block != bl || inv.Cancelled() || inv.Start.IsZero() {
					continue
				}
				if inv.Start.Year() > y || !inv.End.IsZero() && inv.End.Year() < y {
					continue
				}
				running++
				if inv.Start.Year() == y {
					starting++
				}
			}
			text := strconv.Itoa(running)
			if starting > 0 {
				text += fmt.Sprintf(b.t(" (%d nieuw)", " (%d new)"), starting)
			}
			if running == 0 {
				text = "–"
			}
			row.Cells = append(row.Cells, Cell{Text: text})
		}
		t.Rows = append(t.Rows, row)
	}
	return t
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
	// Lasten mens, middelen and leiderschap add up to Lasten: leiderschap
	// is neither people nor means in the model, so it has its own column
	// rather than leave a difference without a word (issue 13, defect 5).
	// Burden is rounded to whole euros like the spending beside it.
	bt := &Table{
		Columns: []Column{
			{Title: b.t("Jaar", "Year"), Width: 10},
			{Title: b.t("Uitgaven", "Spending"), Width: 18, Align: AlignRight},
			{Title: b.t("Lasten", "Burden"), Width: 18, Align: AlignRight},
			{Title: b.t("Lasten mens", "Burden people"), Width: 18, Align: AlignRight},
			{Title: b.t("Lasten middelen", "Burden means"), Width: 18, Align: AlignRight},
			{Title: b.t("Lasten leiderschap", "Burden leadership"), Width: 18, Align: AlignRight},
		},
		Empty: b.t("Geen geldige planperiode.", "No valid plan period."),
	}
	var totH, totM, totL model.Money
	for _, y := range bu.Years {
		h := y.BurdenByBlock.Of(model.BlockVisie) + y.BurdenByBlock.Of(model.BlockDeskundigheid)
		mat := y.BurdenByBlock.Of(model.BlockInhoud) + y.BurdenByBlock.Of(model.BlockInfrastructuur)
		lead := y.BurdenByBlock.Of(model.BlockLeiderschap)
		totH, totM, totL = totH+h, totM+mat, totL+lead
		bt.Rows = append(bt.Rows, Row{Cells: []Cell{{Text: strconv.Itoa(y.Year), Bold: true}, {Text: b.money(y.CashOut)}, {Text: b.euros(y.Burden)}, {Text: b.euros(h)}, {Text: b.euros(mat)}, {Text: b.euros(lead)}}})
	}
	if len(bu.Years) > 0 {
		bt.Rows = append(bt.Rows, Row{Total: true, Cells: []Cell{{Text: b.t("Totaal", "Total")}, {Text: b.money(bu.TotalCashOut)}, {Text: b.euros(bu.TotalBurden)}, {Text: b.euros(totH)}, {Text: b.euros(totM)}, {Text: b.euros(totL)}}})
	}
	burden.Blocks = append(burden.Blocks, TableBlock(bt), StyledParagraph(StyleNote, b.t(
		"Lasten mens (visie en deskundigheid), middelen (inhoud en infrastructuur) en leiderschap samen zijn de lasten. Lasten staan afgerond op hele euro's; daardoor kan een optelling een euro verschillen.",
		"Burden for people (vision and expertise), means (content and infrastructure) and leadership together make the burden. Burden is rounded to whole euros, so a sum may differ by a euro.")))
	// What runs on after the period, the depreciation among it, is the
	// chapter's last section (afterSection), per year and bouwsteen.

	keys := Section{ID: "budget-figures", Title: b.t("Kengetallen", "Key figures")}
	fields := []Field{{b.t("Totale uitgaven", "Total spending"), b.money(bu.TotalCashOut)}}
	if bu.HasPerPupil {
		// Over the whole period, and per year: "€ 375,42 per leerling"
		// alone reads as a yearly figure (issue 13, defect 5).
		fields = append(fields, Field{b.t("Per leerling, hele planperiode", "Per pupil, whole plan period"), b.money(bu.PerPupil)})
		if n := len(bu.Years); n > 0 {
			fields = append(fields, Field{b.t("Per leerling per jaar (gemiddeld)", "Per pupil per year (average)"), b.money(perYear(bu.PerPupil, n))})
		}
	}
	fields = append(fields, Field{b.t("Aandeel mens (visie en deskundigheid)", "Share of people (vision and expertise)"), b.share(bu.HumanShare)})
	cancelled := 0
	for _, inv := range b.investments {
		if inv.Cancelled() {
			cancelled++
		}
	}
	fields = append(fields, Field{b.t("Geschrapte investeringen", "Cancelled investments"), strconv.Itoa(cancelled)})
	keys.Blocks = append(keys.Blocks, Fields(fields...), StyledParagraph(StyleNote, b.t(
		"Het aandeel mens is het geld voor visie en deskundigheid gedeeld door het geld voor visie, deskundigheid, inhoud en infrastructuur; leiderschap telt daarin niet mee. Balansplan meldt het als het onder 15% ligt terwijl er geld naar inhoud of infrastructuur gaat.",
		"The share of people is the money for vision and expertise divided by the money for vision, expertise, content and infrastructure; leadership is left out. Balansplan reports it when it is below 15% while money goes to content or infrastructure.")))
	ch.Sections = []Section{years}
	if real, ok := b.realisationSection(); ok {
		ch.Sections = append(ch.Sections, real)
	}
	ch.Sections = append(ch.Sections, burden, keys, b.afterSection())
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
		planning.LowHumanShare:             {NL: "Weinig geld voor mensen", EN: "Little money for people"},
		planning.ExpertiseInstrumentalOnly: {NL: "Alleen instrumentele scholing", EN: "Only instrumental training"},
		planning.AmbitionInconsistent:      {NL: "Ambitie en onderwijsvorm botsen", EN: "Ambition and teaching goal disagree"},
		planning.ReturnsWithoutEvaluation:  {NL: "Opbrengsten zonder evaluatie", EN: "Returns without evaluation"},
		planning.TeamMostlyStaartgroep:     {NL: "Veel van het team in de staartgroep", EN: "Much of the team in the staartgroep"},
		planning.OverdueInvestmentCode:     {NL: "Investering over de einddatum", EN: "Investment past its end date"},
	}
	if t, ok := titles[c]; ok {
		return t.In(b.l)
	}
	if t, ok := themeFindingTitles[c]; ok { // themes.go
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
		for _, g := range groupFindings(b.a.Findings, sev) {
			n++
			s.Blocks = append(s.Blocks, b.findingGroup(tone, g)...)
		}
		if n == 0 {
			s.Blocks = append(s.Blocks, Paragraph(b.t("Geen bevindingen van dit niveau.", "No findings at this level.")))
		}
		ch.Sections = append(ch.Sections, s)
	}
	if len(b.a.Findings) == 0 {
		ch.Blocks = append(ch.Blocks, Callout(ToneInfo, b.t("Niets om op te handelen", "Nothing to act on"), planning.NothingToAct.In(b.l)))
	}
	return ch
}

// groupFindings collects the findings of one severity by code, in the
// analysis's order (the first finding of a code places its group).
func groupFindings(fs []planning.Finding, sev planning.Severity) [][]planning.Finding {
	var groups [][]planning.Finding
	at := map[planning.Code]int{}
	for _, f := range fs {
		if f.Severity != sev {
			continue
		}
		i, ok := at[f.Code]
		if !ok {
			i = len(groups)
			at[f.Code] = i
			groups = append(groups, nil)
		}
		groups[i] = append(groups[i], f)
	}
	return groups
}

// findingGroup writes the findings of one code: a single finding as a
// callout with its message; several as one callout that counts them and
// lists every subject, followed by each message in small type. A board
// reads "Investering zonder visie (71)" once, not 71 callouts (issue 13,
// defect 6), and still finds every finding.
func (b *builder) findingGroup(tone Tone, g []planning.Finding) []Block {
	title := b.findingTitle(g[0].Code)
	if len(g) == 1 {
		if len(g[0].Subject) > 0 {
			title += " — " + codes(g[0].Subject)
		}
		return []Block{Callout(tone, title, g[0].Message.In(b.l))}
	}
	var subjects []string
	seen := map[string]bool{}
	for _, f := range g {
		for _, s := range f.Subject {
			if !seen[s] {
				seen[s] = true
				subjects = append(subjects, s)
			}
		}
	}
	text := fmt.Sprintf(b.t("%d bevindingen", "%d findings"), len(g))
	if len(subjects) > 0 {
		text += fmt.Sprintf(b.t(", over %d onderwerpen: %s.", ", about %d subjects: %s."), len(subjects), codes(subjects))
	} else {
		text += "."
	}
	msgs := make([]string, len(g))
	for i, f := range g {
		msgs[i] = f.Message.In(b.l)
	}
	return []Block{
		Callout(tone, fmt.Sprintf("%s (%d)", title, len(g)), text),
		{Kind: KindList, Items: msgs, Style: StyleNote},
	}
}

// --- 11 benchmark -----------------------------------------------------------------

// figure writes a benchmark figure with its unit: "5,5" pupils per computer
// (the unit is in the label), "75%" for a percentage.
func (b *builder) figure(u string, v float64) string {
	switch u {
	case "pupils_per_computer":
		return b.num(v, 1)
	}
	return b.num(v, 1) + "%"
}

func (b *builder) benchmarkChapter() Chapter {
	bm := b.a.Benchmark
	ch := Chapter{ID: "benchmark", Title: b.t("Vergelijking met landelijke cijfers", "Comparison with national figures")}
	sector := b.t("dezelfde sector", "the same sector")
	if bm.Sector.Valid() {
		sector = bm.Sector.Label(b.l)
	}
	ch.Blocks = append(ch.Blocks, Paragraph(fmt.Sprintf(b.t(
		"Hier staan de kengetallen van de school naast de landelijke cijfers van de Vier in balans-monitor uit %d (schooljaar 2012-2013) voor %s. Alleen cijfers die betrouwbaar uit de bron te halen zijn, worden getoond. Het zijn cijfers van jaren geleden: ze zeggen iets over waar de school staat, niet wat de norm is. Scheelt een percentage niet meer dan %s procentpunten, of het aantal leerlingen per computer niet meer dan %s, dan heet het ongeveer gelijk.",
		"Here the school's key figures stand next to the national figures of the Four in balance monitor of %d (school year 2012-2013) for %s. Only figures that can be taken reliably from the source are shown. They are figures from years ago: they say something about where the school stands, not what the norm is. When a percentage differs by no more than %s percentage points, or the pupils per computer by no more than %s, it counts as about the same."),
		planning.FiguresYear, sector, b.num(planning.PercentTolerance, 1), b.num(planning.PupilsPerComputerTolerance, 1))))
	t := &Table{
		Columns: []Column{
			{Title: b.t("Kengetal", "Indicator"), Width: 40},
			{Title: b.t("School", "School"), Width: 12, Align: AlignRight},
			{Title: b.t("Landelijk", "National"), Width: 14, Align: AlignRight},
			{Title: b.t("School is", "School is"), Width: 14},
			{Title: b.t("Bron", "Source"), Width: 20},
		},
		Empty: b.t("Geen kengetallen om te vergelijken: vul de kengetallen en de sector van de school in.",
			"No figures to compare: fill in the school's key figures and sector."),
	}
	var info []string
	for _, c := range bm.Comparisons {
		if c.Outcome == planning.Info {
			info = append(info, strings.TrimSuffix(c.Sentence(bm.Sector, b.l), ".")+" ("+b.source(c.Source)+").")
			continue
		}
		out := c.Outcome.Label(b.l)
		if c.LowerIsMore && c.Outcome != planning.Gelijk {
			if c.Outcome == planning.Lager {
				out += b.t(" (meer apparaten)", " (more devices)")
			} else {
				out += b.t(" (minder apparaten)", " (fewer devices)")
			}
		}
		nat := b.figure(c.Unit, c.National)
		if c.Qualifier == "approx" {
			nat = "± " + nat
		} else if c.Qualifier == "more_than" {
			nat = "> " + nat
		}
		if c.Derived() {
			nat += " " + b.t("(afgeleid)", "(derived)")
		}
		label := c.Label.In(b.l)
		if c.NationalNote != (model.Text{}) {
			label += "\n" + b.t("landelijk: ", "national: ") + c.NationalNote.In(b.l)
		}
		t.Rows = append(t.Rows, Row{Cells: []Cell{{Text: label}, {Text: b.figure(c.Unit, c.School)}, {Text: nat}, {Text: out}, {Text: b.source(c.Source)}}})
	}
	ch.Blocks = append(ch.Blocks, TableBlock(t))
	for _, s := range info {
		ch.Blocks = append(ch.Blocks, Paragraph(s))
	}
	if a := bm.Ambition; a != nil {
		share := b.num(a.Share, 0) + "%"
		if a.Derived() {
			share += " " + b.t("(afgeleid)", "(derived)")
		}
		ch.Blocks = append(ch.Blocks, Paragraph(fmt.Sprintf(b.t(
			"Ambitie: landelijk koos %s van de scholen in deze sector dezelfde ambitie als deze school (%s). Bron: %s.",
			"Ambition: nationally, %s of the schools in this sector chose the same ambition as this school (%s). Source: %s."),
			share, a.Ambition.Label(b.l), a.Source)))
	}
	ch.Blocks = append(ch.Blocks, StyledParagraph(StyleNote, b.t(
		"Bron A: Kennisnet, Vier in balans-monitor (enquête onder leraren en leidinggevenden). Het paragraaf- of figuurnummer staat in de tabel. 'Afgeleid' betekent dat het cijfer uit de opmaak van een figuur is gereconstrueerd en minder zeker is.",
		"Source A: Kennisnet, Vier in balans monitor (survey of teachers and managers). The section or figure number is in the table. 'Derived' means the figure was reconstructed from the layout of a chart and is less certain.")))
	return ch
}

// figureText is the reference data's note that a figure is read from the
// text around a figure rather than the figure itself: "(fig 34 text)".
var figureText = regexp.MustCompile(`\(fig (\d+) text\)`)

// source writes a benchmark source in the report's language: the
// reference data writes "A §3.4 (fig 34 text)" in English, which does not
// belong in a Dutch table (issue 13, defect 8).
func (b *builder) source(s string) string {
	return figureText.ReplaceAllString(s, b.t("(tekst bij fig. $1)", "(text of fig. $1)"))
}

// --- 12 appendix ------------------------------------------------------------------

func (b *builder) appendixChapter() Chapter {
	ch := Chapter{ID: "appendix", Title: b.t("Bijlagen", "Appendices")}
	agr := Section{ID: "appendix-agreements", Title: b.t("Afspraken", "Agreements")}
	agr.Blocks = append(agr.Blocks, Paragraph(b.t(
		"Afspraken verbinden de ambitie met de uitvoering. Didactische afspraken zeggen hoe leraren ict in de les gebruiken; afspraken over aanschaf en beheer sturen de keuzes voor middelen.",
		"Agreements connect the ambition with its execution. Didactic agreements say how teachers use ICT in class; agreements on purchase and management steer the choice of resources.")))
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
		switch {
		case ag.Coverage == model.CoverageGeen && ag.Kind == model.AgreementAanschafBeheer:
			// "niets: ieder beslist zelf" fits teaching, not purchasing.
			cov = b.t("geen afspraken", "no agreements")
		case ag.Coverage.Valid():
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
			b.t("Balans: de onderwijsvorm en het leermateriaal van nu komen uit het plan. Voor het doel telt het leermateriaal waar het meeste geld van inhoud naartoe gaat; noemt geen investering in inhoud een soort, dan dat van de infrastructuur; anders het doel uit het plan. Pilots tellen niet mee: ze zijn een bewuste kleine stap vooruit.",
				"Balance: the form of education and learning material of now come from the plan. For the goal, the learning material that gets most of the money for content counts; when no content investment names a type, that of the infrastructure; otherwise the goal in the plan. Pilots do not count: they are a deliberate small step ahead."),
			fmt.Sprintf(b.t("Route: zonder visie-uitspraken is de route niet te beoordelen (visie ontbreekt). Met visie-uitspraken is een plan onderwijsgedreven als T en E allebei minstens %s zijn, techniekgedreven als T of E onder %s ligt, en anders gemengd. E telt werk aan visie en aan deskundigheid. Een aandeel zonder iets om te delen heet n.v.t. en telt als gehaald. ",
				"Route: without vision statements the route cannot be judged (vision missing). With vision statements a plan is education-driven when T and E are both at least %s, technology-driven when T or E is below %s, and otherwise mixed. E counts work on vision and on expertise. A share with nothing to divide is n/a and counts as met. "),
				planning.FormatPercent(planning.DrivenThreshold, b.l), planning.FormatPercent(planning.TechnologyBelow, b.l))+b.thresholdNote(),
			b.t("Begroting: eenmalige kosten in het startjaar, jaarlijkse kosten van start tot einde (of tot het einde van de planperiode). Afschrijving verdeelt een eenmalig bedrag gelijk over het opgegeven aantal jaren. Geschrapte investeringen tellen nergens mee.",
				"Budget: one-off costs in the start year, annual costs from start to end (or to the end of the plan period). Depreciation spreads a one-off amount evenly over the given number of years. Cancelled investments count nowhere."),
			fmt.Sprintf(b.t("Bevindingen: vaste regels van Balansplan, onder meer techniek loopt voor bij een scheefstand van %s of meer, een groot verschil tussen bouwstenen bij %s of meer, verschil tussen leiding en leraren bij %s of meer, en weinig geld voor mensen bij een aandeel onder %s. Ze staan op volgorde van ernst en daarbinnen van oorzaak naar gevolg.",
				"Findings: Balansplan's fixed rules, among them technology ahead at a tilt of %s or more, a large gap between blocks at %s or more, disagreement between leaders and teachers at %s or more, and little money for people at a share below %s. They are ordered by severity and within it from cause to consequence."),
				b.points(planning.TiltThreshold), b.points(planning.BlockGapThreshold), b.points(planning.DivergenceThreshold), planning.FormatPercent(planning.HumanShareBelow, b.l)),
			b.t("Vergelijking: de kengetallen van de school naast de landelijke cijfers van 2013 voor dezelfde sector, alleen waar de bron betrouwbaar is; binnen de marge heet een verschil ongeveer gelijk.",
				"Comparison: the school's key figures next to the national figures of 2013 for the same sector, only where the source is reliable; within the margin a difference counts as about the same."),
		),
	)
	ch.Sections = []Section{b.investmentDetails()}
	if b.ganttAppendix != nil {
		ch.Sections = append(ch.Sections, *b.ganttAppendix)
	}
	ch.Sections = append(ch.Sections, agr, gl, how)
	return ch
}

func (b *builder) glossary() []Field {
	g := []struct{ nlTerm, enTerm, nl, en string }{
		{"Vier in balans", "Four in balance", "model van Kennisnet: ict levert pas iets op als visie, deskundigheid, inhoud en infrastructuur op elkaar aansluiten, met leiderschap als verbindende factor.",
			"Kennisnet's model: ICT only pays off when vision, expertise, content and infrastructure fit together, with leadership connecting them."},
		{"Bouwsteen", "Building block", "een van de vier onderdelen van het model (visie, deskundigheid, inhoud en toepassingen, infrastructuur); leiderschap houdt ze bij elkaar.",
			"one of the model's four parts (vision, expertise, content and applications, infrastructure); leadership holds them together."},
		{"Menselijke factoren", "Human factors", "visie en deskundigheid: wat mensen willen en kunnen.", "vision and expertise: what people want and are able to do."},
		{"Materiële factoren", "Material factors", "inhoud en infrastructuur: de middelen.", "content and infrastructure: the means."},
		{"Onderwijsvorm", "Form of education", "hoe leerlingen leren: leraargestuurd onderwijs, zelfstandig leren of zelfgeorganiseerd leren.", "how pupils learn: teacher-led teaching, independent learning or self-organised learning."},
		{"Leermateriaal", "Learning material", "het soort digitaal materiaal: instructie en oefenen, adaptief, of een persoonlijke leeromgeving.",
			"the type of digital material: instruction and practice, adaptive, or a personal learning environment."},
		{"Balans", "Balance", "onderwijsvorm en leermateriaal passen bij elkaar. Loopt de techniek voor, dan biedt ze meer dan de didactiek gebruikt; loopt het onderwijs voor, dan is dat een overgangsfase.",
			"form of education and learning material fit each other. When technology is ahead, it offers more than teaching uses; when education is ahead, that is a transition phase."},
		{"Mismatch", "Mismatch", "middelen en onderwijsvorm liggen twee stappen uit elkaar; de kans op blijvend gebruik is klein.",
			"resources and form of education are two steps apart; lasting use is unlikely."},
		{"Onderwijsgedreven", "Education-driven", "een plan dat begint bij de visie en de mensen, en daarna de middelen kiest.", "a plan that starts from the vision and the people, and then chooses the means."},
		{"Techniekgedreven", "Technology-driven", "een plan dat begint bij apparaten of software; vaak blijven die onbenut.", "a plan that starts from devices or software; these often stay unused."},
		{"Visie ontbreekt", "Vision missing", "een plan zonder visie-uitspraken: de route is niet te beoordelen, want het waarom ontbreekt.", "a plan without vision statements: its route cannot be judged, because the why is missing."},
		{"Scheefstand", "Tilt", "het niveau van de materiële kant min dat van de menselijke kant in de zelfevaluatie; positief betekent dat de techniek voorloopt op de mensen.",
			"the level of the material side minus that of the human side in the self-assessment; positive means technology is ahead of the people."},
		{"Opbrengst", "Return", "wat de school van ict verwacht: voor het leren (motivatie, resultaten, efficiënter leren, digitale geletterdheid, voorbereiding op werk) of voor de organisatie (tijdwinst, inzicht, professionaliteit, sturing, betrokkenheid).",
			"what the school expects from ICT: for learning (motivation, results, more efficient learning, digital literacy, preparation for work) or for the organisation (time saved, insight, professionalism, steering, involvement)."},
		{"Afspraak", "Agreement", "een teambrede afspraak over het didactisch gebruik van ict of over aanschaf en beheer.", "a team-wide agreement on the didactic use of ICT or on purchase and management."},
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
