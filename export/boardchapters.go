package export

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"balansplan/model"
	"balansplan/planning"
	"balansplan/planning/chart"
)

// The board chapters (issue 13): what a school board needs beside the
// analysis before it adopts a plan. Each chapter is always there; where
// the plan has no data for a part, the part says in one sentence what is
// missing and on which screen of Balansplan it is filled in (missing).

// The screens of Balansplan where the board chapters' data are entered
// (ui/screens, assets/translations: screen.board, screen.situation,
// screen.risks, screen.followup, screen.school, screen.visions), named
// once so that every "missing" sentence points to the same place.
var (
	screenBoard     = model.Text{NL: "Bestuur", EN: "Board"}
	screenSituation = model.Text{NL: "Beginsituatie", EN: "Starting point"}
	screenRisks     = model.Text{NL: "Risico's", EN: "Risks"}
	screenFollowUp  = model.Text{NL: "Borging", EN: "Follow-up"}
	screenSchool    = model.Text{NL: "School en ambitie", EN: "School and ambition"}
	screenVisions   = model.Text{NL: "Visie", EN: "Vision"}
)

// missing is the block that stands in for a part without data: what is
// missing, and where to fill it in. A grey callout, so that it is seen and
// not taken for the school's own text.
func (b *builder) missing(what string, screens ...model.Text) Block {
	var names []string
	for _, s := range screens {
		names = append(names, s.In(b.l))
	}
	where := fmt.Sprintf(b.t("Vul dit in op het scherm %s van Balansplan.", "Fill this in on the %s screen of Balansplan."), names[0])
	if len(names) > 1 {
		where = fmt.Sprintf(b.t("Vul dit in op de schermen %s van Balansplan.", "Fill this in on the %s screens of Balansplan."), b.list(names))
	}
	return Callout(ToneMuted, "", what+" "+where)
}

// given is a free-text field's value, or that it has not been given.
func (b *builder) given(s string) string {
	if s = strings.TrimSpace(s); s != "" {
		return s
	}
	return b.t("– (nog niet ingevuld)", "– (not filled in yet)")
}

// narrative is the school's own text of a part, or else the block that
// says it is missing.
func narrative(text string, missing Block) Block {
	if t := strings.TrimSpace(text); t != "" {
		return Paragraph(t)
	}
	return missing
}

// dayText writes a YYYY-MM-DD date in words; a date that does not parse
// is printed as it was typed.
func (b *builder) dayText(s string) string {
	if d, err := time.Parse("2006-01-02", strings.TrimSpace(s)); err == nil {
		return b.dateText(d)
	}
	return strings.TrimSpace(s)
}

// --- Voorstel aan het bestuur ------------------------------------------------

