package export

import (
	"math"
	"strings"
	"testing"

	"balansplan/model"
	"balansplan/model/sample"
)

// The tests of issue 13's typesetting defects. They work on the layout
// model: the text operations of the pages, where a line's text and
// position are exact.

// textOps are the text operations of a layout, page by page.
func textOps(lo *laidOut) [][]op {
	out := make([][]op, len(lo.pages))
	for i, p := range lo.pages {
		for _, o := range p.ops {
			if o.kind == opText {
				out[i] = append(out[i], o)
			}
		}
	}
	return out
}

// oneChapter is a report of one chapter with the given blocks.
func oneChapter(blocks ...Block) *Report {
	return &Report{Cut: "[ingekort]", Chapters: []Chapter{{Number: "1", Title: "Proef", Blocks: blocks}}}
}

// lines makes n short numbered lines, one paragraph.
func numberedLines(prefix string, n int) string {
	var b strings.Builder
	for i := range n {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(prefix + " " + itoa(i+1))
	}
	return b.String()
}

// Defect 1: amounts break inside the number. In the large plan's
// investment tables the totals row printed "€ 2.680.95" over a lone "3".
// Every word of every table cell that holds a digit (an amount, a code, a
// date, a percentage) must be printed whole, on one line.
func TestAmountsCodesAndDatesInTablesNeverBreak(t *testing.T) {
	m, _ := loadMetrics()
	p := sample.Large()
	a := analyse(t, p)
	for _, lang := range []model.Lang{model.NL, model.EN} {
		r := Build(p, a, lang)
		printed := map[string]bool{}
		for _, page := range textOps(layOut(m, r)) {
			for _, o := range page {
				for _, u := range units(o.text) {
					printed[u] = true
				}
			}
		}
		checked := 0
		walk := func(bs []Block) {
			for _, b := range bs {
				if b.Kind != KindTable || b.Table == nil {
					continue
				}
				for _, row := range b.Table.Rows {
					for _, c := range row.Cells {
						for _, para := range strings.Split(m.clean(c.Text, true), "\n") {
							for _, u := range units(para) {
								if !hasDigit(u) || len([]rune(u)) >= longToken {
									continue
								}
								checked++
								if !printed[u] {
									t.Fatalf("%s: %q (cell %q) is not printed whole", lang, u, c.Text)
								}
							}
						}
					}
				}
			}
		}
		for _, ch := range r.Chapters {
			walk(ch.Blocks)
			for _, s := range ch.Sections {
				walk(s.Blocks)
			}
		}
		if checked < 1000 {
			t.Fatalf("%s: only %d numbers checked; the large plan has thousands", lang, checked)
		}
	}
}

// A column too narrow for its amount grows; the other columns give way.
func TestANarrowNumberColumnGrows(t *testing.T) {
	m, _ := loadMetrics()
	amount := "€\u00a01.000.000,50"
	r := oneChapter(TableBlock(&Table{
		Columns: []Column{{Title: "Code", Width: 2}, {Title: "Omschrijving", Width: 90}, {Title: "Bedrag", Width: 3, Align: AlignRight}},
		Rows: []Row{
			{Cells: []Cell{{Text: "VI115"}, {Text: "Iets met een lange omschrijving"}, {Text: amount}}},
			{Cells: []Cell{{Text: "2027-2030"}, {Text: "kort"}, {Text: "45%"}}, Total: true},
		},
	}))
	found := map[string]bool{}
	for _, o := range textOps(layOut(m, r))[2] {
		found[o.text] = true
		if o.size < minTableFontPt-0.001 {
			t.Errorf("%q printed at %.1f pt, below the smallest table type", o.text, o.size)
		}
	}
	for _, want := range []string{"VI115", amount, "2027-2030", "45%"} {
		if !found[want] {
			t.Errorf("%q is not printed whole on one line; lines: %v", want, found)
		}
	}
}

// Defect 2: the message of an empty table was squeezed into the narrow
// first column ("Geen / inves / terin / gen"); it spans the table.
func TestTheMessageOfAnEmptyTableSpansTheTable(t *testing.T) {
	m, _ := loadMetrics()
	msg := "Geen investeringen in deze bouwsteen."
	r := oneChapter(TableBlock(&Table{
		Columns: []Column{
			{Title: "Code", Width: 7}, {Title: "Investering", Width: 34}, {Title: "Eigenaar", Width: 12},
			{Title: "Periode", Width: 14}, {Title: "Eenmalig", Width: 11, Align: AlignRight},
			{Title: "Per jaar", Width: 10, Align: AlignRight}, {Title: "Status", Width: 10}, {Title: "Visies", Width: 8},
		},
		Empty: msg,
	}))
	var got []string
	for _, o := range textOps(layOut(m, r))[2] {
		if strings.Contains(msg, o.text) && o.text != "Code" && o.size == tableFontPt {
			got = append(got, o.text)
			if o.x != marginLeft+tablePadX {
				t.Errorf("the message starts at x=%.2f, want the table's left edge %.2f", o.x, marginLeft+tablePadX)
			}
		}
	}
	if len(got) != 1 || got[0] != msg {
		t.Errorf("the message is printed as %q, want it whole on one line", got)
	}
}

