package main

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"runtime/metrics"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"context"

	"balansplan/cmd/boardgen/boardgen"
	"balansplan/model"
	"balansplan/model/pgstore"
	"balansplan/model/pgstore/pgtest"
	"balansplan/model/store"
	"balansplan/planning/board/boardtest"
)

// boardFolder writes the five hand-made schools of boardtest into a new
// folder, with the board's ceiling file beside it (not in it), and
// returns both paths.
func boardFolder(t *testing.T) (dir, ceiling string) {
	t.Helper()
	root := t.TempDir()
	dir = filepath.Join(root, "scholen")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for i, p := range boardtest.Five() {
		doc, err := store.Create(filepath.Join(dir, boardtest.Files[i]), p)
		if err != nil {
			t.Fatal(err)
		}
		if err := doc.Close(); err != nil {
			t.Fatal(err)
		}
	}
	ceiling = filepath.Join(root, "bestuur.json")
	if err := os.WriteFile(ceiling, []byte(boardtest.Ceiling), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir, ceiling
}

// addBadFiles puts beside the five schools a damaged plan (cut off while
// copying), a plan from a newer Balansplan and a file that is no plan.
func addBadFiles(t *testing.T, dir string) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, boardtest.Files[0]))
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "afgebroken.balans"), b[:len(b)/2+100], 0o644)
	// As the store's tests make one: user_version (offset 60) one above
	// what this build knows.
	nb := slices.Clone(b)
	binary.BigEndian.PutUint32(nb[60:], binary.BigEndian.Uint32(nb[60:])+1)
	os.WriteFile(filepath.Join(dir, "nieuwer.balans"), nb, 0o644)
	os.WriteFile(filepath.Join(dir, "notulen.balans"), []byte("Notulen van de vergadering van 12 november\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "lees mij.txt"), []byte("De plannen van de scholen.\n"), 0o644)
}

// rollup is the part of the JSON the tests read.
type rollup struct {
	Format       string  `json:"format"`
	Board        string  `json:"board"`
	Date         string  `json:"date"`
	TotalCashOut float64 `json:"total_cash_out"`
	HumanShare   float64 `json:"human_share"`
	ByBlock      map[string]float64
	Schools      []struct {
		File         string  `json:"file"`
		Name         string  `json:"name"`
		Status       string  `json:"status"`
		AdoptionDate *string `json:"adoption_date"`
		PeriodEnded  bool    `json:"period_ended"`
		Levels       map[string]struct {
			Now *float64 `json:"now"`
		} `json:"levels"`
		Budget struct {
			TotalCashOut float64  `json:"total_cash_out"`
			PerPupil     *float64 `json:"per_pupil"`
			HumanShare   float64  `json:"human_share"`
			Years        []struct {
				Year     int      `json:"year"`
				CashOut  float64  `json:"cash_out"`
				PerPupil *float64 `json:"per_pupil"`
			} `json:"years"`
		} `json:"budget"`
		Findings struct {
			Hoog int      `json:"hoog"`
			High []string `json:"high"`
		} `json:"findings"`
	} `json:"schools"`
	Years []struct {
		Year     int      `json:"year"`
		CashOut  float64  `json:"cash_out"`
		Ceiling  *float64 `json:"ceiling"`
		Over     bool     `json:"over"`
		PerPupil *float64 `json:"per_pupil"`
	} `json:"years"`
	BlockMeans map[string]*float64 `json:"block_means"`
	Attention  map[string]any      `json:"attention"`
	Unread     []struct {
		File    string            `json:"file"`
		Kind    string            `json:"kind"`
		Reason  string            `json:"reason"`
		Message map[string]string `json:"message"`
	} `json:"unread"`
	Skipped []string `json:"skipped"`
}

// The test: five hand-made schools, one damaged file, one from a
// newer version and one that is not a plan. The figures are worked out by
// hand in boardtest's package comment.
func TestBoardRollsUpFiveSchoolsAndNamesTheThreeBadFiles(t *testing.T) {
	t.Parallel()
	dir, ceiling := boardFolder(t)
	addBadFiles(t, dir)
	sums := map[string][32]byte{}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		sums[e.Name()] = sum(t, filepath.Join(dir, e.Name()))
	}

	code, out, errOut := call(t, "board", "--dir", dir, "--ceiling", ceiling, "--json", "--date", "2026-11-30", "--lang", "en")
	if code != exitInput {
		t.Errorf("exit %d, want 1 (files not counted)", code)
	}
	if errOut != "balansplan: 3 of the 8 files were not counted; see \"unread\" in the JSON\n" {
		t.Errorf("stderr %q", errOut)
	}
	var r rollup
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if r.Format != "balansplan-rollup/1" || r.Board != "Stichting Proef" || r.Date != "2026-11-30" {
		t.Errorf("format %q board %q date %q", r.Format, r.Board, r.Date)
	}
	// 22500 + 6000 + 12000 + 4000 + 5500; human (1500 + 11000) / 49000.
	if r.TotalCashOut != 50000 || r.HumanShare != 0.255 {
		t.Errorf("total %v human share %v", r.TotalCashOut, r.HumanShare)
	}
	var files []string
	for _, s := range r.Schools {
		files = append(files, s.File)
	}
	if !slices.Equal(files, boardtest.Files) {
		t.Fatalf("schools %v", files)
	}
	akker, jozef5 := r.Schools[0], r.Schools[4]
	if akker.Budget.TotalCashOut != 22500 || *akker.Budget.PerPupil != 112.5 || len(akker.Budget.Years) != 3 ||
		akker.Budget.Years[0].CashOut != 11500 || *akker.Budget.Years[0].PerPupil != 57.5 || akker.Budget.Years[1].CashOut != 10500 ||
		akker.Budget.Years[2].CashOut != 500 || akker.Budget.HumanShare != 0.222 {
		t.Errorf("De Akker: %+v", akker.Budget)
	}
	if akker.Status != "vastgesteld" || akker.AdoptionDate == nil || *akker.AdoptionDate != "2026-06-15" || r.Schools[2].AdoptionDate != nil {
		t.Errorf("adoption: %s %v / %v", akker.Status, akker.AdoptionDate, r.Schools[2].AdoptionDate)
	}
	if !r.Schools[2].PeriodEnded || akker.PeriodEnded {
		t.Error("De Cirkel's period (2022-2025) has ended on 2026-11-30, De Akker's has not")
	}
	if jozef5.Findings.Hoog != 1 || !slices.Equal(jozef5.Findings.High, []string{"no_vision"}) || r.Schools[3].Budget.PerPupil != nil {
		t.Errorf("Sint Jozef: %+v, %v", jozef5.Findings, r.Schools[3].Budget.PerPupil)
	}
	// The heat map: De Akker 3.5, 2, 2.5, 4, 3; de Brug's leiderschap
	// unknown; the means over the schools that scored.
	heat := map[string][]any{
		"visie":          {3.5, 2.0, 1.5, nil, 5.0},
		"deskundigheid":  {2.0, 2.0, 1.5, nil, 4.0},
		"inhoud":         {2.5, 2.0, 1.5, nil, 3.0},
		"infrastructuur": {4.0, 2.0, 1.5, nil, 2.0},
		"leiderschap":    {3.0, nil, 1.5, nil, 1.0},
	}
	means := map[string]float64{"visie": 3, "deskundigheid": 2.375, "inhoud": 2.25, "infrastructuur": 2.375, "leiderschap": 1.833}
	for block, col := range heat {
		for i, want := range col {
			got := r.Schools[i].Levels[block].Now
			if (want == nil) != (got == nil) || (got != nil && *got != want.(float64)) {
				t.Errorf("%s %s: %v, want %v", r.Schools[i].File, block, got, want)
			}
		}
		if m := r.BlockMeans[block]; m == nil || *m != means[block] {
			t.Errorf("mean %s: %v, want %v", block, m, means[block])
		}
	}
	// The board's years: 2022 .. 2030, against the ceiling of 2026-2028.
	wantYears := []struct {
		year       int
		cash       float64
		ceiling    float64 // 0: none
		over       bool
		perPupil   float64 // -1: unknown
		hasCeiling bool
	}{
		{2022, 3000, 0, false, 10, false}, {2023, 9000, 0, false, 30, false}, {2024, 0, 0, false, 0, false},
		{2025, 0, 0, false, 0, false}, {2026, 22000, 20000, true, 62.86, true}, {2027, 12750, 12000, true, 32.86, true},
		{2028, 2750, 5000, false, 1.67, true}, {2029, 250, 0, false, -1, false}, {2030, 250, 0, false, -1, false},
	}
	if len(r.Years) != len(wantYears) {
		t.Fatalf("%d years", len(r.Years))
	}
	for i, w := range wantYears {
		y := r.Years[i]
		ceilingOK := (y.Ceiling == nil) == !w.hasCeiling && (y.Ceiling == nil || *y.Ceiling == w.ceiling)
		perPupilOK := (y.PerPupil == nil) == (w.perPupil < 0) && (y.PerPupil == nil || *y.PerPupil == w.perPupil)
		if y.Year != w.year || y.CashOut != w.cash || y.Over != w.over || !ceilingOK || !perPupilOK {
			t.Errorf("year %d: %+v, want %+v", w.year, y, w)
		}
	}
	want := map[string]string{"afgebroken.balans": "damaged", "nieuwer.balans": "newer", "notulen.balans": "not_a_plan"}
	if len(r.Unread) != 3 {
		t.Errorf("unread %+v", r.Unread)
	}
	for _, u := range r.Unread {
		if want[u.File] != u.Kind || !strings.HasPrefix(u.Message["en"], u.File+": ") || !strings.HasPrefix(u.Message["nl"], u.File+": ") {
			t.Errorf("unread %+v", u)
		}
	}
	if !slices.Equal(r.Skipped, []string{"lees mij.txt"}) {
		t.Errorf("skipped %v", r.Skipped)
	}
	// The board reads copies: every file in the folder is as it was, and
	// nothing was added.
	after, _ := os.ReadDir(dir)
	if len(after) != len(entries) {
		t.Errorf("the folder had %d files and has %d", len(entries), len(after))
	}
	for name, s := range sums {
		if sum(t, filepath.Join(dir, name)) != s {
			t.Errorf("%s changed", name)
		}
	}
}

