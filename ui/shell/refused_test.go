package shell

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"balansplan/model"
	"balansplan/model/store"
	"balansplan/ui/internal/uitest"
)

// A file the GUI refuses to open stays byte for byte as it was, with no
// side files (-wal, -shm, -journal) beside it, as in the command line;
// the status line says why, and the open plan stays open.
func TestARefusedFileStaysAsItWas(t *testing.T) {
	plan := func(t *testing.T, dir string) []byte {
		p, err := demoPlan()
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, "src.balans")
		d, err := store.Create(path, p)
		if err != nil {
			t.Fatal(err)
		}
		d.Close()
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		os.Remove(path)
		return b
	}
	for _, c := range []struct {
		name  string
		bytes func(t *testing.T, dir string) []byte
	}{
		{"text", func(*testing.T, string) []byte { return []byte("melk, brood\n") }},
		{"empty", func(*testing.T, string) []byte { return nil }},
		{"truncated", func(t *testing.T, dir string) []byte { return plan(t, dir)[:3000] }},
		{"damaged", func(t *testing.T, dir string) []byte {
			b := plan(t, dir)
			for i := 4096; i < len(b) && i < 4096*4; i++ {
				b[i] ^= 0x5a
			}
			return b
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := withDemo(t, model.NL)
			open := s.doc.Path()
			dir := t.TempDir()
			path := filepath.Join(dir, "plan.balans")
			if err := os.WriteFile(path, c.bytes(t, t.TempDir()), 0o644); err != nil {
				t.Fatal(err)
			}
			before := sha(t, path)
			s.files.(*uitest.Answers).Open = []string{path}
			s.Open()
			if s.doc == nil || s.doc.Path() != open {
				t.Fatalf("the refused file replaced the open plan")
			}
			if got := sha(t, path); got != before {
				t.Errorf("the refused file changed")
			}
			if n := names(t, dir); !slices.Equal(n, []string{"plan.balans"}) {
				t.Errorf("files beside it: %v", n)
			}
			if st := s.status.Text; !strings.Contains(st, "plan.balans") {
				t.Errorf("the status line %q does not name the file", st)
			}
		})
	}
}
