package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"balansplan/model"
	"balansplan/model/store"
	"balansplan/model/testplan"
)

// diffFile writes the example adopted as version 1.0 (2026-06-15), then
// revised (1.1): D1's one-off cost from 6,000 to 7,500 euros (2026: +1,500
// deskundigheid), and adopted again as 1.1 (2026-11-20); then one more
// edit of the current state: VI1's title. It returns the file's path.
func diffFile(t *testing.T) string {
	t.Helper()
	p := testplan.Regenboog(t)
	p.Version = "1.0"
	if _, ps := p.Adopt("2026-06-15", "College van bestuur", ""); ps != nil {
		t.Fatal(ps)
	}
	if _, ps := p.StartRevision("2026-09-01", "directeur"); ps != nil {
		t.Fatal(ps)
	}
	for i := range p.Investments {
		if p.Investments[i].Code == "D1" {
			p.Investments[i].Cost.OneOff = model.Euros(7500)
		}
	}
	if _, ps := p.Adopt("2026-11-20", "College van bestuur", ""); ps != nil {
		t.Fatal(ps)
	}
	if _, ps := p.StartRevision("2026-11-25", "directeur"); ps != nil {
		t.Fatal(ps)
	}
	for i := range p.Investments {
		if p.Investments[i].Code == "VI1" {
			p.Investments[i].Title = "Studiedagen onderwijsvisie"
		}
	}
	path := filepath.Join(t.TempDir(), "plan.balans")
	d, err := store.Create(path, p)
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestDiffWithoutVersionsComparesTheCurrentStateWithTheLastAdoptedVersion(t *testing.T) {
	t.Parallel()
	path := diffFile(t)
	code, out, errOut := call(t, "diff", "--in", path)
	want := "Wijzigingen van versie 1.1 (2026-11-20) naar huidige stand (versie 1.2)\n\n" +
		"Investeringen\n  gewijzigd VI1 (Studiedagen onderwijsvisie)\n" +
		"    title: \"Studiedagen gezamenlijke onderwijsvisie\" -> \"Studiedagen onderwijsvisie\"\n"
	if code != exitOK || errOut != "" || out != want {
		t.Errorf("exit %d, stderr %q, out\n%s\nwant\n%s", code, errOut, out, want)
	}
}

func TestDiffBetweenTwoVersionsShowsTheBudgetDelta(t *testing.T) {
	t.Parallel()
	path := diffFile(t)
	code, out, _ := call(t, "diff", "--in", path, "--from", "1.0", "--to", "1.1", "--lang", "en")
	if code != exitOK {
		t.Fatalf("exit %d", code)
	}
	for _, want := range []string{
		"Changes from version 1.0 (2026-06-15) to version 1.1 (2026-11-20)\n",
		"  changed D1 (Scholing adaptief werken voor alle leraren)\n    cost.one_off: \"6000\" -> \"7500\"\n",
		"Cash out per year\n  2026: ",
		"(+€1,500; expertise +€1,500)\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	code, out, _ = call(t, "diff", "--in", path, "--from", "1.0", "--to", "1.1", "--json")
	var doc struct {
		Format      string
		Investments []struct{ Change, Code string }
		Budget      []struct {
			Year  int
			Delta map[string]float64
		}
		Total map[string]float64 `json:"total_delta"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil || code != exitOK {
		t.Fatalf("exit %d, %v:\n%s", code, err, out)
	}
	if doc.Format != "balansplan-diff/1" || len(doc.Investments) != 1 || doc.Investments[0].Code != "D1" ||
		doc.Budget[0].Year != 2026 || doc.Budget[0].Delta["deskundigheid"] != 1500 || doc.Budget[1].Delta["total"] != 0 ||
		doc.Total["total"] != 1500 {
		t.Errorf("json %+v", doc)
	}
}

func TestDiffRefusesWhatItCannotCompareWithAClearMessage(t *testing.T) {
	t.Parallel()
	path := diffFile(t)
	code, _, errOut := call(t, "diff", "--in", path, "--from", "3.0")
	if code != exitInput || errOut != "balansplan: het plan heeft geen versie \"3.0\"; de vastgestelde versies zijn 1.0, 1.1\n" {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
	never := filepath.Join(t.TempDir(), "nooit.balans")
	d, err := store.Create(never, testplan.Regenboog(t))
	if err != nil {
		t.Fatal(err)
	}
	d.Close()
	code, _, errOut = call(t, "diff", "--in", never, "--lang", "en")
	if code != exitInput || !strings.Contains(errOut, "this plan was never adopted") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
	if code, _, _ := call(t, "diff"); code != exitUsage {
		t.Errorf("diff without --in: exit %d", code)
	}
}

// export writes the controller's numbers when --out ends in .xlsx or
// .csv; --report belongs to the PDF.
func TestExportWritesXLSXAndCSVByTheExtension(t *testing.T) {
	t.Parallel()
	path := diffFile(t)
	dir := t.TempDir()
	xlsx, csvPath := filepath.Join(dir, "plan.xlsx"), filepath.Join(dir, "plan.csv")
	if code, _, errOut := call(t, "export", "--in", path, "--out", xlsx); code != exitOK {
		t.Fatalf("xlsx: exit %d: %s", code, errOut)
	}
	if data, err := os.ReadFile(xlsx); err != nil || !bytes.HasPrefix(data, []byte("PK")) {
		t.Errorf("the .xlsx is no zip file: %v", err)
	}
	if code, _, errOut := call(t, "export", "--in", path, "--out", csvPath, "--lang", "en"); code != exitOK {
		t.Fatalf("csv: exit %d: %s", code, errOut)
	}
	data, _ := os.ReadFile(csvPath)
	if !strings.HasPrefix(string(data), "Year,Building block,Code,Investment,Planned,") || !strings.Contains(string(data), "\nTotal,") {
		t.Errorf("csv:\n%s", data)
	}
	if code, _, _ := call(t, "export", "--in", path, "--out", xlsx, "--report", "workshop"); code != exitUsage {
		t.Errorf("--report with .xlsx: exit %d", code)
	}
}