func TestBoardAsTextInBothLanguages(t *testing.T) {
	t.Parallel()
	dir, ceiling := boardFolder(t)
	addBadFiles(t, dir)
	code, out, errOut := call(t, "board", "--dir", dir, "--ceiling", ceiling, "--date", "2026-11-30")
	if code != exitInput || errOut != "balansplan: 3 van de 8 bestanden telden niet mee; zie \"Bestanden die niet meetellen\"\n" {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
	for _, want := range []string{
		"Bestuursoverzicht: Stichting Proef\nPeildatum 2026-11-30 · 5 scholen · 3 bestanden niet meegeteld\n",
		"\nBestanden die niet meetellen\n- afgebroken.balans: is beschadigd of onvolledig",
		"\n- nieuwer.balans: is gemaakt met een nieuwere versie van Balansplan",
		"\n- notulen.balans: is geen Balansplan-plan",
		"\nOvergeslagen (geen .balans-bestand of verborgen)\nlees mij.txt\n",
		"Boven het plafond van het bestuur in 2026, 2027.\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the overview lacks %q\n%s", want, out)
		}
	}
	code, out, _ = call(t, "board", "--dir", dir, "--ceiling", ceiling, "--date", "2026-11-30", "--lang", "en")
	if code != exitInput || !strings.Contains(out, "Board overview: Stichting Proef\nAs of 2026-11-30 · 5 schools · 3 files not counted\n") ||
		!boardtest.HasLine(out, "All schools €3,000 €9,000 €0 €0 €22,000 €12,750 €2,750 €250 €250 €50,000") ||
		!boardtest.HasLine(out, "Mean of the schools 3 2.4* 2.3* 2.4* 1.8*") {
		t.Errorf("exit %d\n%s", code, out)
	}
}

