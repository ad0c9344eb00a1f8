package document

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"balansplan/assets"
	"balansplan/model"
	"balansplan/model/store"
	"balansplan/planning"
)

func reference(t testing.TB) *planning.Reference {
	t.Helper()
	ref, err := planning.BuiltinReference()
	if err != nil {
		t.Fatal(err)
	}
	return ref
}

func demo(t testing.TB) *model.Plan {
	t.Helper()
	p, problems := model.DecodeJSON(bytes.NewReader(assets.DemoPlan))
	if len(problems) > 0 {
		t.Fatal(problems)
	}
	return p
}

// newDoc creates the demo plan in a fresh .balans file with a clock the
// test moves by hand.
func newDoc(t *testing.T) (*Document, *time.Time) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "demo.balans")
	d, err := Create(path, demo(t), reference(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close() })
	now := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	d.Now = func() time.Time { return now }
	return d, &now
}

// onDisk reads the plan back from the file, as another program would.
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

func TestAnEditIsInTheFileAtOnce(t *testing.T) {
	t.Parallel()
	d, _ := newDoc(t)
	var heard []Change
	d.OnChange(func(c Change) { heard = append(heard, c) })
	if err := d.Edit("titel", func(p *model.Plan) { p.Title = "Nieuw plan" }); err != nil {
		t.Fatal(err)
	}
	if got := onDisk(t, d.Path()).Title; got != "Nieuw plan" {
		t.Errorf("file has title %q, want the edited one", got)
	}
	if d.Plan().Title != "Nieuw plan" {
		t.Errorf("document has title %q", d.Plan().Title)
	}
	if len(heard) != 1 || heard[0].Kind != Edited || heard[0].Label != "titel" {
		t.Errorf("listeners heard %+v", heard)
	}
}

func TestAnInvalidEditChangesNothing(t *testing.T) {
	t.Parallel()
	d, _ := newDoc(t)
	before := d.Plan()
	err := d.Edit("titel", func(p *model.Plan) { p.Title = "" })
	var ps model.Problems
	if !errors.As(err, &ps) || !ps.Has("required", "plan.title") {
		t.Fatalf("got %v, want the problem plan.title required", err)
	}
	if d.Plan() != before {
		t.Error("the plan in memory changed")
	}
	if got := onDisk(t, d.Path()).Title; got != before.Title {
		t.Errorf("file has title %q", got)
	}
	if _, ok := d.CanUndo(); ok {
		t.Error("a rejected edit is in the history")
	}
}

func TestTheCommittedPlanIsNeverModified(t *testing.T) {
	t.Parallel()
	d, _ := newDoc(t)
	first := d.Plan()
	title := first.Title
	d.Edit("titel", func(p *model.Plan) { p.Title = "Ander plan" })
	if first.Title != title {
		t.Error("Edit changed the plan it was given instead of a copy")
	}
}

func TestUndoAndRedoAreWrittenToTheFile(t *testing.T) {
	t.Parallel()
	d, _ := newDoc(t)
	old := d.Plan().School.Pupils
	d.Edit("leerlingen", func(p *model.Plan) { p.School.Pupils = 999 })
	if err := d.Undo(); err != nil {
		t.Fatal(err)
	}
	if got := onDisk(t, d.Path()).School.Pupils; got != old {
		t.Errorf("after undo the file has %d pupils, want %d", got, old)
	}
	if label, ok := d.CanRedo(); !ok || label != "leerlingen" {
		t.Errorf("CanRedo = %q, %v", label, ok)
	}
	if err := d.Redo(); err != nil {
		t.Fatal(err)
	}
	if got := onDisk(t, d.Path()).School.Pupils; got != 999 {
		t.Errorf("after redo the file has %d pupils, want 999", got)
	}
	if err := d.Redo(); !errors.Is(err, ErrNothing) {
		t.Errorf("a second redo gave %v", err)
	}
}

func TestANewEditForgetsWhatWasUndone(t *testing.T) {
	t.Parallel()
	d, _ := newDoc(t)
	d.Edit("a", func(p *model.Plan) { p.Version = "a" })
	d.Undo()
	d.Edit("b", func(p *model.Plan) { p.Version = "b" })
	if _, ok := d.CanRedo(); ok {
		t.Error("redo is still possible after a new edit")
	}
}

func TestTypingInOneFieldIsOneUndoStep(t *testing.T) {
	t.Parallel()
	d, now := newDoc(t)
	old := d.Plan().Title
	for _, s := range []string{"N", "Ni", "Nie", "Nieu", "Nieuw"} {
		s := s
		*now = now.Add(300 * time.Millisecond)
		if err := d.EditMerge("plan/title", "titel", func(p *model.Plan) { p.Title = s }); err != nil {
			t.Fatal(err)
		}
	}
	d.Undo()
	if d.Plan().Title != old {
		t.Errorf("one undo left the title %q, want %q", d.Plan().Title, old)
	}
	if _, ok := d.CanUndo(); ok {
		t.Error("more than one step in the history")
	}
}