// Defect 3: a bullet was left at the bottom of a page while its item's
// text started the next page: the list checked room for one line and flow
// then wanted two. Whatever the room left, the bullet stands next to the
// first line of its item. Filler paragraphs of 40 to 52 lines put the
// list at every height near the bottom of the page (a line is 4.7 mm).
func TestABulletStaysWithItsText(t *testing.T) {
	m, _ := loadMetrics()
	item := "eerste regel van het punt " + strings.Repeat("en nog wat woorden ", 20)
	for n := 40; n <= 52; n++ {
		r := oneChapter(Paragraph(numberedLines("vulregel", n)), List("kort punt", item, "slot"))
		bulletPage, bulletY := -1, 0.0
		for pi, page := range textOps(layOut(m, r)) {
			for _, o := range page {
				if o.text == "•" {
					bulletPage, bulletY = pi, o.y
				}
				if strings.HasPrefix(o.text, "eerste regel") {
					if pi != bulletPage || math.Abs(o.y-bulletY) > 0.001 {
						t.Errorf("filler %d: the item starts on page %d at %.1f, its bullet on page %d at %.1f", n, pi+1, o.y, bulletPage+1, bulletY)
					}
				}
			}
		}
	}
}

// Nor does the short last item of a list go over alone (the large plan's
// page 82 held two items of a list and nothing else).
func TestAListLeavesNoLastItemAlone(t *testing.T) {
	m, _ := loadMetrics()
	var items []string
	for i := range 8 {
		items = append(items, "punt "+itoa(i+1))
	}
	for n := 36; n <= 52; n++ {
		r := oneChapter(Paragraph(numberedLines("vulregel", n)), List(items...))
		pages := textOps(layOut(m, r))
		count := 0
		for _, o := range pages[len(pages)-1] {
			if strings.HasPrefix(o.text, "punt ") {
				count++
			}
		}
		if count == 1 {
			t.Errorf("filler %d: the last item of the list stands alone on page %d", n, len(pages))
		}
	}
}

// Widow control: no page starts with the last line of a paragraph alone,
// and none ends with its first line alone (the English plan's page 21
// started with one line).
func TestAParagraphLeavesNoLineAloneOnAPage(t *testing.T) {
	m, _ := loadMetrics()
	for n := 40; n <= 56; n++ {
		r := oneChapter(Paragraph(numberedLines("vulregel", n)), Paragraph(numberedLines("alinea", 6)))
		for pi, page := range textOps(layOut(m, r)) {
			count := 0
			for _, o := range page {
				if strings.HasPrefix(o.text, "alinea ") {
					count++
				}
			}
			if count == 1 {
				t.Errorf("filler %d: page %d holds one line of the six-line paragraph alone", n, pi+1)
			}
		}
	}
}

// Defect 4: the euro sign ended a line with its amount on the next one
// when the text used a normal space ("€ / 45.000" in a finding). At every
// width, no line ends in "€".
func TestTheEuroSignStaysWithItsAmount(t *testing.T) {
	m, _ := loadMetrics()
	text := "In 2027 geeft het plan € 45.000 uit, € 1.551.509 boven het plafond van € 497.000 en (€ 12,50) per leerling."
	for w := 20.0; w <= 120; w += 0.25 {
		for _, ln := range m.wrap(regular, bodyFontPt, text, w) {
			if strings.HasSuffix(ln, "€") || strings.HasSuffix(ln, "(€") {
				t.Fatalf("at %.2f mm a line ends in the euro sign: %q", w, ln)
			}
		}
	}
}

