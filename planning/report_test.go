package planning

import (
	"os/exec"
	"strings"
	"testing"

	"balansplan/model"
)

func TestReportOfTheWorkedExample(t *testing.T) {
	a := Analyse(loadRegenboog(t), mustReference(t))
	nl := Report(a, model.NL)
	for _, want := range []string{
		"Analyse: Ict-beleidsplan 2026-2029",
		"infrastructuur", "3,25", "4,25",
		"materiële factoren", "3,025",
		"Route: onderwijsgedreven",
		"2026", "€ 58.000", "€ 30.250", "€ 45.000", "boven plafond",
		"€ 90.100", "20,5%", "€ 375,42",
		"[hoog] over_budget (2026)", "assessment_divergence (leiderschap)", "returns_without_evaluation (V1, V2, V3)",
		"Leerlingen per computer", "A §3.4, fig 35",
		"scheefstand (materieel - menselijk)", "Vergelijking met landelijke cijfers", "Lokalen met digibord (%)",
		"De school heeft wifi; landelijk had 61% van de scholen in het primair onderwijs wifi (A §3.4, fig 37).",
		"ongeveer gelijk", "wat leraren wensten", "(afgeleid)",
	} {
		if !strings.Contains(nl, want) {
			t.Errorf("Dutch report lacks %q", want)
		}
	}
	en := Report(a, model.EN)
	for _, want := range []string{"Analysis:", "Route: education-driven", "€58,000", "€375.42", "20.5%", "[high] over_budget (2026)", "over the ceiling"} {
		if !strings.Contains(en, want) {
			t.Errorf("English report lacks %q", want)
		}
	}
	for _, line := range strings.Split(nl+en, "\n") {
		if strings.TrimRight(line, " \t") != line {
			t.Errorf("trailing space in %q", line)
		}
	}
}

func TestFormatting(t *testing.T) {
	for _, c := range []struct {
		x    float64
		d    int
		want float64
	}{
		{3.025, 3, 3.025}, {3.025, 2, 3.03}, {0.625, 2, 0.63}, {18500.0 / 90100, 3, 0.205},
		{7.0 / 3, 3, 2.333}, {2.0 / 3, 3, 0.667}, {-0.0004, 3, 0}, {-0.0005, 3, -0.001}, {9.9996, 3, 10},
		{0.8, 3, 0.8}, {4.0 / 5, 3, 0.8},
	} {
		if got := Round(c.x, c.d); got != c.want {
			t.Errorf("Round(%v, %d) = %v, want %v", c.x, c.d, got, c.want)
		}
	}
	for _, c := range []struct {
		m      model.Money
		nl, en string
	}{
		{euros(58000), "€ 58.000", "€58,000"},
		{euros(375.42), "€ 375,42", "€375.42"},
		{euros(0.5), "€ 0,50", "€0.50"},
		{euros(1234567.05), "€ 1.234.567,05", "€1,234,567.05"},
		{euros(-13000), "-€ 13.000", "-€13,000"},
		{0, "€ 0", "€0"},
	} {
		if got := FormatMoney(c.m, model.NL); got != c.nl {
			t.Errorf("FormatMoney(%d, nl) = %q, want %q", c.m, got, c.nl)
		}
		if got := FormatMoney(c.m, model.EN); got != c.en {
			t.Errorf("FormatMoney(%d, en) = %q, want %q", c.m, got, c.en)
		}
	}
	if got := FormatNumber(2.0, 2, model.NL); got != "2" {
		t.Errorf("FormatNumber(2) = %q", got)
	}
	if got := FormatNumber(7.0/3, 2, model.NL); got != "2,33" {
		t.Errorf("FormatNumber(7/3) = %q", got)
	}
	if got := FormatPercent(18500.0/90100, model.EN); got != "20.5%" {
		t.Errorf("FormatPercent = %q", got)
	}
}

// planning stays pure Go: nothing of fyne, gorm, gofpdf or database/sql,
// not even indirectly. It may use balansplan/assets (BuiltinReference) as
// long as that stays a leaf of embedded data, importing nothing of the
// program.
func TestPlanningImportsNoGUIPDFOrDatabase(t *testing.T) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go tool not found")
	}
	out, err := exec.Command(goTool, "list", "-deps", "balansplan/planning/...").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	// database/sql/driver (interfaces only) does come in, through
	// model's github.com/google/uuid; database/sql itself must not.
	for _, dep := range strings.Fields(string(out)) {
		if dep == "database/sql" {
			t.Errorf("planning depends on %s", dep)
		}
		for _, banned := range []string{"fyne.io/", "gorm.io/", "github.com/jung-kurt/gofpdf", "github.com/mattn/go-sqlite3", "balansplan/model/store"} {
			if strings.HasPrefix(dep, banned) {
				t.Errorf("planning depends on %s", dep)
			}
		}
	}
	out, err = exec.Command(goTool, "list", "-deps", "balansplan/assets").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, dep := range strings.Fields(string(out)) {
		if strings.HasPrefix(dep, "balansplan/") && dep != "balansplan/assets" {
			t.Errorf("balansplan/assets, which planning uses, depends on %s", dep)
		}
	}
}
