package shell

import (
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/storage"

	"balansplan/model"
	"balansplan/ui/internal/uitest"
)

// The real file dialogs (Ctrl+O, Ctrl+S, Ctrl+E, import) must open without
// a panic: fyne's FileDialog cannot be resized before it is shown.
func TestDialogFilesOpenWithoutPanic(t *testing.T) {
	s := withDemo(t, model.NL)
	f := &dialogFiles{s: s}
	f.OpenFile("open", []string{".balans"}, func(string) {})
	f.SaveFile("save", "plan.pdf", []string{".pdf"}, func(string) {})
	// A suggested path proposes its folder (a copy of a read-only plan).
	f.SaveFile("save", filepath.Join(t.TempDir(), "plan (kopie).balans"), []string{".balans"}, func(string) {})
}

// Confirming "Overwrite?" in the save dialog on the open plan's own file
// (Ctrl+S, Ctrl+E, import, ... with its name) must not empty that file:
// fyne opens the chosen file for writing before Balansplan sees the name.
func TestSaveDialogKeepsTheOpenPlan(t *testing.T) {
	s := withDemo(t, model.NL)
	path := s.doc.Path()
	before, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	keepFilesUntilWritten()
	// What the dialog does when the user confirms an existing file.
	w, err := storage.Writer(storage.NewFileURI(path))
	if err != nil {
		t.Fatal(err)
	}
	w.Close()
	after, err := os.Stat(path)
	if err != nil {
		t.Fatalf("the open plan is gone: %v", err)
	}
	if after.Size() != before.Size() {
		t.Fatalf("the open plan went from %d to %d bytes", before.Size(), after.Size())
	}
	if !(&dialogFiles{s: s}).isOpenPlan(after) {
		t.Fatal("isOpenPlan does not recognise the open plan")
	}
	uitest.OnDisk(t, path)

	// A file that is written to is still created or replaced.
	other := filepath.Join(t.TempDir(), "x.txt")
	if err := os.WriteFile(other, []byte("old content"), 0o644); err != nil {
		t.Fatal(err)
	}
	w, err = storage.Writer(storage.NewFileURI(other))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Write([]byte("new")); err != nil {
		t.Fatal(err)
	}
	w.Close()
	if b, _ := os.ReadFile(other); string(b) != "new" {
		t.Fatalf("written file holds %q, want %q", b, "new")
	}
}