// proposalChapter is what the board is asked to decide, with the amounts
// per year from the budget and the adoption block. It follows the summary:
// a board reads what it is asked to decide before the reasons for it.
func (b *builder) proposalChapter() Chapter {
	p, bu := b.p, b.a.Budget
	ch := Chapter{ID: "proposal", Title: b.t("Voorstel aan het bestuur", "Proposal to the board")}
	decision := Section{ID: "proposal-decision", Title: b.t("Het besluit", "The decision")}
	if p.Proposal.IsZero() {
		decision.Blocks = append(decision.Blocks, b.missing(b.t(
			"Het voorstel is nog niet beschreven: wat het bestuur besluit, waar het geld vandaan komt, wat er gebeurt met een jaar boven het plafond en onder welke voorwaarden.",
			"The proposal has not been written yet: what the board decides, where the money comes from, what happens with a year over the ceiling, and on which conditions."), screenBoard))
	} else {
		decision.Blocks = append(decision.Blocks, Fields(
			Field{b.t("Gevraagd besluit", "Decision asked"), b.given(p.Proposal.Decision)},
			Field{b.t("Financiering", "Funding"), b.given(p.Proposal.Funding)},
			Field{b.t("Jaar boven het plafond", "Year over the ceiling"), b.given(p.Proposal.OverCeiling)},
			Field{b.t("Voorwaarden", "Conditions"), b.given(p.Proposal.Conditions)},
		))
	}

	amounts := Section{ID: "proposal-amounts", Title: b.t("Bedragen per jaar", "Amounts per year")}
	t := &Table{
		Columns: []Column{
			{Title: b.t("Jaar", "Year"), Width: 10},
			{Title: b.t("Uitgaven", "Spending"), Width: 18, Align: AlignRight},
			{Title: b.t("Lasten", "Burden"), Width: 18, Align: AlignRight},
			{Title: b.t("Plafond", "Ceiling"), Width: 18, Align: AlignRight},
			{Title: b.t("Ruimte", "Margin"), Width: 18, Align: AlignRight},
		},
		Empty: b.t("Geen geldige planperiode: er zijn geen bedragen per jaar.", "No valid plan period: there are no amounts per year."),
	}
	var ceil model.Money
	ceilings := 0
	for _, y := range bu.Years {
		total := Cell{Text: b.money(y.CashOut), Bold: true}
		ceiling, margin := Cell{Text: "–", Tone: ToneMuted}, Cell{Text: "–", Tone: ToneMuted}
		if y.HasCeiling {
			ceil += y.Ceiling
			ceilings++
			ceiling, margin = Cell{Text: b.money(y.Ceiling)}, Cell{Text: b.money(y.Ceiling - y.CashOut)}
			if y.Over {
				total.Tone, margin.Tone = ToneBad, ToneBad
			}
		}
		t.Rows = append(t.Rows, Row{Cells: []Cell{{Text: strconv.Itoa(y.Year), Bold: true}, total, {Text: b.euros(y.Burden)}, ceiling, margin}})
	}
	if len(bu.Years) > 0 {
		total := Cell{Text: "–", Tone: ToneMuted}
		if ceilings > 0 {
			total = Cell{Text: b.money(ceil)}
		}
		t.Rows = append(t.Rows, Row{Total: true, Cells: []Cell{{Text: b.t("Totaal", "Total")}, {Text: b.money(bu.TotalCashOut)}, {Text: b.euros(bu.TotalBurden)}, total, {}}})
	}
	amounts.Blocks = append(amounts.Blocks, TableBlock(t))
	switch {
	case len(bu.Years) == 0:
	case ceilings == 0:
		amounts.Blocks = append(amounts.Blocks, b.missing(b.t(
			"Het plan noemt geen budgetplafond, dus het bestuur kan de uitgaven nergens aan toetsen.",
			"The plan names no budget ceiling, so the board has nothing to hold the spending against."), screenBoard))
	case len(bu.OverYears) > 0:
		over := fmt.Sprintf(b.t("Uitgaven: %s.", "Spending: %s."), b.budgetVerdict())
		if strings.TrimSpace(p.Proposal.OverCeiling) == "" {
			amounts.Blocks = append(amounts.Blocks, b.missing(over+" "+b.t(
				"Het voorstel zegt nog niet wat er met zo'n jaar gebeurt (schuiven, dekken uit de reserve, schrappen).",
				"The proposal does not say yet what happens with such a year (move, cover from reserves, cut)."), screenBoard))
		} else {
			amounts.Blocks = append(amounts.Blocks, Callout(ToneWarn, over, strings.TrimSpace(p.Proposal.OverCeiling)))
		}
	default:
		amounts.Blocks = append(amounts.Blocks, Paragraph(b.t("De uitgaven blijven in elk jaar binnen het plafond.", "Spending stays within the ceiling in every year.")))
	}
	note := b.t("Uitgaven zijn wat de school in een jaar betaalt, lasten wat het jaar drukt op de exploitatie; de ruimte is het plafond min de uitgaven.",
		"Spending is what the school pays in a year, burden what the year carries in the operating budget; the margin is the ceiling minus the spending.")
	if ro := planning.RunOnCosts(p); len(ro.Years) > 0 {
		note = fmt.Sprintf(b.t(
			"Uitgaven zijn wat de school in een jaar betaalt, lasten wat het jaar drukt op de exploitatie; de ruimte is het plafond min de uitgaven. Na de planperiode lopen kosten door: %s per jaar voor investeringen zonder einddatum en %s aan afschrijving die nog resteert (zie Na de planperiode).",
			"Spending is what the school pays in a year, burden what the year carries in the operating budget; the margin is the ceiling minus the spending. Costs run on after the plan period: %s a year for investments without an end date, and %s of depreciation still to come (see After the plan period)."),
			b.money(ro.Open.Sum()), b.euros(ro.Depreciation.Sum()))
	}
	if len(bu.Years) > 0 {
		amounts.Blocks = append(amounts.Blocks, StyledParagraph(StyleNote, note))
	}
	ch.Sections = []Section{decision, amounts, b.adoptionSection()}
	return ch
}