func TestBoardOfGoodPlansExitsZero(t *testing.T) {
	t.Parallel()
	dir, _ := boardFolder(t)
	code, out, errOut := call(t, "board", "--dir", dir, "--date", "2026-11-30", "--lang", "en")
	if code != exitOK || errOut != "" || !strings.Contains(out, "No board ceiling given (--ceiling).") || strings.Contains(out, "Files not counted") {
		t.Errorf("exit %d stderr %q\n%s", code, errOut, out)
	}
	// Plan files named instead of a folder; the JSON names them as given.
	a, b := filepath.Join(dir, boardtest.Files[0]), filepath.Join(dir, boardtest.Files[4])
	code, out, errOut = call(t, "board", a, "--json", b, "--date", "2026-11-30")
	var r rollup
	if err := json.Unmarshal([]byte(out), &r); code != exitOK || errOut != "" || err != nil || len(r.Schools) != 2 ||
		r.Schools[0].File != a || r.TotalCashOut != 28000 {
		t.Errorf("exit %d stderr %q err %v\n%s", code, errOut, err, out)
	}
}

func TestBoardWithOneBadFileSaysSoInTheSingular(t *testing.T) {
	t.Parallel()
	dir, _ := boardFolder(t)
	os.WriteFile(filepath.Join(dir, "logo.balans"), []byte("\x89PNG\r\n\x1a\n"), 0o644)
	code, _, errOut := call(t, "board", "--dir", dir, "--date", "2026-11-30")
	if code != exitInput || errOut != "balansplan: 1 van de 6 bestanden telde niet mee; zie \"Bestanden die niet meetellen\"\n" {
		t.Errorf("exit %d stderr %q", code, errOut)
	}
}

