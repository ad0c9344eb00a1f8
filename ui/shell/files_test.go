package shell

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"

	"balansplan/model"
	"balansplan/model/testplan"
	"balansplan/ui/internal/uitest"
)

// Choosing an existing file in the save dialog must not remove it: the
// export that follows may fail (a full disk, a plan the PDF cannot hold),
// and then the old PDF must still be there. Before the fix the dialog
// deleted it the moment the user confirmed.
func TestTheSaveDialogLeavesAnExistingFileUntilItIsReplaced(t *testing.T) {
	s := withDemo(t, model.NL)
	old := filepath.Join(t.TempDir(), "plan.pdf")
	if err := os.WriteFile(old, []byte("%PDF-1.4 the old plan"), 0o644); err != nil {
		t.Fatal(err)
	}
	keepFilesUntilWritten()
	w, err := storage.Writer(storage.NewFileURI(old))
	if err != nil {
		t.Fatal(err)
	}
	var chosen string
	(&dialogFiles{s: s}).saved(w, nil, func(path string) { chosen = path })
	// The replace question, in Dutch (issue 11, defect 7).
	_, buttons := uitest.TopDialog(t, s.win)
	if b := buttons["Vervangen"]; b != nil {
		test.Tap(b)
	}
	if chosen != old {
		t.Fatalf("done got %q, want %q", chosen, old)
	}
	// The export fails here; whatever it was, the old file must be intact.
	if b, err := os.ReadFile(old); err != nil || string(b) != "%PDF-1.4 the old plan" {
		t.Fatalf("the old PDF is %q, %v; want it unchanged", b, err)
	}
}

// A new plan written over a file the user chose to replace (import, new
// plan) replaces it only once it is written: when the plan cannot be
// written, the old file is back, byte for byte, and nothing else is left.
func TestANewPlanReplacesAFileOnlyWhenItIsWritten(t *testing.T) {
	s := withDemo(t, model.NL)
	dir := t.TempDir()
	path := filepath.Join(dir, "oud.balans")
	old := []byte("not a plan, but the user's file")
	if err := os.WriteFile(path, old, 0o644); err != nil {
		t.Fatal(err)
	}
	bad := testplan.Regenboog(t)
	bad.School.Name = "" // Validate refuses it, so the store writes nothing
	s.createAndOpen(path, bad)
	if b, _ := os.ReadFile(path); !bytes.Equal(b, old) {
		t.Fatalf("after a failed create the file holds %q", b)
	}
	if n := names(t, dir); len(n) != 1 {
		t.Fatalf("files left behind: %v", n)
	}
	if s.doc.Path() == path {
		t.Fatal("the failed plan was opened")
	}

	good := testplan.Regenboog(t)
	s.createAndOpen(path, good)
	if s.doc.Path() != path {
		t.Fatalf("document at %s, want %s", s.doc.Path(), path)
	}
	if got := uitest.OnDisk(t, path).School.Name; got != good.School.Name {
		t.Errorf("the replaced file holds school %q, want %q", got, good.School.Name)
	}
	for _, n := range names(t, dir) {
		if strings.Contains(n, ".old-") {
			t.Errorf("the replaced file was left as %s", n)
		}
	}
}

// The JSON export is export.WriteJSON's: a file others may read (0644),
// like the PDF, not the 0600 of a temporary file; and a refusal speaks
// the user's language.
func TestTheJSONExportIsTheExporters(t *testing.T) {
	s := withDemo(t, model.EN)
	out := filepath.Join(t.TempDir(), "plan.json")
	s.files.(*uitest.Answers).Save = []string{out}
	s.ExportJSON()
	fi, err := os.Stat(out)
	if err != nil {
		t.Fatal(err)
	}
	if perm := fi.Mode().Perm(); perm != 0o644 {
		t.Errorf("the JSON file has mode %o, want 644", perm)
	}
	data, _ := os.ReadFile(out)
	if _, ps := model.DecodeJSONBytes(data); len(ps) > 0 {
		t.Errorf("the export does not import: %v", ps)
	}
}
