package shell

import (
	"testing"

	"balansplan/model"
	"balansplan/model/store"
)

// onDisk reads the plan back from its file, as another program would.
func onDisk(t *testing.T, path string) *model.Plan {
	t.Helper()
	f, err := store.OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	p, err := f.Load()
	if err != nil {
		t.Fatal(err)
	}
	return p
}
