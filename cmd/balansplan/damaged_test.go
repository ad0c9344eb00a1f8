package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"balansplan/model/testplan"
)

// A damaged plan file: the example plan with one stored value made
// invalid behind the program's back, with the sqlite3 command-line tool,
// as another program or a careless hand could. Each defect is one UPDATE.
var damages = []struct {
	name  string
	sql   string
	field string // what every command must name, in English
}{
	{"unknown bouwsteen",
		`UPDATE investments SET block = 'quantum' WHERE code = 'D1';`,
		"investment D1, field block"},
	{"title not UTF-8",
		`UPDATE plan SET title = CAST(X'4F6E67656C646967FF' AS TEXT);`,
		"plan, field plan.title"},
	{"duplicate code",
		`UPDATE investments SET code = 'D1' WHERE code = 'D2';`,
		"investment D1, field code"},
	{"link to a missing vision",
		`UPDATE investment_visions SET vision_id = '00000000-0000-4000-8000-000000000000'
		 WHERE investment_id = (SELECT id FROM investments WHERE code = 'D1');`,
		"investment D1, field visions"},
	{"extreme amount",
		`UPDATE investments SET one_off_cents = 9223372036854775807 WHERE code = 'D1';`,
		"investment D1, field cost.one_off"},
}

// damagedPlan writes the example plan to dir/plan.balans and spoils it
// with sql. The UPDATE must change exactly one row, or the test itself is
// wrong.
func damagedPlan(t *testing.T, dir, sql string) string {
	t.Helper()
	plan := importExample(t, dir)
	out, err := exec.Command("sqlite3", plan, sql+" SELECT changes();").CombinedOutput()
	if err != nil || strings.TrimSpace(string(out)) != "1" {
		t.Fatalf("sqlite3: %v: %s", err, out)
	}
	return plan
}

// Every command that reads a plan refuses a damaged one: exit 1, the
// field named on stderr, no output file, the input byte for byte as it was.
func TestEveryCommandRefusesADamagedPlanAndNamesTheField(t *testing.T) {
	t.Parallel()
	if _, err := exec.LookPath("sqlite3"); err != nil {
		t.Skip("the sqlite3 command-line tool is not installed (apt-get install sqlite3); it makes the damaged files")
	}
	for _, d := range damages {
		t.Run(d.name, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			plan := damagedPlan(t, dir, d.sql)
			good := filepath.Join(dir, "good.balans")
			if code, _, stderr := call(t, "import", "--in", testplan.RegenboogFile(t), "--out", good); code != 0 {
				t.Fatal(stderr)
			}
			csvPath := writeFile(t, dir, "answers.csv", answersCSV)
			before := sum(t, plan)
			inputs, _ := os.ReadDir(dir)
			out := func(name string) string { return filepath.Join(dir, name) }
			for _, args := range [][]string{
				{"check", "--in", plan},
				{"export", "--in", plan, "--out", out("plan.pdf")},
				{"export", "--in", plan, "--out", out("plan.json"), "--format", "json"},
				{"export", "--in", plan, "--out", out("workshop.pdf"), "--report", "workshop"},
				{"analyse", "--in", plan},
				{"analyse", "--in", plan, "--json"},
				{"copies", "--in", plan, out("anna.balans")},
				{"merge", "--out", out("merged.balans"), "--prefer", good, good, plan},
				{"answers", "--in", plan, "--csv", csvPath},
			} {
				code, stdout, stderr := call(t, append(args, "--lang", "en")...)
				if code != 1 || !strings.Contains(stderr, d.field) {
					t.Errorf("%s: exit %d, want 1 and %q on stderr:\n%s", strings.Join(args[:1], " "), code, d.field, stderr)
				}
				if args[0] == "analyse" && stdout != "" {
					t.Errorf("%v: wrote an analysis: %.200s", args, stdout)
				}
				if sum(t, plan) != before {
					t.Fatalf("%v changed the damaged file", args)
				}
				if now, _ := os.ReadDir(dir); !slices.EqualFunc(now, inputs, func(a, b os.DirEntry) bool { return a.Name() == b.Name() }) {
					t.Fatalf("%v left files behind: %v", args, now)
				}
			}
			// And in Dutch.
			if code, _, stderr := call(t, "export", "--in", plan, "--out", out("plan.pdf"), "--lang", "nl"); code != 1 ||
				!strings.Contains(stderr, strings.NewReplacer("investment", "investering", "field", "veld").Replace(d.field)) {
				t.Errorf("export in Dutch: exit %d:\n%s", code, stderr)
			}
		})
	}
}
