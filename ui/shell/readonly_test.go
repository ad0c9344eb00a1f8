package shell

import (
	"crypto/sha256"
	"encoding/hex"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"balansplan/model"
	"balansplan/model/store"
	"balansplan/ui/internal/uitest"
)

// readOnlyPlan writes the demo plan to dir/name and makes the file
// read-only. Tests run as root, who may write anyway; the store judges by
// the permission bits, as for a user, so 0444 is enough.
func readOnlyPlan(t *testing.T, dir, name string) string {
	t.Helper()
	p, err := demoPlan()
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, name)
	d, err := store.Create(path, p)
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, 0o444); err != nil {
		t.Fatal(err)
	}
	return path
}

func sha(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

func names(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var ns []string
	for _, e := range es {
		ns = append(ns, e.Name())
	}
	return ns
}

func TestAReadOnlyPlanOpensAsACopy(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	s, files := newShell(t, model.NL)
	dir := t.TempDir()
	orig := readOnlyPlan(t, dir, "schoolplan.balans")
	sum := sha(t, orig)
	want := uitest.OnDisk(t, orig)

	files.Open = []string{orig}
	s.Open()
	if s.doc != nil {
		t.Fatal("the read-only plan opened for editing")
	}
	text, buttons := uitest.TopDialog(t, s.win)
	if !strings.Contains(text, "alleen-lezen") || !strings.Contains(text, "schoolplan.balans") ||
		!strings.Contains(text, "Wil je een kopie openen waarin je wel kunt werken?") {
		t.Errorf("the dialog says %q", text)
	}
	yes, no := buttons["Kopie opslaan en openen"], buttons["Annuleren"]
	if yes == nil || no == nil {
		t.Fatalf("the dialog has buttons %v", slices.Sorted(maps.Keys(buttons)))
	}

	cp := filepath.Join(t.TempDir(), "werkversie")
	files.Save = []string{cp}
	test.Tap(yes)
	if got := files.Suggested; len(got) != 1 || got[0] != filepath.Join(home, "schoolplan (kopie).balans") {
		t.Errorf("suggested %q, want the home folder", got)
	}
	if s.doc == nil || s.doc.Path() != cp+".balans" {
		t.Fatalf("the open document is %v, want the copy %s.balans", s.doc, cp)
	}
	if s.win.Canvas().Overlays().Top() != nil {
		t.Error("a dialog is still shown")
	}
	if got := s.status.Text; !strings.Contains(got, "kopie van het alleen-lezen bestand") || !strings.Contains(got, orig) {
		t.Errorf("status says %q", got)
	}
	if !strings.Contains(s.win.Title(), "werkversie.balans") {
		t.Errorf("title %q", s.win.Title())
	}
	if s.doc.Plan().School.Name != want.School.Name || len(s.doc.Plan().Investments) != len(want.Investments) {
		t.Error("the copy does not hold the plan")
	}

	// Edits go to the copy; the original stays byte for byte as it was.
	if !s.Edit("test", func(p *model.Plan) { p.Version = "9.9" }) {
		t.Fatal("the copy cannot be edited")
	}
	if uitest.OnDisk(t, s.doc.Path()).Version != "9.9" {
		t.Error("the edit did not reach the copy")
	}
	s.Close()
	if sha(t, orig) != sum {
		t.Error("the read-only original changed")
	}
	if got := names(t, dir); !slices.Equal(got, []string{"schoolplan.balans"}) {
		t.Errorf("the original's folder holds %v", got)
	}
	if s.prefs.last() != cp+".balans" {
		t.Errorf("last file %q, want the copy", s.prefs.last())
	}
}

func TestCancellingTheReadOnlyQuestionChangesNothing(t *testing.T) {
	s := withDemo(t, model.EN)
	open, status, title := s.doc.Path(), s.status.Text, s.win.Title()
	files := s.files.(*uitest.Answers)
	dir := t.TempDir()
	orig := readOnlyPlan(t, dir, "plan.balans")
	sum := sha(t, orig)

	files.Open = []string{orig}
	s.Open()
	text, buttons := uitest.TopDialog(t, s.win)
	if !strings.Contains(text, "read-only") || !strings.Contains(text, "open a copy you can work in") {
		t.Errorf("the dialog says %q", text)
	}
	if buttons["Save copy and open"] == nil || buttons["Cancel"] == nil {
		t.Fatalf("the dialog has buttons %v", slices.Sorted(maps.Keys(buttons)))
	}
	test.Tap(buttons["Cancel"])
	if s.doc == nil || s.doc.Path() != open {
		t.Fatal("the open plan changed")
	}
	if s.status.Text != status || s.win.Title() != title {
		t.Errorf("status %q, title %q", s.status.Text, s.win.Title())
	}
	if len(files.Suggested) != 0 {
		t.Error("a save dialog was shown")
	}
	if s.win.Canvas().Overlays().Top() != nil {
		t.Error("a dialog is still shown")
	}
	if sha(t, orig) != sum || !slices.Equal(names(t, dir), []string{"plan.balans"}) {
		t.Error("the read-only original or its folder changed")
	}
	if !s.Edit("test", func(p *model.Plan) { p.Version = "9.9" }) || uitest.OnDisk(t, open).Version != "9.9" {
		t.Error("the open plan no longer takes edits")
	}

	// Yes, then cancelling the save dialog, changes nothing either.
	files.Open = []string{orig}
	s.Open()
	_, buttons = uitest.TopDialog(t, s.win)
	test.Tap(buttons["Save copy and open"])
	if s.doc == nil || s.doc.Path() != open {
		t.Fatal("the open plan changed")
	}
	if sha(t, orig) != sum || !slices.Equal(names(t, dir), []string{"plan.balans"}) {
		t.Error("the read-only original or its folder changed")
	}
}

// A plan in a read-only folder is offered as a copy too, and the copy
// cannot be saved over the original.
func TestAPlanInAReadOnlyFolderOpensAsACopy(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	os.Mkdir(filepath.Join(home, "Documents"), 0o755)
	os.WriteFile(filepath.Join(home, "Documents", "plan (kopie).balans"), nil, 0o644)
	s, files := newShell(t, model.NL)
	dir := filepath.Join(t.TempDir(), "gedeeld")
	os.Mkdir(dir, 0o755)
	orig := readOnlyPlan(t, dir, "plan.balans")
	os.Chmod(orig, 0o644)
	if err := os.Chmod(dir, 0o555); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(dir, 0o755)
	sum := sha(t, orig)

	// Chosen: the original itself. Refused, and it stays.
	files.Open = []string{orig}
	files.Save = []string{orig}
	s.Open()
	_, buttons := uitest.TopDialog(t, s.win)
	test.Tap(buttons["Kopie opslaan en openen"])
	if want := filepath.Join(home, "Documents", "plan (kopie 2).balans"); len(files.Suggested) != 1 || files.Suggested[0] != want {
		t.Errorf("suggested %q, want %q", files.Suggested, want)
	}
	if s.doc != nil {
		t.Fatal("a plan opened")
	}
	if sha(t, orig) != sum {
		t.Fatal("the original changed")
	}

	files.Open = []string{orig}
	cp := filepath.Join(t.TempDir(), "plan.balans")
	files.Save = []string{cp}
	s.Open()
	_, buttons = uitest.TopDialog(t, s.win)
	test.Tap(buttons["Kopie opslaan en openen"])
	if s.doc == nil || s.doc.Path() != cp {
		t.Fatalf("the copy did not open")
	}
	if !s.Edit("test", func(p *model.Plan) { p.Version = "9.9" }) {
		t.Fatal("the copy cannot be edited")
	}
	s.Close()
	if sha(t, orig) != sum || !slices.Equal(names(t, dir), []string{"plan.balans"}) {
		t.Error("the read-only original or its folder changed")
	}
}

// The copy is never written over the open plan or another read-only file.
func TestTheCopyReplacesNeitherTheOpenPlanNorAReadOnlyFile(t *testing.T) {
	s := withDemo(t, model.NL)
	open := s.doc.Path()
	files := s.files.(*uitest.Answers)
	orig := readOnlyPlan(t, t.TempDir(), "plan.balans")
	other := readOnlyPlan(t, t.TempDir(), "ander.balans")
	sums := map[string]string{open: sha(t, open), orig: sha(t, orig), other: sha(t, other)}
	for _, dest := range []string{open, other} {
		files.Open = []string{orig}
		files.Save = []string{dest}
		s.Open()
		_, buttons := uitest.TopDialog(t, s.win)
		test.Tap(buttons["Kopie opslaan en openen"])
		if s.doc == nil || s.doc.Path() != open {
			t.Fatalf("saving the copy as %s changed the open plan", dest)
		}
		if !strings.Contains(s.status.Text, filepath.Base(dest)) {
			t.Errorf("saving the copy as %s: status %q", dest, s.status.Text)
		}
		for p, sum := range sums {
			if sha(t, p) != sum {
				t.Errorf("saving the copy as %s changed %s", dest, p)
			}
		}
	}
}
