package export

import (
	"strings"
	"testing"

	"balansplan/model"
	"balansplan/planning"
)

// Issue 13, defect 5: numbers that agree with each other.

func TestANegativeAmountHasARealMinusSignTheFontCanPrint(t *testing.T) {
	m, err := loadMetrics()
	if err != nil {
		t.Fatal(err)
	}
	// U+2212 itself, set in Noto Sans Minus (assets/fonts): Noto Sans has
	// none, and the en dash stood in for it before.
	if !m.printable('\u2212') {
		t.Fatal("the minus sign is not printable")
	}
	b := &builder{l: model.NL}
	if got, want := b.money(-1300000), "\u2212€\u00a013.000"; got != want {
		t.Errorf("money(-13000 euro) = %q, want %q", got, want)
	}
	b.l = model.EN
	if got, want := b.money(-1300000), "\u2212€13,000"; got != want {
		t.Errorf("EN money(-13000 euro) = %q, want %q", got, want)
	}
	if strings.ContainsRune(m.clean(b.money(-1300000), false), replacement) {
		t.Error("the font cannot print the minus sign")
	}
	// Its width is Noto Sans's plus, 572 thousandths of an em, in both
	// weights: the minus of the same design.
	for _, st := range []fontStyle{regular, bold, italic, boldItalic} {
		if w := m.units(st, '\u2212'); w != 572 {
			t.Errorf("style %d: the minus is %d units wide, want 572 like the plus (%d)", st, w, m.units(st, '+'))
		}
	}
}

// The PDF prints the minus sign (pdftotext reads U+2212 back, right before
// the euro sign) and embeds the minus face as a subset beside Noto Sans.
// Regenboog spends € 58.000 in 2026 against a ceiling of € 45.000: the
// margin is −€ 13.000, in the budget and in the proposal.
func TestThePDFPrintsTheMinusSign(t *testing.T) {
	p := fixtures(t)[1].plan
	path := exportTo(t, p, model.NL)
	text := run(t, "pdftotext", "-enc", "UTF-8", path, "-")
	if n := strings.Count(text, "\u2212€"); n < 2 {
		t.Errorf("the PDF shows %d amounts with a minus sign, want the margin of 2026 in the budget and the proposal", n)
	}
	if strings.Contains(text, "\u2013€") {
		t.Error("an amount still starts with an en dash")
	}
	fonts := run(t, "pdffonts", path)
	if !strings.Contains(fonts, "utf8"+minusFamily+" ") {
		t.Errorf("the minus face is not embedded:\n%s", fonts)
	}
	run(t, "qpdf", "--check", path)
}

// burdenPlan has a leadership investment with costs, and a one-off amount
// written off over three years, whose yearly share has cents.
func burdenPlan() *model.Plan {
	return &model.Plan{
		School:    model.School{Name: "De Lasten", Pupils: 300},
		StartYear: 2026, EndYear: 2028,
		Investments: []model.Investment{
			{ID: "v", Code: "VI1", Title: "Visie", Block: model.BlockVisie, Start: model.MonthOf(2026, 1), End: model.MonthOf(2026, 12),
				Cost: model.Cost{OneOff: 50000}},
			{ID: "l", Code: "L1", Title: "Leiding", Block: model.BlockLeiderschap, Start: model.MonthOf(2026, 1), End: model.MonthOf(2026, 12),
				Cost: model.Cost{OneOff: 100000}},
			{ID: "n", Code: "N1", Title: "Laptops", Block: model.BlockInfrastructuur, Start: model.MonthOf(2026, 1),
				Cost: model.Cost{OneOff: 100000, DepreciationYears: 3}},
		},
	}
}

func burdenTable(t *testing.T, r *Report) *Table {
	t.Helper()
	for _, s := range chapter(t, r, "budget").Sections {
		if s.ID == "budget-burden" {
			return s.Blocks[0].Table
		}
	}
	t.Fatal("no burden section")
	return nil
}