// The roll-up raises GOGC while it runs and puts it back: tests and
// benchmarks after it in the same process collect as before.
func TestBoardPutsTheCollectorBack(t *testing.T) {
	dir, _ := boardFolder(t)
	t.Setenv("GOGC", "")
	prev := debug.SetGCPercent(150)
	defer debug.SetGCPercent(prev)
	if code, _, _ := call(t, "board", "--dir", dir, "--date", "2026-11-30"); code != exitOK {
		t.Fatalf("exit %d", code)
	}
	if got := debug.SetGCPercent(150); got != 150 {
		t.Errorf("GOGC is %d after the roll-up, want 150", got)
	}
}

func TestBoardTakesTheDayFromSourceDateEpoch(t *testing.T) {
	dir, _ := boardFolder(t)
	t.Setenv("SOURCE_DATE_EPOCH", "1798761600") // 2027-01-01 00:00 UTC
	code, out, _ := call(t, "board", "--dir", dir, "--json")
	var r rollup
	if err := json.Unmarshal([]byte(out), &r); code != exitOK || err != nil || r.Date != "2027-01-01" {
		t.Fatalf("exit %d err %v date %q", code, err, r.Date)
	}
	// On 2027-01-01 De Cirkel's period (2022-2025) has ended; that of
	// Sint Jozef 05EE (2026-2027) runs through the year.
	if !r.Schools[2].PeriodEnded || r.Schools[4].PeriodEnded {
		t.Errorf("ended: %v %v", r.Schools[2].PeriodEnded, r.Schools[4].PeriodEnded)
	}
}