func TestEditsFarApartAreSeparateSteps(t *testing.T) {
	t.Parallel()
	d, now := newDoc(t)
	d.EditMerge("plan/title", "titel", func(p *model.Plan) { p.Title = "Een" })
	*now = now.Add(MergeWindow + time.Second)
	d.EditMerge("plan/title", "titel", func(p *model.Plan) { p.Title = "Twee" })
	d.Undo()
	if d.Plan().Title != "Een" {
		t.Errorf("undo gave %q, want the first edit kept", d.Plan().Title)
	}
}

func TestAnEditThatChangesNothingLeavesNoStep(t *testing.T) {
	t.Parallel()
	d, _ := newDoc(t)
	title := d.Plan().Title
	d.Edit("niets", func(p *model.Plan) { p.Title = title })
	if _, ok := d.CanUndo(); ok {
		t.Error("a no-op edit is in the history")
	}
}

func TestSaveAsGoesOnInTheCopy(t *testing.T) {
	t.Parallel()
	d, _ := newDoc(t)
	orig := d.Path()
	copyPath := filepath.Join(t.TempDir(), "kopie.balans")
	d.Edit("versie", func(p *model.Plan) { p.Version = "1.0" })
	var moved bool
	d.OnChange(func(c Change) { moved = moved || c.Kind == Moved })
	if err := d.SaveAs(copyPath); err != nil {
		t.Fatal(err)
	}
	if d.Path() != copyPath || !moved {
		t.Fatalf("document is at %s (moved %v), want %s", d.Path(), moved, copyPath)
	}
	d.Edit("versie", func(p *model.Plan) { p.Version = "2.0" })
	if got := onDisk(t, copyPath).Version; got != "2.0" {
		t.Errorf("copy has version %q, want 2.0", got)
	}
	if got := onDisk(t, orig).Version; got != "1.0" {
		t.Errorf("original has version %q, want it left at 1.0", got)
	}
	// The history came along: undo works in the copy.
	if err := d.Undo(); err != nil || onDisk(t, copyPath).Version != "1.0" {
		t.Errorf("undo in the copy: %v, version %q", err, onDisk(t, copyPath).Version)
	}
}

func TestOpeningAForeignFileSaysWhatItIs(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "notities.balans")
	if err := os.WriteFile(path, []byte("dit is geen plan\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Open(path, reference(t))
	var fe *store.FileError
	if !errors.As(err, &fe) {
		t.Fatalf("got %v, want a store.FileError", err)
	}
	if msg := fe.Message(model.EN); msg == "" || fe.Reason != store.ReasonNotSQLite {
		t.Errorf("reason %q, message %q", fe.Reason, msg)
	}
}

func TestTheAnalysisFollowsTheEdit(t *testing.T) {
	t.Parallel()
	d, _ := newDoc(t)
	has := func(code planning.Code) bool {
		for _, f := range d.Analysis().Findings {
			if f.Code == code {
				return true
			}
		}
		return false
	}
	if has(planning.NoVision) {
		t.Fatal("the demo plan already lacks a vision")
	}
	d.Edit("visies weg", func(p *model.Plan) {
		p.Visions = nil
		for i := range p.Investments {
			p.Investments[i].VisionIDs = nil
		}
	})
	if !has(planning.NoVision) {
		t.Error("no_vision missing after removing every vision")
	}
	d.Undo()
	if has(planning.NoVision) {
		t.Error("no_vision still there after undo")
	}
}

func TestOpenCopyOfAReadOnlyPlanLeavesTheOriginal(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	orig := filepath.Join(dir, "ro.balans")
	f, err := store.Create(orig, demo(t))
	if err != nil {
		t.Fatal(err)
	}
	f.Close()
	// Root may write anyway; the store judges by the permission bits.
	if err := os.Chmod(orig, 0o444); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(orig)
	var fe *store.FileError
	if _, err := Open(orig, reference(t)); !errors.As(err, &fe) || fe.Reason != store.ReasonReadOnly {
		t.Fatalf("Open: %v, want read_only", err)
	}
	if _, err := OpenCopy(orig, orig, reference(t)); !errors.As(err, &fe) || fe.Reason != store.ReasonSameFile {
		t.Fatalf("OpenCopy onto the original: %v, want same_file", err)
	}
	cp := filepath.Join(t.TempDir(), "kopie.balans")
	d, err := OpenCopy(orig, cp, reference(t))
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	if d.Path() != cp {
		t.Errorf("document at %s, want %s", d.Path(), cp)
	}
	if err := d.Edit("versie", func(p *model.Plan) { p.Version = "3.0" }); err != nil {
		t.Fatal(err)
	}
	if got := onDisk(t, cp).Version; got != "3.0" {
		t.Errorf("copy has version %q", got)
	}
	after, _ := os.ReadFile(orig)
	if !bytes.Equal(before, after) {
		t.Error("the read-only original changed")
	}
	if es, _ := os.ReadDir(dir); len(es) != 1 {
		t.Errorf("the original's folder holds %d entries", len(es))
	}
}