func TestBurdenByPeopleMeansAndLeadershipAddsUpInWholeEuros(t *testing.T) {
	p := burdenPlan()
	r := Build(p, planning.Analyse(p, nil), model.NL)
	bt := burdenTable(t, r)
	var head []string
	for _, c := range bt.Columns {
		head = append(head, c.Title)
	}
	if got := strings.Join(head, "|"); got != "Jaar|Uitgaven|Lasten|Lasten mens|Lasten middelen|Lasten leiderschap" {
		t.Fatalf("columns %s", got)
	}
	// 2026: visie € 500 and leiderschap € 1.000 expensed; the laptops'
	// € 1.000 written off over 3 years is € 333,33 a year, shown as € 333.
	// 500 + 333 + 1.000 = 1.833.
	want := [][]string{
		{"2026", "€\u00a02.500", "€\u00a01.833", "€\u00a0500", "€\u00a0333", "€\u00a01.000"},
		{"2027", "€\u00a00", "€\u00a0333", "€\u00a00", "€\u00a0333", "€\u00a00"},
		{"2028", "€\u00a00", "€\u00a0333", "€\u00a00", "€\u00a0333", "€\u00a00"},
		{"Totaal", "€\u00a02.500", "€\u00a02.500", "€\u00a0500", "€\u00a01.000", "€\u00a01.000"},
	}
	for i, row := range want {
		for j, w := range row {
			if got := bt.Rows[i].Cells[j].Text; got != w {
				t.Errorf("row %d column %s: %q, want %q", i, head[j], got, w)
			}
		}
	}
}

func TestTheAmountPerPupilSaysItIsOverThePeriodAndGivesAYear(t *testing.T) {
	p := burdenPlan()
	r := Build(p, planning.Analyse(p, nil), model.NL)
	all := texts(t, r)
	// € 2.500 over 300 pupils is € 8,33 over 3 years; € 2,78 a year
	// (833 cents / 3 = 277,67 -> 278).
	if !contains(all, "€\u00a08,33 per leerling over de hele planperiode") {
		t.Error("the summary does not say the amount per pupil is over the whole period")
	}
	fields := map[string]string{}
	for _, s := range chapter(t, r, "budget").Sections {
		for _, bl := range s.Blocks {
			for _, f := range bl.Fields {
				fields[f.Label] = f.Value
			}
		}
	}
	if got := fields["Per leerling, hele planperiode"]; got != "€\u00a08,33" {
		t.Errorf("per pupil over the period %q", got)
	}
	if got := fields["Per leerling per jaar (gemiddeld)"]; got != "€\u00a02,78" {
		t.Errorf("per pupil per year %q", got)
	}
}

func TestTheRouteGaugesAreWrittenAsSharesLikeTheText(t *testing.T) {
	p := burdenPlan()
	p.Visions = []model.Vision{{ID: "x", Code: "V1", Title: "Leren"}}
	p.Investments[2].VisionIDs = []string{"x"} // N1 traced, but no human step for V1 before it
	p.Investments = append(p.Investments, model.Investment{ID: "i", Code: "I1", Title: "Software", Block: model.BlockInhoud,
		Start: model.MonthOf(2026, 1), Cost: model.Cost{OneOff: 100000}})
	a := planning.Analyse(p, nil)
	r := Build(p, a, model.NL)
	// T: N1 (€ 1.000) of € 2.000 material is traced: 50%. E: 0 of 1.
	var labels []string
	legend := ""
	for _, s := range chapter(t, r, "balance").Sections {
		for _, bl := range s.Blocks {
			if bl.Kind == KindChart && bl.Chart.Title == "Route van de investeringen" {
				for _, e := range bl.Chart.Legend {
					legend += e.Label + "|"
				}
				for _, sh := range bl.Chart.Shapes {
					if strings.HasPrefix(sh.Text, "T (") || strings.HasPrefix(sh.Text, "E (") {
						labels = append(labels, sh.Text)
					}
				}
			}
		}
	}
	want := []string{"T (herleid naar visie) = 50%", "E (mensen eerst) = 0%"}
	if strings.Join(labels, "|") != strings.Join(want, "|") {
		t.Errorf("gauge labels %q, want %q", labels, want)
	}
	if !strings.Contains(legend, "grenzen 50% en 80%|") {
		t.Errorf("the legend gives the thresholds as %q, want percentages", legend)
	}
	if !contains(texts(t, r), "T en E allebei minstens 80%") {
		t.Error("the route text does not give the thresholds as percentages")
	}
}