// Words split without a hyphen in narrow columns ("ict-coördin|ator",
// "bestuursbu|reau", "geschrap|t"): a word breaks only after a hyphen it
// has, and a column grows to hold its widest word.
func TestWordsInNarrowColumnsBreakOnlyAtTheirHyphens(t *testing.T) {
	m, _ := loadMetrics()
	r := oneChapter(TableBlock(&Table{
		Columns: []Column{{Title: "Eigenaar", Width: 4}, {Title: "Status", Width: 4}, {Title: "Omschrijving", Width: 92}},
		Rows: []Row{
			{Cells: []Cell{{Text: "bestuursbureau"}, {Text: "geschrapt"}, {Text: "een"}}},
			{Cells: []Cell{{Text: "ict-coördinator"}, {Text: "lopend"}, {Text: "twee"}}},
		},
	}))
	printed := map[string]bool{}
	for _, o := range textOps(layOut(m, r))[2] {
		printed[o.text] = true
	}
	for _, want := range []string{"bestuursbureau", "geschrapt"} {
		if !printed[want] {
			t.Errorf("%q is not printed whole: %v", want, printed)
		}
	}
	if !printed["ict-coördinator"] && !(printed["ict-"] && printed["coördinator"]) {
		t.Errorf("ict-coördinator breaks elsewhere than at its hyphen: %v", printed)
	}
}

// A word wider than the line breaks after its hyphen: at 9.6 pt
// "informatievaardigheden-" is 39.8 mm and the whole word 55.4 mm, so at
// 45 mm it breaks there and nowhere else. Only a piece wider than the
// whole line (hostile text) is cut inside, and every such cut is marked
// with a hyphen.
func TestAWordWiderThanTheLineBreaksAtItsHyphenOrIsCutVisibly(t *testing.T) {
	m, _ := loadMetrics()
	word := "informatievaardigheden-onderwijs"
	if got := strings.Join(m.wrap(regular, bodyFontPt, word, 45), "|"); got != "informatievaardigheden-|onderwijs" {
		t.Errorf("at 45 mm: %q, want the break after the hyphen", got)
	}
	got := m.wrap(regular, bodyFontPt, word, 20)
	for i, ln := range got[:len(got)-1] {
		if !strings.HasSuffix(ln, "-") {
			t.Errorf("line %d %q of %q is cut without a hyphen", i, ln, got)
		}
	}
	for _, ln := range got {
		if m.width(regular, bodyFontPt, ln) > 20.001 {
			t.Errorf("line %q is wider than 20 mm", ln)
		}
	}
	if strings.ReplaceAll(strings.Join(got, ""), "-", "") != strings.ReplaceAll(word, "-", "") {
		t.Errorf("wrap loses text: %q", got)
	}
}

// Item 8: numbers in a right-aligned column line up on their decimal
// separator; a whole amount ends where the whole part of one with cents
// ends.
func TestNumbersLineUpOnTheirDecimalSeparator(t *testing.T) {
	m, _ := loadMetrics()
	r := oneChapter(TableBlock(&Table{
		Columns: []Column{{Title: "Jaar", Width: 50}, {Title: "Lasten", Width: 50, Align: AlignRight}},
		Rows: []Row{
			{Cells: []Cell{{Text: "2026"}, {Text: "€\u00a01.982.480,82"}}},
			{Cells: []Cell{{Text: "2027"}, {Text: "€\u00a0891.243"}}},
			{Cells: []Cell{{Text: "2028"}, {Text: "n.v.t."}}},
		},
	}))
	right := map[string]float64{}
	for _, o := range textOps(layOut(m, r))[2] {
		right[o.text] = o.x + m.width(o.st, o.size, o.text)
	}
	edge := marginLeft + textW - tablePadX
	if got := right["€\u00a01.982.480,82"]; math.Abs(got-edge) > 0.001 {
		t.Errorf("the amount with cents ends at %.2f, want the column's edge %.2f", got, edge)
	}
	cents := m.width(regular, tableFontPt, ",82")
	if got := right["€\u00a0891.243"]; math.Abs(got-(edge-cents)) > 0.001 {
		t.Errorf("the whole amount ends at %.2f, want %.2f (the edge less the width of \",82\")", got, edge-cents)
	}
	if got := right["n.v.t."]; math.Abs(got-edge) > 0.001 {
		t.Errorf("text without a number ends at %.2f, want the edge %.2f", got, edge)
	}
}

// Item 8: a long block of label/value lines (the glossary) was moved
// whole to the next page, leaving three quarters of a page white. It now
// starts where it is and runs on.
func TestALongGlossaryRunsOnInsteadOfLeavingAPageEmpty(t *testing.T) {
	m, _ := loadMetrics()
	var fields []Field
	for i := range 30 {
		fields = append(fields, Field{Label: "Begrip " + itoa(i+1), Value: "De uitleg van het begrip in een korte zin."})
	}
	r := oneChapter(Paragraph(numberedLines("vulregel", 10)), Fields(fields...))
	pages := textOps(layOut(m, r))
	for _, o := range pages[2] {
		if o.text == "Begrip 1" {
			return
		}
	}
	t.Errorf("the glossary does not start on the page with room for most of it")
}