// adoptionSection is the adoption block: status, version, who adopted the
// plan and when, the participation council's part, and the signature
// lines.
func (b *builder) adoptionSection() Section {
	p, ad := b.p, b.p.Adoption
	s := Section{ID: "proposal-adoption", Title: b.t("Vaststelling", "Adoption")}
	status := p.Status
	if status == "" {
		status = model.StatusConcept
	}
	version := strings.TrimSpace(p.Version)
	if version == "" {
		version = "–"
	}
	fields := []Field{
		{b.t("Status", "Status"), status.Label(b.l)},
		{b.t("Versie", "Version"), version},
	}
	if ad.IsZero() {
		s.Blocks = append(s.Blocks, Fields(fields...), b.missing(b.t(
			"De vaststelling is nog niet ingevuld: wie het plan vaststelt en wanneer, het advies of de instemming van de medezeggenschapsraad, en wie ondertekent.",
			"The adoption has not been filled in yet: who adopts the plan and when, the participation council's advice or consent, and who signs."), screenBoard))
		return s
	}
	date := b.t("nog niet vastgesteld", "not adopted yet")
	if status == model.StatusVastgesteld {
		// Adopted, says the status; only the day is missing.
		date = b.t("– (datum nog niet ingevuld)", "– (date not filled in yet)")
	}
	if strings.TrimSpace(ad.Date) != "" {
		date = b.dayText(ad.Date)
	}
	fields = append(fields,
		Field{b.t("Vastgesteld op", "Adopted on"), date},
		Field{b.t("Vastgesteld door", "Adopted by"), b.given(ad.By)},
		Field{b.t("Medezeggenschapsraad", "Participation council"), b.councilText(ad.Council)},
	)
	if n := strings.TrimSpace(ad.Council.Note); n != "" {
		fields = append(fields, Field{b.t("Toelichting MR", "Council's note"), n})
	}
	s.Blocks = append(s.Blocks, Fields(fields...))
	if len(ad.Signatories) == 0 {
		s.Blocks = append(s.Blocks, b.missing(b.t(
			"Er staan nog geen ondertekenaars in het plan.", "The plan names no signatories yet."), screenBoard))
		return s
	}
	sig := Block{Kind: KindSignatures, Title: b.t("Handtekening en datum", "Signature and date")}
	for _, sg := range ad.Signatories {
		sig.Fields = append(sig.Fields, Field{Label: b.given(sg.Name), Value: strings.TrimSpace(sg.Function)})
	}
	// A heading kept with the lines, so that lines carried to the next
	// page still say what they are.
	s.Blocks = append(s.Blocks, Heading(b.t("Ondertekening", "Signatures")), sig)
	return s
}

// councilText says in one line what the participation council did:
// "instemming: positief, 3 maart 2026".
func (b *builder) councilText(c model.Council) string {
	if c == (model.Council{}) || c.Kind == "" && c.Outcome == "" && strings.TrimSpace(c.Date) == "" {
		return b.t("– (nog niet ingevuld)", "– (not filled in yet)")
	}
	kind := b.t("advies of instemming niet gezegd", "advice or consent not said")
	if c.Kind.Valid() {
		kind = c.Kind.Label(b.l)
	}
	outcome := b.t("uitkomst nog niet bekend", "outcome not known yet")
	if c.Outcome.Valid() {
		outcome = c.Outcome.Label(b.l)
	}
	s := kind + ": " + outcome
	if d := strings.TrimSpace(c.Date); d != "" {
		s += ", " + b.dayText(d)
	}
	return s
}

// --- Beginsituatie -----------------------------------------------------------