func TestAShareWithNothingToDivideHasNoCounts(t *testing.T) {
	b := &builder{l: model.NL}
	if got := b.shareOf(planning.Level{}, 0, 0); got != "n.v.t." {
		t.Errorf("unknown share reads %q, want n.v.t.", got)
	}
	if got := b.shareOf(planning.Level{Value: 0.8, Known: true}, 4, 5); got != "80% (4 / 5)" {
		t.Errorf("known share reads %q", got)
	}
}

func TestEnglishWritesICTAndDutchTablesHaveNoEnglishSource(t *testing.T) {
	b := &builder{l: model.NL}
	if got := b.source("A §3.4 (fig 34 text)"); got != "A §3.4 (tekst bij fig. 34)" {
		t.Errorf("Dutch source %q", got)
	}
	b.l = model.EN
	if got := b.source("A §3.4 (fig 34 text)"); got != "A §3.4 (text of fig. 34)" {
		t.Errorf("English source %q", got)
	}
	p := burdenPlan()
	a := planning.Analyse(p, nil)
	r := Build(p, a, model.EN)
	// The analysis's own messages are planning's words; the rest is the
	// report's.
	var msgs []string
	for _, f := range a.Findings {
		msgs = append(msgs, f.Message.EN)
	}
	for _, s := range texts(t, r) {
		if contains(msgs, s) || contains([]string{s}, "): ") {
			continue
		}
		if strings.Contains(s, "Ict ") || strings.Contains(s, " ict ") {
			t.Errorf("English text with a lower-case ict: %q", s)
			break
		}
	}
	if r.Cover.Kicker != "ICT policy plan · Four in balance" {
		t.Errorf("kicker %q", r.Cover.Kicker)
	}
}

// Issue 13, defect 8: a legend names only colours the chart uses, and the
// radar's scale numbers are drawn over its polygons.
func TestTheRouteLegendNamesOnlyTheVerdictDrawn(t *testing.T) {
	p := fixtures(t)[0].plan // regenboog: onderwijsgedreven
	r := Build(p, analyse(t, p), model.NL)
	var legend []string
	for _, s := range chapter(t, r, "balance").Sections {
		for _, bl := range s.Blocks {
			if bl.Kind == KindChart && bl.Chart.Title == "Route van de investeringen" {
				for _, e := range bl.Chart.Legend {
					legend = append(legend, e.Label)
				}
			}
		}
	}
	if got := strings.Join(legend, "|"); got != "onderwijsgedreven|grenzen 50% en 80%" {
		t.Errorf("route legend %q", got)
	}
}

func TestTheRadarScaleIsDrawnOverItsPolygons(t *testing.T) {
	p := fixtures(t)[0].plan
	b := newBuilder(p, analyse(t, p), model.NL)
	for _, c := range []*Chart{b.radarNowGoal(66), b.radarRoles(66)} {
		lastPolygon, firstScale := -1, -1
		for i, s := range c.Shapes {
			if s.Kind == ShapePolygon {
				lastPolygon = i
			}
			if s.Kind == ShapeText && len(s.Text) == 1 && s.Text >= "1" && s.Text <= "5" && firstScale < 0 {
				firstScale = i
			}
		}
		if lastPolygon < 0 || firstScale < 0 {
			t.Fatalf("%s: polygon %d, scale %d", c.Title, lastPolygon, firstScale)
		}
		if firstScale < lastPolygon {
			t.Errorf("%s: the scale (shape %d) is drawn before a polygon (shape %d)", c.Title, firstScale, lastPolygon)
		}
	}
}
