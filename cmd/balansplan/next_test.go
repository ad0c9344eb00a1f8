package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"balansplan/model"
	"balansplan/model/store"
)

// lifeFile writes a small plan, 2026-2029, adopted as 1.0 and lived in:
//
//	D1 deskundigheid 2026-08..2027-06, 10,000 one-off: afgerond 2027-06-30
//	N1 infrastructuur 2027-01..2027-06, 25,000 one-off: lopend, 10,000 spent in 2027
//
// so that on 15 December 2029 N1 is unfinished and D1 done. The next plan
// (2030-2033) has N1 alone: start 2030-01, end 2030-06 (36 months on),
// one-off 25,000 - 10,000 = 15,000.
func lifeFile(t *testing.T) (string, *model.Plan) {
	t.Helper()
	m := model.MonthOf
	v := model.NewID()
	p := &model.Plan{
		ID: model.NewID(), School: model.School{Name: "OBS De Wandeling", Pupils: 200}, Title: "Ict-plan 2026-2029",
		StartYear: 2026, EndYear: 2029, Status: model.StatusConcept,
		Visions: []model.Vision{{ID: v, Code: "V1", Title: "Adaptief rekenen", Evaluation: model.Evaluation{Indicator: "Rekenscores", Moment: m(2027, 6)}}},
		Investments: []model.Investment{
			{ID: model.NewID(), Code: "D1", Title: "Scholing rekenen", Block: model.BlockDeskundigheid, Start: m(2026, 8), End: m(2027, 6),
				Status: model.InvGepland, Cost: model.Cost{OneOff: model.Euros(10000)}, VisionIDs: []string{v}},
			{ID: model.NewID(), Code: "N1", Title: "Tablets", Block: model.BlockInfrastructuur, Start: m(2027, 1), End: m(2027, 6),
				Status: model.InvGepland, Cost: model.Cost{OneOff: model.Euros(25000)}, VisionIDs: []string{v}},
		},
	}
	if _, ps := p.Adopt("2026-06-15", "College van bestuur", ""); ps != nil {
		t.Fatal(ps)
	}
	d1, n1 := &p.Investments[0], &p.Investments[1]
	d1.SetRealisation(model.Realisation{Year: 2026, OneOff: model.Euros(9000)})
	if ps := d1.RecordStatus("2027-06-30", model.InvAfgerond, ""); ps != nil {
		t.Fatal(ps)
	}
	n1.SetRealisation(model.Realisation{Year: 2027, OneOff: model.Euros(10000)})
	if ps := n1.RecordStatus("2027-01-10", model.InvLopend, ""); ps != nil {
		t.Fatal(ps)
	}
	p.Visions[0].SetEvaluation(model.VisionEvaluation{Year: 2027, Rating: 2, Note: "Nog niet."})
	if ps := p.Validate(); ps != nil {
		t.Fatal(ps.Messages(model.EN))
	}
	path := filepath.Join(t.TempDir(), "plan.balans")
	d, err := store.Create(path, p)
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	return path, p
}

func TestNextStartsTheNextPlanFromThisOne(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1891987200") // 15 December 2029
	in, prev := lifeFile(t)
	before := sum(t, in)
	out := filepath.Join(t.TempDir(), "next.balans")
	code, stdout, stderr := call(t, "next", "--in", in, "--out", out, "--start", "2030")
	if code != exitOK || stderr != "" {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if want := out + ": plan 2030-2033 met 1 investering(en) overgenomen uit " + in + "\n"; stdout != want {
		t.Errorf("stdout %q, want %q", stdout, want)
	}
	if sum(t, in) != before {
		t.Error("next changed the plan it read")
	}
	next, err := openPlan(out)
	if err != nil {
		t.Fatal(err)
	}
	if next.StartYear != 2030 || next.EndYear != 2033 || next.Title != "Ict-plan 2030-2033" || len(next.Investments) != 1 {
		t.Fatalf("next plan %d-%d %q with %d investments", next.StartYear, next.EndYear, next.Title, len(next.Investments))
	}
	n1 := next.Investments[0]
	if n1.Code != "N1" || n1.Start != model.MonthOf(2030, 1) || n1.End != model.MonthOf(2030, 6) ||
		n1.Cost.OneOff != model.Euros(15000) || n1.Status != model.InvLopend {
		t.Errorf("N1 carried over as %s %s..%s %s %s", n1.Code, n1.Start, n1.End, n1.Cost.OneOff, n1.Status)
	}
	if len(next.StatusHistory) != 1 || next.StatusHistory[0].Date != "2029-12-15" ||
		!strings.Contains(next.StatusHistory[0].Note, "plan-ID "+prev.ID+", versie 1.0") {
		t.Errorf("the link back: %+v", next.StatusHistory)
	}
	// The link back as data, read from the written file.
	if want := (model.Previous{ID: prev.ID, Title: prev.Title, Version: "1.0"}); next.Previous != want {
		t.Errorf("Previous = %+v, want %+v", next.Previous, want)
	}
	if !strings.Contains(next.Narrative.Situation, "V1 Adaptief rekenen: 2 van 5 in 2027 (Nog niet.).") {
		t.Errorf("beginsituatie %q", next.Narrative.Situation)
	}

	// Never over an existing file; --years sets the length.
	if code, _, stderr := call(t, "next", "--in", in, "--out", out, "--start", "2030"); code != exitInput || !strings.Contains(stderr, "bestaat al") {
		t.Errorf("over an existing file: exit %d, %q", code, stderr)
	}
	three := filepath.Join(t.TempDir(), "three.balans")
	if code, _, stderr := call(t, "next", "--in", in, "--out", three, "--start", "2030", "--years", "3"); code != exitOK {
		t.Fatalf("--years 3: exit %d: %s", code, stderr)
	}
	if p, err := openPlan(three); err != nil || p.EndYear != 2032 {
		t.Errorf("--years 3: %v, end %d", err, p.EndYear)
	}
}

func TestNextRefusesBadArguments(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1891987200")
	in, _ := lifeFile(t)
	dir := t.TempDir()
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"--in", in, "--out", filepath.Join(dir, "a.balans")}, exitUsage, "--start ontbreekt"},
		{[]string{"--in", in, "--out", filepath.Join(dir, "b.balans"), "--start", "2026"}, exitInput, "--start 2026 ligt niet na het begin van het plan (2026-2029)"},
		{[]string{"--in", in, "--out", filepath.Join(dir, "c.balans"), "--start", "2030", "--years", "11"}, exitUsage, "--years 11: kies 1 tot en met 10 jaar"},
		{[]string{"--in", in, "--out", filepath.Join(dir, "d.balans"), "--start", "2030", "--years", "-1", "--lang", "en"}, exitUsage, "--years -1: choose 1 to 10 years"},
		{[]string{"--in", in, "--out", in, "--start", "2030"}, exitInput, "het nieuwe plan mag niet het planbestand zelf zijn"},
		{[]string{"--in", filepath.Join(dir, "none.balans"), "--out", filepath.Join(dir, "e.balans"), "--start", "2030"}, exitInput, ""},
	} {
		code, _, stderr := call(t, append([]string{"next"}, c.args...)...)
		if code != c.code || !strings.Contains(stderr, c.want) {
			t.Errorf("next %v: exit %d, %q; want exit %d and %q", c.args, code, stderr, c.code, c.want)
		}
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 0 {
		t.Errorf("a refused next left %d files behind", len(entries))
	}
}