// situationChapter is where the school starts from: the situation in
// words, what it has (the inventory by kind) and what does not work (the
// known problems). It follows the school and its ambition and comes before
// the vision: a plan says where it starts before where it goes.
func (b *builder) situationChapter() Chapter {
	p := b.p
	ch := Chapter{ID: "situation", Title: b.t("Beginsituatie", "Starting point")}
	ch.Blocks = append(ch.Blocks, narrative(p.Narrative.Situation, b.missing(b.t(
		"De beginsituatie is nog niet in woorden beschreven: hoe de school er nu voor staat met ict.",
		"The starting point has not been described in words yet: where the school stands with ICT now."), screenSituation)))

	inv := Section{ID: "situation-inventory", Title: b.t("Wat de school heeft", "What the school has")}
	problems := Section{ID: "situation-problems", Title: b.t("Bekende knelpunten", "Known problems")}
	t := &Table{
		Dense: true,
		Columns: []Column{
			{Title: b.t("Soort", "Kind"), Width: 18},
			{Title: b.t("Omschrijving", "Description"), Width: 36},
			{Title: b.t("Aantal", "Number"), Width: 9, Align: AlignRight},
			{Title: b.t("Sinds", "Since"), Width: 8, Align: AlignRight},
			{Title: b.t("Toelichting", "Note"), Width: 29},
		},
	}
	var knelpunten []string
	for _, group := range b.inventoryGroups() {
		for i, it := range group.items {
			if it.Kind == model.InventoryKnelpunt {
				item := strings.TrimSpace(it.Description)
				if n := strings.TrimSpace(it.Note); n != "" {
					item += " – " + n
				}
				knelpunten = append(knelpunten, item)
				continue
			}
			kind := Cell{}
			if i == 0 {
				kind = Cell{Text: group.label, Bold: true}
			}
			qty, year := Cell{Text: "–", Tone: ToneMuted}, Cell{Text: "–", Tone: ToneMuted}
			if it.Quantity > 0 {
				qty = Cell{Text: b.num(float64(it.Quantity), 0)}
			}
			if it.Year > 0 {
				year = Cell{Text: strconv.Itoa(it.Year)}
			}
			t.Rows = append(t.Rows, Row{Cells: []Cell{kind, {Text: strings.TrimSpace(it.Description)}, qty, year, {Text: strings.TrimSpace(it.Note)}}})
		}
	}
	if len(t.Rows) == 0 {
		inv.Blocks = append(inv.Blocks, b.missing(b.t(
			"Er is nog geen inventaris: apparaten, netwerk, software en licenties, ondersteuning en contracten.",
			"There is no inventory yet: devices, network, software and licences, support and contracts."), screenSituation))
	} else {
		inv.Blocks = append(inv.Blocks, TableBlock(t))
	}
	if len(knelpunten) == 0 {
		problems.Blocks = append(problems.Blocks, b.missing(b.t(
			"Er staan nog geen bekende knelpunten in het plan.", "The plan lists no known problems yet."), screenSituation))
	} else {
		problems.Blocks = append(problems.Blocks, List(knelpunten...))
	}
	ch.Sections = []Section{inv, problems}
	return ch
}

// inventoryGroup is the inventory lines of one kind.
type inventoryGroup struct {
	label string
	items []*model.InventoryItem
}

// inventoryGroups groups the inventory by kind in the model's order of
// kinds (devices, network, software, support, known problems), each group
// in the plan's order; lines of an unknown kind come last.
func (b *builder) inventoryGroups() []inventoryGroup {
	var out []inventoryGroup
	for _, k := range append(model.InventoryKinds(), "") {
		g := inventoryGroup{label: b.t("Overig", "Other")}
		if k != "" {
			g.label = capitalise(k.Label(b.l))
		}
		for i := range b.p.Inventory {
			it := &b.p.Inventory[i]
			if it.Kind == k || k == "" && !it.Kind.Valid() {
				g.items = append(g.items, it)
			}
		}
		if len(g.items) > 0 {
			out = append(out, g)
		}
	}
	return out
}

// --- Uitvoering en evaluatie -------------------------------------------------

