//go:build unix

package workspace

import (
	"path/filepath"
	"syscall"
	"testing"

	"balansplan/model/store"
)

// A pipe named like a plan would block a reader that opens it; it is not a
// plan, and the rest is read.
func TestAPipeIsNotAPlan(t *testing.T) {
	dir := t.TempDir()
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.balans"), 0o644); err != nil {
		t.Skip(err)
	}
	planFile(t, dir, "a.balans", "A")
	res, err := ReadDir(dir, 0, schoolName)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Plans) != 1 || len(res.Problems) != 1 || res.Problems[0].Reason != store.ReasonNotSQLite || res.Problems[0].Kind != NotAPlan {
		t.Errorf("%+v", res)
	}
}