func TestBoardWrongUsageAndBadInput(t *testing.T) {
	t.Parallel()
	dir, _ := boardFolder(t)
	empty := t.TempDir()
	badCeiling := filepath.Join(t.TempDir(), "bestuur.json")
	os.WriteFile(badCeiling, []byte(`{"format":"balansplan-board/1","ceiling":{"2027":-5}}`), 0o644)
	for _, tc := range []struct {
		args []string
		code int
		err  string // a part of stderr's first line
	}{
		{[]string{"board"}, exitUsage, "board: give --dir with the folder of the plan files, --db with the board database, or name the plan files"},
		{[]string{"board", "--dir", dir, "--db", "postgresql:///x"}, exitUsage, "board: choose --db or --dir (or plan files), not both"},
		{[]string{"board", "--db", "postgresql:///x", filepath.Join(dir, boardtest.Files[1])}, exitUsage, "board: choose --db or --dir (or plan files), not both"},
		{[]string{"board", "--dir", dir, "--date", "30-11-2026"}, exitUsage, `board: --date "30-11-2026" is not a date of the form YYYY-MM-DD`},
		{[]string{"board", "--dir", dir, "--date", "2026-02-30"}, exitUsage, `--date "2026-02-30" is not a date`},
		{[]string{"board", "--dir", dir, "--out", "board.pdf", "--json"}, exitUsage, "board: choose --json or --out, not both"},
		{[]string{"board", "--dir", dir, "--out", "board.txt"}, exitUsage, `board: --out "board.txt": the board report is a PDF`},
		{[]string{"board", "--dir", dir, "--out", filepath.Join(empty, "geen", "board.pdf")}, exitInput, "geen"},
		{[]string{"board", "--dir", dir, "--ceiling", "x.json", "--pdf"}, exitUsage, "flag provided but not defined: -pdf"},
		{[]string{"board", "--dir", dir, "--lang", "de"}, exitUsage, `--lang "de": kies nl of en`}, // said in the default language
		{[]string{"board", "--dir", filepath.Join(dir, "weg")}, exitInput, "does not exist"},
		{[]string{"board", "--dir", filepath.Join(dir, boardtest.Files[0])}, exitInput, "is a file, not a folder"},
		{[]string{"board", "--dir", empty}, exitInput, "the folder " + empty + " holds no .balans files"},
		{[]string{"board", "--dir", dir, "--ceiling", filepath.Join(empty, "geen.json")}, exitInput, "does not exist"},
		{[]string{"board", "--dir", dir, "--ceiling", badCeiling}, exitInput, badCeiling + ": the board file cannot be used: ceiling 2027: a ceiling cannot be negative"},
		{[]string{"board", "--dir", dir, "--ceiling", filepath.Join(dir, boardtest.Files[0])}, exitInput, "the board file cannot be used: not valid JSON"},
		{[]string{"board", "--dir", dir, filepath.Join(dir, boardtest.Files[1])}, exitInput, "brug.balans is listed twice"},
	} {
		args := tc.args
		if !slices.Contains(args, "--lang") {
			args = append(slices.Clone(args), "--lang", "en")
		}
		code, out, errOut := call(t, args...)
		first, _, _ := strings.Cut(errOut, "\n")
		if code != tc.code || !strings.Contains(first, tc.err) || (code == exitInput && out != "") {
			t.Errorf("%v: exit %d, stderr %q, stdout %d bytes; want %d, %q", tc.args, code, errOut, len(out), tc.code, tc.err)
		}
	}
}

func TestBoardCeilingErrorInDutch(t *testing.T) {
	t.Parallel()
	dir, _ := boardFolder(t)
	c := filepath.Join(t.TempDir(), "bestuur.json")
	os.WriteFile(c, []byte(`{"format":"balansplan-board/1","cieling":{}}`), 0o644)
	code, _, errOut := call(t, "board", "--dir", dir, "--ceiling", c)
	if code != exitInput || errOut != fmt.Sprintf("balansplan: %s: het bestuursbestand is niet bruikbaar: onbekende sleutel \"cieling\" (bekend zijn format, name en ceiling)\n", c) {
		t.Errorf("exit %d stderr %q", code, errOut)
	}
}

// BenchmarkBoard is `balansplan board` over a board of large plans (each
// the size of model/sample.Large), in-process: copy, open, load, validate,
// analyse and summarise every plan, roll up, write the text overview. The
// folder is made with boardgen (about 0.1 s of setup per school, not
// timed), or taken from BALANSPLAN_BOARD_DIR (go run ./cmd/boardgen --dir
// D), whose first files are used. Beside time and allocations it reports
// ms/school and peak-heap-MB, the most live heap seen (sampled every
// millisecond): it must not grow with the number of schools beyond the
// summaries, since at most one plan per worker is alive.
func BenchmarkBoard(b *testing.B) {
	sizes := []int{50, 200}
	paths := benchBoard(b, slices.Max(sizes))
	for _, n := range sizes {
		b.Run(fmt.Sprintf("schools=%d", n), func(b *testing.B) {
			args := append([]string{"board", "--date", "2026-11-30"}, paths[:n]...)
			stop := peakHeap()
			b.ReportAllocs()
			for b.Loop() {
				if code := run(args, io.Discard, io.Discard); code != exitOK {
					b.Fatalf("exit %d", code)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N)/float64(n), "ms/school")
			b.ReportMetric(float64(stop())/(1<<20), "peak-heap-MB")
		})
	}
}

// benchBoard is the paths of n large plans.
func benchBoard(b *testing.B, n int) []string {
	if dir := os.Getenv("BALANSPLAN_BOARD_DIR"); dir != "" {
		var paths []string
		for i := 1; i <= n; i++ {
			paths = append(paths, filepath.Join(dir, boardgen.Name(i)))
			if _, err := os.Stat(paths[i-1]); err != nil {
				b.Skipf("BALANSPLAN_BOARD_DIR has no %d schools: %v", n, err)
			}
		}
		return paths
	}
	paths, err := boardgen.Write(b.TempDir(), n, 1)
	if err != nil {
		b.Fatal(err)
	}
	return paths
}

