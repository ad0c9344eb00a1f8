package export

import (
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"time"

	"balansplan/model"
	"balansplan/planning"
	"balansplan/planning/chart"
	"balansplan/planning/workshop"
)

// The workshop report: a short document for the team after a workshop
// with the consultant. Who took part (by role), what the guided
// self-assessment gave (per bouwsteen, per role, per statement), where the
// team disagrees, and the outcome of the dot-voting round. It uses the
// plan report's builder, charts and layout; only its chapters are its own.
// The ranking also appears in the plan itself (prioritySection).

// BuildWorkshop makes the workshop report of plan p with its analysis a
// (nil: analysed here, without national figures), in language l. set is
// the question set the participants answered (nil: the report leaves the
// statements out). Like Build it depends on nothing but its arguments.
func BuildWorkshop(p *model.Plan, a *planning.Analysis, set *workshop.QuestionSet, l model.Lang) *Report {
	return BuildWorkshopOn(p, a, set, l, time.Time{})
}

// BuildWorkshopOn is BuildWorkshop for a report made on the day of
// exported, from the caller's clock, as BuildOn is for the plan: a plan
// without a date of its own is dated on the day of the export, and the
// cover says so. Without either (BuildWorkshop) the report keeps
// planDate's stand-in, so that it never prints a date nobody gave.
func BuildWorkshopOn(p *model.Plan, a *planning.Analysis, set *workshop.QuestionSet, l model.Lang, exported time.Time) *Report {
	if l != model.EN {
		l = model.NL
	}
	if a == nil {
		a = planning.Analyse(p, nil)
	}
	b := newBuilder(p, a, l)
	b.exported = exported
	meta := b.meta()
	meta.Title = short(b.t("Workshopverslag: ", "Workshop report: ")+p.Title, 300)
	meta.Subject = short(b.t("Verslag van de workshop over het ict-beleidsplan van ", "Report of the workshop on the ICT policy plan of ")+p.School.Name, 300)
	r := &Report{
		Lang:     l,
		Meta:     meta,
		Header:   p.School.Name,
		Footer:   b.t("pagina {page} van {pages}", "page {page} of {pages}"),
		Cut:      b.t("[ingekort]", "[cut short]"),
		Cover:    b.workshopCover(set),
		Contents: b.t("Inhoud", "Contents"),
	}
	chapters := []Chapter{b.participantsChapter(), b.resultsChapter(set), b.disagreementChapter(set), b.votesChapter()}
	r.Chapters = numberChapters(chapters)
	return r
}

// ExportWorkshopPDF builds the workshop report and writes it atomically to
// path, as ExportPDF does for the plan. When a is nil the plan is analysed
// here with the national figures shipped in assets. progress, when not
// nil, is called with (done, total) after each of its three steps. Errors
// are *Error.
func ExportWorkshopPDF(p *model.Plan, a *planning.Analysis, set *workshop.QuestionSet, l model.Lang, path string, progress func(done, total int)) error {
	return ExportWorkshopPDFOn(p, a, set, l, path, progress, time.Time{})
}

// ExportWorkshopPDFOn is ExportWorkshopPDF for a report made on the day of
// exported (BuildWorkshopOn), as ExportPDFOn is for the plan: the GUI and
// the command line pass time.Now() (or SOURCE_DATE_EPOCH's moment), so the
// report of a plan without a date says on which day it was made instead of
// inventing one.
func ExportWorkshopPDFOn(p *model.Plan, a *planning.Analysis, set *workshop.QuestionSet, l model.Lang, path string, progress func(done, total int), exported time.Time) error {
	step := progressSteps(progress, 3)
	step(0)
	a, err := analysedWithReference(p, a, path)
	if err != nil {
		return err
	}
	step(1)
	r := BuildWorkshopOn(p, a, set, l, exported)
	step(2)
	if err := writeFile(path, func(w io.Writer) error { return RenderPDF(r, w) }); err != nil {
		return err
	}
	step(3)
	return nil
}