// A long table leaves neither its first row alone at the bottom of a page
// (under its header) nor its last row alone at the top of the next.
func TestATableLeavesNoRowAloneOnAPage(t *testing.T) {
	m, _ := loadMetrics()
	for n := 44; n <= 60; n++ {
		var rows []Row
		for i := range 12 {
			rows = append(rows, Row{Cells: []Cell{{Text: "rij " + itoa(i+1)}, {Text: "waarde"}}})
		}
		r := oneChapter(Paragraph(numberedLines("vulregel", n-10)),
			TableBlock(&Table{Columns: []Column{{Title: "a", Width: 1}, {Title: "b", Width: 1}}, Rows: rows}))
		for pi, page := range textOps(layOut(m, r)) {
			count := 0
			for _, o := range page {
				if strings.HasPrefix(o.text, "rij ") {
					count++
				}
			}
			if count == 1 {
				t.Errorf("filler %d: page %d holds one row of the table alone", n, pi+1)
			}
		}
	}
}

// Item 8: a chapter that runs a few lines onto a new page is set tighter
// (half the white space between blocks, lines 5% closer) when that saves
// the page. The chapter head takes 18 mm, so the body starts at 44 mm; a
// paragraph of four lines is 18.8 mm and 2.6 mm of gap follows it. After
// ten such paragraphs y is 44 + 10 × 21.4 = 258 mm, and the eleventh
// (to 276.8 mm) passes the bottom at 274 mm: set loosely, its last two
// lines start a new page. Set tight a paragraph takes 4 × 4.465 + 1.3 =
// 19.16 mm, and eleven end at 44 + 10 × 19.16 + 17.86 = 253.5 mm: one
// page. Nine paragraphs fit loosely and keep their normal spacing.
func TestAChapterIsSetTighterRatherThanEndOnANearlyEmptyPage(t *testing.T) {
	m, _ := loadMetrics()
	report := func(n int) *Report {
		var bs []Block
		for i := range n {
			bs = append(bs, Paragraph(numberedLines("alinea "+itoa(i+1)+" regel", 4)))
		}
		return oneChapter(bs...)
	}
	lo := layOut(m, report(11))
	if cp := lo.chapterPages[0]; cp[0] != cp[1] {
		t.Errorf("eleven paragraphs take pages %d to %d, want one page", cp[0], cp[1])
	}
	lo = layOut(m, report(9))
	var ys []float64
	for _, o := range textOps(lo)[2] {
		if strings.HasPrefix(o.text, "alinea 1 regel") {
			ys = append(ys, o.y)
		}
	}
	if len(ys) != 4 || math.Abs(ys[1]-ys[0]-bodyLineH) > 0.001 {
		t.Errorf("nine paragraphs are set at line distances %v, want the normal %.1f mm", ys, bodyLineH)
	}
}

// Nor does a callout (a finding) leave its last line alone at the top of
// a page.
func TestACalloutLeavesNoLastLineAlone(t *testing.T) {
	m, _ := loadMetrics()
	for n := 36; n <= 52; n++ {
		r := oneChapter(Paragraph(numberedLines("vulregel", n)), Callout(ToneWarn, "Bevinding", numberedLines("kader", 6)))
		for pi, page := range textOps(layOut(m, r)) {
			count := 0
			for _, o := range page {
				if strings.HasPrefix(o.text, "kader ") {
					count++
				}
			}
			if count == 1 {
				t.Errorf("filler %d: page %d holds one line of the callout alone", n, pi+1)
			}
		}
	}
}

// Item 8: the investment cell holds a title, a category and a description
// in one text; the title is set bold and the rest regular (Cell.Lead).
func TestATitledCellSetsItsFirstLineBold(t *testing.T) {
	m, _ := loadMetrics()
	r := oneChapter(TableBlock(&Table{
		Columns: []Column{{Title: "Code", Width: 10}, {Title: "Investering", Width: 90}},
		Rows: []Row{
			{Cells: []Cell{{Text: "I1", Bold: true}, {Text: "Laptops voor leraren\nApparaten\nNieuwe laptops voor het hele team.", Lead: true}}},
			{Cells: []Cell{{Text: "I2", Bold: true}, {Text: "Wifi\nNetwerk"}}},
		},
	}))
	want := map[string]fontStyle{
		"Laptops voor leraren": bold, "Apparaten": regular, "Nieuwe laptops voor het hele team.": regular,
		"Wifi": regular, "Netwerk": regular, "I1": bold,
	}
	for _, o := range textOps(layOut(m, r))[2] {
		if st, ok := want[o.text]; ok {
			if o.st != st {
				t.Errorf("%q is set in style %d, want %d", o.text, o.st, st)
			}
			delete(want, o.text)
		}
	}
	if len(want) > 0 {
		t.Errorf("not printed as lines of their own: %v", want)
	}
}
