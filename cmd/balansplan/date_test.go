package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"balansplan/model/store"
	"balansplan/model/testplan"
)

// planWithDate writes the Regenboog plan with the given date ("" for
// none) and returns its path.
func planWithDate(t *testing.T, dir, name, date string) string {
	t.Helper()
	p := testplan.Regenboog(t)
	p.Date = date
	path := filepath.Join(dir, name)
	doc, err := store.Create(path, p)
	if err != nil {
		t.Fatal(err)
	}
	if err := doc.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

// pdfDate is the CreationDate gofpdf writes into the document
// information, which is not compressed: "D:20260101000000".
func pdfDate(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := bytes.Cut(b, []byte("/CreationDate ("))
	if !ok {
		t.Fatalf("%s has no CreationDate", path)
	}
	d, _, _ := bytes.Cut(rest, []byte(")"))
	return string(d)
}

// coverText is the text of the first page, when pdftotext is there.
func coverText(t *testing.T, path string) (string, bool) {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Log("pdftotext is missing (apt-get install poppler-utils): the cover text is not checked")
		return "", false
	}
	out, err := exec.Command("pdftotext", "-l", "1", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	return string(out), true
}

// The command line's PDF is dated by the plan, else by the day it is
// made, and never by a day nobody chose. Before, it called ExportPDF,
// which dated a plan without a date on the first day of its period
// (1 August of the start year) whatever the day of the export.
//
// 1767225600 is 2026-01-01 00:00:00 UTC: 56 years of 365 days plus the
// 14 leap days 1972..2024 make 20454 days of 86400 s. 45000 s later is
// 12:30 UTC the same day.
func TestTheCommandLinePDFIsDatedByThePlanElseByTheDayOfExport(t *testing.T) {
	dir := t.TempDir()
	undated := planWithDate(t, dir, "undated.balans", "")
	dated := planWithDate(t, dir, "dated.balans", "2025-09-15")

	t.Setenv("SOURCE_DATE_EPOCH", "1767270600")
	pdf := filepath.Join(dir, "undated.pdf")
	if code, _, stderr := call(t, "export", "--in", undated, "--out", pdf); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if got := pdfDate(t, pdf); got != "D:20260101000000" {
		t.Errorf("SOURCE_DATE_EPOCH=1767270600: CreationDate %s, want D:20260101000000", got)
	}
	if text, ok := coverText(t, pdf); ok && !strings.Contains(text, "1 januari 2026 (datum van export)") {
		t.Errorf("the cover does not say 1 januari 2026 (datum van export):\n%s", text)
	}
	again := filepath.Join(dir, "again.pdf")
	if code, _, stderr := call(t, "export", "--in", undated, "--out", again); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !bytes.Equal(readAll(t, pdf), readAll(t, again)) {
		t.Error("two exports with the same SOURCE_DATE_EPOCH differ")
	}

	// The plan's own date wins over the day of export.
	pdf = filepath.Join(dir, "dated.pdf")
	if code, _, stderr := call(t, "export", "--in", dated, "--out", pdf, "--lang", "en"); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if got := pdfDate(t, pdf); got != "D:20250915000000" {
		t.Errorf("a plan dated 2025-09-15: CreationDate %s, want D:20250915000000", got)
	}
	if text, ok := coverText(t, pdf); ok && (!strings.Contains(text, "15 September 2025") || strings.Contains(text, "date of export")) {
		t.Errorf("the cover does not say 15 September 2025 (and only that):\n%s", text)
	}

	// Without SOURCE_DATE_EPOCH: today, in the user's time zone.
	t.Setenv("SOURCE_DATE_EPOCH", "")
	pdf = filepath.Join(dir, "today.pdf")
	before := time.Now().Format("20060102")
	if code, _, stderr := call(t, "export", "--in", undated, "--out", pdf); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	after := time.Now().Format("20060102")
	if got := pdfDate(t, pdf); got != "D:"+before+"000000" && got != "D:"+after+"000000" {
		t.Errorf("no SOURCE_DATE_EPOCH: CreationDate %s, want today, D:%s000000", got, before)
	}

	// A value that is not a number of seconds is refused, in the user's
	// language, and nothing is written.
	for _, bad := range []string{"gisteren", "1.5", "-1", "99999999999999999999"} {
		t.Setenv("SOURCE_DATE_EPOCH", bad)
		out := filepath.Join(dir, "bad.pdf")
		code, _, stderr := call(t, "export", "--in", undated, "--out", out)
		if code != 1 || !strings.Contains(stderr, "SOURCE_DATE_EPOCH") || !strings.Contains(stderr, "geen tijdstip") {
			t.Errorf("SOURCE_DATE_EPOCH=%q: exit %d, %q", bad, code, stderr)
		}
		if _, err := os.Stat(out); !os.IsNotExist(err) {
			t.Errorf("SOURCE_DATE_EPOCH=%q: a file was written", bad)
		}
	}
}

func readAll(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
