package export

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"balansplan/assets"
	"balansplan/model"
)

// coverField is the value of the cover field labelled label.
func coverField(t *testing.T, r *Report, label string) string {
	t.Helper()
	for _, f := range r.Cover.Fields {
		if f.Label == label {
			return f.Value
		}
	}
	t.Fatalf("no cover field %q in %v", label, r.Cover.Fields)
	return ""
}

// Issue 11, defect 6: with no plan date, the PDF said "januari 2027" and
// CreationDate 2027-01-01 while it was made in November 2026. Now it is
// dated on the day of the export, from the caller's clock, and the cover
// says that it is the export date; a plan's own date wins.
func TestThePDFIsDatedByThePlanOrTheExportNeverInvented(t *testing.T) {
	p := decode(t, "demo", assets.DemoPlan)
	p.Date = ""
	if p.StartYear != 2027 {
		t.Fatalf("the demo plan starts in %d; the case needs a plan period that has not begun", p.StartYear)
	}
	a := analyse(t, p)
	today := time.Date(2026, time.November, 30, 15, 4, 5, 0, time.FixedZone("CET", 3600))

	nl := BuildOn(p, a, model.NL, today)
	if got, want := coverField(t, nl, "Datum"), "30 november 2026 (datum van export)"; got != want {
		t.Errorf("cover date: %q, want %q", got, want)
	}
	if got, want := nl.Meta.Date, time.Date(2026, time.November, 30, 0, 0, 0, 0, time.UTC); !got.Equal(want) {
		t.Errorf("CreationDate: %v, want %v", got, want)
	}
	en := BuildOn(p, a, model.EN, today)
	if got, want := coverField(t, en, "Date"), "30 November 2026 (date of export)"; got != want {
		t.Errorf("English cover date: %q, want %q", got, want)
	}

	p.Date = "2026-03-12"
	own := BuildOn(p, analyse(t, p), model.NL, today)
	if got := coverField(t, own, "Datum"); got != "12 maart 2026" {
		t.Errorf("with a plan date the cover says %q, want 12 maart 2026", got)
	}
	if got := own.Meta.Date; !got.Equal(time.Date(2026, time.March, 12, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("with a plan date CreationDate is %v", got)
	}
}

// The file written by ExportPDFOn carries the export date in its metadata
// (pdfinfo), and two exports on one day are byte for byte the same.
func TestAnExportOnADayIsDatedThatDay(t *testing.T) {
	p := decode(t, "demo", assets.DemoPlan)
	p.Date = ""
	dir := t.TempDir()
	var files [2][]byte
	for i, at := range []time.Time{
		time.Date(2026, time.November, 30, 9, 0, 0, 0, time.UTC),
		time.Date(2026, time.November, 30, 17, 30, 0, 0, time.UTC),
	} {
		path := filepath.Join(dir, "plan.pdf")
		if err := ExportPDFOn(p, analyse(t, p), model.NL, path, nil, at); err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		files[i] = b
	}
	if string(files[0]) != string(files[1]) {
		t.Error("two exports on the same day differ")
	}
	info := run(t, "pdfinfo", filepath.Join(dir, "plan.pdf"))
	for _, line := range strings.Split(info, "\n") {
		if strings.HasPrefix(line, "CreationDate:") && !strings.Contains(line, "Nov 30 00:00:00 2026") {
			t.Errorf("pdfinfo: %s, want Nov 30 2026", line)
		}
	}
	if !strings.Contains(info, "CreationDate:") {
		t.Errorf("no CreationDate in pdfinfo:\n%s", info)
	}
}

// The workshop report is dated like the plan (BuildWorkshopOn): the plan's
// own date, else the day of the export, said as such; BuildWorkshop, with
// no clock, keeps the stand-in and never prints a day as the export's.
func TestTheWorkshopReportIsDatedByThePlanOrTheExport(t *testing.T) {
	p := decode(t, "demo", assets.DemoPlan)
	p.Date = ""
	a := analyse(t, p)
	today := time.Date(2026, time.November, 30, 23, 30, 0, 0, time.FixedZone("CET", 3600))

	nl := BuildWorkshopOn(p, a, nil, model.NL, today)
	if got, want := coverField(t, nl, "Datum"), "30 november 2026 (datum van export)"; got != want {
		t.Errorf("cover date: %q, want %q", got, want)
	}
	if got, want := nl.Meta.Date, time.Date(2026, time.November, 30, 0, 0, 0, 0, time.UTC); !got.Equal(want) {
		t.Errorf("CreationDate: %v, want %v", got, want)
	}
	en := BuildWorkshopOn(p, a, nil, model.EN, today)
	if got, want := coverField(t, en, "Date"), "30 November 2026 (date of export)"; got != want {
		t.Errorf("English cover date: %q, want %q", got, want)
	}
	if got := coverField(t, BuildWorkshop(p, a, nil, model.NL), "Datum"); strings.Contains(got, "export") {
		t.Errorf("without a clock the cover claims an export date: %q", got)
	}

	p.Date = "2026-03-12"
	if got := coverField(t, BuildWorkshopOn(p, analyse(t, p), nil, model.NL, today), "Datum"); got != "12 maart 2026" {
		t.Errorf("with a plan date the cover says %q, want 12 maart 2026", got)
	}

	// Written to a file: the PDF's CreationDate is the day of the export.
	p.Date = ""
	path := filepath.Join(t.TempDir(), "workshop.pdf")
	if err := ExportWorkshopPDFOn(p, a, nil, model.NL, path, nil, today); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), "/CreationDate (D:20261130000000") {
		t.Error("the workshop PDF is not dated 30 November 2026")
	}
}
