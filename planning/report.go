package planning

import (
	"fmt"
	"strings"
	"text/tabwriter"

	"balansplan/model"
)

// Report writes the analysis as plain text for people, in language l:
// what `balansplan analyse` prints without --json. Numbers are rounded as
// in the JSON (three decimals, trailing zeros dropped; the findings'
// sentences use two); amounts are in euros with the separators of the
// language.
func Report(a *Analysis, l model.Lang) string {
	t := func(nl, en string) string {
		if l == model.EN {
			return en
		}
		return nl
	}
	num := func(x float64) string { return FormatNumber(x, jsonDecimals, l) }
	lvl := func(v Level) string {
		if !v.Known {
			return NotApplicable.In(l)
		}
		return FormatNumber(v.Value, jsonDecimals, l)
	}
	var b strings.Builder
	s := a.Summary
	fmt.Fprintf(&b, "%s: %s\n", t("Analyse", "Analysis"), s.Title)
	fmt.Fprintf(&b, "%s", s.School)
	if s.Sector.Valid() {
		fmt.Fprintf(&b, " (%s)", s.Sector.Label(l))
	}
	if s.StartYear != 0 {
		fmt.Fprintf(&b, ", %d-%d", s.StartYear, s.EndYear)
	}
	b.WriteString("\n")

	heading := func(title string) {
		fmt.Fprintf(&b, "\n%s\n%s\n", title, strings.Repeat("=", len([]rune(title))))
	}
	table := func(rows [][]string) {
		var tb strings.Builder
		tw := tabwriter.NewWriter(&tb, 0, 0, 2, ' ', 0)
		for _, r := range rows {
			fmt.Fprintln(tw, "  "+strings.Join(r, "\t"))
		}
		tw.Flush()
		for _, line := range strings.SplitAfter(tb.String(), "\n") {
			b.WriteString(strings.TrimRight(strings.TrimSuffix(line, "\n"), " "))
			if strings.HasSuffix(line, "\n") {
				b.WriteByte('\n')
			}
		}
	}

	if a.Levels.Participants == 1 {
		heading(t("Bouwstenen (zelfevaluatie, 1 deelnemer)", "Building blocks (self-assessment, 1 participant)"))
	} else {
		heading(t(fmt.Sprintf("Bouwstenen (zelfevaluatie, %d deelnemers)", a.Levels.Participants),
			fmt.Sprintf("Building blocks (self-assessment, %d participants)", a.Levels.Participants)))
	}
	rows := [][]string{{t("bouwsteen", "block"), t("nu", "now"), t("doel", "goal"), t("spreiding", "spread")}}
	for _, bl := range a.Levels.Blocks {
		rows = append(rows, []string{bl.Block.Label(l), lvl(bl.Now.Level()), lvl(bl.Goal.Level()), lvl(bl.Spread)})
	}
	lv := a.Levels
	rows = append(rows,
		[]string{t("menselijke factoren", "human factors"), lvl(lv.HumanNow), lvl(lv.HumanGoal), ""},
		[]string{t("materiële factoren", "material factors"), lvl(lv.MaterialNow), lvl(lv.MaterialGoal), ""},
		[]string{t("scheefstand (materieel - menselijk)", "tilt (material - human)"), lvl(lv.TiltNow), "", ""})
	table(rows)

	heading(t("Balans (onderwijsvorm x leermateriaal)", "Balance (form of education x learning material)"))
	cell := func(c Cell) string {
		side := func(label string, ok bool) string {
			if !ok {
				return "?"
			}
			return label
		}
		return side(c.Teaching.Label(l), c.Teaching.Index() >= 0) + " x " + side(c.Material.Label(l), c.Material.Index() >= 0)
	}
	pos := a.Position
	from := t("uit het plan", "from the plan")
	if pos.FromInvestments {
		from = t("uit de investeringen, naar budget", "from the investments, by budget")
	}
	table([][]string{
		{t("nu", "now") + ":", cell(pos.Now), pos.Now.Balance().Label(l)},
		{t("doel", "goal") + ":", cell(pos.Goal) + " (" + from + ")", pos.Goal.Balance().Label(l)},
	})

	r := a.Route
	heading(t("Route: ", "Route: ") + r.Verdict.Label(l))
	if r.Verdict == VisieOntbreekt {
		b.WriteString("  " + t("Het plan heeft geen visie-uitspraken, dus de route is niet te beoordelen: het waarom ontbreekt, in welke volgorde er ook wordt geïnvesteerd.",
			"The plan has no vision statements, so the route cannot be judged: the why is missing, whatever the order of the investments.") + "\n")
	}
	fmt.Fprintf(&b, "  %s: %s (%d/%d %s)\n", t("herleidbaar naar de visie (T)", "traced to the vision (T)"),
		lvl(r.T()), r.TracedInvestments, r.MaterialInvestments, t("materiële investeringen", "material investments"))
	fmt.Fprintf(&b, "  %s: %s (%d/%d)\n", t("mensen eerst: visie of deskundigheid vooraf (E)", "people first: vision or expertise before (E)"),
		lvl(r.E()), r.ExpertiseFirst, r.TracedInvestments)
	if len(r.Matrix) > 0 {
		b.WriteString("\n")
		rows = [][]string{{t("uitspraak", "statement")}}
		for _, bk := range blocks {
			rows[0] = append(rows[0], bk.Label(l))
		}
		for _, tr := range r.Matrix {
			row := []string{tr.Vision}
			for i := range blocks {
				cs := strings.Join(tr.Blocks[i], " ")
				if cs == "" {
					cs = "-"
				}
				row = append(row, cs)
			}
			rows = append(rows, row)
		}
		table(rows)
	}

	bu := a.Budget
	heading(t("Budget", "Budget"))
	if len(bu.Years) > 0 {
		rows = [][]string{{t("jaar", "year"), t("uitgaven", "cash out"), t("lasten", "burden"), t("plafond", "ceiling"), ""}}
		for _, by := range bu.Years {
			ceiling, mark := "-", ""
			if by.HasCeiling {
				ceiling = FormatMoney(by.Ceiling, l)
			}
			if by.Over {
				mark = t("boven plafond", "over the ceiling")
			}
			rows = append(rows, []string{fmt.Sprint(by.Year), FormatMoney(by.CashOut, l), FormatMoney(by.Burden, l), ceiling, mark})
		}
		rows = append(rows, []string{t("totaal", "total"), FormatMoney(bu.TotalCashOut, l), FormatMoney(bu.TotalBurden, l), "", ""})
		table(rows)
	}
	b.WriteString("\n")
	rows = nil
	for i, bk := range blocks {
		rows = append(rows, []string{bk.Label(l), FormatMoney(bu.CashByBlock[i], l)})
	}
	share := "-"
	if bu.HumanShare.Known {
		share = FormatPercent(bu.HumanShare.Value, l)
	}
	rows = append(rows, []string{t("aandeel menselijke factoren", "share of human factors"), share})
	perPupil := "-"
	if bu.HasPerPupil {
		perPupil = FormatMoney(bu.PerPupil, l)
	}
	rows = append(rows, []string{t("per leerling", "per pupil"), perPupil})
	if bu.DepreciationAfterPlan != 0 {
		rows = append(rows, []string{t("afschrijving na de planperiode", "depreciation after the plan period"), FormatMoney(bu.DepreciationAfterPlan, l)})
	}
	table(rows)

	heading(t(fmt.Sprintf("Bevindingen (%d)", len(a.Findings)), fmt.Sprintf("Findings (%d)", len(a.Findings))))
	if len(a.Findings) == 0 {
		b.WriteString("  " + NothingToAct.In(l) + "\n")
	}
	for _, f := range a.Findings {
		subj := ""
		if len(f.Subject) > 0 {
			subj = " (" + strings.Join(f.Subject, ", ") + ")"
		}
		fmt.Fprintf(&b, "- [%s] %s%s\n  %s\n", f.Severity.Label(l), f.Code, subj, f.Message.In(l))
	}

	bm := a.Benchmark
	if len(bm.Comparisons) > 0 || bm.Ambition != nil {
		heading(t("Vergelijking met landelijke cijfers", "Comparison with national figures"))
		fmt.Fprintf(&b, "  %s\n", t(
			fmt.Sprintf("Landelijke cijfers van de Vier in balans-monitor %d (schooljaar 2012-2013), %s: een historisch referentiepunt, geen norm. "+
				"Binnen %s procentpunten (%s leerling per computer) heet een verschil ongeveer gelijk.",
				FiguresYear, bm.Sector.Label(l), FormatNumber(PercentTolerance, 1, l), FormatNumber(PupilsPerComputerTolerance, 1, l)),
			fmt.Sprintf("National figures of the Vier in balans monitor %d (school year 2012-2013), %s: a historical reference point, not a norm. "+
				"Within %s percentage points (%s pupils per computer) a difference counts as about the same.",
				FiguresYear, bm.Sector.Label(l), FormatNumber(PercentTolerance, 1, l), FormatNumber(PupilsPerComputerTolerance, 1, l))))
		b.WriteString("\n")
		rows = [][]string{{t("kengetal", "indicator"), t("school", "school"), t("landelijk", "national"), "", t("bron", "source")}}
		var info []string
		for _, c := range bm.Comparisons {
			if c.Outcome == Info {
				info = append(info, strings.TrimSuffix(c.Sentence(bm.Sector, l), ".")+" ("+c.Source+").")
				continue
			}
			national := num(c.National)
			if c.Qualifier == "approx" {
				national = "~" + national
			}
			if c.NationalNote != (model.Text{}) {
				national += " (" + c.NationalNote.In(l) + ")"
			}
			if c.Derived() {
				national += " (" + Derived.In(l) + ")"
			}
			outcome := c.Outcome.Label(l)
			if c.LowerIsMore && c.Outcome != Gelijk {
				outcome += t(" (lager = meer computers)", " (lower = more computers)")
			}
			rows = append(rows, []string{c.Label.In(l), num(c.School), national, outcome, c.Source})
		}
		table(rows)
		for _, s := range info {
			fmt.Fprintf(&b, "  %s\n", s)
		}
		if am := bm.Ambition; am != nil {
			share := num(am.Share) + "%"
			if am.Derived() {
				share += " (" + Derived.In(l) + ")"
			}
			fmt.Fprintf(&b, "\n  %s\n", t(
				fmt.Sprintf("Ambitie '%s': landelijk koos %s van de scholen in het %s hetzelfde (%s).",
					am.Ambition.Label(l), share, bm.Sector.Label(l), am.Source),
				fmt.Sprintf("Ambition '%s': nationally, %s of schools in %s chose the same (%s).",
					am.Ambition.Label(l), share, bm.Sector.Label(l), am.Source)))
		}
	}
	return b.String()
}