// organisationChapter is how the plan is carried out and evaluated: who
// does what with how many hours, the risks, privacy and information
// security, how the team is told and how the plan follows the schoolplan,
// and how the plan is evaluated. It follows the budget: after what the
// plan costs, who carries it, what can go wrong and how the school will
// know it worked.
func (b *builder) organisationChapter() Chapter {
	p := b.p
	ch := Chapter{ID: "organisation", Title: b.t("Uitvoering en evaluatie", "Implementation and evaluation")}

	org := Section{ID: "organisation-ict", Title: b.t("Organisatie van ict", "Organisation of ICT")}
	narrative := strings.TrimSpace(p.Narrative.Organisation)
	switch {
	case narrative == "" && len(p.Organisation) == 0:
		org.Blocks = append(org.Blocks, b.missing(b.t(
			"Hoe ict georganiseerd is, is nog niet beschreven: wie besluit, wie coördineert, wie beheert en ondersteunt, en met hoeveel uren per jaar.",
			"How ICT is organised has not been described yet: who decides, who coordinates, who manages and supports, and with how many hours a year."), screenSituation))
	case narrative == "":
		org.Blocks = append(org.Blocks, b.missing(b.t(
			"Hoe ict georganiseerd is (wie besluit, wie coördineert, beheer en ondersteuning), is nog niet in woorden beschreven.",
			"How ICT is organised (who decides, who coordinates, management and support) has not been described in words yet."), screenSituation))
	default:
		org.Blocks = append(org.Blocks, Paragraph(narrative))
	}
	if len(p.Organisation) == 0 {
		if narrative != "" {
			org.Blocks = append(org.Blocks, b.missing(b.t(
				"Er staan nog geen taken met personen en uren in het plan.", "The plan lists no tasks with people and hours yet."), screenSituation))
		}
	} else {
		t := &Table{Columns: []Column{
			{Title: b.t("Taak", "Task"), Width: 28},
			{Title: b.t("Wie", "Who"), Width: 18},
			{Title: b.t("Uren per jaar", "Hours a year"), Width: 16, Align: AlignRight},
			{Title: b.t("Werkzaamheden", "Duties"), Width: 38},
		}}
		hours := 0
		for _, r := range p.Organisation {
			h := Cell{Text: "–", Tone: ToneMuted}
			if r.HoursPerYear > 0 {
				h = Cell{Text: b.num(float64(r.HoursPerYear), 0)}
				hours += r.HoursPerYear
			}
			t.Rows = append(t.Rows, Row{Cells: []Cell{{Text: strings.TrimSpace(r.Task), Bold: true}, {Text: strings.TrimSpace(r.Person)}, h, {Text: strings.TrimSpace(r.Duties)}}})
		}
		t.Rows = append(t.Rows, Row{Total: true, Cells: []Cell{{Text: b.t("Totaal", "Total")}, {}, {Text: b.num(float64(hours), 0)}, {}}})
		org.Blocks = append(org.Blocks, TableBlock(t))
	}

	// The themes and the maturity register (issue 19, themes.go) stand
	// right after privacy, which they carry further.
	sections := append([]Section{org, b.risksSection(), b.privacySection()}, b.themeSections()...)
	ch.Sections = append(append(sections, b.communicationSection()), b.evaluationSections()...)
	return ch
}

// riskWeight is a risk's likelihood rank times its impact rank: 1 to 9,
// 0 when either is not graded.
func riskWeight(r *model.Risk) int { return r.Likelihood.Rank() * r.Impact.Rank() }

