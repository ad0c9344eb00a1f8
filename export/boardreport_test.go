package export

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"balansplan/model"
	"balansplan/planning"
	"balansplan/planning/board"
	"balansplan/planning/board/boardtest"
)

// fiveBoard is the roll-up of boardtest's five schools with its ceiling,
// judged on 30 November 2026, with one file that was not read.
func fiveBoard(t *testing.T) *board.Board {
	t.Helper()
	var schools []board.School
	for i, p := range boardtest.Five() {
		schools = append(schools, board.Summarise(boardtest.Files[i], p, planning.Analyse(p, nil)))
	}
	s, err := board.ParseSettings([]byte(boardtest.Ceiling))
	if err != nil {
		t.Fatal(err)
	}
	unread := []board.Unread{{File: "kapot.balans", Kind: "damaged", Reason: "corrupt",
		Text: model.Text{NL: "kapot.balans is beschadigd: vraag de school het opnieuw te sturen.", EN: "kapot.balans is damaged: ask the school to send it again."}}}
	return board.RollUp(schools, s, time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC), unread, []string{"lees-mij.txt"})
}

var boardDay = time.Date(2026, 11, 30, 15, 4, 5, 0, time.UTC)

// exportBoard writes the bestuursrapportage and returns its path; with
// BOARD16_KEEP set to a folder, a copy is kept there for a look.
func exportBoard(t *testing.T, bd *board.Board, l model.Lang) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "bestuur.pdf")
	if err := ExportBoardPDFOn(bd, l, path, nil, boardDay); err != nil {
		t.Fatal(err)
	}
	if dir := os.Getenv("BOARD16_KEEP"); dir != "" {
		data, err := os.ReadFile(path)
		if err == nil {
			err = os.WriteFile(filepath.Join(dir, "board-"+string(l)+".pdf"), data, 0o644)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	return path
}

// pageTexts is pdftotext's layout text per page, white space squashed and
// the euro sign against its amount.
func pageTexts(t *testing.T, path string) []string {
	t.Helper()
	pages := strings.Split(run(t, "pdftotext", "-layout", "-enc", "UTF-8", path, "-"), "\f")
	for i, p := range pages {
		pages[i] = strings.ReplaceAll(squash(p), "€ ", "€")
	}
	return pages
}

// pageWith is the number (from 1) of the first page after the table of
// contents holding all of want, or 0.
func pageWith(pages []string, from int, want ...string) int {
	for i := from; i < len(pages); i++ {
		ok := true
		for _, w := range want {
			ok = ok && strings.Contains(pages[i], w)
		}
		if ok {
			return i + 1
		}
	}
	return 0
}

// The figures are boardtest's, worked out by hand: cash out per year
// 2022 3000, 2023 9000, 2026 11500+5000+5500 = 22000 (ceiling 20000:
// 2000 over), 2027 10500+1000+1250 = 12750 (ceiling 12000: 750 over),
// 2028 500+2250 = 2750 (ceiling 5000: 2250 left), 2029 and 2030 250;
// 50000 in all. Per pupil 2026: 22000 / (200+100+50) = 62,857 -> 62,86.
// Heat map means: (3,5+2+1,5+5)/4 = 3, (2+2+1,5+4)/4 = 2,375,
// (2,5+2+1,5+3)/4 = 2,25, (4+2+1,5+2)/4 = 2,375, (3+1,5+1)/3 = 1,833.
func TestTheBoardReportPrintsTheRollUpsFigures(t *testing.T) {
	bd := fiveBoard(t)
	pages := pageTexts(t, exportBoard(t, bd, model.NL))
	// cover, contents, summary, budget, balance, five schools
	if got := len(pages); got < 10 {
		t.Fatalf("%d pages, want at least 10", got)
	}
	sum := pageWith(pages, 2, "Samenvatting", "Wat aandacht vraagt")
	if sum == 0 {
		t.Fatal("no summary page")
	}
	s := pages[sum-1]
	holds(t, "summary", s,
		"5 scholen, samen €50.000",
		"Boven het plafond in 2026 en 2027, samen €2.750 te veel.",
		"2026 3 €22.000 €20.000 \u2212€2.000 €62,86",
		"2027 4 €12.750 €12.000 \u2212€750",
		"2028 3 €2.750 €5.000 €2.250",
		"2024 1 €0 – –",
		"Totaal €50.000",
		"Sint Jozef (05EE): 1 hoog (no_vision)",
		"de Brug: besproken", "Sint Jozef (04DD): concept",
		"De Cirkel: planperiode 2022 – 2025",
		"kapot.balans is beschadigd",
	)
	bud := pageWith(pages, sum, "Geconsolideerde begroting")
	if bud == 0 {
		t.Fatal("no budget page")
	}
	b := strings.Join(pages[bud-1:bud+1], " ")
	holds(t, "budget", b,
		// year, visie, deskundigheid, inhoud, infrastructuur, leiderschap, total, ceiling
		"2026 €1.500 €6.000 €9.500 €5.000 €0 €22.000 €20.000",
		"Totaal €1.500 €11.000 €12.500 €24.000 €1.000 €50.000",
		"De Akker €11.500 €10.500 €500 €22.500",
	)
	bal := pageWith(pages, bud, "Heatmap van de niveaus")
	if bal == 0 {
		t.Fatal("no heat map")
	}
	h := pages[bal-1]
	holds(t, "heat map", h,
		"De Akker 3,5 2 2,5 4 3",
		"de Brug 2 2 2 2 –",
		"De Cirkel 1,5 1,5 1,5 1,5 1,5",
		"Sint Jozef (04DD) – – – – –",
		"Sint Jozef (05EE) 5 4 3 2 1",
		"Gemiddeld 3 2,375 2,25 2,375 1,833",
	)
	// One page per school, each its own.
	for _, want := range []string{"De Akker", "de Brug", "De Cirkel", "Sint Jozef (04DD)", "Sint Jozef (05EE)"} {
		p := pageWith(pages, bal, "Balans (", want)
		if p == 0 {
			t.Errorf("no page of %s", want)
		}
	}
	akker := pageWith(pages, bal, "De Akker", "Balans (2 deelnemers)")
	if a := pages[akker-1]; !strings.Contains(a, "2026 – 2028 · vastgesteld op 15 juni 2026") || !strings.Contains(a, "2026 €11.500") ||
		!strings.Contains(a, "Totaal €22.500") {
		t.Errorf("De Akker's page:\n%s", a)
	}
}

// Same roll-up, same language, same day: same bytes; qpdf finds nothing;
// the outline has the chapters; the English report speaks English.
func TestTheBoardReportIsDeterministicAndClean(t *testing.T) {
	for _, l := range []model.Lang{model.NL, model.EN} {
		a, b := exportBoard(t, fiveBoard(t), l), exportBoard(t, fiveBoard(t), l)
		da, _ := os.ReadFile(a)
		db, _ := os.ReadFile(b)
		if len(da) == 0 || string(da) != string(db) {
			t.Fatalf("%s: two exports differ (%d and %d bytes)", l, len(da), len(db))
		}
		if out := run(t, "qpdf", "--check", a); !strings.Contains(out, "No syntax or stream encoding errors") {
			t.Errorf("%s: qpdf: %s", l, out)
		}
		r := BuildBoard(fiveBoard(t), l, boardDay)
		if len(r.Chapters) != 8 {
			t.Errorf("%s: %d chapters, want 3 + 5 schools", l, len(r.Chapters))
		}
	}
	en := strings.Join(pageTexts(t, exportBoard(t, fiveBoard(t), model.EN)), " ")
	for _, want := range []string{"Consolidated budget", "Heat map of the levels", "Mean 3 2.375 2.25 2.375 1.833",
		"2026 3 €22,000 €20,000 \u2212€2,000 €62.86", "Files not counted", "kapot.balans is damaged", "Balance (1 participant)"} {
		if !strings.Contains(en, want) {
			t.Errorf("English report lacks %q", want)
		}
	}
}

// Every school gets one page: its chapter starts a page and the next
// chapter starts the page after.
func TestEverySchoolIsOnePage(t *testing.T) {
	pages := pageTexts(t, exportBoard(t, fiveBoard(t), model.NL))
	first := pageWith(pages, 2, "4 De Akker")
	if first == 0 {
		t.Fatal("no page of De Akker")
	}
	if got, want := len(pages)-first+1, 5; got != want && !(got == want+1 && strings.TrimSpace(pages[len(pages)-1]) == "") {
		t.Errorf("the five schools take %d pages from page %d, want 5", got, first)
	}
}

// holds reports every want that text (what names it) does not hold.
func holds(t *testing.T, what, text string, want ...string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(text, w) {
			t.Errorf("%s lacks %q:\n%s", what, w, text)
		}
	}
}
