package export

import (
	"fmt"
	"strconv"
	"strings"

	"balansplan/model"
	"balansplan/model/theme"
	"balansplan/planning"
	"balansplan/planning/chart"
)

// Themes and the maturity register in the board document (issue 19). Two
// sections of "Uitvoering en evaluatie", after the paragraph on privacy:
//
//   - "Volwassenheid van informatiebeveiliging en privacy": the register
//     as a table (domain, level now, target, owner, the investments that
//     raise it), the chart of planning/chart (the one the GUI shows), and
//     the domains below target as a callout, those with no investment
//     first, since those are the findings.
//   - "Thema's en termijnen": the chosen themes and their deadlines in the
//     plan period, each with whether an investment of the theme starts
//     before it. The same deadlines stand as vertical lines on the
//     timeline charts (chart.Timeline draws them).
//
// A plan that chose no theme and keeps no register gets neither section:
// the themes are an addition a school chooses, not a part every plan must
// fill (the privacy paragraph before them already asks for the GDPR's
// basics). A plan that chose the IBP theme without a register gets the
// grey callout that says where to fill it in.

// screenThemes is the GUI screen of the themes and the register.
var screenThemes = model.Text{NL: "Thema's", EN: "Themes"}

// Chart geometry of the register: a header and a row per domain.
const (
	maturityRowH    = 7.0
	maturityHeaderH = 12.0
)

// themeSections are the sections on the themes and the register, in the
// order they stand; none for a plan without either.
func (b *builder) themeSections() []Section {
	var out []Section
	if s, ok := b.maturitySection(); ok {
		out = append(out, s)
	}
	if s, ok := b.deadlinesSection(); ok {
		out = append(out, s)
	}
	return out
}

// maturitySection is the paragraph for the board on the maturity of
// information security and privacy.
func (b *builder) maturitySection() (Section, bool) {
	p := b.p
	s := Section{ID: "organisation-maturity", Title: b.t("Volwassenheid van informatiebeveiliging en privacy", "Maturity of information security and privacy")}
	rows := planning.MaturityRegister(p)
	if len(rows) == 0 {
		if !p.HasTheme("ibp") {
			return s, false
		}
		s.Blocks = append(s.Blocks, b.missing(b.t(
			"Het plan koos het thema informatiebeveiliging en privacy, maar het volwassenheidsregister is nog leeg: per domein het niveau nu en het doel (1 tot 5), de eigenaar en de investeringen die het domein verder brengen.",
			"The plan chose the theme information security and privacy, but the maturity register is still empty: per domain the level now and the target (1 to 5), the owner and the investments that take the domain further."), screenThemes))
		return s, true
	}
	s.Blocks = append(s.Blocks, Paragraph(b.t(
		"Per domein staat waar de school nu staat en waar ze heen wil, op een schaal van 1 tot 5. Niveau 3 is het minimum dat de sector van een school vraagt. Een domein onder het doel hoort een investering te hebben die het verder brengt.",
		"For each domain: where the school stands now and where it wants to be, on a scale of 1 to 5. Level 3 is the minimum the sector asks of a school. A domain below its target should have an investment that takes it further.")))
	level := func(n int) Cell {
		if n == model.NotAssessed {
			return Cell{Text: b.t("niet beoordeeld", "not assessed"), Tone: ToneMissing}
		}
		return Cell{Text: strconv.Itoa(n)}
	}
	t := &Table{Dense: true, Columns: []Column{
		{Title: b.t("Domein", "Domain"), Width: 36},
		{Title: b.t("Nu", "Now"), Width: 13, Align: AlignRight},
		{Title: b.t("Doel", "Target"), Width: 7, Align: AlignRight},
		{Title: b.t("Eigenaar", "Owner"), Width: 20},
		{Title: b.t("Investeringen", "Investments"), Width: 24},
	}}
	var below, unfunded []string
	for _, r := range rows {
		name := maturityName(r)
		now := level(r.Current)
		if r.BelowTarget {
			now.Bold, now.Tone = true, ToneWarn
			if r.BelowMinimum {
				now.Tone = ToneBad
			}
		}
		owner := Cell{Text: strings.TrimSpace(r.Owner)}
		if owner.Text == "" {
			owner = Cell{Text: "–", Tone: ToneMissing}
		}
		invs := Cell{Text: strings.Join(r.Investments, ", ")}
		if invs.Text == "" {
			invs = Cell{Text: "–"}
			if r.Unfunded {
				invs.Tone = ToneMissing
			}
		}
		t.Rows = append(t.Rows, Row{Cells: []Cell{{Text: name}, now, {Text: strconv.Itoa(r.Target)}, owner, invs}})
		switch {
		case r.Unfunded:
			unfunded = append(unfunded, name)
		case r.BelowTarget:
			below = append(below, name+" ("+strings.Join(r.Investments, ", ")+")")
		}
	}
	s.Blocks = append(s.Blocks, TableBlock(t))
	f := chart.Maturity(p, b.l, chart.Box{W: chartW, H: maturityHeaderH + maturityRowH*float64(len(rows))})
	c := figure(f, figureOpts{})
	c.Title = b.t("Niveau nu en doel per domein", "Level now and target per domain")
	c.Shrink = true
	s.Blocks = append(s.Blocks, ChartBlock(c))
	switch {
	case len(unfunded) > 0:
		text := b.t("Zonder investering die ze verder brengt: ", "With no investment that takes them further: ") + b.list(unfunded) + "."
		if len(below) > 0 {
			text += " " + b.t("Met een investering: ", "With an investment: ") + b.list(below) + "."
		}
		s.Blocks = append(s.Blocks, Callout(ToneWarn, b.count(len(unfunded)+len(below), "domein onder het doel", "domeinen onder het doel", "domain below target", "domains below target"), text))
	case len(below) > 0:
		s.Blocks = append(s.Blocks, Callout(ToneInfo, b.count(len(below), "domein onder het doel", "domeinen onder het doel", "domain below target", "domains below target"),
			b.t("Elk heeft een investering die het verder brengt: ", "Each has an investment that takes it further: ")+b.list(below)+"."))
	default:
		s.Blocks = append(s.Blocks, Callout(ToneGood, "", b.t("Geen beoordeeld domein staat onder het doel.", "No assessed domain is below its target.")))
	}
	return s, true
}

