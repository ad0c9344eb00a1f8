package sheet_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"balansplan/export/sheet"
	"balansplan/model"
)

// smallPlan, 2026-2027, with its rows worked out by hand (euros):
//
//	2026 deskundigheid D1 planned 1,000.50 realised 1,100.25 + 0    = 1,100.25  variance   +99.75
//	2026 inhoud        I1 planned   200.00 realised 0 + 180.00      =   180.00  variance   -20.00
//	2027 inhoud        I1 planned   200.00 realised 0 + 210.00      =   210.00  variance   +10.00
//	2027 infrastructuur N1 planned 5,000.00 nothing recorded         =     0     variance -5,000.00
//	total                 planned 6,400.50 one-off 1,100.25, recurring 390.00, realised 1,490.25, variance -4,910.25
func smallPlan(t *testing.T) *model.Plan {
	t.Helper()
	m := model.MonthOf
	p := &model.Plan{ID: model.NewID(), School: model.School{Name: "OBS Het Rekenblad"}, Title: "Ict-plan", StartYear: 2026, EndYear: 2027,
		Status: model.StatusConcept,
		Investments: []model.Investment{
			{ID: model.NewID(), Code: "N1", Title: "Tablets", Block: model.BlockInfrastructuur, Start: m(2027, 1), Status: model.InvGepland,
				Cost: model.Cost{OneOff: model.Euros(5000)}},
			{ID: model.NewID(), Code: "I1", Title: "Rekenprogramma", Block: model.BlockInhoud, Start: m(2026, 9), Status: model.InvLopend,
				Cost:        model.Cost{Recurring: model.Euros(200)},
				Realisation: []model.Realisation{{Year: 2026, Recurring: model.Euros(180)}, {Year: 2027, Recurring: model.Euros(210)}}},
			{ID: model.NewID(), Code: "D1", Title: "Scholing", Block: model.BlockDeskundigheid, Start: m(2026, 8), End: m(2027, 6), Status: model.InvLopend,
				Cost: model.Cost{OneOff: 100050}, Realisation: []model.Realisation{{Year: 2026, OneOff: 110025}}},
		},
	}
	if ps := p.Validate(); ps != nil {
		t.Fatal(ps.Messages(model.EN))
	}
	return p
}

// want holds the first sheet's numbers by hand: planned, one-off,
// recurring (NaN: empty), realised, variance; the last row the totals.
var want = [][5]float64{
	{1000.50, 1100.25, 0, 1100.25, 99.75},
	{200, 0, 180, 180, -20},
	{200, 0, 210, 210, 10},
	{5000, math.NaN(), math.NaN(), 0, -5000},
	{6400.50, 1100.25, 390, 1490.25, -4910.25},
}

var wantKeys = [][3]string{{"2026", model.BlockDeskundigheid.Label(model.NL), "D1"}, {"2026", model.BlockInhoud.Label(model.NL), "I1"},
	{"2027", model.BlockInhoud.Label(model.NL), "I1"}, {"2027", model.BlockInfrastructuur.Label(model.NL), "N1"}}

func near(a, b float64) bool {
	if math.IsNaN(b) {
		return math.IsNaN(a)
	}
	return math.Abs(a-b) < 0.005
}

func TestTheWorkbookHoldsNumbersFormatsAndFormulas(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "plan.xlsx")
	if err := sheet.WriteXLSX(smallPlan(t), model.NL, path); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	detail, byBlock := sheet.SheetNames(model.NL)
	if got := f.GetSheetList(); len(got) != 2 || got[0] != detail || got[1] != byBlock {
		t.Fatalf("sheets %v", got)
	}
	cols := []string{"E", "F", "G", "H", "I"}
	for i, w := range want {
		row := strconv.Itoa(i + 2)
		if i < len(wantKeys) {
			for k, col := range []string{"A", "B", "C"} {
				v, _ := f.GetCellValue(detail, col+row)
				if v != wantKeys[i][k] {
					t.Errorf("%s%s = %q, want %q", col, row, v, wantKeys[i][k])
				}
			}
		}
		for k, col := range cols {
			cell := col + row
			got := math.NaN()
			if v, err := f.CalcCellValue(detail, cell, excelize.Options{RawCellValue: true}); err == nil && v != "" {
				got, _ = strconv.ParseFloat(v, 64)
			}
			if !near(got, w[k]) {
				t.Errorf("%s = %v, want %v", cell, got, w[k])
			}
			if !math.IsNaN(w[k]) {
				// A number with the euro format, not text.
				if typ, _ := f.GetCellType(detail, cell); typ == excelize.CellTypeSharedString || typ == excelize.CellTypeInlineString {
					t.Errorf("%s is text", cell)
				}
				id, _ := f.GetCellStyle(detail, cell)
				st, err := f.GetStyle(id)
				if err != nil || st.CustomNumFmt == nil || !strings.Contains(*st.CustomNumFmt, "€") {
					t.Errorf("%s has no euro format", cell)
				}
			}
		}
	}
	for cell, formula := range map[string]string{"H2": "F2+G2", "I5": "H5-E5", "E6": "SUM(E2:E5)", "I6": "SUM(I2:I5)"} {
		if got, _ := f.GetCellFormula(detail, cell); got != formula {
			t.Errorf("%s formula %q, want %q", cell, got, formula)
		}
	}
	if v, _ := f.GetCellFormula(detail, "E2"); v != "" {
		t.Errorf("the planned amount is a formula: %q", v)
	}
	// Per bouwsteen: 2026 deskundigheid is row 3 (2026 visie is row 2),
	// 2027 infrastructuur row 10, the total row 12.
	for cell, w := range map[string]float64{"C2": 0, "C3": 1000.50, "D3": 1100.25, "E3": 99.75, "C10": 5000, "E10": -5000,
		"C12": 6400.50, "D12": 1490.25, "E12": -4910.25} {
		v, err := f.CalcCellValue(byBlock, cell, excelize.Options{RawCellValue: true})
		got, _ := strconv.ParseFloat(v, 64)
		if err != nil || !near(got, w) {
			t.Errorf("%s!%s = %q (%v), want %v", byBlock, cell, v, err, w)
		}
	}
	if got, _ := f.GetCellFormula(byBlock, "C3"); !strings.HasPrefix(got, "SUMIFS(Investeringen!E$2:E$5,") {
		t.Errorf("C3 formula %q", got)
	}
}

