package main

import (
	"balansplan/model/testplan"
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// call runs the command line in-process and returns exit status, stdout
// and stderr.
func call(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, &out, &errb)
	return code, out.String(), errb.String()
}

func sum(t *testing.T, path string) [32]byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(b)
}

func TestDemoWritesAValidPlanThatCheckAccepts(t *testing.T) {
	t.Setenv("LANG", "nl_NL.UTF-8")
	f := filepath.Join(t.TempDir(), "demo.balans")
	if code, _, stderr := call(t, "demo", "--out", f); code != 0 {
		t.Fatalf("demo: exit %d: %s", code, stderr)
	}
	code, stdout, stderr := call(t, "check", "--in", f)
	if code != 0 || !strings.Contains(stdout, "in orde") {
		t.Fatalf("check: exit %d, %q %q", code, stdout, stderr)
	}
	// demo never overwrites.
	before := sum(t, f)
	if code, _, stderr := call(t, "demo", "--out", f); code != 1 || !strings.Contains(stderr, "bestaat al") {
		t.Fatalf("second demo: exit %d %q", code, stderr)
	}
	if sum(t, f) != before {
		t.Fatal("demo changed an existing file")
	}
}

func TestImportThenExportJSONKeepsEveryField(t *testing.T) {
	dir := t.TempDir()
	plan := filepath.Join(dir, "r.balans")
	out := filepath.Join(dir, "r.json")
	if code, _, stderr := call(t, "import", "--in", testplan.RegenboogFile(t), "--out", plan); code != 0 {
		t.Fatalf("import: %d %s", code, stderr)
	}
	before := sum(t, plan)
	if code, _, stderr := call(t, "export", "--in", plan, "--out", out, "--format", "json"); code != 0 {
		t.Fatalf("export: %d %s", code, stderr)
	}
	if sum(t, plan) != before {
		t.Fatal("export changed its input file")
	}
	var orig, got map[string]any
	b := testplan.RegenboogJSON()
	_ = json.Unmarshal(b, &orig)
	b, _ = os.ReadFile(out)
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	subset(t, "", orig, got)
}

func subset(t *testing.T, path string, want, got any) {
	t.Helper()
	switch w := want.(type) {
	case map[string]any:
		g, _ := got.(map[string]any)
		for k, v := range w {
			if _, ok := g[k]; !ok {
				t.Errorf("%s.%s lost", path, k)
				continue
			}
			subset(t, path+"."+k, v, g[k])
		}
	case []any:
		g, _ := got.([]any)
		if len(g) != len(w) {
			t.Errorf("%s: %d items, want %d", path, len(g), len(w))
			return
		}
		for i := range w {
			subset(t, path, w[i], g[i])
		}
	default:
		if want != got {
			t.Errorf("%s = %v, want %v", path, got, want)
		}
	}
}