// maturityName is how the paragraph names a domain: "Toegang: Wachtwoorden",
// or the title alone when it has no domain.
func maturityName(r planning.MaturityRow) string {
	d, t := strings.TrimSpace(r.Domain), strings.TrimSpace(r.Title)
	if d == "" {
		return t
	}
	return d + ": " + t
}

// count is "1 domein onder het doel" or "3 domeinen onder het doel".
func (b *builder) count(n int, oneNL, manyNL, oneEN, manyEN string) string {
	if n == 1 {
		return "1 " + b.t(oneNL, oneEN)
	}
	return strconv.Itoa(n) + " " + b.t(manyNL, manyEN)
}

// deadlinesSection lists the chosen themes and their deadlines in the plan
// period, with whether an investment of the theme starts before each.
func (b *builder) deadlinesSection() (Section, bool) {
	p := b.p
	chosen := planning.ChosenThemes(p, theme.Builtin())
	if len(chosen) == 0 {
		return Section{}, false
	}
	s := Section{ID: "organisation-themes", Title: b.t("Thema's en termijnen", "Themes and deadlines")}
	var names []string
	for _, t := range chosen {
		names = append(names, t.Title.In(b.l))
	}
	s.Blocks = append(s.Blocks, Paragraph(b.t("Het plan behandelt de thema's ", "The plan covers the themes ")+b.list(names)+". "+b.t(
		"Hun termijnen in de planperiode staan hieronder en als verticale lijnen op de tijdlijn.",
		"Their deadlines in the plan period are listed below and drawn as vertical lines on the timeline.")))
	ms := planning.ThemeMilestones(p)
	if len(ms) == 0 {
		s.Blocks = append(s.Blocks, Paragraph(b.t("Geen van hun termijnen valt in de planperiode.", "None of their deadlines falls in the plan period.")))
		return s, true
	}
	late := map[string]bool{}
	for _, f := range planning.ThemeDeadlineFindings(p, theme.Builtin()) {
		if len(f.Subject) == 2 {
			late[f.Subject[0]+"/"+f.Subject[1]] = true
		}
	}
	t := &Table{Dense: true, Columns: []Column{
		{Title: b.t("Datum", "Date"), Width: 16},
		{Title: b.t("Termijn", "Deadline"), Width: 44},
		{Title: b.t("Thema", "Theme"), Width: 18},
		{Title: b.t("Soort", "Kind"), Width: 10},
		{Title: b.t("Investering ervoor", "Investment before"), Width: 12},
	}}
	for _, m := range ms {
		ready := Cell{Text: b.t("ja", "yes"), Tone: ToneGood}
		if late[m.Theme+"/"+m.Deadline] {
			ready = Cell{Text: b.t("nee", "no"), Tone: ToneBad, Bold: true}
		}
		label := m.Label.In(b.l)
		if src := m.Source.In(b.l); src != "" {
			label += " (" + src + ")"
		}
		t.Rows = append(t.Rows, Row{Cells: []Cell{{Text: m.DateText(b.l)}, {Text: label}, {Text: m.ThemeTitle.In(b.l)}, {Text: m.Kind.Label(b.l)}, ready}})
	}
	s.Blocks = append(s.Blocks, TableBlock(t), StyledParagraph(StyleNote, fmt.Sprintf(b.t(
		"Een investering van het thema telt als ze niet geschrapt is en vóór de maand van de termijn begint; zonder zo'n investering staat de termijn ook bij de bevindingen (%s).",
		"An investment of the theme counts when it is not cancelled and starts before the month of the deadline; without one, the deadline is among the findings too (%s)."),
		"“"+themeFindingTitles[planning.ThemeDeadlineWithoutInvestment].In(b.l)+"”")))
	return s, true
}

// themeFindingTitles are the titles of the findings of issue 19, for the
// findings chapter (findingTitle), which lists the others.
var themeFindingTitles = map[planning.Code]model.Text{
	planning.ThemeDeadlineWithoutInvestment: {NL: "Termijn zonder investering ervoor", EN: "Deadline with no investment before it"},
	planning.MaturityBelowTarget:            {NL: "Domein onder het doel zonder investering", EN: "Domain below target with no investment"},
}

// milestoneCaption says under the timeline what its vertical lines are:
// "Termijnen van de gekozen thema's: 1-8-2027 Digitale geletterdheid hoort
// bij de wettelijke kerndoelen; …", each with the date the chart prints
// beside its line; "" when there are none.
func (b *builder) milestoneCaption() string {
	ms := planning.ThemeMilestones(b.p)
	if len(ms) == 0 {
		return ""
	}
	var parts []string
	for _, m := range ms {
		parts = append(parts, chart.MilestoneLabel(m)+" "+m.Label.In(b.l))
	}
	return b.t("Termijnen van de gekozen thema's: ", "Deadlines of the chosen themes: ") + strings.Join(parts, "; ") + "."
}