// sessions lists the sessions of the assessments and votes, in order of
// appearance.
func (b *builder) sessions() []string {
	var out []string
	seen := map[string]bool{}
	add := func(s string) {
		if s = strings.TrimSpace(s); s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	for _, a := range b.p.Assessments {
		add(a.Session)
	}
	for _, v := range b.p.Votes {
		add(v.Session)
	}
	return out
}

func (b *builder) workshopCover(set *workshop.QuestionSet) Cover {
	p := b.p
	c := Cover{
		Kicker: b.t("Workshopverslag · Vier in balans", "Workshop report · Four in balance"),
		Title:  b.t("Verslag van de workshop", "Workshop report"),
		School: p.School.Name,
		Period: p.Title,
		Note: b.t(
			"Opgesteld met Balansplan. De uitkomsten zijn berekend uit wat de deelnemers in het plan hebben ingevuld: hun zelfevaluatie en hun stemmen.",
			"Written with Balansplan. The results are computed from what the participants entered in the plan: their self-assessment and their votes."),
	}
	people := 0
	for _, rc := range workshop.Participation(p) {
		people += rc.People
	}
	c.Fields = []Field{
		{b.t("Datum", "Date"), b.coverDate()},
		{b.t("Sessies", "Sessions"), b.list(b.sessions())},
		{b.t("Deelnemers", "Participants"), strconv.Itoa(people)},
	}
	if set != nil {
		c.Fields = append(c.Fields, Field{b.t("Vragenlijst", "Question set"), set.Version})
	}
	for _, bl := range []model.Block{model.BlockVisie, model.BlockDeskundigheid, model.BlockInhoud, model.BlockInfrastructuur} {
		col, _ := hexColour("block." + string(bl))
		c.Stripe = append(c.Stripe, col)
	}
	return c
}

// roleName names a role in the report's tables, shorter than its label
// where the label is long ("ondersteuner" rather than
// "onderwijsondersteuner"); votes without a role are "zonder rol".
func (b *builder) roleName(r model.Role) string {
	switch r {
	case "":
		return b.t("Zonder rol", "No role")
	case model.RoleOndersteuner:
		return b.t("Ondersteuner", "Support staff")
	case model.RoleBestuurder:
		return b.t("Bestuurder", "Board")
	}
	if !r.Valid() {
		return string(r)
	}
	return capitalise(r.Label(b.l))
}

// --- 1 participants -----------------------------------------------------------

func (b *builder) participantsChapter() Chapter {
	ch := Chapter{ID: "workshop-participants", Title: b.t("Deelnemers", "Participants")}
	counts := workshop.Participation(b.p)
	people := 0
	for _, rc := range counts {
		people += rc.People
	}
	ch.Blocks = append(ch.Blocks, StyledParagraph(StyleLead, fmt.Sprintf(b.t(
		"Aan de workshop over het ict-beleidsplan van %[1]s deden %[2]d deelnemers mee. Ze beoordeelden de school op de bouwstenen van Vier in balans en verdeelden punten over de investeringen die ze het belangrijkst vinden.",
		"%[2]d participants took part in the workshop on the ICT policy plan of %[1]s. They assessed the school on the building blocks of Four in balance and spread points over the investments they find most important."),
		short(b.p.School.Name, 80), people)))
	t := &Table{
		Columns: []Column{
			{Title: b.t("Rol", "Role"), Width: 22},
			{Title: b.t("Deelnemers", "People"), Width: 12, Align: AlignRight},
			{Title: b.t("Zelfevaluaties", "Assessments"), Width: 14, Align: AlignRight},
			{Title: b.t("Stemmen", "Votes"), Width: 10, Align: AlignRight},
			{Title: b.t("Namen", "Names"), Width: 42},
		},
		Empty: b.t("Er heeft nog niemand deelgenomen.", "Nobody has taken part yet."),
	}
	var sumA, sumV, sumP int
	for _, rc := range counts {
		t.Rows = append(t.Rows, Row{Cells: []Cell{
			{Text: b.roleName(rc.Role), Bold: true}, {Text: strconv.Itoa(rc.People)}, {Text: strconv.Itoa(rc.Assessments)},
			{Text: strconv.Itoa(rc.Votes)}, {Text: strings.Join(rc.Names, ", ")},
		}})
		sumA, sumV, sumP = sumA+rc.Assessments, sumV+rc.Votes, sumP+rc.People
	}
	if len(counts) > 0 {
		t.Rows = append(t.Rows, Row{Total: true, Cells: []Cell{{Text: b.t("Totaal", "Total")},
			{Text: strconv.Itoa(sumP)}, {Text: strconv.Itoa(sumA)}, {Text: strconv.Itoa(sumV)}, {}}})
	}
	ch.Blocks = append(ch.Blocks, TableBlock(t))
	if ss := b.sessions(); len(ss) > 0 {
		ch.Blocks = append(ch.Blocks, Fields(Field{b.t("Sessies", "Sessions"), b.list(ss)}))
	}
	ch.Blocks = append(ch.Blocks, StyledParagraph(StyleNote, b.t(
		"Een deelnemer telt één keer per sessie, ook als hij zowel de zelfevaluatie invulde als stemde.",
		"A participant counts once per session, also when they both filled in the self-assessment and voted.")))
	return ch
}

// --- 2 results ------------------------------------------------------------------

// assessedRoles are the roles with at least one assessment, in model order.
func (b *builder) assessedRoles() []model.Role {
	var out []model.Role
	for _, r := range model.Roles() {
		for _, a := range b.p.Assessments {
			if a.Role == r {
				out = append(out, r)
				break
			}
		}
	}
	return out
}

func (b *builder) resultsChapter(set *workshop.QuestionSet) Chapter {
	a := b.a
	ch := Chapter{ID: "workshop-results", Title: b.t("Resultaten", "Results")}
	ch.Blocks = append(ch.Blocks, Paragraph(b.t(
		"Elke deelnemer gaf per stelling twee cijfers van 1 tot 5: hoe het nu is en waar de school aan het eind van de planperiode wil staan. Per bouwsteen zijn die antwoorden samengenomen tot één cijfer per deelnemer (het gemiddelde, afgerond op een heel getal, waarbij 'weet niet' niet meetelt). Hieronder staat het gemiddelde van het team.",
		"Each participant gave every statement two scores from 1 to 5: how things are now, and where the school wants to be at the end of the plan period. Per building block those answers were combined into one score per participant (the mean, rounded to a whole number, leaving out 'don't know'). Below is the team's mean.")))

	team := Section{ID: "workshop-results-team", Title: b.t("Het team", "The team")}
	if a.Levels.Participants == 0 {
		team.Blocks = append(team.Blocks, Callout(ToneInfo, b.t("Nog geen zelfevaluatie", "No self-assessment yet"),
			b.t("Er zijn nog geen antwoorden; dit hoofdstuk vult zich zodra de deelnemers de vragenlijst hebben ingevuld.",
				"There are no answers yet; this chapter fills in once the participants have answered the questions.")))
		ch.Sections = []Section{team}
		return ch
	}
	if c := b.radarNowGoal(74); c != nil {
		c.Title = b.t("Nu en doel, het hele team", "Now and goal, the whole team")
		team.Blocks = append(team.Blocks, ChartBlock(c))
	}
	t := &Table{Columns: []Column{
		{Title: b.t("Bouwsteen", "Block"), Width: 40},
		{Title: b.t("Nu", "Now"), Width: 12, Align: AlignRight},
		{Title: b.t("Doel", "Goal"), Width: 12, Align: AlignRight},
		{Title: b.t("Spreiding nu", "Spread now"), Width: 16, Align: AlignRight},
		{Title: b.t("Antwoorden", "Answers"), Width: 14, Align: AlignRight},
	}}
	for _, bv := range workshop.Blocks(a) {
		spread := Cell{Text: b.level(bv.Spread)}
		if bv.Spread.Known && bv.Spread.Value >= 3 {
			spread.Tone = ToneWarn
		}
		t.Rows = append(t.Rows, Row{Cells: []Cell{{Text: capitalise(bv.Block.Label(b.l))}, {Text: b.level(bv.Now.Level())},
			{Text: b.level(bv.Goal.Level())}, spread, {Text: strconv.Itoa(bv.Now.Count)}}})
	}
	team.Blocks = append(team.Blocks, TableBlock(t))

	roles := Section{ID: "workshop-results-roles", Title: b.t("Per rol", "By role")}
	roles.Blocks = append(roles.Blocks, Paragraph(b.t(
		"Dezelfde cijfers, apart voor elke rol. Zo is te zien of bijvoorbeeld de leiding de school anders ziet dan de leraren.",
		"The same scores, separately for each role. This shows whether, for example, leadership sees the school differently from the teachers.")))
	for _, r := range b.assessedRoles() {
		sub := workshop.ForRole(b.p, r)
		rb := newBuilder(sub, planning.Analyse(sub, nil), b.l)
		if c := rb.radarNowGoal(62); c != nil {
			c.Title = fmt.Sprintf("%s (%d)", b.roleName(r), len(sub.Assessments))
			c.Shrink = true
			roles.Blocks = append(roles.Blocks, ChartBlock(c))
		}
	}
	ch.Sections = []Section{team, roles}

	if set != nil {
		if s, ok := b.statementSection(set); ok {
			ch.Sections = append(ch.Sections, s)
		}
	}
	return ch
}

// statementSection lists the team's answers per statement, a table per
// bouwsteen; ok is false when nobody answered this set.
func (b *builder) statementSection(set *workshop.QuestionSet) (Section, bool) {
	used := false
	for _, a := range b.p.Assessments {
		used = used || a.QuestionSet == set.Version
	}
	if !used {
		return Section{}, false
	}
	s := Section{ID: "workshop-results-statements", Title: b.t("Per stelling", "By statement")}
	s.Blocks = append(s.Blocks, StyledParagraph(StyleNote, fmt.Sprintf(b.t(
		"Vragenlijst %s. Nu en doel zijn gemiddelden van de gegeven antwoorden; 'weet niet' telt hoeveel deelnemers de stelling niet konden beoordelen. Spreiding is het hoogste min het laagste antwoord voor nu.",
		"Question set %s. Now and goal are means of the answers given; 'don't know' counts the participants who could not judge the statement. Spread is the highest minus the lowest answer for now."), set.Version)))
	results := workshop.StatementResults(b.p, set)
	for _, bl := range model.Blocks() {
		t := &Table{Columns: []Column{
			{Title: b.t("Stelling", "Statement"), Width: 58},
			{Title: b.t("Nu", "Now"), Width: 9, Align: AlignRight},
			{Title: b.t("Doel", "Goal"), Width: 9, Align: AlignRight},
			{Title: b.t("Spreiding", "Spread"), Width: 12, Align: AlignRight},
			{Title: b.t("Weet niet", "Don't know"), Width: 12, Align: AlignRight},
		}}
		for _, r := range results {
			if r.Statement.Block != bl {
				continue
			}
			spread := Cell{Text: b.level(r.Spread)}
			if r.Spread.Known && r.Spread.Value >= 3 {
				spread.Tone = ToneWarn
			}
			t.Rows = append(t.Rows, Row{Cells: []Cell{
				{Text: r.Statement.ID + "  " + r.Statement.Text.In(b.l)}, {Text: b.level(r.Now.Level())},
				{Text: b.level(r.Goal.Level())}, spread, {Text: strconv.Itoa(r.Unknown)},
			}})
		}
		s.Blocks = append(s.Blocks, Heading(capitalise(bl.Label(b.l))), TableBlock(t))
	}
	return s, true
}

// --- 3 disagreement ---------------------------------------------------------------

// disagreeingStatements is how many statements the report names as the
// ones the team agrees on least, at a spread of at least minSpread.
const (
	disagreeingStatements = 5
	minSpread             = 2
)

func (b *builder) disagreementChapter(set *workshop.QuestionSet) Chapter {
	ch := Chapter{ID: "workshop-disagreement", Title: b.t("Verschillen van inzicht", "Disagreements")}
	ch.Blocks = append(ch.Blocks, Paragraph(b.t(
		"Een gemiddelde verbergt verschillen. Waar leiding en leraren of collega's onderling ver uit elkaar liggen, is eerst een gesprek nodig: over wat er werkelijk gebeurt en over wat de school wil, voordat het plan daarop bouwt.",
		"A mean hides differences. Where leadership and teachers, or colleagues among themselves, are far apart, a conversation comes first: about what really happens and what the school wants, before the plan builds on it.")))

	lt := Section{ID: "workshop-disagreement-roles", Title: b.t("Leiding en leraren", "Leadership and teachers")}
	t := &Table{
		Columns: []Column{
			{Title: b.t("Bouwsteen", "Block"), Width: 34},
			{Title: b.t("Leiding nu", "Leaders now"), Width: 16, Align: AlignRight},
			{Title: b.t("Leraren nu", "Teachers now"), Width: 16, Align: AlignRight},
			{Title: b.t("Verschil", "Difference"), Width: 14, Align: AlignRight},
			{Title: b.t("Spreiding nu", "Spread now"), Width: 16, Align: AlignRight},
		},
		Empty: b.t("Nog geen zelfevaluatie.", "No self-assessment yet."),
	}
	var diverging []string
	if b.a.Levels.Participants > 0 {
		for _, bv := range workshop.Blocks(b.a) {
			gap := Cell{Text: "–"}
			if bv.Gap.Known {
				gap.Text = b.num(bv.Gap.Value, levelDecimals)
				if bv.Diverges {
					gap.Tone = ToneBad
					diverging = append(diverging, bv.Block.Label(b.l))
				}
			}
			t.Rows = append(t.Rows, Row{Cells: []Cell{{Text: capitalise(bv.Block.Label(b.l))}, {Text: b.level(bv.Leaders.Level())},
				{Text: b.level(bv.Teachers.Level())}, gap, {Text: b.level(bv.Spread)}}})
		}
	}
	lt.Blocks = append(lt.Blocks, TableBlock(t))
	switch {
	case b.a.Levels.Participants == 0:
	case len(diverging) > 0:
		lt.Blocks = append(lt.Blocks, Callout(ToneWarn, b.t("Bespreek dit eerst", "Discuss this first"), fmt.Sprintf(b.t(
			"Op %s liggen leiding (schoolleiding en bestuur) en leraren %s of meer uit elkaar. Zoek samen uit waar dat verschil vandaan komt.",
			"On %s, leadership (school leaders and board) and teachers are %s or more apart. Find out together where the difference comes from."),
			b.list(diverging), b.points(planning.DivergenceThreshold))))
	default:
		lt.Blocks = append(lt.Blocks, Paragraph(fmt.Sprintf(b.t(
			"Leiding en leraren liggen op geen enkele bouwsteen %s of meer uit elkaar.",
			"On no building block are leadership and teachers %s or more apart."), b.points(planning.DivergenceThreshold))))
	}
	lt.Blocks = append(lt.Blocks, StyledParagraph(StyleNote, b.t(
		"Leiding is het gemiddelde van schoolleiders en bestuurders samen. Verschil is leiding min leraren. Spreiding is het hoogste min het laagste cijfer van alle deelnemers.",
		"Leaders is the mean of school leaders and board members together. Difference is leaders minus teachers. Spread is the highest minus the lowest score of all participants.")))
	ch.Sections = []Section{lt}

	if set != nil {
		var top []workshop.StatementResult
		for _, r := range workshop.StatementResults(b.p, set) {
			if r.Spread.Known && r.Spread.Value >= minSpread {
				top = append(top, r)
			}
		}
		sort.SliceStable(top, func(i, j int) bool { return top[i].Spread.Value > top[j].Spread.Value })
		if len(top) > disagreeingStatements {
			top = top[:disagreeingStatements]
		}
		st := Section{ID: "workshop-disagreement-statements", Title: b.t("Stellingen met de meeste verschillen", "Statements with the widest differences")}
		if len(top) == 0 {
			st.Blocks = append(st.Blocks, Paragraph(fmt.Sprintf(b.t(
				"Bij geen enkele stelling liggen de antwoorden voor nu %d punten of meer uit elkaar.",
				"For no statement are the answers for now %d points or more apart."), minSpread)))
		} else {
			var items []string
			for _, r := range top {
				items = append(items, fmt.Sprintf(b.t("%s (%s, spreiding %s): %s", "%s (%s, spread %s): %s"),
					r.Statement.ID, chart.ShortLabel(r.Statement.Block, b.l), b.level(r.Spread), r.Statement.Text.In(b.l)))
			}
			st.Blocks = append(st.Blocks, List(items...))
		}
		ch.Sections = append(ch.Sections, st)
	}
	return ch
}

// --- 4 votes ----------------------------------------------------------------------

func (b *builder) votesChapter() Chapter {
	ch := Chapter{ID: "workshop-votes", Title: b.t("Prioriteiten", "Priorities")}
	r := workshop.Tally(b.p)
	if r.Voters == 0 {
		ch.Blocks = append(ch.Blocks, Paragraph(b.t(
			"Er is (nog) niet gestemd over prioriteiten.", "There has been no vote on priorities (yet).")))
		return ch
	}
	ch.Blocks = append(ch.Blocks, b.rankingIntro(r), TableBlock(b.rankingTable(r)), b.tieNote())

	roles := Section{ID: "workshop-votes-roles", Title: b.t("Punten per rol", "Points by role")}
	cols := []Column{{Title: b.t("Investering", "Investment"), Width: 40}}
	for _, rv := range r.ByRole {
		cols = append(cols, Column{Title: fmt.Sprintf("%s (%d)", b.roleName(rv.Role), rv.Voters), Width: 14, Align: AlignRight})
	}
	rt := &Table{Columns: cols}
	for _, it := range r.Items {
		row := Row{Cells: []Cell{{Text: it.Code + "  " + it.Title}}}
		for _, rv := range r.ByRole {
			pts := 0
			for _, rp := range it.ByRole {
				if rp.Role == rv.Role {
					pts = rp.Points
				}
			}
			row.Cells = append(row.Cells, Cell{Text: strconv.Itoa(pts)})
		}
		rt.Rows = append(rt.Rows, row)
	}
	roles.Blocks = append(roles.Blocks, StyledParagraph(StyleNote, b.t(
		"Tussen haakjes: hoeveel deelnemers van die rol stemden.", "In brackets: how many participants of that role voted.")),
		TableBlock(rt))

	votes := Section{ID: "workshop-votes-list", Title: b.t("De stemmen", "The votes")}
	vt := &Table{Columns: []Column{
		{Title: b.t("Deelnemer", "Participant"), Width: 22},
		{Title: b.t("Rol", "Role"), Width: 18},
		{Title: b.t("Sessie", "Session"), Width: 20},
		{Title: b.t("Punten", "Points"), Width: 40},
	}}
	codes := b.p.InvestmentCodes()
	for _, v := range b.p.Votes {
		var parts []string
		for _, vp := range v.Points {
			if c, ok := codes[vp.InvestmentID]; ok && vp.Points > 0 {
				parts = append(parts, fmt.Sprintf("%s %d", c, vp.Points))
			}
		}
		pts := strings.Join(parts, ", ")
		if pts == "" {
			pts = b.t("geen punten", "no points")
		}
		vt.Rows = append(vt.Rows, Row{Cells: []Cell{{Text: v.Participant}, {Text: b.roleName(v.Role)}, {Text: v.Session}, {Text: pts}}})
	}
	votes.Blocks = append(votes.Blocks, TableBlock(vt))
	ch.Sections = []Section{roles, votes}
	return ch
}

func (b *builder) rankingIntro(r workshop.Ranking) Block {
	budget := ""
	if r.Budget > 0 {
		budget = fmt.Sprintf(b.t(" elk %d punten", " %d points each"), r.Budget)
	}
	return Paragraph(fmt.Sprintf(b.t(
		"In een stemronde verdeelden %d deelnemers%s over de investeringen die zij het belangrijkst vinden, samen %d punten. De ranglijst zegt wat het team voorrang wil geven; de school beslist, met de begroting en de volgorde van het plan erbij.",
		"In a voting round, %d participants spread%s over the investments they find most important, %d points in all. The ranking says what the team wants to give priority; the school decides, with the budget and the order of the plan in mind."),
		r.Voters, budget, r.Points))
}

func (b *builder) rankingTable(r workshop.Ranking) *Table {
	t := &Table{
		Columns: []Column{
			{Title: b.t("Plaats", "Rank"), Width: 9, Align: AlignCenter},
			{Title: b.t("Code", "Code"), Width: 8},
			{Title: b.t("Investering", "Investment"), Width: 45},
			{Title: b.t("Bouwsteen", "Block"), Width: 16},
			{Title: b.t("Punten", "Points"), Width: 10, Align: AlignRight},
			{Title: b.t("Stemmers", "Voters"), Width: 11, Align: AlignRight},
		},
		Empty: b.t("Niemand gaf punten.", "Nobody gave points."),
	}
	for _, it := range r.Items {
		rank := strconv.Itoa(it.Rank)
		if it.Tied {
			rank += "="
		}
		title := it.Title
		if it.Cancelled {
			title += " " + b.t("(geschrapt)", "(cancelled)")
		}
		row := Row{Cells: []Cell{{Text: rank, Bold: true}, {Text: it.Code, Bold: true}, {Text: title},
			{Text: chart.ShortLabel(it.Block, b.l)}, {Text: strconv.Itoa(it.Points)}, {Text: strconv.Itoa(it.Voters)}}}
		if it.Cancelled {
			for i := range row.Cells {
				row.Cells[i].Tone = ToneMuted
			}
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}

func (b *builder) tieNote() Block {
	return StyledParagraph(StyleNote, b.t(
		"Volgorde: de meeste punten eerst; bij gelijke punten gaat voor wat door meer deelnemers gekozen is. Is ook dat gelijk, dan delen de investeringen hun plaats (aangegeven met =).",
		"Order: most points first; with equal points, what more participants chose comes first. When that is equal too, the investments share their place (marked =)."))
}

// prioritySection is the ranking of the dot-voting round as a section of
// the plan's investments chapter; ok is false when nobody voted.
func (b *builder) prioritySection() (Section, bool) {
	r := workshop.Tally(b.p)
	if r.Voters == 0 {
		return Section{}, false
	}
	s := Section{ID: "investments-priorities", Title: b.t("Prioriteiten van het team", "The team's priorities")}
	s.Blocks = append(s.Blocks, b.rankingIntro(r), TableBlock(b.rankingTable(r)), b.tieNote())
	return s, true
}