// risksSection is the risk register, the heaviest risk first.
func (b *builder) risksSection() Section {
	s := Section{ID: "organisation-risks", Title: b.t("Risico's", "Risks")}
	if len(b.p.Risks) == 0 {
		s.Blocks = append(s.Blocks, b.missing(b.t(
			"Er staan nog geen risico's in het plan: wat de uitvoering kan tegenhouden, hoe waarschijnlijk en hoe erg, wie erop let en wat de school eraan doet.",
			"The plan lists no risks yet: what could stop it being carried out, how likely and how bad, who watches it and what the school does about it."), screenRisks))
		return s
	}
	risks := make([]*model.Risk, len(b.p.Risks))
	for i := range b.p.Risks {
		risks[i] = &b.p.Risks[i]
	}
	// Heaviest first; equal weights keep the plan's order.
	sort.SliceStable(risks, func(i, j int) bool { return riskWeight(risks[i]) > riskWeight(risks[j]) })
	grade := func(g model.Grade) Cell {
		if !g.Valid() {
			return Cell{Text: "–", Tone: ToneMissing}
		}
		return Cell{Text: g.Label(b.l)}
	}
	// A register, like the investments: small type, one or two lines a
	// risk, so that a long register stays a page or two.
	t := &Table{Dense: true, Columns: []Column{
		{Title: b.t("Risico", "Risk"), Width: 36},
		{Title: b.t("Kans", "Likelihood"), Width: 8},
		{Title: b.t("Impact", "Impact"), Width: 8},
		{Title: b.t("Gewicht", "Weight"), Width: 9, Align: AlignRight},
		{Title: b.t("Eigenaar", "Owner"), Width: 14},
		{Title: b.t("Maatregel", "Measure"), Width: 25},
	}}
	for _, r := range risks {
		w := Cell{Text: "–", Tone: ToneMissing}
		if n := riskWeight(r); n > 0 {
			w = Cell{Text: strconv.Itoa(n), Bold: true}
			switch {
			case n >= 6:
				w.Tone = ToneBad
			case n >= 3:
				w.Tone = ToneWarn
			}
		}
		owner, measure := Cell{Text: strings.TrimSpace(r.Owner)}, Cell{Text: strings.TrimSpace(r.Measure)}
		if owner.Text == "" {
			owner = Cell{Text: "–", Tone: ToneMissing}
		}
		if measure.Text == "" {
			measure = Cell{Text: "–", Tone: ToneMissing}
		}
		t.Rows = append(t.Rows, Row{Cells: []Cell{{Text: strings.TrimSpace(r.Description)}, grade(r.Likelihood), grade(r.Impact), w, owner, measure}})
	}
	s.Blocks = append(s.Blocks, TableBlock(t), StyledParagraph(StyleNote, b.t(
		"Het gewicht is kans maal impact, elk geteld als laag 1, midden 2 en hoog 3; het zwaarste risico staat bovenaan.",
		"The weight is likelihood times impact, each counted as low 1, medium 2 and high 3; the heaviest risk comes first.")))
	return s
}

// privacySection is the paragraph on privacy and information security.
func (b *builder) privacySection() Section {
	pr := b.p.Privacy
	s := Section{ID: "organisation-privacy", Title: b.t("Privacy en informatiebeveiliging", "Privacy and information security")}
	if pr.IsZero() {
		s.Blocks = append(s.Blocks, b.missing(b.t(
			"De paragraaf over privacy en informatiebeveiliging (AVG) is nog leeg: wie verantwoordelijk is, hoe de verwerkersovereenkomsten geregeld zijn en wanneer de school een DPIA doet.",
			"The paragraph on privacy and information security (GDPR) is still empty: who is responsible, how processing agreements are kept and when the school carries out a DPIA."), screenFollowUp))
		return s
	}
	fields := []Field{
		{b.t("Verantwoordelijk", "Responsible"), b.given(pr.Responsible)},
		{b.t("Verwerkersovereenkomsten", "Processing agreements"), b.given(pr.ProcessingAgreements)},
		{"DPIA", b.given(pr.DPIA)},
	}
	if n := strings.TrimSpace(pr.Note); n != "" {
		fields = append(fields, Field{b.t("Toelichting", "Note"), n})
	}
	s.Blocks = append(s.Blocks, Fields(fields...))
	return s
}

