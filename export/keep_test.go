package export

import (
	"fmt"
	"testing"
)

// A heading left alone at the bottom of a page moves to the next page with
// the block after it. Moving it used to lay the whole block out again (two
// or three times for a long table: issue 14); now the layout stops at the
// first page break that would leave the heading alone. The work, counted
// in allocations (deterministic, unlike time), must hardly depend on whether
// the heading had to move: the heading is put at every height of a page,
// so that some heights leave it alone.
func TestKeepTogetherDoesNotLayOutALongTableAgain(t *testing.T) {
	m, err := loadMetrics()
	if err != nil {
		t.Fatal(err)
	}
	tbl := &Table{Columns: []Column{{Title: "Code", Width: 1}, {Title: "Omschrijving", Width: 3}}}
	for i := range 400 {
		tbl.Rows = append(tbl.Rows, Row{Cells: []Cell{{Text: fmt.Sprintf("I%d", i+1)}, {Text: "Een regel tekst in de tabel die twee regels beslaat in deze smalle kolom van de tabel, om ruimte te vullen."}}})
	}
	head := &Block{Kind: KindHeading, Text: "Kop boven de tabel"}
	body := &Block{Kind: KindTable, Table: tbl}
	lo, hi := 0.0, 0.0
	moved := 0
	// The heading starts at every height of the page, a millimetre apart.
	for y := bodyTop + 1; y < bodyBottom; y++ {
		var l *layout
		a := testing.AllocsPerRun(1, func() {
			l = &layout{m: m, r: oneChapter(), gap: 1, lead: 1}
			l.newPage()
			l.add(op{kind: opRect}) // something above the heading
			l.y = y
			l.keepTogether(func() { l.block(head) }, func() { l.block(body) })
		})
		if lo == 0 || a < lo {
			lo = a
		}
		hi = max(hi, a)
		if len(l.pages[0].ops) == 1 {
			moved++ // the first page kept only what was above the heading
		}
	}
	if moved == 0 {
		t.Fatal("no height made the heading move to the next page; the test does not test")
	}
	// Moving still measures the table's columns twice (the probe stops
	// after the widths are known, before the second row): 1.27x here. A
	// second layout of the whole table would be 2x or more.
	if hi > 1.5*lo {
		t.Errorf("laying out the heading and its table took %.0f to %.0f allocations depending on where the heading fell; want at most 1.5 times the least", lo, hi)
	}
}