func TestExportWritesTheProgressReport(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1830211200") // 31 December 2027
	in, _ := lifeFile(t)
	dir := t.TempDir()
	nl, en, again := filepath.Join(dir, "voortgang.pdf"), filepath.Join(dir, "progress.pdf"), filepath.Join(dir, "again.pdf")
	if code, _, stderr := call(t, "export", "--in", in, "--out", nl, "--report", "voortgang", "--year", "2027"); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if code, _, stderr := call(t, "export", "--in", in, "--out", en, "--report", "progress", "--year", "2027", "--lang", "en"); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if code, _, stderr := call(t, "export", "--in", in, "--out", again, "--report", "voortgang", "--year", "2027"); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	a, _ := os.ReadFile(nl)
	b, _ := os.ReadFile(again)
	if len(a) == 0 || !bytes.Equal(a, b) {
		t.Error("two progress reports of the same plan on the same day differ")
	}
	if tool, err := exec.LookPath("pdftotext"); err == nil {
		// 2027: N1 planned 25,000, spent 10,000: variance -15,000.
		for path, want := range map[string][]string{
			nl: {"Voortgang in 2027", "31 december 2027 (datum van export)", "Uitgegeven in 2027", "€ 10.000", "−€ 15.000"},
			en: {"Progress in 2027", "31 December 2027 (date of export)", "Spent in 2027", "€10,000", "−€15,000"},
		} {
			txt, err := exec.Command(tool, "-layout", path, "-").Output()
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range want {
				if !strings.Contains(string(txt), w) {
					t.Errorf("%s does not say %q", filepath.Base(path), w)
				}
			}
		}
	}
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"--report", "voortgang"}, exitUsage, "--report voortgang vraagt --year"},
		{[]string{"--report", "voortgang", "--year", "2031"}, exitInput, "--year 2031 ligt buiten de planperiode 2026-2029"},
		{[]string{"--report", "plan", "--year", "2027"}, exitUsage, "--year hoort bij --report voortgang"},
		{[]string{"--report", "voortgang", "--year", "2027", "--format", "json"}, exitUsage, "de voortgangsrapportage is een PDF"},
		{[]string{"--report", "jaarverslag"}, exitUsage, "kies plan, workshop of voortgang"},
		{[]string{"--report", "voortgang", "--year", "2027", "--out", "r.xlsx"}, exitUsage, "laat --out op .pdf eindigen"},
	} {
		out := filepath.Join(t.TempDir(), "r.pdf")
		args := append([]string{"export", "--in", in, "--out", out}, c.args...)
		if len(c.args) > 4 && c.args[4] == "--out" {
			out = filepath.Join(t.TempDir(), c.args[5])
			args = append([]string{"export", "--in", in, "--out", out}, c.args[:4]...)
		}
		code, _, stderr := call(t, args...)
		if code != c.code || !strings.Contains(stderr, c.want) {
			t.Errorf("export %v: exit %d, %q; want exit %d and %q", c.args, code, stderr, c.code, c.want)
		}
		if _, err := os.Stat(out); err == nil {
			t.Errorf("export %v wrote a file", c.args)
		}
	}
}