// communicationSection is how the team is told and supported, and how the
// plan follows from the schoolplan: two short narratives in one section.
func (b *builder) communicationSection() Section {
	n := b.p.Narrative
	s := Section{ID: "organisation-communication", Title: b.t("Communicatie en samenhang met het schoolplan", "Communication and the link with the school plan")}
	comm, plan := strings.TrimSpace(n.Communication), strings.TrimSpace(n.Schoolplan)
	if comm == "" && plan == "" {
		s.Blocks = append(s.Blocks, b.missing(b.t(
			"Nog niet beschreven is hoe de school het team over het plan informeert en erbij betrekt, en hoe dit plan volgt uit het schoolplan.",
			"How the school informs and involves the team, and how this plan follows from the school plan, have not been described yet."), screenFollowUp, screenSchool))
		return s
	}
	s.Blocks = append(s.Blocks,
		Heading(b.t("Communicatie met het team", "Communication with the team")),
		narrative(comm, b.missing(b.t(
			"Hoe de school het team over het plan informeert en erbij betrekt, is nog niet beschreven.",
			"How the school informs and involves the team has not been described yet."), screenFollowUp)),
		Heading(b.t("Relatie met het schoolplan", "Link with the school plan")),
		narrative(plan, b.missing(b.t(
			"Hoe dit plan volgt uit het schoolplan, is nog niet beschreven.",
			"How this plan follows from the school plan has not been described yet."), screenSchool)))
	return s
}

// --- Evaluatie en vervolg: the end of Uitvoering, and Na de planperiode ------

// evaluationSections are how the plan is evaluated: by whom, when and
// how, and per vision statement on which indicator and when. They close
// the chapter on carrying the plan out: evaluation is its last step.
func (b *builder) evaluationSections() []Section {
	rv := b.p.Review
	plan := Section{ID: "organisation-review", Title: b.t("Evaluatie van het plan", "Evaluation of the plan")}
	if rv.IsZero() {
		plan.Blocks = append(plan.Blocks, b.missing(b.t(
			"Nog niet afgesproken is wie het plan evalueert, wanneer en hoe.",
			"Who evaluates the plan, when and how, has not been agreed yet."), screenFollowUp))
	} else {
		plan.Blocks = append(plan.Blocks, Fields(
			Field{b.t("Door", "By"), b.given(rv.By)},
			Field{b.t("Wanneer", "When"), b.given(rv.When)},
			Field{b.t("Hoe", "How"), b.given(rv.How)},
		))
	}

	visions := Section{ID: "organisation-visions", Title: b.t("Evaluatie per visie-uitspraak", "Evaluation per vision statement")}
	t := &Table{Columns: []Column{
		{Title: b.t("Code", "Code"), Width: 8},
		{Title: b.t("Visie-uitspraak", "Vision statement"), Width: 32},
		{Title: b.t("Indicator", "Indicator"), Width: 44},
		{Title: b.t("Moment", "Moment"), Width: 16},
	}}
	var without []string
	for _, v := range b.visions {
		e := v.Evaluation
		ind := strings.TrimSpace(e.Indicator)
		if ind == "" && e.Moment.IsZero() {
			without = append(without, v.Code)
			continue
		}
		indicator, moment := Cell{Text: ind}, Cell{Text: "–", Tone: ToneMissing}
		if ind == "" {
			indicator = Cell{Text: b.t("nog niet beschreven", "not described yet"), Tone: ToneMissing}
		}
		if !e.Moment.IsZero() {
			moment = Cell{Text: planning.FormatMonth(e.Moment, b.l)}
		}
		t.Rows = append(t.Rows, Row{Cells: []Cell{{Text: v.Code, Bold: true}, {Text: v.Title}, indicator, moment}})
	}
	switch {
	case len(b.visions) == 0:
		visions.Blocks = append(visions.Blocks, b.missing(b.t(
			"Het plan heeft nog geen visie-uitspraken, dus ook geen indicatoren om op te evalueren.",
			"The plan has no vision statements yet, so no indicators to evaluate on either."), screenVisions))
	default:
		if len(t.Rows) > 0 {
			visions.Blocks = append(visions.Blocks, TableBlock(t))
		}
		if len(without) > 0 {
			visions.Blocks = append(visions.Blocks, b.missing(fmt.Sprintf(b.t(
				"Zonder indicator en moment: %s. Zo is niet na te gaan of de opbrengsten er komen.",
				"Without indicator and moment: %s. So nobody can check whether the returns come."), b.list(without)), screenVisions))
		}
	}
	return []Section{plan, visions}
}