// peakHeap samples the live heap (bytes in heap objects) every
// millisecond until the returned function is called, which gives the most
// it saw.
func peakHeap() func() uint64 {
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	var (
		mu   sync.Mutex
		peak uint64
	)
	done := make(chan struct{})
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		for {
			metrics.Read(sample)
			mu.Lock()
			peak = max(peak, sample[0].Value.Uint64())
			mu.Unlock()
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	return func() uint64 {
		close(done)
		<-stopped
		mu.Lock()
		defer mu.Unlock()
		return peak
	}
}

// --out writes the bestuursrapportage: a PDF with the roll-up's figures,
// dated by SOURCE_DATE_EPOCH as the plan export is, the same bytes twice,
// nothing on stdout, and the schools' files untouched.
func TestBoardWritesTheBoardReport(t *testing.T) {
	dir, ceiling := boardFolder(t)
	t.Setenv("SOURCE_DATE_EPOCH", "1764504000") // 30 November 2025, 12:00 UTC
	before := snapshot(t, dir)
	var pdfs [2][]byte
	for i := range pdfs {
		out := filepath.Join(t.TempDir(), "bestuur.pdf")
		code, stdout, errOut := call(t, "board", "--dir", dir, "--ceiling", ceiling, "--out", out, "--date", "2026-11-30")
		if code != 0 || stdout != "" || errOut != "" {
			t.Fatalf("exit %d, stdout %q, stderr %q", code, stdout, errOut)
		}
		data, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		pdfs[i] = data
		if i == 0 {
			tool, err := exec.LookPath("pdftotext")
			if err != nil {
				t.Skip("pdftotext is not installed")
			}
			text, err := exec.Command(tool, "-layout", out, "-").Output()
			if err != nil {
				t.Fatal(err)
			}
			s := strings.ReplaceAll(strings.Join(strings.Fields(string(text)), " "), "€ ", "€")
			for _, want := range []string{"BESTUURSRAPPORTAGE", "Stichting Proef", "Datum 30 november 2025", "Beoordeeld op 30 november 2026",
				"2026 3 €22.000 €20.000 \u2212€2.000", "Totaal €50.000", "Gemiddeld 3 2,375 2,25 2,375 1,833", "Sint Jozef (05EE) 5 4 3 2 1"} {
				if !strings.Contains(s, want) {
					t.Errorf("the PDF lacks %q", want)
				}
			}
		}
	}
	if !bytes.Equal(pdfs[0], pdfs[1]) {
		t.Error("two exports of the same folder differ")
	}
	if after := snapshot(t, dir); !maps.Equal(before, after) {
		t.Error("the schools' folder changed")
	}
}

// snapshot is every file of dir with its bytes and modification time.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, e := range es {
		info, err := e.Info()
		if err != nil {
			t.Fatal(err)
		}
		data, _ := os.ReadFile(filepath.Join(dir, e.Name()))
		out[e.Name()] = info.ModTime().String() + string(data)
	}
	return out
}

