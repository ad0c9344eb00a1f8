package shell

import (
	"os/exec"
	"strings"
	"testing"

	"balansplan/model"
	"balansplan/ui/internal/uitest"
	"balansplan/ui/screens"
)

// The GUI's column of the tester's matrix of damaged plan files (issue 10;
// cmd/balansplan/damaged_test.go holds the command line's): the demo plan
// with one stored value made invalid with the sqlite3 program, as another
// program could. Each file opens, says at once that values do not add up
// (never "every change is saved"), and an unrelated edit is still written
// to the file.
func TestTheGUIOpensEachDamagedPlanListsItAndSavesOtherEdits(t *testing.T) {
	sqlite, err := exec.LookPath("sqlite3")
	if err != nil {
		t.Skip("the sqlite3 program is not installed (apt-get install sqlite3); it makes the damaged files")
	}
	damages := []struct{ name, sql string }{
		{"unknown bouwsteen", `UPDATE investments SET block = 'quantum' WHERE code = 'D1';`},
		{"title not UTF-8", `UPDATE plan SET title = CAST(X'4F6E67656C646967FF' AS TEXT);`},
		{"duplicate code", `UPDATE investments SET code = 'D1' WHERE code = 'D2';`},
		{"link to a missing vision", `UPDATE investment_visions SET vision_id = '00000000-0000-4000-8000-000000000000'
			WHERE investment_id = (SELECT id FROM investments WHERE code = 'D1')
			  AND vision_id = (SELECT min(vision_id) FROM investment_visions
			                   WHERE investment_id = (SELECT id FROM investments WHERE code = 'D1'));`},
		{"extreme amount", `UPDATE investments SET one_off_cents = 9223372036854775807 WHERE code = 'D1';`},
	}
	for _, d := range damages {
		t.Run(d.name, func(t *testing.T) {
			s := withDemo(t, model.NL)
			path := s.doc.Path()
			s.Close()
			out, err := exec.Command(sqlite, path, d.sql+" SELECT changes();").CombinedOutput()
			if err != nil || strings.TrimSpace(string(out)) != "1" {
				t.Fatalf("sqlite3 changed %q rows: %v", out, err)
			}

			s, files := newShell(t, model.NL)
			files.Open = []string{path}
			s.Open()
			if s.doc == nil {
				t.Fatal("the plan did not open")
			}
			text, _ := uitest.TopDialog(t, s.win)
			if !strings.Contains(text, "kloppen niet") {
				t.Errorf("the dialog at open says %q", text)
			}
			if st := s.status.Text; strings.Contains(st, "meteen opgeslagen") {
				t.Errorf("the status line claims everything is saved: %q", st)
			}
			s.win.Canvas().Overlays().Top().Hide()

			// An edit that has nothing to do with the damage reaches the file.
			s.Show(screens.School)
			e := entryShowing(t, s, s.doc.Plan().School.Name)
			uitest.Enter(e, "Het Dijkcollege Noord")
			if got := uitest.OnDisk(t, path).School.Name; got != "Het Dijkcollege Noord" {
				t.Errorf("the unrelated edit left %q in the file", got)
			}
		})
	}
}