func TestTheCSVHoldsTheWorkedOutNumbers(t *testing.T) {
	t.Parallel()
	var buf bytes.Buffer
	if err := sheet.WriteCSV(smallPlan(t), model.EN, &buf); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&buf).ReadAll()
	if err != nil || len(recs) != 6 {
		t.Fatalf("%d records, %v", len(recs), err)
	}
	checkAmounts(t, "CSV", recs)
	if recs[0][0] != "Year" || recs[5][0] != "Total" || recs[1][4] != "1000.50" {
		t.Errorf("header %v, total %v, first %v", recs[0], recs[5], recs[1])
	}
}

// The workbook opens in LibreOffice Calc with the same numbers: converted
// to CSV headless (raw values, not as shown, every sheet), the formulas
// worked out by Calc equal the numbers worked out by hand.
func TestLibreOfficeReadsTheSameNumbers(t *testing.T) {
	office, err := exec.LookPath("soffice")
	if err != nil {
		if office, err = exec.LookPath("libreoffice"); err != nil {
			skipOutsideCI(t, "LibreOffice (soffice) is not installed, so the XLSX is not checked in Calc; install it (apt-get install libreoffice-calc-nogui) to run this test")
		}
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "plan.xlsx")
	if err := sheet.WriteXLSX(smallPlan(t), model.NL, path); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	// Field separator ',', quote '"', UTF-8, raw values (not as shown),
	// every sheet into its own file.
	cmd := exec.CommandContext(ctx, office, "-env:UserInstallation=file://"+filepath.Join(dir, "profile"), "--headless",
		"--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir", out, path)
	msg, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("LibreOffice: %v\n%s", err, msg)
	}
	if entries, _ := os.ReadDir(out); len(entries) == 0 && !calcInstalled(t, office, dir) {
		skipOutsideCI(t, "LibreOffice is installed without Calc, so the XLSX is not checked in Calc; install it (apt-get install libreoffice-calc-nogui) to run this test")
	}
	detail, byBlock := sheet.SheetNames(model.NL)
	read := func(name string) [][]string {
		data, err := os.ReadFile(filepath.Join(out, "plan-"+name+".csv"))
		if err != nil {
			entries, _ := os.ReadDir(out)
			t.Fatalf("%v; LibreOffice wrote %v and said %s", err, entries, msg)
		}
		recs, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		return recs
	}
	recs := read(detail)
	if len(recs) != 6 {
		t.Fatalf("%d rows: %v", len(recs), recs)
	}
	checkAmounts(t, "Calc", recs)
	blocks := read(byBlock)
	if len(blocks) != 12 {
		t.Fatalf("%d rows per bouwsteen", len(blocks))
	}
	for _, c := range []struct {
		row, col int
		want     float64
	}{{2, 2, 1000.50}, {2, 3, 1100.25}, {2, 4, 99.75}, {9, 2, 5000}, {11, 2, 6400.50}, {11, 3, 1490.25}, {11, 4, -4910.25}} {
		got, _ := strconv.ParseFloat(blocks[c.row][c.col], 64)
		if !near(got, c.want) {
			t.Errorf("Calc per bouwsteen row %d col %d = %q, want %v", c.row, c.col, blocks[c.row][c.col], c.want)
		}
	}
}

// calcInstalled reports whether LibreOffice can convert a spreadsheet at
// all: a tiny CSV to XLSX. Without Calc it says "source file could not be
// loaded" for any spreadsheet, which is no fault of the workbook.
func calcInstalled(t *testing.T, office, dir string) bool {
	t.Helper()
	probe := filepath.Join(dir, "probe.csv")
	if err := os.WriteFile(probe, []byte("a,b\n1,2\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "probe")
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	_ = exec.CommandContext(ctx, office, "-env:UserInstallation=file://"+filepath.Join(dir, "profile"), "--headless",
		"--convert-to", "xlsx", "--outdir", out, probe).Run()
	_, err := os.Stat(filepath.Join(out, "probe.xlsx"))
	return err == nil
}

// checkAmounts compares the amounts of the first sheet as CSV records
// (a header, then the rows and the total) with want; from names where
// they come from.
func checkAmounts(t *testing.T, from string, recs [][]string) {
	t.Helper()
	for i, w := range want {
		for k := 0; k < 5; k++ {
			s := recs[i+1][4+k]
			got := math.NaN()
			if s != "" {
				got, _ = strconv.ParseFloat(s, 64)
			}
			if !near(got, w[k]) {
				t.Errorf("%s: row %d column %d = %q, want %v", from, i+1, 4+k, s, w[k])
			}
		}
	}
}

// skipOutsideCI skips on a developer's machine without LibreOffice Calc,
// and fails in CI (CI=true), which installs it (.ci/deps.sh): there the
// round trip must run, not pass by being skipped.
func skipOutsideCI(t *testing.T, why string) {
	t.Helper()
	if os.Getenv("CI") == "true" {
		t.Fatal(why)
	}
	t.Skip(why)
}