// The board from its database: De Akker, de Brug and De Cirkel of
// boardtest under board "proef" (Sint Jozef 04DD under another board, which
// nobody of "proef" sees). Figures by hand from boardtest's table.
func TestBoardFromTheDatabase(t *testing.T) {
	five := boardtest.Five()
	db, urls := pgtest.Board(t, map[string][]*model.Plan{
		"proef": {five[0], five[1], five[2]},
		"ander": {five[3]},
	})
	ceiling := filepath.Join(t.TempDir(), "bestuur.json")
	if err := os.WriteFile(ceiling, []byte(boardtest.Ceiling), 0o644); err != nil {
		t.Fatal(err)
	}
	rollUp := func(person string, args ...string) (rollup, int, string) {
		t.Helper()
		code, out, errOut := call(t, append([]string{"board", "--db", urls[person], "--json", "--date", "2026-11-30", "--lang", "en"}, args...)...)
		var r rollup
		if err := json.Unmarshal([]byte(out), &r); err != nil {
			t.Fatalf("%s: exit %d, %q: %v", person, code, errOut, err)
		}
		return r, code, errOut
	}
	r, code, errOut := rollUp("bestuur_proef", "--ceiling", ceiling)
	if code != exitOK || errOut != "" {
		t.Fatalf("board member: exit %d, %q", code, errOut)
	}
	var files []string
	for _, s := range r.Schools {
		files = append(files, s.File+" "+s.Name)
	}
	if want := []string{"01AA De Akker", "02BB de Brug", "03CC De Cirkel"}; !slices.Equal(files, want) {
		t.Errorf("schools %q, want %q", files, want)
	}
	if r.TotalCashOut != 40500 || r.Board != "Stichting Proef" {
		t.Errorf("total %v of %q, want 40500 of Stichting Proef", r.TotalCashOut, r.Board)
	}
	years := map[int]float64{}
	over := map[int]bool{}
	for _, y := range r.Years {
		years[y.Year], over[y.Year] = y.CashOut, y.Over
	}
	// 2026: 11500 + 5000 = 16500 <= 20000; 2027: 10500 + 1000 = 11500 <=
	// 12000; 2028: 500 <= 5000. Sint Jozef's 1250 in 2027 would not fit.
	wantYears := map[int]float64{2022: 3000, 2023: 9000, 2024: 0, 2025: 0, 2026: 16500, 2027: 11500, 2028: 500}
	if !maps.Equal(years, wantYears) || slices.Contains(slices.Collect(maps.Values(over)), true) {
		t.Errorf("years %v (over %v), want %v and none over", years, over, wantYears)
	}

	r, code, _ = rollUp("dir_02bb")
	if code != exitOK || len(r.Schools) != 1 || r.Schools[0].Name != "de Brug" || r.TotalCashOut != 6000 {
		t.Errorf("director of 02BB: exit %d, %d schools, total %v; want de Brug alone, 6000", code, len(r.Schools), r.TotalCashOut)
	}
	r, code, _ = rollUp("toezicht_proef")
	if code != exitOK || len(r.Schools) != 2 || r.TotalCashOut != 34500 {
		t.Errorf("supervisor: exit %d, %d schools, total %v; want the two adopted plans, 22500 + 12000", code, len(r.Schools), r.TotalCashOut)
	}
	if code, _, errOut := call(t, "board", "--db", urls["toezicht_ander"], "--lang", "en"); code != exitInput || !strings.Contains(errOut, "the database holds no plan you may see") {
		t.Errorf("supervisor without adopted plans: exit %d, %q", code, errOut)
	}

	// The text report and the PDF, as for a folder.
	if code, out, _ := call(t, "board", "--db", urls["bestuur_proef"], "--date", "2026-11-30", "--lang", "en"); code != exitOK || !strings.Contains(out, "De Cirkel") {
		t.Errorf("text: exit %d, %q", code, out)
	}
	pdf := filepath.Join(t.TempDir(), "bestuur.pdf")
	if code, _, errOut := call(t, "board", "--db", urls["bestuur_proef"], "--out", pdf); code != exitOK {
		t.Errorf("pdf: exit %d, %q", code, errOut)
	} else if b, err := os.ReadFile(pdf); err != nil || !bytes.HasPrefix(b, []byte("%PDF")) {
		t.Errorf("pdf: %v", err)
	}

	// A plan whose rows were changed by hand so that they no longer make a
	// plan is named as not counted; the others are still counted, exit 1.
	admin, err := pgstore.OpenAdmin(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	if err := admin.Exec(context.Background(), `UPDATE balansplan.plan_entities SET content = '{"id": "geen-uuid"}'
		WHERE school_id = '02BB' AND kind = 'investments' AND position = 0`); err != nil {
		t.Fatal(err)
	}
	r, code, errOut = rollUp("bestuur_proef")
	if code != exitInput || len(r.Schools) != 2 || len(r.Unread) != 1 || r.Unread[0].File != "02BB" || r.Unread[0].Kind != "unreadable" ||
		!strings.Contains(r.Unread[0].Message["en"], "of school 02BB cannot be read") || r.TotalCashOut != 34500 ||
		!strings.Contains(errOut, "1 of the 3 plans was not counted") {
		t.Errorf("one bad plan: exit %d, %d schools, unread %+v, total %v, %q", code, len(r.Schools), r.Unread, r.TotalCashOut, errOut)
	}
}
