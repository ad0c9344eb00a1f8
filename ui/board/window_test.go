package board

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"balansplan/model"
	"balansplan/model/store"
	"balansplan/planning/board/boardtest"
	"balansplan/ui/internal/texts"
)

var day = time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC)

// fiveFolder writes boardtest's five schools, their ceiling as board.json
// and a file that is no plan into a new folder.
func fiveFolder(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for i, p := range boardtest.Five() {
		doc, err := store.Create(filepath.Join(dir, boardtest.Files[i]), p)
		if err != nil {
			t.Fatal(err)
		}
		if err := doc.Close(); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "board.json"), []byte(boardtest.Ceiling), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "notities.balans"), []byte("geen plan"), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// openFive opens the board window on the five schools in language l and
// waits until it is read.
func openFive(t *testing.T, l model.Lang) *Window {
	t.Helper()
	a := test.NewTempApp(t)
	tr, err := texts.Load(l)
	if err != nil {
		t.Fatal(err)
	}
	w := Open(a, tr, fiveFolder(t), day)
	select {
	case <-w.Loaded():
	case <-time.After(30 * time.Second):
		t.Fatal("the folder was not read in 30 s")
	}
	w.Window().Resize(fyne.NewSize(1024, 640))
	return w
}

// shown is the table's first column as shown, top to bottom.
func shown(w *Window) []string {
	var out []string
	for r := range w.rows {
		out = append(out, w.cellText(w.rows[r], 0))
	}
	return out
}

func TestTheBoardWindowSortsAndFilters(t *testing.T) {
	w := openFive(t, model.NL)
	if got := len(w.bd.Schools); got != 5 {
		t.Fatalf("%d schools, want 5", got)
	}
	all := []string{"De Akker", "de Brug", "De Cirkel", "Sint Jozef (04DD)", "Sint Jozef (05EE)"}
	if got := shown(w); !slices.Equal(got, all) {
		t.Fatalf("rows %v, want %v", got, all)
	}
	// Cash out: 22500, 6000, 12000, 4000, 5500 (boardtest) -> 04DD, 05EE, Brug, Cirkel, Akker.
	w.sortBy(5)
	byCash := []string{"Sint Jozef (04DD)", "Sint Jozef (05EE)", "de Brug", "De Cirkel", "De Akker"}
	if got := shown(w); !slices.Equal(got, byCash) {
		t.Errorf("by cash out %v, want %v", got, byCash)
	}
	w.sortBy(5) // again: the other way round
	if got := shown(w); !slices.Equal(got, []string{"De Akker", "De Cirkel", "de Brug", "Sint Jozef (05EE)", "Sint Jozef (04DD)"}) {
		t.Errorf("by cash out, descending: %v", got)
	}
	// The keyboard's way: the sort choice (cash out ascending again).
	w.sorter.SetSelectedIndex(1)
	w.sorter.SetSelectedIndex(5)
	if got := shown(w); !slices.Equal(got, byCash) {
		t.Errorf("sorted by the choice: %v", got)
	}
	// Sorting through the header's button, as a click does.
	hdr := w.table.CreateHeader().(*widget.Button)
	w.table.UpdateHeader(widget.TableCellID{Row: -1, Col: 1}, hdr)
	test.Tap(hdr)
	if got := shown(w); !slices.Equal(got, all) { // BRIN 01AA .. 05EE is the name order too
		t.Errorf("by BRIN %v", got)
	}

	// Needs attention: 05EE high finding; de Brug and 04DD not adopted;
	// De Cirkel's period ended. Only De Akker needs none.
	test.Tap(w.attention)
	if got := shown(w); !slices.Equal(got, all[1:]) {
		t.Errorf("needing attention %v, want %v", got, all[1:])
	}
	if got := w.cellText(w.rows[3], 8); got != "hoge ernst" {
		t.Errorf("05EE's attention %q", got)
	}
	test.Type(w.search, "jozef")
	if got := shown(w); !slices.Equal(got, all[3:]) {
		t.Errorf("jozef, needing attention: %v", got)
	}
	test.Tap(w.attention)
	w.search.SetText("01aa")
	if got := shown(w); !slices.Equal(got, all[:1]) {
		t.Errorf("by BRIN 01aa: %v", got)
	}
	w.search.SetText("besproken")
	if got := shown(w); !slices.Equal(got, []string{"de Brug"}) {
		t.Errorf("by status: %v", got)
	}
}