func TestABadImportSaysWhatIsWrongAndWritesNothing(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.json")
	b := testplan.RegenboogJSON()
	b = bytes.Replace(b, []byte(`"start": "2026-08"`), []byte(`"start": "2031-08"`), 1)
	b = bytes.Replace(b, []byte(`"name": "OBS De Regenboog"`), []byte(`"name": ""`), 1)
	if err := os.WriteFile(bad, b, 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out.balans")
	code, _, stderr := call(t, "import", "--in", bad, "--out", out, "--lang", "en")
	if code != 1 {
		t.Fatalf("exit %d, want 1", code)
	}
	// Worked out by hand: the empty school name, D1's start outside
	// 2026-2029 and, as a consequence, D1's end before its start.
	lines := strings.Split(strings.TrimSpace(stderr), "\n")
	if len(lines) != 3 || !strings.Contains(stderr, "school.name") || !strings.Contains(stderr, "investment D1, field start") {
		t.Fatalf("stderr:\n%s", stderr)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Fatalf("a failed import left %s behind", out)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Fatalf("the folder holds more than the input: %v", entries)
	}
}

func TestWrongUsageExitsWithTwo(t *testing.T) {
	for _, args := range [][]string{
		{"import", "--in", "regenboog.json"},
		{"export", "--in", "x.balans", "--out", "y.pdf", "--lang", "fr"},
		{"export", "--in", "x.balans", "--out", "y.txt", "--format", "txt"},
		{"analyse", "--in", "x.balans", "--colour"},
		{"check"},
		{"check", "--in", "a", "extra"},
	} {
		if code, _, stderr := call(t, args...); code != 2 || stderr == "" {
			t.Errorf("%v: exit %d, stderr %q", args, code, stderr)
		}
	}
}

func TestCommandsOnAFileOfAnotherProgramFailCleanly(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "notes.balans")
	if err := os.WriteFile(f, []byte("Dit is een boodschappenlijstje.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	before := sum(t, f)
	for _, args := range [][]string{
		{"check", "--in", f},
		{"analyse", "--in", f},
		{"export", "--in", f, "--out", filepath.Join(dir, "x.pdf")},
		{"export", "--in", f, "--out", filepath.Join(dir, "x.json"), "--format", "json"},
	} {
		code, _, stderr := call(t, args...)
		if code != 1 || !strings.Contains(stderr, "notes.balans") {
			t.Errorf("%v: exit %d, %q", args, code, stderr)
		}
	}
	if sum(t, f) != before {
		t.Fatal("a command changed the foreign file")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Fatalf("commands left files behind: %v", entries)
	}
}

func TestAnalyseGivesTheWorkedExample(t *testing.T) {
	plan := filepath.Join(t.TempDir(), "r.balans")
	if code, _, stderr := call(t, "import", "--in", testplan.RegenboogFile(t), "--out", plan); code != 0 {
		t.Fatal(stderr)
	}
	before := sum(t, plan)
	code, stdout, stderr := call(t, "analyse", "--in", plan, "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var a struct {
		Route struct {
			Verdict string  `json:"verdict"`
			T       float64 `json:"traced_share"`
			E       float64 `json:"expertise_first_share"`
		} `json:"route"`
		Findings []struct {
			Code string `json:"code"`
		} `json:"findings"`
		Budget struct {
			Total float64 `json:"total_cash_out"`
		} `json:"budget"`
	}
	if err := json.Unmarshal([]byte(stdout), &a); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, stdout)
	}
	// From shared/examples/README.md, worked out by hand.
	if a.Route.Verdict != "onderwijsgedreven" || a.Route.T != 1.0 || a.Route.E != 0.8 || a.Budget.Total != 90100 {
		t.Errorf("route/budget: %+v %v", a.Route, a.Budget.Total)
	}
	codes := map[string]bool{}
	for _, f := range a.Findings {
		codes[f.Code] = true
	}
	if len(codes) != 3 || !codes["over_budget"] || !codes["technology_before_expertise"] || !codes["assessment_divergence"] {
		t.Errorf("findings: %v", codes)
	}
	_, text, _ := call(t, "analyse", "--in", plan, "--lang", "en")
	if !strings.Contains(text, "education-driven") && !strings.Contains(text, "onderwijsgedreven") {
		t.Errorf("text report does not state the route:\n%s", text)
	}
	if sum(t, plan) != before {
		t.Fatal("analyse changed its input")
	}
}

func TestExportPDFWritesAPDF(t *testing.T) {
	dir := t.TempDir()
	plan := filepath.Join(dir, "d.balans")
	if code, _, stderr := call(t, "demo", "--out", plan); code != 0 {
		t.Fatal(stderr)
	}
	pdf := filepath.Join(dir, "plan.pdf")
	if code, _, stderr := call(t, "export", "--in", plan, "--out", pdf, "--lang", "en"); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	b, err := os.ReadFile(pdf)
	if err != nil || !bytes.HasPrefix(b, []byte("%PDF-")) {
		t.Fatalf("not a PDF: %v", err)
	}
	// Into a folder that does not exist: a clear message, no file.
	missing := filepath.Join(dir, "nope", "plan.pdf")
	if code, _, stderr := call(t, "export", "--in", plan, "--out", missing); code != 1 || stderr == "" {
		t.Fatalf("exit %d, %q", code, stderr)
	}
}

func TestWithoutADisplayTheAppSaysSoInsteadOfCrashing(t *testing.T) {
	t.Setenv("DISPLAY", "")
	t.Setenv("WAYLAND_DISPLAY", "")
	code, _, stderr := call(t, "plan.balans", "--lang", "en")
	if code != 1 || !strings.Contains(stderr, "cannot open a window") {
		t.Fatalf("exit %d, %q", code, stderr)
	}
	code, _, stderr = call(t, "a.balans", "b.balans")
	if code != 2 || stderr == "" {
		t.Fatalf("two plans: exit %d, %q", code, stderr)
	}
}

func TestUsageErrorsSpeakTheUsersLanguage(t *testing.T) {
	t.Setenv("LANG", "nl_NL.UTF-8")
	if _, _, stderr := call(t, "demo"); !strings.Contains(stderr, "--out is verplicht") || !strings.Contains(stderr, "Gebruik:") {
		t.Errorf("Dutch: %q", stderr)
	}
	if _, _, stderr := call(t, "demo", "--lang", "en"); !strings.Contains(stderr, "--out is required") || !strings.Contains(stderr, "Usage:") {
		t.Errorf("English: %q", stderr)
	}
	if _, _, stderr := call(t, "check", "--in", "x", "--kleur"); !strings.Contains(stderr, "onbekende optie") {
		t.Errorf("unknown flag in Dutch: %q", stderr)
	}
}
