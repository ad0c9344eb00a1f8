package main

import (
	"balansplan/model/testplan"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// FuzzImportCommand runs `balansplan import` on arbitrary bytes. Whatever
// the input, the command must not panic, must answer 0 or 1, and must leave
// either a complete plan file that `check` accepts (exit 0) or no file at
// all (exit 1): an import is all or nothing.
func FuzzImportCommand(f *testing.F) {
	f.Add(testplan.RegenboogJSON())
	f.Add([]byte(`{"format":"balansplan/1","school":{"name":"S"},"plan":{"title":"T","start_year":2026,"end_year":2027}}`))
	f.Add([]byte(`{"format":"balansplan/1"`))
	f.Add([]byte("SQLite format 3\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		dir := t.TempDir()
		in := filepath.Join(dir, "in.json")
		out := filepath.Join(dir, "out.balans")
		if err := os.WriteFile(in, data, 0o644); err != nil {
			t.Fatal(err)
		}
		code := run([]string{"import", "--in", in, "--out", out}, io.Discard, io.Discard)
		entries, _ := os.ReadDir(dir)
		switch code {
		case 0:
			if len(entries) != 2 {
				t.Fatalf("import succeeded but the folder holds %d entries", len(entries))
			}
			if c := run([]string{"check", "--in", out}, io.Discard, io.Discard); c != 0 {
				t.Fatalf("import wrote a file that check rejects (exit %d)", c)
			}
		case 1:
			if len(entries) != 1 {
				t.Fatalf("a failed import left files behind: %v", entries)
			}
		default:
			t.Fatalf("exit %d", code)
		}
	})
}