// afterSection is "Na de planperiode": the replacement plan in words and
// the costs that run on after the end year (planning.RunOnCosts). It is
// the budget chapter's last section: a board weighs what the plan costs
// after its period together with what it costs in it.
func (b *builder) afterSection() Section {
	s := Section{ID: "budget-after", Title: b.t("Na de planperiode", "After the plan period")}
	s.Blocks = append(s.Blocks, narrative(b.p.Narrative.Replacement, b.missing(b.t(
		"Het vervangingsplan is nog niet beschreven: wat de school na de planperiode vervangt, en wanneer.",
		"The replacement plan has not been described yet: what the school replaces after the plan period, and when."), screenFollowUp)))
	ro := planning.RunOnCosts(b.p)
	if len(ro.Years) == 0 {
		if b.p.Years() != nil {
			s.Blocks = append(s.Blocks, Paragraph(fmt.Sprintf(b.t(
				"Na %d lopen geen kosten van dit plan door: elke investering is dan afgeschreven en beëindigd.",
				"After %d no costs of this plan run on: every investment is written off and ended by then."), b.p.EndYear)))
		}
		return s
	}
	s.Blocks = append(s.Blocks, Paragraph(fmt.Sprintf(b.t(
		"Deze kosten lopen na %d door: de jaarlijkse kosten van investeringen die dan nog lopen, en de afschrijving die nog resteert. Afschrijving is dan geen uitgave meer maar drukt wel op de exploitatie.",
		"These costs run on after %d: the yearly costs of investments still running, and the depreciation that remains. Depreciation is no longer spending then, but still burdens the operating budget."), b.p.EndYear)))

	// Per year and bouwsteen: what each later year carries. Depreciation
	// has cents, so the table is in whole euros like the burden table.
	cols := []Column{{Title: b.t("Jaar", "Year"), Width: 20}}
	for _, bl := range model.Blocks() {
		cols = append(cols, Column{Title: capitalise(chart.ShortLabel(bl, b.l)), Width: 11, Align: AlignRight})
	}
	cols = append(cols, Column{Title: b.t("Totaal", "Total"), Width: 12, Align: AlignRight})
	t := &Table{Columns: cols}
	for _, y := range ro.Years {
		row := Row{Cells: []Cell{{Text: strconv.Itoa(y.Year), Bold: true}}}
		for _, bl := range model.Blocks() {
			row.Cells = append(row.Cells, Cell{Text: b.euros(y.Recurring.Of(bl) + y.Depreciation.Of(bl))})
		}
		row.Cells = append(row.Cells, Cell{Text: b.euros(y.Total()), Bold: true})
		t.Rows = append(t.Rows, row)
	}
	// Below the years, per bouwsteen, what the years are made of: the
	// yearly costs without an end, which go on after the last year shown,
	// and the depreciation over all the years.
	open := Row{Total: true, Cells: []Cell{{Text: b.t("Elk jaar, zonder einde", "Each year, no end date")}}}
	dep := Row{Cells: []Cell{{Text: b.t("Afschrijving, alle jaren", "Depreciation, all years")}}}
	for _, bl := range model.Blocks() {
		open.Cells = append(open.Cells, Cell{Text: b.money(ro.Open.Of(bl))})
		dep.Cells = append(dep.Cells, Cell{Text: b.euros(ro.Depreciation.Of(bl))})
	}
	open.Cells = append(open.Cells, Cell{Text: b.money(ro.Open.Sum())})
	dep.Cells = append(dep.Cells, Cell{Text: b.euros(ro.Depreciation.Sum())})
	t.Rows = append(t.Rows, open, dep)
	last := ro.Years[len(ro.Years)-1].Year
	s.Blocks = append(s.Blocks, TableBlock(t), StyledParagraph(StyleNote, fmt.Sprintf(b.t(
		"Jaarlijkse kosten van investeringen zonder einddatum lopen ook na %d door, tot de school ze beëindigt. Bedragen met afschrijving staan afgerond op hele euro's.",
		"Yearly costs of investments without an end date also run on after %d, until the school ends them. Amounts with depreciation are rounded to whole euros."), last)))
	return s
}