// The heat map's values are boardtest's levels; the means worked out by
// hand: (3,5+2+1,5+5)/4 = 3, (2+2+1,5+4)/4 = 2,375, (2,5+2+1,5+3)/4 = 2,25,
// (4+2+1,5+2)/4 = 2,375, (3+1,5+1)/3 = 1,833.
func TestTheBoardWindowsHeatMap(t *testing.T) {
	w := openFive(t, model.NL)
	want := [][]string{
		{"De Akker", "3,5", "2", "2,5", "4", "3"},
		{"de Brug", "2", "2", "2", "2", "–"},
		{"De Cirkel", "1,5", "1,5", "1,5", "1,5", "1,5"},
		{"Sint Jozef (04DD)", "–", "–", "–", "–", "–"},
		{"Sint Jozef (05EE)", "5", "4", "3", "2", "1"},
		{"Gemiddeld", "3", "2,375", "2,25", "2,375", "1,833"},
	}
	if len(w.heat) != len(want) {
		t.Fatalf("heat map %v", w.heat)
	}
	for i := range want {
		if !slices.Equal(w.heat[i], want[i]) {
			t.Errorf("row %d: %v, want %v", i, w.heat[i], want[i])
		}
	}
	// Files not read: the text file named .balans, with its line.
	if len(w.bd.Unread) != 1 || w.bd.Unread[0].File != "notities.balans" || w.bd.Unread[0].Kind != "not_a_plan" {
		t.Errorf("unread %+v", w.bd.Unread)
	}
	// board.json is the settings, not a skipped file; its ceiling counts.
	if len(w.bd.Skipped) != 0 || w.bd.Name != "Stichting Proef" || len(w.bd.OverYears) != 2 {
		t.Errorf("skipped %v, name %q, over %v", w.bd.Skipped, w.bd.Name, w.bd.OverYears)
	}
}

func TestTheBoardWindowOpensASchoolWithTheKeyboard(t *testing.T) {
	w := openFive(t, model.EN)
	c := w.Window().Canvas()
	c.Focus(w.table)
	// Down twice from the first row, then Enter: the third school.
	for _, k := range []fyne.KeyName{fyne.KeyDown, fyne.KeyDown, fyne.KeyReturn} {
		w.table.TypedKey(&fyne.KeyEvent{Name: k})
	}
	if len(w.opened) != 1 {
		t.Fatalf("%d windows opened, want 1", len(w.opened))
	}
	sw := w.opened[0]
	if got := sw.Title(); got != "De Cirkel (read-only)" {
		t.Errorf("title %q", got)
	}
	var labels []string
	for _, o := range test.LaidOutObjects(sw.Content()) {
		if l, ok := o.(*widget.Label); ok {
			labels = append(labels, l.Text)
		}
	}
	text := strings.Join(labels, "\n")
	for _, want := range []string{"Ict-plan De Cirkel", "2022 – 2025 · period ended", "approved (date unknown)", "€12,000", "2023", "€9,000"} {
		if !strings.Contains(text, want) {
			t.Errorf("the school window lacks %q:\n%s", want, text)
		}
	}
	if slices.ContainsFunc(test.LaidOutObjects(sw.Content()), func(o fyne.CanvasObject) bool { _, ok := o.(*widget.Entry); return ok }) {
		t.Error("the school window has a field to type in")
	}
	// A double click on a cell opens its school too.
	cl := w.table.CreateCell().(*cell)
	w.table.UpdateCell(widget.TableCellID{Row: 0, Col: 3}, cl)
	test.DoubleTap(cl)
	if len(w.opened) != 2 || w.opened[1].Title() != "De Akker (read-only)" {
		t.Errorf("double click opened %d windows", len(w.opened))
	}
}

// Tab goes from the search field through the check box, the sort choice
// and the Open button into the table (fyne leaves the header's buttons
// out).
func TestTabReachesTheTable(t *testing.T) {
	w := openFive(t, model.NL)
	c := w.Window().Canvas()
	if c.Focused() != w.search {
		t.Fatalf("focus starts on %T, want the search field", c.Focused())
	}
	var seen []string
	for range 20 {
		c.FocusNext()
		f := c.Focused()
		seen = append(seen, fmt.Sprintf("%T", f))
		if f == w.table {
			t.Logf("Tab order: %v", seen)
			if !slices.Equal(seen, []string{"*widget.Check", "*widget.Select", "*widget.Button", "*board.schoolTable"}) {
				t.Errorf("Tab order %v", seen)
			}
			return
		}
	}
	t.Errorf("Tab never reached the table: %v", seen)
}

// A folder without plans, or one that is gone, says so in the window and
// in the user's language.
func TestAFolderWithoutPlansSaysSo(t *testing.T) {
	a := test.NewTempApp(t)
	tr, err := texts.Load(model.NL)
	if err != nil {
		t.Fatal(err)
	}
	empty := t.TempDir()
	for dir, want := range map[string]string{
		empty:                       "In de map " + empty + " staan geen .balans-bestanden",
		filepath.Join(empty, "weg"): "De map kon niet gelezen worden",
	} {
		w := Open(a, tr, dir, day)
		<-w.Loaded()
		if w.bd != nil || !strings.Contains(w.status.Text, want) {
			t.Errorf("%s: %q, want %q", dir, w.status.Text, want)
		}
	}
}
